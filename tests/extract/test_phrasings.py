"""Comparisons in the many ways releases print them (one sentence each, not from the sample)."""

from __future__ import annotations

import pytest

from reportgen.extract import check_span
from reportgen.extract.comparisons import extract_comparisons
from reportgen.model import Comparison, Release, Section
from reportgen.text.sentences import SentenceIndex

T, P = "treatment-vs-control", "period-over-period"

CASES = [
    ("The objective response rate was 45% in the pembrolizumab arm versus 20% in the placebo arm (p<0.001).",
     [(T, [45, 20], None)]),
    ("Median progression-free survival was 11.2 months with Drug X compared with 5.6 months with chemotherapy "
     "(HR 0.45; 95% CI, 0.32-0.61; p<0.001).", [(T, [11.2, 5.6], None)]),
    ("Response rates were 62% and 31% in the treatment and placebo groups, respectively.", [(T, [62, 31], None)]),
    ("Patients treated with ABC-123 achieved a mean reduction in LDL-C of 54% compared to 3% for placebo.",
     [(T, [54, 3], None)]),
    ("The mean change from baseline in HbA1c was -1.8% for tirzepatide vs. -0.4% for placebo.",
     [(T, [-1.8, -0.4], None)]),
    ("ABC-123 reduced the risk of death by 30% compared with placebo (HR 0.70; p=0.002).", [(T, [], 30)]),
    ("In the high-dose cohort, 12 of 20 patients (60%) responded, versus 3 of 19 (16%) on placebo.",
     [(T, [60, 16], None)]),
    ("Overall survival at 24 months was 68% vs 52% (HR, 0.61; 95% CI, 0.45 to 0.83).", [(T, [68, 52], None)]),
    ("There were eight deaths on the GTx-104 arm compared to four deaths on the oral nimodipine arm.",
     [(T, [8, 4], None)]),
    ("Revenue increased 12% to $45.2 million from $40.4 million in the prior-year quarter.",
     [(P, [45.2, 40.4], 12)]),
    ("Fourth quarter revenue was $120.5 million, up 8% year-over-year.", [(P, [120.5], 8)]),
    ("Net loss for the quarter was $(12.3) million, or $(0.21) per share, versus $(15.1) million, or $(0.30) per "
     "share, a year ago.", [(P, [-12.3, -15.1], None), (P, [-0.21, -0.30], None)]),
    ("Gross margin was 42.1%, compared to 39.8% in the third quarter of 2023.", [(P, [42.1, 39.8], None)]),
    ("Diluted EPS of $1.25 compared to $1.10 in the prior year.", [(P, [1.25, 1.10], None)]),
    ("Total revenues for the year ended December 31, 2024 were $1.2 billion, an increase of 15% over 2023.",
     [(P, [1.2], 15)]),
    ("Operating expenses decreased by $3.4 million, or 12%, to $25.0 million for the three months ended "
     "September 30, 2024.", [(P, [25.0], 12)]),
    ("Sales rose to $8.1 billion from $7.6 billion a year earlier.", [(P, [8.1, 7.6], None)]),
    ("Adjusted EBITDA was $54 million in Q4 2024, compared with $61 million in Q4 2023.", [(P, [54, 61], None)]),
    ("Research and development expenses were $10.1 million for the fourth quarter of 2024, as compared to "
     "$8.2 million for the same period in 2023.", [(P, [10.1, 8.2], None)]),
    ("Subscription revenue grew 23% year over year to $310 million.", [(P, [310], 23)]),
    ("Revenues for the second quarter increased 4.6 percent to $1.1 billion due primarily to the effects of "
     "foreign exchange.", [(P, [1.1], 4.6)]),
    ("The gross margin rate declined to 27.4 percent in the current year quarter from 28.7 percent in the prior "
     "year.", [(P, [27.4, 28.7], None)]),
    # prior period in brackets, European style
    ("Operating profit was SEK 812 million (SEK 745 million) and the operating margin was 9.4% (8.8%).",
     [(P, [812, 745], None), (P, [9.4, 8.8], None)]),
    ("Net sales amounted to EUR 2,040 million in the third quarter (Q2/2024: EUR 1,980 million).",
     [(P, [2040, 1980], None)]),
    ("Order intake was 15,200 units (2023: 14,100 units).", [(P, [15200, 14100], None)]),
    ("Operating cash flow was EUR -18 million (EUR 41 million).", [(P, [-18, 41], None)]),
    ("Basic EPS was $0.62 per share ($0.61 per share on a diluted basis).", []),
    ("See Smith J. Blood. 2012;160(3):461-467.", []),
    # a new level, no prior printed
    ("Segment EBITDA declined to EUR 12 million as prices weakened.", [(P, [12], None)]),
    ("Sales are expected to decrease by 5% compared to the fourth quarter.", []),
    # from a bound to a bound
    ("Annual bookings have grown from under $1 million to more than $9 million since 2019.", [(P, [9, 1], None)]),
    # a level, a period phrase, then the change
    ("Service revenues were $412 million in the second quarter of 2024, an increase of $31 million, or 8%, "
     "from the second quarter of 2023.", [(P, [412], 8)]),
    ("Total costs were $120 million, down 4% from $125 million in the prior-year quarter.",
     [(P, [120, 125], 4)]),
    # change against change
    ("Body weight fell by 14.9% from baseline with Drug Y, versus 2.4% with placebo (p<0.001).",
     [(T, [14.9, 2.4], None)]),
    ("Mean FEV1 improved by 180 mL in the treatment arm compared to 40 mL in the control arm.",
     [(T, [180, 40], None)]),
    ("Diastolic pressure decreased by 6.1 mmHg with the active drug vs. 1.9 mmHg with placebo.",
     [(T, [6.1, 1.9], None)]),
    ("Serious infections were reported by 3.1% of patients on Drug Z versus 2.9% on placebo.",
     [(T, [3.1, 2.9], None)]),
    ("The 30% relative risk reduction in stroke versus warfarin was significant (HR 0.70; p=0.01).",
     [(T, [], 30)]),
    # arms after each figure
    ("Nausea occurred in 22% of patients receiving Drug Q and in 9% of patients receiving placebo.",
     [(T, [22, 9], None)]),
    ("Remission was reached by 30 of 90 patients (33.3%) in the 10 mg group and 12 of 91 patients (13.2%) in the "
     "placebo group.", [(T, [33.3, 13.2], None)]),
    ("Healing at week 8 was seen in 45/80 (56.3%) patients on Drug R and 20/79 (25.3%) on placebo.",
     [(T, [56.3, 25.3], None)]),
    ("Patients were randomized to Drug S or placebo. Withdrawal rates were 8% and 4%, respectively.",
     [(T, [8, 4], None)]),
    ("Revenue and operating income were 40% and 12% of the total, respectively.", []),
    ("Lesion thickness decreased by 95 µm and 61 µm in the Drug K and sham groups, respectively.",
     [(T, [95, 61], None)]),
    ("Trough FEV1 improved by 120 mL over placebo (p<0.001).", [(T, [], 120)]),
    ("Patients lost 6.2 kg with Drug A versus 1.1 kg with placebo.", [(T, [6.2, 1.1], None)]),
    ("Infections occurred in 2.1% of Drug V recipients and 4.4% of placebo recipients.", [(T, [2.1, 4.4], None)]),
    ("The leverage ratio was 8.1% at March 31, 2025, compared with 7.9% at December 31, 2024.",
     [(P, [8.1, 7.9], None)]),
    ("Costs were $88 million, compared with $80 million a year earlier and $85 million in the prior quarter.",
     [(P, [88, 80], None), (P, [88, 85], None)]),
    ("Fee income of $312 million decreased 4% compared to the prior quarter.", [(P, [312], 4)]),
    ("Average deposits increased $1.1 billion, or 0.9%, from the second quarter to $121.0 billion.",
     [(P, [121.0], 0.9)]),
    ("Operating margin contracted 80 basis points to 11.2% in the quarter.", [(P, [11.2], 80)]),
    ("Store traffic increased 2.2 percent compared with 2023, while ticket size was up 1.4 percent.",
     [(P, [], 2.2), (P, [], 1.4)]),
    ("Mean percent change in triglycerides was \u221238.5% with Drug L and +2.2% with placebo.",
     [(T, [-38.5, 2.2], None)]),
    ("Response rates were higher with Drug M plus rituximab (58%) than with rituximab alone (33%).",
     [(T, [58, 33], None)]),
    ("Median PFS was not reached in the Drug N arm versus 7.9 months in the control arm (HR 0.41).",
     [(T, [7.9], None)]),
    ("Nine patients (22.5%) in the Drug P group and three patients (7.7%) in the placebo group discontinued.",
     [(T, [22.5, 7.7], None)]),
    ("IGA 0/1 and EASI 75 responses were seen in more than 40 patients.", []),
    ("Net loss narrowed to $(2.1) million, or $(0.03) per share, from $(6.6) million, or $(0.09) per share.",
     [(P, [-2.1, -6.6], None), (P, [-0.03, -0.09], None)]),
    ("Active users reached 48.2 million, an increase of 3.5 million compared to the prior quarter.",
     [(P, [48.2], 3.5)]),
    ("Revenue was essentially flat year over year at $912 million.", [(P, [912], None)]),
    ("Revenue increased by 18.2% to RMB 2.10 billion (US$288.1 million) for the quarter.", [(P, [2.10], 18.2)]),
    ("Serious adverse events occurred in 5.2% and 5.9% of patients in the Drug W and placebo groups.",
     [(T, [5.2, 5.9], None)]),
    ("The least squares mean difference from placebo in SBP at week 12 was 7.4 mmHg (p<0.001).", [(T, [], 7.4)]),
    ("Relapse rates were 0.18 relapses per patient-year with Drug X and 0.42 with placebo.", [(T, [0.18, 0.42], None)]),
    ("The quarterly dividend was raised 6% to $0.53 per share.", [(P, [0.53], 6)]),
    ("Long-term debt decreased by $400 million during the quarter to $3.1 billion.", [(P, [3.1], 400)]),
    ("Adding Drug H reduced the risk of death by 27% (HR 0.73; 95% CI 0.60-0.89).", [(T, [], 27)]),
    ("Subscribers were 2.1 million, compared with 1.9 million a year ago, and ARPU was 4.2%, up 30 basis points.",
     [(P, [2.1, 1.9], None), (P, [4.2], 30)]),
    ("The Board proposes a dividend of EUR 1.10 per share (previous year: EUR 1.00).", [(P, [1.10, 1.00], None)]),
    ("Remission rates were 48% and 29%, respectively, for Drug E and placebo.", [(T, [48, 29], None)]),
    ("Infusion reactions per 100 patient-years were 4.2 for Drug F and 6.8 for infliximab.", [(T, [4.2, 6.8], None)]),
    ("Body weight decreased by 3.2 kg with GLP-7 and increased by 0.9 kg with glimepiride.", [(T, [3.2, 0.9], None)]),
    ("Of 150 patients (41.3%) in the Drug J arm, none had an LDL below 70 mg/dL.", []),
    ("Sales were $845 million, up 5 per cent on last year (2023: $805 million).", [(P, [845, 805], 5)]),
    ("Adjusted EBITA rose 9% y-o-y to EUR 1.4 billion, with the margin up 0.8 p.p. to 17.2%.",
     [(P, [1.4], 9), (P, [17.2], 0.8)]),
    ("Operating costs were down 3% sequentially at $412 million.", [(P, [412], 3)]),
    ("Return on equity improved to 11.2 per cent from 9.8 per cent.", [(P, [11.2, 9.8], None)]),
    ("The ORR was 41% (95% CI, 30-52) with Drug T, compared with 20% (95% CI, 12-30) with placebo.",
     [(T, [41, 20], None)]),
    ("Pain scores fell 44.0% in the 20 mg group, 31.5% in the 10 mg group and 12.2% in the placebo group.",
     [(T, [44.0, 12.2], None), (T, [31.5, 12.2], None)]),
    ("Median duration of response had not been reached, compared to 9.4 months in the control arm.",
     [(T, [9.4], None)]),
    ("Sales were $2.1 billion, up 6% year over year, or 8% in constant currency.", [(P, [2.1], 6), (P, [], 8)]),
    ("Net income decreased 5% to $220 million, or $0.91 per diluted share, from $232 million, or $0.95 per diluted "
     "share.", [(P, [220, 232], 5), (P, [0.91, 0.95], None)]),
    ("SG&A as a percentage of sales deleveraged 30 basis points to 22.4%.", [(P, [22.4], 30)]),
    ("Patients showed a 4.1-point improvement in the PANSS total score relative to placebo.", [(T, [], 4.1)]),
    ("Median OS was 13.2 months (95% CI: 11.0, 15.1) for Drug U and 9.8 months (95% CI: 8.1, 11.4) for docetaxel.",
     [(T, [13.2, 9.8], None)]),
    ("Of the patients who received Drug V, 22 (55%) responded, versus 7 (18%) in the control group.",
     [(T, [55, 18], None)]),
    ("EPS were $2.04 for the quarter, a 7% increase from $1.91 in the fourth quarter of 2023.",
     [(P, [2.04, 1.91], 7)]),
    ("Orders rose 6 percent year-on-year; organic growth was 4 percent.", [(P, [], 6), (P, [], 4)]),
    ("Operating cash flow was negative $7 million versus positive $12 million a year ago.", [(P, [-7, 12], None)]),
    ("Total loans of $14.1 billion at quarter-end increased $320 million from June 30, 2024.", [(P, [14.1], 320)]),
    # not comparisons
    ("A total of 60 participants were randomized (40 participants in the CLS-AX arm and 20 participants in the "
     "aflibercept arm).", []),
    ("GAAP Net Income from Continuing Operations of $372 Million and Diluted GAAP Earnings per Share from "
     "Continuing Operations of $2.20 for 2024", []),
    ("The trial enrolled 320 patients in 11 countries over 36 months.", []),
    ("Net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 3.2 percent to $293.6 million from "
     "net sales of $303.5 million for the prior year 13-week fiscal quarter ended October 28, 2023.",
     [(P, [293.6, 303.5], 3.2)]),
    ("Revenue was $52.5 million for the quarter ended December 31, 2025, representing a 6% increase from the fourth "
     "quarter in the prior year.", [(P, [52.5], 6)]),
    ("Acme's 2025 Q4 revenue reached KRW 1,210.4 billion (+9.1% YoY).", [(P, [1210.4], 9.1)]),
]


