"""Results tables and the chart: clinical results per arm, financial results per period, the
release's own statement tables, and bars of the comparisons side by side."""

from __future__ import annotations

import re
from typing import Optional

from ..model import Comparison, Facts, Release, Table
from .briefing import Cell, Chart, ChartBar, ChartGroup, ResultRow, ResultsTable
from .format import (
    arm_label,
    arm_value_text,
    change_text,
    clean,
    column_label,
    effect_is_derived,
    effect_text,
    measure_text,
    numeric_arms,
    p_value_text,
    parse_unit,
    period_in,
    period_labels,
    population_text,
    position_label,
    scaled_value,
)
from .provenance import Notes
from .select import clinical_comparisons, comparisons, financial_comparisons, single_results

MAX_FINANCIAL_ROWS = 12
MAX_RELEASE_TABLE_ROWS = 45
MAX_RELEASE_TABLE_COLUMNS = 6
MIN_RELEASE_TABLE_FIGURE_ROWS = 3
MAX_CHART_GROUPS = 8


def _row(measure: str, population: Optional[str], cells: list[Cell], note: Optional[int], **kw) -> ResultRow:
    return ResultRow(measure=measure, population=population or None, cells=cells, note=note,
                     values=kw.pop("values", [c.text for c in cells]), **kw)


def _arm_columns(items: list[Comparison]) -> list[str]:
    """The clinical columns: one heading per arm position, named as the arms are."""
    width = max((len(c.arms) for c in items), default=0)
    return [column_label([arm_label(c.arms[i].label) for c in items if len(c.arms) > i], i) for i in range(width)]


def results_table(facts: Facts, notes: Notes, caption: str) -> Optional[ResultsTable]:
    """Clinical comparisons: rows, arms as columns (treatment first, control second), then the
    difference (derived, marked) or stated effect, the p-value and CI when any row has one."""
    rows_in = clinical_comparisons(facts)
    singles = single_results(facts, "clinical")
    if not rows_in and not singles:
        return None
    arms_cols = _arm_columns(rows_in)
    generic = {position_label(i, False) for i in range(len(arms_cols))}
    built = []
    for c in rows_in + singles:
        values = []
        for i, column in enumerate(arms_cols):
            if i >= len(c.arms):
                values.append("")
                continue
            value = arm_value_text(c.arms[i])
            label = arm_label(c.arms[i].label)
            if column in generic and label and label.lower() != column.lower() and value:
                value = f"{label}: {value}"  # (an arm with no figure is a dash, not its name and a colon)
            values.append(value)
        p = p_value_text(c.p_value) + (" (trend)" if c.trend else "")
        row = (c, values, effect_text(c), effect_is_derived(c), p, clean(c.ci.text) if c.ci else "")
        if any(v.strip(" —-") for v in values) or any(row[2:3] + row[4:]):
            built.append(row)  # a row with nothing in it (no value, effect, p or CI) is left out
    if not built:
        return None
    has_effect = any(b[2] for b in built)
    has_p = any(b[4] for b in built)
    has_ci = any(b[5] for b in built)
    columns = list(arms_cols) + (["Difference"] if has_effect else []) + (["P value"] if has_p else []) \
        + (["CI"] if has_ci else [])
    rows = []
    for c, values, effect, derived, p, ci in built:
        cells = [Cell(text=v) for v in values]
        if has_effect:
            cells.append(Cell(text=effect, derived=derived))
        if has_p:
            cells.append(Cell(text=p or "not reported"))
        if has_ci:
            cells.append(Cell(text=ci))
        rows.append(_row(measure_text(c), population_text(c.population), cells, notes.cite(c.source),
                         values=values, effect=effect, effect_derived=derived, p_value=p, ci=ci))
    return ResultsTable(caption=caption, kind="clinical", arms=arms_cols, columns=columns, rows=rows,
                        has_effect=has_effect, has_ci=has_ci, has_p_value=has_p)


def _section_period(release: Optional[Release], c: Comparison) -> str:
    """The period the heading of a result's section names ("Highlights in Q4 2024" -> "Q4 2024",
    "Highlights in 2024" -> "2024"), else "": a heading that names something else (a product, a
    segment) may be one the reader missed between the row and it, and would name the wrong one."""
    if release is None or c.source is None or c.source.section >= len(release.sections):
        return ""
    return period_in(release.sections[c.source.section].heading or "")


