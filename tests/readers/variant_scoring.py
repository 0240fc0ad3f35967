"""The per-field scorer shared by the synthetic variant files (test_variants*.py).

A variant set is a dict name -> (suffix, text, expect). `score` compares a read release with an
expectation field by field (FIELDS); `score_set` reads and scores several variants; `report` prints
per-field accuracy; `main` does both for named sets (`python -m tests.readers.test_variants_blind2 -v`);
`check_variant` is the body of a parametrized test.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest

from reportgen.readers.release import read_release

Variants = dict[str, tuple[str, str, dict]]
Result = dict[str, tuple[bool, str]]

FIELDS = ["headline", "subheadlines", "dateline", "release_date", "issuer", "tickers", "website", "contacts",
          "headings", "quotes", "fls", "urls"]


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


def score(release, e: dict) -> Result:
    """field -> (right?, what was wrong)."""
    r = release
    out: Result = {}

    def put(field, ok, got, want):
        out[field] = (bool(ok), "" if ok else f"expected {want!r}, got {got!r}")

    put("headline", r.headline == e["headline"], r.headline, e["headline"])
    put("subheadlines", r.subheadlines == e.get("subheadlines", []), r.subheadlines, e.get("subheadlines", []))
    dl = r.dateline
    want_dl = {k: e[k] for k in ("city", "region", "country", "date", "wire") if k in e}
    got_dl = {k: getattr(dl, k) for k in want_dl}
    put("dateline", got_dl == want_dl, got_dl, want_dl)
    put("release_date", r.release_date == e["release_date"], r.release_date, e["release_date"])
    put("issuer", r.issuer.name == e["issuer"], r.issuer.name, e["issuer"])
    got_t = [(t.exchange, t.symbol) for t in r.issuer.tickers]
    put("tickers", got_t == e["tickers"], got_t, e["tickers"])
    put("website", _site(r.issuer.website) == _site(e["website"]), r.issuer.website, e["website"])
    want_c = e["contacts"]
    missing = [w for w in want_c if not any(contact_matches(c, w) for c in r.contacts)]
    ok = not missing and len(r.contacts) == len(want_c)
    put("contacts", ok, [c.model_dump(exclude_none=True) for c in r.contacts], missing or f"{len(want_c)} contacts")
    got_h = [s.heading for s in r.sections if s.heading]
    put("headings", got_h == e["headings"], got_h, e["headings"])
    got_q = {(q.speaker, q.title) for q in r.quotes}
    want_q = set(e["quotes"])
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


def read_variant(variants: Variants, name: str, folder: Path):
    suffix, text, _ = variants[name]
    path = folder / f"{name}.{suffix}"
    path.write_text(text, encoding="utf-8")
    return read_release(path, attachments=False)


def score_set(variants: Variants, names=None) -> dict[str, Result]:
    """Score the named variants (all by default); a crash scores every field wrong."""
    results = {}
    with tempfile.TemporaryDirectory() as d:
        for name in (variants if names is None else names):
            try:
                results[name] = score(read_variant(variants, name, Path(d)), variants[name][2])
            except Exception as exc:
                results[name] = dict.fromkeys(FIELDS, (False, f"crash: {exc!r}"))
    return results


def accuracy(results: dict[str, Result]) -> dict[str, float]:
    return {f: sum(r[f][0] for r in results.values()) / len(results) for f in FIELDS}


def report(title: str, results: dict[str, Result], verbose: bool = False) -> None:
    print(f"== {title}")
    for name, res in results.items():
        bad = [f for f in FIELDS if not res[f][0]]
        if bad:
            print(f"{name}: {', '.join(bad)}")
            if verbose:
                for f in bad:
                    print(f"    {f}: {res[f][1][:500]}")
    for f, acc in accuracy(results).items():
        print(f"  {f:14s} {acc * 100:5.1f}%")
    total = sum(ok for r in results.values() for ok, _ in r.values()) / (len(results) * len(FIELDS))
    fully = sum(all(ok for ok, _ in r.values()) for r in results.values())
    print(f"  {'all fields':14s} {total * 100:5.1f}%   fully right: {fully}/{len(results)}\n")


def main(sets: dict[str, Variants], argv: list[str] | None = None) -> int:
    """Print the per-field accuracy of each named, non-empty set; `-v` says what was wrong."""
    verbose = "-v" in (sys.argv[1:] if argv is None else argv)
    for title, variants in sets.items():
        if variants:
            report(title, score_set(variants), verbose)
    return 0


def check_variant(variants: Variants, name: str, folder: Path, known_wrong: dict[str, str] | None = None) -> None:
    """The body of a variant test: xfail if known wrong, else every scored field right."""
    if known_wrong and name in known_wrong:
        pytest.xfail(known_wrong[name])
    result = score(read_variant(variants, name, folder), variants[name][2])
    problems = [f"{f}: {why}" for f, (ok, why) in result.items() if not ok]
    assert not problems, "\n".join(problems)
