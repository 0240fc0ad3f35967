"""Fourth blind round, on ordinary releases as the wires send them: 24 releases written, with every scored
field's expected value, BEFORE the reader was run on them (BLIND4_24), then 6 more written after the fixes
and scored once without fixing (HELDOUT4_6). Typical shapes rather than tricks: a PR Newswire page for a
mid-cap acquisition, a Business Wire earnings release with "Conference Call", "About" and contacts last, a
GlobeNewswire biotech update with "Recent Highlights" bullets, ACCESSWIRE and Newsfile small caps, Canada
NewsWire and Marketwired copy, SEC EX-99.1 exhibits from 2003 (centered title, contacts above the
headline), 2010 (tables) and 2016 (contacts in a box), Dow Jones and Reuters copies, an RNS interim
results announcement, company newsroom fragments and markdown, PR Newswire copy from 2006 (year from the
-0- trailer) and 2011 (contacts above the headline), a Hong Kong release with an HKEX code.

Scores (12 fields per release, `python -m tests.readers.test_variants_blind4 [-v]`):
  BLIND4_24 before any fix (the honest figure): 14/24 fully right, 94.1% of fields --
      headline 95.8, subheadlines 91.7, dateline 91.7, release date 95.8, issuer 95.8, tickers 100, website 91.7,
      contacts 79.2, headings 91.7, quotes 100, fls 100, urls 95.8
  BLIND4_24 after the general fixes: 22/24 fully right, 99.3% of fields (headline 95.8, website 95.8, the rest 100);
      the two misses are in KNOWN_WRONG below. Four expectations were corrected after scoring to the conventions
      of the earlier rounds: "COPENHAGEN, Denmark" gives country Denmark, not region; a region line ("Americas:",
      "Europe:") under "Media Contacts" keeps the role Media; "Media enquiries:" is the role Media; a link's URL is
      its printed text (www.haldenhotels.com), not its href.
      The fixes (all general): a headline and its deck inside the page's <header> (PR Newswire's
      `<header class="release-header">` with `<p class="subtitle">`) are kept, not dropped with the site header
      (the HackerRank golden gains its subheadline); a multi-city place with "&" after a region
      ("NASHVILLE, Tenn. & SAN DIEGO--(BUSINESS WIRE)--"); "2015 Guidance" / "2024 Outlook" as headings; an
      organisation line resolved from a name-shaped line ("Instinctif Partners") with its number on the next
      item is a desk shared by the people under it; "(for Silverlake)" after an agency's name goes; a
      hard-wrapped "For further information:" paragraph is unwrapped ("Vice" / "President, Investor
      Relations"); "Americas", "Latin America", "Asia Pacific", "Middle East", "UK" are region lines.
  HELDOUT4_6 (written after the fixes, scored once, nothing fixed): 5/6 fully right, 98.6% of fields --
      contacts 83.3, the rest 100; the miss was an RNS "Enquiries:" table with UK national numbers.
      FIXED AFTER SCORING, so no longer held out: heldout4-rns-html-2022-trading-update-enquiries-table (the HTML
      reader did not see the table as a contact table, its phone shape lacking trunk-0 national numbers; it is now
      read row by row, organisation and number first, then its people). Its expected values are unchanged; the
      held-out figure above (5/6) stays the honest one, and the case now passes as an ordinary regression test.

Conventions: as in test_variants_blind3.
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


# === 1. PR Newswire web page 2023, mid-cap tech acquisition: "News provided by", xn-location spans, SOURCE line

variant("prn-web-2023-midcap-software-acquisition", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Veridian Software to Acquire Cloudmesh Networks for $640 Million</title>
<meta name="description" content="AUSTIN, Texas, Nov. 6, 2023 /PRNewswire/ -- Veridian Software, Inc. (NYSE: VRDN), a provider of identity and access management software...">
<meta property="og:title" content="Veridian Software to Acquire Cloudmesh Networks for $640 Million">
</head><body>
<header class="main-header"><nav><ul><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact-us/">Contact</a></li></ul></nav></header>
<main>
<header class="container release-header">
<div class="row"><div class="col-sm-12">
<h1>Veridian Software to Acquire Cloudmesh Networks for $640 Million</h1>
<p class="subtitle">Adds zero-trust network access to Veridian's identity platform; expected to be accretive to non-GAAP operating margin in fiscal 2025</p>
</div></div>
<div class="row"><div class="col-lg-8 col-md-8 col-sm-7 swaprow">
<p class="mb-no">News provided by</p>
<a class="color-link" href="/news/veridian-software%2C-inc./" title="News from Veridian Software, Inc."><strong>Veridian Software, Inc.</strong></a>
<p class="mb-no">Nov 06, 2023, 08:00 ET</p>
</div></div>
</header>
<section class="release-body container ">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="xn-location">AUSTIN, Texas</span>, <span class="xn-chron">Nov. 6, 2023</span> /PRNewswire/ -- Veridian Software, Inc. (NYSE: VRDN), a provider of identity and access management software, today announced that it has entered into a definitive agreement to acquire Cloudmesh Networks, Inc., a privately held zero-trust networking company, for approximately $640 million in cash and stock.</p>
<p>"Cloudmesh gives our customers one platform to verify every user and every connection," said <span class="xn-person">Elaine Porter</span>, Chairman and Chief Executive Officer of Veridian. "Together we can displace the patchwork of VPNs that most enterprises still run."</p>
<p>"Joining Veridian lets us bring our technology to thousands of enterprises much faster than we could alone," said <span class="xn-person">Arjun Mehta</span>, co-founder and CEO of Cloudmesh.</p>
<p><b>Transaction Details</b></p>
<p>Under the terms of the agreement, Veridian will pay approximately $450 million in cash and issue approximately 2.9 million shares of common stock. The transaction is expected to close in the first quarter of fiscal 2025, subject to customary closing conditions and regulatory approvals.</p>
<p>Goldman Sachs &amp; Co. LLC is serving as exclusive financial advisor to Veridian, and Wilson Sonsini Goodrich &amp; Rosati is serving as legal counsel.</p>
<p><b>Conference Call</b></p>
<p>Veridian will host a conference call today at 8:30 a.m. ET to discuss the transaction. A live webcast will be available at <a href="https://investors.veridiansoftware.com" target="_blank" rel="nofollow">https://investors.veridiansoftware.com</a>.</p>
<p><b>About Veridian Software</b></p>
<p>Veridian Software, Inc. protects the identities of more than 9,000 organizations worldwide. To learn more, visit <a href="https://www.veridiansoftware.com" target="_blank" rel="nofollow">www.veridiansoftware.com</a>.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains "forward-looking statements" within the meaning of the federal securities laws, including statements regarding the expected timing of the closing of the acquisition and its expected benefits.</p>
<p><b>Media Contact:</b><br>Rachel Kim<br><a href="mailto:press@veridiansoftware.com">press@veridiansoftware.com</a></p>
<p><b>Investor Contact:</b><br>Tom Becker<br>(512) 555-0190<br><a href="mailto:ir@veridiansoftware.com">ir@veridiansoftware.com</a></p>
<p>SOURCE Veridian Software, Inc.</p>
</div></div>
</section>
</main>
<footer><p>&copy; 2023 Cision US Inc.</p></footer>
</body></html>
""",
    headline="Veridian Software to Acquire Cloudmesh Networks for $640 Million",
    subheadlines=["Adds zero-trust network access to Veridian's identity platform; expected to be accretive to non-GAAP operating margin in fiscal 2025"],
    city="Austin", region="Texas", date="2023-11-06", wire="PR Newswire", release_date="2023-11-06",
    issuer="Veridian Software, Inc.", tickers=[("NYSE", "VRDN")], website="www.veridiansoftware.com",
    contacts=[dict(name="Rachel Kim", role="Media", phones=[], emails=["press@veridiansoftware.com"]),
              dict(name="Tom Becker", role="Investor", phones=["(512) 555-0190"], emails=["ir@veridiansoftware.com"])],
    headings=["Transaction Details", "Conference Call", "About Veridian Software", "Forward-Looking Statements"],
    quotes=[("Elaine Porter", "Chairman and Chief Executive Officer of Veridian"), ("Arjun Mehta", "co-founder and CEO of Cloudmesh")],
    fls='This press release contains "forward-looking statements"',
    urls=["https://investors.veridiansoftware.com", "www.veridiansoftware.com"],
)

# === 2. Business Wire text 2014, earnings: bullets under a highlights heading, "Conference Call", "About", Contacts last

variant("bw-txt-2014-industrial-earnings-conference-call-contacts-last", "txt", """\
Keystone Fluid Systems Reports Third Quarter 2014 Results

Orders up 9%; full-year EPS guidance raised to $2.85 - $2.95

PITTSBURGH--(BUSINESS WIRE)--October 28, 2014--Keystone Fluid Systems Corporation (NYSE: KFS) today
reported third quarter 2014 net sales of $318.2 million, an increase of 6% from the third quarter of 2013.
Diluted earnings per share were $0.78, compared with $0.66 in the prior-year quarter.

"Our aftermarket business continued to grow faster than the installed base," said Raymond T. Kowalski,
President and Chief Executive Officer. "We are raising our outlook for the year."

Third Quarter Highlights

-- Orders of $331.5 million, up 9% year over year
-- Operating margin of 14.1%, up 120 basis points
-- Free cash flow of $41.0 million

Outlook

The Company now expects 2014 diluted earnings per share of $2.85 to $2.95.

Conference Call

Keystone will hold a conference call to discuss the results on October 29, 2014 at 10:00 a.m. Eastern
Time. The call will be webcast live at www.keystonefluid.com/investors.

About Keystone Fluid Systems

Keystone Fluid Systems Corporation designs and manufactures pumps, valves and flow-control systems for
the water, energy and chemical industries. More information is available at www.keystonefluid.com.

Forward-Looking Statements

This news release contains forward-looking statements within the meaning of the Private Securities
Litigation Reform Act of 1995. Actual results may differ materially from those expressed.

Contacts

Keystone Fluid Systems Corporation
Investors:
Linda Marsh, 412-555-0146
Director, Investor Relations
lmarsh@keystonefluid.com
or
Media:
Paul Sorensen, 412-555-0171
psorensen@keystonefluid.com
""",
    headline="Keystone Fluid Systems Reports Third Quarter 2014 Results",
    subheadlines=["Orders up 9%; full-year EPS guidance raised to $2.85 - $2.95"],
    city="Pittsburgh", region=None, date="2014-10-28", wire="Business Wire", release_date="2014-10-28",
    issuer="Keystone Fluid Systems Corporation", tickers=[("NYSE", "KFS")], website="www.keystonefluid.com",
    contacts=[dict(name="Linda Marsh", role="Investors", title="Director, Investor Relations", phones=["412-555-0146"], emails=["lmarsh@keystonefluid.com"]),
              dict(name="Paul Sorensen", role="Media", phones=["412-555-0171"], emails=["psorensen@keystonefluid.com"])],
    headings=["Third Quarter Highlights", "Outlook", "Conference Call", "About Keystone Fluid Systems", "Forward-Looking Statements"],
    quotes=[("Raymond T. Kowalski", "President and Chief Executive Officer")],
    fls="This news release contains forward-looking statements",
    urls=["www.keystonefluid.com/investors", "www.keystonefluid.com"],
)

