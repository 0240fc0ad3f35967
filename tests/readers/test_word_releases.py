"""Releases that are themselves Word files (.docx, .doc), not only attachments: the paragraph styles
say which paragraph is the headline (Title), the deck (Subtitle) and the headings (Heading 1/2)."""

from __future__ import annotations

import docx
import pytest

from reportgen.readers.release import read_release
from tests.conftest import SAMPLE_DOC


def _build_docx(path):
    d = docx.Document()
    d.core_properties.title = "Nordlys Medical Reports Positive Phase 2 Results"
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 4, 7, 0)
    d.add_paragraph("Nordlys Medical Reports Positive Phase 2 Results", style="Title")
    d.add_paragraph("Primary endpoint met with high significance", style="Subtitle")
    d.add_paragraph(
        "OSLO, Norway, March 4 /PRNewswire/ -- Nordlys Medical ASA (Oslo: NORD) today announced positive results "
        "from its Phase 2 trial of NM-12 in chronic wounds.",
        style="Normal",
    )
    d.add_paragraph(
        '"These results exceed our expectations," said Ingrid Solberg, Chief Executive Officer of Nordlys Medical.',
        style="Normal",
    )
    d.add_paragraph("Trial Results", style="Heading 1")
    d.add_paragraph("Efficacy", style="Heading 2")
    d.add_paragraph("Wound closure improved by 40 percent.", style="Normal")
    d.add_paragraph("Safety", style="Heading 2")
    d.add_paragraph("NM-12 was well tolerated.", style="Normal")
    d.add_paragraph("About Nordlys Medical", style="Heading 1")
    d.add_paragraph("Nordlys Medical develops wound care therapies. www.nordlysmedical.no", style="Normal")
    d.add_paragraph("Forward-Looking Statements", style="Heading 1")
    d.add_paragraph("This release contains forward-looking statements about NM-12.", style="Normal")
    d.add_paragraph("Media Contact:", style="Normal")
    d.add_paragraph("Kari Nilsen", style="Normal")
    d.add_paragraph("Head of Communications", style="Normal")
    d.add_paragraph("+47 22 55 01 00", style="Normal")
    d.add_paragraph("kari.nilsen@nordlysmedical.no", style="Normal")
    d.save(path)


def test_a_docx_release_reads_as_a_release(tmp_path):
    path = tmp_path / "nordlys-release.docx"
    _build_docx(path)
    r = read_release(path, attachments=False)
    assert r.input.format == "docx"
    assert r.headline == "Nordlys Medical Reports Positive Phase 2 Results"
    assert r.subheadlines == ["Primary endpoint met with high significance"]
    d = r.dateline
    assert (d.city, d.country, d.wire, d.date, d.cities) == ("Oslo", "Norway", "PR Newswire", "2025-03-04", ["Oslo"])
    assert r.release_date == "2025-03-04"
    assert r.issuer.name == "Nordlys Medical ASA"
    assert [(t.exchange, t.symbol) for t in r.issuer.tickers] == [("Oslo", "NORD")]
    assert [(s.heading, s.level) for s in r.sections if s.heading] == [
        ("Trial Results", 1), ("Efficacy", 2), ("Safety", 2), ("About Nordlys Medical", 1), ("Forward-Looking Statements", 1)]
    assert r.sections[2].paragraphs == ["Wound closure improved by 40 percent."]
    assert [(q.speaker, q.title) for q in r.quotes] == [("Ingrid Solberg", "Chief Executive Officer of Nordlys Medical")]
    assert r.forward_looking_statements == "This release contains forward-looking statements about NM-12."
    [c] = r.contacts
    assert (c.name, c.role, c.title, c.phones, c.emails) == (
        "Kari Nilsen", "Media", "Head of Communications", ["+47 22 55 01 00"], ["kari.nilsen@nordlysmedical.no"])
    assert "www.nordlysmedical.no" in r.urls


def test_the_sample_doc_attachment_read_as_a_release():
    if not SAMPLE_DOC.exists():
        pytest.fail(f"{SAMPLE_DOC} is missing")
    r = read_release(SAMPLE_DOC, attachments=False)
    assert r.input.format == "doc"
    assert r.headline.startswith("EpiCept Releases New Data Demonstrating Prolonged Five-Year Leukemia-Free Survival")
    assert r.subheadlines == ["First Drug Regimen Shown to Prevent AML Relapse"]
    d = r.dateline
    # the dateline prints no year; the document's own date gives it
    assert (d.city, d.region, d.wire, d.date) == ("Tarrytown", "N.Y.", "PR Newswire", "2007-12-10")
    assert r.release_date == "2007-12-10"
    assert r.issuer.name == "EpiCept Corporation"
    assert [s.heading for s in r.sections if s.heading] == [
        "Additional Ceplene Study Results Presented", "About Ceplene", "Ceplene Clinical Trial History",
        "About EpiCept Corporation", "Forward-Looking Statements"]
    assert all(s.level == 2 for s in r.sections if s.heading)
    names = {c.name: c for c in r.contacts}
    assert {"Robert W. Cook", "Greg Kelley", "Kim Sutton Golodetz", "Bruce Voss"} <= set(names)
    assert names["Robert W. Cook"].emails == ["rcook@epicept.com"]
    assert names["Greg Kelley"].role == "Media" and names["Bruce Voss"].role == "Investors"
    assert [q.speaker for q in r.quotes] == ["Jack Talley", "Dr. Mats L. Brune"]
