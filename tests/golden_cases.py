"""The inputs that have a golden model (tests/golden/<name>.json) and how each model is made."""

from __future__ import annotations

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


def golden_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}.json"


def model_for(name: str) -> dict:
    from reportgen.readers import read_release

    release = read_release(CASES[name], attachments=not name.startswith("corpus-"))
    data = release.model_dump(mode="json", exclude={"facts"})
    # the path is where the test ran, not part of what was read
    data["input"]["path"] = Path(CASES[name]).name
    return data
