"""Contacts in every shape: PR Newswire's `/CONTACT:` line, labelled blocks one item a line,
comma-separated runs, several labelled groups (Media:, Investors:) and `both of <Org>`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Optional

from reportgen.model import Contact
from reportgen.readers.rules.glued import unglue_contact_text
from reportgen.readers.rules.urls import mail_domain
from reportgen.text.lexicon import CREDENTIAL

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# a date is not a phone number: d/m/yyyy, m.d.yyyy, d-m-yyyy, yyyy-mm-dd, yyyy/mm/dd, and d/m/yy with slashes
_DATE_SHAPE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}/\d{1,2}/\d{2})(?![\d/.-]?\d)"
PHONE = re.compile(
    # never from the middle of a number, never a date
    rf"(?<!\d)(?<!\d[/.-])(?!{_DATE_SHAPE})(?:"
    # a toll-free number in letters, with its digits after it: "1-800-AHA-USA1 (242-8721)", "1-800-FLOWERS"
    r"\b1[\s.-]8[0-9]{2}[\s.-](?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4,5}\b(?:\s?\(\d{3}[\s.-]?\d{4}\))?|"
    r"\b0\d{3,4}[\s.-]\d{3}[\s.-]?\d{3,4}\b|"
    # (a German number's slash after the area code: "+49 (0) 30 / 94 10 84-138")
    r"\+\s?\d{1,3}(?:\s?\(0\)\s?\d{1,4})?(?:(?:[\s.-]|\s/\s)\(?\d{1,8}\)?){1,6}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\d)|"
    r"\+\d{1,3}[\s.-]?\d{8,12}\b|"
    # (a label before an international number leaves it to the rule above: "Phone: +49 89 20 500 680")
    r"(?:(?:Tel|Phone|Ph|T|Office|Mobile|Cell|M|Direct|Main)\.?\s*[:.]?\s*(?!\+))?"
    rf"(?!{_DATE_SHAPE})"
    # (a mobile number with its country code but no plus: "82-10-6816-0249")
    r"(?:\b\d{2,3}-\d{1,2}-\d{3,4}-\d{4}\b|"
    r"(?:\+\s?\d{1,3}[\s.-]?|\b1[\s.-](?=\(?\d{3}))?(?:\(\d{2,4}\)[\s-]?|\d{2,4}[\s./-])\d{2,4}[\s./-]?\d{2,5}(?:,?\s?(?:x|ext\.?)\s?\d{1,5})?)|"
    # national numbers with a trunk 0 (UK, Europe, Australia): 01392 555 010, 0161 123 4567, 020 7466 5000
    r"\b0\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}\b"
    r")"
)
_ROLE_LABEL = re.compile(
    r"^\s*(?P<role>(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Financial Media|"
    r"Company|Corporate|External|Internal|Group|US|U\.S\.|EU|European|Europe|Canada|Asia|International|Trade|Business|"
    r"Medical|Scientific|Partnering|Editorial|Journalists?|Public Relations|PR|Spokesperson|For)[\s/&]*){1,4}"
    r"(?:Information\s+)?(?:Contacts?|Inquiries|Enquiries|Relations)?(?:\s+(?:and|&|/)\s+[A-Z][A-Za-z ]{2,60}?)?|Contacts?|For more information|For further information|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:Inquiries|Enquiries))"
    r"\s*(?:\([^)]*\))?\s*[:\-\u2013]\s*",
    re.I,
)
_CONTACT_HEAD = re.compile(r"^\s*/?\s*(?:Contact Information|CONTACT INFORMATION|Contact Info|Contact Details|CONTACTS?|Contacts?|Enquiries|Inquiries|"
                           r"For (?:more|further) (?:information|enquiries|inquiries|details)(?:,? (?:please )?contact)?)\s*:?\s*(?:\n|$|(?<=:)\s*)", re.I)
# the sentence leading in to a block: "For media inquiries, please contact:" and "For Acme Corp., please
# contact:" label the group (the words as printed, as a label's); "For further information, visit our
# website ... or contact:" is a sentence and labels nothing
_LEAD_IN = re.compile(r"^For\s+(?P<group>[^\n]*?),?\s*(?:\bplease\s*|\bor\s+|\s)contact\s*:[ \t]*$", re.I | re.M)
_LEAD_IN_SENTENCE = re.compile(r"^(?:more|further|additional|general)\b|\b(?:information|details|visit|website|call)\b|www\.|https?:", re.I)


def _lead_in_label(m: re.Match) -> str:
    group = m.group("group").strip(" ,")
    return "Contacts:" if len(group.split()) > 5 or _LEAD_IN_SENTENCE.search(group) else f"{group} Contacts:"


_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)"
_ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|AG|SA|S\.A|N\.V|NV|GmbH|AB|ASA|Oyj|"
    r"Group|Associates|Communications|Partners|Healthcare|Health|Advisors|Consulting|Relations|Strategies|"
    r"Pharmaceuticals?|Therapeutics|Biosciences|Bio|Biotech|Holdings|Agency|Media|PR|IR|Capital|Global|"
    r"International|Worldwide|Public|Investor|University|Foundation|Association|Institute|Newswire|Wire|"
    r"Technologies|Systems|Labs|Laboratories|Solutions|Financial|Bank|Trust|Fund|Advisory|"
    r"Medical|Pharma|Energy|Robotics|Analytics|Software|Networks|Motors|Foods|Minerals|Resources|Metals|Mining|Logistics|"
    r"Bancorp|Chemicals?|Aerospace|Dental|Law|LLP|Outdoor|Power|Data|Sciences|Diagnostics|Devices|Industries|Products)\b"
)
_TITLE_WORDS = re.compile(
    r"\b(?:President|Director|Officer|Manager|VP|SVP|EVP|Vice|Head|Chief|CEO|CFO|COO|Chairman|Chair|"
    r"Senior|Principal|Associate|Specialist|Coordinator|Lead|Executive|Counsel|Secretary|Treasurer|"
    r"Spokesperson|Spokesman|Spokeswoman|Analyst|Founder|Partner|Managing)\b"
)
_TITLE_WORDS_CI = re.compile(_TITLE_WORDS.pattern, re.I)
TITLE_WORDS = _TITLE_WORDS  # the words of an office, for the heading rules (a person's line is no heading)
_ORG_ROLE_LABEL = re.compile(
    r"^(?P<org>[A-Z0-9][\w&.,'\u2019 -]{0,40}?)\s+(?:(?P<role>Media|Press|Investors?|Investor Relations|IR|Analyst)?\s*(?:Contacts?|Inquiries|Enquiries)(?:\s+(?:Information|Info|Details))?\s*:?"
    # shouted: "GROUPE MASCARET PRESS CONTACT", "BPIFRANCE PRESSE:" (the French and German word)
    r"|(?P<caps_role>(?:MEDIA|PRESSE?|INVESTORS?|INVESTOR RELATIONS)(?=\s*(?:CONTACTS?\s*)?:|\s+CONTACTS?$))(?:\s+CONTACTS?)?\s*:?)$"
)
_BARE_ROLE = re.compile(
    r"(?:Media|Press|Investors?|Investor Relations|Media Relations|IR|Analysts?|Public Relations)(?:\s+(?:and|&|/)\s+(?:Media|Investors?|Press|Analysts?))?(?:\s+(?:Contacts?|Inquiries))?",
    re.I,
)
_ORG_SUFFIX = re.compile(r"\b(?:Inc|LLC|Ltd|Corp|Corporation|Co(?!-)|plc|PLC|AG|N\.V|S\.A|GmbH)\b\.?")
_NAME_TITLE = re.compile(r"^(?P<name>[^,]{3,40}),\s+(?P<title>[^,].{2,80})$")
_OF_ORG = re.compile(r"^(?P<name>.+?)\s+(?:of|at|from|with)\s+(?P<org>[A-Z].+)$")
_TITLE_OF_ORG = re.compile(
    r"^(?P<title>(?:[A-Z][\w&,.-]*|and|of|&)(?:\s+(?:[A-Z][\w&,.-]*|and|&))*?)\s+(?:of|at)\s+(?P<org>[A-Z][\w&.'\u2019-]*(?:,?\s+[A-Z][\w&.'\u2019-]*){0,6})$"
)
_DEPARTMENT = re.compile(
    r"^(?:(?:Investor|Media|Public|Corporate|Government|Industry|Customer|External)\s+(?:Relations|Communications|Affairs)|Finance|Marketing|"
    r"Operations|Sales|Communications|Business Development|Research(?: and|&) Development|Research|Engineering|Technology|Product|"
    r"Strategy|Human Resources|Legal|Investor Relations and Corporate Communications)$"
)
SHOUTED_ACRONYM_MAX = 4  # a word of a shouted organisation's name this short is an acronym ("RBC", "IBM")
_BOTH_OF = re.compile(r"^(?:both|all|each)\s+(?:of|at|with)\s+(?P<org>.+)$", re.I)


_ORG_DEPARTMENT = re.compile(
    r"^(?P<org>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}?)\s+"
    r"(?P<dept>Investor Relations|Corporate Communications|Media Relations|Public Relations|Corporate Affairs)$"
)


def clean_org(org: str) -> str:
    """An organisation's name without the punctuation closing a sentence or a `/CONTACT:` line; the
    period of `Corp.` or `Inc.` stays."""
    org = org.strip(" /,;")
    if org.endswith(".") and not re.search(r"\b(?:Inc|Corp|Co|Ltd|L\.P|S\.A|N\.V|Bhd|Pty)\.$", org):
        org = org[:-1]
    # "Gregory FCA for Angel Oak Capital Advisors", "Uproar by Moburst for Community Bankshares, Inc.": the agency,
    # speaking for its client (not "Center for ...")
    agency = re.match(r"^(?P<agency>[A-Z][\w&.'-]*(?:\s+(?:(?:by|of|and|&)\s+)?[A-Z][\w&.'-]*){1,3})\s+for\s+(?:the\s+)?[A-Z]", org)
    if agency and not re.search(r"\b(?:Center|Centre|Alliance|Foundation|Institute|Association|Society|Council|Coalition|Partners|"
                                r"Campaign|Fund|Committee|Office|Network|Americans|Scientists|Doctors|Friends|Citizens)$", agency.group("agency")):
        org = agency.group("agency")
    # "AHA Communications & Media Relations in Dallas": where the team sits is not its name
    return re.sub(r"(?<=\S{3})\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$", "", org) if len(org.split()) >= 4 else org


def _is_region_label(text: str) -> bool:
    from reportgen.readers.rules.dateline import COUNTRIES

    t = text.strip(" :").lower()
    return t in COUNTRIES or t in {"u.s.", "us", "usa", "u.s.a.", "europe", "asia", "north america", "emea", "apac", "global",
                                        "americas", "latin america", "asia pacific", "asia-pacific", "middle east", "uk"}


_PARTICLES = {"van", "de", "von", "der", "den", "da", "di", "le", "la", "del", "della", "dos", "das", "du", "des", "ten", "ter", "bin", "al", "y", "e"}
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*)$")
# credentials after a name, one or more ("Daniel J. Roe, APR", "Lavonne Roe, CPA, CA": Canada's chartered
# accountants print "CA" or "CMA" after "CPA")
_CREDENTIAL_RUN = rf"(?:CPA,\s*CM?A\b|P\.Geo\.?|Ph\.?\s?D\.?|{CREDENTIAL})(?:,\s*(?:CPA,\s*CM?A\b|{CREDENTIAL}))*"
_NAME_SUFFIX = re.compile(rf",?\s+{_CREDENTIAL_RUN}$")


def _looks_like_name(t: str) -> bool:
    """Two to five words, each a capitalised word of letters (any script: "Nguyễn Văn An",
    "María José García-López") or an initial, with the particles of surnames between them
    ("Jan van der Berg"), an honorific before and "Jr." / "Ph.D." after."""
    t = _NAME_SUFFIX.sub("", re.sub(rf"^{_HONORIFIC}", "", t.strip()))
    words = t.split()
    if not 2 <= len(words) <= 5 or words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
        return False
    for w in words:
        if w in _PARTICLES and w.islower():
            continue
        if not (_NAME_WORD.match(w) and w[0].isupper() and not (len(w) > 2 and w.isupper() and "." not in w)):
            return False
    return True


def is_person_name(text: str) -> bool:
    t = text.strip()
    if t.isupper() and len(t.split()) > 2:
        return False  # an all-caps line is a headline or a label, not a name
    if re.match(r"^[A-Z]{2,}\s", t):
        return False  # "DP World", "PCG Advisory": an acronym first is an organisation
    return _looks_like_name(t) and not _ORG_WORDS.search(t) and not _TITLE_WORDS.search(t) and len(t) < 45


def clean_phone(p: str) -> str:
    p = re.sub(r"^(?:Tel|Phone|Ph|T|Office|Mobile|Cell|M|Direct|Main)\.?\s*[:.]?\s*", "", p.strip(), flags=re.I)
    return p.strip(" .,;")


_GLUED_EMAIL = re.compile(r"\d(?=[A-Za-z][\w.+-]*@)")


def unglue(text: str) -> str:
    """A contact block whose line breaks a converter lost ("Media RelationsMary HeatherTel: +1
    914-847-8650mary.heather@regeneron.com"): a phone glued to an e-mail is the sign; the breaks go
    back before each e-mail, `Tel:` and capitalised word glued to a lower-case letter."""
    if not _GLUED_EMAIL.search(text):
        return text
    text = _GLUED_EMAIL.sub(lambda m: m.group(0) + "\n", text)
    text = re.sub(r"(?<=[a-z:])(?=(?:Tel|Phone|Email|E-mail)\s*:)", "\n", text)
    text = re.sub(r"(?<=[a-z])(?=Contacts?\s*:)", " ", text)  # "Investor RelationsContact:": one label
    text = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])(?!Contacts?\s*:)", "\n", text)
    text = re.sub(r"(?<=[a-z]{2})(?=[A-Z]{2,}\b)", "\n", text)  # "Kirin SmithPCG Advisory Group": the agency's initials
    return re.sub(r"(?<=:)(?=[A-Z])", "\n", text)


def is_role_label(text: str) -> bool:
    """"Investors", "Media Relations": a group's name alone on its line."""
    return _BARE_ROLE.fullmatch(text.strip()) is not None


def unglued(text: str) -> str:
    """A contact block's text with the line breaks a converter lost put back (both rule sets)."""
    return unglue_contact_text(unglue(text))


def unglued_lines(text: str) -> list[str]:
    """The lines of a contact block's text, with the line breaks a converter lost put back."""
    return [line for line in unglued(text).split("\n") if line.strip()] or [text]


# --- one pass: items, classified by their features, grouped into contacts by order ----------------

# a field's label ("Intl. Phone:", "Toll-free:"), or "or" between two of them ("oder", "ou": German, French)
_FIELD_PREFIX = re.compile(r"^(?:(?:company|corporate|business|general|media|press|office)\s+)?(?:e-?mail|mail|tel(?:ephone)?|phone|toll[- ]free|ph|fax|mobile|cell|office|direct|main|web(?:site)?|contact person|"
                           r"intl|int'l|international|t|m|e|oder|ou)\.?\s*[:.]\s*|^(?:or|and|oder|ou)\s+", re.I)
_FIELD_ONLY = re.compile(r"^(?:e-?mail|mail|tel(?:ephone)?|phone|toll[- ]free|fax|mobile|cell|office|web(?:site)?|contact person|m|t|e|or|and|oder|ou|/|—|-)?\s*:?$", re.I)
_SOCIAL_LINKS = re.compile(r"(?:links?\s+(?:on|to)\s+)?(?:social\s+media|social\s+networks?)\b|follow\s+us\b", re.I)
_NOT_SPLIT = r"(?!(?:Inc|Ltd|LLC|Jr|Sr|Ph\.?D|M\.?D|L\.P|P\.C|CFA|Esq)\b|ext\.?\s?\d)"
_ADVISER_NOTE = re.compile(r"\s*\((?:(?:Joint\s+)?(?:[A-Z][\w]*\s+){0,2}(?:Adviser|Advisor|Broker|Bookrunner|PR|Nomad|Relations)|"
                           r"(?:for|on behalf of)\s+[A-Z][^()]{1,40})\)$")
_SENTENCE = re.compile(r"\b(?:visit|call|please|write to)\b", re.I)


_TITLE_CASE_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019-]*,?|&|and|of|for|the|to)$")
LONG_TITLE_MAX_WORDS = 14


