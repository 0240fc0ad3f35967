"""People: name, credentials, title, organisation and roles in the release (quoted, presenter, contact)."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Person
from reportgen.text.lexicon import MONTH_FULL
from reportgen.text.sentences import SentenceIndex

from .common import SKIPPED_ROLES

NAME = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?:\s+[A-Z]\.)*"
        r"(?:\s+(?:van\s+|de\s+|von\s+|da\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*){1,2}")
CRED = (r"(?:,?\s*(?:M\.D\.|Ph\.D\.|MD|PhD|MBA|PharmD|Pharm\.D\.|DVM|RN|MPH|MSc|DSc|FRCPC?|FACP|FACC|JD|"
        r"CPA|DrPH|MBBS|BSc|MS|FRCP|FRACP|FAAN|FASCO|MBChB)\b\.?)+")
_VERB = r"(?:said|says|stated|states|remarked|added|adds|commented|comments|noted|notes|explained|concluded|continued)"
_QUOTED_AFTER_RE = re.compile(
    rf"\b{_VERB}\s+(?P<name>{NAME})(?P<cred>{CRED})?(?:,\s+(?P<title>[^.\"”“;]{{3,160}}?))?(?=\s*[.\"”;]|,\s*[\"“]|$)")
_QUOTED_BEFORE_RE = re.compile(
    rf"(?:^|[\"”]\s*|\.\s+)(?P<name>{NAME})(?P<cred>{CRED})?,\s+(?P<title>[^\"“”]{{3,160}}?),?\s+"
    rf"(?:{_VERB}|delivered|presented|will\s+present)\b")
_PRESENTED_BY_RE = re.compile(
    rf"\bpresented\s+by\s+(?P<name>{NAME})(?P<cred>{CRED})?(?:,?\s+(?:from|of|at)\s+(?:the\s+)?(?P<org>[^.;]+?))?"
    r"(?=\s+in\s+a\s+|\s+at\s+the\s+|[.;]|$)")
_SHORT_REF_RE = re.compile(rf"\b(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+(?P<last>[A-Z][a-z]+)\s*,?\s+{_VERB}\b")
_ORG_HINT = re.compile(r"\b(?:University|Institute|Hospital|Center|Centre|Inc|Corporation|Company|Clinic|School|"
                       r"College|Foundation|Department|Program|Laboratories|Therapeutics|Pharma\w*|Bio\w*)\b")
_NOT_NAME = re.compile(r"\b(?:The|This|These|Phase|Company|Annual|Meeting|Data|Study|Trial|Forward|According|In|On|At|"
                       rf"For|By|During|{MONTH_FULL}|Therapeutics|Pharma|Inc|Corporation)\b")


def _split_title(title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if not title:
        return None, None
    title = re.sub(r"\s+", " ", title).strip(" ,")
    m = re.search(r"\s+at\s+(?:the\s+)?(?P<org>[A-Z].+)$", title)
    if m:
        return title[:m.start()].strip(" ,"), m.group("org").strip(" ,")
    m = re.search(r"\s+(?:of|for)\s+(?:the\s+)?(?P<org>[A-Z].+)$", title)
    if m and not re.match(r"(?:Medicine|Surgery|Research|Operations|Development|Finance|Marketing)$", m.group("org")):
        return title[:m.start()].strip(" ,"), m.group("org").strip(" ,")
    m = re.match(r"(?P<t>.+?),\s+(?P<org>[A-Z].*)$", title)
    if m and _ORG_HINT.search(m.group("org")):
        return m.group("t"), m.group("org")
    return title, None


def _cred(c: Optional[str]) -> list[str]:
    if not c:
        return []
    return [x.strip() for x in re.split(r",\s*|\s+", c.strip(" ,")) if x.strip()]


def _clean_name(n: str) -> str:
    return re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+", "", n.strip())


def extract_people(index: SentenceIndex, contact_names: list[str]) -> list[Person]:
    """People named in the body: quoted, presenting, or listed as contacts (`contact_names` are the
    release's contacts, found outside the body paragraphs)."""
    people: dict[str, dict] = {}

    def add(name: str, role: str, s, cred=None, title=None, org=None):
        name = _clean_name(name)
        if _NOT_NAME.search(name) or len(name.split()) < 2:
            return
        p = people.get(name)
        if p is None:
            p = people[name] = {"name": name, "credentials": _cred(cred), "title": title, "organisation": org,
                                "roles": [], "source": s.span()}
        if role not in p["roles"]:
            p["roles"].append(role)
        p["title"] = p["title"] or title
        p["organisation"] = p["organisation"] or org
        for c in _cred(cred):
            if c not in p["credentials"]:
                p["credentials"].append(c)

    sentences = index.outside(*SKIPPED_ROLES)
    for s in sentences:
        contact = s.role == "contacts" or \
            bool(re.match(r"(?:Media|Investor|Press)?\s*(?:Contacts?|Relations)\s*:", s.text, re.I))
        for m in _QUOTED_AFTER_RE.finditer(s.text):
            title, org = _split_title(m.group("title"))
            add(m.group("name"), "quoted", s, m.group("cred"), title, org)
        for m in _QUOTED_BEFORE_RE.finditer(s.text):
            title, org = _split_title(m.group("title"))
            verb = s.text[m.end("title"):m.end()]
            role = "presenter" if re.search(r"deliver|present", verb) else "quoted"
            add(m.group("name"), role, s, m.group("cred"), title, org)
        for m in _PRESENTED_BY_RE.finditer(s.text):
            org = m.group("org").strip() if m.group("org") else None
            add(m.group("name"), "presenter", s, m.group("cred"), None, org)
        if contact:
            for m in re.finditer(rf"(?P<name>{NAME})(?P<cred>{CRED})?", s.text):
                if not _ORG_HINT.search(m.group("name")):
                    add(m.group("name"), "contact", s, m.group("cred"))
    for s in sentences:
        for m in _SHORT_REF_RE.finditer(s.text):
            last = m.group("last")
            for p in people.values():
                if p["name"].split()[-1] == last and "quoted" not in p["roles"]:
                    p["roles"].append("quoted")
    # contacts listed outside the body paragraphs: mark people found in the body
    for name in contact_names:
        if name in people and "contact" not in people[name]["roles"]:
            people[name]["roles"].append("contact")
    return [Person(**p) for p in people.values()]
