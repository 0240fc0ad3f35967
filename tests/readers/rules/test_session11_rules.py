"""General rules added in the eleventh session, read from round 10 (text copied from web pages and the
datelines of company-issued and European releases), each on text of its own."""

from __future__ import annotations

import pytest

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.rules.dateline import match_dateline
from reportgen.readers.wire_text import blocks_from_text


def _text_release(text: str):
    return assemble_release(Read(blocks_from_text(text)))


@pytest.mark.parametrize("line, want", [
    ("Portland, OR, March 7, 2003 Results from the trial were presented", ("Portland", "OR", "2003-03-07")),
    ("Redmond, Washington - Tuesday February 1, 2005 - Acme Widgets today said", ("Redmond", "Washington", "2005-02-01")),
    ("Lyon, May 23, 2023 at 8:00 a.m. - ACME SA, a company making widgets", ("Lyon", None, "2023-05-23")),
    ("Perth, Australia; 27 June 2023: A trial of the widget was paused", ("Perth", None, "2023-06-27")),
    ("Mainz, 21 March 2013. Acme announced today that it would", ("Mainz", None, "2013-03-21")),
    ("Brussels, 21 April 2023 Today Acme SA announces that", ("Brussels", None, "2023-04-21")),
    ("Olathe, KS - The city council has selected Acme", ("Olathe", "KS", None)),
])
def test_datelines_of_company_issued_and_european_releases(line, want):
    d = match_dateline(line).dateline
    assert (d.city, d.region, d.date) == want


@pytest.mark.parametrize("line", [
    "On March 7, 2003 the company said",            # a sentence opening with a date
    "Revenue, March 7, 2003 compared",              # no capital after the date
    "Acme, the company, said on Monday that",       # no date
])
def test_no_dateline_where_none_is_printed(line):
    assert match_dateline(line) is None


_PARA = ("Acme Widgets plc (the \"Company\") (AIM: ACME), a maker of industrial widgets for the food industry, is "
         "pleased to announce that it has completed the enrolment of patients in its trial of the widget.")
_PARA2 = ("The Company expects the three-month follow-up data from this study to be available in the fourth quarter "
          "of this year, and will report them to the market as soon as they are known to the board.")


def test_text_copied_from_a_web_page_one_paragraph_a_line():
    text = f"Acme Widgets plc\nEnrolment completed in widget trial\n{_PARA}\n{_PARA2}\nAbout Acme\n{_PARA2}\n"
    blocks = [b.text for b in blocks_from_text(text)]
    assert blocks == ["Acme Widgets plc", "Enrolment completed in widget trial", _PARA, _PARA2, "About Acme", _PARA2]
    release = _text_release(text)
    assert release.headline == "Enrolment completed in widget trial"


def test_a_headline_broken_by_hand_in_unwrapped_text_goes_on():
    text = (f"Acme Presents Interim Results from\nits WIDGET-2 Study at the Annual Widget Symposium\n"
            f"Results provide insight into potential effects of the widget\nfor the food industry\n"
            f"PORTLAND, Ore., Dec. 10, 2020 - {_PARA}\n{_PARA2}\n")
    release = _text_release(text)
    assert release.headline == "Acme Presents Interim Results from its WIDGET-2 Study at the Annual Widget Symposium"
    assert release.subheadlines == ["Results provide insight into potential effects of the widget for the food industry"]


def test_hard_wrapped_text_keeps_its_paragraphs():
    # a short line that does not end a sentence goes on in wrapped text (the wrap width rules, not one line a paragraph)
    text = ("Acme Widgets Reports Results\n\nPORTLAND, Ore., Dec. 10 /PRNewswire/ -- Acme Widgets today reported\n"
            "results for its fourth quarter, which ended on September 30, and\nsaid that demand for widgets rose.\n")
    assert [b.text for b in blocks_from_text(text)][-1].endswith("ended on September 30, and said that demand for widgets rose.")
