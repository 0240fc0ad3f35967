"""A filing that wraps a release (rules/filing.py): an 8-K's cover page, the item that quotes the
release, its signatures and exhibit index around it."""

from __future__ import annotations

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble, assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.filing import embedded_release
from reportgen.readers.wire_text import blocks_from_text

EIGHT_K = """
                      SECURITIES AND EXCHANGE COMMISSION
                           Washington, D.C.  20549

                                  FORM 8-K

                               CURRENT REPORT

Date of report (Date of earliest event reported) March 3, 1997

   Delaware            Widget Works, Inc.                 22-1234567
(State of incorporation) (Exact name of registrant)      (IRS Employer No.)

     Registrant's telephone number, including area code: (201) 555-0100

<PAGE>
Item 5.  Other Events

       On March 3, 1997, the Registrant issued the following press release:


Date:       March 3, 1997
Contact:    Widget Works, Inc.
            201.555.0100


Widget Works Names New Chief Executive

Hoboken, New Jersey-- Widget Works, Inc. (OTC BB: WDGT) today named Ann Lee
its chief executive officer, effective immediately.

<PAGE>
                                 SIGNATURES

       Pursuant to the requirements of the Securities Exchange Act of 1934,
the Registrant has duly caused this report to be signed on its behalf.

                                            WIDGET WORKS, INC.
Dated:    March 3, 1997
                                INDEX TO EXHIBITS

(99)       Additional Exhibits

             None.
"""


def test_the_release_an_8k_quotes_is_the_release():
    release = assemble_release(Read(blocks_from_text(EIGHT_K)), SourceInfo(format="text"))
    assert release.headline == "Widget Works Names New Chief Executive"
    assert (release.dateline.city, release.dateline.region, release.dateline.date) == ("Hoboken", "New Jersey", None)
    assert release.release_date == "1997-03-03"  # the Date: line printed with the release
    assert release.issuer.name == "Widget Works, Inc."
    assert [(c.organisation, c.phones) for c in release.contacts] == [("Widget Works, Inc.", ["201.555.0100"])]
    assert [s.heading for s in release.sections if s.heading] == []
    text = " ".join(p for s in release.sections for p in s.paragraphs)
    assert "Registrant" not in text and "Pursuant" not in text


def test_the_form_around_the_release_is_accounted_for_as_the_filings():
    draft = assemble(Read(blocks_from_text(EIGHT_K)), SourceInfo(format="text"))
    fates = {b.text[:12]: draft.fates.get(b.index) for b in draft.blocks}
    assert fates["SECURITIES A"] == ["furniture: the filing's cover page and item"]
    assert fates["SIGNATURES"] == ["furniture: the filing's signatures and exhibits"]


def test_a_release_that_only_mentions_the_commission_is_no_filing():
    blocks = [Block("Acme Reports Results"), Block("BOSTON, March 3, 2025 /PRNewswire/ -- Acme today reported."),
              Block("Acme files reports with the Securities and Exchange Commission; see its Form 10-K:"),
              Block("SIGNATURES")]
    assert embedded_release(blocks) is None


def test_an_exhibit_after_the_signatures_is_the_release():
    blocks = [Block("UNITED STATES SECURITIES AND EXCHANGE COMMISSION"), Block("FORM 8-K"),
              Block("Item 8.01 Other Events. A copy of the press release is filed as Exhibit 99.1."),
              Block("SIGNATURES"), Block("Pursuant to the requirements ..."), Block("EXHIBIT 99.1"),
              Block("Acme Names New CEO"), Block("BOSTON, March 3, 2025 -- Acme today named ...")]
    assert embedded_release(blocks) == (6, 8)
