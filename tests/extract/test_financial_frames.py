"""Financial figures in their frame: signs, per-share amounts, the basis and the period of each figure.

Each case is a way results releases print figures (written for the form, not copied from one release);
before these rules each of them gave a row that said something the sentence does not.
"""

from __future__ import annotations

import re

from reportgen.extract.numbers import find_quantities

from .test_precision_fixes import _comparisons


def _arms(sentence: str) -> list[tuple[str, list[tuple[str | None, str, float]]]]:
    return [(c.measure, [(a.label, a.text, a.value) for a in c.arms]) for c in _comparisons(sentence)]


def test_per_share_amounts_printed_with_their_share_kind_are_per_share():
    for text in ("$0.05 basic and diluted per share", "$0.21 per basic and diluted share",
                 "$0.33 per fully diluted share", "$0.05 diluted per share", "$1.10 per common share"):
        (q,) = find_quantities("earnings of " + text)
        assert (q.text, q.cls, q.unit) == (text, "eps", "$ per share")


def test_the_accountants_brackets_are_a_minus():
    found = [(q.text, q.value, q.unit) for q in find_quantities(
        "compared to ($0.7) million last year, or ($1.31) basic and diluted per share")]
    assert found == [("($0.7) million", -0.7, "$ million"), ("($1.31) basic and diluted per share", -1.31, "$ per share")]
    # a dollar figure merely in brackets stays what it is; other currencies' brackets are the prior period's
    assert [(q.text, q.value) for q in find_quantities("the list price (US$12.50) is unchanged")] == [("US$12.50", 12.5)]
    assert [q.value for q in find_quantities("EUR 1,405 million (EUR 1,513 million)")] == [1405, 1513]


def test_a_sum_is_never_paired_with_an_amount_per_share():
    found = _arms("Adjusted net income for fiscal 2024 was $12.4 million, or adjusted earnings per share were $0.31 "
                  "and $0.30, respectively, compared with adjusted net income of $9.8 million, or $0.25 per diluted "
                  "share, for fiscal 2023.")
    sums = [arms for _, arms in found if any("million" in text for _, text, _ in arms)]
    assert sums and all(all("million" in text for _, text, _ in arms) for arms in sums)
    assert ("fiscal 2024", "$12.4 million", 12.4) in sums[0]


def test_sums_and_per_share_amounts_pair_each_with_its_own():
    found = _arms("Net income for the second quarter of 2025 was $4.1 million, or $0.09 basic and diluted per share, "
                  "compared with net income of $3.2 million, or $0.07 per basic share, for the second quarter of 2024.")
    assert [[text for _, text, _ in arms] for _, arms in found] == [
        ["$4.1 million", "$3.2 million"], ["$0.09 basic and diluted per share", "$0.07 per basic share"]]
    assert [m for m, _ in found] == ["Net income", "Net income per share"]


def test_a_loss_under_a_measure_of_income_says_so():
    ((measure, arms),) = [x for x in _arms(
        "Operating income for the third quarter was $5.5 million, compared with an operating loss of $1.9 million "
        "for the third quarter of 2023.") if "million" in x[1][0][1]]
    assert measure == "Operating income"
    assert arms[1][1:] == ("operating loss of $1.9 million", -1.9)
    ((measure, arms),) = _arms("Adjusted EBITDA was a loss of $7.2 million for the year, compared to a loss of "
                               "$11.0 million in the prior year.")
    assert [(text, value) for _, text, value in arms] == [("loss of $7.2 million", -7.2), ("loss of $11.0 million", -11)]
    # a measure of loss keeps its figures as printed, and says which arm was income
    ((measure, arms),) = _arms("Net loss for the quarter was $2.0 million, compared with net income of $0.4 million "
                               "in the prior-year quarter.")
    assert [(text, value) for _, text, value in arms] == [("$2.0 million", 2), ("net income of $0.4 million", 0.4)]


def test_the_period_compared_against_is_never_the_current_figures():
    ((_, arms),) = _arms("Service revenue increased 8% to $14.6 million compared with the prior year period.")
    assert arms == [(None, "$14.6 million", 14.6)]
    found = _arms("In Europe, net sales rose 6.1% from the previous year, while the Americas unit recorded net sales "
                  "of EUR 310 million, up 4.4% from the previous year.")
    assert [arms for _, arms in found if arms] == [[(None, "EUR 310 million", 310)]]


def test_a_figure_of_a_paragraph_takes_the_period_the_paragraph_named():
    found = _arms("Revenue for the first quarter of 2025 was $31.0 million compared with $27.5 million in the prior "
                  "year period. Gross margin was 44.1% compared with 41.0% in the prior year period.")
    assert [arms[0][0] for _, arms in found] == ["first quarter of 2025", "first quarter of 2025"]


def test_a_bracketed_prior_period_leaves_the_current_period_to_the_first_figure():
    ((_, arms),) = _arms("Order intake decreased to EUR 820 million in the second quarter of 2025 (Q1/2025: EUR 905 million).")
    assert [label for label, _, _ in arms] == ["the second quarter of 2025", "Q1/2025"]


