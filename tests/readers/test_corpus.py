"""Every release in ../shared/corpus/releases: read without a crash, with a headline and a date,
and a few values per wire and format checked by hand against the source."""

from __future__ import annotations

import functools

import pytest

from reportgen.readers import read_release
from tests.conftest import SHARED, shared_path

CORPUS_NAMES = sorted(
    p.name for p in (SHARED / "corpus" / "releases").glob("*") if p.is_file() and p.suffix != ".tsv"
) if (SHARED / "corpus" / "releases").exists() else []


@functools.cache
def _read(name: str):
    return read_release(shared_path("corpus", "releases", name), attachments=False)


def test_the_corpus_is_there():
    folder = shared_path("corpus", "releases")
    assert len([p for p in folder.iterdir() if p.suffix != ".tsv"]) >= 40


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_every_release_reads_with_headline_and_date(name):
    r = _read(name)
    assert r.headline.strip()
    assert len(r.headline) < 400
    assert r.release_date and len(r.release_date) == 10
    assert r.sections and any(s.paragraphs for s in r.sections)
    body = "\n".join(p for _, _, _, p in r.iter_paragraphs())
    for wrapper in ("<PAGE>", "(GMT)", "Dow Jones Newswires", "Skip TopNav", "EX-99.1"):
        assert wrapper not in body, wrapper


# name -> (city, wire, date) of the dateline
DATELINES = {
    "1995-08-10_cisco-combinet_ex20.txt": ("San Jose", None, "1995-08-10"),
    "1996-12-20_apple-next_ex99.txt": ("Cupertino", None, "1996-12-20"),
    "2000-09-26_rock-of-ages_ex99.htm": ("Concord", None, "2000-09-26"),
    "2004-07-22_sears_prnewswire-firstcall_ex99.txt": ("Hoffman Estates", "PR Newswire", "2004-07-22"),
    "2005-01-25_southern-company_ex9901.txt": ("Atlanta", None, None),
    "2011-01-18_apple_ex991.htm": ("Cupertino", None, "2011-01-18"),
    "2016-04-25_hackerrank_prnewswire.html": ("Palo Alto", "PR Newswire", "2016-04-25"),
    "2016-04-06_segment_marketwired.html": ("San Francisco", "Marketwired", "2016-04-06"),
    "2016-04-06_segment_marketwired-on-globenewswire.html": ("San Francisco", "Marketwired", "2016-04-06"),
    "2019-07-10_oracle_ex991.htm": ("Redwood Shores", None, "2019-07-10"),
    "2023-06-12_cancervax_globenewswire.html": ("Lehi", "GlobeNewswire", "2023-06-12"),
    "2024-03-08_3m_prnewswire_ex991.htm": ("St. Paul", "PR Newswire", "2024-03-08"),
    "2025-02-10_arrowhead_businesswire.md": ("Pasadena", "Business Wire", "2025-02-10"),
    "2025-02-10_cybin_businesswire.md": ("Toronto", "Business Wire", "2025-02-10"),
    "2025-02-10_faruqi_newsfile.md": ("New York", "Newsfile", "2025-02-10"),
    "2025-02-11_dp-world_accesswire.md": ("Northampton", "ACCESSWIRE", "2025-02-11"),
    "2025-02-10_alterity_globenewswire.md": ("Melbourne", "GlobeNewswire", "2025-02-10"),
    "2025-02-13_harbour-biomed_prnewswire.md": ("Cambridge", "PR Newswire", "2025-02-13"),
    "2025-02-12_alkermes_prnewswire.md": ("Dublin", "PR Newswire", "2025-02-12"),
    "2025-02-10_immix-biopharma_globenewswire.md": ("Los Angeles", "GlobeNewswire", "2025-02-10"),
}


@pytest.mark.parametrize("name", sorted(DATELINES))
def test_dateline_city_wire_and_date(name):
    city, wire, date = DATELINES[name]
    d = _read(name).dateline
    assert (d.city, d.wire, d.date) == (city, wire, date)


RELEASE_DATES = {
    "2005-01-25_southern-company_ex9901.txt": "2005-01-25",  # its own date line above the headline
    "2007-01-25_southern-company_ex9901.htm": "2007-01-25",
    "2022-04-28_caterpillar_ex991.htm": "2022-04-28",
    "2024-11-22_buckle_ex991.html": "2024-11-22",  # "For Immediate Release: November 22, 2024"
    "2024-02-01_apple_ex991.htm": "2024-02-01",  # the date of its results call
    "2025-02-11_springworks_globenewswire.md": "2025-02-11",  # the dateline, not the file date
}


@pytest.mark.parametrize("name", sorted(RELEASE_DATES))
def test_release_date_without_a_dated_dateline(name):
    assert _read(name).release_date == RELEASE_DATES[name]


TICKERS = {
    "2004-07-22_sears_prnewswire-firstcall_ex99.txt": [("NYSE", "S")],
    "2000-09-26_rock-of-ages_ex99.htm": [("NASDAQ/NMS", "ROAC")],
    "2019-07-10_oracle_ex991.htm": [("NYSE", "ORCL")],
    "2025-02-13_biocardia_globenewswire.md": [("Nasdaq", "BCDA")],
    "2025-02-10_alterity_globenewswire.md": [("ASX", "ATH"), ("NASDAQ", "ATHE")],
    "2025-02-13_harbour-biomed_prnewswire.md": [("HKEX", "02142")],
    "2025-02-08_4dmt_globenewswire.md": [("Nasdaq", "FDMT")],
    "2024-03-08_3m_prnewswire_ex991.htm": [("NYSE", "MMM")],
}


