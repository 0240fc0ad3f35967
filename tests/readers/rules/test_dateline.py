"""Datelines (rules/dateline.py): every wire's spelling, multi-city datelines, a reprint's bare dateline, a second release in one filing."""

from __future__ import annotations

import pytest

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.dateline import all_cities, is_bare_dateline, match_dateline, split_second_release
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


@pytest.mark.parametrize(
    "text, city, region, date, wire",
    [
        ("TARRYTOWN, N.Y., Dec. 10 /PRNewswire/ -- EpiCept", "Tarrytown", "N.Y.", None, "PR Newswire"),
        ("HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears", "Hoffman Estates", "Ill.", None, "PR Newswire"),
        ("PASADENA, Calif.--(BUSINESS WIRE)--February 10, 2025--Arrowhead", "Pasadena", "Calif.", "2025-02-10", "Business Wire"),
        ("TORONTO--(BUSINESS WIRE)--February 10, 2025--Cybin", "Toronto", None, "2025-02-10", "Business Wire"),
        ("BOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Foo Inc.", "Boston", None, "2025-02-10", "GlobeNewswire"),
        ("New York, New York--(Newsfile Corp. - February 10, 2025) - Faruqi", "New York", "New York", "2025-02-10", "Newsfile"),
        ("San Jose, CA (August 10, 1995) -- Cisco Systems", "San Jose", "CA", "1995-08-10", None),
        ("CUPERTINO, Calif.--Dec. 20, 1996--Apple Computer", "Cupertino", "Calif.", "1996-12-20", None),
    ],
)
def test_datelines_of_every_wire(text, city, region, date, wire):
    m = match_dateline(text)
    assert m is not None
    d = m.dateline
    assert (d.city, d.region, d.date, d.wire) == (city, region, date, wire)


def test_a_sentence_is_not_a_dateline():
    assert match_dateline("The Company reported net income of $5 million.") is None
    assert match_dateline("Net Income -- Basic") is None
    assert match_dateline("Acme, Widget Works -- Basic products") is None  # no state or country after the comma


@pytest.mark.parametrize(
    "text, city, region, country, date, wire",
    [
        ("MELBOURNE, Australia and SAN FRANCISCO, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Alterity", "Melbourne", None, "Australia", "2025-02-10", "GlobeNewswire"),
        ("CAMBRIDGE, Mass., ROTTERDAM, Netherlands and SHANGHAI, Feb. 13, 2025 /PRNewswire/ -- Harbour", "Cambridge", "Mass.", "United States", "2025-02-13", "PR Newswire"),
        ("NORTHAMPTON, MA / ACCESSWIRE / February 11, 2025 / Every year", "Northampton", "MA", "United States", "2025-02-11", "ACCESSWIRE"),
        ("CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES", "Concord", "New Hampshire", "United States", "2000-09-26", None),
        ("ATLANTA - Southern Company today reported", "Atlanta", None, None, None, None),
        ("SAN JOSE, Calif.--(BUSINESS WIRE) via First!--Cisco Systems Inc.", "San Jose", "Calif.", "United States", None, "Business Wire"),
        ("LOS ANGELES,CA, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Immix", "Los Angeles", "CA", "United States", "2025-02-10", "GlobeNewswire"),
        ("Hoboken, New Jersey-- Widget Works, Inc. today named", "Hoboken", "New Jersey", "United States", None, None),
        ("Lyon, France -- Acme SA today opened", "Lyon", None, "France", None, None),
    ],
)
def test_datelines_multi_city_slash_ellipsis_and_no_date(text, city, region, country, date, wire):
    d = match_dateline(text).dateline
    assert (d.city, d.region, d.country, d.date, d.wire) == (city, region, country, date, wire)


def test_bare_dateline_line_above_a_reprint():
    assert is_bare_dateline("DUBLIN, Feb. 12, 2025")
    assert not is_bare_dateline("DUBLIN, Feb. 12, 2025 /PRNewswire/ -- Alkermes plc today")


