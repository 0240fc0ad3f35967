"""The issuer (rules/issuer.py): a leading The, a joint release, a ticker in the headline only."""

from __future__ import annotations

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.issuer import with_leading_the
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


def test_a_leading_the_that_is_part_of_the_name():
    text = "The Buckle, Inc. (NYSE: BKE) announced today ... Information on The Buckle, Inc. can be accessed at www.buckle.com."
    assert with_leading_the("Buckle, Inc.", text) == "The Buckle, Inc."
    assert with_leading_the("Acme Corp.", "The Acme Corp. board met. Acme Corp. said.") == "Acme Corp."
    assert with_leading_the("Acme Corp.", "", source="The Acme Corp.") == "The Acme Corp."


def test_a_joint_release_names_the_first_company_as_issuer():
    blocks = [
        Block("Blackstone Life Sciences and Anthos Therapeutics Announce Agreement"),
        Block('CAMBRIDGE, Mass.--(BUSINESS WIRE)--February 11, 2025--Blackstone Life Sciences and Anthos Therapeutics, Inc. '
              '("Anthos"), a clinical-stage company, announced today an agreement.'),
    ]
    assert assemble_release(Read(blocks)).issuer.name == "Blackstone Life Sciences"


def test_a_ticker_printed_in_the_headline_only():
    blocks = [Block("Solstice Bio (NASDAQ: SOLB) Doses First Patient in Phase 1 Trial"),
              Block("SAN DIEGO, Jan. 21, 2025 (GLOBE NEWSWIRE) -- Solstice Bio, Inc. (\"Solstice\") today announced dosing.")]
    r = assemble_release(Read(blocks))
    assert [(t.exchange, t.symbol) for t in r.issuer.tickers] == [("NASDAQ", "SOLB")]
    assert r.issuer.name == "Solstice Bio, Inc."