def _extract(release: Release) -> list[Comparison]:
    sentences = SentenceIndex(release)
    return extract_comparisons(sentences.paragraphs, {}, sentences.release_date)


@pytest.mark.parametrize("sentence, expected", CASES)
def test_phrasing(sentence, expected):
    release = Release(release_date="2025-02-10", sections=[Section(paragraphs=[sentence])])
    found = [c for c in _extract(release) if c.kind in (T, P)]
    got = [(c.kind, [a.value for a in c.arms if a.value is not None],
            c.change.value if c.change else None) for c in found]
    assert got == [(k, [pytest.approx(v) for v in vals], ch) for k, vals, ch in expected]
    for c in found:
        assert check_span(release, c.source)


def test_statistics_are_parsed():
    release = Release(sections=[Section(paragraphs=[CASES[1][0]])])
    (c,) = _extract(release)
    assert c.measure == "median PFS"
    assert c.hazard_ratio == 0.45
    c = c.model_dump(mode="json")
    assert c["ci"] == {"level": 95.0, "low": 0.32, "high": 0.61, "text": "95% CI, 0.32-0.61"}
    assert c["p_value"] == {"text": "p<0.001", "op": "<", "value": 0.001}
    assert [a["label"] for a in c["arms"]] == ["Drug X", "chemotherapy"]


