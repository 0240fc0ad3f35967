"""Quotes and their speakers: `"...," said Jane Doe, CEO.`, `"...," Doe said.`, `Dr. Doe stated, "..."`.

A speaker named briefly ("said Mr. Davies", "Dr. Brune stated") is resolved to the fullest name
the release gives earlier ("Mats L. Brune, MD, Medical Director of ..." -> Dr. Mats L. Brune;
"Library Director Carolyn Michaud attended ..." -> Carolyn Michaud), and takes the title printed
beside that fuller mention when the quote has none. The attribution may stand in the paragraph
before the quote ("Nick Swenson commented:") or on the line under it ("- Jane Roe, COO"); a
quotation "according to" an organisation is a source cited, not a person quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Optional

from reportgen.model import Quote, Span
from reportgen.text.lexicon import CREDENTIAL

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
_VERBS = r"(?:said|says|remarked|stated|states|added|adds|noted|notes|commented|comments|explained|explains|continued|continues|concluded|concludes|observed|emphasized|commented|according to)"
# after a quote that ends its sentence, the attribution may open a new one: `"... at AHR." Said Omar Tabba, ...`
_VERBS_AFTER = "(?:" + "|".join(f"[{v[0].upper()}{v[0]}]{v[1:]}" for v in _VERBS[3:-1].split("|")) + ")"
# an academic rank before a name is a title, not part of it: "Associate Professor Massimo Lupascu",
# "Assoc Prof Lupascu", "Asst Prof Taillardat"
_RANK = r"(?:(?:Associate|Assistant|Assoc|Asst|Adjunct|Visiting|Emeritus|Distinguished)\.?\s+)?(?:Prof|Professor)"
_HON = rf"(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+|H\.\s?E\.\s+|{_RANK}\.?\s+)"  # ("H.E.": His or Her Excellency)
_DROPPED_HON = re.compile(rf"^(?:Mr|Ms|Mrs|{_RANK})\.?$")
# A nickname in quotation marks inside a name ('Dr. William "Bill" Riley') is no quotation: its marks
# are masked while quotes are found (same length, so spans hold) and given back in the speaker's name.
_NICK = "\u02ba"  # stands for a straight mark; the curly ones each have their own stand-in, given back as printed
_NICK_OPEN, _NICK_CLOSE = "\u02bb", "\u02bc"
_NICK_MARKS = {'"': _NICK, "\u201c": _NICK_OPEN, "\u201d": _NICK_CLOSE}
_NICK_BACK = {v: k for k, v in _NICK_MARKS.items()}
_NICKNAME = re.compile(r"(?<=[a-z]\s)([\"\u201c])([A-Z][a-z]{1,12})([\"\u201d])(?=\s[A-Z][a-z])")


def _mask_nicknames(text: str) -> str:
    return _NICKNAME.sub(lambda m: _NICK_MARKS[m.group(1)] + m.group(2) + _NICK_MARKS[m.group(3)], text)


def _unmask(text: str) -> str:
    return re.sub(f"[{_NICK}{_NICK_OPEN}{_NICK_CLOSE}]", lambda m: _NICK_BACK[m.group(0)], text)


_NAME = (
    rf"(?:{_HON}){{0,2}}(?:[A-Z]\.?\s(?=[A-Z][a-z])|)[A-Z\u00C0-\u00DE][a-zA-Z'\u2019\u00C0-\u024F\u1E00-\u1EFF\u2010\u2011-]+"
    rf"(?:\s+(?:(?:[A-Z]\.){{2,3}}(?=\s)|[A-Z]\.?(?=\s)|[{_NICK}{_NICK_OPEN}][A-Z][a-z]+[{_NICK}{_NICK_CLOSE}](?=\s)|[A-Z\u00C0-\u00DE][a-zA-Z'\u2019\u00C0-\u024F\u1E00-\u1EFF\u2010\u2011-]+|(?:van|de|von|der|den|da|di|le|la|del|della|dos|das|du|ten|ter)(?=\s))){{0,4}}"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![A-Za-z]))?"  # "George W. Kinne, Jr.": the generation is the name's
)
# after a quote: `said Jack Talley, President and CEO of EpiCept.` / `Talley said.`
_CREDS = rf"(?:\s*,?\s*(?:{CREDENTIAL}|Sc\.[MD]\.|D\.Phil\.?|(?:[A-Z]\.){{2,5}})(?![A-Za-z]))*"
# a legal suffix's period ends the title too: `said James Tito, founder of eShare Technologies, Inc.`
_ABBREVIATION_END = r"(?:(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bCo)|(?<=\bJr)|(?<=\bSr)|(?<=\bL\.P)|(?<=\bN\.V)|(?<=\bB\.V)|(?<=\bS\.A))\."
# `said Chester Kenney of Excel.`: the company the speaker is with, not a title
_TLD = r"(?:com|net|org|io|ai|co|gov|edu|biz|info|ca|uk|de|eu|fr|au|nl|ch|us|tv|app|dev)\b"  # "CEO of BroadcastUrban.com", "Cloud.ca"
_AFFILIATION = r"(?P<aff>\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\.[a-z]{2,4}\b)?(?:\s+(?:[A-Z][\w&'\u2019-]*|&|of|and)){0,4})"
_AFTER_VERB_NAME = re.compile(
    rf"^\s*,?\s*{_VERBS_AFTER}\s+(?P<name>{_NAME}){_CREDS}(?:{_AFFILIATION}(?=\s*[.\"\u201c]|\s*$)|\s*,\s*(?P<title>[^.\"\u201c]*?(?:\.[A-Z]?[a-z]*\.?|(?<=\d)\.\d+)?[^.\"\u201c]*?(?:{_ABBREVIATION_END})?))?"
    rf"\s*(?:\.(?!{_TLD}|[A-Z]\.)|$|(?=[\"\u201c]))")
# `added the Academy's Dean of Undergraduate Studies, James McKenna, Ph.D.`: the title first, set off by a comma
_AFTER_VERB_THE_TITLE_NAME = re.compile(
    rf"^\s*,?\s*{_VERBS}\s+(?:(?:the|its|our|their)\s+(?=[A-Z]\w*['\u2019]s\s|[a-zA-Z-]+\s)|(?=[A-Z][\w&-]*['\u2019]s\s))"
    rf"(?P<title>[^,.\"\u201c\u201d]{{3,100}}?),\s+(?P<name>{_NAME}){_CREDS}\s*(?:\.(?=\s|$|[\"\u201c\u201d])|$|(?=[\"\u201c]))")
# `"...," Kennedy recently remarked.`: an adverb may stand between the name and the verb
# `said study senior author Brendan Keating, PhD, a faculty member in ...`: a role in lower case before
# the name; the title is the one printed after the name, else the role (after the name only where he is from)
_ROLE = r"(?:[a-z][\w'\u2019-]*\s+){0,3}(?:author|co-author|investigator|researcher|scientist|professor|physician|surgeon|analyst|economist|spokes(?:person|man|woman))"
_TITLE_TEXT = r"(?:[^.\"\u201c\u201d]|(?<=\b[A-Z])\.|\.(?=\s*[a-z,]))+?"  # "the H. Leon Pachter, MD, Professor of ..."
_AFTER_VERB_ROLE_NAME = re.compile(
    rf"^\s*,?\s*{_VERBS_AFTER}\s+(?P<role>{_ROLE})\s+(?P<name>{_NAME}){_CREDS}(?:\s*,\s*(?P<title>{_TITLE_TEXT}))?"
    rf"\s*(?:(?<!\b[A-Z])\.(?=\s|$)|$|(?=[\"\u201c]))")
_AFTER_NAME_VERB = re.compile(rf"^\s*,?\s*(?P<name>{_NAME}){_CREDS}(?:\s*,\s*(?P<title>[^\"\u201c]+?)\s*,)?\s+(?:(?:also|[a-z]+ly)\s+)?{_VERBS}\b")
# before a quote: `Dr. Brune stated, "` / `Jane Doe, CEO, said: "`
_BEFORE = re.compile(rf"(?P<name>{_NAME}){_CREDS}(?:\s*,\s*(?P<title>(?!{_VERBS}\b)(?:(?!\.\s+[A-Z])[^\"\u201c\u201d])+?)\s*,?)?\s*,?\s+(?:also\s+)?{_VERBS}"
                     # "Devin W. Johnson, CEO of BRANDefenders, explained the vision behind these innovations:"
                     r"(?:\s*[:,]?|\s+(?:the|this|that|these|his|her|their|its|why|how)\s[^\"\u201c\u201d.:;]{1,80}:)\s*$")
# "Kurt Swenson, chairman and chief executive officer, said that ..." earlier in the paragraph: "he said"
_AFTER_PRONOUN = re.compile(rf"^\s*,?\s*(?P<name>he|she|they)\s+{_VERBS}\b")
_SAID_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s*(?P<title>[^,\"\u201c]{{3,80}}),\s+(?:said|added|noted|stated|commented)\b")
_TITLE_WORD = r"(?:CEO|CFO|COO|CTO|CMO|Chairman|Chairwoman|Chair|President|Chief|Executive|Operating|Financial|Medical|Technology|Officer|Vice|General|Manager|Director|Senior|Founder|[Cc]o-[Ff]ounder|founder|Managing|Partner|Head|New|and|of|the|Board|Global|Corporate|Development|Research|Commercial|Scientific|&)"
# `said Chairman, President and CEO David M. Ratcliffe` / `said CEO Alan J. Lacy`: the title first
_AFTER_VERB_TITLE_NAME = re.compile(
    rf"^\s*,?\s*{_VERBS}\s+(?P<title>(?:(?!{_TITLE_WORD}\b)[A-Z][\w&'\u2019-]*\s+){{0,4}}?(?:{_TITLE_WORD}[,]?\s+)*?(?:CEO|CFO|COO|President|Chairman|Chair|Officer|Director|Manager|Founder|[Mm]ember|Trustee|Scientist|Investigator|Professor|Spokes(?:person|man|woman))),?\s+"
    rf"(?P<name>(?:{_HON}){{0,2}}(?!{_TITLE_WORD}\b)[A-Z\u00C0-\u00DE][a-zA-Z'\u2019\u00C0-\u017F-]+(?:\s+(?:[A-Z]\.|[A-Z\u00C0-\u00DE][a-zA-Z'\u2019\u00C0-\u017F-]+)){{1,3}})"
)
_TITLE_PREFIX = re.compile(rf"^(?P<title>(?:(?!{_TITLE_WORD}\b)[A-Z][\w'\u2019&-]*\s+){{0,4}}?(?:{_TITLE_WORD}[,]?\s+)*(?:CEO|CFO|COO|CTO|President|Chairman|Chair|Officer|Director|Manager|Founder|[Mm]ember|Trustee|Scientist|Investigator|Professor|Spokes(?:person|man|woman)|"
                           r"Senator|Governor|Mayor|Congressman|Congresswoman|Ambassador|Minister))\s+(?=[A-Z\u00C0-\u00DE])")


# `"...," the company's chief executive said.` / `the Bank's Chief Risk Officer said`: a speaker named by title only
_HOLDER_TITLE = r"(?:[A-Za-z-]+\s+){0,5}?(?:[Oo]fficer|[Ee]xecutive|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Dd]irector|[Ff]ounder|CEO|CFO|COO|CTO|CMO|[Mm]anager|[Hh]ead|[Pp]artner)"
_AFTER_TITLE_ONLY = re.compile(
    rf"^\s*,?\s*(?:the|its|our)\s+(?:(?:[Cc]ompany|[Bb]ank|[Tt]rust|[Ff]irm|[Gg]roup|[A-Z][\w&-]*)['\u2019]s\s+)?(?P<title>{_HOLDER_TITLE})\s+{_VERBS}\b")
_BEFORE_TITLE_ONLY = re.compile(
    rf"(?:^|[.!?]\s+)(?:The|the|Its|Our)\s+(?:(?:[Cc]ompany|[Bb]ank|[Tt]rust|[Ff]irm|[Gg]roup|[A-Z][\w&-]*)['\u2019]s\s+)?(?P<title>{_HOLDER_TITLE})\s+{_VERBS}\s*[:,]?\s*$")
# `Aldgate's Chief Executive, Simon Thackeray, said:`: the title set off before the name
_TITLE_COMMA_NAME = re.compile(
    rf"(?P<title>(?:[A-Z][\w&'\u2019-]*\s+){{0,2}}?(?:{_TITLE_WORD}\s+)*(?:CEO|CFO|COO|President|Chairman|Chair|Officer|Director|Manager|Founder|Executive|Partner|Head)),\s+"
    rf"(?P<name>{_NAME}),\s+(?:also\s+)?{_VERBS}\s*[:,]?\s*$")
_TITLE_END = r"(?:CEO|CFO|COO|CTO|CMO|President|Chairman|Chair|Officer|Director|Manager|Founder|Partner|Head)"
_HYPHENS = re.compile("[\u2010\u2011]")
_ABBREVIATIONS = {"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
                  "cto": "chief technology officer", "cmo": "chief medical officer"}


def _title_words(title: str) -> str:
    t = " " + re.sub(r"[^a-z ]", " ", title.lower()) + " "
    for short, full in _ABBREVIATIONS.items():
        t = t.replace(f" {short} ", f" {full} ")
    return " ".join(t.split())


def holder_of(title: str, text_before: str) -> Optional[tuple[str, str]]:
    """The person the release names with `title` ("chief executive" -> "Elaine M. Hart, president and
    chief executive officer of CardioStream"): (name, title as printed where the person is named)."""
    want = _title_words(title)
    if not want:
        return None
    found: list[tuple[int, str, str]] = []
    for m in re.finditer(rf"(?P<name>{_NAME}){_CREDS},\s*(?P<title>[^,.;\"\u201c\u201d]{{3,120}}?(?:,\s*[A-Z][^,.;\"\u201c\u201d]*?)??)(?=\s*[,.;]|\s+(?:said|noted|will|is|was|has|had|attended|added|joined|led)\b)", text_before):
        found.append((m.start(), m.group("name"), m.group("title")))
    for m in re.finditer(rf"(?P<title>(?:{_TITLE_WORD}[,]?\s+|Risk\s+|Legal\s+|Commercial\s+|Marketing\s+|Investment\s+)+)(?P<name>[A-Z][a-zA-Z'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'\u2019-]+)", text_before):
        found.append((m.start(), m.group("name"), m.group("title")))
    for _, name, printed in sorted(found):
        name = _strip_honorific(name)[1] if re.match(r"^(?:Mr|Ms|Mrs)\.?\s", name) else name
        printed = " ".join(printed.split()).strip(" ,")
        if re.search(r"\b(?:of|the|and|&|for)$", printed):
            continue  # "CEO of Standard Chartered Vietnam said": the words after "of" are the organisation, not a name
        if f" {want} " in f" {_title_words(printed)} " and len(name.split()) >= 2 and not _TITLE_HINT.search(name):
            return name, printed
    return None


_LAST_TITLE_WORD = re.compile(r"^(?:CEO|CFO|COO|CTO|CMO|CIO|CSO|CCO|CRO|EVP|SVP|VP|President|Chairman|Chairwoman|Chair|Officer|Director|Executive|"
                              r"Manager|Founder|Co-[Ff]ounder|Head|Partner|Scientist|Investigator|Professor|Spokes(?:person|man|woman))$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+|[A-Z]\.)$")


def split_title_prefix(name: str, loose: bool = True) -> tuple[str, Optional[str]]:
    """`General Manager Don Listwin` -> ('Don Listwin', 'General Manager'); a title with the company
    or a department in it too (`Index Engines CMO Jim McGann`, `Commodore Vice President of
    Professional Sales Geoffrey Stilley`): the last two or three words after the last title word
    are the name (`loose`: the attributed speaker; a mention found in the text before keeps to the
    plain form). A name alone is unchanged."""
    m = _TITLE_PREFIX.match(name)
    if m and len(name[m.end():].split()) >= 2:
        return name[m.end():].strip(), m.group("title").strip(" ,")
    if not loose:
        return name, None
    tokens = name.split()
    # ("AZFL Chairman/CEO Ricardo Cortez": two titles joined by a slash end the title too)
    last = max((i for i, t in enumerate(tokens) if _LAST_TITLE_WORD.match(t.strip(",").split("/")[-1])), default=-1)
    if last < 0 or len(tokens) - last - 1 < 2:
        return name, None
    after = len(tokens) - last - 1
    if after > 3 and tokens[last + 1] not in ("of", "for", "at"):
        return name, None
    n = after if after <= 3 else (3 if re.fullmatch(r"[A-Z]\.", tokens[-2]) else 2)
    person = tokens[-n:]
    if not all(_NAME_TOKEN.match(t) for t in person) or _LAST_TITLE_WORD.match(person[0]) or tokens[-n - 1] in ("of", "for", "at"):
        return name, None  # ("CEO of Standard Chartered Vietnam": the words after "of" are the organisation)
    return " ".join(person), " ".join(tokens[:-n]).strip(" ,")
_TITLE_HINT = re.compile(r"\b(?:CEO|CFO|COO|CTO|CMO|Chair\w*|President|Chief|Officer|Director|Manager|Founder|Co-[Ff]ounder|Head|Partner|Professor|Principal|Investigator|Lead|Executive|Vice|VP|SVP|EVP|Dean|Chief)\b")
_CREDENTIALS = rf"(?:{CREDENTIAL}|D\.?Phil|Sc\.?[MD]\.?|(?:[A-Z]\.){{2,5}})"


def _strip_honorific(name: str) -> tuple[str, str]:
    m = re.match(rf"^((?:{_HON})+)", name)
    if m:
        return m.group(1).strip(), name[m.end():].strip()
    return "", name.strip()


def _clean_title(title: Optional[str]) -> Optional[str]:
    if not title:
        return None
    t = " ".join(title.split()).strip(" ,;")
    # credentials printed after the name open the title: "MS, Chief Medical Officer", "FMedSci, President"
    t = re.sub(rf"^(?:{_CREDENTIALS}\s*,\s*)+(?=[A-Za-z])", "", t)
    if not re.search(rf"{_ABBREVIATION_END}$", t):
        t = t.rstrip(" .")
    # "Senior Executive Manager of ISR Information Products AG, the developer of the Buildsimple platform":
    # what follows the organisation, set off by a comma, describes the organisation
    t = re.sub(r"^(.*?\b(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^,]*?),\s+(?:the|a|an)\s+[a-z][\w'\u2019-]*\b.*$", r"\1", t)
    # "CEO of Amiga Technologies officially announced the Power PC ...": the sentence's verb ends the title
    t = re.split(r"\s+(?:[a-z]+ly\s+)?(?:announced|announces|said|says|stated|added|noted|introduced|unveiled)\b", t)[0].strip(" ,")
    if not t or len(t) > 260 or re.match(r"^(?:who|which|that|adding|and|will|is|was|has|had|also|would|from|of|in|on|for|with|to|during|after|before|by|as|when|while|where)\b", t) or not re.search(r"[A-Za-z]{3}", t):
        return None
    return t


_NOT_NAME_WORD = re.compile(
    r"^(?:Names|Named|Appoints|Appointed|Announces|Welcomes|Promotes|Hires|Elects|Taps|Adds|Selects|Presents|Introduces|Board|Trustees|Directors|"
    r"System|Inc\.?|Corp\.?|Company|Group|Today|Announced|Joins)$"
)
# words that open a sentence or run through a title-case headline and never a person's name: "Here
# Gerald Carda has ...", "BET News Sits Down With Barack Obama"; what comes before them is no part of the name
_NOT_NAME_OPENER = re.compile(
    r"^(?:Here|There|Now|Then|Also|Thus|So|But|Yet|Still|Meanwhile|When|While|Where|Why|How|What|If|Once|Since|"
    r"As|At|By|For|From|In|Into|On|Onto|To|With|Without|About|After|Before|Between|Among|Under|Over|Through|During|"
    r"Despite|Against|Toward|Towards|Via|Upon|Within|Like|Unlike|Plus|Featuring|Sits|Meets|Talks|Speaks|Thanks|Honors|Hosts)$"
)
_GENERATION = r"(?:Jr\.|Sr\.|II|III|IV)(?![A-Za-z])"


def _name_words(cand: str) -> list[str]:
    """The words of an earlier mention that are the person's name: not the words of the sentence or
    headline before it ("The data ... by Ana I. Romero", "Harborview Health System Names Monica Alvarez",
    "Here Gerald Carda"), nor an honorific."""
    words = cand.split()
    while words and (words[0].lower() in {"the", "by", "a", "an", "and", "said", "of"} or not words[0][:1].isupper()):
        words.pop(0)
    cut = [k for k, w in enumerate(words[:-1]) if _NOT_NAME_WORD.match(w) or _NOT_NAME_OPENER.match(w)]
    if cut:
        words = words[cut[-1] + 1:]
    if "and" in words[:-1] and not _TITLE_HINT.search(" ".join(words[:len(words) - words[::-1].index("and")])):
        words = words[len(words) - words[::-1].index("and"):]  # "He Gets Us and Jon Batiste": two subjects, the last one named
    words = [w for w in words if not re.match(rf"^{_HON}$", w + " ")]
    while len(words) > 2 and re.fullmatch(r"(?:Associate|Assistant|Assoc|Asst|Adjunct|Visiting|Emeritus|Distinguished)\.?", words[0]):
        words.pop(0)
    return words


def _fuller_name(short: str, text_before: str) -> tuple[str, Optional[str]]:
    """The fullest earlier mention ending in the same surname, and the title printed after it."""
    hon, bare = _strip_honorific(_HYPHENS.sub("-", short))
    text_before = _HYPHENS.sub("-", text_before)  # "April Lewis\u2011Parks" first, "Lewis-Parks" at the quote
    surname = bare.split()[-1]
    best, best_title = bare, None
    any_title = None
    pattern = re.compile(
        rf"(?<![A-Za-z])((?:(?:[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+,?|(?:[A-Z]\.){{1,3}}|and|of|the)[^\S\n]+){{1,10}}{re.escape(surname)})\b(?P<gen>,?[^\S\n]+{_GENERATION})?"
        rf"(?:,\s*{_CREDENTIALS}(?:\s*,\s*{_CREDENTIALS})*)?(?:(?:,\s*(?P<title>[^,;.\n]*?(?:,\s*[A-Z][^,;.\n]*?)?)|\s+as\s+(?:its\s+|the\s+|our\s+|their\s+)?(?P<astitle>[A-Z][^,;.\n]*?))?(?=\s+(?:delivered|presented|said|who|will|is|was|has|and(?!\s+(?i:CEO|CFO|COO|Chief|President|Chair\w*|Managing|General|Head|Founder|Co-Founder|Director|Professor|Dean)\b)|of\s+the\s+company)\b|[,;.])"
        # "MMA Library Director Carolyn Michaud attended ...": the name, any verb after it
        rf"|(?=\s+(?!and\b|of\b)[a-z]+\b)|(?<=[JS]r\.)(?=\s)|(?=[^\S\n]*(?:\n|$))"
        # "Jon Batiste — the 2025 ... performer —", "Jon Batiste's Love Riot Festival"
        rf"|(?=\s*[\u2014\u2013]\s)|(?=['\u2019]s\b))"
    )
    for m in pattern.finditer(text_before):
        cand = " ".join(_name_words(m.group(1)))
        if m.group("gen"):
            cand += " " + m.group("gen").strip(" ,")  # "Robert F. Kennedy Jr."
        # "headed by Vice President and General Manager Don Listwin": the title printed before
        cand, prefix = split_title_prefix(cand, loose=False)
        if prefix is None and re.search(r"\b(?:CEO|CFO|COO|CTO|CMO|President|Chairman|Chairwoman|Chair|Officer|Director|Founder),\s", cand):
            # "BioUtah President and CEO, Kelvyn Cullimore, will attend": the title printed before, set off by a comma
            cand, prefix = split_title_prefix(cand)
        cand_words = cand.split()
        while any(w.endswith(",") for w in cand_words) or len(cand_words) > 4 or (len(cand_words) > 1 and cand_words[0].lower() in {"and", "of", "the"}):
            cand_words.pop(0)
        cand = " ".join(cand_words)
        title = _clean_title(m.group("title")) or _clean_title(m.group("astitle")) or prefix
        if title and re.match(r"^(?:a|an)\s", title) and (len(title.split()) <= DESCRIPTION_MAX_WORDS or _SINCE.search(title)):
            title = None  # "Jane Roe, a Kerrville native", "Kevin McArthur, a Director since 2021": a description
        if title and _TITLE_HINT.search(title) and not any_title and cand.split()[-1:] == bare.split()[-1:]:
            first_a, first_b = cand.split()[0].lower(), bare.split()[0].lower()
            if len(bare.split()) == 1 or first_a.startswith(first_b[:4]) or first_b.startswith(first_a[:4]):
                any_title = title
        fuller_first = (len(cand.split()) == len(best.split()) >= 2 and cand.split()[-1] == best.split()[-1]
                        and len(cand.split()[0]) > len(best.split()[0]) and cand.split()[0].startswith(best.split()[0]))
        if len(cand.split()) > len(best.split()) or fuller_first or (cand == best and title and not best_title
                                                      and re.search(_TITLE_HINT.pattern, title, re.I) and title[:1].isalpha()):
            # the fullest name, and the first title printed with it ("Harborview Names Monica Alvarez, M.D."
            # in the headline, "Monica Alvarez, M.D., executive vice president ... of Cascade" in the lead)
            best = cand
            best_title = title
    if best == bare and len(bare.split()) == 1:
        best = _by_first_name(bare, text_before) or best
    name = f"{hon} {best}".strip() if hon and not _DROPPED_HON.match(hon) else best
    return name, best_title or any_title


def _by_first_name(first: str, text_before: str) -> Optional[str]:
    """'says Melanie' after 'co-owners Richard Spradley and Melanie Scharton': the one person introduced
    earlier with that first name (None when none or several are)."""
    found = {m.group(1) for m in re.finditer(rf"(?<![\w.-]){re.escape(first)}\s+(?:[A-Z]\.\s+)?"
                                             rf"([A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+)\b", text_before)}
    found = {w for w in found if not _NOT_NAME_WORD.match(w)}
    return f"{first} {found.pop()}" if len(found) == 1 else None


def _same_speaker(short: str, quotes: list[Quote]) -> Optional[Quote]:
    """The earlier quote whose speaker a short mention names ("Lind" / "Dr. Lind" -> Dr. Hannah Lind)."""
    bare = _strip_honorific(short)[1].split()
    if not bare:
        return None
    for q in quotes:
        if not q.speaker:
            continue
        full = _strip_honorific(q.speaker)[1].split()
        if len(full) > len(bare) and full[-1] == bare[-1] and (len(bare) == 1 or full[0] == bare[0]):
            return q
        if len(full) > len(bare) >= 2 and f" {' '.join(bare)} " in f" {' '.join(full)} ":
            return q  # "H.E. Bin Touq" -> H.E. Abdulla Bin Touq Al Marri: a name of several parts, its middle
    return None


# Names are searched in the text before a quote, bounded so that an absurdly long input costs
# linear time: the release's opening (where people are introduced) and the text just before.
CONTEXT_HEAD_CHARS = 60_000
_SINCE = re.compile(r"\b(?:since|until)\b|\bfor\s+(?:over\s+|more\s+than\s+)?(?:\d+|\w+)\s+years\b")
DESCRIPTION_MAX_WORDS = 3  # "a Kerrville native" describes the person; "a professor at Zhejiang University" is a title
CONTEXT_NEAR_CHARS = 8_000


def _context(seen_text: str, paragraph: str, upto: int) -> str:
    head = seen_text[:CONTEXT_HEAD_CHARS]
    if len(seen_text) > CONTEXT_HEAD_CHARS:
        head += "\n" + seen_text[-CONTEXT_NEAR_CHARS:]
    return head + "\n" + paragraph[max(0, upto - CONTEXT_NEAR_CHARS): upto]


# a quote's attribution on the line under it: `– Jane Roe, Chief Operating Officer of Acme`
_DASH_ATTRIBUTION = re.compile(rf"^[-\u2013\u2014]+\s*(?P<name>{_NAME}){_CREDS}(?:\s*,\s*(?P<title>[^\"\u201c\u201d]{{2,160}}?))?\s*\.?$")
ATTRIBUTION_LINE_MAX_CHARS = 220


def _attribution_line(text: str) -> Optional[dict]:
    """A paragraph that only attributes the quote above it: `– Jane Roe, COO` / `said Jane Roe, COO.`"""
    t = text.strip()
    if len(t) > ATTRIBUTION_LINE_MAX_CHARS:
        return None
    m = _DASH_ATTRIBUTION.match(t) or _AFTER_VERB_TITLE_NAME.match(t) or _AFTER_VERB_NAME.match(t)
    if m is None or (m.re is not _DASH_ATTRIBUTION and t[m.end():].strip(" .")):
        return None
    return {"speaker": m.group("name").strip(), "title": _clean_title(m.groupdict().get("title"))}


# a quotation opened after its attribution and never closed in the paragraph (a quote going on in the
# next paragraph, or a copy that lost the closing mark): 'Jack said "Buy in has been great. ...'
_OPEN_QUOTE_MIN_CHARS = 40
_OPEN_QUOTE = re.compile(rf"\b{_VERBS}\s*[,:]?\s*([\"\u201c])([^\"\u201c\u201d]{{40,}})$")


def _close_open_quote(text: str) -> str:
    """The paragraph with the quotation its attribution opens closed at its end (same length + 1)."""
    m = _OPEN_QUOTE.search(text.rstrip())
    if not m:
        t = text.strip()
        if t[:1] in ("\u201c", '"') and len(re.findall("[\"\u201c\u201d]", t)) == 1 and len(t) >= _OPEN_QUOTE_MIN_CHARS:
            # a paragraph of a quotation that goes on in the next one: opened, never closed
            return text.rstrip() + ("\u201d" if t[0] == "\u201c" else '"')
        return text
    return text.rstrip() + ("\u201d" if m.group(1) == "\u201c" else '"')


# quotation in single marks (British and Canadian style): `'This is a milestone,' said Jane Roe. 'We ...'`;
# an opening mark starts a paragraph or follows a space, a colon or a bracket and comes before a capital or a
# figure; a closing mark follows the quotation's punctuation and comes before a space or the end (an
# apostrophe between letters, "Acme's", is neither)
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(:\u2013\u2014]))['\u2018](?=[A-Z0-9])([^'\u2018\u2019\"\u201c\u201d]*?(?:['\u2019][a-z][^'\u2018\u2019\"\u201c\u201d]*?)*[,.!?;])['\u2019](?=\s|$|[)\]])")
_SINGLE_OPEN = re.compile(rf"^(\s*)['\u2018](?=[A-Z0-9])|(\b{_VERBS}\s*[:,]\s*)['\u2018](?=[A-Z0-9])")


