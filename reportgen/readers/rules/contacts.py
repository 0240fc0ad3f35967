"""Contacts in every shape: PR Newswire's `/CONTACT:` line, labelled blocks one item a line,
comma-separated runs, several labelled groups (Media:, Investors:) and `both of <Org>`."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from reportgen.model import Contact

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"\+\d{1,3}(?:\s?\(0\)\s?\d{1,4})?(?:[\s.-]\(?\d{1,5}\)?){1,5}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\d)|"
    r"\+\d{1,3}[\s.-]?\d{8,12}\b|"
    r"(?:(?:Tel|Phone|Ph|T|Office|Mobile|Cell|M|Direct|Main)\.?\s*[:.]?\s*)?"
    r"(?:\+\s?\d{1,3}[\s.-]?|\b1[\s.-](?=\(?\d{3}))?(?:\(\d{2,4}\)\s?|\d{2,4}[\s./-])\d{2,4}[\s./-]?\d{2,5}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
)
_ROLE_LABEL = re.compile(
    r"^\s*(?P<role>(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Financial Media|"
    r"Company|Corporate|US|U\.S\.|EU|European|Europe|Canada|Asia|International|Trade|Business|"
    r"Medical|Scientific|Partnering|Editorial|Journalists?|Public Relations|PR|Spokesperson|For)\s*){1,3}"
    r"(?:Information\s+)?(?:Contacts?|Inquiries|Enquiries|Relations)?(?:\s+(?:and|&|/)\s+[A-Z][A-Za-z ]{2,25}?)?|Contacts?|For more information|For further information)"
    r"\s*(?:\([^)]*\))?\s*[:\-\u2013]\s*",
    re.I,
)
_CONTACT_HEAD = re.compile(r"^\s*/?\s*(?:Contact Information|CONTACT INFORMATION|Contact Info|CONTACTS?|Contacts?|Enquiries|Inquiries|For (?:more|further) information(?:,? (?:please )?contact)?)\s*:?\s*(?:\n|$|(?<=:)\s*)", re.I)
_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)"
_NAME = re.compile(
    rf"^{_HONORIFIC}?[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z'\u2019\u00C0-\u017F-]+|van|de|von|der|da|di|le)){{1,3}}"
    r"(?:,?\s+(?:Jr\.|Sr\.|III|II|Ph\.?D\.?|M\.?D\.?|MBA|CFA))?$"
)
_ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|AG|SA|S\.A|N\.V|NV|GmbH|AB|ASA|Oyj|"
    r"Group|Associates|Communications|Partners|Healthcare|Health|Advisors|Consulting|Relations|Strategies|"
    r"Pharmaceuticals?|Therapeutics|Biosciences|Bio|Biotech|Holdings|Agency|Media|PR|IR|Capital|Global|"
    r"International|Worldwide|Public|Investor|University|Foundation|Association|Institute|Newswire|Wire|"
    r"Apple|Technologies|Systems|Labs|Laboratories|Solutions|Financial|Bank|Trust|Fund|LifeSci|Gilmartin|"
    r"Advisory|Edelman|Burns|McClellan|Argot|Stern|ICR|Westwicke|FTI|Sard|Kekst|Brunswick|Real Chemistry|Precision|"
    r"Medical|Pharma|Energy|Robotics|Analytics|Software|Networks|Motors|Foods|Minerals|Resources|Metals|Mining|Logistics|"
    r"Bancorp|Chemicals?|Aerospace|Dental|Law|LLP|Outdoor|Power|Data|Sciences|Diagnostics|Devices|Industries)\b"
)
_TITLE_WORDS = re.compile(
    r"\b(?:President|Director|Officer|Manager|VP|SVP|EVP|Vice|Head|Chief|CEO|CFO|COO|Chairman|Chair|"
    r"Senior|Principal|Associate|Specialist|Coordinator|Lead|Executive|Counsel|Secretary|Treasurer|"
    r"Spokesperson|Spokesman|Spokeswoman|Analyst|Founder|Partner|Managing)\b"
)
_TITLE_WORDS_CI = re.compile(_TITLE_WORDS.pattern, re.I)
_ORG_ROLE_LABEL = re.compile(
    r"^(?P<org>[A-Z0-9][\w&.'\u2019 -]{0,40}?)\s+(?P<role>Media|Press|Investors?|Investor Relations|IR|Analyst)?\s*(?:Contacts?|Inquiries|Enquiries)\s*:?$"
)
_BARE_ROLE = re.compile(
    r"(?:Media|Press|Investors?|Investor Relations|Media Relations|IR|Analysts?|Public Relations)(?:\s+(?:and|&|/)\s+(?:Media|Investors?|Press|Analysts?))?(?:\s+(?:Contacts?|Inquiries))?",
    re.I,
)
_ORG_SUFFIX = re.compile(r"\b(?:Inc|LLC|Ltd|Corp|Corporation|Co|plc|PLC|AG|N\.V|S\.A|GmbH)\b\.?")
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
_ORG_PREFIX = re.compile(r"^(?:(?:or|and)\s+)?(?P<org>[A-Z][\w&.,'\u2019 -]{2,60}?):\s+(?=[A-Z])")
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
    return org


def _is_region_label(text: str) -> bool:
    from reportgen.readers.rules.dateline import COUNTRIES

    t = text.strip(" :").lower()
    return t in COUNTRIES or t in {"u.s.", "us", "usa", "u.s.a.", "europe", "asia", "north america", "emea", "apac", "global"}


_PARTICLES = {"van", "de", "von", "der", "den", "da", "di", "le", "la", "del", "della", "dos", "das", "du", "des", "ten", "ter", "bin", "al", "y", "e"}
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*)$")
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr\.|Sr\.|III|II|Ph\.?\s?D\.?|M\.?D\.?|MBA|CFA|P\.Eng\.?|P\.Geo\.?)$")


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


def _clean_phone(p: str) -> str:
    p = re.sub(r"^(?:Tel|Phone|Ph|T|Office|Mobile|Cell|M|Direct|Main)\.?\s*[:.]?\s*", "", p.strip(), flags=re.I)
    return p.strip(" .,;")


_SAME_DESK = "\x00same "


def _items_of(text: str) -> list[str]:
    """Split a run of contact text into items: lines, then commas (keeping 'Inc.' with its name)."""
    items = []
    multiline = "\n" in text.strip()
    for line in text.split("\n"):
        if multiline and not (EMAIL.search(line) or PHONE.search(line)):
            # one item a line: "Vice President, Investor Relations" is one title
            if line.strip(" \t,;"):
                names = [n.strip() for n in line.strip(" \t,;").split(" / ")]
                if items and re.search(r"\s(?:and|of|&)$", items[-1]) and _TITLE_WORDS_CI.search(items[-1]):
                    items[-1] += " " + line.strip(" \t,;")  # "Executive Vice President and" / "Chief Financial Officer"
                elif len(names) > 1 and all(is_person_name(n) for n in names):
                    items.append(names[0])
                    items += [_SAME_DESK + n for n in names[1:]]
                else:
                    items.append(line.strip(" \t,;"))
            continue
        both = re.search(r"\b(?:both|all|each) (?:of|at|with) .+$", line)
        tail = both.group(0) if both else None
        if both:
            line = line[: both.start()]
        for piece in re.split(r",\s+(?!(?:Inc|Ltd|LLC|Jr|Sr|Ph\.?D|M\.?D|L\.P|P\.C)\b)|\s+\|\s+|\s{3,}", line) + ([tail] if tail else []):
            piece = piece.strip(" \t,;")
            names = [n.strip() for n in piece.split(" / ")]
            if len(names) > 1 and all(is_person_name(n) for n in names):
                # "James Harris / Richard Tulloch": two people of one desk, who share its number
                items.append(names[0])
                items += [_SAME_DESK + n for n in names[1:]]
            elif len(names) > 1:
                items += [n for n in names if n]  # "Jane Roe / LifeSci Advisors / +1 ...": one item each
            elif piece:
                items.append(piece)
    return items


_GLUED_EMAIL = re.compile(r"\d(?=[A-Za-z][\w.+-]*@)")


def unglue(text: str) -> str:
    """A contact block whose line breaks a converter lost ("Media RelationsMary HeatherTel: +1
    914-847-8650mary.heather@regeneron.com"): a phone glued to an e-mail is the sign; the breaks go
    back before each e-mail, `Tel:` and capitalised word glued to a lower-case letter."""
    if not _GLUED_EMAIL.search(text):
        return text
    text = _GLUED_EMAIL.sub(lambda m: m.group(0) + "\n", text)
    text = re.sub(r"(?<=[a-z:])(?=(?:Tel|Phone|Email|E-mail)\s*:)", "\n", text)
    text = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", "\n", text)
    return re.sub(r"(?<=:)(?=[A-Z])", "\n", text)


def parse_contacts(text: str, default_role: Optional[str] = None) -> list[Contact]:
    """Contacts from a contact paragraph or block (newlines separate items where the source had lines)."""
    text = unglue(text)
    text = re.sub(r"\s*\((?:she|he|they|ze|xe|ey)/\w+(?:/\w+)?\)", "", text, flags=re.I)  # pronouns
    # a label in brackets: "[Press Information Contact:]"
    text = re.sub(r"(?m)^[ \t]*\[([^\]\n]{3,60})\][ \t]*$", r"\1", text)
    text = _CONTACT_HEAD.sub("", text.strip(), count=1)
    text = text.strip().rstrip("/").strip()
    contacts: list[Contact] = []
    # groups: ';' separates them on one line; a role label opens a new group
    groups: list[tuple[Optional[str], str]] = []
    for chunk in re.split(r";\s*|\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        om = _ORG_PREFIX.match(chunk)
        if om and not _ROLE_LABEL.match(om.group("org") + ":") and not _ORG_ROLE_LABEL.match(om.group("org") + ":") and (_ORG_WORDS.search(om.group("org")) or (len(om.group("org").split()) >= 2 and "\n" not in om.group(0))):
            # "Redwood Community Bancorp: Steven L. Park, Chief Financial Officer, ..." (or "or Acme, Inc.: ..."); on a
            # line of its own, words with no organisation word ("Patient Advocacy:") are a group's label
            groups.append((None, "\x00ORG " + om.group("org").strip()))
            chunk = chunk[om.end():]
        m = _ROLE_LABEL.match(chunk)
        role = None
        if m and not EMAIL.match(chunk):
            role = _role_name(m.group("role"))
            chunk = chunk[m.end():]
        groups.append((role, chunk))
    role = default_role
    org_prefix: Optional[str] = None
    for label, chunk in groups:
        if label:
            role = label
        group: list[Contact] = []
        current: Optional[Contact] = None
        pending_org: Optional[str] = None
        label_org: Optional[str] = None  # the company whose labelled block this is ("Acme Contacts:")
        # an organisation's line with its number ("Aldgate Copper plc    +44 ..."): the people listed
        # under it share the number (a UK "Enquiries" block)
        desk: Optional[tuple[str, list[str]]] = None
        if chunk.startswith("\x00ORG "):
            org_prefix = chunk[len("\x00ORG "):]
            continue
        items = _items_of(chunk)
        if org_prefix:
            pending_org = label_org = org_prefix
            org_prefix = None
        for k_item, item in enumerate(items):
            if item.startswith(_SAME_DESK) and current is not None:
                current = Contact(name=item[len(_SAME_DESK):], role=current.role, organisation=current.organisation,
                                  phones=list(current.phones))
                group.append(current)
                continue
            # "or Bruce Voss", "and Jane Doe"
            item = re.sub(r"^(?:or|and)\s+", "", item)
            if item.lower() in ("or", "and", "/"):
                continue
            title_goes_on = (current is not None and current.title and not (current.phones or current.emails)
                             and not item.endswith(":") and k_item and items[k_item - 1].strip(" ,") == current.title
                             and _DEPARTMENT.match(item.strip()))
            if _BARE_ROLE.fullmatch(item.strip(" :")) and not title_goes_on and (current is None or current.phones or current.emails or current.title):
                role = _role_name(item.strip(" :"))  # a bold "Investors" above the people
                # the organisation named right above the desk ("Acme, Inc." / "Investor Relations") stays
                current, pending_org = None, (pending_org if current is None else label_org)
                continue
            ol = None if _ROLE_LABEL.match(item) else _ORG_ROLE_LABEL.match(item)
            if ol and not EMAIL.search(item):
                # "Solventum Media Contact", "3M Investor Contacts:": an organisation's labelled group
                org = ol.group("org").strip(" ,")
                if re.fullmatch(r"(?:News|Investors?|Media|Press|Company|Corporate|Financial|Analyst)(?: (?:Media|Relations))?", org):
                    role = _role_name(f"{org} {ol.group('role') or ''}".strip())  # "News Media Contact"
                else:
                    role = _role_name(ol.group("role")) if ol.group("role") else None
                    pending_org = label_org = org or None
                current = None
                continue
            if (item.endswith(":") and 1 <= len(item.split()) <= 4 and not re.search(r"[\d@]", item)
                    and not re.match(r"^(?:e-?mail|tel|telephone|phone|fax|mobile|cell|office|web(?:site)?|m|t|e)\s*:$", item, re.I)
                    and not _ORG_WORDS.search(item) and not _ROLE_LABEL.match(item)):
                role = _role_name(item[:-1])  # "Patient Advocacy:", "Analysts & Investors:": the group's label
                current, pending_org = None, label_org
                continue
            lm = _ROLE_LABEL.match(item)
            if lm and item[lm.end():].strip() and not EMAIL.match(item):
                role = _role_name(lm.group("role"))
                item = item[lm.end():].strip()
                current = None
            elif lm and not item[lm.end():].strip():
                role = _role_name(lm.group("role"))
                # a label opens a new group of people; an organisation named right above it stays
                current, pending_org = None, (pending_org if current is None else label_org)
                continue
            both = _BOTH_OF.match(item)
            if both:
                for c in contacts + group:
                    c.organisation = c.organisation or clean_org(both.group("org"))
                continue
            emails = EMAIL.findall(item)
            rest = EMAIL.sub("", item).strip()
            phones = [m.group(0) for m in PHONE.finditer(rest) if sum(ch.isdigit() for ch in m.group(0)) >= 7]
            for p in phones:
                rest = rest.replace(p, "")
            rest = re.sub(r"^(?:e-?mail|email|tel|phone|mobile|cell|office|or|and)\s*:?\s*$|^(?:e-?mail|email|tel|phone|mobile|cell|office)\.?\s*:?\s*", "", rest.strip(" :,;-/"), flags=re.I).strip(" :,;-/")
            title_of = _TITLE_OF_ORG.match(rest) if current is not None and not current.title and not (emails or phones) else None
            title_of = title_of or (_TITLE_OF_ORG.match(rest) if current is not None and current.title and not current.organisation
                                    and not (emails or phones) and k_item and items[k_item - 1].strip(" ,") == current.title else None)
            if title_of and current.title and _DEPARTMENT.match(title_of.group("title").strip(" ,")) and not _DEPARTMENT.match(title_of.group("org")):
                current.title += ", " + title_of.group("title").strip(" ,")
                current.organisation = clean_org(title_of.group("org"))
                continue
            if title_of and current.title:
                title_of = None
            if title_of and _DEPARTMENT.match(title_of.group("title").strip(" ,")) and not _DEPARTMENT.match(title_of.group("org")):
                # "Corporate Communications of Kanto Precision": the desk and its organisation
                current.title = title_of.group("title").strip(" ,")
                current.organisation = current.organisation or clean_org(title_of.group("org"))
                continue
            if title_of and _DEPARTMENT.match(title_of.group("org")):
                current.title = rest  # "Vice President of Investor Relations": a title only
                continue
            if title_of and _TITLE_WORDS.search(title_of.group("title")):
                # "Chief Financial Officer of Meridian Bank Holdings, Inc.": a title and the organisation
                current.title = title_of.group("title").strip(" ,")
                current.organisation = current.organisation or clean_org(title_of.group("org"))
                continue
            if len(rest.split()) >= 8 or re.search(r"\b(?:visit|call|please|write to)\b", rest, re.I):
                continue  # a sentence after the contacts ("For more, visit ... or call ..."), not a contact
            name_title = _NAME_TITLE.match(rest) if rest else None
            if name_title and is_person_name(name_title.group("name")) and (_TITLE_WORDS.search(name_title.group("title")) or re.search(r"\b(?:Relations|Communications)\b", name_title.group("title"))) and (
                    current is not None and current.name is None and current.phones and not current.emails and group
                    and group[-1] is current and pending_org and current.organisation == pending_org):
                # "Aldgate Copper plc    Tel: +44 ..." / "Simon Thackeray, Chief Executive": the person of the desk
                current.name, current.title = name_title.group("name"), name_title.group("title").strip(" ,")
                rest = ""
            elif name_title and is_person_name(name_title.group("name")) and (_TITLE_WORDS.search(name_title.group("title")) or re.search(r"\b(?:Relations|Communications)\b", name_title.group("title"))):
                current = Contact(name=name_title.group("name"), role=role, title=name_title.group("title").strip(" ,"),
                                  organisation=pending_org, phones=list(desk[1]) if desk and pending_org == desk[0] and not (emails or phones) else [])
                group.append(current)
                rest = ""
            if rest:
                of = _OF_ORG.match(rest)
                if of and is_person_name(of.group("name")):
                    current = Contact(name=of.group("name").strip(), role=role, organisation=clean_org(of.group("org")))
                    group.append(current)
                elif (current is not None and current.name and not (current.phones or current.emails or current.title or current.organisation)
                      and not (emails or phones) and is_person_name(rest) and k_item + 1 < len(items)
                      and (EMAIL.search(items[k_item + 1]) or PHONE.search(items[k_item + 1]))):
                    # "Rob Delaney" / "Inizio Evoke" / phone: the agency under the person's name
                    current.organisation = rest
                elif (is_person_name(rest) and len(rest.split()) >= 3 and not re.search(r"\s[A-Z]\.\s", rest)
                      and (current is None or current.phones or current.emails) and k_item + 2 < len(items)
                      and is_person_name(items[k_item + 1]) and (EMAIL.search(items[k_item + 2]) or PHONE.search(items[k_item + 2]))):
                    # "Padilla Speer Beardsley" / "Nancy Rand" / phone: a name-like line above a person is the agency
                    pending_org, current = rest, None
                elif (is_person_name(rest) and current is not None and current.name is None and current.phones
                      and not current.emails and group and group[-1] is current and current.organisation == pending_org and pending_org):
                    # "Aldgate Copper plc    Tel: +44 ..." / "Simon Thackeray, Chief Executive": the person of the desk
                    current.name = rest
                elif is_person_name(rest) or _name_above_agency(rest, items[k_item + 1] if k_item + 1 < len(items) else "", current):
                    current = Contact(name=rest, role=role, organisation=pending_org,
                                      phones=list(desk[1]) if desk and pending_org == desk[0] and not (emails or phones) else [])
                    group.append(current)
                elif not (emails or phones) and current is not None and current.organisation and (current.emails or current.phones) and re.fullmatch(
                        r"(?P<org>[A-Z][\w&.,' -]{2,60}?)\s*\((?P<what>[A-Z][\w ]{2,30})\)", rest):
                    ow = re.fullmatch(r"(?P<org>[A-Z][\w&.,' -]{2,60}?)\s*\((?P<what>[A-Z][\w ]{2,30})\)", rest)
                    pending_org, current = ow.group("org"), None
                elif not (emails or phones) and current is not None and current.organisation and (current.emails or current.phones) and (
                    _ORG_WORDS.search(rest) or (len(rest.split()) <= 3 and rest[:1].isupper() and not _TITLE_WORDS.search(rest))
                ):
                    # the next agency's name after a finished contact: it opens the next group
                    pending_org, current = rest, None
                elif _is_region_label(rest):
                    pending_org, current = None, None  # "Australia" / "U.S.": a group of contacts by region
                elif current is None and not (emails or phones) and (_ORG_WORDS.search(rest) or (len(rest.split()) <= 3 and rest[:1].isupper())):
                    # the agency named above its people: "LifeSci Advisors, LLC" / "Brian Ritchie"; what it is
                    # for the issuer in brackets goes ("Strand Hanson Limited (Financial Adviser)")
                    pending_org = re.sub(r"\s*\((?:Joint\s+)?(?:[A-Z][\w]*\s+){0,2}(?:Adviser|Advisor|Broker|Bookrunner|PR|Nomad|Relations)\)$", "", rest)
                elif (current is not None and current.title and not current.organisation and not (emails or phones)
                      and _DEPARTMENT.match(rest) and k_item and items[k_item - 1].strip(" ,") == current.title):
                    current.title += ", " + rest  # "Claire Dubois, Director, Communications, 613-..."
                elif current is not None and not current.title and (_TITLE_WORDS.search(rest) or (rest.islower() and _TITLE_WORDS_CI.search(rest)) or re.fullmatch(r"(?:Investor|Media|Public|Corporate) (?:Relations|Communications)", rest)) and not _ORG_SUFFIX.search(rest):
                    current.title = rest
                elif current is not None and not current.organisation and not re.search(r"https?://|www\.", rest):
                    dept = _ORG_DEPARTMENT.match(rest)
                    if dept and not current.role:
                        # "Oracle Investor Relations": the organisation and the desk it is
                        current.organisation, current.role = dept.group("org"), dept.group("dept")
                    else:
                        current.organisation = rest
                elif current is None and (emails or phones):
                    # an unnamed desk: "Media Relations, +1 ..., press@x.com"
                    current = Contact(name=None, role=role, organisation=rest)
                    group.append(current)
            if (emails or phones) and current is None:
                org, desk_role = pending_org, role
                dept = _ORG_DEPARTMENT.match(pending_org or "")
                if dept:
                    org, desk_role = dept.group("org"), role or dept.group("dept")
                current = Contact(name=None, role=desk_role, organisation=org)
                group.append(current)
                desk = (pending_org, [_clean_phone(p) for p in phones]) if pending_org and phones and not emails else None
            elif (phones and current is not None and not current.phones and not current.emails and len(group) >= 2
                  and group[-1] is current and group[-2].name and not (group[-2].phones or group[-2].emails)
                  and group[-2].organisation == current.organisation and group[-2].title and current.title):
                # "Elaine M. Hart, CEO" / "Robert Li, CFO" / one phone: the phone of both
                group[-2].phones += [_clean_phone(p) for p in phones]
            if current is not None:
                current.emails += [e for e in emails if e not in current.emails]
                current.phones += [_clean_phone(p) for p in phones if _clean_phone(p) not in current.phones]
        contacts.extend(group)
        if pending_org and (not group or group[-1].organisation != pending_org
                            or re.sub(r"^(?:or|and)\s+", "", items[-1].strip()).startswith(pending_org)):
            org_prefix = pending_org  # a paragraph ending in an organisation's name: its people follow
    return [c for c in contacts if c.name or c.emails or c.phones]


def _name_above_agency(text: str, following: str, current: Optional[Contact]) -> bool:
    """`Patti Bank` above `ICR Healthcare`: a two-word name whose surname is also an organisation
    word, on its own line right above an agency's name, starting a new contact."""
    if current is not None and not (current.emails or current.phones):
        return False
    words = text.split()
    if len(words) != 2 or not _looks_like_name(text) or _TITLE_WORDS.search(text) or _ORG_WORDS.search(words[0]):
        return False
    f = following.strip()
    return bool(_ORG_WORDS.search(f)) and not EMAIL.search(f) and not re.search(r"\b(?:Relations|Communications|Affairs)$", f)


def _role_name(raw: str) -> str:
    role = " ".join(raw.split()).strip(" :-")
    role = re.sub(r"^For\s+(?=\w)", "", role, flags=re.I) if not re.match(r"^For (?:more|further)", role, re.I) else role
    role = re.sub(r"\s+(?:Contacts?|Inquiries|Enquiries)$", "", role, flags=re.I)
    role = re.sub(r"\s+Information$", "", role, flags=re.I)  # "Press Information Contact"
    if role.lower() in {"contact", "contacts", "for more information", "for further information"}:
        return None
    if role.isupper() and len(role) > 3:
        role = role.title()  # "MEDIA CONTACT:" -> Media
    return role[:1].upper() + role[1:]


def merge_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """One entry per person (or per desk e-mail), keeping the first role and every phone and e-mail."""
    out: list[Contact] = []
    for c in contacts:
        same = next((o for o in out if (c.name and o.name == c.name) or (not c.name and not o.name and set(c.emails) & set(o.emails))), None)
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


def settle_roles(contacts: list[Contact], issuer: Optional[str] = None) -> list[Contact]:
    """A "Company Contact" label says whose contact it is, not what for: the organisation is the
    issuer and the role is left open, unless the desk's address says it (`irteam@` -> Investors,
    `media@` -> Media)."""
    for c in contacts:
        if c.role and c.role.lower() in ("company", "corporate"):
            c.role = None
            c.organisation = c.organisation or issuer
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
    r"\s+(?:at|on|by (?:phone|telephone) at|by calling|via|by e-?mail at)\s+(?P<rest>.{5,200}?)(?=\.\s|\.?$)",
    re.S,
)


def prose_contacts(text: str) -> list[Contact]:
    """Contacts given in a sentence: `For more information, contact Jane Doe at (555) 123-4567 or
    jdoe@acme.com.`, `please contact Ellen Marsh, Director of Communications, at 503-555-0122`."""
    out = []
    for m in _PROSE_CONTACT.finditer(text):
        name = m.group("name").strip()
        if not is_person_name(name):
            continue
        rest = m.group("rest")
        emails = EMAIL.findall(rest)
        phones = [p.group(0) for p in PHONE.finditer(EMAIL.sub("", rest)) if sum(ch.isdigit() for ch in p.group(0)) >= 7]
        if not (emails or phones):
            continue
        org = m.group("org")
        if org and (org in ("The", "A") or not _ORG_WORDS.search(org) and len(org.split()) > 3):
            org = None
        out.append(Contact(name=name, title=(m.group("title") or "").strip() or None, organisation=org,
                           phones=[_clean_phone(p) for p in phones], emails=emails))
    return out
