"""Words with a fixed meaning: month and weekday names, number words, ordinals, and the regular
expression fragments built from them (one spelling list for every module that reads dates)."""

from __future__ import annotations

from typing import Optional

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]

# name or abbreviation (lower case, no full stop) -> month number
MONTHS: dict[str, int] = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})

# A month as printed: a full name or an abbreviation (no capture, no full stop; add `\.?` after it).
MONTH = ("(?:" + "|".join(MONTH_NAMES) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# Full month names only ("in March 2025"; "Mar 2025" is no period).
MONTH_FULL = "(?:" + "|".join(MONTH_NAMES) + ")"

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# "first", "2nd" -> 2 (quarters, halves)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def parse_number(text: str) -> Optional[float]:
    """'1,100' -> 1100.0, 'twelve' -> 12.0, 'sixty-one' -> 61.0; None when it is no number."""
    t = text.strip().lower().replace(",", "").replace("−", "-")
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    parts = t.replace("-", " ").split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES:
        return float(WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]])
    try:
        return float(t)
    except ValueError:
        return None


def word_to_int(word: str) -> Optional[int]:
    """'12' or 'twelve' -> 12; None for anything else."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return WORD_NUMBERS.get(w)

# a person's letters after their name: degrees, professional titles, fellowships, a generation ("Jane Roe, CFA",
# "M.D., FASCO", "Jr."); one vocabulary for the quotes' speakers and the contacts' names
CREDENTIAL = (r"(?:Esq|Jr|Sr|II|III|IV|Ph\.?D|M\.?D|Pharm\.?D|D\.?O|J\.?D|R\.?N|MBA|M\.?B\.?A|CPA|CFA|CFP|CAIA|APR|MS|M\.S|"
              r"M\.?Sc|B\.?Sc|MPH|DVM|DDS|DMD|P\.?Eng|CEng|ACA|ACCA|CIMA|FMedSci|F[A-Z]{2,5})\.?")
