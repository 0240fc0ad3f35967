"""Pairs joined by a connector word: "X versus / compared with / than Y", "from X to Y", "to Y from X",
"up 58% from $16.5 million", and a change against the control's ("reduced 52.4% ... compared with a 2.1%
increase"). Each connector pairs the figures between it and its neighbours (and no further than a ';')."""

from __future__ import annotations

import re

from ..numbers import Quantity
from .scan import Scan, adjectival, pair_key
from .vocabulary import CONNECTOR_RE, PERIOD_WORDS_RE

_VERSUS_WORDS = ("compared", "as compared", "in comparison", "as opposed", "in contrast", "contrasted")

# the figure before "from" is the new level: "increased to $Y from $X", "narrowed to $(4.8) million ... from"
_MOVED_TO_BEFORE_RE = re.compile(
    r"\b(?:(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|reduced|expanded|contracted|"
    r"narrowed|widened|jumped|slipped|edged\s+(?:up|down))\s+(?:[\w%.$€£,]+\s+){0,3}?to|reached)\s+"
    r"(?:approximately\s+|about\s+)?$")
_MOVED_TO_PAIRS_RE = re.compile(
    r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|reduced|expanded|"
    r"contracted|narrowed|widened|jumped|slipped)\s+(?:by\s+)?(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s+)?"
    r"to\s+(?:approximately\s+|about\s+)?$")


def connector_pairs(scan: Scan) -> None:
    """Pair the figures around each connector of the sentence."""
    masked, used = scan.masked, scan.used
    conns = _connectors(scan)
    for i, c in enumerate(conns):
        word = c.group().lower()
        lo = conns[i - 1].end() if i > 0 else 0
        lo = max(lo, masked.rfind(";", 0, c.start()) + 1)
        hi = conns[i + 1].start() if i + 1 < len(conns) else len(masked)
        semi = masked.find(";", c.end(), hi)
        if semi >= 0:
            hi = semi
        before = [q for q in scan.qs if lo <= q.start and q.end <= c.start() and id(q) not in used]
        after = [q for q in scan.qs if c.end() <= q.start and q.end <= hi and id(q) not in used]
        if word == "from":
            _from_pairs(scan, c, lo, hi, before, after)
        elif word.endswith("from"):
            bs = [q for q in before if not scan.changes[id(q)]]  # "up from", "down from"
            if len(bs) >= 2 and len(after) >= 2 and [q.cls for q in bs[-2:]] == [q.cls for q in after[:2]] and \
                    bs[-2].cls != bs[-1].cls:
                # "$1.9 billion, or $2.10 per diluted share, up from $1.6 billion, or $1.78 per diluted share"
                for x, y in zip(bs[-2:], after[:2]):
                    scan.pair(y, x, lo, hi, "to-from")
            elif bs and after and after[0].cls == bs[-1].cls:
                scan.pair(after[0], bs[-1], lo, hi, "to-from")
        else:
            _versus_pairs(scan, lo, hi, before, after)
            if word in ("versus", "vs", "vs.", "v.") or word.startswith(_VERSUS_WORDS):
                _change_versus(scan, c, lo, hi, before, after)


def _connectors(scan: Scan) -> list[re.Match]:
    """The connectors of the sentence.
    "up 3% from the first quarter of 2021": a bare "from" with no figure after it pairs nothing
    and must not cut the sentence for the next connector"""
    conns = list(CONNECTOR_RE.finditer(scan.masked))
    keep = []
    for i, c in enumerate(conns):
        nxt = conns[i + 1].start() if i + 1 < len(conns) else len(scan.masked)
        if c.group().lower() == "from" and not any(c.end() <= q.start and q.end <= nxt for q in scan.qs):
            continue
        keep.append(c)
    return keep