def test_a_second_release_in_one_filing_is_cut_off():
    blocks = [Block("Headline"), Block("San Jose, CA (August 10, 1995) -- Cisco today announced a deal."),
              Block("More text."), Block("Even more text."), Block("CISCO COMPLETES ACQUISITION"),
              Block("SAN JOSE, Calif.--(BUSINESS WIRE) via First!--Cisco Systems Inc. Monday announced completion.")]
    kept, warning = split_second_release(blocks, 1)
    assert [b.text for b in kept][-1] == "Even more text." and "more than one release" in warning


@pytest.mark.parametrize(
    "place, cities",
    [("SAN DIEGO and LONDON", ["San Diego", "London"]),
     ("CAMBRIDGE, Mass., ROTTERDAM, Netherlands and SHANGHAI", ["Cambridge", "Rotterdam", "Shanghai"]),
     ("LONDON, United Kingdom", ["London"]),
     ("New York, New York", ["New York"])],
)
def test_every_city_of_a_multi_city_dateline(place, cities):
    assert all_cities(place) == cities
    m = match_dateline(f"{place}, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today announced")
    assert m.dateline.cities == cities and m.dateline.city == cities[0]


def test_a_headline_ending_in_a_date_is_not_a_bare_dateline():
    assert not is_bare_dateline("Kumba Platinum Holdings Reports Interim Results for the Six Months Ended 31 December 2008")
    assert is_bare_dateline("PARIS -- February 13, 2025")
    assert is_bare_dateline("DUBLIN, Feb. 12, 2025")


def test_datelines_of_1990s_company_and_wire_copies():
    from reportgen.readers.rules.dateline import match_dateline

    def read(text):
        d = match_dateline(text).dateline
        return d.city, d.region, d.country, d.date, d.wire

    assert read("(Lake Forest, IL --- March 3, 1994) Acme Inc. today announced") == ("Lake Forest", "IL", "United States", "1994-03-03", None)
    assert read("(Boston) June 2, 1997 -- Moving fast, Acme Inc. has acquired") == ("Boston", None, None, "1997-06-02", None)
    assert read("CHICAGO (SEPT. 3) PR NEWSWIRE - Acme Inc. (NYSE: ACM) today") == ("Chicago", None, None, None, "PR Newswire")
    assert read("Armonk, New York, U.S.A. , 1997 MAR 4 -- Acme Inc. today") == ("Armonk", "New York", "U.S.A.", "1997-03-04", None)
    assert read("Armonk, New York, U.S.A. (March 4, 1997) Acme Inc. today") == ("Armonk", "New York", "U.S.A.", "1997-03-04", None)
    # the show the news is made at comes before the city: it is no city
    d = match_dateline("COMDEX Fall + Windows World, Las Vegas, Nevada, November 16, 1998 -- Acme Inc. today").dateline
    assert (d.city, d.region, d.cities) == ("Las Vegas", "Nevada", ["Las Vegas"])
    # a headline with a date in brackets is no dateline
    assert match_dateline("Acme Reports Record Results (February 10, 2025)") is None