def _single_quotes(text: str) -> str:
    """A paragraph quoting in single marks, with double ones (same length, so spans hold); a paragraph
    with double marks is left as printed (its single marks are a quotation inside one, or apostrophes)."""
    if re.search("[\"\u201c\u201d]", text) or not re.search("['\u2018]", text):
        return text
    out = _SINGLE_QUOTED.sub(lambda m: "\u201c" + m.group(1) + "\u201d", text)
    if out == text:
        # a paragraph opening a quotation it does not close here (it goes on in the next one)
        out = _SINGLE_OPEN.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u201c", text, count=1)
    return out


def find_quotes(paragraphs: list[tuple[int, int, str]], context: str = "") -> list[Quote]:
    """Quotes in body paragraphs given as (section index, paragraph index, text).

    `context` is the release text before the body (headline, lead), searched for fuller names.
    """
    quotes: list[Quote] = []
    seen_text = context
    last_speaker: Optional[Quote] = None
    lead_in: Optional[str] = None  # "Commenting on the results, ..., said:" ending the paragraph before
    pending: Optional[tuple] = None  # a quote with no attribution, whose speaker the next line may name
    for si, pi, text in paragraphs:
        printed = len(text)
        text = _close_open_quote(_single_quotes(_mask_nicknames(text)))
        segments = list(_QUOTED.finditer(text))
        if not segments:
            said = _attribution_line(text) if pending else None
            if said:
                g, q_text, where, q_seen = pending
                g.update(said)
                quote = _quote_of(g, q_text, where, quotes, None, q_seen)
                if quote is not None:
                    quotes.append(quote)
            seen_text += "\n" + text
            last_speaker, pending = None, None
            lead_in = text if re.search(rf"{_VERBS}\s*:\s*$", text) else None
            continue
        if lead_in is not None and text[: segments[0].start()].strip() == "":
            # the quote's attribution is the paragraph before it
            text_for_lead, lead_in = lead_in, None
        else:
            text_for_lead, lead_in = None, None
        pending = None
        groups = _attributed_groups(text, segments, text_for_lead, seen_text)
        for g in groups:
            quote = _quote_of(g, text, (si, pi), quotes, last_speaker, seen_text)
            if quote is not None:
                if quote.source is not None and quote.source.end > printed:  # the closing mark we added: not printed
                    cut = quote.source.end - printed
                    quote.source = quote.source.model_copy(update={"end": printed, "text": quote.source.text[:-cut]})
                quotes.append(quote)
                last_speaker = quote
            elif len(groups) == 1 and _whole_quote(text, g["segs"]):
                pending = (g, text, (si, pi), seen_text)
        seen_text += "\n" + text
    return [q.model_copy(update={k: _unmask(getattr(q, k)) for k in ("text", "speaker", "title") if getattr(q, k)}
                         | ({"source": q.source.model_copy(update={"text": _unmask(q.source.text)})} if q.source else {}))
            for q in _same_titles(quotes)]