def _is_long_title(t: str) -> bool:
    """A title of many words, every one capitalised (small words aside), with an office word and no
    sentence's end: "Senior Vice President, Investor Relations & Corporate Communications"."""
    words = t.split()
    return (len(words) <= LONG_TITLE_MAX_WORDS and bool(_TITLE_WORDS.search(t)) and not _ORG_SUFFIX.search(t)
            and all(_TITLE_CASE_WORD.match(w) for w in words) and not t.endswith("."))


class _Item:
    """One item of a contact block, with its features."""

    __slots__ = ("emails", "inline", "kind", "listed", "para", "phones", "shared", "text", "value")

    def __init__(self, text: str, para: int, shared: bool = False, inline: bool = False):
        self.emails = EMAIL.findall(text)
        rest = EMAIL.sub("", text)
        self.phones = [m.group(0) for m in PHONE.finditer(rest) if sum(ch.isdigit() for ch in m.group(0)) >= 7]
        if not self.phones and re.fullmatch(r"\s*\+?\d{10,13}\s*", rest):
            self.phones = [rest.strip()]  # "2146169748": a number printed without its separators, alone on its line
        for p in self.phones:
            rest = rest.replace(p, "")
        rest = rest.strip(" ,;-/\u2014").lstrip(": ")
        while True:
            stripped = _FIELD_PREFIX.sub("", rest).strip(" ,;-/\u2014").lstrip(": ")
            if stripped == rest:
                break
            rest = stripped
        if _FIELD_ONLY.fullmatch(rest) or _SOCIAL_LINKS.match(rest):
            rest = ""  # ("Links on social media: Twitter, Telegram": the names of sites, no contact's)
        if self.emails or self.phones:
            rest = rest.rstrip(": ")  # "Paula Chirhart: paula@..."
        # "Mona Astra Liss or" / "Amanda K. Griffies" / phone: people listed as alternatives, the details theirs
        # ("or" at a line's end joins nothing else: "Patricia Cameron (415) 655-4108 or" / "Michael Kornet ...")
        listed = re.match(r"^(?P<name>.+?)\s+(?P<conj>or|and|&)$", rest)
        self.listed = bool(listed and is_person_name(listed.group("name")))
        if self.listed or (listed and listed.group("conj") == "or"):
            rest = listed.group("name")
        self.text, self.para, self.shared, self.inline = rest, para, shared, inline
        self.kind, self.value = "", None


