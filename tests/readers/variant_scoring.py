"""Loader and scorer of the synthetic variant releases (tests/readers/variants/<set>/, see MEASUREMENTS.md there).

`load` reads the variants of the named sets; `score` compares a read release with an expectation field by field
(FIELDS); `report` prints per-field accuracy. `python -m tests.readers.variant_scoring [SET ...] [-v]` does both for
each set and subset (all sets by default); `-v` says what was wrong.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reportgen.readers.release import read_release

VARIANTS_DIR = Path(__file__).resolve().parent / "variants"

Result = dict[str, tuple[bool, str]]

FIELDS = ["headline", "subheadlines", "dateline", "release_date", "issuer", "tickers", "website", "contacts",
          "headings", "quotes", "fls", "urls"]


@dataclass(frozen=True)
class Variant:
    set: str
    name: str
    path: Path  # the release, <name>.<suffix>
    expect: dict  # <name>.expected.json

    @property
    def id(self) -> str:
        return f"{self.set}/{self.name}"


def load(sets=()) -> list[Variant]:
    """The variants of the named sets (all by default), set by set, name by name."""
    folders = sorted(p for p in VARIANTS_DIR.iterdir() if p.is_dir() and (not sets or p.name in sets))
    if unknown := set(sets) - {f.name for f in folders}:
        raise SystemExit(f"no such variant set: {', '.join(sorted(unknown))}")
    variants = []
    for folder in folders:
        releases = sorted(p for p in folder.iterdir() if not p.name.endswith(".expected.json"))
        assert len(releases) == len(list(folder.glob("*.expected.json"))), f"{folder}: unpaired files"
        for path in releases:
            expect = json.loads(path.with_name(f"{path.stem}.expected.json").read_text(encoding="utf-8"))
            variants.append(Variant(folder.name, path.stem, path, expect))
    return variants


def _norm_url(u: str) -> str:
    return u.strip().rstrip("/")


def _site(u) -> str | None:
    """A website compared by its host and path, scheme, `www.` and a trailing slash aside."""
    if not u:
        return None
    u = re.sub(r"^https?://", "", u.strip().lower())
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def contact_matches(contact, want: dict) -> bool:
    """The contact has every field given in `want`; phones/emails: these at least, [] for none at all."""
    for key, value in want.items():
        got = getattr(contact, key)
        if key in ("phones", "emails"):
            if (set(got) if not value else not set(value) <= set(got)):
                return False
        elif got != value:
            return False
    return True


def _put(out: Result, field: str, ok, got, want) -> None:
    out[field] = (bool(ok), "" if ok else f"expected {want!r}, got {got!r}")


def score(release, e: dict) -> Result:
    """field -> (right?, what was wrong); a `partial` expectation scores only the fields it gives."""
    if e.get("partial"):
        return _score_given(release, e)
    r = release
    out: Result = {}

    def put(field, ok, got, want):
        _put(out, field, ok, got, want)

    put("headline", r.headline == e["headline"], r.headline, e["headline"])
    put("subheadlines", r.subheadlines == e.get("subheadlines", []), r.subheadlines, e.get("subheadlines", []))
    dl = r.dateline
    want_dl = {k: e[k] for k in ("city", "region", "country", "date", "wire") if k in e}
    got_dl = {k: getattr(dl, k) for k in want_dl}
    put("dateline", got_dl == want_dl, got_dl, want_dl)
    put("release_date", r.release_date == e["release_date"], r.release_date, e["release_date"])
    put("issuer", r.issuer.name == e["issuer"], r.issuer.name, e["issuer"])
    got_t = [(t.exchange, t.symbol) for t in r.issuer.tickers]
    want_t = [tuple(t) for t in e["tickers"]]
    put("tickers", got_t == want_t, got_t, want_t)
    put("website", _site(r.issuer.website) == _site(e["website"]), r.issuer.website, e["website"])
    want_c = e["contacts"]
    missing = [w for w in want_c if not any(contact_matches(c, w) for c in r.contacts)]
    ok = not missing and len(r.contacts) == len(want_c)
    put("contacts", ok, [c.model_dump(exclude_none=True) for c in r.contacts], missing or f"{len(want_c)} contacts")
    got_h = [s.heading for s in r.sections if s.heading]
    put("headings", got_h == e["headings"], got_h, e["headings"])
    got_q = {(q.speaker, q.title) for q in r.quotes}
    want_q = {tuple(q) for q in e["quotes"]}
    put("quotes", {s for s, _ in got_q} == {s for s, _ in want_q} and want_q <= got_q, sorted(got_q, key=str), sorted(want_q, key=str))
    fls = r.forward_looking_statements
    if e["fls"] is None:
        put("fls", fls is None, (fls or "")[:60], None)
    else:
        put("fls", (fls or "").startswith(e["fls"]), (fls or "")[:60], e["fls"])
    got_u = {_norm_url(u) for u in r.urls}
    want_u = {_norm_url(u) for u in e["urls"]}
    put("urls", got_u == want_u, sorted(got_u), sorted(want_u))
    return out


def _score_given(r, e: dict) -> Result:
    """The first round's check: each field given, "at least" (contacts, quotes and URLs among those read; a quote's
    title None is any title; the release date defaults to the dateline's date; `cities`, heading `levels`)."""
    out: Result = {}

    def put(field, ok, got, want):
        _put(out, field, ok, got, want)

    put("headline", r.headline == e["headline"], r.headline, e["headline"])
    if "subheadlines" in e:
        put("subheadlines", r.subheadlines == e["subheadlines"], r.subheadlines, e["subheadlines"])
    want_dl = {k: e[k] for k in ("city", "region", "country", "cities", "date", "wire") if k in e}
    got_dl = {k: getattr(r.dateline, k) for k in want_dl}
    put("dateline", got_dl == want_dl, got_dl, want_dl)
    if "release_date" in e or e.get("date"):
        want_rd = e["release_date"] if "release_date" in e else e["date"]
        put("release_date", r.release_date == want_rd, r.release_date, want_rd)
    if "issuer" in e:
        put("issuer", r.issuer.name == e["issuer"], r.issuer.name, e["issuer"])
    if "tickers" in e:
        got_t, want_t = [(t.exchange, t.symbol) for t in r.issuer.tickers], [tuple(t) for t in e["tickers"]]
        put("tickers", got_t == want_t, got_t, want_t)
    if "contacts" in e:
        missing = [w for w in e["contacts"] if not any(contact_matches(c, w) for c in r.contacts)]
        put("contacts", not missing, [c.model_dump(exclude_none=True) for c in r.contacts], missing)
    if "headings" in e or "levels" in e:
        heads = [s for s in r.sections if s.heading]
        got_h = {"headings": [s.heading for s in heads], "levels": [s.level for s in heads]}
        got_h = {k: v for k, v in got_h.items() if k in e}
        want_h = {k: e[k] for k in got_h}
        put("headings", got_h == want_h, got_h, want_h)
    if "quotes" in e:
        got_q = [(q.speaker, q.title) for q in r.quotes]
        missing = [(s, t) for s, t in e["quotes"] if not any(gs == s and t in (None, gt) for gs, gt in got_q)]
        put("quotes", not missing, got_q, missing)
    if "fls" in e:
        fls = r.forward_looking_statements or ""
        put("fls", fls.startswith(e["fls"]), fls[:60], e["fls"])
    if "urls" in e:
        missing = [u for u in e["urls"] if not any(x.rstrip("/.") == u for x in r.urls)]
        put("urls", not missing, r.urls, missing)
    return out


