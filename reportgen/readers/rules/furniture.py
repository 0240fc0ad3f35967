"""Wire furniture: the lines a wire or a filing wraps around a release, which are never body text.

Each rule names one convention: PR Newswire's trailer (`SOURCE`, `-0-  12/10/2007`, `/CONTACT:`,
`/Photo:`, `/Web site:`, the `(EPCT)` footer, the slug `EPCT-GEN`), logo lines, end marks (`###`,
`-30-`), exhibit and page headers of SEC filings, Dow Jones reprint lines, attachment lists.
"""

from __future__ import annotations

import re
from typing import Optional

RULES: list[tuple[str, re.Pattern]] = [
    ("logo", re.compile(r"^\(?\s*(?:Logo|Photo|Photos|Video|Multimedia|Graphic|Image|Infographic)s?\s*[:\-]\s*\S.*$", re.I)),
    ("source", re.compile(r"^SOURCE:?\s+(?P<value>\S.{0,150})$")),
    ("trailer", re.compile(r"^-0-\s*(?:\*?\s*(?P<value>\d{1,2}/\d{1,2}/\d{2,4}))?.*$")),
    ("contact", re.compile(r"^/\s*CONTACTS?\s*:\s*(?P<value>.*)$", re.I | re.S)),
    ("photo", re.compile(r"^/\s*(?:Photo|Logo|Video|Multimedia)s?\s*:.*$", re.I | re.S)),
    ("website", re.compile(r"^/?\s*(?:Web\s?site|Company News On-Call)\s*:\s*(?P<value>\S+).*$", re.I)),
    ("ticker_footer", re.compile(r"^\((?:[A-Z]{1,6}:\s*)?[A-Z][A-Z0-9.]{0,7}(?:[ ,]+(?:[A-Z]{1,6}:\s*)?[A-Z][A-Z0-9.]{0,7})*\)$")),
    ("attachments", re.compile(r"^Attachments?\s*:?\s*$", re.I)),
    ("slug", re.compile(r"^[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,2}$")),
    ("end", re.compile(r"^(?:#\s*#\s*#|-\s*30\s*-|-?###-?|\*\s*\*\s*\*|\(END\).*|END)$", re.I)),
    ("copyright", re.compile(r"^(?:-\s*-C-|Copyright|\(c\)\s*\d{4}|\u00a9)\s*.*$", re.I)),
    ("exhibit", re.compile(r"^(?:EXHIBIT|Exhibit)\s+\d+(?:\.\d+)?\s*$")),
    ("banner", re.compile(r"^(?:PRESS RELEASES?|NEWS RELEASE|News Release|Press Release|FOR IMMEDIATE RELEASE\.?|For Immediate Release\.?|NEWS|MEDIA RELEASE|Media Release)\s*:?\s*$")),
    ("dj_reprint", re.compile(r"^(?:\(END\)\s+)?Dow Jones Newswires.*$|^.*\d{2}:\d{2} ET \(\d{2}:\d{2} GMT\)$|^Copyright \(c\) \d{4} Dow Jones.*$", re.I)),
    ("trademark", re.compile(r"^\*+\s*\S.*\b(?:trademarks?|registered)\b.*$|^\S.{0,80}\bis a (?:registered )?trademark of\b.*$", re.I)),
]


def classify(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(rule name, captured value) when `text` is a piece of wire furniture, else None."""
    t = text.strip()
    for name, pattern in RULES:
        m = pattern.match(t)
        if m:
            if name == "trademark" and len(t) > 300:
                continue
            value = m.groupdict().get("value")
            return name, value.strip() if value else None
    return None


ATTACHMENT_NAME = re.compile(r"^[^/\\<>|:*?\"]{1,200}\.(?:docx?|rtf|pdf|txt|xlsx?|pptx?|odt|html?)$", re.I)