_ADDRESSES_ONLY = re.compile(rf"{EMAIL.pattern}(?:\s+{EMAIL.pattern})+")


# what follows a comma after a name that belongs to it: a legal suffix ("Apple Computer, Inc.") or credentials ("CPA, CA")
# a legal suffix or a person's letters after a name ("Jane Roe, CFA"), not an organisation's initials ("Jo Roe, ISO")
_SUFFIX_OR_CREDENTIALS = re.compile(rf"^(?:(?:Inc|LLC|Ltd|Corp|Co|L\.?P|LLP|plc)\b|{_CREDENTIAL_RUN}$)")


def _split_items(text: str) -> list[_Item]:
    """Paragraphs (a blank line or ';'), lines, and within a line that carries a phone or an e-mail (or
    a one-line block) the runs separated by commas, bars, wide gaps and ' / '."""
    items: list[_Item] = []
    for para, chunk in enumerate(re.split(r";\s*|\n\s*\n", text)):
        lines = [l for l in chunk.split("\n") if l.strip(" \t,;|")]  # (a table's bars alone on a line are no item)
        multiline = len(lines) > 1
        for line in lines:
            line = line.strip(" \t,;")
            head = re.match(r"^(?:(?:or|and)\s+)?(?P<head>[A-Z](?:[\w&.'\u2019-]|,(?= (?:Inc|LLC|Ltd|L\.P)\b)| (?=\S)){1,80}?):\s+(?=\S)", line)
            if head and not (_FIELD_ONLY.fullmatch(head.group("head")) or EMAIL.match(line[head.end():]) or PHONE.match(line[head.end():])):
                # "Investors: Jane Roe, ...", "Acme, Inc.: Jane Roe, ..." (not "Paula Chirhart: paula@...")
                items.append(_Item(head.group("head") + ":", para, inline=True))
                line = line[head.end():]
            both = re.search(r"\b(?:both|all|each) (?:of|at|with) .+$", line)
            tail = both.group(0) if both else None
            if both:
                line = line[: both.start()]
            name_first = re.match(r"^([^,]{3,40}),\s+(?=\S)", line)
            rest = line[name_first.end():] if name_first else ""
            if (multiline and name_first and is_person_name(name_first.group(1)) and not (EMAIL.search(line) or PHONE.search(line))
                    and not _SUFFIX_OR_CREDENTIALS.match(rest)):
                pieces = [name_first.group(1), line[name_first.end():]]  # "Eileen Cornish, Sharp HealthCare": a name, then the rest
                title, _, org = rest.rpartition(", ")
                if title and _TITLE_WORDS.search(title) and _ORG_WORDS.search(org) and not _DEPARTMENT.match(org) \
                        and not _TITLE_WORDS.search(org) and not _TEAM.search(org):
                    pieces = [name_first.group(1), title, org]  # "Randy Roe, Chief Marketing Officer, Acme Capital Advisors"
            elif multiline and not (EMAIL.search(line) or PHONE.search(line)) and not re.search(r"\s/\s|\s{3,}", line):
                pieces = [line]  # one item a line: "Vice President, Investor Relations" is one title
            else:
                pieces = re.split(rf",\s+{_NOT_SPLIT}|\s+\|\s+|\s{{3,}}|\s+\u2014\s*or\s*\u2014\s+", line)
            pieces += [tail] if tail else []
            # "pr@weride.ai pr.sg@grab.com": desk addresses of two organisations on one line are two desks
            pieces = [e for piece in pieces for e in (piece.split() if _ADDRESSES_ONLY.fullmatch(piece) else [piece])]
            for piece in pieces:
                # (not a number's own slash: "+49 (0) 022 04 / 40 00-73")
                slashed_phone = any(" / " in m.group(0) for m in PHONE.finditer(piece))
                parts = [piece.strip()] if slashed_phone else [p.strip() for p in piece.split(" / ")]
                if len(parts) == 1 and len(names := re.split(r"\s+(?:or|and|&)\s+", piece.strip())) == 2 and all(map(is_person_name, names)):
                    parts = names  # "Lydia Roe or Carol Doe" over one number: two people sharing it
                for k, part in enumerate(parts):
                    if part.strip(" \t,;"):
                        items.append(_Item(part.strip(" \t,;"), para, shared=len(parts) > 1 and k > 0))
    # a title broken over two lines: "Executive Vice President and" / "Chief Financial Officer"
    out: list[_Item] = []
    for it in items:
        if (out and not (it.emails or it.phones or out[-1].emails or out[-1].phones) and re.search(r"\s(?:and|of|&)$", out[-1].text)
                and _TITLE_WORDS_CI.search(out[-1].text)):
            out[-1].text += " " + it.text
            continue
        out.append(it)
    return out