# === 3. GlobeNewswire web page 2022, biotech quarterly update: "Recent Highlights" bullets, "Upcoming Milestones"

variant("gnw-web-2022-biotech-recent-highlights-bullets", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Aldera Therapeutics Reports Second Quarter 2022 Financial Results and Provides Business Update</title>
<meta property="og:title" content="Aldera Therapeutics Reports Second Quarter 2022 Financial Results and Provides Business Update">
</head><body>
<div class="main-container">
<div class="header-nav"><a href="/en/search">Search</a> <a href="/en/newsroom">Newsroom</a></div>
<div class="main-header-container">
<h1 class="article-headline">Aldera Therapeutics Reports Second Quarter 2022 Financial Results and Provides Business Update</h1>
<p class="article-published"><time datetime="2022-08-11T11:00:00Z">August 11, 2022 07:00 ET</time> | Source: <a href="/en/organization/aldera">Aldera Therapeutics, Inc.</a></p>
</div>
<div class="main-body-container article-body" id="main-body-container">
<ul type="disc">
<li>Phase 2 ALD-204 data in primary sclerosing cholangitis expected in the fourth quarter of 2022</li>
<li>Cash runway extended into 2025</li>
</ul>
<p>CAMBRIDGE, Mass., Aug. 11, 2022 (GLOBE NEWSWIRE) -- Aldera Therapeutics, Inc. (Nasdaq: ALDR), a clinical-stage biotechnology company developing treatments for rare liver diseases, today reported financial results for the second quarter ended June 30, 2022 and provided a business update.</p>
<p>"Enrollment in our Phase 2 trial finished ahead of plan, and we look forward to reporting data before year end," said Sarah Lindqvist, M.D., Chief Executive Officer of Aldera.</p>
<p><strong>Recent Highlights</strong></p>
<ul type="disc">
<li><strong>Completed enrollment in Phase 2 trial.</strong> The trial enrolled 96 patients at 31 sites.</li>
<li><strong>Appointed Chief Financial Officer.</strong> Daniel Okafor joined as Chief Financial Officer in June.</li>
<li><strong>Received Orphan Drug Designation.</strong> The FDA granted Orphan Drug Designation to ALD-204.</li>
</ul>
<p><strong>Upcoming Milestones</strong></p>
<ul type="disc">
<li>Topline Phase 2 data in the fourth quarter of 2022</li>
</ul>
<p><strong>Second Quarter 2022 Financial Results</strong></p>
<p>Cash, cash equivalents and marketable securities were $212.7 million as of June 30, 2022. Research and development expenses were $18.4 million for the quarter.</p>
<p><strong>About Aldera Therapeutics</strong></p>
<p>Aldera Therapeutics, Inc. is developing oral therapies for rare cholestatic liver diseases. For more information, please visit <a href="https://www.alderatx.com" rel="nofollow" target="_blank">www.alderatx.com</a>.</p>
<p><strong>Forward-Looking Statements</strong></p>
<p>Statements in this press release about future expectations, plans and prospects, including the timing of Phase 2 data, are forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<p><strong>Investor Contact:</strong><br>Chris Donnelly<br>Precision AQ<br><a href="mailto:chris.donnelly@precisionaq.com">chris.donnelly@precisionaq.com</a></p>
<p><strong>Media Contact:</strong><br>Maya Hirsch<br>(617) 555-0138<br><a href="mailto:media@alderatx.com">media@alderatx.com</a></p>
</div>
</div>
</body></html>
""",
    headline="Aldera Therapeutics Reports Second Quarter 2022 Financial Results and Provides Business Update",
    subheadlines=["Phase 2 ALD-204 data in primary sclerosing cholangitis expected in the fourth quarter of 2022",
                  "Cash runway extended into 2025"],
    city="Cambridge", region="Mass.", date="2022-08-11", wire="GlobeNewswire", release_date="2022-08-11",
    issuer="Aldera Therapeutics, Inc.", tickers=[("Nasdaq", "ALDR")], website="www.alderatx.com",
    contacts=[dict(name="Chris Donnelly", role="Investor", organisation="Precision AQ", phones=[], emails=["chris.donnelly@precisionaq.com"]),
              dict(name="Maya Hirsch", role="Media", phones=["(617) 555-0138"], emails=["media@alderatx.com"])],
    headings=["Recent Highlights", "Upcoming Milestones", "Second Quarter 2022 Financial Results", "About Aldera Therapeutics",
              "Forward-Looking Statements"],
    quotes=[("Sarah Lindqvist", "Chief Executive Officer of Aldera")],
    fls="Statements in this press release about future expectations",
    urls=["www.alderatx.com"],
)

# === 4. ACCESSWIRE text 2021, small-cap: "/ ACCESSWIRE /" dateline, glued tickers, SOURCE: trailer

variant("accesswire-txt-2021-smallcap-distribution-agreement", "txt", """\
Greenline Water Technologies Signs Distribution Agreement with Midwest Utility Supply

SCOTTSDALE, AZ / ACCESSWIRE / June 22, 2021 / Greenline Water Technologies, Inc. (OTCQB:GWTI) ("Greenline"
or the "Company"), a developer of smart water metering systems, today announced that it has signed a
three-year distribution agreement with Midwest Utility Supply, LLC covering eleven states.

Under the agreement, Midwest Utility Supply will stock and sell Greenline's AquaSense meters to municipal
water utilities in Illinois, Indiana, Iowa, Michigan, Wisconsin and six other states.

"Midwest Utility Supply has relationships with more than 600 utilities," said Kevin Dunbar, CEO of
Greenline. "This agreement gives us a sales channel we could not have built on our own."

About Greenline Water Technologies, Inc.

Greenline Water Technologies, Inc. designs cellular-connected water meters and leak-detection software for
utilities. For more information, visit www.greenlinewater.com.

Forward-Looking Statements

This press release contains forward-looking statements. These statements are based on management's current
expectations and are subject to risks and uncertainties.

Contact:

Greenline Water Technologies, Inc.
Investor Relations
ir@greenlinewater.com
(480) 555-0117

SOURCE: Greenline Water Technologies, Inc.
""",
    headline="Greenline Water Technologies Signs Distribution Agreement with Midwest Utility Supply", subheadlines=[],
    city="Scottsdale", region="AZ", date="2021-06-22", wire="ACCESSWIRE", release_date="2021-06-22",
    issuer="Greenline Water Technologies, Inc.", tickers=[("OTCQB", "GWTI")], website="www.greenlinewater.com",
    contacts=[dict(name=None, role="Investor Relations", organisation="Greenline Water Technologies, Inc.", phones=["(480) 555-0117"],
                   emails=["ir@greenlinewater.com"])],
    headings=["About Greenline Water Technologies, Inc.", "Forward-Looking Statements"],
    quotes=[("Kevin Dunbar", "CEO of Greenline")],
    fls="This press release contains forward-looking statements",
    urls=["www.greenlinewater.com"],
)

# === 5. Newsfile web page 2023, mining: "(TSXV: ABC) (OTCQB: ABCDF)", Qualified Person, "ON BEHALF OF THE BOARD"

variant("newsfile-web-2023-mining-drill-update-on-behalf-of-board", "html", """\
<!DOCTYPE html>
<html><head><title>Northern Birch Resources Drills 3.1 g/t Gold over 22.0 Metres at Tamarack Lake</title>
<meta property="og:title" content="Northern Birch Resources Drills 3.1 g/t Gold over 22.0 Metres at Tamarack Lake"></head><body>
<div class="top-menu"><a href="/">Newsfile</a> <a href="/news">News</a> <a href="/login">Login</a></div>
<div class="main-content">
<h1>Northern Birch Resources Drills 3.1 g/t Gold over 22.0 Metres at Tamarack Lake</h1>
<p>Vancouver, British Columbia--(Newsfile Corp. - May 17, 2023) - Northern Birch Resources Corp. (TSXV: NBR) (OTCQB: NBRCF) ("Northern Birch" or the "Company") is pleased to report assay results from the first eight holes of its 2023 winter drill program at the Tamarack Lake gold project in northwestern Ontario.</p>
<p><b>Highlights:</b></p>
<ul>
<li>TL-23-004: 3.1 g/t Au over 22.0 metres, including 11.8 g/t Au over 3.0 metres</li>
<li>TL-23-007: 1.9 g/t Au over 31.5 metres</li>
</ul>
<p>"Hole four is the best intercept we have drilled at Tamarack Lake," commented Heather Lindgren, President and CEO of Northern Birch. "The zone remains open down plunge."</p>
<p><b>Quality Assurance and Quality Control</b></p>
<p>Drill core was sawn in half and sampled at the Company's core facility in Red Lake. Samples were analysed by ALS Canada Ltd. in Thunder Bay.</p>
<p><b>Qualified Person</b></p>
<p>The technical content of this news release has been reviewed and approved by Mark Tessier, P.Geo., Vice President Exploration, a Qualified Person as defined by National Instrument 43-101.</p>
<p><b>About Northern Birch Resources Corp.</b></p>
<p>Northern Birch is a gold exploration company focused on the Tamarack Lake project. For more information visit <a href="https://www.northernbirch.com">www.northernbirch.com</a>.</p>
<p><b>ON BEHALF OF THE BOARD OF DIRECTORS</b></p>
<p>"Heather Lindgren"<br>Heather Lindgren<br>President and CEO</p>
<p>For further information, please contact:<br>Heather Lindgren, President and CEO<br>Phone: 604-555-0183<br>Email: info@northernbirch.com</p>
<p><i>Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.</i></p>
<p><b>Cautionary Note Regarding Forward-Looking Statements</b></p>
<p>This news release contains "forward-looking information" within the meaning of applicable Canadian securities legislation, including statements about planned drilling.</p>
<p>To view the source version of this press release, please visit <a href="https://www.newsfilecorp.com/release/167890">https://www.newsfilecorp.com/release/167890</a></p>
</div>
</body></html>
""",
    headline="Northern Birch Resources Drills 3.1 g/t Gold over 22.0 Metres at Tamarack Lake", subheadlines=[],
    city="Vancouver", region="British Columbia", date="2023-05-17", wire="Newsfile", release_date="2023-05-17",
    issuer="Northern Birch Resources Corp.", tickers=[("TSXV", "NBR"), ("OTCQB", "NBRCF")], website="www.northernbirch.com",
    contacts=[dict(name="Heather Lindgren", title="President and CEO", phones=["604-555-0183"], emails=["info@northernbirch.com"])],
    headings=["Highlights", "Quality Assurance and Quality Control", "Qualified Person", "About Northern Birch Resources Corp.",
              "Cautionary Note Regarding Forward-Looking Statements"],
    quotes=[("Heather Lindgren", "President and CEO of Northern Birch")],
    fls='This news release contains "forward-looking information"',
    urls=["www.northernbirch.com", "https://www.newsfilecorp.com/release/167890"],
)

# === 6. Canada NewsWire text 2008, bank: "/CNW/ -", "-30-", "For further information:" paragraph

variant("cnw-txt-2008-bank-dividend-for-further-information", "txt", """\
Dominion Prairie Bank announces increase in quarterly dividend

CALGARY, June 4, 2008 /CNW/ - Dominion Prairie Bank (TSX: DPB) today announced that its Board of Directors
has declared a quarterly dividend of $0.27 per common share, an increase of $0.02 per share, payable on
July 28, 2008 to shareholders of record at the close of business on July 3, 2008.

"Our capital position remains strong despite the turbulence in credit markets," said Gordon MacPherson,
President and Chief Executive Officer. "This increase reflects our confidence in the bank's earnings."

The Board also declared dividends on the bank's Non-Cumulative Preferred Shares Series 1 and Series 3.

About Dominion Prairie Bank

Dominion Prairie Bank is a Schedule I Canadian bank serving commercial and retail clients in Alberta,
Saskatchewan and Manitoba. Additional information is available at www.dominionprairie.com.

Caution regarding forward-looking statements

From time to time, the bank makes written and oral forward-looking statements, including in this news
release. Such statements are subject to risks and uncertainties.

-30-

For further information: Media: Carole Bouchard, (403) 555-0147; Investors: Neil Hargreaves, Vice
President, Investor Relations, (403) 555-0162, neil.hargreaves@dominionprairie.com
""",
    headline="Dominion Prairie Bank announces increase in quarterly dividend", subheadlines=[],
    city="Calgary", region=None, date="2008-06-04", wire="Canada NewsWire", release_date="2008-06-04",
    issuer="Dominion Prairie Bank", tickers=[("TSX", "DPB")], website="www.dominionprairie.com",
    contacts=[dict(name="Carole Bouchard", role="Media", phones=["(403) 555-0147"], emails=[]),
              dict(name="Neil Hargreaves", role="Investors", title="Vice President, Investor Relations", phones=["(403) 555-0162"],
                   emails=["neil.hargreaves@dominionprairie.com"])],
    headings=["About Dominion Prairie Bank", "Caution regarding forward-looking statements"],
    quotes=[("Gordon MacPherson", "President and Chief Executive Officer")],
    fls="From time to time, the bank makes written and oral forward-looking statements",
    urls=["www.dominionprairie.com"],
)


# === 7. SEC EX-99.1 text 2003: centered title, contacts above the headline, "FOR IMMEDIATE RELEASE"

variant("sec-ex99-txt-2003-centered-contacts-above-headline", "txt", """\
                                                                    EXHIBIT 99.1

CONTACT:  Investor Relations                       Media Relations
          Susan R. Hale                            Michael Grady
          (614) 555-0130                           (614) 555-0144
          shale@buckeyemedical.com                 mgrady@buckeyemedical.com

FOR IMMEDIATE RELEASE

                BUCKEYE MEDICAL SUPPLY REPORTS FISCAL 2003 THIRD QUARTER RESULTS

               -- Net Revenue Increases 11%; Diluted EPS of $0.42 --

COLUMBUS, Ohio, April 24, 2003 -- Buckeye Medical Supply Corporation (Nasdaq: BMSC) today reported
net revenue of $187.3 million for its fiscal third quarter ended March 31, 2003, an increase of 11%
over the $168.7 million reported in the same period last year. Net income was $9.1 million, or $0.42
per diluted share, compared with $7.6 million, or $0.35 per diluted share, a year ago.

"Our acute-care distribution business had another strong quarter," said Walter J. Brennan, Chairman
and Chief Executive Officer. "We also benefited from lower freight costs."

Buckeye Medical Supply will host a conference call at 11:00 a.m. Eastern time today. The call will be
broadcast live over the Internet at www.buckeyemedical.com.

Buckeye Medical Supply Corporation distributes medical and surgical products to hospitals, surgery
centers and physician offices in 14 states.

Statements in this press release that are not historical facts are forward-looking statements within
the meaning of the Private Securities Litigation Reform Act of 1995 and involve risks and uncertainties.

                                  #  #  #
""",
    headline="BUCKEYE MEDICAL SUPPLY REPORTS FISCAL 2003 THIRD QUARTER RESULTS",
    subheadlines=["Net Revenue Increases 11%; Diluted EPS of $0.42"],
    city="Columbus", region="Ohio", date="2003-04-24", wire=None, release_date="2003-04-24",
    issuer="Buckeye Medical Supply Corporation", tickers=[("Nasdaq", "BMSC")], website="www.buckeyemedical.com",
    contacts=[dict(name="Susan R. Hale", role="Investor Relations", phones=["(614) 555-0130"], emails=["shale@buckeyemedical.com"]),
              dict(name="Michael Grady", role="Media Relations", phones=["(614) 555-0144"], emails=["mgrady@buckeyemedical.com"])],
    headings=[],
    quotes=[("Walter J. Brennan", "Chairman and Chief Executive Officer")],
    fls="Statements in this press release that are not historical facts",
    urls=["www.buckeyemedical.com"],
)

# === 8. SEC EX-99.1 HTML 2010: financial tables, bold headings, contact table at the top

variant("sec-ex99-html-2010-tables-contact-above", "htm", """\
<html><head><title>EX-99.1</title></head>
<body style="font-family:Times New Roman">
<p align="right"><font size="2"><b>Exhibit 99.1</b></font></p>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="50%" valign="top"><font size="2"><b>Contact:</b><br>Jeffrey L. Moss<br>Chief Financial Officer<br>(952) 555-0115</font></td>
<td width="50%" valign="top" align="right"><font size="2"><b>FOR IMMEDIATE RELEASE</b></font></td></tr>
</table>
<p align="center"><font size="3"><b>NORTHFIELD PACKAGING ANNOUNCES SECOND QUARTER 2010 RESULTS</b></font></p>
<p><font size="2">MINNEAPOLIS, MN &#8212; July 29, 2010 &#8212; Northfield Packaging, Inc. (NASDAQ: NFPK) today announced net sales of $96.4 million for the second quarter ended June 30, 2010, compared to $88.1 million for the second quarter of 2009. Net income was $4.2 million, or $0.31 per diluted share.</font></p>
<p><font size="2">&#8220;Volume recovered in our food and beverage markets, and the price increases we implemented in the first quarter are now fully in effect,&#8221; said Gregory A. Lund, President and Chief Executive Officer.</font></p>
<p><font size="2"><b>Second Quarter Results</b></font></p>
<p><font size="2">Gross margin improved to 22.4% from 19.8% a year ago, primarily due to higher volume and lower resin costs.</font></p>
<table width="80%" border="0" align="center" cellpadding="2">
<tr><td></td><td align="center"><font size="2"><b>Three Months Ended June 30,</b></font></td><td></td></tr>
<tr><td></td><td align="right"><font size="2"><b>2010</b></font></td><td align="right"><font size="2"><b>2009</b></font></td></tr>
<tr><td><font size="2">Net sales</font></td><td align="right"><font size="2">$96,412</font></td><td align="right"><font size="2">$88,103</font></td></tr>
<tr><td><font size="2">Gross profit</font></td><td align="right"><font size="2">21,596</font></td><td align="right"><font size="2">17,444</font></td></tr>
<tr><td><font size="2">Net income</font></td><td align="right"><font size="2">$4,215</font></td><td align="right"><font size="2">$2,870</font></td></tr>
</table>
<p><font size="2"><b>Outlook</b></font></p>
<p><font size="2">The Company expects full-year 2010 net sales of $370 million to $385 million.</font></p>
<p><font size="2"><b>About Northfield Packaging</b></font></p>
<p><font size="2">Northfield Packaging, Inc. manufactures rigid plastic containers for the food, beverage and personal care industries. More information is available at www.northfieldpkg.com.</font></p>
<p><font size="2"><b>Forward-Looking Statements</b></font></p>
<p><font size="2">Certain statements in this release are forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</font></p>
<p align="center"><font size="2"># # #</font></p>
</body></html>
""",
    headline="NORTHFIELD PACKAGING ANNOUNCES SECOND QUARTER 2010 RESULTS", subheadlines=[],
    city="Minneapolis", region="MN", date="2010-07-29", wire=None, release_date="2010-07-29",
    issuer="Northfield Packaging, Inc.", tickers=[("NASDAQ", "NFPK")], website="www.northfieldpkg.com",
    contacts=[dict(name="Jeffrey L. Moss", title="Chief Financial Officer", phones=["(952) 555-0115"], emails=[])],
    headings=["Second Quarter Results", "Outlook", "About Northfield Packaging", "Forward-Looking Statements"],
    quotes=[("Gregory A. Lund", "President and Chief Executive Officer")],
    fls="Certain statements in this release are forward-looking statements",
    urls=["www.northfieldpkg.com"],
)

# === 9. Dow Jones copy of a Business Wire release (markdown): product launch, contacts after "Contacts"

variant("dj-md-bw-2024-consumer-launch", "md", """\
---
title: "Press Release: Harvest Lane Foods Launches Protein Pasta Line Nationwide"
date: "2024-04-09 08:30:00"
categories:
  - "Dow Jones Newswires"
lang:
  - "en"
---

**(12:30 GMT)** Press Release: Harvest Lane Foods Launches Protein Pasta Line Nationwide

Harvest Lane Foods Launches Protein Pasta Line Nationwide

Business Wire

CHICAGO -- April 9, 2024

CHICAGO--(BUSINESS WIRE)--April 9, 2024--Harvest Lane Foods, Inc. (NYSE: HLF) today announced the nationwide launch of Harvest Lane Protein Pasta, a line of five dry pasta shapes made with chickpea and lentil flour, in more than 9,000 grocery stores.

"Shoppers want more protein without giving up the foods they love," said Monica Reyes, Chief Marketing Officer of Harvest Lane Foods. "Protein Pasta tastes like the pasta they grew up with."

The line will carry a suggested retail price of $3.49 per 12-ounce box.

About Harvest Lane Foods

Harvest Lane Foods, Inc. makes pasta, sauces and frozen meals sold under the Harvest Lane and Nonna Rosa brands. Visit www.harvestlanefoods.com.

View source version on businesswire.com: https://www.businesswire.com/news/home/20240409512345/en/

CONTACT: Media:

Jenna Walsh

Harvest Lane Foods

312-555-0128

jwalsh@harvestlanefoods.com

(END) Dow Jones Newswires

April 09, 2024 08:30 ET (12:30 GMT)
""",
    headline="Harvest Lane Foods Launches Protein Pasta Line Nationwide", subheadlines=[],
    city="Chicago", region=None, date="2024-04-09", wire="Business Wire", release_date="2024-04-09",
    issuer="Harvest Lane Foods, Inc.", tickers=[("NYSE", "HLF")], website="www.harvestlanefoods.com",
    contacts=[dict(name="Jenna Walsh", role="Media", organisation="Harvest Lane Foods", phones=["312-555-0128"], emails=["jwalsh@harvestlanefoods.com"])],
    headings=["About Harvest Lane Foods"],
    quotes=[("Monica Reyes", "Chief Marketing Officer of Harvest Lane Foods")],
    fls=None,
    urls=["www.harvestlanefoods.com", "https://www.businesswire.com/news/home/20240409512345/en/"],
)

# === 10. Reuters copy of a GlobeNewswire release (markdown): Nordic company announcement, Nasdaq Copenhagen

variant("reuters-md-gnw-2023-nordic-company-announcement", "md", """\
---
title: "Nordvind Energi A/S: Nordvind Energi wins 450 MW offshore wind contract in Poland"
date: "2023-09-19 07:30:00"
categories:
  - "Reuters"
tags:
  - "Reuters"
---

Company announcement no. 27/2023

COPENHAGEN, Denmark, Sept. 19, 2023 (GLOBE NEWSWIRE) -- Nordvind Energi A/S (Nasdaq Copenhagen: NVE) has been selected as preferred supplier for the foundations of the 450 MW Baltyk Polnocny offshore wind farm in the Polish Baltic Sea.

The contract is valued at approximately EUR 310 million, and deliveries are scheduled for 2026 and 2027.

"This is the largest order in our history and confirms our position in the Baltic market," says Lars Holm Jensen, CEO of Nordvind Energi.

The contract does not change the company's financial outlook for 2023.

**About Nordvind Energi**

Nordvind Energi A/S designs and fabricates steel foundations for offshore wind turbines. www.nordvind.dk

**For further information, please contact:**

Lars Holm Jensen, CEO, +45 20 55 01 10

Mette Kjær, Head of Investor Relations, +45 20 55 01 42, mk@nordvind.dk
""",
    headline="Nordvind Energi wins 450 MW offshore wind contract in Poland", subheadlines=[],
    city="Copenhagen", region=None, country="Denmark", date="2023-09-19", wire="GlobeNewswire", release_date="2023-09-19",
    issuer="Nordvind Energi A/S", tickers=[("Nasdaq Copenhagen", "NVE")], website="www.nordvind.dk",
    contacts=[dict(name="Lars Holm Jensen", title="CEO", phones=["+45 20 55 01 10"], emails=[]),
              dict(name="Mette Kjær", title="Head of Investor Relations", phones=["+45 20 55 01 42"], emails=["mk@nordvind.dk"])],
    headings=["About Nordvind Energi"],
    quotes=[("Lars Holm Jensen", "CEO of Nordvind Energi")],
    fls=None,
    urls=["www.nordvind.dk"],
)

# === 11. RNS text 2019, interim results: "Chief Executive's Statement", "Enquiries:" two-column block

variant("rns-txt-2019-interim-results-enquiries", "txt", """\
RNS Number : 4821K
Thornbury Engineering Group PLC
10 September 2019

                               Thornbury Engineering Group PLC

                     Interim Results for the six months ended 30 June 2019

Thornbury Engineering Group PLC ("Thornbury" or "the Group") (LSE: THEG), the specialist precision
engineering group, announces its unaudited interim results for the six months ended 30 June 2019.

Financial highlights

·      Revenue up 7% to GBP 84.2 million (H1 2018: GBP 78.7 million)
·      Adjusted operating profit up 9% to GBP 10.3 million
·      Interim dividend increased by 5% to 3.15 pence per share

Chief Executive's Statement

The Group performed in line with the Board's expectations in the first half. Aerospace revenue grew 12%,
offsetting softer demand from automotive customers.

Martin Ashworth, Chief Executive, said: "We have delivered another period of growth despite uncertain
markets, and our order book gives us confidence for the full year."

Outlook

The Board's expectations for the full year remain unchanged.

Enquiries:

Thornbury Engineering Group PLC                          Tel: +44 (0)121 555 0140
Martin Ashworth, Chief Executive
Helen Pryor, Group Finance Director

Instinctif Partners                                      Tel: +44 (0)20 7457 2020
Mark Reid / Chris Birt

This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by
the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.

END

IR FLFEDVSIDIIA
""",
    headline="Interim Results for the six months ended 30 June 2019", subheadlines=[],
    city=None, region=None, date=None, wire="RNS", release_date="2019-09-10",
    issuer="Thornbury Engineering Group PLC", tickers=[("LSE", "THEG")], website=None,
    contacts=[dict(name="Martin Ashworth", organisation="Thornbury Engineering Group PLC", title="Chief Executive", phones=["+44 (0)121 555 0140"]),
              dict(name="Helen Pryor", organisation="Thornbury Engineering Group PLC", title="Group Finance Director", phones=["+44 (0)121 555 0140"]),
              dict(name="Mark Reid", organisation="Instinctif Partners", phones=["+44 (0)20 7457 2020"]),
              dict(name="Chris Birt", organisation="Instinctif Partners", phones=["+44 (0)20 7457 2020"])],
    headings=["Financial highlights", "Chief Executive's Statement", "Outlook"],
    quotes=[("Martin Ashworth", "Chief Executive")],
    fls=None,
    urls=[],
)

# === 12. Company newsroom page fragment 2024: date line above the headline, no wire, no dateline city

variant("company-fragment-2024-newsroom-store-opening", "html", """\
<div class="newsroom-article">
  <div class="article-meta"><span class="category">Press Releases</span> <time datetime="2024-03-12">March 12, 2024</time></div>
  <h1 class="article-title">Bramble &amp; Oak Opens Its 100th Store</h1>
  <div class="article-body">
    <p>PORTLAND, Ore., March 12, 2024 &ndash; Bramble &amp; Oak Home, Inc. (NASDAQ: BRMB), the home furnishings retailer, today celebrated the opening of its 100th store, in Boise, Idaho.</p>
    <p>&ldquo;When we opened our first store in 2009, we never imagined we would reach one hundred,&rdquo; said Claire Whitman, founder and CEO of Bramble &amp; Oak. &ldquo;Boise customers have been ordering from our website for years.&rdquo;</p>
    <p>The 12,000-square-foot store will employ 35 people.</p>
    <h3>About Bramble &amp; Oak</h3>
    <p>Bramble &amp; Oak Home, Inc. sells sustainably made furniture and d&eacute;cor through 100 stores and online at brambleandoak.com.</p>
    <h3>Media Contact</h3>
    <p>Jess Nakamura<br>press@brambleandoak.com</p>
  </div>
  <div class="share-links"><a href="https://twitter.com/intent/tweet?url=https://www.brambleandoak.com/newsroom/100th-store">Share on X</a></div>
</div>
""",
    headline="Bramble & Oak Opens Its 100th Store", subheadlines=[],
    city="Portland", region="Ore.", date="2024-03-12", wire=None, release_date="2024-03-12",
    issuer="Bramble & Oak Home, Inc.", tickers=[("NASDAQ", "BRMB")], website="brambleandoak.com",
    contacts=[dict(name="Jess Nakamura", role="Media", phones=[], emails=["press@brambleandoak.com"])],
    headings=["About Bramble & Oak"],
    quotes=[("Claire Whitman", "founder and CEO of Bramble & Oak")],
    fls=None,
    urls=["brambleandoak.com"],
)


# === 13. PR Newswire text 2006: "/PRNewswire-FirstCall/", no year in the dateline (year from the -0- trailer), /CONTACT:/

variant("prn-txt-2006-firstcall-trailer-year-contact-line", "txt", """\
Cascade Timber Products Completes Acquisition of Olympic Millwork

    TACOMA, Wash., Aug. 15 /PRNewswire-FirstCall/ -- Cascade Timber Products,
Inc. (NYSE: CTP) today announced that it has completed its previously announced
acquisition of Olympic Millwork Co., a manufacturer of interior doors and
moulding, for $86 million in cash.

    "Olympic Millwork adds a strong brand and 400 dealer relationships in the
Pacific Northwest," said Robert E. Hanley, chairman and chief executive officer
of Cascade Timber. "We expect the acquisition to add to earnings in 2007."

    Olympic Millwork had sales of approximately $112 million in 2005.

    Cascade Timber Products, Inc. is a leading manufacturer of engineered wood
products. For more information, visit http://www.cascadetimber.com.

    This news release contains forward-looking statements that involve risks
and uncertainties, including the integration of Olympic Millwork.

SOURCE  Cascade Timber Products, Inc.
    -0-                             08/15/2006
    /CONTACT:  Investors, Diane Fowler, +1-253-555-0112, or Media, Scott
Lindahl, +1-253-555-0129, both of Cascade Timber Products, Inc./
    /Web site:  http://www.cascadetimber.com /
    (CTP)
""",
    headline="Cascade Timber Products Completes Acquisition of Olympic Millwork", subheadlines=[],
    city="Tacoma", region="Wash.", date="2006-08-15", wire="PR Newswire", release_date="2006-08-15",
    issuer="Cascade Timber Products, Inc.", tickers=[("NYSE", "CTP")], website="http://www.cascadetimber.com",
    contacts=[dict(name="Diane Fowler", role="Investors", organisation="Cascade Timber Products, Inc.", phones=["+1-253-555-0112"], emails=[]),
              dict(name="Scott Lindahl", role="Media", organisation="Cascade Timber Products, Inc.", phones=["+1-253-555-0129"], emails=[])],
    headings=[],
    quotes=[("Robert E. Hanley", "chairman and chief executive officer of Cascade Timber")],
    fls="This news release contains forward-looking statements",
    urls=["http://www.cascadetimber.com"],
)

# === 14. Business Wire web page 2012: old layout, joint release of two companies, two contact blocks

variant("bw-web-2012-joint-release-two-companies", "html", """\
<!DOCTYPE html>
<html><head><title>Meridian Health Systems and Pinecrest Diagnostics Announce Strategic Collaboration | Business Wire</title></head>
<body>
<div id="bw-header"><a href="http://www.businesswire.com/portal/site/home/">Business Wire</a> | <a href="http://www.businesswire.com/portal/site/home/news/">News</a></div>
<div id="bw-content">
<h1>Meridian Health Systems and Pinecrest Diagnostics Announce Strategic Collaboration</h1>
<h2>Companies to co-develop point-of-care sepsis test for emergency departments</h2>
<div class="bw-release-story">
<p>NASHVILLE, Tenn. &amp; SAN DIEGO--(<a href="http://www.businesswire.com">BUSINESS WIRE</a>)--Sep. 18, 2012-- Meridian Health Systems, Inc. (NYSE: MHS) and Pinecrest Diagnostics, Inc. (NASDAQ: PCDX) today announced a strategic collaboration to develop and commercialize a rapid point-of-care test for sepsis.</p>
<p>Under the agreement, Pinecrest will develop the assay and Meridian will validate it in 14 of its hospital emergency departments.</p>
<p>&#8220;Every hour of delay in treating sepsis increases mortality,&#8221; said Dr. Alan Forsythe, Chief Medical Officer of Meridian Health Systems.</p>
<p>&#8220;Meridian&#8217;s emergency departments are the ideal partner to prove the value of our test,&#8221; said Karen Liu, President and CEO of Pinecrest Diagnostics.</p>
<p><b>About Meridian Health Systems</b></p>
<p>Meridian Health Systems, Inc. operates 62 hospitals in 11 states. www.meridianhealth.com</p>
<p><b>About Pinecrest Diagnostics</b></p>
<p>Pinecrest Diagnostics, Inc. develops molecular diagnostic tests for acute care. www.pinecrestdx.com</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements regarding the development of the sepsis test.</p>
</div>
<div class="bw-release-contact">
<h3>Contacts</h3>
<p>Meridian Health Systems<br>Ellen Rhodes, 615-555-0134<br>ellen.rhodes@meridianhealth.com<br>or<br>Pinecrest Diagnostics<br>Victor Salas, 858-555-0172<br>vsalas@pinecrestdx.com</p>
</div>
</div>
</body></html>
""",
    headline="Meridian Health Systems and Pinecrest Diagnostics Announce Strategic Collaboration",
    subheadlines=["Companies to co-develop point-of-care sepsis test for emergency departments"],
    city="Nashville", region="Tenn.", date="2012-09-18", wire="Business Wire", release_date="2012-09-18",
    issuer="Meridian Health Systems, Inc.", tickers=[("NYSE", "MHS"), ("NASDAQ", "PCDX")], website="www.meridianhealth.com",
    contacts=[dict(name="Ellen Rhodes", organisation="Meridian Health Systems", phones=["615-555-0134"], emails=["ellen.rhodes@meridianhealth.com"]),
              dict(name="Victor Salas", organisation="Pinecrest Diagnostics", phones=["858-555-0172"], emails=["vsalas@pinecrestdx.com"])],
    headings=["About Meridian Health Systems", "About Pinecrest Diagnostics", "Forward-Looking Statements"],
    quotes=[("Dr. Alan Forsythe", "Chief Medical Officer of Meridian Health Systems"), ("Karen Liu", "President and CEO of Pinecrest Diagnostics")],
    fls="This press release contains forward-looking statements",
    urls=["www.meridianhealth.com", "www.pinecrestdx.com"],
)

# === 15. GlobeNewswire text 2017, REIT dividend: short release, one contact line, no headings but About

variant("gnw-txt-2017-reit-dividend-short", "txt", """\
Copper Ridge Apartment REIT Declares Monthly Distributions for October, November and December 2017

DENVER, Sept. 21, 2017 (GLOBE NEWSWIRE) -- Copper Ridge Apartment REIT, Inc. (NYSE:CRAR) announced today
that its Board of Directors has declared monthly cash distributions of $0.0625 per share of common stock
for October, November and December 2017.

The distributions will be payable on or about the 15th day of the following month to stockholders of
record as of the last business day of each month.

About Copper Ridge Apartment REIT

Copper Ridge Apartment REIT, Inc. owns 38 apartment communities in the Mountain West. For more
information, visit www.copperridgereit.com.

Contact:
Investor Relations
(303) 555-0150
investors@copperridgereit.com
""",
    headline="Copper Ridge Apartment REIT Declares Monthly Distributions for October, November and December 2017", subheadlines=[],
    city="Denver", region=None, date="2017-09-21", wire="GlobeNewswire", release_date="2017-09-21",
    issuer="Copper Ridge Apartment REIT, Inc.", tickers=[("NYSE", "CRAR")], website="www.copperridgereit.com",
    contacts=[dict(name=None, role="Investor Relations", phones=["(303) 555-0150"], emails=["investors@copperridgereit.com"])],
    headings=["About Copper Ridge Apartment REIT"],
    quotes=[],
    fls=None,
    urls=["www.copperridgereit.com"],
)

# === 16. Marketwired text 2015: "(Marketwired - March 3, 2015) -", "FOR FURTHER INFORMATION PLEASE CONTACT:"

variant("marketwired-txt-2015-energy-guidance", "txt", """\
Westhaven Oil & Gas Announces 2015 Capital Budget

CALGARY, ALBERTA--(Marketwired - Jan. 14, 2015) - Westhaven Oil & Gas Ltd. ("Westhaven" or the "Company")
(TSX:WHO) announces that its Board of Directors has approved a 2015 capital budget of $145 million, a
reduction of 40% from 2014, in response to lower crude oil prices.

"We are protecting our balance sheet while keeping our best wells on production," said Brent Halvorson,
President and Chief Executive Officer.

2015 Guidance

Production is expected to average 11,500 to 12,000 boe per day in 2015.

Forward-Looking Information

This press release contains forward-looking information relating to the Company's capital budget and
production guidance.

FOR FURTHER INFORMATION PLEASE CONTACT:
Westhaven Oil & Gas Ltd.
Brent Halvorson
President and Chief Executive Officer
(403) 555-0181

Westhaven Oil & Gas Ltd.
Jill Carmody
Vice President, Finance and Chief Financial Officer
(403) 555-0182
www.westhavenoil.com
""",
    headline="Westhaven Oil & Gas Announces 2015 Capital Budget", subheadlines=[],
    city="Calgary", region="Alberta", date="2015-01-14", wire="Marketwired", release_date="2015-01-14",
    issuer="Westhaven Oil & Gas Ltd.", tickers=[("TSX", "WHO")], website="www.westhavenoil.com",
    contacts=[dict(name="Brent Halvorson", organisation="Westhaven Oil & Gas Ltd.", title="President and Chief Executive Officer", phones=["(403) 555-0181"]),
              dict(name="Jill Carmody", organisation="Westhaven Oil & Gas Ltd.", title="Vice President, Finance and Chief Financial Officer",
                   phones=["(403) 555-0182"])],
    headings=["2015 Guidance", "Forward-Looking Information"],
    quotes=[("Brent Halvorson", "President and Chief Executive Officer")],
    fls="This press release contains forward-looking information",
    urls=["www.westhavenoil.com"],
)

# === 17. PR Newswire web page 2019: multi-city dateline "NEW YORK and LONDON", hospitality, "Media Contacts" run-in

variant("prn-web-2019-multicity-hospitality", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Halden Hotels Group Signs Agreement to Manage Three Luxury Properties in London</title>
<meta property="og:title" content="Halden Hotels Group Signs Agreement to Manage Three Luxury Properties in London">
</head><body>
<header class="main-header"><nav><a href="/news-releases/">News</a> <a href="/contact-us/">Contact Us</a></nav></header>
<main>
<header class="container release-header">
<h1>Halden Hotels Group Signs Agreement to Manage Three Luxury Properties in London</h1>
<p class="mb-no">News provided by</p><a href="/news/halden-hotels-group/"><strong>Halden Hotels Group</strong></a>
<p class="mb-no">Jun 04, 2019, 09:00 ET</p>
</header>
<section class="release-body container">
<p>NEW YORK and LONDON, June 4, 2019 /PRNewswire/ -- Halden Hotels Group (NYSE: HLDN) today announced that it has signed long-term management agreements for three luxury hotels in London's Mayfair and Knightsbridge neighborhoods, adding 640 rooms to its European portfolio.</p>
<p>The hotels will be rebranded under Halden's Aster Collection after renovations are completed in 2020.</p>
<p>"London is the most important luxury market in Europe, and these three hotels are among its finest addresses," said Victoria Ames, President, International, Halden Hotels Group.</p>
<p><b>About Halden Hotels Group</b></p>
<p>Halden Hotels Group manages and franchises 410 hotels in 28 countries under six brands. Learn more at <a href="http://www.haldenhotels.com/" target="_blank" rel="nofollow">www.haldenhotels.com</a>.</p>
<p><b>Media Contacts</b><br>Americas: Olivia Park, +1 212 555 0107, olivia.park@haldenhotels.com<br>Europe: James Whitley, +44 20 7555 0193, james.whitley@haldenhotels.com</p>
<p>SOURCE Halden Hotels Group</p>
<p>Related Links</p>
<p><a href="http://www.haldenhotels.com">http://www.haldenhotels.com</a></p>
</section>
</main>
</body></html>
""",
    headline="Halden Hotels Group Signs Agreement to Manage Three Luxury Properties in London", subheadlines=[],
    city="New York", region=None, date="2019-06-04", wire="PR Newswire", release_date="2019-06-04",
    issuer="Halden Hotels Group", tickers=[("NYSE", "HLDN")], website="www.haldenhotels.com",
    contacts=[dict(name="Olivia Park", role="Media", phones=["+1 212 555 0107"], emails=["olivia.park@haldenhotels.com"]),
              dict(name="James Whitley", role="Media", phones=["+44 20 7555 0193"], emails=["james.whitley@haldenhotels.com"])],
    headings=["About Halden Hotels Group"],
    quotes=[("Victoria Ames", "President, International, Halden Hotels Group")],
    fls=None,
    urls=["www.haldenhotels.com"],
)

