"""Steps still to come and the products a release is about, on small releases in the shape of the
real ones: a milestone is a named event or the clause that says what will happen with its time;
a product is a marked name, a name with its generic, or a code or INN the headline prints."""

from __future__ import annotations

from reportgen.extract import check_span
from reportgen.extract.milestones import extract_milestones
from reportgen.extract.products import extract_products
from reportgen.model import Release, Section
from reportgen.text.sentences import SentenceIndex


def _release(*paragraphs: str, headline: str = "Acme reports results", heading: str | None = None) -> Release:
    return Release(headline=headline, release_date="2025-02-11",
                   sections=[Section(role="lead", heading=heading, paragraphs=list(paragraphs))])


def _milestones(release: Release) -> list[tuple[str, str]]:
    found = extract_milestones(SentenceIndex(release))
    assert all(check_span(release, m.source) for m in found)
    return [(m.event, m.period) for m in found]


def test_a_named_event_before_its_period_and_a_clause_with_a_date():
    release = _release(
        "A final decision by the European Commission is expected during the first half of 2026.",
        "Acme plans to issue its fiscal second quarter financial results press release on May 12, 2025.")
    assert _milestones(release) == [
        ("A final decision by the European Commission", "2026-H1"),
        ("Acme plans to issue its fiscal second quarter financial results press release on May 12, 2025",
         "2025-05-12")]


def test_a_time_of_a_conference_call_is_no_clause_boundary():
    release = _release("Acme has scheduled a conference call to begin at 11:00 a.m. MT on Thursday, February 13, 2025.")
    assert _milestones(release) == [(release.sections[0].paragraphs[0].rstrip("."), "2025-02-13")]


def test_spans_past_years_and_guidance_framing_are_no_steps():
    release = _release(
        "Payments will be made through June 30, 2032.",
        "Acme retired $600 million of debt in 2024.",
        "Acme today provided financial expectations for 2025.",
        "The notes will expire on 26 February 2027.")
    assert _milestones(release) == []


def test_the_end_of_a_term_and_a_replay_are_no_steps():
    release = _release(
        "In March 2024, Acme secured an extension on its line of credit which will now mature on September 20, 2026.",
        "Both leases commenced in February 2024 and will expire in May 2036 and March 2037, respectively.",
        "The telephone replay will be available until Thursday, February 20, 2025 at midnight.",
        "The 7.875% notes due 2030 will be listed.",
        "Acme expects to complete the 6900 Maritz Drive development in Q2 2025.")
    assert _milestones(release) == [
        ("Acme expects to complete the 6900 Maritz Drive development in Q2 2025", "2025-Q2")]


def test_this_year_is_the_release_year_and_a_calendar_section_needs_no_cue():
    release = _release("We expect to select a lead candidate in the second half of this year.")
    assert _milestones(release)[0][1] == "2025-H2"
    calendar = _release("15 May 2025: third quarter revenues.", heading="Financial calendar")
    assert [period for _, period in _milestones(calendar)] == ["2025-05-15"]


def test_a_code_name_or_an_inn_the_headline_prints_is_a_product():
    release = _release("The FDA approved stapokibart for seasonal allergic rhinitis in a phase III study.",
                       "EDP-323 is in a Phase 2 trial in patients with RSV.",
                       headline="Acme Announces Approval of Stapokibart and Data for EDP-323")
    names = {p.brand or p.generic for p in extract_products(SentenceIndex(release))}
    assert {"stapokibart", "EDP-323"} <= names


def test_fiscal_years_and_registry_numbers_are_no_products():
    release = _release("Revenue for FY2025 rose in the trial NCT-123456 of patients.",
                       "FY2025 guidance and the trial NCT-123456 were confirmed.",
                       headline="Acme reports FY2025 results")
    assert extract_products(SentenceIndex(release)) == []


def test_the_news_sentence_is_no_mechanism():
    from reportgen.extract.products import _NEWS_SENTENCE
    assert _NEWS_SENTENCE.search("Acme, Inc., a biotechnology company leveraging its antisense technology, today provides "
                                 "an update from its Phase 1 trial of AC1002, which targets Bcl-2.")
    assert not _NEWS_SENTENCE.search("By targeting Bcl-2 at the mRNA level, AC1002 may overcome resistance.")


def test_a_phase_number_is_no_count_of_randomized_patients():
    from reportgen.extract.trials import _RANDOMIZED_RE
    assert _RANDOMIZED_RE.search("results from the ENERGIZE-T Phase 3 randomized clinical trial") is None
    for text, n in [("In total, 412 patients were randomized 1:1", "412"), ("412 randomized patients", "412"),
                    ("randomized 300 patients", "300"), ("300 were randomized", "300")]:
        assert next(g for g in _RANDOMIZED_RE.search(text).groups() if g) == n