def test_the_basis_is_part_of_the_measure():
    ((measure, _),) = _arms("On a non-GAAP basis, operating margin was 18.2% compared with 16.9% in the prior year.")
    assert measure == "Non-GAAP operating margin"
    found = _comparisons("Segment sales of $2.3 billion were up 9%, including 4% organic growth.")
    assert "Segment sales (organic)" in [c.measure for c in found]
    assert [c.measure for c in _comparisons("Services sales were down 3% organically in the quarter.")] == \
        ["Services sales (organic)"]


def test_each_listed_figure_is_named_by_its_own_words():
    found = _arms("Revenue was $1.2 billion and net income $250 million, compared with $1.1 billion and $240 million "
                  "a year earlier.")
    assert [(m, [text for _, text, _ in arms]) for m, arms in found] == [
        ("Revenue", ["$1.2 billion", "$1.1 billion"]), ("net income", ["$250 million", "$240 million"])]
    found = _arms("The group posted revenue of $8.4 billion and net profit of $1.9 billion, or $2.10 per diluted share, "
                  "up from $1.6 billion, or $1.78 per diluted share, a year earlier.")
    assert "net profit per share" in [m for m, _ in found]


def test_losses_listed_for_several_periods_keep_their_sign_and_a_quarter_is_never_paired_with_a_year():
    found = _arms("Net income was $12.0 million, or $0.30 per share, for the second quarter of 2025 and net loss was "
                  "$4.0 million, or $0.10 per share, for the six months ended June 30, 2025, compared to net losses "
                  "of $8.0 million, or $0.20 per share, for the second quarter of 2024 and $15.0 million, or $0.38 "
                  "per share, for the six months ended June 30, 2024.")
    values = [[value for _, _, value in arms] for _, arms in found]
    assert [12, -8] in values and [-0.1, -0.38] in values
    quarters = re.compile(r"quarter", re.I)
    for _, arms in found:  # every pair is of periods of one length
        assert len({bool(quarters.search(label or "")) for label, _, _ in arms}) == 1


def test_a_new_level_keeps_the_change_printed_after_it_and_a_sums_new_level_is_a_result():
    (c,) = _comparisons("Operating margin improved to 21.4%, up 150 bps.")
    assert [a.text for a in c.arms] == ["21.4%"] and c.change.text == "150 bps"
    (c,) = _comparisons("Total bookings increased 7.0% to $412.5 million.")
    assert [a.text for a in c.arms] == ["$412.5 million"] and c.change.text == "7.0%"


def test_a_list_items_bullet_is_no_part_of_the_measure():
    (c,) = _comparisons("\u2022 Revenue was $52.4 million, down 3.1%")
    assert c.measure == "Revenue"


def test_two_changes_in_opposite_directions_say_which_way_each_went():
    from reportgen.briefings.format import arm_value_text
    from reportgen.extract.comparisons import extract_comparisons
    from reportgen.text.sentences import SentenceIndex

    from .test_precision_fixes import _release
    sentences = SentenceIndex(_release("Patients on the study drug showed a mean body weight reduction of 12.5%, compared "
                                       "to an increase of 1.2% for placebo after 40 weeks."))
    (c,) = extract_comparisons(sentences.paragraphs, {}, sentences.release_date)
    assert [arm_value_text(a) for a in c.arms] == ["reduction of 12.5%", "increase of 1.2%"]
    assert [a.value for a in c.arms] == [12.5, 1.2]  # the sizes of the changes, as for every change


def test_the_prior_years_quarter_is_named_whole_and_growth_listed_after_a_relative_clause_is_growth():
    ((_, arms),) = [x for x in _arms("Operating expenses for the fourth quarter of 2025 were $61.3 million, compared to "
                                     "$66.9 million in the fourth quarter of the prior year.") if x[1]]
    assert [label for label, _, _ in arms] == ["fourth quarter of 2025", "fourth quarter of the prior year"]
    found = _comparisons("The services business, which contributed 75% of revenue in the fourth quarter and 71% of "
                         "revenue in the full year, grew 21% and 32% over the corresponding periods a year ago.")
    assert [(c.measure, [a.text for a in c.arms], c.change.text) for c in found] == [
        ("services business", [], "21%"), ("services business", [], "32%")]


def test_income_under_a_measure_of_loss_shows_its_words_in_the_briefing():
    from reportgen.briefings.format import arm_value_text
    (c,) = _comparisons("EBITDA loss of $12.8 million compared to EBITDA of $2.5 million in the prior year.")
    assert [arm_value_text(a) for a in c.arms] == ["$12.8 million", "EBITDA of $2.5 million"]


def test_a_ratio_improving_some_points_from_its_prior_level():
    (c,) = _comparisons("The combined ratio for the fourth quarter of 2025 was 92.1%, improving 3.6 points from 95.7% "
                        "driven by improvement in the underlying loss ratio.")
    assert [(a.label, a.text) for a in c.arms] == [("fourth quarter of 2025", "92.1%"), (None, "95.7%")]
    assert c.change.text == "3.6 points"


def test_a_period_ended_on_a_date_with_an_abbreviated_month():
    from reportgen.extract.comparisons.labels import period_phrase
    assert period_phrase("For the nine months ended Sept. 30, 2006, net income was $55.1 million") == \
        "the nine months ended Sept. 30, 2006"
