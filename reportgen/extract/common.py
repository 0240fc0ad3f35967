"""What every extractor shares: which sections give no facts, and which forecasts are not the issuer's."""

from __future__ import annotations

import re

# The safe-harbor notice and other legal notices state no facts of the release (model.Section.role).
SKIPPED_ROLES = ("fls", "legal", "links")


# a forecast the release cites from someone else is no guidance of the company's: "... on track to hit $300
# billion in 2010 (Parks Associates, "Digital Living Forecast," Dec. 2006)", "according to industry research"
THIRD_PARTY_FORECAST = re.compile(r"\baccording to (?:an? |the )?(?:industry|market|independent|third-party) (?:research|report|data|analysts?)\b|\b(?:industry|market) research\b|\bresearch (?:firm|report|house)\b|"
                                  r"\((?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*,\s*[\"\u201c][^\"\u201d]{3,80}[\"\u201d],?\s*"
                                  r"(?:[A-Z][a-z]{2}\.?\s*)?(?:19|20)\d\d\)")
