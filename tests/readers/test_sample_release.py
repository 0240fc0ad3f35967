"""The sample PR Newswire release (2007): every field the issue names, asserted by value."""

from __future__ import annotations

import pytest

from reportgen.readers import read_release
from reportgen.readers.wire_text import blocks_from_text
from tests.conftest import SAMPLE_RELEASE


@pytest.fixture(scope="module")
def release():
    return read_release(SAMPLE_RELEASE)


def test_headline_is_given_once_and_the_deck_is_a_subheadline(release):
    assert release.headline == (
        "EpiCept Releases New Data Demonstrating Prolonged Five-Year Leukemia-Free Survival "
        "for AML Patients Treated with Ceplene(TM) + IL-2"
    )
    assert release.subheadlines == ["First Drug Regimen Shown to Prevent AML Relapse"]


def test_dateline_takes_its_year_from_the_trailer(release):
    d = release.dateline
    assert (d.city, d.region, d.wire, d.date) == ("Tarrytown", "N.Y.", "PR Newswire", "2007-12-10")
    assert release.release_date == "2007-12-10"


def test_issuer_tickers_and_website(release):
    assert release.issuer.name == "EpiCept Corporation"
    assert [(t.exchange, t.symbol) for t in release.issuer.tickers] == [("Nasdaq", "EPCT"), ("OMX Nordic Exchange", "EPCT")]
    assert release.issuer.website == "http://www.epicept.com"
    assert release.source == "EpiCept Corporation"
    assert release.slug == "EPCT-GEN"


def test_five_section_headings_in_order(release):
    assert [s.heading for s in release.sections] == [
        None,
        "Additional Ceplene Study Results Presented",
        "About Ceplene",
        "Ceplene Clinical Trial History",
        "About EpiCept Corporation",
        "Forward-Looking Statements",
    ]


def test_lead_paragraph_starts_after_the_dateline_and_keeps_wrapped_phrases(release):
    lead = release.sections[0].paragraphs[0]
    assert lead.startswith("EpiCept Corporation (Nasdaq and OMX Nordic Exchange: EPCT) today released")
    assert "patients who receive post-consolidation immunotherapy with Ceplene(TM)" in lead
    assert lead.endswith("in Atlanta.")


def test_no_wire_furniture_in_the_body(release):
    body = "\n".join(p for _, _, _, p in release.iter_paragraphs())
    for furniture in ("Logo:", "-0-", "/CONTACT", "/Photo", "Web site:", "SOURCE", "EPCT-GEN", "(EPCT)",
                      "Attachments", "nym021", "registered trademark of Myriad", "PRNewswire"):
        assert furniture not in body, furniture


def test_paragraphs_rebuilt_as_in_the_word_original(release):
    # the .doc attachment holds the same release with real paragraph marks: 14 body paragraphs
    # before "About Ceplene" in the Word file (lead .. T-cells), counted by hand
    counts = [len(s.paragraphs) for s in release.sections]
    assert counts == [7, 2, 1, 2, 1, 1]
    assert release.sections[3].paragraphs[1].startswith("In patients in their first remission, there was a 55 percent")


def test_quotes_with_resolved_speakers(release):
    speakers = [(q.speaker, q.title) for q in release.quotes]
    assert speakers[0] == ("Jack Talley", "President and CEO of EpiCept")
    assert speakers[1][0] == "Dr. Mats L. Brune"
    assert "Medical Director of the Bone Marrow Transplant Program" in speakers[1][1]
    assert release.quotes[0].text.startswith("These important findings add to the growing body")
    assert release.quotes[0].text.endswith("during the first half of 2008.")
    q = release.quotes[1]
    assert release.sections[q.source.section].paragraphs[q.source.paragraph][q.source.start:q.source.end] == q.source.text