@pytest.mark.parametrize(
    "text, city, region, country, date, wire",
    [
        # the small wires and distributors of the markdown archives, each in its own form
        ("VAUGHAN, ON, March 03, 2025 /24-7PressRelease/ -- Acme Renovations is", "Vaughan", "ON", None, "2025-03-03", "24-7PressRelease"),
        ("TULSA, Okla. - (NewMediaWire) - October 02, 2024 - Acme Group, Inc. reported", "Tulsa", "Okla.", "United States", "2024-10-02", "NewMediaWire"),
        ("EL CENTRO, CA - April 28, 2025 (NEWMEDIAWIRE) - Acme Bancorp is pleased", "El Centro", "CA", "United States", "2025-04-28", "NewMediaWire"),
        ("(NewMediaWire) - November 16, 2024 - CHICAGO \u2014 Adults who took", "Chicago", None, None, "2024-11-16", "NewMediaWire"),
        ("Boerne, TX (Newsworthy.ai) Tuesday Oct 1, 2024 @ 6:00 PM Central \u2014 This week", "Boerne", "TX", "United States", "2024-10-01", "Newsworthy.ai"),
        ("Scottsdale, AZ (Newsworthy.ai) Tuesday Apr 15, 2025 @ 8:00 AM America/Phoenix \u2014 Acme", "Scottsdale", "AZ", "United States", "2025-04-15", "Newsworthy.ai"),
        ("Zürich, April 24, 2024 - (500NewsWire) -- Jane Roe, a financial manager,", "Zürich", None, None, "2024-04-24", "500NewsWire"),
        ("Austin, Texas, May 29, 2024 - (PlatoAI) -- The token", "Austin", "Texas", "United States", "2024-05-29", "PlatoAI"),
        ("TOKYO, Feb 13, 2025 - (JCN Newswire) - Acme today presented", "Tokyo", None, None, "2025-02-13", "JCN Newswire"),
        ("Mountainhome, PA, February 18, 2026 \u2013 PRISM MediaWire (Press Release Service \u2013 Press Release Distribution) \u2013 Acme Inc.",
         "Mountainhome", "PA", "United States", "2026-02-18", "PRISM MediaWire"),
        ("CALGARY, ALBERTA, February 10, 2025\u2013 TheNewswire \u2013Acme Inc. is pleased", "Calgary", "Alberta", None, "2025-02-10", "TheNewswire"),
        ("Calgary, Alberta / February 12, 2025\u2013 TheNewswire \u2013 Acme Inc.", "Calgary", "Alberta", None, "2025-02-12", "TheNewswire"),
        ("MIAMI, FL \u2014 August 20, 2025 \u2014 (NOTICIAS NEWSWIRE) \u2014 Acme magazine launched", "Miami", "FL", "United States", "2025-08-20", "Noticias Newswire"),
        ("FORT LAUDERDALE, Fla., Nov. 25, 2025 /Noticias Newswire/ \u2013 As the season", "Fort Lauderdale", "Fla.", "United States", "2025-11-25", "Noticias Newswire"),
        ("HO CHI MINH CITY, VIETNAM - Media OutReach Newswire - 15 July 2026 - Acme Bank has", "Ho Chi Minh City", None, "Vietnam", "2026-07-15", "Media OutReach Newswire"),
        ("SECAUCUS, NJ / PR Karma / May 5, 2024 11:09", "Secaucus", "NJ", "United States", "2024-05-05", "PR Karma"),
        ("Pensacola, United States - May 17, 2025 / Acme Dental /", "Pensacola", None, "United States", "2025-05-17", None),
        ("Sandvika, 12 February 2025 (OSE: ACME): Acme Norge AS has", "Sandvika", None, None, "2025-02-12", None),
        ("Washington, DC, USA \u2013 June 4, 2025", "Washington", "DC", "USA", "2025-06-04", None),
        ("STOCKHOLM, Feb. 10, 2025 /MFN/ -- Acme AB today", "Stockholm", None, None, "2025-02-10", "MFN"),
        ("ATLANTA, GA / ACCESS Newswire / February 10, 2025 / Acme Brands", "Atlanta", "GA", "United States", "2025-02-10", "ACCESS Newswire"),
        ("PORTLAND, OR, March 3, 2025 /Blockchain Wire/ -- Acme", "Portland", "OR", "United States", "2025-03-03", "Blockchain Wire"),
    ],
)
def test_datelines_of_the_small_wires_and_distributors(text, city, region, country, date, wire):
    d = match_dateline(text).dateline
    assert (d.city, d.region, d.country, d.date, d.wire) == (city, region, country, date, wire)


def test_the_ticker_after_a_nordic_dateline_stays_with_the_lead():
    m = match_dateline("Sandvika, 12 February 2025 (OSE: ACME): Acme Norge AS has been awarded")
    assert "(OSE: ACME)" not in m.dateline.text