# === 18. Business Wire text 2005: "--(BUSINESS WIRE)--June 7, 2005--", "CONTACT:" block at the end, all caps headline

variant("bw-txt-2005-semiconductor-contact-block", "txt", """\
SILVERLAKE SEMICONDUCTOR INTRODUCES LOW-POWER WI-FI CHIP FOR HANDSETS

SANTA CLARA, Calif.--(BUSINESS WIRE)--June 7, 2005--Silverlake Semiconductor Corp. (Nasdaq:SLSC) today
introduced the SL8120, a single-chip 802.11g transceiver that consumes 40 percent less power than
competing devices, allowing handset makers to add Wi-Fi without reducing talk time.

"Handset makers have told us that battery life is the biggest obstacle to Wi-Fi in phones," said
Dr. Henry Cho, vice president of the wireless products group at Silverlake. "The SL8120 removes it."

Samples of the SL8120 are available now, with volume production scheduled for the fourth quarter of
2005. Pricing is $6.50 in quantities of 100,000.

About Silverlake Semiconductor

Silverlake Semiconductor Corp. designs mixed-signal integrated circuits for wireless communications.
Additional information is available at www.silverlakesemi.com.

Note to Editors: Silverlake and SL8120 are trademarks of Silverlake Semiconductor Corp.

CONTACT: Silverlake Semiconductor Corp.
         Julie Tanaka, 408-555-0156
         jtanaka@silverlakesemi.com
         or
         Blanc & Otus (for Silverlake)
         Eric Sandoval, 415-555-0143
         esandoval@blancandotus.com
""",
    headline="SILVERLAKE SEMICONDUCTOR INTRODUCES LOW-POWER WI-FI CHIP FOR HANDSETS", subheadlines=[],
    city="Santa Clara", region="Calif.", date="2005-06-07", wire="Business Wire", release_date="2005-06-07",
    issuer="Silverlake Semiconductor Corp.", tickers=[("Nasdaq", "SLSC")], website="www.silverlakesemi.com",
    contacts=[dict(name="Julie Tanaka", organisation="Silverlake Semiconductor Corp.", phones=["408-555-0156"], emails=["jtanaka@silverlakesemi.com"]),
              dict(name="Eric Sandoval", organisation="Blanc & Otus", phones=["415-555-0143"], emails=["esandoval@blancandotus.com"])],
    headings=["About Silverlake Semiconductor"],
    quotes=[("Dr. Henry Cho", "vice president of the wireless products group at Silverlake")],
    fls=None,
    urls=["www.silverlakesemi.com"],
)