def _same_titles(quotes: list[Quote]) -> list[Quote]:
    """One person, one title: a later quote whose title is a shorter form of the title an earlier quote of the
    same speaker printed ("Chief Executive Officer" after "Chief Executive Officer of First Quantum") takes
    the full one."""
    first: dict[str, str] = {}
    for q in quotes:
        full = first.setdefault(q.speaker, q.title) if q.title else first.get(q.speaker)
        if q.title and full and q.title != full and len(q.title) < len(full) and \
                set(_title_words(q.title).split()) <= set(_title_words(full).split()):
            q.title = full
    return quotes


def _whole_quote(text: str, segs: list[re.Match]) -> bool:
    """The paragraph is a quotation and nothing else (the speaker is named elsewhere)."""
    return text[: segs[0].start()].strip() == "" and text[segs[-1].end():].strip(" .") == ""


def _attributed_groups(text: str, segments: list[re.Match], text_for_lead: Optional[str], seen_text: str) -> list[dict]:
    """The quoted segments of a paragraph in groups, each with the speaker and title its attribution
    gives (None when it gives none): a segment with its own attribution before it ("X added, “...”")
    starts a new group."""
    groups: list[dict] = []
    for k, seg in enumerate(segments):
        after = text[seg.end(): segments[k + 1].start() if k + 1 < len(segments) else len(text)]
        before = text[segments[k - 1].end() if k else 0: seg.start()]
        m_after = (_AFTER_VERB_TITLE_NAME.match(after) or _titled_after(after) or _AFTER_VERB_NAME.match(after) or _AFTER_VERB_ROLE_NAME.match(after)
                   or _AFTER_NAME_VERB.match(after) or _AFTER_PRONOUN.match(after))
        m_before = _BEFORE.search(before)
        if groups and m_before and groups[-1]["speaker"] and m_before.group("name").strip() != groups[-1]["speaker"]:
            groups.append({"segs": [seg], "speaker": None, "title": None})
        elif not groups:
            groups.append({"segs": [seg], "speaker": None, "title": None})
        else:
            groups[-1]["segs"].append(seg)
        g = groups[-1]
        if k == 0 and text_for_lead is not None and not (m_after or m_before):
            tc = _TITLE_COMMA_NAME.search(text_for_lead)
            if tc:
                g["speaker"], g["title"] = tc.group("name").strip(), _clean_title(tc.group("title"))
            else:
                m_before = _BEFORE.search(text_for_lead)
                before = text_for_lead if m_before else before  # (its title words are read there too)
        if g["speaker"] is None and not (m_after or m_before):
            tc = _TITLE_COMMA_NAME.search(before)
            if tc:
                g["speaker"], g["title"] = tc.group("name").strip(), _clean_title(tc.group("title"))
        if g["speaker"] is None and not (m_after or m_before):
            # "the company's chief executive said": the person the release names with that title
            tm = _AFTER_TITLE_ONLY.match(after) or _BEFORE_TITLE_ONLY.search(before)
            held = holder_of(tm.group("title"), _context(seen_text, text, seg.start())) if tm else None
            if held:
                g["speaker"], g["title"], g["resolved"] = held[0], held[1], True
        m = m_after or m_before
        if m and g["speaker"] is None:
            g["speaker"] = m.group("name").strip()
            g["title"] = _clean_title(m.groupdict().get("title")) or m.groupdict().get("role")
            if m is m_before and g["title"]:
                # "Dr. James Carry, chairman of the Board, welcomed the settlement and said,": the
                # sentence's verb ends the title
                g["title"] = _clean_title(re.split(r",\s+[a-z]+ed\b", g["title"])[0])
            if m is m_before and g["title"] and re.fullmatch(r"[A-Z][a-z'\u2019-]+", g["title"]) and not _TITLE_HINT.search(g["title"]):
                # "Asked to comment on becoming a Top-Level Project, Childers added": the one word before
                # the verb is the speaker (by surname), the phrase before the comma is the sentence's
                g["speaker"], g["title"] = g["title"], None
            if m.groupdict().get("aff"):
                # "said Brent Lucas CEO of Envoy Medical": the title words end the name
                tm = re.match(rf"^(?P<name>.+?)\s+(?P<title>(?:{_TITLE_WORD}\s+)*{_TITLE_END})$", g["speaker"])
                if tm and len(tm.group("name").split()) >= 2:
                    g["speaker"], g["title"] = tm.group("name"), tm.group("title") + m.group("aff")
            if m is m_before and not m_after:
                g["speaker"] = _with_title_words_before(before[: m_before.start()], g["speaker"])
    return groups


