"""A hand-built model of the sample release (with facts), for rendering tests until the reader lands.

Paragraphs are the sample's text, unwrapped; each fact's `source` is located in them by `span()`,
so provenance notes point at real sentences. Nothing in reportgen imports this module.
"""

from __future__ import annotations

from reportgen.model import Contact, Dateline, Facts, Issuer, Quote, Release, Section, Span, Ticker
from reportgen.readers.rules.roles import assign_roles

_SECTIONS = [
    (None, [
        'EpiCept Corporation (Nasdaq and OMX Nordic Exchange: EPCT) today released new clinical data that demonstrate a durable improvement in leukemia-free survival (LFS) over five years among Acute Myeloid Leukemia (AML) patients who receive post-consolidation immunotherapy with Ceplene(TM) (histamine dihydrochloride) in conjunction with low dose interleukin-2 (IL-2). These data were presented on December 9th at the 49th Annual Meeting of the American Society of Hematology (ASH) in Atlanta.',
        "Ceplene is EpiCept's registration stage product candidate for the remission, maintenance and prevention of relapse of patients with AML in first remission, and is currently under late stage review by the European Medicines Evaluation Agency (EMEA).",
        '"These important findings add to the growing body of evidence demonstrating that the combination of Ceplene and low-dose IL-2 is the first drug regimen capable of prolonging leukemia-free survival and preventing relapse among AML patients in first remission," remarked Jack Talley, President and CEO of EpiCept. "While the Phase III study of Ceplene was powered to show a leukemia-free survival benefit over 36 months, these additional data provide confirmation of a lasting leukemia-free benefit for at least five years. We are continuing to work closely with regulators in Europe on our Marketing Authorization Application for Ceplene and remain on track to receive a final decision by the European Commission during the first half of 2008."',
        'Mats L. Brune, MD, Medical Director of the Bone Marrow Transplant Program at the University of Goteborg delivered the findings in a poster presentation entitled, "Post-consolidation Immunotherapy with Histamine Dihydrochloride and Interleukin-2 in AML: Long Term Follow-Up of Leukemia-Free Survival and Overall Survival."',
        'The data were derived from an analysis of the long-term outcomes of AML patients enrolled in the pivotal Phase III Ceplene study, which met its primary endpoint of increased LFS (p <0.01) among AML patients in remission. The objective of the five-year analysis was to assess the durability of the LFS benefit of post-consolidation immunotherapy with Ceplene + IL-2.',
        'The median LFS of AML patients in first remission was 15 months for the Ceplene + IL-2 group versus 9.7 months in the control group (P=0.025). A Kaplan-Meier five-year estimate was supportive of the effect of Ceplene + IL-2 in maintaining LFS. In the AML population in first remission, this effect was shown in 34 percent of the treatment group versus 22 percent of the control group (P=0.024).',
        'Further, the median duration of the overall survival rate in the first remission patient group was 44 months for the Ceplene + IL-2 group versus 29 months for the control group, an improvement of 15 months. The Kaplan-Meier estimate analysis of patients alive at five years show a strong trend in favor of Ceplene + IL-2 (Kaplan-Meier, P=0.07), even though the trial was not initially powered to demonstrate a benefit in overall survival.',
        'Dr. Brune stated, "The effect of a combined therapy of Ceplene + IL-2 in prolonging leukemia-free survival and in preventing relapse was both durable and statistically significant. These results indicate that Ceplene, if approved, could provide important therapeutic benefits to AML patients, for whom there are currently no available treatment options shown to increase leukemia-free survival."',
    ]),
    ('Additional Ceplene Study Results Presented', [
        'In a separate poster presentation given yesterday at ASH, EpiCept provided new study results regarding the mechanisms of action relevant to Ceplene\'s demonstrated ability in combination with IL-2, to prevent leukemic relapse among AML patients. These data were presented by Ana I. Romero from the Department of Internal Medicine, University of Goteborg in a presentation entitled, "Histamine Dihydrochloride Maintains Cytoxic Effector T Lymphocyte Function and Viability under Conditions of Oxidative Stress."',
        'In the study, researchers recovered autoreactive T-cells from AML patients and exposed them to exogenous hydrogen peroxide or oxygen radical-producing mononuclear phagocytes. Ceplene, an inhibitor of oxygen radical formation in phagocytes, completely prevented apoptosis in the T-cell subset (n=8, p<0.0001). In the presence of mononuclear phagocytes, Ceplene synergized with IL-2 in promoting cell cycle proliferation. Based on these findings, researchers concluded that the phenotype of T-cells with spontaneous reactivity against AML blasts is highly sensitive to oxidants and that by inhibiting oxygen radical formation, Ceplene efficiently protects these cytotoxic lymphocytes from apoptosis in an environment of oxidative stress. In addition, Ceplene was shown to synergize with IL-2 to activate and expand these T-cells.',
    ]),
    ('About Ceplene', [
        "Ceplene is EpiCept's registration-stage compound for the treatment of AML. Ceplene is designed to protect lymphocytes responsible for immune-mediated destruction of residual leukemic cells. Laboratory research has demonstrated that Ceplene reduces formation of oxygen radicals from phagocytes, inhibiting NADPH oxidase and protecting IL-2-activated NK-cells and T-cells.",
    ]),
    ('Ceplene Clinical Trial History', [
        'A pivotal Phase III study for Ceplene in conjunction with IL-2 was conducted in 11 countries and included 320 randomized patients. This study met its primary endpoint of preventing relapse as shown by increased LFS at three years for AML patients in remission. The data demonstrated that patients with AML in complete remission who received 18 months of treatment with Ceplene plus low dose IL-2 experienced a significantly improved LFS compared with the current standard of care, which is no treatment after successful induction of remission. The improvement in LFS achieved by Ceplene + IL-2 was highly statistically significant at three years (p=0.0096, analyzed according to Intent-to-Treat). In patients in their first remission, there was a 55 percent improvement in LFS. This represented an absolute improvement of more than 22 weeks in terms of delayed progression of the disease. This benefit was highly statistically significant, (p=0.011). This is the intended patient population for the Marketing Authorization Application submitted for Ceplene in Europe. The results of this trial were published in "Blood," a leading scientific journal in hematology, (Blood; The Journal of the American Society of Hematology, volume 108, number 1, July 1, 2006).',
    ]),
    ('About EpiCept Corporation', [
        "EpiCept is focused on unmet needs in the treatment of pain and cancer. The Company's broad portfolio of pharmaceutical product candidates includes several pain therapies in clinical development and a lead oncology compound for AML with demonstrated efficacy in a Phase III trial; a marketing authorization application for this compound is approaching a decision in Europe. In addition, EpiCept's ASAP technology, a proprietary live cell high-throughput caspase-3 screening technology, can efficiently identify new cancer drug candidates and molecular targets that selectively induce apoptosis in cancer cells. Two oncology drug candidates currently in clinical development that were discovered using this technology have also been shown to act as vascular disruption agents in a variety of solid tumors.",
    ]),
    ('Forward-Looking Statements', [
        "This news release and any oral statements made with respect to the information contained in this news release, contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Such forward-looking statements include statements which express plans, anticipation, intent, contingency, goals, targets, future development and are otherwise not statements of historical fact. These statements are based on EpiCept's current expectations and are subject to risks and uncertainties that could cause actual results or developments to be materially different from historical results or from any future results expressed or implied by such forward-looking statements. Factors that may cause actual results or developments to differ materially include: the risk that Ceplene will not receive regulatory approval or marketing authorization in the EU or that Ceplene, if approved, will not achieve significant commercial success, the risk that our NP-1 clinical trials will not be successful, that NP-1 will not receive regulatory approval or achieve significant commercial success, the risk that Myriad's development of Azixa(TM) will not be successful, the risk that Azixa(TM) will not receive regulatory approval or achieve significant commercial success, the risk that we will not receive any significant payments under our agreement with Myriad, the risk that the development of our other apoptosis product candidates will not be successful, the risk that our ASAP technology will not yield any successful product candidates, the risk that clinical trials for EPC 2407 will not be successful, that EPC 2407 will not receive regulatory approval or achieve significant commercial success, the risk that our other product candidates that appeared promising in early research and clinical trials do not demonstrate safety and/or efficacy in larger-scale or later stage clinical trials, the risk that EpiCept will not obtain approval to market any of its product candidates, the risks associated with our need to raise additional financing to continue to meet our capital needs and our ability to continue as a going concern, the risks associated with dependence upon key personnel, the risks associated with reliance on collaborative partners and others for further clinical trials, development, manufacturing and commercialization of our product candidates; the cost, delays and uncertainties associated with our scientific research, product development, clinical trials and regulatory approval process; our history of operating losses since our inception; competition; litigation; risks associated with prior material weaknesses in our internal controls; and risks associated with our ability to protect our intellectual property. These factors and other material risks are more fully discussed in EpiCept's periodic reports, including its reports on Forms 8-K, 10-Q and 10-K and other filings with the U.S. Securities and Exchange Commission. You are urged to carefully review and consider the disclosures found in EpiCept's filings which are available at www.sec.gov or at www.epicept.com. You are cautioned not to place undue reliance on any forward-looking statements, any of which could turn out to be wrong due to inaccurate assumptions, unknown risks or uncertainties or other risk factors.",
    ]),
]


