"""The press summary: one page a journalist can read in a minute, built only from the release.

The worked example of docs/new-audience.md: a new audience is this module (a `build(release)`
returning a Briefing, registered in `briefings.AUDIENCES`) plus `templates/press.html` and
`templates/press.docx`. Everything it shows comes from the release and its facts, and each
figure cites its sentence, so `reportgen build` verifies it like the other briefings.
"""

from __future__ import annotations

from typing import Optional

from ..model import Release
from ..text.dates import period_text
from ..text.sentences import split_sentences
from .briefing import Briefing, Item, QuoteView, Section
from .data import briefing_data, is_ahead, same_sentence
from .format import clean, comparison_sentence, event_line, place_text, sentence_case
from .provenance import Notes, number_notes_in_reading_order
from .sections import contacts_section, masthead_fields, release_date
from .select import by_news_value, clinical_comparisons, dedupe, key_financials, lead_paragraphs, next_milestones

AUDIENCE = "press"
LABEL = "Press summary"
MAX_FIGURES = 3
MAX_CONTACTS = 3
QUOTE_CHARS = 240
# A journalist calls the media contacts first.
PRESS_CONTACT_ORDER = {"media": 0, "investors": 1, "investor relations": 1}


def build(release: Release) -> Briefing:
    notes = Notes(release)
    sections = [s for s in (
        news_section(release),
        figures_section(release, notes),
        quote_section(release),
        next_section(release, notes),
        contacts_section(release, order=PRESS_CONTACT_ORDER, limit=MAX_CONTACTS, title="Press contacts"),
    ) if s is not None]  # the source release is named in the colophon (briefing.source_line)
    briefing = Briefing(
        data=briefing_data(release),
        **masthead_fields(release, AUDIENCE, LABEL), stance=dateline(release), sections=sections, notes=notes.notes)
    number_notes_in_reading_order(briefing)
    return briefing


def dateline(release: Release) -> str:
    """'Tarrytown, N.Y. (PR Newswire)': where the news broke and on which wire (the date is beside it)."""
    d = release.dateline
    place = place_text(d.city, d.region)
    return place + (f" ({d.wire})" if d.wire and place else d.wire or "")


def quote_section(release: Release) -> Optional[Section]:
    """The first quote, cut at a sentence end after ~240 characters (marked '…'). No note: a quote
    is the release's own words, and the speaker is named under it."""
    quote = next((q for q in release.quotes if clean(q.text)), None)
    if quote is None:
        return None
    words = clean(quote.text)
    if len(words) > QUOTE_CHARS:
        cut = next((end for _, end in split_sentences(words) if end >= QUOTE_CHARS // 2), None)
        if cut is not None and cut < len(words) - 1:
            words = words[:cut].rstrip() + " …"
    return Section(id="quote", title="In their words", kind="quotes",
                   quotes=[QuoteView(text=words, speaker=quote.speaker, title=quote.title)])


def news_section(release: Release) -> Optional[Section]:
    lead = lead_paragraphs(release)
    if not lead:
        return None
    return Section(id="news", title="The news", kind="text", paragraphs=[Item(text=lead[0])])


def figures_section(release: Release, notes: Notes) -> Optional[Section]:
    facts = release.facts
    # Significant treatment-vs-control results first, as the investor takeaways order them.
    comps = (by_news_value(clinical_comparisons(facts)) + key_financials(facts))[:MAX_FIGURES]
    items = dedupe(Item(text=comparison_sentence(x), note=notes.cite(x.source)) for x in comps)
    return Section(id="figures", title="Key figures", kind="bullets", items=items) if items else None


def next_section(release: Release, notes: Notes) -> Optional[Section]:
    facts = release.facts
    items = []
    told = []
    for m in next_milestones(facts)[:1]:
        when = period_text(m.period)
        items.append(Item(text=sentence_case(m.event) + (f", expected {when}" if when else ""),
                          note=notes.cite(m.source)))
        told.append(m.source)
    released = release_date(release)
    for e in [e for e in facts.events if is_ahead(e.date, released) is True][:1]:
        # an event still to come (one on the release's day is news, not a next step)
        line = event_line(e)
        if line and not any(same_sentence(e.source, s) for s in told):  # the milestone's sentence told it
            items.append(Item(text=line, note=notes.cite(e.source)))
    items = dedupe(items)
    return Section(id="next", title="What comes next", kind="bullets", items=items) if items else None
