"""Third blind round, on contacts and section headings: 20 releases written, with every scored field's
expected value, BEFORE the reader was run on them (BLIND3_20), then 6 more written after the fixes and
scored once without fixing (HELDOUT3_6). The contact sections vary: a wire page's "Contacts" with three
groups, SEC exhibits with "Investor Relations Contact:" / "Media Contact:" side by side and stacked,
pronouns and "Ph.D." after names, agency contacts on one line with slashes, desks only, phone only,
e-mail only, a contact above the headline, "For further information" paragraphs, UK "Enquiries" blocks
and tables, names with particles and diacritics (van der Berg, García-López, Nguyễn Văn An). The headings
vary: bold paragraphs, <h2>/<h3>, all caps, title case without markup, a trailing colon, numbered,
markdown ###, underlined with ==== / ----.

Scores (12 fields per release, `python -m tests.readers.test_variants_blind3 [-v]`):
  BLIND3_20 before any fix (the honest figure): 6/20 fully right, 92.1% of fields --
      headline 100, subheadlines 100, dateline 100, release date 100, issuer 100, tickers 90.0, website 95.0,
      contacts 50.0, headings 90.0, quotes 80.0, fls 100, urls 100
  BLIND3_20 after the general fixes: 19/20 fully right, 99.6% of fields (website 95.0, the rest 100). Two quote
      expectations were corrected after scoring to the convention of the earlier rounds and the golden files
      (a speaker's name without ", Ph.D."; a contact's name keeps it); the website miss is in KNOWN_WRONG below.
      The fixes (all general): a contact name is two to five capitalised words of any script with surname
      particles between (not a fixed character range); pronouns in brackets go; " / " separates a contact's
      items; any short line ending in a colon in a contact block labels a group; a desk word after a title in a
      comma run continues the title, and "<Desk> of <Org>" after a title splits into both; paragraphs of several
      lines are separate contact groups, an organisation ending one group heads the next; the people under an
      organisation's line with a number share it (UK "Enquiries"); side-by-side text columns stay one paragraph;
      numbered headings ("1. Overview") and underlined ones (==== / ----); more exchanges (BME, HOSE, ...); quote
      speakers with Vietnamese letters and "de la" particles.
  HELDOUT3_6 (written after the fixes, scored once, nothing fixed): 4/6 fully right, 97.2% of fields --
      contacts 66.7, the rest 100 (headings 6/6); the two misses (a bold company name above "Media:" read as a
      person; "Ewan Leggat / Adam Cowl" sharing one phone) were then fixed by rewriting the contact parser as one
      pass (items classified by features, grouped by order) and now pass: 6/6 -- no longer a held-out figure

Conventions: as in test_variants_blind2 (contact roles are the label without "Contact(s)"; a desk has
name None; a title is as printed; a name keeps its "Ph.D." but not its pronouns; a numbered heading keeps
its number; an underlined heading is the text above the underline).
"""

from __future__ import annotations

import sys

import pytest

from tests.readers.variant_scoring import check_variant, main

BLIND: dict[str, tuple[str, str, dict]] = {}
HELDOUT: dict[str, tuple[str, str, dict]] = {}


def variant(name: str, suffix: str, text: str, _into=BLIND, **expect):
    assert name not in BLIND and name not in HELDOUT, name
    _into[name] = (suffix, text, expect)


# === 1. Business Wire web page 2024: "Contacts" with three labelled groups, an agency under a name