# === 19. SEC EX-99.1 HTML 2016, utility: logo alt text, "News Release" banner, contacts in a box above the headline

variant("sec-ex99-html-2016-utility-news-release-banner", "htm", """\
<html><head><title>ex991.htm</title></head><body>
<div style="text-align:right"><font style="font-size:10pt"><b>EXHIBIT 99.1</b></font></div>
<p><img src="logo.jpg" alt="Great Plains Electric logo"></p>
<p style="font-size:14pt"><b>News Release</b></p>
<table style="width:100%;border:1px solid black">
<tr><td style="width:60%">Media Contact: Rebecca Saunders<br>(816) 555-0161</td><td>Investor Contact: Martin Oyelaran<br>(816) 555-0178</td></tr>
</table>
<p style="text-align:center;font-size:12pt"><b>Great Plains Electric Reports 2016 First Quarter Earnings</b></p>
<ul>
<li><i>GAAP earnings of $0.38 per share</i></li>
<li><i>Company affirms 2016 earnings guidance of $1.75 to $1.90 per share</i></li>
</ul>
<p>KANSAS CITY, Mo. (May 5, 2016) &#8211; Great Plains Electric Company (NYSE: GPEC) today announced first quarter 2016 earnings of $58.7 million, or $0.38 per share, compared with $49.1 million, or $0.32 per share, in the first quarter of 2015.</p>
<p>&#8220;Cooler weather was offset by new retail rates in Missouri and strong cost control,&#8221; said Donald R. Keller, chairman and chief executive officer.</p>
<p style="font-weight:bold">Earnings Conference Call</p>
<p>The company will host a conference call on Friday, May 6, 2016, at 9:00 a.m. ET. A webcast will be available at www.greatplainselectric.com/investors.</p>
<p style="font-weight:bold">Forward-Looking Statements</p>
<p>Statements made in this release that are not based on historical facts are forward-looking, may involve risks and uncertainties, and are intended to be as of the date when made.</p>
</body></html>
""",
    headline="Great Plains Electric Reports 2016 First Quarter Earnings",
    subheadlines=["GAAP earnings of $0.38 per share", "Company affirms 2016 earnings guidance of $1.75 to $1.90 per share"],
    city="Kansas City", region="Mo.", date="2016-05-05", wire=None, release_date="2016-05-05",
    issuer="Great Plains Electric Company", tickers=[("NYSE", "GPEC")], website=None,
    contacts=[dict(name="Rebecca Saunders", role="Media", phones=["(816) 555-0161"], emails=[]),
              dict(name="Martin Oyelaran", role="Investor", phones=["(816) 555-0178"], emails=[])],
    headings=["Earnings Conference Call", "Forward-Looking Statements"],
    quotes=[("Donald R. Keller", "chairman and chief executive officer")],
    fls="Statements made in this release that are not based on historical facts",
    urls=["www.greatplainselectric.com/investors"],
)

