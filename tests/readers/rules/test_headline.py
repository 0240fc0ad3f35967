"""The headline (rules/headline.py): a trusted title, a letterhead above it, a headline over two paragraphs, an announcement's header lines."""

from __future__ import annotations

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.headline import choose_headline, continues_headline
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


def test_trusted_title_is_the_headline_and_repeats_are_dropped():
    assert choose_headline(["Acme Reports Results", "Call today at 4:30 p.m. --"], "Acme Reports Results", True) == ("Acme Reports Results", ["Call today at 4:30 p.m."])


def test_a_letterhead_line_is_not_the_headline():
    assert choose_headline(["Caterpillar Inc.", "Caterpillar Reports First-Quarter 2022 Results"])[0] == (
        "Caterpillar Reports First-Quarter 2022 Results"
    )


def test_a_headline_split_over_two_paragraphs_is_joined():
    a, b = Block("2006 Southern Company earnings bolstered by"), Block("strong economy, customer growth")
    assert continues_headline(a, b, True)
    caps = Block("ORACLE NAMES RONA FAIRHEAD"), Block("TO THE BOARD OF DIRECTORS")
    assert continues_headline(*caps, True)
    assert not continues_headline(Block("Apple Reports Results", look=(True, False, "s3")),
                                  Block("Record Mac Sales", look=(True, False, "s2")), True)


def test_a_release_with_no_dateline_skips_its_announcement_header():
    text = ("ASX RELEASE                                                 18 March 2019\n\n"
            "PILBARA LITHIA SIGNS BINDING OFFTAKE\n\n"
            "\u2022  Binding five-year offtake\n\u2022  US$50 million prepayment on signing\n\n"
            "Pilbara Lithia Metals Limited (ASX: PLM) is pleased to announce that it has signed a binding offtake agreement "
            "with a cathode maker for spodumene concentrate.\n")
    r = _release(text)
    assert (r.headline, r.release_date) == ("PILBARA LITHIA SIGNS BINDING OFFTAKE", "2019-03-18")
    assert r.subheadlines == ["Binding five-year offtake", "US$50 million prepayment on signing"]
    text = ("RNS Number : 4821K\nAldgate Copper plc\n12 May 2016\n\n                Aldgate Copper plc\n"
            "           (\"Aldgate\" or \"the Company\")\n\n        Drilling Results from Kalinga Project\n\n"
            "Aldgate Copper plc (LSE: ALDC), the copper exploration company, is pleased to announce assay results from six holes.\n\n"
            "This information is provided by RNS\nEND\n")
    r = _release(text)
    assert (r.headline, r.release_date, r.dateline.wire) == ("Drilling Results from Kalinga Project", "2016-05-12", "RNS")


def test_a_label_above_the_decks_bullets_is_not_a_deck_line():
    headline, subs = choose_headline(["Statins lowered risk", "Research Highlights:", "Statins lowered risk in adults.",
                                      "Note: the study is an abstract."])
    assert (headline, subs) == ("Statins lowered risk", ["Statins lowered risk in adults.", "Note: the study is an abstract."])


def test_the_companys_name_alone_under_the_headline_is_no_deck_line():
    assert choose_headline(["Acme signs a deal", "Acme Group AB", "Acme Oyj"]) == ("Acme signs a deal", [])
    assert choose_headline(["Acme signs a deal", "A deal worth MEUR 97.5"]) == ("Acme signs a deal", ["A deal worth MEUR 97.5"])


def test_a_copys_title_leaves_out_the_wires_label_and_the_issuers_name():
    # pressetext: the title drops the company's name the release prints before its headline
    header = ["Acme Mobility AG: strategic co-operation with Widgetco", "Document processing from a single source"]
    assert choose_headline(header, "strategic co-operation with Widgetco", trusted=True) == (
        "Acme Mobility AG: strategic co-operation with Widgetco", ["Document processing from a single source"])
    # a Dow Jones copy of an EQS ad-hoc: "PRESS RELEASE: Eqs-Adhoc:", the name printed twice, the case changed
    title = "PRESS RELEASE: Eqs-Adhoc: Acme Kgaa Confirms Talks With Widgetco, Inc. On Potential Acquisition"
    printed = "Acme KGaA: Acme KGaA confirms talks with Widgetco, Inc. on potential acquisition"
    assert choose_headline([printed], title, trusted=True) == (printed, [])
    # a header line that is the title itself stays the title's
    assert choose_headline(["Acme: Widgetco deal"], "Acme: Widgetco deal", trusted=True)[0] == "Acme: Widgetco deal"


def test_a_company_label_the_headline_names_is_no_deck_line():
    title = "Aqilion divests its holding in Oncorena Holding AB"
    assert choose_headline(["Aqilion", "Second line of the deck"], title, trusted=True) == (title, ["Second line of the deck"])
    # a short deck line the headline does not contain stays
    assert choose_headline(["Record revenue"], title, trusted=True) == (title, ["Record revenue"])