def _titled_after(after: str) -> Optional[re.Match]:
    """`, added the Academy's Dean of Undergraduate Studies, James McKenna, Ph.D.`: a title (one that
    names an office) before the name, set off by commas."""
    m = _AFTER_VERB_THE_TITLE_NAME.match(after)
    if m and (_TITLE_HINT.search(m.group("title")) or re.search(_HOLDER_TITLE, m.group("title"))):
        return m
    return None


def _with_title_words_before(before: str, speaker: str) -> str:
    """"Chief Executive Officer Ian McLeod stated,": title words before the name go with it (split
    off again as the title later); "Halcyon President and CEO Michael Brandt commented": the
    company's name opening the sentence belongs to the title."""
    ext = re.search(rf"(?:{_TITLE_WORD}(?:[,]?\s+|/))+$", before)  # ("Chairman/" before "CEO Ricardo Cortez")
    if not ext:
        return speaker
    co = re.search(r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'\u2019-]*\s+){1,3})$", before[: ext.start()])
    return (co.group(1) if co else "") + ext.group(0) + speaker


# the last word of an organisation's name: a quotation attributed to it is a source cited, not a person quoted
_ORGANISATION_WORD = re.compile(
    r"\b(?:Department|University|Institute|Association|Ministry|Council|Agency|Commission|Committee|Authority|Society|"
    r"Foundation|Bureau|Office|Administration|Corporation|Company|Inc\.?|Corp\.?|Ltd\.?|LLC|Group|Bank|Reuters|Bloomberg)$")


def _quote_of(g: dict, text: str, where: tuple[int, int], quotes: list[Quote], last_speaker: Optional[Quote],
              seen_text: str) -> Optional[Quote]:
    """The quote of one group of segments, its speaker resolved (a pronoun, a short name, a title
    alone) from the quotes before it and the text before it; None when it has no speaker."""
    segs = g["segs"]
    speaker, title = g["speaker"], g["title"]
    # a short quotation inside running text (a title of a talk, a term) is not a quote
    quoted_chars = sum(len(x.group(1)) for x in segs)
    if speaker is None:
        starts_with_quote = text[: segs[0].start()].strip() == ""
        if starts_with_quote and last_speaker is not None and quoted_chars > 0.5 * len(text):
            speaker, title = last_speaker.speaker, last_speaker.title
        else:
            return None
    if speaker and (re.search(r"['\u2019]s$", speaker) or re.fullmatch(r"(?:Drs|Messrs|Mmes)\.?", speaker)):
        return None  # "Tamara\u2019s comments reflect ...", "Drs. Haley and Goly Abivardi": no one speaker
    if speaker and _ORGANISATION_WORD.search(speaker):
        return None  # `"freely accessible text," according to Massachusetts Department of ...`: a source cited
    if speaker and re.match(r"^(?:He|She|They|It|We|I|(?:His|Her) Excellency)$", speaker, re.I):
        named = _SAID_BEFORE.search(text[: segs[0].start()])
        if named:
            speaker, title = named.group("name"), _clean_title(named.group("title"))
        elif last_speaker:
            speaker, title = last_speaker.speaker, last_speaker.title
        elif introduced := _introduced_just_before(seen_text):
            speaker, title = introduced  # "..., Dr Jane Roe, Vice Chair of Acme, described ..." / "“...,” she said"
        else:
            return None
    if not g.get("resolved"):
        speaker, title = _resolved_speaker(speaker, title, quotes, lambda: _context(seen_text, text, segs[0].start()))
    parts = []
    for seg in segs:
        piece = seg.group(1).strip()
        if piece.endswith(","):
            piece = piece[:-1] + "."
        parts.append(piece)
    first, last = segs[0], segs[-1]
    return Quote(
        text=" ".join(parts), speaker=speaker, title=title,
        source=Span(section=where[0], paragraph=where[1], start=first.start(), end=last.end(), text=text[first.start(): last.end()]),
    )


PRONOUN_REACH_CHARS = 600  # how far back "she said" looks for the person introduced with a title
_PERSON_WITH_TITLE = re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>[^,.;\"\u201c\u201d]{{0,80}}?{_HOLDER_TITLE}[^,.;\"\u201c\u201d]{{0,80}}?),")


def _introduced_just_before(seen_text: str) -> Optional[tuple[str, Optional[str]]]:
    """The last person introduced with an office in the text just before a quote attributed to a
    pronoun alone (no one quoted yet): (name, title)."""
    near = seen_text[-PRONOUN_REACH_CHARS:]
    found = [m for m in _PERSON_WITH_TITLE.finditer(near) if len(_strip_honorific(m.group("name"))[1].split()) >= 2]
    if not found:
        return None
    m = found[-1]
    return m.group("name").strip(), _clean_title(m.group("title"))


def _resolved_speaker(speaker: str, title: Optional[str], quotes: list[Quote],
                      context: Callable[[], str]) -> tuple[str, Optional[str]]:
    """A title printed before the name split off; a short name or a speaker without a title resolved
    to the person quoted earlier, or to the fullest mention in the text before it (`context()`,
    with its title)."""
    if title and _LAST_TITLE_WORD.match(speaker.split()[-1]) and 2 <= len(title.split()) <= 4 \
            and all(_NAME_TOKEN.match(t) for t in title.split()) and not _TITLE_HINT.search(title):
        speaker, title = title, speaker  # "said SCRI CEO, Dee Anna Smith": the title set off before the name
    speaker, prefix_title = split_title_prefix(speaker)
    title = title or prefix_title
    earlier = _same_speaker(speaker, quotes) if len(_strip_honorific(speaker)[1].split()) < 2 or not title else None
    if earlier is not None:
        # "Kowalczyk added": the person quoted earlier, with the name and title given there
        return earlier.speaker, title or earlier.title
    if len(_strip_honorific(speaker)[1].split()) < 3 or not title:
        # a short name or no title: the fullest earlier mention gives name and title
        full, full_title = _fuller_name(speaker, context())
        if len(_strip_honorific(full)[1].split()) >= len(_strip_honorific(speaker)[1].split()):
            speaker, prefix_title = split_title_prefix(full)
            title = title or full_title or prefix_title
        else:
            title = title or full_title
    hon, bare = _strip_honorific(speaker)
    if hon and _DROPPED_HON.match(hon) and len(bare.split()) >= 2:
        speaker = bare  # "Mr Wong Kan Foo, Director of ...": Mr, Ms and Mrs are not kept, as with a shorter name
    return speaker, title


# a section headed by who speaks in it: "CEO Harry Vafias Commented", "CEO Manuel Stan comments"
_SPEAKER_HEADING = re.compile(r"^(?P<who>[A-Z][\w.\u2019' -]{3,70}?)\s+(?:comments|commented|says|said|writes|wrote|states|stated)\s*:?$", re.I)
# "President and CEO Commentary, Jane Roe", "Comments from Jane Roe, CEO": a heading naming the speaker
_COMMENTARY_HEADING = re.compile(r"^(?P<title>(?:[A-Z][\w&.'\u2019-]*|and|of|&)(?:[ ,]+(?:[A-Z][\w&.'\u2019-]*|and|of|&)){0,6}\s+|)"
                                 r"(?:Commentary|Comments|Remarks|Message|Letter)\s*(?:,|:|[-\u2013\u2014]|\s(?:from|by))\s*"
                                 r"(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})$")
HEADED_QUOTE_MIN_CHARS = 80


def headed_quotes(sections: list[tuple[int, Optional[str], list[str]]], quotes: list[Quote]) -> list[Quote]:
    """Quotes printed without quotation marks under a heading, or a line of its own, that names their
    speaker ("CEO Harry Vafias Commented"): the paragraph under it (`sections` as (index, heading,
    paragraphs)), unless a quote was already found in that section; a label naming nobody ("CEO
    Comments") gives none."""
    out = []
    for si, heading, paragraphs in sections:
        if any(q.source and q.source.section == si for q in quotes):
            continue
        labels = [(heading, 0)] + [(p, k + 1) for k, p in enumerate(paragraphs[:-1])]
        for label, pi in labels:
            line = " ".join((label or "").split())
            m = _SPEAKER_HEADING.match(line)
            named = None if m else _COMMENTARY_HEADING.match(line)
            if not (m or named) or pi >= len(paragraphs):
                continue
            if m:
                name, title = split_title_prefix(m.group("who").strip())
            else:
                name, title = named.group("who").strip(), named.group("title").strip(" ,") or None
            text = paragraphs[pi]
            start = 0
            whole = re.fullmatch(r"[\"\u201c](?P<q>[^\"\u201c\u201d]+)[\"\u201d]", text)
            if whole and named:
                start, text = whole.start("q"), whole.group("q")  # "CEO Commentary, Jane Roe" over a quote in marks
            if not re.fullmatch(_NAME, name) or len(name.split()) < 2 or len(text) < HEADED_QUOTE_MIN_CHARS or re.search("[\"\u201c\u201d]", text):
                continue
            out.append(Quote(text=text, speaker=name, title=title,
                             source=Span(section=si, paragraph=pi, start=start, end=start + len(text), text=text)))
    return out