def _domain_words(text: str) -> set[str]:
    return {d.lower() for e in EMAIL.findall(text) for d in re.split(r"[.-]", e.split("@", 1)[1])}


def _in_domain(text: str, domains: set[str]) -> bool:
    """`Kestrel Bio` with press@kestrelbio.co.uk, `Gilmartin Group` with jo@gilmartinir.com."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    if not words:
        return False
    squashed = "".join(words)
    return any(squashed in d or (len(words[0]) >= 5 and d.startswith(words[0])) for d in domains)


def _org_like(t: str) -> bool:
    return bool(_ORG_SUFFIX.search(t) or _ORG_WORDS.search(t) or re.match(r"^[A-Z]{2,}(?:\s|$)", t))


def _first_name_of_mailbox(t: str, it: _Item, items: list[_Item]) -> bool:
    """"Claire" above "+44 7943 555236" and "claire@agency.example": a lone first name is a person's when
    the e-mail right after it is hers."""
    k = items.index(it)
    if not re.fullmatch(r"[A-Z][a-z]{2,}", t) or it.emails:
        return False
    after = [e for x in items[k + 1:k + 3] for e in x.emails]
    return any(re.split(r"[._-]", e.split("@")[0].lower())[0] == t.lower() for e in after)


def _classify(items: list[_Item], domains: set[str]) -> None:
    for k, it in enumerate(items):
        t = it.text
        if not t:
            it.kind = "detail"
            continue
        low = t.lower()
        if re.search(r"https?://|www\.", t) or (re.search(r"\.com\b", t) and " " not in t.strip()):
            it.kind = "detail"
        elif re.fullmatch(r"(?:or|and|/)", low) or "@" in t:
            it.kind = "detail"
        elif (b := _BOTH_OF.match(t)):
            it.kind, it.value = "both", clean_org(b.group("org"))
        elif _is_region_label(t):
            it.kind = "region"
        elif (ol := (None if (lm := _ROLE_LABEL.match(t if t.endswith(":") else t + ":")) and lm.end() >= len(t) else _ORG_ROLE_LABEL.match(t))) and not it.emails:
            org = _unshouted(ol.group("org").strip(" ,")) if ol.group("caps_role") else ol.group("org").strip(" ,")
            role = ol.group("role") or ol.group("caps_role")
            if re.fullmatch(r"(?:News|Investors?|Media|Press|Company|Corporate|Financial|Analyst)(?: (?:Media|Relations))?", org):
                it.kind, it.value = "label", (_role_name(f"{org} {role or ''}".strip()), None)
            else:
                it.kind, it.value = "label", (_role_name(role) if role else None, org)
        elif (lm := _ROLE_LABEL.match(t + ("" if t.endswith(":") else ":"))) and lm.end() >= len(t) and (t.endswith(":") or re.search(r"\b(?:Contacts?|Inquiries|Enquiries)$", t, re.I)):
            it.kind, it.value = "label", (_role_name(lm.group("role")), None)
        elif t.endswith(":") and 1 <= len(t.split()) <= 4 and not re.search(r"[\d@]", t) and not _org_like(t[:-1]):
            it.kind, it.value = "label", (_role_name(t[:-1]), None)  # "Patient Advocacy:"
        elif t.endswith(":") and not re.search(r"[\d@]", t):
            it.kind, it.value = "org", clean_org(t[:-1])  # "Redwood Community Bancorp:"
        elif (nt := _NAME_TITLE.match(t)) and is_person_name(nt.group("name")) and (
                _TITLE_WORDS.search(nt.group("title")) or re.search(r"\b(?:Relations|Communications)\b", nt.group("title"))):
            it.kind, it.value = "name_title", (nt.group("name"), nt.group("title").strip(" ,"))
        elif (of := _OF_ORG.match(t)) and is_person_name(of.group("name")):
            it.kind, it.value = "name_org", (of.group("name").strip(), clean_org(of.group("org")))
        elif (to := _TITLE_OF_ORG.match(t)) and (_TITLE_WORDS.search(to.group("title")) or _DEPARTMENT.match(to.group("title").strip(" ,"))) \
                and not _DEPARTMENT.match(to.group("org")):
            it.kind, it.value = "title_org", (to.group("title").strip(" ,"), clean_org(to.group("org")))
        elif _is_long_title(t):
            it.kind = "title"  # "Senior Vice President, Investor Relations & Corporate Communications"
        elif len(t.split()) >= 8 or (_SENTENCE.search(t) and not it.phones and not it.emails):
            it.kind = "skip"  # a sentence after the contacts
        elif _DEPARTMENT.match(t) or _BARE_ROLE.fullmatch(t) or re.fullmatch(r"(?:Investor|Media|Public|Corporate) (?:Relations|Communications)", t):
            it.kind = "dept"
        elif (_TITLE_WORDS.search(t) or (t.islower() and _TITLE_WORDS_CI.search(t))) and not _ORG_SUFFIX.search(t):
            it.kind = "title"
        elif t.islower() and len(t.split()) <= 3 and not (it.emails or it.phones) and k and items[k - 1].kind in ("name", "name?", "title") \
                and it.para == items[k - 1].para:
            it.kind = "title"  # "Sarah Fredriksson, vd, AQILION AB, ...": a title in the release's language
        elif (is_person_name(t) and not _in_domain(t, domains)) or _first_name_of_mailbox(t, it, items):
            it.kind = "name"
        elif _looks_like_name(t) and not _ORG_SUFFIX.search(t) and not _in_domain(t, domains) and not re.match(r"^[A-Z]{2,}\s", t):
            it.kind = "name?"  # name-shaped with an organisation word: "Patti Bank"
        else:
            it.kind = "org"


def _unshouted(org: str) -> str:
    """An organisation a shouted label names, as a name is written: "GROUPE MASCARET" -> "Groupe
    Mascaret"; a short word ("RBC", "AG") is an acronym and stays."""
    if not org.isupper():
        return org
    return " ".join(w.capitalize() if len(w) > SHOUTED_ACRONYM_MAX and w.isalpha() else w for w in org.split())


