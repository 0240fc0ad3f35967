"""Comparisons in the many ways releases print them (one sentence each, not from the sample)."""

from __future__ import annotations

import pytest

from reportgen.extract.comparisons import extract_comparisons
from reportgen.extract.text import check_span
from reportgen.model import Release, Section

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
    ("Annual bookings have grown from under $1 million to more than $9 million since 2019.", [(P, [1, 9], None)]),
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
    # not comparisons
    ("A total of 60 participants were randomized (40 participants in the CLS-AX arm and 20 participants in the "
     "aflibercept arm).", []),
    ("GAAP Net Income from Continuing Operations of $372 Million and Diluted GAAP Earnings per Share from "
     "Continuing Operations of $2.20 for 2024", []),
    ("The trial enrolled 320 patients in 11 countries over 36 months.", []),
    ("Net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 3.2 percent to $293.6 million from "
     "net sales of $303.5 million for the prior year 13-week fiscal quarter ended October 28, 2023.",
     [(P, [293.6, 303.5], 3.2)]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_phrasing(sentence, expected):
    release = Release(release_date="2025-02-10", sections=[Section(paragraphs=[sentence])])
    found = [c for c in extract_comparisons(release) if c["kind"] in (T, P)]
    got = [(c["kind"], [a["value"] for a in c["arms"] if a["value"] is not None],
            c["change"]["value"] if c["change"] else None) for c in found]
    assert got == [(k, [pytest.approx(v) for v in vals], ch) for k, vals, ch in expected]
    for c in found:
        assert check_span(release, c["source"])


def test_statistics_are_parsed():
    release = Release(sections=[Section(paragraphs=[CASES[1][0]])])
    (c,) = extract_comparisons(release)
    assert c["measure"] == "median PFS"
    assert c["hazard_ratio"] == 0.45
    assert c["ci"] == {"level": 95.0, "low": 0.32, "high": 0.61, "text": "95% CI, 0.32-0.61"}
    assert c["p_value"] == {"text": "p<0.001", "op": "<", "value": 0.001}
    assert [a["label"] for a in c["arms"]] == ["Drug X", "chemotherapy"]


def test_headline_comparisons_point_into_the_headline():
    from reportgen.extract import enrich

    release = Release(headline="Acme Reports Results", subheadlines=["EPS up 16 percent to new all-time high"],
                      sections=[Section(paragraphs=["Acme makes things."])])
    facts = enrich(release)
    assert facts["comparisons"] == []
    (c,) = facts["headline_comparisons"]
    assert c["measure"] == "EPS" and c["change"]["value"] == 16 and c["kind"] == P
    src = c["headline_source"]
    assert src["field"] == "subheadlines" and release.subheadlines[src["index"]][src["start"]:src["end"]] == src["text"]