def span(section: int, needle: str, paragraph: int | None = None) -> dict:
    """The source dict of the first paragraph of `section` containing `needle`."""
    _heading, paragraphs = _SECTIONS[section]
    for pi, text in enumerate(paragraphs):
        if paragraph is not None and pi != paragraph:
            continue
        start = text.find(needle)
        if start >= 0:
            return {"section": section, "paragraph": pi, "start": start, "end": start + len(needle),
                    "text": needle}
    raise ValueError(f"{needle!r} not in section {section}")


def _arm(label, value, unit):
    return {"label": label, "value": value, "unit": unit}


def _mechanism(sentence: str) -> dict:
    return {"text": sentence, "source": span(2, sentence)}


def sample_facts() -> dict:
    return {
        "abbreviations": {"LFS": "leukemia-free survival", "AML": "Acute Myeloid Leukemia",
                          "IL-2": "interleukin-2", "ASH": "American Society of Hematology",
                          "EMEA": "European Medicines Evaluation Agency"},
        "products": [{"brand": "Ceplene", "generic": "histamine dihydrochloride", "mark": "TM",
                      "partner": "low-dose interleukin-2 (IL-2)",
                      "mechanism": [_mechanism("Ceplene is designed to protect lymphocytes responsible for "
                                               "immune-mediated destruction of residual leukemic cells."),
                                    _mechanism("Laboratory research has demonstrated that Ceplene reduces formation "
                                               "of oxygen radicals from phagocytes, inhibiting NADPH oxidase and "
                                               "protecting IL-2-activated NK-cells and T-cells.")],
                      "source": span(0, "Ceplene(TM) (histamine dihydrochloride)")}],
        "indications": [{"disease": "Acute Myeloid Leukemia (AML)", "population": "patients in first remission",
                         "source": span(0, "patients with AML in first remission")}],
        "trials": [{"phase": "III", "design": ["pivotal", "randomized"], "randomized": 320, "countries": 11,
                    "duration": "18 months", "primary_endpoint": "leukemia-free survival (LFS) at three years",
                    "publication": {"journal": "Blood", "volume": 108, "issue": 1, "year": 2006},
                    "source": span(3, "conducted in 11 countries and included 320 randomized patients")}],
        "comparisons": [
            {"measure": "median LFS", "population": "first remission",
             "arms": [_arm("Ceplene + IL-2", 15, "months"), _arm("control", 9.7, "months")],
             "p_value": {"text": "P=0.025", "op": "=", "value": 0.025}, "ci": None, "hazard_ratio": None,
             "kind": "treatment-vs-control", "source": span(0, "15 months for the Ceplene")},
            {"measure": "five-year LFS", "population": "first remission",
             "arms": [_arm("Ceplene + IL-2", 34, "%"), _arm("control", 22, "%")],
             "p_value": {"text": "P=0.024", "op": "=", "value": 0.024}, "ci": None, "hazard_ratio": None,
             "kind": "treatment-vs-control", "source": span(0, "34 percent of the treatment group")},
            {"measure": "median overall survival", "population": "first remission",
             "arms": [_arm("Ceplene + IL-2", 44, "months"), _arm("control", 29, "months")],
             "p_value": None, "ci": None, "hazard_ratio": None,
             "kind": "treatment-vs-control", "source": span(0, "44 months for the Ceplene")},
        ],
        "milestones": [{"event": "European Commission decision on the Marketing Authorization Application",
                        "period": "2008-H1", "status": "expected", "kind": "regulatory",
                        "source": span(0, "during the first half of 2008")}],
        "events": [{"kind": "meeting", "format": "poster", "ordinal": 49, "name": "Annual Meeting of the American Society "
                    "of Hematology (ASH)", "place": "Atlanta", "date": "2007-12-09",
                    "title": "Post-consolidation Immunotherapy with Histamine Dihydrochloride and "
                             "Interleukin-2 in AML: Long Term Follow-Up of Leukemia-Free Survival and "
                             "Overall Survival",
                    "presenter": "Mats L. Brune, MD", "source": span(0, "These data were presented on December 9th")}],
        "publications": [{"journal": "Blood", "volume": "108", "issue": "1", "date": "2006-07-01",
                          "source": span(3, "volume 108, number 1, July 1, 2006")}],
        "people": [
            {"name": "Jack Talley", "credentials": [], "title": "President and CEO",
             "organisation": "EpiCept", "roles": ["spokesperson"], "source": span(0, "Jack Talley")},
            {"name": "Mats L. Brune", "credentials": ["MD"],
             "title": "Medical Director of the Bone Marrow Transplant Program",
             "organisation": "University of Goteborg", "roles": ["presenter"],
             "source": span(0, "Mats L. Brune, MD")},
            {"name": "Ana I. Romero", "credentials": [], "title": "Department of Internal Medicine",
             "organisation": "University of Goteborg", "roles": ["presenter"],
             "source": span(1, "Ana I. Romero")},
        ],
    }


