"""The sample release as the readers should normalize it, built from release.txt by hand-made rules.

The extraction tests use this (not reportgen.readers) so that their exact expectations do not move
while the readers change: paragraphs are un-wrapped sentences; sections follow the release's
indented headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.model import Dateline, Issuer, Release, Section, Ticker
from reportgen.readers.rules.roles import assign_roles

SAMPLE = Path(__file__).resolve().parents[2] / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt"

HEADINGS = ["Additional Ceplene Study Results Presented", "About Ceplene", "Ceplene Clinical Trial History",
            "About EpiCept Corporation", "Forward-Looking Statements"]
# First words of every paragraph, section by section (None: the lead section).
PARAGRAPH_STARTS = {
    None: ["TARRYTOWN, N.Y., Dec. 10", "Ceplene is EpiCept's registration stage", "\"These important findings",
           "Mats L. Brune, MD", "The data were derived", "The median LFS of AML", "Further, the median duration",
           "Dr. Brune stated"],
    "Additional Ceplene Study Results Presented": ["In a separate poster", "In the study, researchers"],
    "About Ceplene": ["Ceplene is EpiCept's registration-stage compound"],
    "Ceplene Clinical Trial History": ["A pivotal Phase III study"],
    "About EpiCept Corporation": ["EpiCept is focused"],
    "Forward-Looking Statements": ["This news release and any oral"],
}


def _body_text() -> str:
    raw = SAMPLE.read_text(encoding="utf-8")
    lines = raw.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("TARRYTOWN"))
    end = next(i for i, line in enumerate(lines) if line.strip() == "EPCT-GEN")
    body = []
    for line in lines[start:end]:
        s = line.strip()
        if not s or s.startswith("(Logo:"):
            continue
        body.append(s)
    return " ".join(body)


def sample_release() -> Release:
    text = _body_text()
    sections: list[Section] = []
    for heading in PARAGRAPH_STARTS:
        sec = Section(heading=heading)
        sections.append(sec)
    # cut at headings first
    cuts = [(text.index(h + " "), h) for h in HEADINGS]
    chunks = {}
    prev_at, prev_h = 0, None
    for at, h in cuts:
        chunks[prev_h] = text[prev_at:at].strip()
        prev_at, prev_h = at + len(h) + 1, h
    chunks[prev_h] = text[prev_at:].strip()
    for sec in sections:
        chunk = chunks[sec.heading]
        starts = [chunk.index(s) for s in PARAGRAPH_STARTS[sec.heading]] + [len(chunk)]
        sec.paragraphs = [re.sub(r"\s+", " ", chunk[a:b]).strip() for a, b in zip(starts, starts[1:])]
    return Release(
        headline=("EpiCept Releases New Data Demonstrating Prolonged Five-Year Leukemia-Free Survival for "
                  "AML Patients Treated with Ceplene(TM) + IL-2"),
        subheadlines=["First Drug Regimen Shown to Prevent AML Relapse"],
        dateline=Dateline(city="TARRYTOWN", region="N.Y.", date="2007-12-10", wire="PR Newswire",
                          text="TARRYTOWN, N.Y., Dec. 10 /PRNewswire/"),
        release_date="2007-12-10",
        issuer=Issuer(name="EpiCept Corporation", tickers=[Ticker(exchange="Nasdaq", symbol="EPCT")],
                      website="http://www.epicept.com"),
        sections=assign_roles(sections, "EpiCept Corporation"),
        slug="EPCT-GEN",
        source="EpiCept Corporation",
    )
