"""Period-over-period rows of results tables (`Section.tables`): "Sales | 1,405 | 1,513" under a header
"Q4/24 | Q4/23".

A table is mined only when a header row names at least two periods (quarters, half-years, years,
"As of" dates, optionally under group headers such as "Three Months Ended"), and a data row has
exactly as many figures as the header has columns (spacer cells and lone currency signs are ignored,
so printed layouts with merged cells still line up); rows that do not line up are skipped, not guessed.

Each fact is shaped like a prose comparison (measure = the row label, arms = [current, prior]
with the header's period as label; change = the row's "% change" column when there is one), kind
"period-over-period", and carries `table_source` {section, table, row, cells, text} instead of a
paragraph Span: `release.sections[section].tables[table].rows[row][cells[i]]` is the cell printed
for arm i (then the change), and `text` is the row's cells joined by " | ".
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Arm, Change, Comparison, Release, Table, TableSource
from reportgen.text.lexicon import MONTHS as _MONTHS
from reportgen.text.lexicon import ORDINALS as _ORD

_YEAR = r"((?:19|20)\d\d|'?\d\d)"
_QUARTER_RES = [
    re.compile(r"^(?:FY\s?)?Q([1-4])\s*(?:FY)?\s*[/' -]?\s*" + _YEAR + r"$", re.I),
    re.compile(r"^([1-4])Q\s*[/' -]?\s*" + _YEAR + r"$", re.I),
    re.compile(r"^(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\s+(?:of\s+)?(?:fiscal\s+)?" + _YEAR + r"$", re.I),
    re.compile(r"^" + _YEAR + r"\s*Q([1-4])$", re.I),
]
_HALF_RES = [re.compile(r"^H([12])\s*[/' -]?\s*" + _YEAR + r"$", re.I),
             re.compile(r"^(first|second)[- ]half\s+(?:of\s+)?" + _YEAR + r"$", re.I)]
_YEAR_RE = re.compile(r"^(?:FY\s?|fiscal\s+(?:year\s+)?|full[- ]year\s+|year\s+)?((?:19|20)\d\d)$", re.I)
_DATE_RE = re.compile(r"^(?:as\s+of\s+|at\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s*((?:19|20)\d\d)$", re.I)
_GROUP_RE = re.compile(r"\b(?:(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|"
                       r"\d{1,2})[- ](?:months?|weeks?)|quarter|year|half|period)s?\s+end(?:ed|ing)", re.I)
_CHANGE_HEAD_RE = re.compile(r"^(?:%\s*(?:change|chg\.?|var\.?)|change\s*(?:\(%\)|%)|% ?y/?o/?y|y/?o/?y\s*%?|"
                             r"%)$", re.I)
_OTHER_HEAD_RE = re.compile(r"[A-Za-z$%]")
_PLACEHOLDER = {"—", "–", "-", "--", "n/a", "na", "nm", "n.m.", "—%", "-%", "*"}
_NUM_CELL_RE = re.compile(r"^(?P<cur>\$|€|£|EUR\s?|USD\s?)?\s*(?P<neg>[-−–])?\s*(?P<open>\()?\s*(?P<cur2>\$|€|£)?\s*"
                          r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?P<pct>%)?\s*(?(open)\))"
                          r"\s*(?P<pct2>%)?\s*[*†‡]*\s*(?:\(\d\)|\d\))?$")


def _clean(cell: str) -> str:
    return re.sub(r"\s+", " ", (cell or "").replace("\u00a0", " ")).strip()


def _period(cell: str, group: Optional[str]) -> Optional[tuple]:
    """(type, group, sort key, label) when `cell` names a period."""
    t = re.sub(r"\s*\(\d\)$|\s*[*]+$", "", _clean(cell)).strip(" ,")
    if not t:
        return None

    def year(y: str) -> int:
        y = y.lstrip("'")
        return int(y) if len(y) == 4 else 2000 + int(y)
    for r in _QUARTER_RES:
        m = r.match(t)
        if m:
            a, b = m.group(1), m.group(2)
            if r is _QUARTER_RES[3]:
                a, b = b, a
            q = _ORD.get(a.lower(), None) or int(a)
            return ("quarter", group, (year(b), q), t)
    for r in _HALF_RES:
        m = r.match(t)
        if m:
            h = {"first": 1, "second": 2}.get(m.group(1).lower()) or int(m.group(1))
            return ("half", group, (year(m.group(2)), h), t)
    m = _YEAR_RE.match(t)
    if m:
        return ("year", group, (int(m.group(1)),), t)
    m = _DATE_RE.match(t)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return ("date", group, (int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2))), t)
    return None


def _label(period: tuple) -> str:
    """The period as the header prints it, with its group ("Three Months Ended December 31, 2024")."""
    group = period[1]
    if not group:
        return period[3]
    group = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", group).strip(" ,")
    return f"{group}, {period[3]}" if re.search(r"\d$", group) else f"{group} {period[3]}"


def _number(cell: str) -> Optional[tuple[float, bool]]:
    t = _clean(cell).replace("−", "-")
    m = _NUM_CELL_RE.match(t)
    if not m:
        return None
    v = float(m.group("num").replace(",", ""))
    if m.group("neg") or m.group("open"):
        v = -v
    v = int(v) if v.is_integer() and "." not in m.group("num") else v
    return v, bool(m.group("pct") or m.group("pct2"))


def _is_placeholder(cell: str) -> bool:
    return _clean(cell).lower() in _PLACEHOLDER


def _value_cells(row: list[str]) -> list[int]:
    """Indices of the cells after the label that hold a figure or a placeholder (spacers and "$" dropped)."""
    out = []
    for i, cell in enumerate(row[1:], start=1):
        c = _clean(cell)
        if not c or c in ("$", "€", "£", "EUR", "USD", "%", ")"):
            continue
        out.append(i)
    return out


def _unit(table: Table, header_text: str) -> Optional[str]:
    text = " ".join(filter(None, [table.caption or "", header_text]))
    cur = None
    if re.search(r"\bEUR\b|€|euros?", text, re.I):
        cur = "EUR"
    elif re.search(r"\$|dollars|\bUSD\b", text, re.I):
        cur = "$"
    scale = None
    if re.search(r"\bmillions?\b|\bMEUR\b|\$M\b|\bEURm\b", text, re.I):
        scale = "million"
    elif re.search(r"thousands?|'000|000s", text, re.I):
        scale = "thousand"
    elif re.search(r"\bbillions?\b", text, re.I):
        scale = "billion"
    if cur and scale:
        return f"{cur} {scale}"
    return cur or scale


def _header(table: Table) -> Optional[tuple[int, list[Optional[tuple]], list[int], str]]:
    """(index of the last header row, the header columns as periods or None, the change columns,
    the header text) when a header row names two or more periods."""
    groups: list[str] = []
    texts: list[str] = []
    for ri, row in enumerate(table.rows[:6]):
        cells = [_clean(c) for c in row]
        if not any(cells):
            continue
        texts.append(" ".join(cells))
        row_groups = [c for c in cells if _GROUP_RE.search(c)]
        lead = 1 if cells and cells[0] and _period(cells[0], None) is None and not _GROUP_RE.search(cells[0]) else 0
        cols = [c for c in cells[lead:] if c]
        periods = [_period(c, None) for c in cols]
        if sum(1 for p in periods if p) >= 2 and all(
                p or _CHANGE_HEAD_RE.match(c) or (_OTHER_HEAD_RE.search(c) and _number(c) is None)
                for p, c in zip(periods, cols)):
            n_groups = len(groups)
            if n_groups and len(cols) % n_groups == 0:
                per = len(cols) // n_groups
                periods = [_period(c, groups[i // per]) for i, c in enumerate(cols)]
            changes = [i for i, c in enumerate(cols) if _CHANGE_HEAD_RE.match(c)]
            return ri, periods, changes, " ".join(texts)
        if row_groups and len(row_groups) == len([c for c in cells if c and not re.match(r"^\(?in\b", c, re.I)
                                                  and not re.search(r"millions?|thousands?|'000", c, re.I)]):
            groups = row_groups
            continue
        if any(_number(c) is not None for c in cells[1:] if c) and not all(
                _period(c, None) for c in cells[1:] if c):
            return None  # data before any period header
    return None


def _pairs(periods: list[Optional[tuple]]) -> list[tuple[int, int]]:
    """(current column, prior column): within one type and group, the latest period against the same
    period a year earlier and against the one just before it."""
    out = []
    by_kind: dict = {}
    seen: dict = {}
    for i, p in enumerate(periods):
        if p:
            # "2024 | 2023 | 2024 | 2023" with no group header: a period printed again starts a new group
            n = seen.get((p[0], p[1], p[2]), 0)
            seen[(p[0], p[1], p[2])] = n + 1
            by_kind.setdefault((p[0], p[1], n), []).append(i)
    for (kind, _group, _n), idx in by_kind.items():
        if len(idx) < 2:
            continue
        cur = max(idx, key=lambda i: periods[i][2])
        ck = periods[cur][2]
        earlier = sorted((i for i in idx if periods[i][2] < ck), key=lambda i: periods[i][2], reverse=True)
        if kind in ("quarter", "half"):
            keep = [i for i in earlier if periods[i][2] == (ck[0] - 1, ck[1])]
            if earlier and earlier[0] not in keep:
                keep.append(earlier[0])
        else:
            keep = earlier
        out += [(cur, i) for i in keep]
    return out


def extract_table_comparisons(release: Release) -> list[Comparison]:
    out: list[Comparison] = []
    for si, section in enumerate(release.sections):
        for ti, table in enumerate(section.tables):
            head = _header(table)
            if head is None:
                continue
            hi, periods, change_cols, header_text = head
            pairs = _pairs(periods)
            if not pairs:
                continue
            unit = _unit(table, header_text)
            for ri in range(hi + 1, len(table.rows)):
                row = table.rows[ri]
                label = _clean(row[0]) if row else ""
                before = table.rows[ri - 1] if ri > hi + 1 else []
                if label[:1].islower() and len([c for c in before if _clean(c)]) == 1 and _clean(before[0]):
                    label = _clean(before[0]) + " " + label  # a label wrapped onto two rows
                if not label or not re.search(r"[A-Za-z]", label) or _period(label, None):
                    continue
                cells = _value_cells(row)
                if len(cells) != len(periods):
                    continue
                values = [None if _is_placeholder(row[c]) else _number(row[c]) for c in cells]
                if any(v is None and not _is_placeholder(row[c]) for v, c in zip(values, cells)):
                    continue  # a text cell: not a row of figures
                for cur, prior in pairs:
                    a, b = values[cur], values[prior]
                    if a is None or b is None:
                        continue
                    row_unit = "%" if (a[1] or b[1]) else (
                        "per share" if re.search(r"per\s+(?:diluted\s+|basic\s+)?share|\bEPS\b", label, re.I)
                        else unit)
                    arms = [Arm(label=_label(periods[cur]), value=a[0], unit=row_unit, text=_clean(row[cells[cur]])),
                            Arm(label=_label(periods[prior]), value=b[0], unit=row_unit,
                                text=_clean(row[cells[prior]]))]
                    used = [cells[cur], cells[prior]]
                    change = None
                    ch = next((k for k in change_cols if values[k] is not None and values[k][1]), None)
                    if ch is not None and len(pairs) == 1:
                        cv = values[ch][0]
                        change = Change(value=abs(cv), unit="%", direction="decrease" if cv < 0 else "increase",
                                        text=_clean(row[cells[ch]]))
                        used.append(cells[ch])
                    out.append(Comparison(
                        measure=label.rstrip(" :"), arms=arms, change=change, kind="period-over-period",
                        table_source=TableSource(section=si, table=ti, row=ri, cells=used,
                                                 text=" | ".join(_clean(c) for c in row))))
    return out