def score_all(variants: list[Variant]) -> dict[str, Result]:
    """Read and score each variant; a crash scores every field wrong."""
    results = {}
    for v in variants:
        try:
            results[v.name] = score(read_release(v.path, attachments=False), v.expect)
        except Exception as exc:
            results[v.name] = dict.fromkeys(FIELDS, (False, f"crash: {exc!r}"))
    return results


def accuracy(results: dict[str, Result]) -> dict[str, float]:
    """Per field, the share right among the variants that score it."""
    scored = {f: [r[f][0] for r in results.values() if f in r] for f in FIELDS}
    return {f: sum(oks) / len(oks) for f, oks in scored.items() if oks}


def report(title: str, results: dict[str, Result], verbose: bool = False) -> None:
    print(f"== {title}")
    for name, res in results.items():
        bad = [f for f in FIELDS if f in res and not res[f][0]]
        if bad:
            print(f"{name}: {', '.join(bad)}")
            if verbose:
                for f in bad:
                    print(f"    {f}: {res[f][1][:500]}")
    for f, acc in accuracy(results).items():
        print(f"  {f:14s} {acc * 100:5.1f}%")
    total = sum(ok for r in results.values() for ok, _ in r.values()) / sum(len(r) for r in results.values())
    fully = sum(all(ok for ok, _ in r.values()) for r in results.values())
    print(f"  {'all fields':14s} {total * 100:5.1f}%   fully right: {fully}/{len(results)}\n")


def main(argv: list[str] | None = None) -> int:
    """Print the per-field accuracy of each named set (all by default), subset by subset; `-v` says what was wrong."""
    args = sys.argv[1:] if argv is None else argv
    groups: dict[str, list[Variant]] = {}
    for v in load([a for a in args if a != "-v"]):
        subset = v.expect.get("subset")
        groups.setdefault(f"{v.set} {subset}" if subset else v.set, []).append(v)
    for title, variants in groups.items():
        report(f"{title} ({len(variants)})", score_all(variants), "-v" in args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