# === 20. PR Newswire Asia text 2022: HKEX ticker, "HONG KONG, May 5, 2022 /PRNewswire/ --", "Media enquiries"

variant("prn-txt-2022-hong-kong-hkex-media-enquiries", "txt", """\
Lotus Harbour Logistics Opens Automated Warehouse in Shenzhen Qianhai

HONG KONG, May 5, 2022 /PRNewswire/ -- Lotus Harbour Logistics Holdings Limited ("Lotus Harbour" or the
"Company", HKEX: 2198) today announced the opening of its automated cross-border e-commerce warehouse in
the Qianhai free trade zone of Shenzhen, with capacity for 180,000 parcels a day.

Mr. Raymond Chan, Chairman and Chief Executive Officer of Lotus Harbour, said, "Qianhai places us within
one hour of Hong Kong International Airport. The new facility triples our capacity in the Greater Bay Area."

About Lotus Harbour Logistics Holdings Limited

Lotus Harbour Logistics Holdings Limited provides warehousing and cross-border logistics services in Asia.
For more information, please visit https://www.lotusharbour.com.hk.

Media enquiries:
Cindy Wong
Lotus Harbour Logistics Holdings Limited
Tel: +852 2555 0186
Email: cindy.wong@lotusharbour.com.hk

SOURCE Lotus Harbour Logistics Holdings Limited
""",
    headline="Lotus Harbour Logistics Opens Automated Warehouse in Shenzhen Qianhai", subheadlines=[],
    city="Hong Kong", region=None, date="2022-05-05", wire="PR Newswire", release_date="2022-05-05",
    issuer="Lotus Harbour Logistics Holdings Limited", tickers=[("HKEX", "2198")], website="https://www.lotusharbour.com.hk",
    contacts=[dict(name="Cindy Wong", role="Media", organisation="Lotus Harbour Logistics Holdings Limited",
                   phones=["+852 2555 0186"], emails=["cindy.wong@lotusharbour.com.hk"])],
    headings=["About Lotus Harbour Logistics Holdings Limited"],
    quotes=[("Raymond Chan", "Chairman and Chief Executive Officer of Lotus Harbour")],
    fls=None,
    urls=["https://www.lotusharbour.com.hk"],
)