def _from_pairs(scan: Scan, c: re.Match, lo: int, hi: int, before: list[Quantity], after: list[Quantity]) -> None:
    """"from X to Y": X is the earlier value, Y the later one; "to Y from X": the figure before "from" is the
    later one."""
    masked, changes = scan.masked, scan.changes
    tm = re.search(r"\bto\b", masked[c.end():hi])
    to_at = c.end() + tm.start() if tm else hi
    # "from less than $2 billion to over $16 billion": bounds are levels too
    xs = [q for q in after if q.end <= to_at and changes[id(q)] in (None, "threshold")]
    ys = [q for q in after if q.start >= to_at + 2 and changes[id(q)] in (None, "threshold")]
    bs = [q for q in before if not changes[id(q)] or changes[id(q)] == "threshold"]
    if xs and ys and pair_key(xs[0]) == pair_key(ys[0]) and re.fullmatch(r"[^,;]{0,60}", masked[xs[0].end:to_at]):
        scan.pair(xs[0], ys[0], lo, hi, "from-to")
    elif len(bs) >= 2 and len(after) >= 2 and [pair_key(q) for q in bs[-2:]] == [pair_key(q) for q in after[:2]] \
            and pair_key(bs[-2]) != pair_key(bs[-1]) and _MOVED_TO_PAIRS_RE.search(masked[max(0, bs[-2].start - 60):bs[-2].start]):
        # "narrowed to $(4.8) million, or $(0.06) per share, from $(9.7) million, or $(0.13) per share"
        for x, y in zip(bs[-2:], after[:2]):
            scan.pair(y, x, lo, hi, "to-from")
    elif bs and after and pair_key(after[0]) == pair_key(bs[-1]) and (
            _only_change_between(scan, bs[-1].end, c.start())
            or _MOVED_TO_BEFORE_RE.search(masked[max(0, bs[-1].start - 45):bs[-1].start])):
        # "increased to $Y from $X": the figure before "from" is the later one
        scan.pair(after[0], bs[-1], lo, hi, "to-from")


def _only_change_between(scan: Scan, lo: int, hi: int) -> bool:
    """Between lo and hi there is only a change: ", up 58% ", ", an increase of $22 million, or 3%, "."""
    changes = scan.changes
    inside = [q for q in scan.qs if lo <= q.start and q.end <= hi]
    if not inside or any(not changes[id(q)] or changes[id(q)] == "threshold" for q in inside):
        return False
    rest = scan.masked[lo:hi]
    for q in sorted(inside, key=lambda x: -x.start):
        rest = rest[:q.start - lo] + rest[q.end - lo:]
    return bool(re.fullmatch(r"[\s,]*(?:an?\s+)?(?:up|down|increase[ds]?|decrease[ds]?|higher|lower|rose|fell|grew|"
                             r"improv(?:ed|ing)|worsen(?:ed|ing)|increasing|decreasing|declining|rising|falling|growing|"
                             r"points?|basis|bps|percentage|"
                             r"declined|or|of|by|an?|approximately|about|nearly|for|in|during|at|the|quarter|year|period|"
                             r"fiscal|first|second|third|fourth|full|three|six|nine|twelve|months|ended|quarter-end|"
                             r"year-end|[\s,\x00])*", rest, re.I))


def _versus_pairs(scan: Scan, lo: int, hi: int, before: list[Quantity], after: list[Quantity]) -> None:
    """Pair the figures before the connector with those after it, kind by kind, in order."""
    changes, used = scan.changes, scan.used
    b_plain = [q for q in before if not changes[id(q)] and q.cls != "dose" and not adjectival(q)]
    a_plain = [q for q in after if not changes[id(q)] and q.cls != "dose" and not adjectival(q)]
    keys_b = [pair_key(q) for q in b_plain]
    keys_a = [pair_key(q) for q in a_plain]
    for key in dict.fromkeys(keys_b):
        bl = [q for q, k in zip(b_plain, keys_b) if k == key]
        al = [q for q, k in zip(a_plain, keys_a) if k == key]
        if not al and key == ("number", None) and len(bl) == 1 and a_plain and \
                a_plain[0].cls in ("count", "duration"):
            al = a_plain[:1]
        if not al and key[0] in ("count", "duration") and len(bl) == 1 and a_plain and \
                pair_key(a_plain[0]) == ("number", None):
            al = a_plain[:1]
        if not al:
            continue
        if key[0] == "money":
            candidates = _money_pairs(bl, al, scan.text)
        else:
            n = min(len(bl), len(al))
            candidates = list(zip(bl[-n:], al[:n]))
        for qb, qa in candidates:
            if id(qa) in used or id(qb) in used:
                continue
            if qa.value == qb.value and qa.cls in ("number", "count", "duration"):
                continue
            scan.pair(qb, qa, lo, hi, "versus")
            if len(candidates) == 1:  # (with two pairs, the figure after is the second pair's)
                _second_prior(scan, qb, qa, lo, hi)


