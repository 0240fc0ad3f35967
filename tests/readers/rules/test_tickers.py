"""Tickers (rules/tickers.py) in all their spellings, exchange names normalized."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.tickers import find_tickers, normalize_exchange


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EpiCept Corporation (Nasdaq and OMX Nordic Exchange: EPCT) today", [("Nasdaq", "EPCT"), ("OMX Nordic Exchange", "EPCT")]),
        ("Sears, Roebuck and Co. (NYSE: S) today", [("NYSE", "S")]),
        ("BiOptio [Nasdaq: BCDA] said", [("Nasdaq", "BCDA")]),
        ("Roadhouse (NASDAQ/NMS:ROAC)", [("NASDAQ/NMS", "ROAC")]),
        ("Alterity (ASX: ATH, NASDAQ: ATHE) today", [("ASX", "ATH"), ("NASDAQ", "ATHE")]),
        ("Harbour BioMed (HKEX: 02142) today", [("HKEX", "02142")]),
        ("Harbour BioMed, HKEX: 02142, today", [("HKEX", "02142")]),
        ("Berkshire (NYSE: BRK.A, BRK.B)", [("NYSE", "BRK.A"), ("NYSE", "BRK.B")]),
        ("the (Phase 3: ongoing) study", []),
        ("Red River Bank (HoSE: RRB) today", [("HoSE", "RRB")]),  # the Ho Chi Minh exchange, as Vietnamese wires print it
    ],
)
def test_tickers_in_all_spellings(text, expected):
    assert [(t.exchange, t.symbol) for t, _, _ in find_tickers(text)] == expected


@pytest.mark.parametrize(
    "printed, exchange",
    [("Cboe CA", "Cboe Canada"), ("Cboe Canada CA", "Cboe Canada"), ("CBOE Canada", "Cboe Canada"), ("TSX-V", "TSXV"),
     ("NYSE American", "NYSE American"), ("Nasdaq", "Nasdaq")],
)
def test_exchange_names_are_normalized(printed, exchange):
    assert normalize_exchange(printed) == exchange


def test_cboe_canada_ticker_keeps_its_symbol():
    found = [(t.exchange, t.symbol) for t, _, _ in find_tickers("Cybin Inc. (NYSE American:CYBN) (Cboe CA:CYBN) today")]
    assert found == [("NYSE American", "CYBN"), ("Cboe Canada", "CYBN")]