def test_a_table_line_ending_in_a_date_is_not_a_dateline_of_its_own():
    assert match_dateline("Revenue, Net - March 31, 2025") is None
    assert match_dateline("Dallas, TX -- June 4, 2025").dateline.city == "Dallas"


@pytest.mark.parametrize(
    "text, city, region, country, cities",
    [("MIAMI \u2014 LONDON, U.K. \u2014 ATHENS, Greece, Feb. 12, 2025 (GLOBE NEWSWIRE) \u2014 Acme Global", "Miami", None, None, ["Miami", "London", "Athens"]),
     ("VANCOUVER, B.C., KIBBUTZ ROE, Israel, and NEW YORK, NY , Feb. 12, 2025 (GLOBE NEWSWIRE) \u2014 Acme Oil", "Vancouver", "B.C.", None,
      ["Vancouver", "Kibbutz Roe", "New York"]),
     ("ROSH-HA`AYIN, Israel, Feb. 12, 2025 (GLOBE NEWSWIRE) \u2014 Acme", "Rosh-Ha`ayin", None, "Israel", ["Rosh-Ha`ayin"])],
)
def test_multi_city_datelines_joined_by_and_or_a_dash(text, city, region, country, cities):
    d = match_dateline(text).dateline
    assert (d.city, d.region, d.country, d.date, d.wire, d.cities) == (city, region, country, "2025-02-12", "GlobeNewswire", cities)


@pytest.mark.parametrize(
    "line, city, date, rest",
    [
        ("Munich / Hamburg, 10.02.2025 (pta000/10.02.2025/12:08 UTC+1)", "Munich / Hamburg", "2025-02-10", ""),
        ("Vienna, 03.04.2024 (pts012/03.04.2024/09:30) - Acme AG today announced", "Vienna", "2024-04-03", "Acme AG today announced"),
    ],
)
def test_pressetexts_dateline_prints_the_date_in_figures_and_its_code(line, city, date, rest):
    m = match_dateline(line)
    assert (m.dateline.city, m.dateline.date, m.dateline.wire, line[m.end:]) == (city, date, "pressetext", rest)


def test_a_date_in_figures_is_read_day_first_when_dotted():
    from reportgen.readers.rules.dateline import numeric_date

    assert [str(numeric_date(t)) for t in ("10.02.2025", "2025-02-10", "02/10/2025", "13/02/2025")] == [
        "2025-02-10", "2025-02-10", "2025-02-10", "2025-02-13"]
    assert numeric_date("31.02.2025") is None


def test_a_headline_glued_to_its_dateline_by_a_wide_gap_is_split_from_it():
    from reportgen.readers.wire_text import blocks_from_text
    text = ("ACME ACQUIRES ASSETS OF WIDGET MAGAZINE; COMPUTER LIFE AND FAMILY READERS\n"
            "TO GET A BONUS ISSUE  NEW YORK, Aug. 8 /PRNewswire/ -- Acme Media today\n"
            "announced that it has acquired the assets of Widget magazine from General\n"
            "Media International, including its list of subscribers and its archive.\n\n"
            "The magazine will cease after its September 1994 issue.\n\n"
            "-0-                          8/8/94 /CONTACT:  Greg Jarboe of Acme\nPublishing, 617-393-3313/\n")
    r = assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))
    assert r.headline == "ACME ACQUIRES ASSETS OF WIDGET MAGAZINE; COMPUTER LIFE AND FAMILY READERS TO GET A BONUS ISSUE"
    assert (r.dateline.city, r.dateline.wire) == ("New York", "PR Newswire")
    assert r.sections[0].paragraphs[0].startswith("Acme Media today announced")
    # the trailer's /CONTACT: on the line of its "-0-"
    assert [(c.name, c.organisation, c.phones) for c in r.contacts] == [("Greg Jarboe", "Acme Publishing", ["617-393-3313"])]