def financial_table(facts: Facts, notes: Notes, caption: str = "Financial results",
                    release: Optional[Release] = None) -> Optional[ResultsTable]:
    """Period-over-period results: measure, this period, prior period, the change the release
    states. Columns nobody fills are left out; period names head the columns when every row
    shares them, else each row names its periods under the measure."""
    items = financial_comparisons(facts)[:MAX_FINANCIAL_ROWS]
    if not items:
        return None
    width = min(max((len(c.arms) for c in items), default=0), 2)
    labels = [period_labels(c) for c in items]
    heads = []
    for i in range(width):
        column = [row[i] if len(row) > i else "" for row, c in zip(labels, items) if len(c.arms) > i]
        heads.append(column_label(column, i, financial=True))
    shared = [h != position_label(i, True) for i, h in enumerate(heads)]
    changes = [change_text(c) for c in items]
    has_change = any(changes)
    columns = heads + (["Change"] if has_change else [])
    rows = []
    for c, row_labels, change in zip(items, labels, changes):
        values = [arm_value_text(c.arms[i]) if i < len(c.arms) else "" for i in range(width)]
        cells = [Cell(text=v) for v in values] + ([Cell(text=change)] if has_change else [])
        own = [label for i, label in enumerate(row_labels[:width]) if label and not shared[i]]
        population = clean(c.population) or (" vs ".join(own) if len(c.arms) > 1 and len(own) == len(c.arms[:width])
                                             else (own[0] if len(own) == 1 else ""))
        rows.append(_row(measure_text(c), population, cells, notes.cite(c.source), values=values, change=change))
    # the same measure for two periods the rows do not name (a quarter's and the year's highlights):
    # each row says the period its section's heading gives, or the rows stay as they are
    repeated = {r.measure for r in rows if sum(x.measure == r.measure and not x.population for x in rows) > 1}
    periods = {id(r): _section_period(release, c) for r, c in zip(rows, items) if r.measure in repeated and not r.population}
    if len({p for p in periods.values() if p}) > 1:
        for r in rows:
            r.population = periods.get(id(r)) or r.population
    return ResultsTable(caption=caption, kind="financial", arms=heads, columns=columns, rows=rows,
                        measure_heading="Measure")


# Release tables: the issuer's own statements, cleaned of the layout columns of SEC HTML ('$' cells,
# spacer columns) and shown with the header row repeating on each page.
_FIGURE_CELL = re.compile(r"^\(?[-−–]?\$?\s*[\d,]+(?:\.\d+)?\)?%?$|^[-—–]+$")


def _value_anchors(rows: list[list[str]]) -> Optional[list[float]]:
    """Where the value columns sit: the mean position of the k-th value of rows with most values."""
    counts = [sum(1 for x in r[1:] if x.strip()) for r in rows]
    if not counts:
        return None
    width = max(counts)
    full = [r for r, n in zip(rows, counts) if n == width]
    if width < 1 or len(full) < 2:
        return None
    anchors = []
    for k in range(width):
        positions = [[j for j, x in enumerate(r) if j and x.strip()][k] for r in full]
        anchors.append(sum(positions) / len(positions))
    return anchors


def _placed(cells: list[str], anchors: list[float]) -> list[str]:
    """A row's figures under the value columns ('$' and '%' cells joined to their figure)."""
    width = len(anchors)
    out = [""] * width
    filled = [(j, x) for j, x in enumerate(cells) if j and x]
    if len(filled) == width:
        return [x for _, x in filled]
    for j, x in filled:
        k = min(range(width), key=lambda k: abs(anchors[k] - j))
        out[k] = (out[k] + " " + x).strip() if out[k] in ("$", "€", "£") or x in ("%", ")") else (out[k] or x)
    return out


# a column heading that names a period: "2024", "Q4/24", "Q4 2024", "FY2023", "H1/25", "9M 2024"
_PERIOD_CELL = re.compile(r"^(?:(?:Q[1-4]|H[12]|[1-9]M|FY|YTD)\s?[/-]?\s?)?(?:19|20)?\d\d$|^(?:Q[1-4]|H[12]|[1-9]M|FY)\s?[/-]?\s?(?:19|20)\d\d$", re.I)


def _periods_row(row: list[str]) -> bool:
    """A row whose every value cell names a period (years, quarters): the columns' headings, not figures."""
    cells = [x for x in row[1:] if x]
    return len(cells) >= 2 and all(_PERIOD_CELL.match(x) for x in cells) and any(re.search(r"\d{4}|/\d\d|Q[1-4]|H[12]", x) for x in cells)


def _header_and_body(table: Table) -> tuple[list[list[str]], list[list[str]]]:
    rows = [[clean(x) for x in r] for r in table.rows if any(clean(x) for x in r)]
    head_n = min(table.header_rows or 0, len(rows))
    header, body = rows[:head_n], rows[head_n:]
    # A table without a marked header: the leading rows without figures are its header.
    if not header:
        while body and len(header) < 3 and (not any(_FIGURE_CELL.match(x) for x in body[0][1:] if x) or _periods_row(body[0])):
            header.append(body.pop(0))
    return header, body


MEASURE_HEADING_MAX_CHARS = 60