def _unwrap_prose(text: str) -> str:
    """A contact paragraph of runs hard-wrapped like prose ("Investors: Neil Hargreaves, Vice" /
    "President, Investor Relations, (403) 555-0162, ...") is one line: every line but the last long,
    none a label or in columns, the first a comma run."""
    lines = text.split("\n")
    if len(lines) < 2 or any(not l.strip() for l in lines):
        return text
    body = lines[:-1]
    # a line ending in a word, not in a complete item (a number, an e-mail) or a label, and no line opening one
    if (all(len(l.strip()) >= 60 and re.search(r"[A-Za-z]$", l.rstrip()) and not EMAIL.search(l.split()[-1]) for l in body)
            and not any(re.match(r"^\s*[A-Z][\w&.' -]{0,40}:\s", l) for l in lines[1:])
            and not any(re.search(r"\S\s{3,}\S", l) for l in lines) and lines[0].count(", ") >= 2):
        return " ".join(l.strip() for l in lines)
    return text


def parse_contacts(text: str, default_role: Optional[str] = None) -> list[Contact]:
    """Contacts from a contact paragraph or block (newlines separate items where the source had lines):
    split into items, classify each by its features, then group them in order -- a name starts a
    contact; its title, organisation, phones and e-mails attach to it; a label sets the role of the
    contacts after it; an organisation's line heading a group goes to the names under it (with its
    number, if it gives one); "both of <Org>" goes to all."""
    text = _prepared(text)
    items = _split_items(text)
    _classify(items, _domain_words(text))
    return _Grouping(items, default_role).contacts_of_items()


def _prepared(text: str) -> str:
    """The block's text without what is no item: glued lines apart, pronouns, brackets around a
    label, the block's own heading, a trailing slash; a paragraph hard-wrapped like prose one line."""
    # before the lines are parted: a lead-in sentence may hold a web address
    text = _LEAD_IN.sub(_lead_in_label, text.strip())
    text = re.sub(r"(?<=\d);(?=[\w.+-]+@)", "; ", text)  # "214-706-1173;media@acme.org": two items
    text = unglued(text)
    text = re.sub(r"\s*\((?:she|he|they|ze|xe|ey)/\w+(?:/\w+)?\)", "", text, flags=re.I)  # pronouns
    text = re.sub(r"(?m)^[ \t]*\[([^\]\n]{3,60})\][ \t]*$", r"\1", text)  # "[Press Information Contact:]"
    text = text.strip()
    # "Contact investor relations and media" over the people: the group is their label
    first, newline, rest = text.partition("\n")
    if head := CONTACT_FOR_GROUP.match(first.strip()):
        group = head.group("group")
        text = group[:1].upper() + group[1:] + ":" + newline + rest
    while (head := _CONTACT_HEAD.match(text)) and head.end():
        text = text[head.end():].strip()  # "CONTACT: For further information, please contact:"
    text = _BARE_HEAD.sub("", text).rstrip("/").strip()
    # "Desiree Battaglia (Media)", "Ricky Roe (editorial/media) 408.235.4676": the person under the label in
    # brackets after the name, with the details printed after it
    text = _NAME_THEN_ROLE.sub(lambda m: "\n".join(x for x in (m.group("role") + ":", m.group("name"), m.group("rest")) if x), text)
    # "Sidney Luk - Vice President of Investor Relations, Email: ...": a name and its title parted by a dash
    text = _NAME_DASH_TITLE.sub(_name_dash_title, text)
    # "... srohde@acme.com or Melanie Roe, Investor Relations Director 727-555-7262": "or" before the next person
    if len(EMAIL.findall(text)) + len(PHONE.findall(text)) >= 2:
        text = _OR_NEXT_PERSON.sub("\n", text)
    # "or" between a phone and an e-mail ("at 203-338-4114 or vjcalab@peoples.com") joins nothing
    text = re.sub(r"(\d)\s+or\s+(?=[\w.+-]+@)", r"\1, ", text)
    text = re.sub(r",\s+at\s+(?=\+?[\d(])", ", ", text)
    # "For eShare Technologies, Inc.:" heads that company's contacts
    text = re.sub(r"(?m)^[ \t]*For\s+(?!(?:more|further)\b)(?=\w[^\n:]{1,60}:[ \t]*(?:$|\S))", "", text)
    return _unwrap_prose(text)


def _name_dash_title(m: re.Match) -> str:
    if not _TITLE_WORDS.search(m.group("title")):
        return m.group(0)
    email_after = m.string[m.end():m.end() + 1] in (" ", "\t")  # "Jo Roe - Head of Investor Relations ir@acme.com"
    return f"{m.group('name')}\n{m.group('title')}" + ("\n" if email_after else "")


# "Contact investor relations and media": a label in lower case after "Contact", naming the group
_GROUP = r"(?:investor\s+relations|investors?|media|press)"
CONTACT_FOR_GROUP = re.compile(rf"^Contacts?\s+(?:for\s+)?(?P<group>{_GROUP}(?:\s+(?:and|&)\s+{_GROUP})?)\s*:?$", re.I)
# a block's label with no colon before its first value: "Contact Charbone Corporation", "ContactJamie Roe"
_BARE_HEAD = re.compile(r"^Contacts?(?:\s+(?=[A-Z])(?!(?:Us|Information|Info|Details|Person|Name)\b)|(?=[A-Z][a-z]))")
_NAME_THEN_ROLE = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][^()\n:,@]{2,40}?)[ \t]*\((?P<role>Media|Press|Investors?|Investor Relations|IR|"
                             r"Analysts?|Media Relations|(?i:(?:editorial|media|press|financial|investors?|investor relations|analysts?|trade)"
                             r"(?:[ \t]*(?:/|and|&)[ \t]*[a-z]+)*(?:[ \t]+community)?))\)"
                             r"(?:[ \t]+(?P<rest>[^\n]*(?:\d|@)[^\n]*?))?[ \t]*$")

_OR_NEXT_PERSON = re.compile(r"(?<=[\w.)])[ \t]+or[ \t]+(?=(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z]\.)?"
                             r"[ \t]+[A-Z][a-z'\u2019-]+,)")
_NAME_DASH_TITLE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2})[ \t]+[-\u2013\u2014][ \t]+"
                              r"(?P<title>[A-Z][\w&]*(?:[ \t]+(?:[A-Z][\w&,]*|of|and|&|for)){0,8})(?=\s*(?:,|\n|$)|[ \t]+[\w.+-]+@)")


