"""1. Furniture out, remembering what it says: the SOURCE line, the trailer's date, a website, the
wire's contact line, the release date, the slug, trademark notices, the attachment list; a wire's
footer or the end of a web page's release ends the release."""

from __future__ import annotations

from typing import Optional

from reportgen.readers.assemble.draft import Draft, text_of
from reportgen.readers.blocks import Block
from reportgen.readers.rules import filing, furniture
from reportgen.readers.rules.dateline import match_dateline, wire_name
from reportgen.readers.rules.dates import iso_date, trailer_date
from reportgen.readers.rules.trademarks import trademark_of_notice
from reportgen.readers.rules.urls import homepage


def take_out_furniture(d: Draft) -> None:
    start, end = _release_in_filing(d)
    seen_dateline = False
    skip_next: Optional[str] = None  # "provided_by" / "signature": the block after the label goes with it
    in_attachments = False
    not_the_release: set[int] = set()  # a wire's pointer to its own copy, a copyright line: their addresses are not the release's
    media_links = False  # "Photos accompanying this announcement are available at" over the addresses, a line each
    for k, b in enumerate(d.blocks[start:end], start):
        if media_links and furniture.is_bare_address(b.text):
            d.note(b, "furniture: logo (the wire's link to a photo, under its label)")
            not_the_release.add(k)
            d.all_text = text_of(d.blocks[start:end], {i - start for i in not_the_release})
            continue
        media_links = False
        if not seen_dateline and b.kind not in ("table", "heading") and match_dateline(b.text):
            seen_dateline = True
        if skip_next is not None:
            rule, skip_next = skip_next, None
            if furniture.goes_with_label(rule, b):
                d.note(b, f"furniture: {rule.replace('_', ' ')} (the line under its label)")
                continue
        if in_attachments:
            names = furniture.attachments_from([b])
            if names or b.kind == "item":
                # a file name, or a wire's list of attached images ("* MDA - New FDA Treatment ...")
                d.attachment_names += names
                d.note(b, "attachment list")
                continue
            in_attachments = False  # what follows the list (a contact block) is the release again
        kind = furniture.classify(b.text) if b.kind != "table" else None
        if kind is None:
            d.kept.append(b)
            continue
        name, value = kind
        d.note(b, f"furniture: {name.replace('_', ' ')}")
        if name in ("wire_footer", "archive_trailer") or (name == "page_end" and seen_dateline):
            # what follows is the wire's (its address block, its archive, its codes), the archive's
            # (the sites that picked the release up), or the site's (nor are its addresses the release's)
            if name == "wire_footer":
                d.wire_hint = furniture.WIRE_OF_FOOTER.get(value or "", d.wire_hint)
            d.all_text = text_of(d.blocks[start:k], {i - start for i in not_the_release})
            d.note(d.blocks[k + 1:end], "after the release's end: " + {"wire_footer": "the wire's footer",
                                                                    "archive_trailer": "the archive's links"}.get(
                name, "the page around the release"))
            break
        if name in furniture.NOT_THE_RELEASES_ADDRESSES:
            not_the_release.add(k)
            media_links = name == "logo" and not furniture.is_bare_address(b.text.split()[-1])
            d.all_text = text_of(d.blocks[start:end], {i - start for i in not_the_release})
        if name == "attachments":
            in_attachments = True
        elif name in ("provided_by", "signature"):
            skip_next = name
        else:
            _remember(d, name, value, b)


def _release_in_filing(d: Draft) -> tuple[int, int]:
    """The blocks of the release (all of them, unless the file is a filing that quotes it)."""
    span = filing.embedded_release(d.blocks)
    if span is None:
        return 0, len(d.blocks)
    start, end = span
    d.note(d.blocks[:start], "furniture: the filing's cover page and item")
    d.note(d.blocks[end:], "furniture: the filing's signatures and exhibits")
    d.all_text = "\n".join(b.text for b in d.blocks[start:end])
    return start, end


def _remember(d: Draft, name: str, value: Optional[str], b: Block) -> None:
    """What a piece of furniture says about the release; logo, photo, end, copyright, exhibit,
    banner, dj_reprint, ticker_footer and the like say nothing and are dropped."""
    if name == "eqs_header" and value:
        d.wire_hint = "EQS"
    if name == "wire_banner" and value:
        d.wire_hint = d.wire_hint or wire_name(value)
    if name == "source" and value:
        d.release.source = value
    elif name == "trailer":
        d.trailer_date = trailer_date(value) or d.trailer_date
        # "-0-  8/8/94 /CONTACT: Greg Jarboe of Ziff-Davis Publishing, 617-393-3313/": the contact line on the trailer's
        at = b.text.upper().find("/CONTACT")
        rest = furniture.classify(b.text[at:]) if at > 0 else None
        if rest and rest[0] == "contact":
            _remember(d, *rest, b)
    elif name == "contact":
        d.contact_texts.append(value or "")
    elif name == "website" and value:
        d.website = homepage(value)
    elif name in furniture.DATED_KINDS:
        d.date = d.date or iso_date(value or "")
        if name == "release_line":
            m = furniture.RELEASE_LINE.match(b.text.strip())
            d.issuer_hint = d.issuer_hint or (m.group("company").strip(" ,") if m else None)
    elif name == "slug":
        d.release.slug = b.text.strip()
    elif name == "trademark":
        mark = trademark_of_notice(b.text)
        if mark and mark not in d.release.trademarks:
            d.release.trademarks.append(mark)