def release_table(table: Table, caption: str) -> Optional[ResultsTable]:
    """One table of the release as a ResultsTable (kind 'release'), or None if it is not figures."""
    header, body = _header_and_body(table)
    figures = [r for r in body if any(_FIGURE_CELL.match(x) for x in r[1:] if x)]
    if len(figures) < MIN_RELEASE_TABLE_FIGURE_ROWS:
        return None
    anchors = _value_anchors(figures)
    if not anchors or len(anchors) > MAX_RELEASE_TABLE_COLUMNS:
        return None
    columns = [""] * len(anchors)
    spans = []
    for h in header:
        cells = [x for x in h[1:] if x]
        if len(cells) == len(anchors):
            columns = [" ".join(x for x in (a, b) if x) for a, b in zip(columns, cells)]
        elif cells:
            spans.append(" / ".join(cells))
    out_rows = []
    for r in body[:MAX_RELEASE_TABLE_ROWS]:
        # '$' cells of SEC HTML stand apart from their figure: join them back.
        values = [re.sub(r"^([$€£])\s+", r"\1", v) for v in _placed(r, anchors)]
        label = r[0] if r else ""
        if not any(values) and not label:
            continue
        out_rows.append(ResultRow(measure=label, values=values, cells=[Cell(text=v) for v in values],
                                  heading=not any(values)))
    # the first column's heading, where the release prints one ("Key figures EUR million, or as indicated")
    measure_heading = next((h[0] for h in header if h and h[0] and len(h[0]) <= MEASURE_HEADING_MAX_CHARS), "")
    return ResultsTable(caption=clean(table.caption) or caption, kind="release", arms=columns, columns=columns,
                        rows=out_rows, measure_heading=measure_heading, subcaption=" · ".join(spans),
                        truncated=len(body) > MAX_RELEASE_TABLE_ROWS)


def release_tables(release: Release, limit: int = 1) -> list[ResultsTable]:
    """The release's own financial tables that read as figures (the first `limit` of them)."""
    out = []
    for section in release.sections:
        for table in section.tables:
            made = release_table(table, caption=clean(section.heading) or "Table from the release")
            if made and made.rows:
                out.append(made)
                if len(out) >= limit:
                    return out
    return out


def chart(facts: Facts, title: str, kind: str = "clinical", limit: int = MAX_CHART_GROUPS,
          release: Optional[Release] = None) -> Optional[Chart]:
    """One group per comparison with two or more numeric arms in one unit; each group on its own
    scale. Bars are named like the table's columns: the arm or the period, else Treatment/Control
    or This period/Prior period; never a lone bar. A measure drawn twice says the period its
    section's heading names (a quarter's and the year's highlights); a group with a negative value
    is left to the table (bars from zero cannot show a loss beside a profit honestly)."""
    financial = kind == "financial"
    comps = comparisons(facts, kind)
    sources: list[Comparison] = []
    # Clinical bars carry the results table's column headings, so chart and table name arms alike.
    columns = _arm_columns(comps)
    generic = {position_label(i, False) for i in range(len(columns))}
    groups = []
    for c in comps:
        arms = numeric_arms(c)
        if len(arms) < 2 or len(arms) != len(c.arms):
            continue
        parsed = [parse_unit(a.unit, a.text) for a in arms]
        if len({(p[0], p[2].lower()) for p in parsed}) != 1:
            continue  # money beside a percentage: no common scale
        if financial:
            labels = period_labels(c)
        else:
            labels = [columns[i] if columns[i] not in generic else arm_label(a.label) for i, a in enumerate(arms)]
            if len(set(labels)) < len(labels):
                labels = [""] * len(labels)
        if any((a.value or 0) < 0 for a in arms):
            continue
        bars = [ChartBar(label=label or position_label(i, financial),
                         value=scaled_value(a.value, a.unit, a.text) or 0.0,
                         text=arm_value_text(a)) for i, (a, label) in enumerate(zip(arms, labels))]
        measure = measure_text(c)
        if c.population:
            measure += f" ({clean(c.population)})"
        units = {clean(a.unit) for a in arms}
        unit = units.pop() if len(units) == 1 else ""
        groups.append(ChartGroup(measure=measure, unit="" if financial else unit,
                                 p_value=p_value_text(c.p_value), bars=bars))
        sources.append(c)
        if len(groups) >= limit:
            break
    drawn = [measure_text(c) for c in comps if len(numeric_arms(c)) >= 2]
    repeated = {g.measure for g in groups if drawn.count(g.measure) > 1}
    periods = [_section_period(release, c) if g.measure in repeated else "" for g, c in zip(groups, sources)]
    if len({p for p in periods if p}) > 1:
        for g, p in zip(groups, periods):
            g.measure = f"{g.measure} ({p})" if p else g.measure
    return Chart(title=title, groups=groups) if groups else None