class _Grouping:
    """The classified items of a contact block grouped into contacts, in order."""

    def __init__(self, items: list[_Item], role: Optional[str]):
        self.items = items
        self.contacts: list[Contact] = []
        self.role = role
        self.head_org: Optional[str] = None  # the organisation heading the current group
        self.label_org: Optional[str] = None  # the organisation of the current label ("Acme Contacts:")
        self.desk: Optional[tuple[str, list[str]]] = None  # an organisation's line with its number
        self.current: Optional[Contact] = None
        self.sharers: list[Contact] = []  # the names listed above the current contact that share its details
        self.last_para = 0

    def contacts_of_items(self) -> list[Contact]:
        handlers = {"label": self._label, "region": self._region, "both": self._both, "name": self._name,
                    "name_title": self._name, "name_org": self._name, "title_org": self._title_org,
                    "dept": self._dept, "title": self._title, "org": self._org}
        for k, it in enumerate(self.items):
            nxt = self.items[k + 1] if k + 1 < len(self.items) else None
            if it.para != self.last_para:
                self._new_paragraph(k, it)
            kind = self._resolved_kind(k, it, nxt)
            it.kind = kind  # as resolved, for the items after it ("Instinctif Partners" / "Tel: ..." is a desk)
            if kind in handlers:
                handlers[kind](k, it)
            if it.emails or it.phones:
                self._details(k, it, kind)
        return [c for c in self.contacts if c.name or c.emails or c.phones]

    @staticmethod
    def _finished(c: Optional[Contact]) -> bool:
        return c is None or bool(c.phones or c.emails)

    def _org_right_above(self, k: int) -> bool:
        """No contact is open and the item before is an organisation's line."""
        return self.current is None and k > 0 and self.items[k - 1].kind == "org"

    def _start(self, name: Optional[str], org: Optional[str] = None) -> Contact:
        self.sharers = []
        c = Contact(name=name, role=self.role, organisation=org or self.head_org)
        if self.desk and c.organisation == self.desk[0]:
            c.phones = list(self.desk[1])
        self.contacts.append(c)
        return c

    def _new_paragraph(self, k: int, it: _Item) -> None:
        self.last_para = it.para
        current = self.current
        if current is not None and current.name is None and current.organisation and not it.text and (it.emails or it.phones):
            return  # an organisation's desk goes on in a paragraph of details alone ("Email: ..." under its phones)
        if (current is not None and current.name and not it.text and it.emails and not it.phones and not current.emails
                and current.phones and not any(map(_is_desk_address, it.emails))):
            return  # a copy that sets every line apart: the person's own address under their number
        if not self._org_right_above(k) and (self._finished(current) or current.name is None):
            self.current = None
            self.head_org = self.label_org

    def _resolved_kind(self, k: int, it: _Item, nxt: Optional[_Item]) -> str:
        """An item's kind where its neighbours decide it: a name-shaped line that is an organisation."""
        kind, current = it.kind, self.current
        if kind == "name?":
            # a name-shaped line with an organisation word: the organisation of the person above it when
            # that person has nothing yet, else a person when details or an organisation follow
            if current is not None and current.name and not (current.organisation or current.title) and not self._finished(current):
                kind = "org"
            elif nxt is not None and nxt.kind in ("org", "title", "dept") and not (nxt.emails or nxt.phones):
                kind = "name"
            else:
                kind = "org"
        if kind == "name" and current is not None and current.name and not (it.shared or (k and self.items[k - 1].listed)) and not (it.emails or it.phones) and not (
                current.organisation or current.title) and not self._finished(current) and nxt is not None and (nxt.emails or nxt.phones) \
                and not nxt.text and not (nxt.emails and all(_is_desk_address(e) for e in nxt.emails)):
            # "Rob Delaney" / "Inizio Evoke" / phone: the agency under the person's name; but two names
            # above a desk address ("Jenny Kobin" / "Remy Bernarda" / ir@...) are two people sharing it
            kind = "org"
        items = self.items
        if kind == "name" and not it.listed and self._finished(current) and not (it.emails or it.phones) and len(_NAME_SUFFIX.sub("", it.text).split()) >= 3 \
                and not re.search(r"\s[A-Z]\.\s", it.text) and nxt is not None and nxt.kind == "name" and not (nxt.emails or nxt.phones) \
                and k + 2 < len(items) and (items[k + 2].emails or items[k + 2].phones) and not items[k + 2].text:
            kind = "org"  # "Padilla Speer Beardsley" / "Nancy Rand" / phone: the agency above its person
        if kind == "name" and self._finished(current) and not (it.emails or it.phones) and nxt is not None and nxt.kind == "name" \
                and not (nxt.emails or nxt.phones) and re.match(_HONORIFIC, nxt.text) and not re.match(_HONORIFIC, it.text):
            kind = "org"  # "Elite Endodontics" / "Dr. Josh Todd" / phone: the practice above its person
        return kind

    def _label(self, k: int, it: _Item) -> None:
        label_role, org = it.value
        self.role = label_role
        if org:
            self.head_org = self.label_org = org
        elif not it.inline and not self._org_right_above(k):
            self.head_org = self.label_org  # a label on its own line opens a new group; an organisation right above it stays
        self.current = None

    def _region(self, k: int, it: _Item) -> None:
        self.head_org, self.current = None, None

    def _both(self, k: int, it: _Item) -> None:
        for c in self.contacts:
            c.organisation = c.organisation or it.value

    def _name(self, k: int, it: _Item) -> None:
        title = org = None
        if it.kind == "name_title":
            name, title = it.value
        elif it.kind == "name_org":
            name, org = it.value
        else:
            name = it.value or it.text
        current, desk = self.current, self.desk
        if (current is not None and current.name is None and not current.emails and current.phones and desk
                and current.organisation == desk[0]):
            current.name = name  # the person of the organisation's line with the number
        elif (current is not None and current.name is None and current.organisation and (current.phones or current.emails)
              and sum(x.kind in ("name", "name_title", "name_org") for x in self.items) == 1):
            # "Acme Corporation" / "Telephone: ..." / "Email: ir@acme.com" / "Jane Roe" / "CFO": the block's one
            # person, printed under the organisation's number and address, is the contact they give
            current.name = name
        else:
            current = self.current = self._start(name, org)
            if it.shared and len(self.contacts) >= 2 and not self.contacts[-2].emails:
                current.phones = current.phones or list(self.contacts[-2].phones)
        current.title = current.title or title

    def _title_org(self, k: int, it: _Item) -> None:
        title, org = it.value
        current = self.current
        if current is None or (current.title and (current.organisation or not _DEPARTMENT.match(title))):
            current = self.current = self._start(None, org) if (it.emails or it.phones) else current
        if current is not None:
            if current.title and _DEPARTMENT.match(title):
                current.title += ", " + title
            elif not current.title:
                current.title = title
            current.organisation = current.organisation or org

    def _dept(self, k: int, it: _Item) -> None:
        current = self.current
        if current is not None and current.name and not current.title and not self._finished(current):
            current.title = it.text
        elif (current is not None and current.title and not current.organisation and k and self.items[k - 1].kind in ("title", "name_title")
              and not self._finished(current)):
            current.title += ", " + it.text  # "Director, Communications"
        elif it.emails or it.phones:
            current = self.current = self._start(None)
            current.role = current.role or it.text
        else:
            if not self._org_right_above(k):
                self.head_org = self.label_org  # as a label on its own line: a new group, unless its organisation is right above
            self.role, self.current = _role_name(it.text), None  # a bold "Investors" above the people

    def _title(self, k: int, it: _Item) -> None:
        current = self.current
        if current is not None and not current.title:
            current.title = it.text
        elif (current is not None and not self._finished(current) and it.text.islower() and k and self.items[k - 1].kind == "title"
              and self.items[k - 1].para == it.para):
            current.title += ", " + it.text  # "first vice president, comptroller"
        elif current is None and (it.emails or it.phones):
            current = self.current = self._start(None)
            current.title = it.text

    def _org(self, k: int, it: _Item) -> None:
        org = _ADVISER_NOTE.sub("", clean_org(it.text.rstrip(":")))
        dept = _ORG_DEPARTMENT.match(org)
        current = self.current
        if (current is not None and current.name and current.organisation and not self._finished(current)
                and org.lower().startswith(current.organisation.lower())):
            current.organisation = org  # the group's organisation printed again in full under the name ("B2i" / "B2i, Inc.")
        elif (current is not None and current.name and current.organisation and current.organisation == self.head_org
              and not self._finished(current) and not current.title and k and self.items[k - 1].kind in ("name", "name?")):
            # "Caterpillar Media Contacts:" / "Tiffany Heikkila, Enterprise Media, tiffany@..., 832-...": under
            # the name, a team is the person's title, another organisation replaces the group's
            if _TEAM.search(org):
                current.title = org
            else:
                current.organisation = org
        elif current is not None and not current.organisation and current.name and not (self._finished(current) and not (it.emails or it.phones)):
            if dept and not current.role:
                current.organisation, current.role = dept.group("org"), dept.group("dept")
            else:
                current.organisation = org
            for other in reversed(self.contacts[:self.contacts.index(current)]):
                if not other.name or other.organisation or other.phones or other.emails:
                    break
                other.organisation = current.organisation  # "Lydia Roe or Carol Doe" / "Howard University": both of it
        elif current is not None and current.name and current.title and not self._finished(current) and _TEAM.search(org) \
                and it.para == self.items[k - 1].para and not _ORG_SUFFIX.search(org):
            # "Kiyomi Roe, Director, PR, Social and Corporate Communications, kroe@acme.com": the team goes on the title
            if current.organisation and (not _ORG_WORDS.search(current.organisation) or current.organisation in ("PR", "IR")
                                         or _DEPARTMENT.match(current.organisation)):
                current.title = ", ".join(t for t in (current.title, current.organisation) if t)
                current.organisation = None
            current.title = ", ".join(t for t in (current.title, org) if t)
        elif it.emails or it.phones:
            self.head_org = org
            current = self.current = self._start(None, dept.group("org") if dept else org)
            if dept:
                current.role = current.role or dept.group("dept")
            self.desk = (org, [clean_phone(p) for p in it.phones]) if it.phones and not it.emails else None
            if self.desk:
                current.organisation = org
        else:
            self.head_org, self.current = org, None

    def _details(self, k: int, it: _Item, kind: str) -> None:
        """An item's phones and e-mails go to the open contact (or a new one); people listed together
        with nothing of their own share the number ("Elaine Hart, CEO" / "Robert Li, CFO" / phone;
        "Ewan Leggat / Adam Cowl" / phone) and a desk address ("Jenny Kobin" / "Remy Bernarda" / ir@...)."""
        if self.current is None and kind == "detail" and self.head_org and k and self.items[k - 1].kind == "org" and it.phones and not it.emails:
            self.desk = (self.head_org, [clean_phone(p) for p in it.phones])
        if self.current is None:
            self.current = self._start(None)
            if self.head_org and (d := _ORG_DEPARTMENT.match(self.head_org)):
                self.current.organisation, self.current.role = d.group("org"), self.current.role or d.group("dept")
        current, contacts = self.current, self.contacts
        if (current.name is None and current.emails and not current.phones and not it.text and it.emails and not it.phones
                and {e.split("@")[1] for e in it.emails}.isdisjoint(e.split("@")[1] for e in current.emails)):
            # "pr@weride.ai" then "pr.sg@grab.com": each organisation's desk is a contact
            current = self.current = self._start(None)
        phones = [clean_phone(p) for p in it.phones]
        if not (current.phones or current.emails):
            # the people listed right above with nothing of their own: a named contact's details are theirs
            # too ("Joseph Levi, Esq." / "Ed Korsinsky, Esq." / e-mail / phone); under a desk, only its number
            # and its desk address are ("Jenny Kobin" / "Remy Bernarda" / ir@...)
            above = []
            for other in reversed(contacts[:contacts.index(current)]):
                if not other.name or other.phones or other.emails or other.organisation != current.organisation:
                    break
                above.append(other)
            if current.name:
                self.sharers = above
            else:
                desk_emails = [e for e in it.emails if _is_desk_address(e)] if it.emails and all(map(_is_desk_address, it.emails)) else []
                for other in above if phones or desk_emails else ():
                    other.phones += phones
                    other.emails += desk_emails
        for other in self.sharers:
            other.emails += [e for e in it.emails if e not in other.emails]
            other.phones += [p for p in phones if p not in other.phones]
        current.emails += [e for e in it.emails if e not in current.emails]
        current.phones += [p for p in phones if p not in current.phones]


