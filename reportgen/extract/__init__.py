"""Facts with provenance: small rule modules, one kind of fact each, every fact with its source.

`enrich(release)` returns the release's `Facts` (model/facts.py), which the caller stores in
`release.facts`. The release's sentences are split once (text.sentences.SentenceIndex) and every
extractor reads that index. A body fact's `source` is a Span whose `text` equals
`release.sections[section].paragraphs[paragraph][start:end]`; comparisons printed in the headline
and subheadlines carry a `headline_source` into those lines instead; period-over-period rows of
the release's own results tables (tables.py) carry a `table_source` naming the row and its cells.
Sections whose role is fls or legal (the safe-harbor notice, disclaimers) give no facts.
"""

from __future__ import annotations

from typing import Optional

from reportgen.model import Facts, Release
from reportgen.text.sentences import SentenceIndex

from .abbreviations import find_abbreviations
from .bases import with_bases
from .comparisons import extract_comparisons
from .disclosures import find_disclosures
from .events import extract_events
from .indications import extract_indications
from .milestones import extract_milestones
from .people import extract_people
from .products import extract_products
from .provenance import check_span, check_table_source, iter_facts_with_source
from .publications import extract_publications
from .risks import find_risks
from .statements import find_deals, find_dividends, find_outlook, find_safety, find_significance, find_topic_sentences
from .tables import extract_table_comparisons
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


def limit_warning(release: Release) -> Optional[str]:
    """The warning to give when facts come from only part of an over-long release, else None."""
    if not bounded_view(release)[1]:
        return None
    return (f"facts were extracted from the first {MAX_BODY_CHARS:,} characters of the body "
            f"(at most {MAX_PARAGRAPH_CHARS:,} a paragraph); the release is longer than any real one")


def enrich(release: Release) -> Facts:
    """The facts of `release`, from at most MAX_BODY_CHARS of body text (MAX_PARAGRAPH_CHARS a
    paragraph; `limit_warning` says when more was left out)."""
    release, _ = bounded_view(release)
    sentences = SentenceIndex(release)
    abbreviations, abbreviation_sources = find_abbreviations(sentences)
    publications = extract_publications(sentences)
    return Facts(
        abbreviations=abbreviations,
        abbreviation_sources=abbreviation_sources,
        products=extract_products(sentences),
        indications=extract_indications(sentences, abbreviations),
        trials=extract_trials(sentences, publications),
        comparisons=with_bases(extract_comparisons(sentences.paragraphs, abbreviations, sentences.release_date)),
        headline_comparisons=[c for c in extract_comparisons(sentences.headline, abbreviations, sentences.release_date)
                              if c.kind != "single-result"],
        table_comparisons=extract_table_comparisons(release),
        milestones=extract_milestones(sentences),
        events=extract_events(sentences),
        publications=publications,
        people=extract_people(sentences, [c.name for c in release.contacts if c.name]),
        outlook=find_outlook(sentences),
        significance=find_significance(sentences),
        safety=find_safety(sentences),
        topic_sentences=find_topic_sentences(sentences),
        risks=find_risks(release),
        dividends=find_dividends(sentences),
        deals=find_deals(sentences),
        disclosures=find_disclosures(sentences),
    )


__all__ = ["check_span", "check_table_source", "enrich", "iter_facts_with_source", "limit_warning"]