def _money_pairs(bl: list[Quantity], al: list[Quantity], text: str) -> list[tuple[Quantity, Quantity]]:
    """Sums of money before and after a connector, paired in order unit by unit ("$2.2 million, or $0.05 per
    share, compared with $22.9 million, or $0.48 per share"), then across units ("$1.2 billion compared with
    $980 million"), never a sum against an amount per share."""
    pairs: list[tuple[Quantity, Quantity]] = []
    for unit in dict.fromkeys(q.unit for q in al):
        bu, au = [q for q in bl if q.unit == unit], [q for q in al if q.unit == unit]
        n = min(len(bu), len(au))
        pairs += zip(bu[-n:], au[:n])
    taken = {id(q) for pair in pairs for q in pair}
    rest_b, rest_a = [q for q in bl if id(q) not in taken], [q for q in al if id(q) not in taken]
    n = min(len(rest_b), len(rest_a))
    pairs += [(qb, qa) for qb, qa in zip(rest_b[-n:], rest_a[:n])
              if per_share_like(qb, text) == per_share_like(qa, text) or not (scaled(qb) or scaled(qa))]
    return sorted(pairs, key=lambda p: p[0].start)


def scaled(q: Quantity) -> bool:
    return bool(re.search(r"\b(?:thousand|million|billion|trillion)\b", q.unit or ""))


def per_share_like(q: Quantity, text: str) -> bool:
    """"$0.21 and $0.20, respectively": a small amount with cents in a sentence about shares."""
    return not scaled(q) and abs(q.value) < 100 and bool(re.search(r"\.\d\d\b", q.text)) and \
        bool(re.search(r"\bshares?\b", text, re.I))


def _second_prior(scan: Scan, qb: Quantity, qa: Quantity, lo: int, hi: int) -> None:
    """"$512 million, compared with $468 million a year earlier and $497 million in the previous
    quarter": a second earlier period for the same figure"""
    z = next((x for x in scan.qs if x.start > qa.end and x.end <= hi and id(x) not in scan.used), None)
    if z is not None and pair_key(z) == pair_key(qa) and not scan.changes[id(z)] and re.fullmatch(
            r"[^,;$€£\d]{0,40}?,?\s+and\s+(?:to\s+|with\s+)?", scan.masked[qa.end:z.start]) and \
            PERIOD_WORDS_RE.search(scan.text[z.end:z.end + 60]):
        scan.pair(qb, z, lo, hi, "versus")


def _change_versus(scan: Scan, c: re.Match, lo: int, hi: int, before: list[Quantity], after: list[Quantity]) -> None:
    """A change before "versus" against the figure after it: "reduced 52.4% ... compared with a 2.1% increase
    with placebo"."""
    changes, used = scan.changes, scan.used
    b_ch = [q for q in before if changes[id(q)] not in (None, "threshold") and id(q) not in used]
    a_any = [q for q in after if changes[id(q)] != "threshold" and id(q) not in used and q.cls != "dose"]
    if b_ch and a_any and pair_key(b_ch[-1]) == pair_key(a_any[0]) and \
            not any(q.start > b_ch[-1].end and q.end <= c.start() and q.cls != "dose" for q in before) and \
            a_any[0].value != b_ch[-1].value and re.fullmatch(
                r"\s*(?:an?\s+)?(?:(?:increase|decrease|reduction|decline|rise|drop|change|gain|loss|improvement|"
                r"growth|fall)\s+of\s+)?(?:approximately\s+|about\s+|only\s+)?", scan.masked[c.end():a_any[0].start], re.I):
        scan.pair(b_ch[-1], a_any[0], lo, hi, "change-versus")