_TEAM = re.compile(r"\b(?:Media|Communications|Relations|Affairs|Team|Office|Desk|Press)$")


def _role_name(raw: str) -> str:
    role = " ".join(raw.split()).strip(" :-")
    role = re.sub(r"^For\s+(?=\w)", "", role, flags=re.I) if not re.match(r"^For (?:more|further)", role, re.I) else role
    # the label as printed without "Contact(s)": "Media Inquiries" stays, as it names the group
    role = re.sub(r"\s+Contacts?$", "", role, flags=re.I)
    role = re.sub(r"\s+Information$", "", role, flags=re.I)  # "Press Information Contact"
    if role.lower() in {"contact", "contacts", "inquiries", "enquiries", "for more information", "for further information"}:
        return None
    if role.isupper() and len(role) > 3:
        role = role.title()  # "MEDIA CONTACT:" -> Media
    return role[:1].upper() + role[1:]


_ORG_THEN_ROLE = re.compile(r"^(?P<org>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s+(?P<role>(?i:investor relations|investors?|media|press))$")
_ROLE_WORDS = {"investor", "investors", "and", "news", "media", "press", "corporate", "company", "financial", "public",
               "relations", "ir", "global", "us", "u.s.", "eu", "international", "external", "internal", "group"}


def split_org_from_role(contact: Contact) -> Contact:
    """"Caterpillar investor relations contact:" labels the organisation and the role at once."""
    m = _ORG_THEN_ROLE.match(contact.role or "")
    if m and not all(w.lower() in _ROLE_WORDS for w in m.group("org").split()):
        contact.role = m.group("role")[:1].upper() + m.group("role")[1:]
        contact.organisation = contact.organisation or m.group("org")
    return contact


_DESK_LOCAL = re.compile(r"^(?:ir|investors?|investor\.?relations|media|press|pr|info|news|communications|comms|contact|enquiries|inquiries)\b", re.I)