@pytest.mark.parametrize("name", sorted(TICKERS))
def test_issuer_tickers(name):
    assert [(t.exchange, t.symbol) for t in _read(name).issuer.tickers] == TICKERS[name]


HEADLINES = {
    "1995-08-10_cisco-combinet_ex20.txt": "CISCO SYSTEMS TO ACQUIRE COMBINET INC.",
    "2000-09-26_rock-of-ages_ex99.htm": "Rock of Ages Acquires American Monument Corporation",
    "2005-01-25_southern-company_ex9901.txt": "Economic strength in Southeast drives Southern Company earnings above expectations",
    "2008-02-19_american-biooptics.html": (
        "American BioOptics, LLC, With Evanston Northwestern Healthcare, Receives STTR Award from National Institutes of Health"
    ),
    "2019-07-10_oracle_ex991.htm": "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS",
    "2022-04-28_caterpillar_ex991.htm": "Caterpillar Reports First-Quarter 2022 Results",
    "2024-11-22_buckle_ex991.html": "THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME",
    "2025-02-10_arrowhead_businesswire.md": "Arrowhead Pharmaceuticals Reports Fiscal 2025 First Quarter Results",
    "2025-02-11_lipella_globenewswire.md": (
        "Lipella Pharmaceuticals Reports Positive Topline Phase 2a Results for LP-310 in the Treatment of Oral Lichen Planus"
    ),
    "2016-04-06_segment_marketwired-on-globenewswire.html": "Segment Launches Sources to Unify Siloed Customer Data in Minutes",
}


@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_headline(name):
    assert _read(name).headline == HEADLINES[name]


FIRST_HEADINGS = {
    "1996-12-20_apple-next_ex99.txt": "Acquisition Confirms New Open Apple",
    "2004-07-22_sears_prnewswire-firstcall_ex99.txt": "Domestic",
    "2024-03-08_3m_prnewswire_ex991.htm": "Stock Distribution",
    "2023-06-12_cancervax_globenewswire.html": "About Us",
    "2025-02-10_arrowhead_businesswire.md": "Selected Recent Events",
    "2025-02-11_lipella_globenewswire.md": "Topline Findings",
    "2025-02-13_outokumpu_prnewswire.md": "Highlights in Q4 2024",
}


@pytest.mark.parametrize("name", sorted(FIRST_HEADINGS))
def test_first_section_heading(name):
    headings = [s.heading for s in _read(name).sections if s.heading]
    assert headings[0] == FIRST_HEADINGS[name]


CONTACT_NAMES = {
    "2000-01-19_apple_ex991.txt": ["Rhona Hamilton", "Katie Cotton"],
    "2005-01-25_southern-company_ex9901.txt": ["Marc Rice", "Glen Kundert"],
    "2019-07-10_oracle_ex991.htm": ["Ken Bond", "Deborah Hellinger"],
    "2024-02-01_apple_ex991.htm": ["Josh Rosenstock", "Suhasini Chandramouli"],
    "2025-02-10_arrowhead_businesswire.md": ["Vince Anzalone, CFA", "Brian Ritchie", "Kendy Guarinoni, Ph.D."],
    "2025-02-10_grace-therapeutics_globenewswire.md": ["Prashant Kohli", "Mike Moyer"],
}


@pytest.mark.parametrize("name", sorted(CONTACT_NAMES))
def test_contact_names(name):
    assert [c.name for c in _read(name).contacts] == CONTACT_NAMES[name]


def test_a_filing_with_two_releases_yields_the_first_with_a_warning():
    r = _read("1995-08-10_cisco-combinet_ex20.txt")
    assert any("more than one release" in w for w in r.warnings)
    assert "First!" not in "\n".join(p for _, _, _, p in r.iter_paragraphs())


def test_financial_tables_are_tables():
    for name in ("2004-07-22_sears_prnewswire-firstcall_ex99.txt", "2011-01-18_apple_ex991.htm",
                 "2025-02-12_ascendis-pharma_globenewswire.md"):
        tables = [t for s in _read(name).sections for t in s.tables]
        assert tables and any(len(t.rows) > 5 for t in tables), name


def test_quote_speakers_resolved_to_full_names():
    speakers = {q.speaker for q in _read("2005-01-25_southern-company_ex9901.txt").quotes}
    assert speakers == {"David M. Ratcliffe"}
    assert _read("1995-08-10_cisco-combinet_ex20.txt").quotes[0].speaker == "Don Listwin"


def test_the_same_release_on_two_hosts_reads_the_same():
    a = _read("2016-04-06_segment_marketwired.html")
    b = _read("2016-04-06_segment_marketwired-on-globenewswire.html")
    assert a.headline == b.headline
    assert a.dateline == b.dateline
    assert [q.speaker for q in a.quotes] == [q.speaker for q in b.quotes]


def test_an_unlabelled_contact_block_after_an_attachment_list_is_read():
    from reportgen.readers import read_release

    release = read_release(shared_path("corpus", "releases", "2025-02-12_muscular-dystrophy-association_globenewswire.md"))
    assert [(c.name, c.title, c.organisation, c.emails) for c in release.contacts] == [
        ("Mary Fiance", "National Vice President, Strategic Communications", "Muscular Dystrophy Association", ["press@mdausa.org"])]
    body = " ".join(p for _, _, _, p in release.iter_paragraphs())
    assert "press@mdausa.org" not in body.replace("Media inquiries contact press@mdausa.org.", "")
