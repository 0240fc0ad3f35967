"""The inputs that have golden files and how each is made.

For every case there are three golden files, each compared field by field:

- `tests/golden/<name>.json`: the reader's model of the input (facts excluded);
- `tests/golden/facts/<name>.json`: the facts extracted from it;
- `tests/golden/briefings/<name>-<audience>.json`: each audience's briefing (the view model the
  templates render), so a change anywhere upstream that changes what a reader sees shows here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from tests.conftest import ROOT, SHARED

GOLDEN_DIR = ROOT / "tests" / "golden"

# name -> path of the input; corpus files live in ../shared (CI has it beside the repo)
_CORPUS = SHARED / "corpus" / "releases"

CASES: dict[str, Path] = {
    "epicept-ceplene-2007-12-10": ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt",
    # corpus releases: every format (text, SEC HTML, web page, fragment, markdown) and every wire
    "corpus-1995-cisco-two-releases": _CORPUS / "1995-08-10_cisco-combinet_ex20.txt",
    "corpus-2004-sears-prnewswire-text": _CORPUS / "2004-07-22_sears_prnewswire-firstcall_ex99.txt",
    "corpus-2005-southern-contacts-above": _CORPUS / "2005-01-25_southern-company_ex9901.txt",
    "corpus-2000-rock-of-ages-html": _CORPUS / "2000-09-26_rock-of-ages_ex99.htm",
    "corpus-2019-oracle-contact-table": _CORPUS / "2019-07-10_oracle_ex991.htm",
    "corpus-2024-3m-prnewswire-exhibit": _CORPUS / "2024-03-08_3m_prnewswire_ex991.htm",
    "corpus-2016-hackerrank-prnewswire-page": _CORPUS / "2016-04-25_hackerrank_prnewswire.html",
    "corpus-2016-segment-marketwired-page": _CORPUS / "2016-04-06_segment_marketwired.html",
    "corpus-2023-cancervax-globenewswire-fragment": _CORPUS / "2023-06-12_cancervax_globenewswire.html",
    "corpus-2025-arrowhead-businesswire-dj": _CORPUS / "2025-02-10_arrowhead_businesswire.md",
    "corpus-2025-alkermes-prnewswire-dj": _CORPUS / "2025-02-12_alkermes_prnewswire.md",
    "corpus-2025-alterity-globenewswire-md": _CORPUS / "2025-02-10_alterity_globenewswire.md",
    "corpus-2025-lipella-globenewswire-md": _CORPUS / "2025-02-11_lipella_globenewswire.md",
    "corpus-2025-faruqi-newsfile-md": _CORPUS / "2025-02-10_faruqi_newsfile.md",
    "corpus-2025-dp-world-accesswire-md": _CORPUS / "2025-02-11_dp-world_accesswire.md",
}

# clinical and financial releases both: each audience's briefing of each is golden
BRIEFING_CASES = sorted(CASES)


def golden_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}.json"


def facts_golden_path(name: str) -> Path:
    return GOLDEN_DIR / "facts" / f"{name}.json"


def briefing_golden_path(name: str, audience: str) -> Path:
    return GOLDEN_DIR / "briefings" / f"{name}-{audience}.json"


@cache
def _release(name: str):
    from reportgen.readers import read_release

    # corpus releases are read without their attachments: ../shared holds none
    return read_release(CASES[name], attachments=not name.startswith("corpus-"))


@cache
def _enriched(name: str):
    from reportgen.extract import enrich

    release = _release(name).model_copy(deep=True)
    release.facts = enrich(release)
    return release


def _plain(data) -> dict:
    return json.loads(json.dumps(data, ensure_ascii=False))


def model_for(name: str) -> dict:
    data = _release(name).model_dump(mode="json", exclude={"facts"})
    # the path is where the test ran, not part of what was read
    data["input"]["path"] = Path(CASES[name]).name
    return data


def facts_for(name: str) -> dict:
    facts = _enriched(name).facts
    return _plain(facts.model_dump(mode="json") if hasattr(facts, "model_dump") else facts)


def briefing_for(name: str, audience: str) -> dict:
    from reportgen import briefings

    return briefings.build(_enriched(name), audience).model_dump(mode="json")


def audiences() -> list[str]:
    from reportgen.briefings import BUILTIN  # audiences added at run time have no golden files

    return sorted(BUILTIN)


def all_golden() -> list[tuple[Path, dict]]:
    """Every golden file with the data it should hold now (what `make golden` writes)."""
    out = []
    for name in CASES:
        out.append((golden_path(name), model_for(name)))
        out.append((facts_golden_path(name), facts_for(name)))
    for name in BRIEFING_CASES:
        for audience in audiences():
            out.append((briefing_golden_path(name, audience), briefing_for(name, audience)))
    return out


def diff(expected, actual, path="") -> list[str]:
    """Field-by-field differences, each as 'path: expected ..., got ...'."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in sorted(set(expected) | set(actual)):
            out += diff(expected.get(key, "<missing>"), actual.get(key, "<missing>"), f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        out = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            out += diff(e, a, f"{path}[{i}]")
        return out
    return [] if expected == actual else [f"{path}: expected {expected!r:.200}, got {actual!r:.200}"]


def assert_matches_golden(path: Path, actual) -> None:
    assert path.exists(), f"{path} missing: run `make golden` and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    differences = diff(expected, _plain(actual))
    assert not differences, (f"{path.name} differs from its golden file (re-approve with `make golden` if "
                             "intended):\n" + "\n".join(differences[:40]))
