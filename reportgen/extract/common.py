"""What every extractor shares: which sections give no facts."""

from __future__ import annotations

# The safe-harbor notice and other legal notices state no facts of the release (model.Section.role).
SKIPPED_ROLES = ("fls", "legal", "links")
