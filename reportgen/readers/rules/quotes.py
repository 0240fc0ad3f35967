"""Quotes and their speakers: `"...," said Jane Doe, CEO.`, `"...," Doe said.`, `Dr. Doe stated, "..."`.

A speaker named briefly ("said Mr. Davies", "Dr. Brune stated") is resolved to the fullest name
the release gives earlier ("Mats L. Brune, MD, Medical Director of ..." -> Dr. Mats L. Brune),
and takes the title printed beside that fuller mention when the quote has none.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Quote, Span

_Q_OPEN = "\"\u201c"
_Q_CLOSE = "\"\u201d"
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
_VERBS = r"(?:said|says|remarked|stated|states|added|adds|noted|notes|commented|comments|explained|explains|continued|continues|concluded|concludes|observed|emphasized|commented|according to)"
_HON = r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?\s+)"
_NAME = (
    rf"{_HON}?[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+|van|de|von|der|da|di|le)){{0,3}}"
)
# after a quote: `said Jack Talley, President and CEO of EpiCept.` / `Talley said.`
_AFTER_VERB_NAME = re.compile(rf"^\s*,?\s*{_VERBS}\s+(?P<name>{_NAME})(?:\s*,\s*(?P<title>[^.\"\u201c]*?(?:\.[A-Z]?[a-z]*\.?)?[^.\"\u201c]*?))?\s*(?:\.|$|(?=[\"\u201c]))")
_AFTER_NAME_VERB = re.compile(rf"^\s*,?\s*(?P<name>{_NAME})(?:\s*,\s*(?P<title>[^\"\u201c]+?)\s*,)?\s+{_VERBS}\b")
# before a quote: `Dr. Brune stated, "` / `Jane Doe, CEO, said: "`
_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:\s*,\s*(?P<title>[^\"\u201c]+?)\s*,)?\s+{_VERBS}\s*[:,]?\s*$")
_CREDENTIALS = r"(?:M\.?D\.?|Ph\.?D\.?|MBA|M\.?B\.?A\.?|Pharm\.?D\.?|FRCP|MPH|DVM|R\.?N\.?|J\.?D\.?|CPA|MSc|BSc|D\.?Phil)"


def _strip_honorific(name: str) -> tuple[str, str]:
    m = re.match(rf"^({_HON})", name)
    if m:
        return m.group(1).strip(), name[m.end():].strip()
    return "", name.strip()


def _clean_title(title: Optional[str]) -> Optional[str]:
    if not title:
        return None
    t = " ".join(title.split()).strip(" ,.;")
    if not t or len(t) > 160 or re.match(r"^(?:who|which|that|adding|and)\b", t):
        return None
    return t


def _fuller_name(short: str, text_before: str) -> tuple[str, Optional[str]]:
    """The fullest earlier mention ending in the same surname, and the title printed after it."""
    hon, bare = _strip_honorific(short)
    surname = bare.split()[-1]
    best, best_title = bare, None
    pattern = re.compile(
        rf"(?<![A-Za-z])((?:(?:[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+|[A-Z]\.)\s+){{1,3}}{re.escape(surname)})\b"
        rf"(?:,\s*{_CREDENTIALS}(?:\s*,\s*{_CREDENTIALS})*)?(?:,\s*(?P<title>[^,;.]*?(?:,\s*[A-Z][^,;.]*?)?))?(?=\s+(?:delivered|presented|said|who|will|is|was|has|and|of\s+the\s+company)\b|[,;.])"
    )
    for m in pattern.finditer(text_before):
        cand = m.group(1)
        words = cand.split()
        # drop leading words that are not part of a name ("The data ... by Ana I. Romero")
        while words and (words[0].lower() in {"the", "by", "a", "an", "and", "said", "of"} or not words[0][:1].isupper()):
            words.pop(0)
        cand = " ".join(w for w in words if not re.match(rf"^{_HON}$", w + " "))
        if len(cand.split()) > len(best.split()):
            best = cand
            best_title = _clean_title(m.group("title"))
    name = f"{hon} {best}".strip() if hon and hon not in ("Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs") else best
    return name, best_title


def find_quotes(paragraphs: list[tuple[int, int, str]], context: str = "") -> list[Quote]:
    """Quotes in body paragraphs given as (section index, paragraph index, text).

    `context` is the release text before the body (headline, lead), searched for fuller names.
    """
    quotes: list[Quote] = []
    seen_text = context
    last_speaker: Optional[Quote] = None
    for si, pi, text in paragraphs:
        segments = list(_QUOTED.finditer(text))
        if not segments:
            seen_text += "\n" + text
            last_speaker = None
            continue
        speaker = title = None
        for seg in segments:
            after = text[seg.end():]
            before = text[: seg.start()]
            m = _AFTER_VERB_NAME.match(after) or _AFTER_NAME_VERB.match(after)
            if not m:
                m = _BEFORE.search(before)
            if m:
                speaker = m.group("name").strip()
                title = _clean_title(m.groupdict().get("title"))
                break
        # a short quotation inside running text (a title of a talk, a term) is not a quote
        quoted_chars = sum(len(s.group(1)) for s in segments)
        if speaker is None:
            starts_with_quote = text.lstrip()[:1] in _Q_OPEN
            if starts_with_quote and last_speaker is not None and quoted_chars > 0.5 * len(text):
                speaker, title = last_speaker.speaker, last_speaker.title
            else:
                seen_text += "\n" + text
                last_speaker = None
                continue
        if speaker and re.match(r"^(?:He|She|They|It|We|I)$", speaker) and last_speaker:
            speaker, title = last_speaker.speaker, last_speaker.title
        if speaker and len(_strip_honorific(speaker)[1].split()) < 3:
            full, full_title = _fuller_name(speaker, seen_text + "\n" + text[: segments[0].start()])
            speaker = full
            title = title or full_title
        parts = []
        for i, seg in enumerate(segments):
            piece = seg.group(1).strip()
            if piece.endswith(",") and i + 1 < len(segments):
                piece = piece[:-1] + "."
            elif piece.endswith(","):
                piece = piece[:-1] + "."
            parts.append(piece)
        first, last = segments[0], segments[-1]
        quote = Quote(
            text=" ".join(parts), speaker=speaker, title=title,
            source=Span(section=si, paragraph=pi, start=first.start(), end=last.end(), text=text[first.start(): last.end()]),
        )
        quotes.append(quote)
        last_speaker = quote
        seen_text += "\n" + text
    return quotes
