"""7. Trademarks marked in the text (Ceplene(TM), Azixa(R)), after those named in notices; 8. the
attachments the release lists (read_release resolves and reads them)."""

from __future__ import annotations

from reportgen.model import Attachment
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.rules.trademarks import marked_trademarks


def find_trademarks(d: Draft) -> None:
    d.release.trademarks = marked_trademarks(d.all_text, d.release.trademarks)


def list_attachments(d: Draft) -> None:
    d.release.attachments = [Attachment(filename=n) for n in dict.fromkeys(d.attachment_names)]