variant("bw-web-2024-biotech-contacts-three-groups-agency", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Corvexa Bio Announces Positive Topline Results from Phase 2b CALM Trial of CVX-118 in Chronic Cough | Business Wire</title>
<meta property="og:title" content="Corvexa Bio Announces Positive Topline Results from Phase 2b CALM Trial of CVX-118 in Chronic Cough">
</head><body>
<header><nav><a href="/portal/site/home/">Home</a> <a href="/newsroom/">Newsroom</a></nav></header>
<article class="bw-release">
<h1 class="epi-fontLg bwalignc"><b>Corvexa Bio Announces Positive Topline Results from Phase 2b CALM Trial of CVX-118 in Chronic Cough</b></h1>
<h2 class="bwalignc"><i>Trial met primary endpoint with a 41% placebo-adjusted reduction in 24-hour cough frequency</i></h2>
<div class="bw-release-body">
<p>BOSTON--(BUSINESS WIRE)--Jan. 9, 2024-- Corvexa Bio, Inc. (Nasdaq: CVXA), a clinical-stage biopharmaceutical company, today announced positive topline results from its Phase 2b CALM trial of CVX-118 in refractory chronic cough.</p>
<p>"These results give us the confidence to begin Phase 3 in the second half of this year," said Dr. Priya Raman, Chief Medical Officer of Corvexa Bio.</p>
<p>The company will present detailed results at a medical meeting later this year.</p>
<p><b>About the CALM Trial</b></p>
<p>CALM was a randomized, double-blind, placebo-controlled trial that enrolled 312 adults at 58 sites in the United States and Europe.</p>
<p><b>About Corvexa Bio</b></p>
<p>Corvexa Bio, Inc. develops oral therapies for chronic respiratory diseases. For more information, visit www.corvexabio.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing of the Phase 3 program.</p>
</div>
<div class="bw-release-contact"><h3>Contacts</h3>
<p><b>Investors:</b><br>Mark Feldman<br>Chief Financial Officer<br>617-555-0124<br>ir@corvexabio.com</p>
<p><b>Media:</b><br>Tara Quinn<br>Real Chemistry<br>+1 646-555-0187<br>tquinn@realchemistry.com</p>
<p><b>Patient Advocacy:</b><br>Helen Ortiz<br>advocacy@corvexabio.com</p>
</div>
</article>
<footer><p>&copy; 2024 Business Wire, Inc.</p></footer>
</body></html>
""",
    headline="Corvexa Bio Announces Positive Topline Results from Phase 2b CALM Trial of CVX-118 in Chronic Cough",
    subheadlines=["Trial met primary endpoint with a 41% placebo-adjusted reduction in 24-hour cough frequency"],
    city="Boston", region=None, date="2024-01-09", wire="Business Wire", release_date="2024-01-09",
    issuer="Corvexa Bio, Inc.", tickers=[("Nasdaq", "CVXA")], website="www.corvexabio.com",
    contacts=[dict(name="Mark Feldman", role="Investors", title="Chief Financial Officer", phones=["617-555-0124"], emails=["ir@corvexabio.com"]),
              dict(name="Tara Quinn", role="Media", organisation="Real Chemistry", phones=["+1 646-555-0187"], emails=["tquinn@realchemistry.com"]),
              dict(name="Helen Ortiz", role="Patient Advocacy", phones=[], emails=["advocacy@corvexabio.com"])],
    headings=["About the CALM Trial", "About Corvexa Bio", "Forward-Looking Statements"],
    quotes=[("Dr. Priya Raman", "Chief Medical Officer of Corvexa Bio")],
    fls="This press release contains forward-looking statements",
    urls=["www.corvexabio.com"],
)

# === 2. SEC EX-99.1 HTML 2019: "Investor Relations Contact:" and "Media Contact:" side by side in a table,
# headings bold and underlined

variant("sec-ex99-html-2019-bank-ir-media-side-by-side-underlined", "htm", """\
<html><head><title>EX-99.1</title></head><body>
<p style="text-align:right"><b>Exhibit 99.1</b></p>
<p style="text-align:center"><b>Harborline Financial Corporation Reports Record Second Quarter 2019 Earnings</b></p>
<p style="text-align:center"><i>Net interest margin expands to 3.71%</i></p>
<p>PROVIDENCE, R.I., July 23, 2019 &#8211; Harborline Financial Corporation (NASDAQ: HBLF) (&#8220;Harborline&#8221;), the holding company for Harborline Bank, today reported net income of $18.4 million, or $1.02 per diluted share, for the quarter ended June 30, 2019.</p>
<p>&#8220;Loan growth was broad-based across our commercial and residential portfolios,&#8221; said Thomas J. Whitfield, President and Chief Executive Officer.</p>
<p><b><u>Balance Sheet</u></b></p>
<p>Total loans increased $212 million, or 4.1%, from March 31, 2019, to $5.4 billion.</p>
<p><b><u>Asset Quality</u></b></p>
<p>Non-performing assets were 0.31% of total assets at June 30, 2019.</p>
<p><b><u>About Harborline Financial Corporation</u></b></p>
<p>Harborline Financial Corporation is the holding company for Harborline Bank, which operates 44 branches in Rhode Island and Massachusetts. Visit www.harborlinebank.com.</p>
<p><b><u>Forward-Looking Statements</u></b></p>
<p>This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results could differ materially.</p>
<table width="100%">
<tr><td width="50%"><b>Investor Relations Contact:</b></td><td width="50%"><b>Media Contact:</b></td></tr>
<tr><td>Elena Vasquez</td><td>Brian O&#8217;Neill</td></tr>
<tr><td>Executive Vice President and Chief Financial Officer</td><td>Director of Corporate Communications</td></tr>
<tr><td>(401) 555-0160</td><td>(401) 555-0175</td></tr>
<tr><td>evasquez@harborlinebank.com</td><td>boneill@harborlinebank.com</td></tr>
</table>
</body></html>
""",
    headline="Harborline Financial Corporation Reports Record Second Quarter 2019 Earnings",
    subheadlines=["Net interest margin expands to 3.71%"],
    city="Providence", region="R.I.", date="2019-07-23", wire=None, release_date="2019-07-23",
    issuer="Harborline Financial Corporation", tickers=[("NASDAQ", "HBLF")], website="www.harborlinebank.com",
    contacts=[dict(name="Elena Vasquez", role="Investor Relations", title="Executive Vice President and Chief Financial Officer",
                   phones=["(401) 555-0160"], emails=["evasquez@harborlinebank.com"]),
              dict(name="Brian O\u2019Neill", role="Media", title="Director of Corporate Communications",
                   phones=["(401) 555-0175"], emails=["boneill@harborlinebank.com"])],
    headings=["Balance Sheet", "Asset Quality", "About Harborline Financial Corporation", "Forward-Looking Statements"],
    quotes=[("Thomas J. Whitfield", "President and Chief Executive Officer")],
    fls="This release contains forward-looking statements",
    urls=["www.harborlinebank.com"],
)

# === 3. SEC EX-99.1 text 2010: stacked labelled groups, all-caps headings

variant("sec-ex99-txt-2010-retail-stacked-ir-media-allcaps-headings", "txt", """\
                                                                    EXHIBIT 99.1

                 SUMMIT TRAIL OUTFITTERS REPORTS FOURTH QUARTER RESULTS

DENVER, March 9, 2010 -- Summit Trail Outfitters, Inc. (NYSE: STO), a specialty
retailer of outdoor apparel and equipment, today reported net sales of $412.6
million for the fourth quarter ended January 30, 2010, an increase of 6.2% from the
prior year.

"Our stores outperformed in a difficult season," said Rebecca Lind, Chief
Executive Officer. "Inventory is clean going into spring."

FOURTH QUARTER RESULTS

Comparable store sales increased 3.4%. Gross margin was 38.9% of net sales.

FISCAL 2010 OUTLOOK

The company expects fiscal 2010 earnings of $1.55 to $1.65 per diluted share.

ABOUT SUMMIT TRAIL OUTFITTERS

Summit Trail Outfitters, Inc. operates 212 stores in 31 states. www.summittrail.com

SAFE HARBOR STATEMENT

This press release contains forward-looking statements that are subject to risks
and uncertainties that could cause actual results to differ materially.

Investor Relations Contact:
Gary Mendel
Vice President, Investor Relations
(303) 555-0142

Media Contact:
Alicia Tran
(303) 555-0199
atran@summittrail.com
""",
    headline="SUMMIT TRAIL OUTFITTERS REPORTS FOURTH QUARTER RESULTS", subheadlines=[],
    city="Denver", region=None, date="2010-03-09", wire=None, release_date="2010-03-09",
    issuer="Summit Trail Outfitters, Inc.", tickers=[("NYSE", "STO")], website="www.summittrail.com",
    contacts=[dict(name="Gary Mendel", role="Investor Relations", title="Vice President, Investor Relations", phones=["(303) 555-0142"], emails=[]),
              dict(name="Alicia Tran", role="Media", phones=["(303) 555-0199"], emails=["atran@summittrail.com"])],
    headings=["FOURTH QUARTER RESULTS", "FISCAL 2010 OUTLOOK", "ABOUT SUMMIT TRAIL OUTFITTERS", "SAFE HARBOR STATEMENT"],
    quotes=[("Rebecca Lind", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=["www.summittrail.com"],
)

# === 4. GlobeNewswire text 2022: a contact with pronouns and "Ph.D.", title-case headings without markup

variant("gnw-text-2022-medtech-pronouns-phd-titlecase-headings", "txt", """\
Lumenwave Surgical Completes First Cases with NeuroLume Imaging System

SEATTLE, Sept. 14, 2022 (GLOBE NEWSWIRE) -- Lumenwave Surgical, Inc. (Nasdaq: LUMW), a medical technology company focused on intraoperative imaging, today announced the completion of the first ten surgical cases using its NeuroLume fluorescence imaging system.

"Surgeons told us the image quality exceeded their expectations," said Dana Whitaker, Chief Executive Officer of Lumenwave.

Clinical Experience

The cases were performed at three academic medical centers in Washington and Oregon.

Commercial Launch Plans

Lumenwave expects a limited commercial launch in the first quarter of 2023.

About Lumenwave Surgical

Lumenwave Surgical, Inc. develops imaging systems for surgeons. Learn more at https://www.lumenwave.com.

Forward-Looking Statements

Statements in this press release that are not historical facts are forward-looking statements that involve risks and uncertainties.

Investor Contact:
Jordan Ellis (they/them)
Gilmartin Group
jordan@gilmartinir.com

Media Contact:
Susan Park, Ph.D.
Vice President, Communications
206-555-0133
spark@lumenwave.com
""",
    headline="Lumenwave Surgical Completes First Cases with NeuroLume Imaging System", subheadlines=[],
    city="Seattle", region=None, date="2022-09-14", wire="GlobeNewswire", release_date="2022-09-14",
    issuer="Lumenwave Surgical, Inc.", tickers=[("Nasdaq", "LUMW")], website="https://www.lumenwave.com",
    contacts=[dict(name="Jordan Ellis", role="Investor", organisation="Gilmartin Group", phones=[], emails=["jordan@gilmartinir.com"]),
              dict(name="Susan Park, Ph.D.", role="Media", title="Vice President, Communications", phones=["206-555-0133"], emails=["spark@lumenwave.com"])],
    headings=["Clinical Experience", "Commercial Launch Plans", "About Lumenwave Surgical", "Forward-Looking Statements"],
    quotes=[("Dana Whitaker", "Chief Executive Officer of Lumenwave")],
    fls="Statements in this press release that are not historical facts are forward-looking statements",
    urls=["https://www.lumenwave.com"],
)

# === 5. GlobeNewswire markdown 2023: ### headings, agency contacts on one line with slashes

variant("gnw-md-2023-biotech-slash-agency-contacts-h3", "md", """\
---
title: "Ostrava Therapeutics Doses First Patient in Phase 1 Trial of OST-204"
date: 2023-04-18
source: GlobeNewswire
---

# Ostrava Therapeutics Doses First Patient in Phase 1 Trial of OST-204

CAMBRIDGE, Mass., April 18, 2023 (GLOBE NEWSWIRE) -- Ostrava Therapeutics, Inc. (Nasdaq: OSTV), a biotechnology company developing targeted protein degraders, today announced that the first patient has been dosed in its Phase 1 trial of OST-204 in advanced solid tumors.

"Dosing the first patient is a milestone for our degrader platform," said Karel Novak, Ph.D., President and Chief Executive Officer of Ostrava.

### Trial Design

The open-label trial will enroll up to 60 patients in dose-escalation and expansion cohorts.

### About Ostrava Therapeutics

Ostrava Therapeutics, Inc. is a clinical-stage company based in Cambridge, Massachusetts. Visit [www.ostravatx.com](https://www.ostravatx.com).

### Forward-Looking Statements

This press release contains forward-looking statements, including statements about the enrollment of the trial.

### Contacts

Investors: Ashley Rowe / LifeSci Advisors / +1 617-555-0151 / arowe@lifesciadvisors.com

Media: Colin Reid / Argot Partners / +1 212-555-0166 / colin@argotpartners.com
""",
    headline="Ostrava Therapeutics Doses First Patient in Phase 1 Trial of OST-204", subheadlines=[],
    city="Cambridge", region="Mass.", date="2023-04-18", wire="GlobeNewswire", release_date="2023-04-18",
    issuer="Ostrava Therapeutics, Inc.", tickers=[("Nasdaq", "OSTV")], website="www.ostravatx.com",
    contacts=[dict(name="Ashley Rowe", role="Investors", organisation="LifeSci Advisors", phones=["+1 617-555-0151"], emails=["arowe@lifesciadvisors.com"]),
              dict(name="Colin Reid", role="Media", organisation="Argot Partners", phones=["+1 212-555-0166"], emails=["colin@argotpartners.com"])],
    headings=["Trial Design", "About Ostrava Therapeutics", "Forward-Looking Statements"],
    quotes=[("Karel Novak", "President and Chief Executive Officer of Ostrava")],  # corrected after scoring: see the header
    fls="This press release contains forward-looking statements",
    urls=["www.ostravatx.com"],
)

# === 6. PR Newswire text 2015: desks only, "Highlights:" with a colon

variant("prn-text-2015-software-desks-only-highlights-colon", "txt", """\
Cobaltline Software Reports Third Quarter Fiscal 2015 Results

    AUSTIN, Texas, Nov. 5, 2015 /PRNewswire/ -- Cobaltline Software Corp. (NASDAQ: CBLT)
today reported financial results for its third quarter of fiscal 2015.

    Highlights:

    --  Total revenue of $88.2 million, up 14% year over year
    --  Subscription revenue of $61.0 million, up 27% year over year

    "Subscription now accounts for more than two-thirds of our revenue," said
Michael Reyes, Chief Executive Officer of Cobaltline.

    Conference Call Information:

    Cobaltline will host a conference call today at 4:30 p.m. ET. A webcast will be
available at http://investors.cobaltline.com.

    About Cobaltline Software

    Cobaltline Software Corp. provides data integration software to more than 3,000
enterprises. www.cobaltline.com

    Forward-Looking Statements

    This press release contains forward-looking statements that involve risks and
uncertainties.

Contacts:
Investor Relations: ir@cobaltline.com, +1-512-555-0170
Media Relations: press@cobaltline.com, +1-512-555-0181

SOURCE Cobaltline Software Corp.
""",
    headline="Cobaltline Software Reports Third Quarter Fiscal 2015 Results", subheadlines=[],
    city="Austin", region="Texas", date="2015-11-05", wire="PR Newswire", release_date="2015-11-05",
    issuer="Cobaltline Software Corp.", tickers=[("NASDAQ", "CBLT")], website="www.cobaltline.com",
    contacts=[dict(name=None, role="Investor Relations", phones=["+1-512-555-0170"], emails=["ir@cobaltline.com"]),
              dict(name=None, role="Media Relations", phones=["+1-512-555-0181"], emails=["press@cobaltline.com"])],
    headings=["Highlights", "Conference Call Information", "About Cobaltline Software", "Forward-Looking Statements"],
    quotes=[("Michael Reyes", "Chief Executive Officer of Cobaltline")],
    fls="This press release contains forward-looking statements",
    urls=["http://investors.cobaltline.com", "www.cobaltline.com"],
)

# === 7. Newsfile text 2021: a phone-only contact in a "For further information please contact:" paragraph

variant("newsfile-text-2021-mining-further-info-phone-only", "txt", """\
Granite Peak Gold Intersects 14.2 g/t Gold over 8.5 Metres at Cassidy Ridge

Vancouver, British Columbia--(Newsfile Corp. - June 2, 2021) - Granite Peak Gold Corp. (TSXV: GPG) (OTCQB: GPKGF) ("Granite Peak" or the "Company") is pleased to report assay results from its 2021 drill program at the Cassidy Ridge project in northern British Columbia.

"Hole CR-21-07 is the best intercept in the project's history," said Owen MacLeod, President and CEO of Granite Peak.

Drill Results

Hole CR-21-07 intersected 14.2 g/t gold over 8.5 metres from 112 metres downhole.

Qualified Person

The technical content of this news release has been reviewed and approved by Laura Chen, P.Geo., a qualified person under NI 43-101.

For further information please contact: Owen MacLeod, President and CEO, Tel: 604-555-0108

Cautionary Statement Regarding Forward-Looking Information

This news release contains forward-looking information within the meaning of applicable securities legislation.
""",
    headline="Granite Peak Gold Intersects 14.2 g/t Gold over 8.5 Metres at Cassidy Ridge", subheadlines=[],
    city="Vancouver", region="British Columbia", date="2021-06-02", wire="Newsfile", release_date="2021-06-02",
    issuer="Granite Peak Gold Corp.", tickers=[("TSXV", "GPG"), ("OTCQB", "GPKGF")], website=None,
    contacts=[dict(name="Owen MacLeod", title="President and CEO", phones=["604-555-0108"], emails=[])],
    headings=["Drill Results", "Qualified Person", "Cautionary Statement Regarding Forward-Looking Information"],
    quotes=[("Owen MacLeod", "President and CEO of Granite Peak")],
    fls="This news release contains forward-looking information",
    urls=[],
)

# === 8. ACCESSWIRE text 2023: an e-mail-only contact, numbered headings

variant("accesswire-text-2023-consumer-email-only-numbered-headings", "txt", """\
Brightfield Brands Completes Acquisition of Coastal Kitchen Co.

NEW YORK, NY / ACCESSWIRE / August 29, 2023 / Brightfield Brands, Inc. (OTCQX:BFBI) ("Brightfield"), a consumer packaged foods company, today announced that it has completed its acquisition of Coastal Kitchen Co. for $24 million in cash and stock.

"Coastal Kitchen gives us a national footprint in refrigerated sauces," said Nora Adler, Chief Executive Officer of Brightfield.

1. Transaction Overview

Brightfield paid $16 million in cash and issued 2.1 million shares of common stock.

2. Financial Impact

The acquisition is expected to be accretive to adjusted EBITDA in 2024.

About Brightfield Brands, Inc.

Brightfield Brands owns five regional food brands sold in 9,000 stores. www.brightfieldbrands.com

Forward-Looking Statements

This press release contains forward-looking statements that are subject to risks and uncertainties.

Contact:
investors@brightfieldbrands.com

SOURCE: Brightfield Brands, Inc.
""",
    headline="Brightfield Brands Completes Acquisition of Coastal Kitchen Co.", subheadlines=[],
    city="New York", region="NY", date="2023-08-29", wire="ACCESSWIRE", release_date="2023-08-29",
    issuer="Brightfield Brands, Inc.", tickers=[("OTCQX", "BFBI")], website="www.brightfieldbrands.com",
    contacts=[dict(name=None, phones=[], emails=["investors@brightfieldbrands.com"])],
    headings=["1. Transaction Overview", "2. Financial Impact", "About Brightfield Brands, Inc.", "Forward-Looking Statements"],
    quotes=[("Nora Adler", "Chief Executive Officer of Brightfield")],
    fls="This press release contains forward-looking statements",
    urls=["www.brightfieldbrands.com"],
)

# === 9. SEC EX-99 HTML 1998: the contact at the top before the headline, all-caps headings

variant("sec-ex99-html-1998-contact-top-before-headline", "htm", """\
<HTML><BODY>
<P>EXHIBIT 99</P>
<P>CONTACT: Robert Hale<BR>Chief Financial Officer<BR>(612) 555-0133</P>
<P>FOR IMMEDIATE RELEASE</P>
<P ALIGN="CENTER"><B>NORTHSTAR MEDICAL SYSTEMS ANNOUNCES RECORD FIRST QUARTER REVENUE</B></P>
<P>MINNEAPOLIS, Minnesota, April 21, 1998 -- Northstar Medical Systems, Inc. (Nasdaq/NMS: NMSI) today announced revenue of $21.4 million for the first quarter ended March 31, 1998, an increase of 19% over the first quarter of 1997.</P>
<P>"Demand for our monitoring systems remained strong in every region," said Walter J. Brandt, Chairman and Chief Executive Officer.</P>
<P>FIRST QUARTER RESULTS</P>
<P>Net income was $2.3 million, or $0.31 per share, compared with $1.7 million, or $0.23 per share, a year ago.</P>
<P>PRODUCT DEVELOPMENT</P>
<P>The company expects to submit its next-generation monitor to the FDA in the third quarter.</P>
<P>Northstar Medical Systems designs and manufactures patient monitoring systems for hospitals.</P>
<P>Statements in this release that are not historical facts are forward-looking statements that involve risks and uncertainties.</P>
</BODY></HTML>
""",
    headline="NORTHSTAR MEDICAL SYSTEMS ANNOUNCES RECORD FIRST QUARTER REVENUE", subheadlines=[],
    city="Minneapolis", region="Minnesota", date="1998-04-21", wire=None, release_date="1998-04-21",
    issuer="Northstar Medical Systems, Inc.", tickers=[("Nasdaq/NMS", "NMSI")], website=None,
    contacts=[dict(name="Robert Hale", title="Chief Financial Officer", phones=["(612) 555-0133"], emails=[])],
    headings=["FIRST QUARTER RESULTS", "PRODUCT DEVELOPMENT"],
    quotes=[("Walter J. Brandt", "Chairman and Chief Executive Officer")],
    fls="Statements in this release that are not historical facts are forward-looking statements",
    urls=[],
)

# === 10. RNS text 2022: a UK "Enquiries" block in columns, a Dutch name with particles

variant("rns-text-2022-enquiries-columns-dutch-particles", "txt", """\
12 May 2022

Northmoor Renewables plc

("Northmoor" or the "Company")

Acquisition of 120 MW Wind Portfolio in the Netherlands

Northmoor Renewables plc (AIM: NMR), the owner of onshore wind and solar assets in Northern Europe, is pleased to announce the acquisition of a portfolio of three operating wind farms in Groningen for EUR 142 million.

Jan van der Berg, Chief Executive Officer of Northmoor, said: "This acquisition doubles our operating capacity in the Netherlands."

Transaction Highlights

The portfolio generated EUR 19.8 million of revenue in 2021. Completion is expected in the third quarter of 2022.

Enquiries:

Northmoor Renewables plc                    +44 (0)20 7946 0410
Jan van der Berg, Chief Executive Officer
Sophie de Vries, Chief Financial Officer

Cavendish Capital Markets Limited (Nomad)   +44 (0)20 7220 0500
Giles Balleny

About Northmoor Renewables plc

Northmoor Renewables plc owns and operates renewable energy assets in the United Kingdom, Ireland and the Netherlands. www.northmoorrenewables.com
""",
    headline="Acquisition of 120 MW Wind Portfolio in the Netherlands", subheadlines=[],
    city=None, region=None, date=None, wire=None, release_date="2022-05-12",
    issuer="Northmoor Renewables plc", tickers=[("AIM", "NMR")], website="www.northmoorrenewables.com",
    contacts=[dict(name="Jan van der Berg", title="Chief Executive Officer", organisation="Northmoor Renewables plc", phones=["+44 (0)20 7946 0410"]),
              dict(name="Sophie de Vries", title="Chief Financial Officer", organisation="Northmoor Renewables plc", phones=["+44 (0)20 7946 0410"]),
              dict(name="Giles Balleny", organisation="Cavendish Capital Markets Limited", phones=["+44 (0)20 7220 0500"])],
    headings=["Transaction Highlights", "About Northmoor Renewables plc"],
    quotes=[("Jan van der Berg", "Chief Executive Officer of Northmoor")],
    fls=None,
    urls=["www.northmoorrenewables.com"],
)

# === 11. PR Newswire web page 2021, London: an HTML "Enquiries" table of name | organisation | phone rows

variant("prn-web-2021-london-enquiries-table-three-columns", "html", """\
<!DOCTYPE html>
<html><head><title>Caledon Minerals plc Announces Maiden Mineral Resource at Glenrae</title>
<meta property="og:title" content="Caledon Minerals plc Announces Maiden Mineral Resource at Glenrae"></head><body>
<header><nav><a href="/news-releases/">News</a></nav></header>
<div class="release-header"><h1>Caledon Minerals plc Announces Maiden Mineral Resource at Glenrae</h1>
<div><p>News provided by</p><a href="/news/caledon/"><strong>Caledon Minerals plc</strong></a><p>Oct 12, 2021, 02:00 ET</p></div></div>
<div class="release-body">
<p>LONDON, Oct. 12, 2021 /PRNewswire/ -- Caledon Minerals plc (LSE: CLDM), the Scottish gold explorer, announces a maiden Mineral Resource Estimate of 410,000 ounces of gold at its Glenrae project.</p>
<p>"Glenrae is now a resource-stage project," said Iain Drummond, Managing Director of Caledon.</p>
<p><b>Resource Estimate</b></p>
<p>The estimate comprises 5.1 million tonnes at 2.5 g/t gold in the Indicated and Inferred categories.</p>
<p><b>Enquiries</b></p>
<table>
<tr><td>Iain Drummond</td><td>Caledon Minerals plc</td><td>+44 (0)131 555 0192</td></tr>
<tr><td>Katie Fraser</td><td>Tavistock Communications</td><td>+44 (0)20 7920 3150</td></tr>
</table>
<p><b>Forward-Looking Statements</b></p>
<p>This announcement contains forward-looking statements which involve risks and uncertainties.</p>
</div></body></html>
""",
    headline="Caledon Minerals plc Announces Maiden Mineral Resource at Glenrae", subheadlines=[],
    city="London", region=None, date="2021-10-12", wire="PR Newswire", release_date="2021-10-12",
    issuer="Caledon Minerals plc", tickers=[("LSE", "CLDM")], website=None,
    contacts=[dict(name="Iain Drummond", organisation="Caledon Minerals plc", phones=["+44 (0)131 555 0192"]),
              dict(name="Katie Fraser", organisation="Tavistock Communications", phones=["+44 (0)20 7920 3150"])],
    headings=["Resource Estimate", "Forward-Looking Statements"],
    quotes=[("Iain Drummond", "Managing Director of Caledon")],
    fls="This announcement contains forward-looking statements",
    urls=[],
)

# === 12. Business Wire text 2020, Madrid: a Spanish compound name, a hyphenated surname; bold-less
# title-case headings

variant("bw-text-2020-madrid-spanish-names-media-investors", "txt", """\
Solaria Ibérica Signs 15-Year Power Purchase Agreement with Iberdrola Clientes

MADRID--(BUSINESS WIRE)--February 18, 2020--Solaria Ibérica, S.A. (BME: SLIB), a Spanish developer of photovoltaic plants, today announced a 15-year power purchase agreement for 250 MW of capacity at its Extremadura complex.

"This agreement secures long-term revenue for our largest project," said Alejandro Ruiz de la Torre, Chief Executive Officer of Solaria Ibérica.

Project Details

The Extremadura complex will comprise four plants and is expected to begin operations in 2021.

About Solaria Ibérica

Solaria Ibérica, S.A. develops, builds and operates solar plants in Spain and Portugal. www.solariaiberica.es

Contacts

Media:
María José García-López
Head of Communications
+34 91 555 0123
mjgarcia@solariaiberica.es

Investors:
Luis Fernández
+34 91 555 0145
investors@solariaiberica.es
""",
    headline="Solaria Ibérica Signs 15-Year Power Purchase Agreement with Iberdrola Clientes", subheadlines=[],
    city="Madrid", region=None, date="2020-02-18", wire="Business Wire", release_date="2020-02-18",
    issuer="Solaria Ibérica, S.A.", tickers=[("BME", "SLIB")], website="www.solariaiberica.es",
    contacts=[dict(name="María José García-López", role="Media", title="Head of Communications", phones=["+34 91 555 0123"], emails=["mjgarcia@solariaiberica.es"]),
              dict(name="Luis Fernández", role="Investors", phones=["+34 91 555 0145"], emails=["investors@solariaiberica.es"])],
    headings=["Project Details", "About Solaria Ibérica"],
    quotes=[("Alejandro Ruiz de la Torre", "Chief Executive Officer of Solaria Ibérica")],
    fls=None,
    urls=["www.solariaiberica.es"],
)

# === 13. GlobeNewswire web page 2024, Ho Chi Minh City: <h3> headings, a Vietnamese name

variant("gnw-web-2024-vietnam-h3-headings-vietnamese-name", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>VinaGreen Logistics Opens Cold-Chain Hub in Binh Duong</title>
<meta property="og:title" content="VinaGreen Logistics Opens Cold-Chain Hub in Binh Duong">
</head><body>
<nav class="navbar"><a href="/en/search">Search</a></nav>
<div class="main-container">
<h1 class="article-headline">VinaGreen Logistics Opens Cold-Chain Hub in Binh Duong</h1>
<div id="main-body-container" class="main-body-container">
<p>HO CHI MINH CITY, Vietnam, March 26, 2024 (GLOBE NEWSWIRE) -- VinaGreen Logistics Corporation (HOSE: VGL), a provider of temperature-controlled logistics in Vietnam, today opened a 42,000-square-metre cold-chain hub in Binh Duong province.</p>
<p>"The hub triples our frozen storage capacity in the south," said Trần Thị Mai, Chief Operating Officer of VinaGreen.</p>
<h3>Facility Features</h3>
<p>The hub has 60,000 pallet positions and runs on rooftop solar power for 35% of its needs.</p>
<h3>About VinaGreen Logistics</h3>
<p>VinaGreen Logistics Corporation operates 14 warehouses across Vietnam. Website: https://www.vinagreen.vn</p>
<h3>Media Contact</h3>
<p>Nguyễn Văn An<br>Corporate Communications Manager<br>+84 28 5555 0188<br>an.nguyen@vinagreen.vn</p>
</div></div>
<footer>&copy; 2024 GlobeNewswire</footer>
</body></html>
""",
    headline="VinaGreen Logistics Opens Cold-Chain Hub in Binh Duong", subheadlines=[],
    city="Ho Chi Minh City", region=None, country="Vietnam", date="2024-03-26", wire="GlobeNewswire", release_date="2024-03-26",
    issuer="VinaGreen Logistics Corporation", tickers=[("HOSE", "VGL")], website="https://www.vinagreen.vn",
    contacts=[dict(name="Nguyễn Văn An", role="Media", title="Corporate Communications Manager", phones=["+84 28 5555 0188"], emails=["an.nguyen@vinagreen.vn"])],
    headings=["Facility Features", "About VinaGreen Logistics"],
    quotes=[("Trần Thị Mai", "Chief Operating Officer of VinaGreen")],
    fls=None,
    urls=["https://www.vinagreen.vn"],
)

# === 14. company text 2017: headings underlined with ==== and ----, a contact paragraph in prose

variant("company-text-2017-underlined-headings-prose-contact", "txt", """\
Ridgeway Instruments Announces New Calibration Facility in Ohio

DAYTON, Ohio, May 8, 2017 -- Ridgeway Instruments, Inc. (NYSE American: RDGI), a maker of precision measurement equipment, today announced plans to open a calibration laboratory in Dayton.

"Our customers want faster turnaround on recalibration," said Carl Jensen, President of Ridgeway.

Facility Overview
=================

The 18,000-square-foot laboratory will employ 45 technicians when fully staffed.

Timeline
--------

Construction will begin in June 2017 and the laboratory is expected to open in early 2018.

About Ridgeway Instruments
==========================

Ridgeway Instruments, Inc. designs and manufactures gauges and test instruments. www.ridgewayinst.com

For more information, contact Dana Morales, Director of Marketing, at (937) 555-0114 or dmorales@ridgewayinst.com.
""",
    headline="Ridgeway Instruments Announces New Calibration Facility in Ohio", subheadlines=[],
    city="Dayton", region="Ohio", date="2017-05-08", wire=None, release_date="2017-05-08",
    issuer="Ridgeway Instruments, Inc.", tickers=[("NYSE American", "RDGI")], website="www.ridgewayinst.com",
    contacts=[dict(name="Dana Morales", title="Director of Marketing", phones=["(937) 555-0114"], emails=["dmorales@ridgewayinst.com"])],
    headings=["Facility Overview", "Timeline", "About Ridgeway Instruments"],
    quotes=[("Carl Jensen", "President of Ridgeway")],
    fls=None,
    urls=["www.ridgewayinst.com"],
)

# === 15. Marketwired text 2013: "Contact Information:" with an organisation line and two people sharing it,
# all-caps headings with a colon

variant("marketwired-text-2013-contact-information-two-people-org", "txt", """\
Arctic Shield Energy Announces Fourth Quarter and Year-End 2012 Results

CALGARY, ALBERTA--(Marketwired - March 12, 2013) - Arctic Shield Energy Ltd. (TSX:ASE) ("Arctic Shield" or the "Company") is pleased to report its financial and operating results for the fourth quarter and year ended December 31, 2012.

"2012 was a year of record production," said Graham Tolley, President and Chief Executive Officer.

FOURTH QUARTER HIGHLIGHTS:

Production averaged 8,412 boe/d, an increase of 22% over the fourth quarter of 2011.

2013 GUIDANCE:

Arctic Shield expects 2013 production to average 9,000 to 9,400 boe/d.

READER ADVISORY

Certain information in this press release constitutes forward-looking statements under applicable securities laws.

Contact Information:
Arctic Shield Energy Ltd.
Graham Tolley
President and Chief Executive Officer
(403) 555-0120

Arctic Shield Energy Ltd.
Diane Kowalski
Vice President, Finance and Chief Financial Officer
(403) 555-0121
www.arcticshield.ca
""",
    headline="Arctic Shield Energy Announces Fourth Quarter and Year-End 2012 Results", subheadlines=[],
    city="Calgary", region="Alberta", date="2013-03-12", wire="Marketwired", release_date="2013-03-12",
    issuer="Arctic Shield Energy Ltd.", tickers=[("TSX", "ASE")], website="www.arcticshield.ca",
    contacts=[dict(name="Graham Tolley", organisation="Arctic Shield Energy Ltd.", title="President and Chief Executive Officer", phones=["(403) 555-0120"]),
              dict(name="Diane Kowalski", organisation="Arctic Shield Energy Ltd.", title="Vice President, Finance and Chief Financial Officer", phones=["(403) 555-0121"])],
    headings=["FOURTH QUARTER HIGHLIGHTS", "2013 GUIDANCE", "READER ADVISORY"],
    quotes=[("Graham Tolley", "President and Chief Executive Officer")],
    fls="Certain information in this press release constitutes forward-looking statements",
    urls=["www.arcticshield.ca"],
)

# === 16. PR Newswire text 2009: a /CONTACT: line with "Ph.D." and a title in it

variant("prn-text-2009-contact-line-phd-title", "txt", """\
Halcyon Biologics Begins Phase 3 Trial of HB-21 in Psoriasis

    PRINCETON, N.J., Feb. 24 /PRNewswire/ -- Halcyon Biologics, Inc. (Nasdaq: HALB)
today announced that the first patient has been enrolled in its Phase 3 trial of
HB-21, an anti-IL-23 antibody, in moderate to severe plaque psoriasis.

    "This is the first Phase 3 trial in the company's history," said Martin Greer,
Ph.D., Chief Executive Officer of Halcyon.

    The trial will enroll approximately 900 patients in North America and Europe.

    Halcyon Biologics develops antibodies for immune-mediated diseases.

    This press release contains forward-looking statements that involve risks and
uncertainties.

                     -0-                          02/24/2009
    /CONTACT:  Anne Whitman, Ph.D., Vice President, Investor Relations of Halcyon
Biologics, Inc., +1-609-555-0142, awhitman@halcyonbio.com/
    /Web site:  http://www.halcyonbio.com /
""",
    headline="Halcyon Biologics Begins Phase 3 Trial of HB-21 in Psoriasis", subheadlines=[],
    city="Princeton", region="N.J.", date="2009-02-24", wire="PR Newswire", release_date="2009-02-24",
    issuer="Halcyon Biologics, Inc.", tickers=[("Nasdaq", "HALB")], website="http://www.halcyonbio.com",
    contacts=[dict(name="Anne Whitman, Ph.D.", title="Vice President, Investor Relations", organisation="Halcyon Biologics, Inc.",
                   phones=["+1-609-555-0142"], emails=["awhitman@halcyonbio.com"])],
    headings=[],
    quotes=[("Martin Greer", "Chief Executive Officer of Halcyon")],  # corrected after scoring: see the header
    fls="This press release contains forward-looking statements",
    urls=["http://www.halcyonbio.com"],
)

# === 17. company HTML 2022: <h2> headings, a contacts section with a three-word agency line above a person,
# and a person with a three-word name

variant("company-html-2022-h2-agency-three-words-above-person", "html", """\
<!DOCTYPE html>
<html><head><title>Meadowlark Health Launches Virtual Cardiac Rehabilitation Program | Meadowlark Health</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>
<article>
<h1>Meadowlark Health Launches Virtual Cardiac Rehabilitation Program</h1>
<p class="date">June 7, 2022</p>
<p>NASHVILLE, Tenn., June 7, 2022 -- Meadowlark Health, Inc. (NYSE: MDLK), an operator of outpatient cardiology clinics, today launched a twelve-week virtual cardiac rehabilitation program for patients recovering from heart attacks and cardiac surgery.</p>
<p>"Only a quarter of eligible patients complete rehab in a clinic," said Dr. Anthony Brooks, Chief Medical Officer of Meadowlark Health. "We want to change that."</p>
<h2>How the Program Works</h2>
<p>Patients receive a connected blood-pressure cuff and a wearable heart-rate monitor and meet with an exercise physiologist twice a week by video.</p>
<h2>Availability</h2>
<p>The program is available in Tennessee, Kentucky and Georgia and is covered by Medicare.</p>
<h2>About Meadowlark Health</h2>
<p>Meadowlark Health, Inc. operates 63 cardiology clinics in the southeastern United States. Visit https://www.meadowlarkhealth.com.</p>
<h2>Contacts</h2>
<p>Mary Ellen Walsh<br>Vice President, Communications<br>615-555-0191<br>mewalsh@meadowlarkhealth.com</p>
<p>Westbrook Public Relations<br>Daniel Cho<br>212-555-0147<br>dcho@westbrookpr.com</p>
</article>
</main>
<footer>&copy; 2022 Meadowlark Health</footer>
</body></html>
""",
    headline="Meadowlark Health Launches Virtual Cardiac Rehabilitation Program", subheadlines=[],
    city="Nashville", region="Tenn.", date="2022-06-07", wire=None, release_date="2022-06-07",
    issuer="Meadowlark Health, Inc.", tickers=[("NYSE", "MDLK")], website="https://www.meadowlarkhealth.com",
    contacts=[dict(name="Mary Ellen Walsh", title="Vice President, Communications", phones=["615-555-0191"], emails=["mewalsh@meadowlarkhealth.com"]),
              dict(name="Daniel Cho", organisation="Westbrook Public Relations", phones=["212-555-0147"], emails=["dcho@westbrookpr.com"])],
    headings=["How the Program Works", "Availability", "About Meadowlark Health"],
    quotes=[("Dr. Anthony Brooks", "Chief Medical Officer of Meadowlark Health")],
    fls=None,
    urls=["https://www.meadowlarkhealth.com"],
)

# === 18. GlobeNewswire text 2021: contacts side by side in two text columns, bullets after the dateline
# under an all-caps "HIGHLIGHTS"

variant("gnw-text-2021-side-by-side-text-columns-allcaps", "txt", """\
Tidemark Genomics Reports First Quarter 2021 Financial Results

SAN DIEGO, May 11, 2021 (GLOBE NEWSWIRE) -- Tidemark Genomics, Inc. (Nasdaq: TDMK), a genomic testing company, today reported financial results for the first quarter ended March 31, 2021.

HIGHLIGHTS

- Revenue of $31.7 million, up 58% year over year
- Test volume of 48,200, up 44% year over year

"We delivered our fifth consecutive quarter of record volume," said Erin Castillo, Chief Executive Officer.

FIRST QUARTER FINANCIAL RESULTS

Gross margin was 52% compared with 44% in the first quarter of 2020.

FORWARD-LOOKING STATEMENTS

This press release contains forward-looking statements, including statements regarding expected test volume growth.

Investor Contact:                       Media Contact:
Matt Lowell                             Kim Ashby
Gilmartin Group                         Tidemark Genomics, Inc.
ir@tidemarkgenomics.com                 media@tidemarkgenomics.com
""",
    headline="Tidemark Genomics Reports First Quarter 2021 Financial Results", subheadlines=[],
    city="San Diego", region=None, date="2021-05-11", wire="GlobeNewswire", release_date="2021-05-11",
    issuer="Tidemark Genomics, Inc.", tickers=[("Nasdaq", "TDMK")], website=None,
    contacts=[dict(name="Matt Lowell", role="Investor", organisation="Gilmartin Group", phones=[], emails=["ir@tidemarkgenomics.com"]),
              dict(name="Kim Ashby", role="Media", organisation="Tidemark Genomics, Inc.", phones=[], emails=["media@tidemarkgenomics.com"])],
    headings=["HIGHLIGHTS", "FIRST QUARTER FINANCIAL RESULTS", "FORWARD-LOOKING STATEMENTS"],
    quotes=[("Erin Castillo", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=[],
)

# === 19. Canada NewsWire web page 2019: bold paragraph headings, "For further information:" paragraph with
# two people separated by "or"

variant("cnw-web-2019-for-further-information-or-two-people", "html", """\
<!DOCTYPE html>
<html><head><title>Laurentian Rail Reports Third Quarter 2019 Results</title>
<meta property="og:title" content="Laurentian Rail Reports Third Quarter 2019 Results"></head><body>
<header><nav><a href="/news-releases/">News</a></nav></header>
<div class="release-header"><h1>Laurentian Rail Reports Third Quarter 2019 Results</h1>
<div><p>News provided by</p><a href="/news/laurentian-rail/"><strong>Laurentian Rail Corporation</strong></a><p>Oct 29, 2019, 17:00 ET</p></div></div>
<div class="release-body">
<p>MONTREAL, Oct. 29, 2019 /CNW Telbec/ - Laurentian Rail Corporation (TSX: LRC) today reported third quarter 2019 revenue of $412 million, an increase of 6% over the third quarter of 2018.</p>
<p>"Intermodal volumes were strong throughout the quarter," said Philippe Gagnon, President and Chief Executive Officer of Laurentian Rail.</p>
<p><b>Third Quarter Highlights</b></p>
<p>Operating ratio improved 140 basis points to 61.2%.</p>
<p><b>Outlook</b></p>
<p>The company reaffirms its 2019 guidance of adjusted diluted earnings per share growth in the high single digits.</p>
<p><b>Forward-Looking Information</b></p>
<p>This news release contains forward-looking information within the meaning of applicable Canadian securities laws.</p>
<p>SOURCE Laurentian Rail Corporation</p>
<p>For further information: Investors: Julie Tremblay, Director, Investor Relations, 514-555-0163, jtremblay@laurentianrail.ca; Media: Marc-André Bélanger, Senior Advisor, Communications, 514-555-0178</p>
</div></body></html>
""",
    headline="Laurentian Rail Reports Third Quarter 2019 Results", subheadlines=[],
    city="Montreal", region=None, date="2019-10-29", wire="Canada NewsWire", release_date="2019-10-29",
    issuer="Laurentian Rail Corporation", tickers=[("TSX", "LRC")], website=None,
    contacts=[dict(name="Julie Tremblay", role="Investors", title="Director, Investor Relations", phones=["514-555-0163"], emails=["jtremblay@laurentianrail.ca"]),
              dict(name="Marc-André Bélanger", role="Media", title="Senior Advisor, Communications", phones=["514-555-0178"], emails=[])],
    headings=["Third Quarter Highlights", "Outlook", "Forward-Looking Information"],
    quotes=[("Philippe Gagnon", "President and Chief Executive Officer of Laurentian Rail")],
    fls="This news release contains forward-looking information",
    urls=[],
)

# === 20. markdown 2025 company newsroom: bold-paragraph headings, a "**Media Contact**" bold label, a desk
# phone and e-mail with no name, and a second group "Investor Relations" with a person

variant("company-md-2025-bold-headings-desk-and-person", "md", """\
---
title: "Pinecrest Robotics Unveils Autonomous Forklift for Cold Storage"
date: 2025-02-04
---

# Pinecrest Robotics Unveils Autonomous Forklift for Cold Storage

**Operates at temperatures down to -30°C for full shifts**

PITTSBURGH, Feb. 4, 2025 -- Pinecrest Robotics Corp. (NASDAQ: PCRB), a maker of warehouse automation systems, today unveiled the Frost AF-2, an autonomous forklift designed for frozen-food warehouses.

"Cold storage is where labor shortages are worst," said Hannah Brenner, Chief Executive Officer of Pinecrest Robotics.

**Key Specifications**

The Frost AF-2 lifts up to 2,500 kilograms to a height of 11 metres and runs for ten hours on one charge.

**Pricing and Availability**

The AF-2 will ship in the third quarter of 2025. Details at https://pinecrestrobotics.com/frost.

**About Pinecrest Robotics**

Pinecrest Robotics Corp. builds autonomous vehicles for warehouses.

**Media Contact**

Pinecrest Robotics Press Office
+1 412-555-0100
press@pinecrestrobotics.com

**Investor Relations**

Owen Fitzgerald
Vice President, Investor Relations
ir@pinecrestrobotics.com
""",
    headline="Pinecrest Robotics Unveils Autonomous Forklift for Cold Storage",
    subheadlines=["Operates at temperatures down to -30°C for full shifts"],
    city="Pittsburgh", region=None, date="2025-02-04", wire=None, release_date="2025-02-04",
    issuer="Pinecrest Robotics Corp.", tickers=[("NASDAQ", "PCRB")], website=None,
    contacts=[dict(name=None, role="Media", organisation="Pinecrest Robotics Press Office", phones=["+1 412-555-0100"], emails=["press@pinecrestrobotics.com"]),
              dict(name="Owen Fitzgerald", role="Investor Relations", title="Vice President, Investor Relations", phones=[], emails=["ir@pinecrestrobotics.com"])],
    headings=["Key Specifications", "Pricing and Availability", "About Pinecrest Robotics"],
    quotes=[("Hannah Brenner", "Chief Executive Officer of Pinecrest Robotics")],
    fls=None,
    urls=["https://pinecrestrobotics.com/frost"],
)

# === HELDOUT3_6: written after the fixes, scored once, nothing fixed ===========================================

variant("heldout3-bw-web-2023-two-companies-contacts", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Altamira Pharma and Kestrel Bio Enter Research Collaboration in Fibrosis | Business Wire</title>
<meta property="og:title" content="Altamira Pharma and Kestrel Bio Enter Research Collaboration in Fibrosis">
</head><body>
<header><nav><a href="/newsroom/">Newsroom</a></nav></header>
<article class="bw-release">
<h1><b>Altamira Pharma and Kestrel Bio Enter Research Collaboration in Fibrosis</b></h1>
<div class="bw-release-body">
<p>SAN FRANCISCO &amp; OXFORD, England--(BUSINESS WIRE)--Sep. 19, 2023-- Altamira Pharma, Inc. (Nasdaq: ALTM) and Kestrel Bio Ltd today announced a multi-year research collaboration to discover treatments for idiopathic pulmonary fibrosis.</p>
<p>"Kestrel's target discovery platform complements our chemistry," said Rosa Delgado, Chief Scientific Officer of Altamira.</p>
<p><b>Terms of the Agreement</b></p>
<p>Altamira will pay Kestrel $15 million upfront and up to $410 million in milestones.</p>
<p><b>About Altamira Pharma</b></p>
<p>Altamira Pharma, Inc. develops medicines for fibrotic diseases. Visit www.altamirapharma.com.</p>
</div>
<div class="bw-release-contact"><h3>Contacts</h3>
<p><b>Altamira Pharma</b><br>Investors:<br>Greg Hollis<br>650-555-0190<br>ir@altamirapharma.com</p>
<p><b>Kestrel Bio</b><br>Media:<br>Charlotte Evans<br>+44 1865 555 010<br>press@kestrelbio.co.uk</p>
</div>
</article>
</body></html>
""", _into=HELDOUT,
    headline="Altamira Pharma and Kestrel Bio Enter Research Collaboration in Fibrosis", subheadlines=[],
    city="San Francisco", date="2023-09-19", wire="Business Wire", release_date="2023-09-19",
    issuer="Altamira Pharma, Inc.", tickers=[("Nasdaq", "ALTM")], website="www.altamirapharma.com",
    contacts=[dict(name="Greg Hollis", role="Investors", organisation="Altamira Pharma", phones=["650-555-0190"], emails=["ir@altamirapharma.com"]),
              dict(name="Charlotte Evans", role="Media", organisation="Kestrel Bio", phones=["+44 1865 555 010"], emails=["press@kestrelbio.co.uk"])],
    headings=["Terms of the Agreement", "About Altamira Pharma"],
    quotes=[("Rosa Delgado", "Chief Scientific Officer of Altamira")],
    fls=None,
    urls=["www.altamirapharma.com"],
)

variant("heldout3-sec-ex99-txt-2006-contact-top-left-right", "txt", """\
                                                                   Exhibit 99.1

CONTACT:  Linda Marsh                       Joseph Palmieri
          Chief Financial Officer           Investor Relations
          (781) 555-0140                    (212) 555-0177
          lmarsh@bayforge.com               jpalmieri@ircomm.com

FOR IMMEDIATE RELEASE

            BAYFORGE SYSTEMS REPORTS SECOND QUARTER FISCAL 2006 RESULTS

WALTHAM, Mass., August 3, 2006 -- Bayforge Systems, Inc. (NASDAQ: BAYF) today
reported revenue of $38.2 million for its second fiscal quarter ended June 30, 2006.

"Our storage appliances gained share in the mid-market," said Howard Lin,
President and Chief Executive Officer.

Second Quarter Highlights:

Gross margin was 61.4%, up from 58.9% a year ago.

About Bayforge Systems

Bayforge Systems, Inc. makes networked storage appliances. www.bayforge.com

This release contains forward-looking statements that involve risks and uncertainties.
""", _into=HELDOUT,
    headline="BAYFORGE SYSTEMS REPORTS SECOND QUARTER FISCAL 2006 RESULTS", subheadlines=[],
    city="Waltham", region="Mass.", date="2006-08-03", wire=None, release_date="2006-08-03",
    issuer="Bayforge Systems, Inc.", tickers=[("NASDAQ", "BAYF")], website="www.bayforge.com",
    contacts=[dict(name="Linda Marsh", title="Chief Financial Officer", phones=["(781) 555-0140"], emails=["lmarsh@bayforge.com"]),
              dict(name="Joseph Palmieri", title="Investor Relations", phones=["(212) 555-0177"], emails=["jpalmieri@ircomm.com"])],
    headings=["Second Quarter Highlights", "About Bayforge Systems"],
    quotes=[("Howard Lin", "President and Chief Executive Officer")],
    fls="This release contains forward-looking statements",
    urls=["www.bayforge.com"],
)

variant("heldout3-gnw-text-2024-german-name-phone-only-roman-headings", "txt", """\
Rheinwerk Mobility Reports Full-Year 2023 Results

DÜSSELDORF, Germany, March 14, 2024 (GLOBE NEWSWIRE) -- Rheinwerk Mobility AG (Nasdaq: RHWM), a maker of electric delivery vans, today reported full-year 2023 revenue of EUR 214 million.

"We delivered more than 6,000 vans in 2023," said Klaus von Bülow, Chief Executive Officer of Rheinwerk.

I. Operating Review

Deliveries rose 48% to 6,140 vans.

II. Financial Review

Gross margin turned positive in the fourth quarter.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.

Investor Relations:
Anna-Lena Schröder
+49 211 5555 0120
""", _into=HELDOUT,
    headline="Rheinwerk Mobility Reports Full-Year 2023 Results", subheadlines=[],
    city="Düsseldorf", region=None, country="Germany", date="2024-03-14", wire="GlobeNewswire", release_date="2024-03-14",
    issuer="Rheinwerk Mobility AG", tickers=[("Nasdaq", "RHWM")], website=None,
    contacts=[dict(name="Anna-Lena Schröder", role="Investor Relations", phones=["+49 211 5555 0120"], emails=[])],
    headings=["I. Operating Review", "II. Financial Review", "Forward-Looking Statements"],
    quotes=[("Klaus von Bülow", "Chief Executive Officer of Rheinwerk")],
    fls="This press release contains forward-looking statements",
    urls=[],
)

variant("heldout3-prn-web-2022-h2-media-inquiries-desk-email", "html", """\
<!DOCTYPE html>
<html><head><title>Cedarline Foods Recalls Select Frozen Vegetable Blends</title>
<meta property="og:title" content="Cedarline Foods Recalls Select Frozen Vegetable Blends"></head><body>
<header><nav><a href="/news-releases/">News</a></nav></header>
<div class="release-header"><h1>Cedarline Foods Recalls Select Frozen Vegetable Blends</h1>
<div><p>News provided by</p><a href="/news/cedarline/"><strong>Cedarline Foods, LLC</strong></a><p>Jul 08, 2022, 16:30 ET</p></div></div>
<div class="release-body">
<p>BOISE, Idaho, July 8, 2022 /PRNewswire/ -- Cedarline Foods, LLC is voluntarily recalling 12,400 cases of frozen vegetable blends because they may contain undeclared milk.</p>
<h2>Products Affected</h2>
<p>The recall covers 16-ounce bags of Garden Medley with best-by dates between June 1 and June 30, 2023.</p>
<h2>What Consumers Should Do</h2>
<p>Consumers should return the product to the place of purchase for a full refund. Information is at https://www.cedarlinefoods.com/recall.</p>
<p>Consumers with questions may call 1-800-555-0166, Monday through Friday, 8 a.m. to 5 p.m. MT.</p>
<p><b>Media Inquiries:</b><br>media@cedarlinefoods.com</p>
<p>SOURCE Cedarline Foods, LLC</p>
</div></body></html>
""", _into=HELDOUT,
    headline="Cedarline Foods Recalls Select Frozen Vegetable Blends", subheadlines=[],
    city="Boise", region="Idaho", date="2022-07-08", wire="PR Newswire", release_date="2022-07-08",
    issuer="Cedarline Foods, LLC", tickers=[], website="https://www.cedarlinefoods.com",
    contacts=[dict(name=None, role="Media", phones=[], emails=["media@cedarlinefoods.com"])],
    headings=["Products Affected", "What Consumers Should Do"],
    quotes=[],
    fls=None,
    urls=["https://www.cedarlinefoods.com/recall"],
)

variant("heldout3-rns-html-2021-enquiries-two-col-bold-orgs", "html", """\
<html><head><title>Fenwick Gold plc - Drilling Update</title></head><body>
<p>15 November 2021</p>
<p><b>Fenwick Gold plc</b></p>
<p>("Fenwick" or the "Company")</p>
<p><b>Drilling Update at Harlow Hill</b></p>
<p>Fenwick Gold plc (AIM: FNG), the gold exploration company focused on Northern Ireland, is pleased to report results from six further drill holes at Harlow Hill.</p>
<p>Edward Quinn, Chief Executive of Fenwick, commented: "These holes extend the high-grade zone a further 150 metres to the east."</p>
<p><b>Highlights</b></p>
<p>Hole HH-21-14 returned 9.8 metres at 11.2 g/t gold from 64 metres.</p>
<p><b>For further information, please contact:</b></p>
<table>
<tr><td><b>Fenwick Gold plc</b></td><td></td></tr>
<tr><td>Edward Quinn, Chief Executive</td><td>+44 (0)28 9555 0140</td></tr>
<tr><td><b>SP Angel Corporate Finance LLP (Nominated Adviser)</b></td><td></td></tr>
<tr><td>Ewan Leggat / Adam Cowl</td><td>+44 (0)20 3470 0470</td></tr>
</table>
</body></html>
""", _into=HELDOUT,
    headline="Drilling Update at Harlow Hill", subheadlines=[],
    city=None, region=None, date=None, wire=None, release_date="2021-11-15",
    issuer="Fenwick Gold plc", tickers=[("AIM", "FNG")], website=None,
    contacts=[dict(name="Edward Quinn", title="Chief Executive", organisation="Fenwick Gold plc", phones=["+44 (0)28 9555 0140"]),
              dict(name="Ewan Leggat", organisation="SP Angel Corporate Finance LLP", phones=["+44 (0)20 3470 0470"]),
              dict(name="Adam Cowl", organisation="SP Angel Corporate Finance LLP", phones=["+44 (0)20 3470 0470"])],
    headings=["Highlights"],
    quotes=[("Edward Quinn", "Chief Executive of Fenwick")],
    fls=None,
    urls=[],
)

variant("heldout3-md-2024-setext-like-headings-contact-paragraph", "md", """\
---
title: "Harbor Point Bancorp Declares Quarterly Dividend"
date: 2024-10-17
---

# Harbor Point Bancorp Declares Quarterly Dividend

NORFOLK, Va., Oct. 17, 2024 -- Harbor Point Bancorp, Inc. (NASDAQ: HPBC) today announced that its Board of Directors declared a quarterly cash dividend of $0.24 per share, payable November 15, 2024.

"This is our 40th consecutive quarterly dividend," said Dwight E. Carver, Chairman and Chief Executive Officer.

## Dividend Details

The dividend will be paid to shareholders of record at the close of business on November 1, 2024.

## About Harbor Point Bancorp

Harbor Point Bancorp, Inc. is the holding company for Harbor Point Bank. www.harborpointbank.com

For further information please contact Megan O'Rourke, Senior Vice President and Chief Financial Officer, at 757-555-0129 or morourke@harborpointbank.com.
""", _into=HELDOUT,
    headline="Harbor Point Bancorp Declares Quarterly Dividend", subheadlines=[],
    city="Norfolk", region="Va.", date="2024-10-17", wire=None, release_date="2024-10-17",
    issuer="Harbor Point Bancorp, Inc.", tickers=[("NASDAQ", "HPBC")], website="www.harborpointbank.com",
    contacts=[dict(name="Megan O'Rourke", title="Senior Vice President and Chief Financial Officer", phones=["757-555-0129"], emails=["morourke@harborpointbank.com"])],
    headings=["Dividend Details", "About Harbor Point Bancorp"],
    quotes=[("Dwight E. Carver", "Chairman and Chief Executive Officer")],
    fls=None,
    urls=["www.harborpointbank.com"],
)


# === the runner ==================================================================================================

def _all() -> dict[str, tuple[str, str, dict]]:
    return {**BLIND, **HELDOUT}


# variants with a field still wrong (see the report at the top); kept visible as expected failures
KNOWN_WRONG: dict[str, str] = {
    # only a deep link on the issuer's host is printed (pinecrestrobotics.com/frost); the readers' convention cuts it
    # back to the host and calls that the website (as in blind2), the blind expectation says no homepage is printed
    "company-md-2025-bold-headings-desk-and-person": "website: the product page's host taken as the homepage by convention",
}


@pytest.mark.parametrize("name", list(BLIND) + list(HELDOUT))
def test_blind3_variant(name, tmp_path):
    check_variant(_all(), name, tmp_path, KNOWN_WRONG)


if __name__ == "__main__":
    sys.exit(main({f"blind3 {len(BLIND)}": BLIND, f"held-out {len(HELDOUT)}": HELDOUT}))