def test_headline_comparisons_point_into_the_headline():
    from reportgen.extract import enrich

    release = Release(headline="Acme Reports Results", subheadlines=["EPS up 16 percent to new all-time high"],
                      sections=[Section(paragraphs=["Acme makes things."])])
    facts = enrich(release).model_dump(mode="json")
    assert facts["comparisons"] == []
    (c,) = facts["headline_comparisons"]
    assert c["measure"] == "EPS" and c["change"]["value"] == 16 and c["kind"] == P
    src = c["headline_source"]
    assert src["field"] == "subheadlines" and release.subheadlines[src["index"]][src["start"]:src["end"]] == src["text"]


@pytest.mark.parametrize("sentence, measure", [
    ("The trial met its primary endpoint, with patients receiving GTx-104 observed to have a 19% reduction in at "
     "least one incidence of clinically significant hypotension compared to oral nimodipine (28% versus 35%).",
     "at least one incidence of clinically significant hypotension"),
    ("Patients on Drug X saw a 38% relative reduction in the risk of cardiovascular death versus placebo "
     "(9.9% vs 15.3%).", "risk of cardiovascular death"),
])
def test_a_change_names_its_measure_after_itself(sentence, measure):
    release = Release(release_date="2025-02-10", sections=[Section(paragraphs=[sentence])])
    (c,) = [c for c in _extract(release) if c.kind == T]
    assert c.measure == measure
