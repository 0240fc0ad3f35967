"""General rules added after round 8 (the residual misses of rounds 1-8 read as families), each on
text of its own."""

from __future__ import annotations

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)))


_LEAD = ("Harbor Lights Ships Its New Beacon\n\n"
         "PORTLAND, Maine, March 3, 2025 /PRNewswire/ -- Harbor Lights Inc. today shipped its beacon. "
         "Learn more at www.harborlights.example.com.\n\n")


def test_the_wires_links_to_photos_are_not_the_releases_addresses():
    release = _release(_LEAD + "Photo - https://mma.prnewswire.com/media/123/Beacon.jpg\n\n"
                       "Logo - https://mma.prnewswire.com/media/124/Logo.jpg\n\nSOURCE Harbor Lights Inc.\n")
    assert release.urls == ["www.harborlights.example.com"]
    release = _release(_LEAD + "Photos accompanying this announcement are available at\n\n"
                       "https://www.globenewswire.com/NewsRoom/AttachmentNg/1234-abcd\n\n"
                       "https://www.globenewswire.com/NewsRoom/AttachmentNg/5678-efgh\n\nJane Roe\njane@harborlights.example.com\n")
    assert release.urls == ["www.harborlights.example.com"]
    # an address of the release after the photo's line stays the release's
    release = _release(_LEAD + "A photo accompanying this announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/1\n\n"
                       "Register at https://events.harborlights.example.com/day for the investor day.\n")
    assert release.urls == ["www.harborlights.example.com", "https://events.harborlights.example.com/day"]


def test_a_separator_drawn_above_a_heading_in_one_element_is_no_part_of_it():
    from reportgen.readers.html import read_html

    page = ("<html><body><p>We build beacons.</p><p>\u203e\u203e\u203e\u203e\u203e\u203e\u203e\u203e<strong><br>About Harbor </strong></p>"
            "<p>Harbor Lights is a maker of beacons.</p><p>______<br>Footnote text</p></body></html>")
    texts = [b.text for b in read_html(page).blocks]
    assert "About Harbor" in texts and "Footnote text" in texts
    assert not any("\u203e" in t or t.startswith("______") for t in texts)