# === 21. Company blog markdown 2025 with YAML: "## " headings, no wire, dateline with em dash

variant("company-md-2025-saas-pricing-yaml", "md", """\
---
title: "Tallyforge Introduces Usage-Based Pricing for Mid-Market Customers"
date: 2025-01-21
author: Tallyforge Communications
tags: [press-release]
---

# Tallyforge Introduces Usage-Based Pricing for Mid-Market Customers

*New plans let finance teams pay only for the invoices they process*

SAN FRANCISCO — January 21, 2025 — Tallyforge, Inc. (NASDAQ: TLYF), the accounts-payable automation platform, today introduced usage-based pricing for companies with 100 to 2,000 employees.

"Mid-market finance teams told us seat-based pricing punished them for growing," said Omar Haddad, Chief Revenue Officer at Tallyforge.

## Availability

The new plans are available today at https://tallyforge.com/pricing.

## About Tallyforge

Tallyforge, Inc. automates accounts payable for more than 6,000 companies. Learn more at https://tallyforge.com.

**Press contact:** Lena Fischer, press@tallyforge.com
""",
    headline="Tallyforge Introduces Usage-Based Pricing for Mid-Market Customers",
    subheadlines=["New plans let finance teams pay only for the invoices they process"],
    city="San Francisco", region=None, date="2025-01-21", wire=None, release_date="2025-01-21",
    issuer="Tallyforge, Inc.", tickers=[("NASDAQ", "TLYF")], website="https://tallyforge.com",
    contacts=[dict(name="Lena Fischer", role="Press", phones=[], emails=["press@tallyforge.com"])],
    headings=["Availability", "About Tallyforge"],
    quotes=[("Omar Haddad", "Chief Revenue Officer at Tallyforge")],
    fls=None,
    urls=["https://tallyforge.com/pricing", "https://tallyforge.com"],
)

# === 22. ACCESSWIRE web page 2022: HTML, "SOURCE:" line, contact block with "CONTACT:" label in caps

variant("accesswire-web-2022-nasdaq-uplisting", "html", """\
<!DOCTYPE html>
<html><head><title>Brightwave Medical Approved for Listing on the Nasdaq Capital Market</title></head><body>
<div class="nav"><a href="/newsroom">Newsroom</a> <a href="/login">Login</a></div>
<div class="article">
<h1 class="title">Brightwave Medical Approved for Listing on the Nasdaq Capital Market</h1>
<div class="articlepreview">
<p>Common stock expected to begin trading on Nasdaq on February 3, 2022 under the symbol "BWMD"</p>
<p>MINNEAPOLIS, MN / ACCESSWIRE / February 1, 2022 / Brightwave Medical, Inc. (OTCQB:BWMD) ("Brightwave" or the "Company"), a developer of non-invasive ultrasound therapy for chronic pain, today announced that its common stock has been approved for listing on the Nasdaq Capital Market.</p>
<p>The Company's common stock will continue to trade on the OTCQB until the close of market on February 2, 2022.</p>
<p>"Uplisting to Nasdaq has been a priority since I joined Brightwave," said Laura Jennings, Chief Executive Officer. "It should broaden our shareholder base considerably."</p>
<p><b>About Brightwave Medical, Inc.</b></p>
<p>Brightwave Medical, Inc. develops focused-ultrasound devices for the treatment of chronic musculoskeletal pain. For more information visit www.brightwavemed.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release may contain forward-looking statements that are subject to risks and uncertainties, including the timing of trading on Nasdaq.</p>
<p><b>CONTACT:</b></p>
<p>Investor Relations<br>Adam Pryce<br>Crescent Strategies LLC<br>adam@crescentir.com<br>(646) 555-0159</p>
<p><b>SOURCE:</b> Brightwave Medical, Inc.</p>
</div>
</div>
</body></html>
""",
    headline="Brightwave Medical Approved for Listing on the Nasdaq Capital Market",
    subheadlines=['Common stock expected to begin trading on Nasdaq on February 3, 2022 under the symbol "BWMD"'],
    city="Minneapolis", region="MN", date="2022-02-01", wire="ACCESSWIRE", release_date="2022-02-01",
    issuer="Brightwave Medical, Inc.", tickers=[("OTCQB", "BWMD")], website="www.brightwavemed.com",
    contacts=[dict(name="Adam Pryce", role="Investor Relations", organisation="Crescent Strategies LLC", phones=["(646) 555-0159"],
                   emails=["adam@crescentir.com"])],
    headings=["About Brightwave Medical, Inc.", "Forward-Looking Statements"],
    quotes=[("Laura Jennings", "Chief Executive Officer")],
    fls="This press release may contain forward-looking statements",
    urls=["www.brightwavemed.com"],
)