def test_four_contacts_with_roles_phones_and_emails(release):
    got = [(c.name, c.role, c.organisation, c.phones, c.emails) for c in release.contacts]
    assert got == [
        ("Robert W. Cook", None, "EpiCept Corporation", ["+1-914-606-3500"], ["rcook@epicept.com"]),
        ("Greg Kelley", "Media", "Feinstein Kean Healthcare", ["+1-617-577-8110"], ["gregory.kelley@fkhealth.com"]),
        ("Kim Sutton Golodetz", "Investors", "Lippert-Heilshorn & Associates", ["+1-212-838-3777"], ["kgolodetz@lhai.com"]),
        ("Bruce Voss", "Investors", "Lippert-Heilshorn & Associates", ["+1-310-691-7100"], ["bvoss@lhai.com"]),
    ]


def test_forward_looking_statements_and_trademarks(release):
    fls = release.forward_looking_statements
    assert fls.startswith("This news release and any oral statements")
    assert fls.endswith("or other risk factors.")
    assert set(release.trademarks) == {"Ceplene", "Azixa"}


def test_urls_are_collected_and_rejoined(release):
    # the About's "www.epicept.com" and the trailer's "/Web site: http://www.epicept.com" are one address, listed as first printed
    assert "www.epicept.com" in release.urls and "http://www.epicept.com" not in release.urls
    assert release.issuer.website == "http://www.epicept.com"
    assert "www.sec.gov" in release.urls
    # the wire's logo and photo links ("(Logo: http://www.newscom.com/...)", "/Photo: NewsCom: ... AP Archive: ...")
    # are the wire's furniture, not addresses of the release
    assert not any("newscom" in u or "photoarchive" in u for u in release.urls)


def test_attachment_listed_found_and_read_with_word_styles(release):
    assert [a.filename for a in release.attachments] == ["nym021 - english.doc"]
    att = release.attachments[0]
    assert att.found and att.error is None and att.format == "doc"
    assert att.headline.startswith("EpiCept Releases New Data Demonstrating Prolonged Five-Year")
    assert att.subheadlines == ["First Drug Regimen Shown to Prevent AML Relapse"]
    assert att.headings == [
        "Additional Ceplene Study Results Presented", "About Ceplene", "Ceplene Clinical Trial History",
        "About EpiCept Corporation", "Forward-Looking Statements",
    ]
    assert "320 randomized patients" in att.text


def test_missing_attachment_is_a_warning_not_an_error(tmp_path):
    text = SAMPLE_RELEASE.read_text(encoding="utf-8")
    (tmp_path / "release.txt").write_text(text, encoding="utf-8")
    release = read_release(tmp_path / "release.txt")
    att = release.attachments[0]
    assert not att.found and att.error == "not found beside the release"
    assert any("nym021 - english.doc" in w for w in release.warnings)


def test_attachment_names_cannot_leave_the_release_folder(tmp_path):
    secret = tmp_path / "secret.doc"
    secret.write_bytes(b"x")
    folder = tmp_path / "rel"
    folder.mkdir()
    text = SAMPLE_RELEASE.read_text(encoding="utf-8").replace("nym021 - english.doc", "../secret.doc")
    (folder / "release.txt").write_text(text, encoding="utf-8")
    release = read_release(folder / "release.txt")
    assert all(not a.found for a in release.attachments)


def test_blocks_keep_original_lines_for_contact_parsing():
    blocks = blocks_from_text(SAMPLE_RELEASE.read_text(encoding="utf-8"))
    contact = next(b for b in blocks if b.text.startswith("/CONTACT:"))
    assert contact.lines[0].startswith("/CONTACT:  Robert W. Cook")
    assert contact.text.endswith("Lippert-Heilshorn & Associates/")


def test_every_rebuilt_paragraph_is_a_paragraph_of_the_word_original(release):
    # the .doc attachment is the same release with real paragraph marks: the wire text's
    # paragraphs, rebuilt from hard-wrapped lines, must be exactly the Word file's paragraphs
    from reportgen.readers import read_text
    from tests.conftest import SAMPLE_DOC

    doc = read_text(SAMPLE_DOC)
    word = [p.text for p in doc.paragraphs if p.style == "Normal" and not p.text.startswith(("TARRYTOWN", "/CONTACT", "*", "EPCT-"))]
    wire = [p for _, _, _, p in release.iter_paragraphs()][1:]  # the lead lost its dateline
    assert wire == word