def _with_statements(release: Release) -> Release:
    """The sentence facts (outlook, significance, safety, topic sentences, risks) as the extractor finds them."""
    from reportgen.extract.risks import find_risks
    from reportgen.extract.statements import find_outlook, find_safety, find_significance, find_topic_sentences
    from reportgen.text.sentences import SentenceIndex

    index = SentenceIndex(release)
    release.facts = release.facts.model_copy(update={
        "outlook": find_outlook(index), "significance": find_significance(index), "safety": find_safety(index),
        "topic_sentences": find_topic_sentences(index), "risks": find_risks(release)})
    return release


def sample_release(with_facts: bool = True) -> Release:
    quotes_para = _SECTIONS[0][1][2]
    talley = quotes_para.split('" remarked')[0].strip('"').rstrip(",")
    release = Release(
        headline="EpiCept Releases New Data Demonstrating Prolonged Five-Year Leukemia-Free Survival "
                 "for AML Patients Treated with Ceplene(TM) + IL-2",
        subheadlines=["First Drug Regimen Shown to Prevent AML Relapse"],
        dateline=Dateline(city="TARRYTOWN", region="N.Y.", country="US", date="2007-12-10",
                          wire="PR Newswire", text="TARRYTOWN, N.Y., Dec. 10 /PRNewswire/ --"),
        release_date="2007-12-10",
        issuer=Issuer(name="EpiCept Corporation",
                      tickers=[Ticker(exchange="Nasdaq", symbol="EPCT"),
                               Ticker(exchange="OMX Nordic Exchange", symbol="EPCT")],
                      website="http://www.epicept.com"),
        sections=assign_roles([Section(heading=h, paragraphs=list(ps)) for h, ps in _SECTIONS], "EpiCept Corporation"),
        quotes=[Quote(text=talley, speaker="Jack Talley", title="President and CEO",
                      source=Span(**span(0, talley[:60]))),
                Quote(text=_SECTIONS[0][1][7].split('stated, "')[1].rstrip('"'), speaker="Dr. Mats L. Brune",
                      title="Medical Director of the Bone Marrow Transplant Program, University of Goteborg",
                      source=Span(**span(0, "The effect of a combined therapy")))],
        contacts=[
            Contact(name="Robert W. Cook", organisation="EpiCept Corporation", phones=["+1-914-606-3500"],
                    emails=["rcook@epicept.com"]),
            Contact(name="Greg Kelley", role="Media", organisation="Feinstein Kean Healthcare",
                    phones=["+1-617-577-8110"], emails=["gregory.kelley@fkhealth.com"]),
            Contact(name="Kim Sutton Golodetz", role="Investors", organisation="Lippert-Heilshorn & Associates",
                    phones=["+1-212-838-3777"], emails=["kgolodetz@lhai.com"]),
            Contact(name="Bruce Voss", role="Investors", organisation="Lippert-Heilshorn & Associates",
                    phones=["+1-310-691-7100"], emails=["bvoss@lhai.com"]),
        ],
        source="EpiCept Corporation",
        forward_looking_statements=_SECTIONS[5][1][0],
        trademarks=["Azixa is a registered trademark of Myriad Genetics, Inc."],
        urls=["http://www.epicept.com"],
        slug="EPCT-GEN",
        facts=Facts.model_validate(sample_facts()) if with_facts else Facts(),
    )
    return _with_statements(release) if with_facts else release