# === 23. PR Newswire text 2011 with year in the dateline: "/PRNewswire/ --", contacts above the headline (older wire copy)

variant("prn-txt-2011-contacts-above-headline-healthcare", "txt", """\
Contacts:

Investors:
Rhonda Delgado
+1-615-555-0120
rhonda.delgado@summitcare.com

Media:
Greg Whitfield
+1-615-555-0135

Summit Care Partners Completes Acquisition of Lakeview Home Health

NASHVILLE, Tenn., Dec. 1, 2011 /PRNewswire/ -- Summit Care Partners, Inc. (NYSE: SCP) today announced
that it has completed the acquisition of Lakeview Home Health, Inc., a provider of home health and
hospice services in Tennessee and Kentucky, for $57 million.

"Lakeview brings us into 14 new counties and strengthens our hospice business," said Anthony M.
Russo, President and Chief Executive Officer of Summit Care Partners.

Summit Care Partners, Inc. provides home-based care in nine states. More information is available at
www.summitcare.com.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about the expected benefits
of the acquisition.

SOURCE Summit Care Partners, Inc.
""",
    headline="Summit Care Partners Completes Acquisition of Lakeview Home Health", subheadlines=[],
    city="Nashville", region="Tenn.", date="2011-12-01", wire="PR Newswire", release_date="2011-12-01",
    issuer="Summit Care Partners, Inc.", tickers=[("NYSE", "SCP")], website="www.summitcare.com",
    contacts=[dict(name="Rhonda Delgado", role="Investors", phones=["+1-615-555-0120"], emails=["rhonda.delgado@summitcare.com"]),
              dict(name="Greg Whitfield", role="Media", phones=["+1-615-555-0135"], emails=[])],
    headings=["Forward-Looking Statements"],
    quotes=[("Anthony M. Russo", "President and Chief Executive Officer of Summit Care Partners")],
    fls="This press release contains forward-looking statements",
    urls=["www.summitcare.com"],
)

# === 24. GlobeNewswire web page 2020, Canadian tech on TSX and Nasdaq: COVID-era, bilingual contact lines "Source:" label

