"""Re-wrapping invariance of the wire-text reader: the same release printed again at any width from
60 to 100 columns, with CRLF or LF, tabs or spaces, blank lines between all paragraphs, where the
original has them or none, trailing padding or none, first-line indents or none, gives the same
model (`tests/readers/rewrap.py` prints the layouts and says which breaks a layout must show).

`make test` runs a bounded number of layouts (the same ones every run); `make rewrap`
(REWRAP_LONG=1) runs many more, drawn at random.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportgen.readers.release import read_release
from tests.conftest import SAMPLE_RELEASE, SHARED
from tests.readers.rewrap import BLANK_LINES, Layout, rewrap

# the sample, and text releases of both corpora: PR Newswire of the 2000s (no blank lines), SEC
# text exhibits of the 1990s (first-line indents), BBS copies of the 1990s (blank lines,
# typewriter spacing, letterheads, e-mail headers, fixed-width tables)
RELEASES = [
    "sample",
    "releases/1995-08-10_cisco-combinet_ex20.txt",
    "releases/2000-01-19_apple_ex991.txt",
    "releases/2005-01-25_southern-company_ex9901.txt",
    "releases-dev/1991-10-04_asdg_company.txt",
    "releases-dev/1992-06-01_merisel_prnewswire.txt",
    "releases-dev/1992-06-08_gold-disk_company.txt",
    "releases-dev/1996-05-07_nova-design_company.txt",
    "releases-dev/1992-08-19_commodore-international_prnewswire.txt",
    "releases-dev/1993-04-18_commodore-business-machines_company.txt",
    "releases-dev/1993-08-10_soft-logik-publishing_company.txt",
    "releases-dev/1994-02-18_newtek_company.txt",
    "releases-dev/1995-02-22_scala_company.txt",
    "releases-dev/1996-07-10_miller-freeman_company.txt",
]


def _path(name: str) -> Path:
    return SAMPLE_RELEASE if name == "sample" else SHARED / "corpus" / name


def _model(path: Path) -> dict:
    data = json.loads(read_release(path, attachments=False).model_dump_json())
    data.pop("input")
    return data


@cache
def _original(name: str) -> str:
    return json.dumps(_model(_path(name)), indent=1, sort_keys=True)


def _rewrapped(name: str, layout: Layout) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.txt"
        path.write_bytes(rewrap(_path(name), layout).encode("utf-8"))
        return json.dumps(_model(path), indent=1, sort_keys=True)


layouts = st.builds(
    Layout,
    width=st.integers(60, 100),
    blank_lines=st.sampled_from(BLANK_LINES),
    crlf=st.booleans(),
    tabs=st.booleans(),
    padding=st.booleans(),
    indent_paragraphs=st.booleans(),
)

LONG = os.environ.get("REWRAP_LONG") == "1"


@settings(max_examples=2000 if LONG else 60, derandomize=not LONG, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(RELEASES), layout=layouts)
# the layouts that lost paragraph breaks of the sample before the reader was fixed for them
@example(name="sample", layout=Layout(width=65))
@example(name="sample", layout=Layout(width=72))
@example(name="sample", layout=Layout(width=60, blank_lines="none", tabs=True, crlf=True, padding=True))
@example(name="sample", layout=Layout(width=100, blank_lines="all", indent_paragraphs=True))
def test_rewrapped_release_reads_the_same(name: str, layout: Layout):
    assert _rewrapped(name, layout) == _original(name), f"{name} in {layout}"


@pytest.mark.parametrize("name", RELEASES)
def test_every_release_at_80_columns_reads_the_same(name: str):
    assert _rewrapped(name, Layout(width=80)) == _original(name)
