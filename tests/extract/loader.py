"""A small, self-contained loader of corpus releases into `Release` for the extraction tests.

The real readers live in reportgen.readers; the extraction tests use this simple one so that their
expectations do not move while the readers are being written. Paragraphs are un-wrapped text.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.model import Release, Section
from reportgen.readers.rules.roles import assign_roles

_HEADING_MD = re.compile(r"^\s*(?:#+\s*|\*\*)(.+?)(?:\*\*)?\s*$")


def _clean_md(text: str) -> str:
    text = re.sub(r"\*{1,3}", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("\\", "")
    return re.sub(r"\s+", " ", text).strip()


def load_markdown(text: str) -> Release:
    front = {}
    if text.startswith("---"):
        end = text.find("\n---", 3)
        head = text[3:end]
        for line in head.splitlines():
            m = re.match(r'(\w+):\s*"(.*)"\s*$', line)
            if m:
                front[m.group(1)] = m.group(2)
        text = text[end + 4:]
    sections = [Section(heading=None)]
    block: list[str] = []

    def flush():
        if not block:
            return
        para = _clean_md(" ".join(block))
        block.clear()
        if not para:
            return
        sections[-1].paragraphs.append(para)

    for line in text.splitlines():
        s = line.strip()
        if not s:
            flush()
            continue
        if re.match(r"^[*+-]\s+|^\s+[*+-]\s+", line):
            flush()
            block.append(re.sub(r"^\s*[*+-]\s+", "", line))
            continue
        if s.startswith("#") or (s.startswith("**") and s.endswith("**") and len(s) < 120
                                 and not block):
            flush()
            sections.append(Section(heading=_clean_md(s.lstrip("#"))))
            continue
        if s.startswith("|"):
            flush()
            continue
        block.append(s)
    flush()
    date = front.get("date", "")[:10] or None
    return Release(headline=front.get("title", ""), release_date=date,
                   sections=assign_roles([s for s in sections if s.paragraphs], None))


def load_wire_text(text: str) -> Release:
    """Plain text: paragraphs separated by blank lines, or by a short line ending a sentence."""
    text = re.sub(r"<PAGE>|</?[A-Z-]+>", "\n", text)
    paragraphs: list[str] = []
    block: list[str] = []
    lines = text.splitlines()
    width = max((len(line.rstrip()) for line in lines), default=80)

    def flush():
        if block:
            p = re.sub(r"\s+", " ", " ".join(block)).strip()
            if p:
                paragraphs.append(p)
            block.clear()

    for line in lines:
        s = line.strip()
        if not s or re.fullmatch(r"-?\s*\d+\s*-?", s):
            flush()
            continue
        if block and block[-1].endswith("-") and not block[-1].endswith(" -"):
            block[-1] = block[-1] + s  # hyphenated line break kept as printed
            continue
        block.append(s)
        if len(line.rstrip()) < width - 12 and re.search(r"[.:\"”)]$", s):
            flush()
    flush()
    return Release(headline=paragraphs[0] if paragraphs else "",
                   sections=[Section(heading=None, paragraphs=paragraphs[1:])])


def load_html(text: str) -> Release:
    import lxml.html

    doc = lxml.html.fromstring(text)
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    paragraphs = []
    tags = ("p", "li", "h1", "h2", "h3", "h4")
    if not doc.xpath("//p"):
        tags = tags + ("div", "td")
    for el in doc.iter(*tags):
        if el.tag in ("div", "td") and el.xpath(".//p|.//div|.//li|.//table"):
            continue
        if el.tag == "li" and el.xpath(".//p"):
            continue
        t = re.sub(r"\s+", " ", el.text_content()).strip()
        if t and (not paragraphs or paragraphs[-1] != t):
            paragraphs.append(t)
    # a container printed with its children: drop the paragraph that repeats two or more others
    paragraphs = [p for p in paragraphs
                  if sum(1 for q in paragraphs if q is not p and len(q) > 20 and q in p) < 2]
    return Release(sections=[Section(heading=None, paragraphs=paragraphs)])


def load(path: Path) -> Release:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".md":
        return load_markdown(raw)
    if path.suffix in (".htm", ".html"):
        return load_html(raw)
    return load_wire_text(raw)