variant("gnw-web-2020-tsx-nasdaq-dual-listing-contacts-table", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Maplecore Technologies Reports First Quarter 2020 Results</title></head><body>
<div class="main-container">
<div class="main-header-container">
<h1 class="article-headline">Maplecore Technologies Reports First Quarter 2020 Results</h1>
<h2 class="article-sub-headline">Recurring revenue grows 31%; company withdraws annual guidance due to COVID-19</h2>
<p class="article-published"><time datetime="2020-05-07T20:05:00Z">May 07, 2020 16:05 ET</time> | Source: <a href="/en/organization/maplecore">Maplecore Technologies Inc.</a></p>
</div>
<div class="main-body-container article-body">
<p>OTTAWA, Ontario, May 07, 2020 (GLOBE NEWSWIRE) -- Maplecore Technologies Inc. (TSX: MPC) (Nasdaq: MPCT) ("Maplecore"), a provider of network analytics software for telecommunications carriers, today announced financial results for the first quarter ended March 31, 2020. All amounts are in U.S. dollars.</p>
<p>"Carriers leaned on our software to manage record traffic during the lockdowns," said Simon Gagnon, Chief Executive Officer of Maplecore. "But with limited visibility into the second half, we are withdrawing our annual guidance."</p>
<p><b>First Quarter 2020 Highlights</b></p>
<ul>
<li>Revenue of $41.2 million, up 18% year over year</li>
<li>Recurring revenue of $29.8 million, up 31%</li>
</ul>
<p><b>Conference Call Details</b></p>
<p>Maplecore will host a conference call at 5:00 p.m. ET today. Dial-in: 1-888-555-0142.</p>
<p><b>About Maplecore Technologies</b></p>
<p>Maplecore Technologies Inc. is headquartered in Ottawa, Canada. For more information, visit www.maplecore.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This news release contains forward-looking statements within the meaning of applicable securities laws.</p>
<table>
<tr><td><b>Investor Relations</b></td><td><b>Media Relations</b></td></tr>
<tr><td>Amelia Chen</td><td>Luc Bergeron</td></tr>
<tr><td>+1 613-555-0191</td><td>+1 613-555-0192</td></tr>
<tr><td>ir@maplecore.com</td><td>media@maplecore.com</td></tr>
</table>
</div>
</div>
</body></html>
""",
    headline="Maplecore Technologies Reports First Quarter 2020 Results",
    subheadlines=["Recurring revenue grows 31%; company withdraws annual guidance due to COVID-19"],
    city="Ottawa", region="Ontario", date="2020-05-07", wire="GlobeNewswire", release_date="2020-05-07",
    issuer="Maplecore Technologies Inc.", tickers=[("TSX", "MPC"), ("Nasdaq", "MPCT")], website="www.maplecore.com",
    contacts=[dict(name="Amelia Chen", role="Investor Relations", phones=["+1 613-555-0191"], emails=["ir@maplecore.com"]),
              dict(name="Luc Bergeron", role="Media Relations", phones=["+1 613-555-0192"], emails=["media@maplecore.com"])],
    headings=["First Quarter 2020 Highlights", "Conference Call Details", "About Maplecore Technologies", "Forward-Looking Statements"],
    quotes=[("Simon Gagnon", "Chief Executive Officer of Maplecore")],
    fls="This news release contains forward-looking statements",
    urls=["www.maplecore.com"],
)


# === HELD-OUT (written after the fixes, scored once, nothing fixed) ============================================

variant("heldout4-prn-web-2021-consumer-recall-subtitle", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Kettle Creek Brands Reports Record Fiscal 2021 Net Sales</title>
<meta property="og:title" content="Kettle Creek Brands Reports Record Fiscal 2021 Net Sales">
</head><body>
<header class="main-header"><nav><a href="/news-releases/">News</a> <a href="/contact-us/">Contact Us</a></nav></header>
<main>
<header class="container release-header">
<div class="row"><div class="col-sm-12">
<h1>Kettle Creek Brands Reports Record Fiscal 2021 Net Sales</h1>
<p class="subtitle">Net sales up 14% to $1.21 billion; company initiates fiscal 2022 outlook</p>
</div></div>
<p class="mb-no">News provided by</p><a href="/news/kettle-creek-brands/"><strong>Kettle Creek Brands, Inc.</strong></a>
<p class="mb-no">Aug 24, 2021, 07:00 ET</p>
</header>
<section class="release-body container">
<p>MINNEAPOLIS, Aug. 24, 2021 /PRNewswire/ -- Kettle Creek Brands, Inc. (NASDAQ: KCBI), a maker of snack foods, today reported results for its fiscal year ended July 31, 2021.</p>
<p>"Our kettle chips gained share in every channel this year," said Nathan Ostrander, President and Chief Executive Officer.</p>
<p><b>Fiscal 2022 Outlook</b></p>
<p>The company expects net sales growth of 4% to 6% in fiscal 2022.</p>
<p><b>Conference Call and Webcast</b></p>
<p>Kettle Creek will host a conference call at 9:00 a.m. CT today. The webcast is available at <a href="https://ir.kettlecreek.com/" rel="nofollow">ir.kettlecreek.com</a>.</p>
<p><b>About Kettle Creek Brands</b></p>
<p>Kettle Creek Brands, Inc. makes kettle-cooked chips and popcorn sold in 40,000 stores. <a href="http://www.kettlecreek.com" rel="nofollow">www.kettlecreek.com</a></p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements that involve risks and uncertainties, including our fiscal 2022 outlook.</p>
<p>Investor Contact: Ben Harlan, 612-555-0164, <a href="mailto:investors@kettlecreek.com">investors@kettlecreek.com</a></p>
<p>Media Contact: Lauren Stoltz, 612-555-0176, <a href="mailto:media@kettlecreek.com">media@kettlecreek.com</a></p>
<p>SOURCE Kettle Creek Brands, Inc.</p>
</section>
</main>
</body></html>
""", _into=HELDOUT,
    headline="Kettle Creek Brands Reports Record Fiscal 2021 Net Sales",
    subheadlines=["Net sales up 14% to $1.21 billion; company initiates fiscal 2022 outlook"],
    city="Minneapolis", region=None, date="2021-08-24", wire="PR Newswire", release_date="2021-08-24",
    issuer="Kettle Creek Brands, Inc.", tickers=[("NASDAQ", "KCBI")], website="www.kettlecreek.com",
    contacts=[dict(name="Ben Harlan", role="Investor", phones=["612-555-0164"], emails=["investors@kettlecreek.com"]),
              dict(name="Lauren Stoltz", role="Media", phones=["612-555-0176"], emails=["media@kettlecreek.com"])],
    headings=["Fiscal 2022 Outlook", "Conference Call and Webcast", "About Kettle Creek Brands", "Forward-Looking Statements"],
    quotes=[("Nathan Ostrander", "President and Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=["ir.kettlecreek.com", "www.kettlecreek.com"],
)

variant("heldout4-bw-txt-2009-pharma-fda-approval", "txt", """\
Bellwether Pharmaceuticals Receives FDA Approval for ZORELTA(TM) Extended-Release Tablets

PRINCETON, N.J.--(BUSINESS WIRE)--March 16, 2009--Bellwether Pharmaceuticals, Inc. (NASDAQ:BLWP) today announced
that the U.S. Food and Drug Administration has approved ZORELTA(TM) (tramadol extended-release) tablets for the
management of moderate to moderately severe chronic pain in adults.

"Approval of ZORELTA is the most important milestone in Bellwether's history," said Joseph P. Cardone, Chief
Executive Officer. "We plan to launch in the third quarter with a specialty sales force of 120 representatives."

About ZORELTA

ZORELTA is a once-daily formulation of tramadol hydrochloride.

About Bellwether Pharmaceuticals

Bellwether Pharmaceuticals, Inc. is a specialty pharmaceutical company focused on pain management. For more
information, please visit www.bellwetherpharma.com.

Safe Harbor Statement

This press release contains forward-looking statements, including statements regarding the launch of ZORELTA,
that involve risks and uncertainties.

CONTACT: Bellwether Pharmaceuticals, Inc.
         Anne Kowalczyk, 609-555-0119
         Chief Financial Officer
         or
         Lazar Partners
         Glenn Silver, 212-555-0182
         gsilver@lazarpartners.com
""", _into=HELDOUT,
    headline="Bellwether Pharmaceuticals Receives FDA Approval for ZORELTA(TM) Extended-Release Tablets", subheadlines=[],
    city="Princeton", region="N.J.", date="2009-03-16", wire="Business Wire", release_date="2009-03-16",
    issuer="Bellwether Pharmaceuticals, Inc.", tickers=[("NASDAQ", "BLWP")], website="www.bellwetherpharma.com",
    contacts=[dict(name="Anne Kowalczyk", organisation="Bellwether Pharmaceuticals, Inc.", title="Chief Financial Officer", phones=["609-555-0119"], emails=[]),
              dict(name="Glenn Silver", organisation="Lazar Partners", phones=["212-555-0182"], emails=["gsilver@lazarpartners.com"])],
    headings=["About ZORELTA", "About Bellwether Pharmaceuticals", "Safe Harbor Statement"],
    quotes=[("Joseph P. Cardone", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=["www.bellwetherpharma.com"],
)

variant("heldout4-newsfile-txt-2024-tsxv-otcqb-private-placement", "txt", """\
Redcliff Lithium Announces Non-Brokered Private Placement of Up to C$3 Million

Toronto, Ontario--(Newsfile Corp. - February 20, 2024) - Redcliff Lithium Corp. (TSXV: RCL) (OTCQB: RCLTF)
("Redcliff" or the "Company") is pleased to announce a non-brokered private placement of up to 12,000,000
units at a price of C$0.25 per unit for gross proceeds of up to C$3,000,000.

Each unit will consist of one common share and one-half of one common share purchase warrant.

The Company intends to use the net proceeds to fund drilling at its Whitefish Lake lithium project and for
general working capital.

About Redcliff Lithium Corp.

Redcliff Lithium Corp. is exploring for hard-rock lithium in northwestern Ontario.

For further information, please contact:

Sandeep Gill, Chief Executive Officer
Tel: 416-555-0139
Email: sgill@redclifflithium.com
Website: www.redclifflithium.com

Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies
of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.

Forward-Looking Information

This news release contains forward-looking information, including the completion of the private placement.

To view the source version of this press release, please visit https://www.newsfilecorp.com/release/199821
""", _into=HELDOUT,
    headline="Redcliff Lithium Announces Non-Brokered Private Placement of Up to C$3 Million", subheadlines=[],
    city="Toronto", region="Ontario", date="2024-02-20", wire="Newsfile", release_date="2024-02-20",
    issuer="Redcliff Lithium Corp.", tickers=[("TSXV", "RCL"), ("OTCQB", "RCLTF")], website="www.redclifflithium.com",
    contacts=[dict(name="Sandeep Gill", title="Chief Executive Officer", phones=["416-555-0139"], emails=["sgill@redclifflithium.com"])],
    headings=["About Redcliff Lithium Corp.", "Forward-Looking Information"],
    quotes=[],
    fls="This news release contains forward-looking information",
    urls=["www.redclifflithium.com", "https://www.newsfilecorp.com/release/199821"],
)

variant("heldout4-sec-ex99-txt-2007-insurer-results-contacts-top", "txt", """\
                                                                  Exhibit 99.1

[LOGO]                                          NEWS RELEASE

Contact: Patricia M. Lowe
         Senior Vice President, Investor Relations
         (860) 555-0147

           CONSTITUTION MUTUAL HOLDINGS REPORTS SECOND QUARTER 2007 NET INCOME
                          OF $1.14 PER DILUTED SHARE

HARTFORD, Conn., July 31, 2007 -- Constitution Mutual Holdings, Inc. (NYSE: CMH) today reported net
income for the second quarter of 2007 of $74.2 million, or $1.14 per diluted share, compared with $61.8
million, or $0.95 per diluted share, for the second quarter of 2006.

"Favorable loss experience in our commercial lines drove another quarter of strong results," said
Richard A. Pemberton, chairman, president and chief executive officer.

SEGMENT RESULTS

Commercial lines net written premiums increased 5% to $412 million. Personal lines premiums were flat.

CONFERENCE CALL

Constitution Mutual will discuss the results in a conference call on August 1, 2007 at 10:00 a.m.
Eastern time. The call will be webcast at www.constitutionmutual.com.

FORWARD-LOOKING STATEMENTS

Certain statements in this release are forward-looking statements as defined in the Private
Securities Litigation Reform Act of 1995.
""", _into=HELDOUT,
    headline="CONSTITUTION MUTUAL HOLDINGS REPORTS SECOND QUARTER 2007 NET INCOME OF $1.14 PER DILUTED SHARE", subheadlines=[],
    city="Hartford", region="Conn.", date="2007-07-31", wire=None, release_date="2007-07-31",
    issuer="Constitution Mutual Holdings, Inc.", tickers=[("NYSE", "CMH")], website="www.constitutionmutual.com",
    contacts=[dict(name="Patricia M. Lowe", title="Senior Vice President, Investor Relations", phones=["(860) 555-0147"], emails=[])],
    headings=["SEGMENT RESULTS", "CONFERENCE CALL", "FORWARD-LOOKING STATEMENTS"],
    quotes=[("Richard A. Pemberton", "chairman, president and chief executive officer")],
    fls="Certain statements in this release are forward-looking statements",
    urls=["www.constitutionmutual.com"],
)

variant("heldout4-gnw-md-2025-biotech-topline-dj-copy", "md", """\
---
title: "Press Release: Sorrento Ridge Therapeutics Announces Pricing of $150 Million Public Offering"
date: "2025-06-12 20:30:00"
categories:
  - "Dow Jones Newswires"
---

**(00:30 GMT)** Press Release: Sorrento Ridge Therapeutics Announces Pricing of $150 Million Public Offering

Sorrento Ridge Therapeutics Announces Pricing of $150 Million Public Offering

GlobeNewswire

SAN DIEGO, June 12, 2025 (GLOBE NEWSWIRE) -- Sorrento Ridge Therapeutics, Inc. (Nasdaq: SRTX), a clinical-stage biopharmaceutical company, today announced the pricing of an underwritten public offering of 10,000,000 shares of its common stock at a public offering price of $15.00 per share.

The offering is expected to close on or about June 16, 2025, subject to customary closing conditions.

J.P. Morgan and Leerink Partners are acting as joint book-running managers for the offering.

About Sorrento Ridge Therapeutics

Sorrento Ridge Therapeutics, Inc. is developing targeted therapies for autoimmune diseases. www.sorrentoridge.com

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding the completion of the offering.

Investor Contact:
Dana Whitlock
dwhitlock@sorrentoridge.com

(END) Dow Jones Newswires

June 12, 2025 20:30 ET (00:30 GMT)
""", _into=HELDOUT,
    headline="Sorrento Ridge Therapeutics Announces Pricing of $150 Million Public Offering", subheadlines=[],
    city="San Diego", region=None, date="2025-06-12", wire="GlobeNewswire", release_date="2025-06-12",
    issuer="Sorrento Ridge Therapeutics, Inc.", tickers=[("Nasdaq", "SRTX")], website="www.sorrentoridge.com",
    contacts=[dict(name="Dana Whitlock", role="Investor", phones=[], emails=["dwhitlock@sorrentoridge.com"])],
    headings=["About Sorrento Ridge Therapeutics", "Forward-Looking Statements"],
    quotes=[],
    fls="This press release contains forward-looking statements",
    urls=["www.sorrentoridge.com"],
)

variant("heldout4-rns-html-2022-trading-update-enquiries-table", "html", """\
<html><head><title>Trading Update - RNS</title></head><body>
<p>RNS Number : 7714T</p>
<p>Ashcombe Homes plc</p>
<p>19 January 2022</p>
<p style="text-align:center"><b>Ashcombe Homes plc</b></p>
<p style="text-align:center"><b>Trading Update</b></p>
<p>Ashcombe Homes plc (LSE: ASHM), the regional housebuilder, provides an update on trading for the year ended 31 December 2021 ahead of its full year results on 8 March 2022.</p>
<p><b>Highlights</b></p>
<ul><li>Completions up 18% to 2,412 homes</li><li>Forward order book of GBP 612 million</li></ul>
<p>Jonathan Fairley, Chief Executive, said: "2021 was a record year for Ashcombe, and we enter 2022 with a strong order book."</p>
<p><b>Enquiries:</b></p>
<table>
<tr><td>Ashcombe Homes plc</td><td>01392 555 010</td></tr>
<tr><td>Jonathan Fairley, Chief Executive</td><td></td></tr>
<tr><td>Sarah Milburn, Chief Financial Officer</td><td></td></tr>
<tr><td>Buchanan</td><td>020 7466 5000</td></tr>
<tr><td>Henry Harrison-Topham / Jamie Hooper</td><td></td></tr>
</table>
<p>This information is provided by RNS, the news service of the London Stock Exchange.</p>
</body></html>
""", _into=HELDOUT,
    headline="Trading Update", subheadlines=[],
    city=None, region=None, date=None, wire="RNS", release_date="2022-01-19",
    issuer="Ashcombe Homes plc", tickers=[("LSE", "ASHM")], website=None,
    contacts=[dict(name="Jonathan Fairley", organisation="Ashcombe Homes plc", title="Chief Executive", phones=["01392 555 010"]),
              dict(name="Sarah Milburn", organisation="Ashcombe Homes plc", title="Chief Financial Officer", phones=["01392 555 010"]),
              dict(name="Henry Harrison-Topham", organisation="Buchanan", phones=["020 7466 5000"]),
              dict(name="Jamie Hooper", organisation="Buchanan", phones=["020 7466 5000"])],
    headings=["Highlights"],
    quotes=[("Jonathan Fairley", "Chief Executive")],
    fls=None,
    urls=[],
)


# === the runner ==================================================================================================

def _all() -> dict[str, tuple[str, str, dict]]:
    return {**BLIND, **HELDOUT}


# variants with a field still wrong (see the report at the top); kept visible as expected failures
KNOWN_WRONG: dict[str, str] = {
    # the Reuters copy's title is "Nordvind Energi A/S: Nordvind Energi wins ..." and the body prints no headline; the
    # blind expectation left out the company prefix, the reader keeps the title as printed
    "reuters-md-gnw-2023-nordic-company-announcement": "headline: the copy's 'Company A/S:' title prefix is kept",
    # only a deep link on the issuer's host is printed (greatplainselectric.com/investors); the readers' convention
    # cuts it back to the host and calls that the website (as in blind2 and blind3)
    "sec-ex99-html-2016-utility-news-release-banner": "website: the IR page's host taken as the homepage by convention",
}


@pytest.mark.parametrize("name", list(BLIND) + list(HELDOUT))
def test_blind4_variant(name, tmp_path):
    check_variant(_all(), name, tmp_path, KNOWN_WRONG)


if __name__ == "__main__":
    sys.exit(main({f"blind4 {len(BLIND)}": BLIND, f"held-out {len(HELDOUT)}": HELDOUT}))