def _is_desk_address(email: str) -> bool:
    return bool(_DESK_LOCAL.match(email.split("@", 1)[0]))


def merge_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """One entry per person (or per desk e-mail), keeping the first role and every phone and e-mail."""
    out: list[Contact] = []
    for c in map(split_org_from_role, contacts):
        same = next((o for o in out if (c.name and o.name == c.name) or (not c.name and not o.name and set(c.emails) & set(o.emails))), None)
        last = out[-1] if out else None
        if same is None and last is not None and not c.name and not last.name and c.role == last.role and (
                (last.phones and not last.emails and c.emails and not c.phones) or (last.emails and not last.phones and c.phones and not c.emails)) \
                and c.organisation in (None, last.organisation):
            same = last  # "... Media Relations in Dallas: 214-706-1173;ahacommunications@...": one desk's number and address
        if same is None:
            out.append(c)
            continue
        same.role = same.role or c.role
        same.organisation = same.organisation or c.organisation
        same.emails += [e for e in c.emails if e not in same.emails]
        same.phones += [p for p in c.phones if p not in same.phones]
    return out


_DESK_ROLES = [
    (re.compile(r"^(?:ir|irteam|ir[._-]\w+|investors?|investor[._-]?relations|shareholders?)@", re.I), "Investors"),
    (re.compile(r"^(?:media|press|pr|news|newsroom|communications|comms|corpcomm\w*)(?:[._-]\w+)?@", re.I), "Media"),
]


def _org_of_domain(email: str, organisations: Iterable[str]) -> Optional[str]:
    """The organisation named in the release whose name the address's domain spells
    (`pr@weride.ai` -> "WeRide", `pr.sg@grab.com` -> "Grab"), else None."""
    label = mail_domain(email).split(".")[0]
    if len(label) < 3:
        return None
    for org in organisations:
        words = [w for w in (re.sub(r"[^0-9a-z]", "", w.lower()) for w in org.split()) if w]
        if not words:
            continue
        bare = [w for w in (re.sub(r"[^0-9a-z]", "", w.lower()) for w in _ORG_SUFFIX.sub("", org).split()) if w] or words
        # "WeRide", "United Fire Group, Inc." (unitedfiregroup), "Computer Modelling Group Ltd." (cmgl)
        if label in ("".join(words), "".join(bare), words[0], "".join(w[0] for w in words) if len(words) >= 3 else ""):
            return org
    return None


_TEAM_TITLE = re.compile(r"\b(?:Communications|Relations|Affairs)$")


_GENERIC_TEAM_WORD = {"global", "corporate", "group", "enterprise", "internal", "external", "investor", "media", "public",
                      "strategic", "international", "financial", "marketing", "brand", "product"}


def _is_own_team(org: str, issuer: Optional[str]) -> bool:
    """A team's name ("Global Communications", "IBM Software Communications" in IBM's release), not an agency's."""
    words = org.split()
    if not _TEAM_TITLE.search(org) or len(words) < 2 or _ORG_SUFFIX.search(org):
        return False
    first = words[0].lower().strip(",")
    return first in _GENERIC_TEAM_WORD or bool(issuer and first == issuer.split()[0].lower().strip(","))


def settle_roles(contacts: list[Contact], issuer: Optional[str] = None, organisations: Iterable[str] = ()) -> list[Contact]:
    """A "Company Contact" label says whose contact it is: the organisation is the issuer (the role stays
    "Company", as printed, the way every blind annotator read it); a desk with no label takes the role
    its address says (`irteam@` -> Investors, `media@` -> Media). A desk given by its address alone
    belongs to the organisation of the release (the issuer, or one with an About section) whose name
    its domain spells."""
    organisations = [o for o in ([issuer] if issuer else []) + list(organisations) if o]
    for c in contacts:
        if c.name and c.organisation and not c.title and _is_own_team(c.organisation, issuer):
            # "Jon Piazza, Global Communications", "Sarah Benchaita, IBM Software Communications" (IBM's
            # release): a team of the issuer is the person's title; an agency ("dna Communications",
            # "LifeSci Communications") stays the organisation
            c.title, c.organisation = c.organisation, None
        if not c.name and not c.organisation and c.emails:
            c.organisation = next(filter(None, (_org_of_domain(e, organisations) for e in c.emails)), None)
        if not c.name and not c.organisation and c.role and issuer and c.phones and not c.emails:
            # a number under its label alone ("For Public Inquiries: 1-800-...") is the issuer's desk
            # (an address says whose it is by its domain, above)
            c.organisation = issuer
        if c.role and c.role.lower() in ("company", "corporate"):
            c.organisation = c.organisation or issuer  # "Company Contact:": the issuer's own people (the role as printed)
        if not c.role and not c.name:
            for e in c.emails:
                for pattern, role in _DESK_ROLES:
                    if pattern.match(e):
                        c.role = role
                        break
                if c.role:
                    break
    return contacts


_PROSE_NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+)){1,3}"
_PROSE_CONTACT = re.compile(
    rf"\b(?:contact|call|reach|e-?mail)\s+(?P<name>{_PROSE_NAME})"
    r"(?:,\s*(?P<title>[^,;\n]{3,80}?)\s*,)?(?:\s+(?:of|at|from)\s+(?P<org>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4}))?"
    r"(?:\s+(?:at|on|by (?:phone|telephone) at|by calling|via|by e-?mail at)\s+|,\s+(?=[\w.+-]+@))(?P<rest>.{5,200}?)(?=\.\s|\.?$)",
    re.S,
)


def prose_contacts(text: str) -> list[Contact]:
    """Contacts given in a sentence: `For more information, contact Jane Doe at (555) 123-4567 or
    jdoe@acme.com.`, `please contact Ellen Marsh, Director of Communications, at 503-555-0122`, and an
    organisation's or a team's number (`contact Great Valley Products at ...`: a contact without a name)."""
    out = []
    for m in _PROSE_CONTACT.finditer(text):
        name = m.group("name").strip()
        desk = None
        if not is_person_name(name):
            # "contact Great Valley Products at (215) 337-8770", "contact Investor Relations at ...": a desk
            if re.match(r"^(?:The|A|An|Us|Our|Me|Him|Her|Them)\b", name) or m.group("title") or m.group("org") \
                    or re.search(r"(?i)newswire|\bwire\b|cision|notified", name):  # a wire's own footer
                continue
            desk, name = name, None
        rest = m.group("rest")
        emails = EMAIL.findall(rest)
        phones = [p.group(0) for p in PHONE.finditer(EMAIL.sub("", rest)) if sum(ch.isdigit() for ch in p.group(0)) >= 7]
        if not (emails or phones):
            continue
        org = m.group("org")
        if org and (org in ("The", "A") or (not _ORG_WORDS.search(org) and len(org.split()) > 3)):
            org = None
        if desk is not None:
            role = desk if (_DEPARTMENT.match(desk) or _BARE_ROLE.fullmatch(desk)) else None
            out.append(Contact(role=role, organisation=None if role else desk,
                               phones=[clean_phone(p) for p in phones], emails=emails))
            continue
        out.append(Contact(name=name, title=(m.group("title") or "").strip() or None, organisation=org,
                           phones=[clean_phone(p) for p in phones], emails=emails))
    return out
