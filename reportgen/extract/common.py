"""Small shared predicates for the rule modules."""

from __future__ import annotations

import re
from typing import Optional

_BOILERPLATE_RE = re.compile(r"forward[- ]looking|safe harbor|cautionary|disclaimer|about\s+[A-Z]", re.I)


def is_forward_looking(heading: Optional[str]) -> bool:
    return bool(heading and re.search(r"forward[- ]looking|safe harbor|cautionary|disclaimer", heading, re.I))


def is_about(heading: Optional[str]) -> bool:
    return bool(heading and re.match(r"\s*about\b", heading, re.I))
