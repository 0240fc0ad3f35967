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


def test_a_contact_block_kept_in_a_code_block_is_read_as_wire_text():
    from reportgen.readers.markdown import read_markdown

    page = ("# Harbor Lights Reports Results\n\nPORTLAND, Maine, March 3, 2025 /PRNewswire/ -- Harbor Lights Inc. today "
            "reported results.\n\n```\n   \nContact:   Investor Relations\n           Jane Roe\n           561-555-2020\n"
            "           ir@harborlights.example.com\n\n           Media Inquiries\n           John Doe\n           561-555-0207\n"
            "           john.doe@harborlights.example.com\n```\n")
    release = assemble_release(read_markdown(page))
    assert [(c.role, c.name, c.phones, c.emails) for c in release.contacts] == [
        ("Investor Relations", "Jane Roe", ["561-555-2020"], ["ir@harborlights.example.com"]),
        ("Media Inquiries", "John Doe", ["561-555-0207"], ["john.doe@harborlights.example.com"])]


def test_a_title_with_an_ampersand_before_the_speakers_name():
    from reportgen.readers.rules.quotes import find_quotes

    text = '"We capped a strong year," said Harbor Chairman & CEO Jane Roe. "We grew."'
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Jane Roe", "Harbor Chairman & CEO")]


def test_a_quotation_over_paragraphs_after_a_lead_in_naming_the_speaker():
    from reportgen.readers.markdown import strip_stray_emphasis
    from reportgen.readers.rules.quotes import find_quotes

    paragraphs = ["John Roe, Jr., CEO of Harbor, commented:",
                  strip_stray_emphasis("*\u201c*Our team executed extremely well and delivered solid results in 2024."),
                  "We believe 2025 can be a transformative year.\u201d"]
    quotes = find_quotes([(0, k, p) for k, p in enumerate(paragraphs)])
    assert [(q.speaker, q.title) for q in quotes] == [("John Roe, Jr.", "CEO of Harbor")]
    assert quotes[0].text.startswith("Our team executed")


def test_people_listed_as_alternatives_share_the_number_under_them():
    from reportgen.readers.rules.contacts import parse_contacts

    text = "Contact: Harbor Lights, Inc.\n1200 Wilson Drive\nWest Chester, PA 19380\nMona Astra Liss or\nAmanda K. Griffies\n(215) 555-9354"
    assert [(c.name, c.organisation, c.phones) for c in parse_contacts(text)] == [
        ("Mona Astra Liss", "Harbor Lights, Inc.", ["(215) 555-9354"]),
        ("Amanda K. Griffies", "Harbor Lights, Inc.", ["(215) 555-9354"])]


def test_a_contact_table_with_its_label_in_the_first_column():
    from reportgen.readers.markdown import labelled_contact_table

    rows = [["Contact:", "Richard T. Roe, Jr."], ["", "Harbor Investment Corporation"], ["", "(212) 555-1000"],
            ["", "www.harbor.example.com"]]
    assert labelled_contact_table(rows) == ["Contact:", "Richard T. Roe, Jr.", "Harbor Investment Corporation",
                                            "(212) 555-1000", "www.harbor.example.com"]
    assert labelled_contact_table([["Revenue", "$1.2 million"], ["", "$1.0 million"]]) is None


def test_an_agency_with_a_small_word_in_its_name_speaking_for_its_client():
    from reportgen.readers.rules.contacts import clean_org

    assert clean_org("Uproar by Moburst for Harbor Bankshares, Inc.") == "Uproar by Moburst"


def test_a_company_contact_set_a_line_a_paragraph():
    from reportgen.readers.rules.contacts import parse_contacts

    text = "Company Contact:\n\nHarbor Brands, Inc.\n\nChris Roe\n\nChief Financial Officer\n\n770-555-6426\n\nChris.roe@HarborBrands.com"
    assert [(c.name, c.role, c.organisation, c.title, c.phones, c.emails) for c in parse_contacts(text)] == [
        ("Chris Roe", "Company", "Harbor Brands, Inc.", "Chief Financial Officer", ["770-555-6426"], ["Chris.roe@HarborBrands.com"])]
