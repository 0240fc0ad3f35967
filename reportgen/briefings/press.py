"""The press summary: one page a journalist can read in a minute, built only from the release.

The worked example of docs/new-audience.md: a new audience is this module (a `build(release)`
returning a Briefing, registered in `briefings.AUDIENCES`) plus `templates/press.html` and
`templates/press.docx`. Everything it shows comes from the release and its facts, and each
figure cites its sentence, so `reportgen build` verifies it like the other briefings.
"""

from __future__ import annotations

from typing import Optional

from ..model import Release
from . import common as c
from .briefing import Briefing, Item, QuoteView, Section
from .investor import event_summary, key_financials, next_milestones

AUDIENCE = "press"
LABEL = "Press summary"
MAX_FIGURES = 3
MAX_CONTACTS = 3


def build(release: Release) -> Briefing:
    notes = c.Notes(release)
    sections = [s for s in (
        news_section(release),
        figures_section(release, notes),
        quote_section(release),
        next_section(release, notes),
        contacts_section(release),
    ) if s is not None]  # the source release is named in the colophon (briefing.source_line)
    briefing = Briefing(
        **c.masthead_fields(release, AUDIENCE, LABEL), stance=dateline(release), sections=sections, notes=notes.notes)
    c.number_notes_in_reading_order(briefing)
    return briefing


def dateline(release: Release) -> str:
    """'Tarrytown, N.Y. (PR Newswire)': where the news broke and on which wire (the date is beside it)."""
    d = release.dateline
    place = c.place_text(d.city, d.region)
    return place + (f" ({d.wire})" if d.wire and place else d.wire or "")


QUOTE_CHARS = 240


def quote_section(release: Release) -> Optional[Section]:
    """The first quote, cut at a sentence end after ~240 characters (marked '…'). No note: a quote
    is the release's own words, and the speaker is named under it."""
    quote = next((q for q in release.quotes if c.text(q.text)), None)
    if quote is None:
        return None
    words = c.text(quote.text)
    if len(words) > QUOTE_CHARS:
        cut = next((m.start() for m in c.sentence_breaks(words) if m.start() >= QUOTE_CHARS // 2), None)
        if cut is not None and cut < len(words) - 1:
            words = words[:cut].rstrip() + " …"
    return Section(id="quote", title="In their words", kind="quotes",
                   quotes=[QuoteView(text=words, speaker=quote.speaker, title=quote.title)])


def news_section(release: Release) -> Optional[Section]:
    lead = c.lead_paragraphs(release)
    if not lead:
        return None
    return Section(id="news", title="The news", kind="text", paragraphs=[Item(text=lead[0])])


def figures_section(release: Release, notes: c.Notes) -> Optional[Section]:
    comps = c.clinical_comparisons(release)
    # Significant treatment-vs-control results first, as the investor takeaways order them.
    comps.sort(key=lambda x: (x.get("kind") != "treatment-vs-control", c.p_number(x.get("p_value")) is None))
    comps = (comps + key_financials(release))[:MAX_FIGURES]
    items = [Item(text=c.comparison_sentence(x, release), note=notes.cite(x.get("source"))) for x in comps]
    items = c.dedupe([i for i in items if i.text])
    return Section(id="figures", title="Key figures", kind="bullets", items=items) if items else None


def next_section(release: Release, notes: c.Notes) -> Optional[Section]:
    items = []
    for m in next_milestones(release)[:1]:
        when = c.period_text(m.get("period"))
        items.append(Item(text=c.sentence_case(m["event"]) + (f", expected {when}" if when else ""),
                          note=notes.cite(m.get("source"))))
    for e in c.facts_list(release, "events")[:1]:
        line = event_summary(e)
        if line:
            items.append(Item(text="Data presented at " + line, note=notes.cite(e.get("source"))))
    items = c.dedupe(items)
    return Section(id="next", title="What comes next", kind="bullets", items=items) if items else None


def contacts_section(release: Release) -> Optional[Section]:
    """Media contacts first (a journalist calls them), then the rest, at most three."""
    section = c.contacts_section(release)
    if section is None:
        return None
    order = {"media": 0, "investors": 1, "investor relations": 1}
    section.contacts.sort(key=lambda x: order.get((x.role or "").lower(), 2))
    section.contacts = section.contacts[:MAX_CONTACTS]
    section.title = "Press contacts"
    return section
