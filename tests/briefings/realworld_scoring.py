"""Score the briefings' JSON against blind annotations of real releases (tests/briefings/realworld/).

    python -m tests.briefings.realworld_scoring set1 [-v]

Each item is scored per release where the annotation has something to score (see ANNOTATING.md):

    lead         the lead carries every `must` (a figure's numbers, or the words) and no `must_not`
    results      share of the annotated comparisons whose figures a result of the briefing shows
    frame        of those found: kind right, and period / population named where annotated
    products     share of the annotated products shown with their own indication
    absence      no topic the release states is said to be "not reported"
    catalysts    share of the annotated catalysts shown; none of the past events among them
    guidance, dividends, deals
                 share of the annotated ones whose figures (or words) the briefing shows
    quotes       share of the quoted people with the right affiliation
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "realworld"
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "releases-dev"
ITEMS = ["lead", "results", "frame", "products", "absence", "catalysts", "guidance", "dividends", "deals", "quotes"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_STOP = {"the", "a", "an", "of", "in", "on", "for", "and", "to", "with", "by", "at", "or", "its", "from", "as", "be",
         "is", "was", "will", "data", "results", "expected"}


def numbers(text: str) -> set[str]:
    """The numbers of a text, thousands separators gone, trailing zeros of decimals dropped."""
    out = set()
    for m in _NUMBER.finditer(text or ""):
        raw = m.group(0)
        # '1,234' and '1.234' thousands, '3,5' a European decimal: keep the digits apart
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
            raw = re.sub(r"[.,]", "", raw)
        raw = raw.replace(",", ".")
        if "." in raw:
            raw = raw.rstrip("0").rstrip(".")
        out.add(raw)
    return out


def words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z][a-z0-9-]+", (text or "").lower()) if w not in _STOP}


def mentions(haystack: str, needle: str) -> bool:
    """A figure (its numbers) or words (each word's stem) in a text."""
    wanted = numbers(needle)
    if wanted:
        return wanted <= numbers(haystack)
    need = words(needle)
    return bool(need) and need <= words(haystack)


def overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


@dataclass
class Score:
    got: float = 0.0
    total: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: float, weight: float = 1.0, miss: str = "") -> None:
        self.got += ok * weight
        self.total += weight
        if ok < 1 and miss:
            self.misses.append(miss)

    @property
    def share(self) -> float:
        return self.got / self.total if self.total else 1.0


def _result_values(result: dict) -> str:
    return " ".join([*(a["value"] for a in result["arms"]), result.get("change", "")])


def score_results(expected: list[dict], data: dict, results: Score, frame: Score) -> None:
    for exp in expected:
        figures = " ".join([*(a["value"] for a in exp.get("arms", [])), exp.get("change") or ""])
        want = numbers(figures)
        if not want:
            continue
        found = next((r for r in data["results"] if want <= numbers(_result_values(r))), None)
        results.add(found is not None, miss=f"result {exp.get('measure')}: {figures.strip()}")
        if found is None:
            continue
        ok = [found["kind"] == exp.get("kind")]
        shown = " ".join([found.get("period") or "", found.get("population") or "", found["measure"],
                          *(a["label"] for a in found["arms"])])
        for key in ("period", "population"):
            if exp.get(key):
                ok.append(overlap(shown, exp[key]) >= 0.5 or mentions(shown, exp[key]))
        frame.add(sum(ok) / len(ok), miss=f"frame of {exp.get('measure')}: kind {found['kind']} "
                                          f"(expected {exp.get('kind')}), shown as {shown[:80]!r}")


def score_file(expected: dict, data: dict, scores: dict[str, Score]) -> None:
    name = expected["file"]
    lead = expected.get("lead") or {}
    if lead.get("must") or lead.get("must_not"):
        ok = all(mentions(data["lead"], m) for m in lead.get("must", [])) and \
            not any(mentions(data["lead"], m) for m in lead.get("must_not", []))
        scores["lead"].add(ok, miss=f"lead {data['lead'][:120]!r} (must {lead.get('must')}, not {lead.get('must_not')})")
    score_results(expected.get("results", []), data, scores["results"], scores["frame"])
    for p in expected.get("products", []):
        if not p.get("indication"):
            continue
        shown = next((q for q in data["products"] if overlap(q["name"], p["name"]) >= 0.5), None)
        ok = shown is not None and shown.get("indication") and overlap(shown["indication"], p["indication"]) >= 0.5
        scores["products"].add(bool(ok), miss=f"product {p['name']} for {p['indication']}: "
                                              f"{shown and shown.get('indication')}")
    stated = expected.get("stated") or {}
    claimed = [t for t, v in stated.items() if v is True and t in data["not_reported"]]
    if stated:
        scores["absence"].add(not claimed, miss=f"said not reported but stated: {claimed}")
    shown_catalysts = [f"{c['event']} {c['when']}" for c in data["catalysts"]]
    for c in expected.get("catalysts", []):
        ok = any(overlap(s, c["event"]) >= 0.5 for s in shown_catalysts)
        scores["catalysts"].add(ok, miss=f"catalyst {c['event']} ({c.get('when')})")
    for past in expected.get("past_events", []):
        wrong = [s for s in shown_catalysts if overlap(s, past) >= 0.6]
        if wrong:
            scores["catalysts"].add(0, miss=f"past event shown as a catalyst: {wrong[0]}")
    for key, field_name in (("guidance", "value"), ("dividends", None), ("deals", "value")):
        shown = " | ".join(data[key])
        for item in expected.get(key, []):
            text = item if isinstance(item, str) else (item.get(field_name) or item.get("what") or "")
            if not text:
                continue
            scores[key].add(mentions(shown, text), miss=f"{key}: {text}")
    for q in expected.get("quotes", []):
        # the surname: the name before its credentials (", M.D., Ph.D.") and generation ("III")
        name_words = [w for w in (q.get("speaker") or "").split(",")[0].split() if w not in ("Jr.", "Sr.", "II", "III", "IV")]
        speaker = name_words[-1:] or [""]
        shown = next((x for x in data["quotes"] if x.get("speaker") and speaker[0] in x["speaker"]), None)
        ok = shown is not None and shown["affiliation"] == q.get("affiliation")
        scores["quotes"].add(ok, miss=f"quote {q.get('speaker')}: {shown and shown['affiliation']} "
                                      f"(expected {q.get('affiliation')})")
    _ = name


def briefing_json(file: str) -> dict:
    from reportgen import briefings
    from reportgen.pipeline import load_release

    release = load_release(CORPUS / file)
    return briefings.build(release, "investor").export().model_dump()


def score_set(name: str, verbose: bool = False) -> dict[str, Score]:
    totals = {item: Score() for item in ITEMS}
    for path in sorted((HERE / name).glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        data = briefing_json(expected["file"])
        scores = {item: Score() for item in ITEMS}
        score_file(expected, data, scores)
        for item, s in scores.items():
            if s.total:
                totals[item].add(s.share)
        misses = [m for s in scores.values() for m in s.misses]
        if verbose and misses:
            print(f"{path.name.removesuffix('.expected.json')}:")
            for m in misses:
                print(f"    {m}")
    return totals


def main(argv: list[str]) -> None:
    name = argv[0] if argv else "set1"
    totals = score_set(name, verbose="-v" in argv)
    print(f"== {name}")
    shares = []
    for item in ITEMS:
        s = totals[item]
        if s.total:
            shares.append(s.share)
            print(f"  {item:<10} {100 * s.share:5.1f}%  ({s.total:.0f} releases)")
    if shares:
        print(f"  {'mean':<10} {100 * sum(shares) / len(shares):5.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
