"""Facts with provenance: small rule modules, one kind of fact each, every fact with a `source` span.

`enrich(release)` returns the facts dict that the caller stores in `release.facts`; it is plain,
JSON-serializable data. Every fact's `source` is a Span dict whose `text` equals
`release.sections[section].paragraphs[paragraph][start:end]`.

Keys: abbreviations {short: long} (and abbreviation_sources), products, indications, trials,
comparisons, milestones, events, publications, people; headline_comparisons are the comparisons
printed in the headline and subheadlines, whose `headline_source` points into those fields (they
have no body Span).

table_comparisons are period-over-period rows of results tables (`Section.tables`, see tables.py):
shaped like comparisons (measure = row label, arms = [current, prior] labelled with the header's
periods, change = the row's "% change" cell when the table has one), with no paragraph Span but a
`table_source` {section, table, row, cells, text}: `release.sections[section].tables[table].rows[row]`
is the row, `cells` index the cells printed for each arm (then the change), and `text` is the row's
cells joined by " | " (`check_table_source` verifies it). A table is mined only when a header row
names two or more periods and a row's figures line up one-to-one with the header's columns.
"""

from __future__ import annotations

from reportgen.model import Release, Section

from .abbreviations import find_abbreviations
from .comparisons import extract_comparisons
from .events import extract_events
from .fidelity import find_unsupported_numbers
from .indications import extract_indications
from .milestones import extract_milestones
from .people import extract_people
from .products import extract_products
from .publications import extract_publications
from .tables import check_table_source, extract_table_comparisons
from .text import check_span, iter_facts_with_source, iter_sentences, make_span, split_sentences
from .trials import extract_trials

# Rules run over a bounded view of the release, so that a hostile or absurd input (megabytes of
# text, one endless paragraph) costs seconds, not minutes. Real releases are far inside it: the
# longest in the corpus has 22 kB of body text and a 5.5 kB paragraph.
MAX_PARAGRAPH_CHARS = 20_000
MAX_BODY_CHARS = 300_000


def bounded_view(release: Release) -> tuple[Release, bool]:
    """The release with over-long paragraphs cut and paragraphs past the budget emptied.

    Indices and offsets stay those of the original, so every Span found in the view is a Span of
    the release itself. Returns (view, whether anything was left out).
    """
    total, cut = 0, False
    sections = []
    for section in release.sections:
        paragraphs = []
        for text in section.paragraphs:
            keep = text[: max(0, min(MAX_PARAGRAPH_CHARS, MAX_BODY_CHARS - total))]
            cut = cut or len(keep) < len(text)
            total += len(keep)
            paragraphs.append(keep)
        sections.append(section.model_copy(update={"paragraphs": paragraphs}))
    if not cut:
        return release, False
    return release.model_copy(update={"sections": sections}), True


def enrich(release: Release) -> dict:
    """The facts of `release` (the caller stores them in `release.facts`).

    Facts come from at most MAX_BODY_CHARS of body text (MAX_PARAGRAPH_CHARS a paragraph); when
    more was left out, the facts carry a `warnings` entry saying so.
    """
    release, cut = bounded_view(release)
    facts = _facts(release)
    if cut:
        facts["warnings"] = [
            f"facts were extracted from the first {MAX_BODY_CHARS:,} characters of the body "
            f"(at most {MAX_PARAGRAPH_CHARS:,} a paragraph); the release is longer than any real one"
        ]
    return facts


def _facts(release: Release) -> dict:
    abbreviations, abbreviation_sources = find_abbreviations(release)
    products = extract_products(release)
    publications = extract_publications(release)
    return {
        "abbreviations": abbreviations,
        "abbreviation_sources": abbreviation_sources,
        "products": products,
        "indications": extract_indications(release, abbreviations, products),
        "trials": extract_trials(release, publications),
        "comparisons": extract_comparisons(release, abbreviations),
        "headline_comparisons": _headline_comparisons(release, abbreviations),
        "table_comparisons": extract_table_comparisons(release),
        "milestones": extract_milestones(release),
        "events": extract_events(release),
        "publications": publications,
        "people": extract_people(release),
    }


def _headline_comparisons(release: Release, abbreviations: dict) -> list[dict]:
    """Comparisons printed in the headline and subheadlines (outside the body paragraphs).

    Their `source` is not a body Span: it is {field: "headline" | "subheadlines", index, start, end, text}
    with text == the field's characters [start, end).
    """
    lines = [("headline", 0, release.headline)] + [("subheadlines", i, t) for i, t in enumerate(release.subheadlines)]
    lines = [x for x in lines if x[2]]
    if not lines:
        return []
    probe = Release(release_date=release.release_date, sections=[Section(paragraphs=[t for _, _, t in lines])])
    out = []
    for c in extract_comparisons(probe, abbreviations):
        if c["kind"] == "single-result":
            continue
        field, index, _text = lines[c["source"]["paragraph"]]
        src = c.pop("source")
        c["headline_source"] = {"field": field, "index": index, "start": src["start"], "end": src["end"],
                                "text": src["text"]}
        out.append(c)
    return out


__all__ = [
    "check_span",
    "check_table_source",
    "enrich",
    "find_unsupported_numbers",
    "iter_facts_with_source",
    "iter_sentences",
    "make_span",
    "split_sentences",
]
