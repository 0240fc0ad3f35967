"""Second blind round: 24 releases written, with every scored field's expected value, BEFORE the reader
was run on them (BLIND2_24), then 8 more written after the fixes and scored once without fixing
(HELDOUT_8). The releases differ from the ~89 earlier variants and from each other: industries
(energy, mining, REITs, banks, retail, software, medtech, biotech, consumer), eras (1996-2025), wires
and hosts (PR Newswire/Cision pages, Business Wire pages and text, GlobeNewswire text/pages/markdown,
Newsfile, ACCESSWIRE, Marketwired, Canada NewsWire, DGAP/EQS, RNS, ASX, SEC EX-99.1 HTML and text).

Scores (12 fields per release, `python -m tests.readers.test_variants_blind2 [-v]`):
  BLIND2_24 before any fix (the honest figure): 8/24 fully right, 83.3% of fields --
      headline 83.3, subheadlines 87.5, dateline 87.5, release date 87.5, issuer 95.8, tickers 91.7,
      website 83.3, contacts 62.5, headings 70.8, quotes 79.2, fls 95.8, urls 75.0
  BLIND2_24 after the general fixes: 23/24 fully right, 99.7% of fields (website 95.8, the rest 100); one
      expectation was corrected after scoring (the markdown link's printed text, not its target, is the URL);
      the one left is in KNOWN_WRONG below
  HELDOUT_8 (written after the fixes, scored once, nothing fixed): 5/8 fully right, 96.9% of fields --
      contacts 75.0, headings 87.5, the rest 100; the three misses were then fixed generally in round 3
      (clean_org keeps `Inc.` after "of"; a title-case line ending in a heading noun and a colon is a
      heading; a table right after a contact label whose columns never mix names with numbers is read
      row by row) and now pass: 8/8

Conventions (as in test_variants_more / test_variants_blind): the dateline's date is what the dateline
prints (the year of a PR Newswire dateline from the `-0-` trailer); a release with no dateline (RNS, ASX)
has city/region/date None and the wire the release names (RNS) or None; a quote's title is the text that
goes with the name where the speaker is introduced, as printed; a quote whose speaker is named only by
title ("the company's chief executive said") is the person the release names with that title; bullet
highlights after the dateline are body, before it subheadlines; contact-section labels are not section
headings; a table's caption is not a heading; a website is the issuer's homepage; URLs are the addresses
printed in the release's text (not in a wire's footer).
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


# === 1. Cision web page 2023, energy: <h1> + <h2> deck, bullets after the dateline, a quote over two paragraphs

variant("prn-cision-2023-solar-h2-deck-bullets-after-dateline", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>SunVale Energy Secures $410 Million Financing for 300 MW Mesa Verde Solar-Plus-Storage Project</title>
<meta property="og:title" content="SunVale Energy Secures $410 Million Financing for 300 MW Mesa Verde Solar-Plus-Storage Project">
</head><body>
<header class="header"><nav class="navbar"><ul><li><a href="/news-releases/">News</a></li><li><a href="/solutions/">Solutions</a></li><li><a href="/resources/">Resources</a></li></ul></nav></header>
<div class="release-header"><div class="container"><div class="row"><div class="col-sm-12">
<h1>SunVale Energy Secures $410 Million Financing for 300 MW Mesa Verde Solar-Plus-Storage Project</h1>
<h2>Project will power the equivalent of 58,000 homes when it enters service in late 2024</h2>
<div class="row"><div class="col-lg-8"><p class="mb-no">News provided by</p><a href="/news/sunvale-energy-partners/"><strong>SunVale Energy Partners, L.P.</strong></a><p class="mb-no">Aug 15, 2023, 08:00 ET</p></div></div>
</div></div></div></div>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="xn-location">PHOENIX</span>, <span class="xn-chron">Aug. 15, 2023</span> /PRNewswire/ -- SunVale Energy Partners, L.P. (NYSE: SVEP) ("SunVale"), a developer and operator of utility-scale renewable energy projects, today announced that it has closed $410 million of construction and tax equity financing for its Mesa Verde project in Maricopa County, Arizona.</p>
<ul type="disc">
<li>$285 million construction loan led by Sumitomo Mitsui Banking Corporation</li>
<li>$125 million tax equity commitment from a U.S. money-center bank</li>
<li>Construction to begin in September 2023</li>
</ul>
<p>"Mesa Verde is the largest project we have financed to date, and the structure we put in place gives us room to grow," said Laura Benitez, Chief Financial Officer of SunVale. "We were pleased with the depth of interest from lenders.</p>
<p>"Demand for firm, clean power in the Southwest continues to outpace supply, and storage is what makes solar firm."</p>
<p>The project's 1,200 MWh battery system will allow it to deliver power into the evening peak. Project details are available at https://www.sunvaleenergy.com/projects?id=mesa-verde&amp;view=summary.</p>
<p><b>About SunVale Energy Partners</b></p>
<p>SunVale Energy Partners, L.P. develops, owns and operates solar and storage projects across the western United States. Visit www.sunvaleenergy.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>Certain statements in this press release constitute forward-looking statements within the meaning of the federal securities laws, including the expected timing of construction and commercial operation.</p>
<p><b>Investors and Media:</b><br>Kevin O'Brien<br>Director, Investor Relations<br>602-555-0117<br><a href="mailto:investors@sunvaleenergy.com">investors@sunvaleenergy.com</a></p>
<p>SOURCE SunVale Energy Partners, L.P.</p>
</div></div></section>
<div class="container"><h3>Also from this source</h3><a href="/news-releases/sunvale-2.html">SunVale Energy Reports Second Quarter 2023 Results</a></div>
<footer><p>&copy; 2023 Cision US Inc.</p></footer>
</body></html>
""",
    headline="SunVale Energy Secures $410 Million Financing for 300 MW Mesa Verde Solar-Plus-Storage Project",
    subheadlines=["Project will power the equivalent of 58,000 homes when it enters service in late 2024"],
    city="Phoenix", region=None, date="2023-08-15", wire="PR Newswire", release_date="2023-08-15",
    issuer="SunVale Energy Partners, L.P.", tickers=[("NYSE", "SVEP")], website="www.sunvaleenergy.com",
    contacts=[dict(name="Kevin O'Brien", role="Investors and Media", title="Director, Investor Relations",
                   phones=["602-555-0117"], emails=["investors@sunvaleenergy.com"])],
    headings=["About SunVale Energy Partners", "Forward-Looking Statements"],
    quotes=[("Laura Benitez", "Chief Financial Officer of SunVale")],
    fls="Certain statements in this press release constitute forward-looking statements",
    urls=["https://www.sunvaleenergy.com/projects?id=mesa-verde&view=summary", "www.sunvaleenergy.com"],
)

# === 2. Business Wire page 2019, retail: speaker only by title, contact groups in one <p> split by blank lines

variant("bw-web-2019-retail-title-only-speaker-grouped-contacts", "html", """\
<!DOCTYPE html>
<html><head><title>Northfield Home Stores Reports Fourth Quarter and Fiscal 2018 Results | Business Wire</title>
<meta property="og:title" content="Northfield Home Stores Reports Fourth Quarter and Fiscal 2018 Results">
</head><body>
<div class="bw-header"><a href="/portal/site/home/">Home</a> <a href="/portal/site/home/news/">News</a> <a href="/portal/site/home/contact/">Contact</a></div>
<article class="bw-release">
<div class="bw-release-main">
<header class="bw-release-headline"><h1>Northfield Home Stores Reports Fourth Quarter and Fiscal 2018 Results</h1></header>
<div class="bw-release-timestamp"><time datetime="2019-03-05T11:45:00Z">March 05, 2019 06:45 AM Eastern Standard Time</time></div>
<div class="bw-release-story">
<p>MINNEAPOLIS--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--Northfield Home Stores, Inc. (NYSE: NHS) today reported net sales of $2.14 billion for the fourth quarter ended February 2, 2019, an increase of 6.2% from the prior year. Comparable sales rose 4.1%.</p>
<p>Chief Executive Officer Denise Albright will host the company's conference call this morning.</p>
<p>"We finished the year with real momentum in our stores and online," the company's chief executive said. "Our teams executed a very good holiday season."</p>
<p>"Our private brands drove more than half of our comparable sales growth," said Tom Varga, executive vice president and chief merchandising officer.</p>
<p><b>Fiscal 2019 Outlook</b></p>
<p>The company expects comparable sales growth of 2% to 3% and diluted earnings per share of $3.10 to $3.30.</p>
<p><b>Conference Call</b></p>
<p>The call will be webcast at investors.northfieldhome.com beginning at 8:00 a.m. CT.</p>
<p><b>About Northfield Home Stores</b></p>
<p>Northfield Home Stores operates 312 home furnishings stores in 28 states and northfieldhome.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This release contains forward-looking statements, including the company's fiscal 2019 outlook, which are subject to risks and uncertainties.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p>Investor Relations:<br>Megan Schultz<br>612-555-0172<br>investor.relations@northfieldhome.com<br><br>Media Relations:<br>Jordan Pike<br>612-555-0188<br>press@northfieldhome.com</p>
</div>
</div>
</article>
<div class="bw-more-news"><h3>More News From Northfield Home Stores, Inc.</h3></div>
</body></html>
""",
    headline="Northfield Home Stores Reports Fourth Quarter and Fiscal 2018 Results", subheadlines=[],
    city="Minneapolis", region=None, date=None, wire="Business Wire", release_date="2019-03-05",
    issuer="Northfield Home Stores, Inc.", tickers=[("NYSE", "NHS")], website="northfieldhome.com",
    contacts=[dict(name="Megan Schultz", role="Investor Relations", phones=["612-555-0172"], emails=["investor.relations@northfieldhome.com"]),
              dict(name="Jordan Pike", role="Media Relations", phones=["612-555-0188"], emails=["press@northfieldhome.com"])],
    headings=["Fiscal 2019 Outlook", "Conference Call", "About Northfield Home Stores", "Forward-Looking Statements"],
    quotes=[("Denise Albright", "Chief Executive Officer"), ("Tom Varga", "executive vice president and chief merchandising officer")],
    fls="This release contains forward-looking statements",
    urls=["investors.northfieldhome.com", "northfieldhome.com"],
)

# === 3. Business Wire text 2001, software: indented paragraphs, deck, contact groups separated by a blank line

variant("bw-text-2001-software-deck-contact-groups-blank-line", "txt", """\
Cascadia Logic Reports Record Third Quarter Revenue

    Software License Revenue Grows 38 Percent; Company Raises Full-Year Guidance

    REDMOND, Wash.--(BUSINESS WIRE)--Oct. 18, 2001--Cascadia Logic Inc. (Nasdaq:CSLG), a provider of supply-chain
planning software, today reported revenue of $48.2 million for the third quarter ended Sept. 30, 2001, up 27
percent from $38.0 million a year earlier.

    Net income was $5.1 million, or 14 cents per diluted share, compared with $3.3 million, or 9 cents per
diluted share, in the third quarter of 2000.

    "Despite a difficult environment for technology spending, customers continued to invest in planning
tools that take cost out of their supply chains," said Richard Halvorsen, chairman and chief executive
officer of Cascadia Logic. "We signed 41 new customers in the quarter.

    "We now expect full-year revenue of $185 million to $190 million."

    Cascadia Logic will hold a conference call at 5 p.m. EDT today. The call can be heard at
www.cascadialogic.com/investors.

    About Cascadia Logic

    Cascadia Logic Inc. makes software that helps manufacturers and retailers plan production, inventory
and transportation. The company has more than 600 customers worldwide.

    This press release contains forward-looking statements that involve risks and uncertainties,
including the company's revenue guidance. Actual results may differ materially.

    CONTACT:  Cascadia Logic Inc.
              Investor Relations:
              Susan Park, 425/555-0166
              ir@cascadialogic.com

              Fleishman-Hillard
              Media:
              Brian Toll, 206/555-0142
              btoll@fleishman.com
""",
    headline="Cascadia Logic Reports Record Third Quarter Revenue",
    subheadlines=["Software License Revenue Grows 38 Percent; Company Raises Full-Year Guidance"],
    city="Redmond", region="Wash.", date="2001-10-18", wire="Business Wire", release_date="2001-10-18",
    issuer="Cascadia Logic Inc.", tickers=[("Nasdaq", "CSLG")], website="www.cascadialogic.com",
    contacts=[dict(name="Susan Park", role="Investor Relations", organisation="Cascadia Logic Inc.", phones=["425/555-0166"], emails=["ir@cascadialogic.com"]),
              dict(name="Brian Toll", role="Media", organisation="Fleishman-Hillard", phones=["206/555-0142"], emails=["btoll@fleishman.com"])],
    headings=["About Cascadia Logic"],
    quotes=[("Richard Halvorsen", "chairman and chief executive officer of Cascadia Logic")],
    fls="This press release contains forward-looking statements",
    urls=["www.cascadialogic.com/investors"],
)

# === 4. GlobeNewswire text 2021, mining: "Source:" and a one-line "CONTACT:" at the end, international phone

variant("gnw-text-2021-nickel-source-contact-line-intl-phone", "txt", """\
Tamarack Nickel Intersects 42.6 Metres of 2.31% Nickel Equivalent at Eagle Bay

VANCOUVER, British Columbia, June 08, 2021 (GLOBE NEWSWIRE) -- Tamarack Nickel Corp. (TSX: TNC) (NYSE American: TNCX) ("Tamarack" or the "Company") is pleased to report assay results from eight holes of its 2021 drill program at the Eagle Bay project in northern Manitoba.

Highlights

  * Hole EB-21-114 intersected 42.6 metres grading 2.31% NiEq from 211.0 metres
  * Mineralization remains open down plunge and along strike

"EB-21-114 is the best hole drilled at Eagle Bay to date," said Priya Natarajan, President and CEO. "It confirms that the system thickens at depth, and we have added a second rig to follow it up."

Qualified Person

The scientific and technical information in this news release has been reviewed and approved by Marc Thibodeau, P.Geo., Vice President Exploration of the Company and a Qualified Person under NI 43-101.

About Tamarack Nickel Corp.

Tamarack Nickel is a Canadian exploration company focused on battery metals. More information is available at www.tamaracknickel.com.

Cautionary Statement Regarding Forward-Looking Information

This news release includes certain "forward-looking statements" under applicable Canadian securities legislation, including statements about the 2021 drill program.

Source: Tamarack Nickel Corp.

CONTACT: For further information, please contact: Priya Natarajan, President and CEO, +1 604 555 0139, info@tamaracknickel.com; Investor Relations: Ruth Cowan, +44 20 7946 0321, rcowan@tamaracknickel.com
""",
    headline="Tamarack Nickel Intersects 42.6 Metres of 2.31% Nickel Equivalent at Eagle Bay", subheadlines=[],
    city="Vancouver", region="British Columbia", date="2021-06-08", wire="GlobeNewswire", release_date="2021-06-08",
    issuer="Tamarack Nickel Corp.", tickers=[("TSX", "TNC"), ("NYSE American", "TNCX")], website="www.tamaracknickel.com",
    contacts=[dict(name="Priya Natarajan", title="President and CEO", phones=["+1 604 555 0139"], emails=["info@tamaracknickel.com"]),
              dict(name="Ruth Cowan", role="Investor Relations", phones=["+44 20 7946 0321"], emails=["rcowan@tamaracknickel.com"])],
    headings=["Highlights", "Qualified Person", "About Tamarack Nickel Corp.", "Cautionary Statement Regarding Forward-Looking Information"],
    quotes=[("Priya Natarajan", "President and CEO")],
    fls="This news release includes certain",
    urls=["www.tamaracknickel.com"],
)

# === 5. GlobeNewswire page 2024, REIT: h1 + h2 deck, "commented:" with possessive title, results table, query-string URL

variant("gnw-web-2024-reit-possessive-title-investors-and-media", "html", """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Redstone Industrial REIT Reports Fourth Quarter and Full Year 2023 Results</title>
<meta property="og:title" content="Redstone Industrial REIT Reports Fourth Quarter and Full Year 2023 Results">
</head><body>
<div class="main-container">
<div class="header-nav"><a href="/en/search">Search</a> <a href="/en/newsroom">Newsroom</a> <a href="/en/organization">Organizations</a></div>
<div class="main-header-container">
<h1 class="article-headline">Redstone Industrial REIT Reports Fourth Quarter and Full Year 2023 Results</h1>
<h2 class="article-sub-headline">Same-property NOI up 7.4%; 2024 Core FFO guidance of $2.04 to $2.10 per share</h2>
<p class="article-published"><time datetime="2024-02-27T21:15:00Z">February 27, 2024 16:15 ET</time> | Source: <a href="/en/organization/redstone">Redstone Industrial REIT, Inc.</a></p>
</div>
<div class="main-body-container article-body" id="main-body-container">
<p>DALLAS, Feb. 27, 2024 (GLOBE NEWSWIRE) -- Redstone Industrial REIT, Inc. (NYSE: RIR) ("Redstone" or the "Company"), an owner of infill logistics properties in the Sun Belt, today announced results for the fourth quarter and full year ended December 31, 2023.</p>
<p><strong>Fourth Quarter 2023 Highlights</strong></p>
<ul>
<li>Core FFO of $0.49 per diluted share, up 8.9%</li>
<li>Same-property NOI growth of 7.4%</li>
<li>Portfolio 97.8% leased at quarter end</li>
</ul>
<p>Alan Whitcombe, Redstone's Chief Executive Officer, commented: "Our portfolio ended the year 97.8% leased, and cash re-leasing spreads of 41% show how much embedded growth remains in our rents."</p>
<table>
<tr><td></td><td><b>Q4 2023</b></td><td><b>Q4 2022</b></td></tr>
<tr><td>Net income per share</td><td>$0.21</td><td>$0.17</td></tr>
<tr><td>Core FFO per share</td><td>$0.49</td><td>$0.45</td></tr>
</table>
<p><strong>Dividend</strong></p>
<p>On February 20, 2024, the Board declared a quarterly dividend of $0.37 per share.</p>
<p><strong>Supplemental Information</strong></p>
<p>The Company's supplemental package is available at https://investors.redstonereit.com/financials/quarterly-results/default.aspx?year=2023&amp;quarter=4.</p>
<p><strong>About Redstone Industrial REIT</strong></p>
<p>Redstone Industrial REIT, Inc. owns 214 logistics buildings totalling 31.6 million square feet. For more information visit www.redstonereit.com.</p>
<p><strong>Forward-Looking Statements</strong></p>
<p>This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, including the Company's 2024 guidance.</p>
<p><strong>Investors and Media:</strong><br>Tanya Brooks<br>Senior Vice President, Capital Markets<br>(214) 555-0109<br>ir@redstonereit.com</p>
</div>
<div class="related-links"><h3>Related Links</h3><a href="https://www.redstonereit.com">www.redstonereit.com</a></div>
</div>
</body></html>
""",
    headline="Redstone Industrial REIT Reports Fourth Quarter and Full Year 2023 Results",
    subheadlines=["Same-property NOI up 7.4%; 2024 Core FFO guidance of $2.04 to $2.10 per share"],
    city="Dallas", region=None, date="2024-02-27", wire="GlobeNewswire", release_date="2024-02-27",
    issuer="Redstone Industrial REIT, Inc.", tickers=[("NYSE", "RIR")], website="www.redstonereit.com",
    contacts=[dict(name="Tanya Brooks", role="Investors and Media", title="Senior Vice President, Capital Markets",
                   phones=["(214) 555-0109"], emails=["ir@redstonereit.com"])],
    headings=["Fourth Quarter 2023 Highlights", "Dividend", "Supplemental Information", "About Redstone Industrial REIT", "Forward-Looking Statements"],
    quotes=[("Alan Whitcombe", "Redstone's Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=["https://investors.redstonereit.com/financials/quarterly-results/default.aspx?year=2023&quarter=4", "www.redstonereit.com"],
)

# === 6. Newsfile page 2022, consumer (cannabis): "stated Mr. Ellison", T:/E: prefixes, CSE disclaimer

variant("newsfile-web-2022-cannabis-stated-mr-t-e-prefixes", "html", """\
<!DOCTYPE html>
<html><head><title>Greenbough Cannabis Receives Health Canada Sales Licence for Hamilton Facility</title>
<meta property="og:title" content="Greenbough Cannabis Receives Health Canada Sales Licence for Hamilton Facility"></head><body>
<div class="top-menu"><a href="/">Newsfile</a> <a href="/news">News</a> <a href="/login">Login</a></div>
<div class="main-content">
<h1>Greenbough Cannabis Receives Health Canada Sales Licence for Hamilton Facility</h1>
<p>Toronto, Ontario--(Newsfile Corp. - September 12, 2022) - Greenbough Cannabis Inc. (CSE: GBC) (OTCQB: GBCNF) ("Greenbough" or the "Company") is pleased to announce that Health Canada has issued a sales licence for its 42,000 square foot Hamilton facility.</p>
<p>The facility was designed and built under the direction of Mark Ellison, the Company's founder and Chief Executive Officer.</p>
<p>"This licence lets us sell directly to provincial distributors for the first time, which should roughly double our margin on every gram," stated Mr. Ellison. "We expect first shipments to Ontario before the end of October."</p>
<p><b>About Greenbough Cannabis Inc.</b></p>
<p>Greenbough is a licensed producer of craft cannabis based in Hamilton, Ontario. For more information, visit www.greenbough.ca.</p>
<p><b>For further information, please contact:</b></p>
<p>Mark Ellison, Chief Executive Officer<br>T: +1 (416) 555-0125<br>E: mellison@greenbough.ca</p>
<p><b>Forward-Looking Information</b></p>
<p>This news release contains "forward-looking information" within the meaning of applicable securities laws, including the timing of first shipments.</p>
<p>Neither the Canadian Securities Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.</p>
<p>To view the source version of this press release, please visit <a href="https://www.newsfilecorp.com/release/137742">https://www.newsfilecorp.com/release/137742</a></p>
</div>
<div class="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a></div>
</body></html>
""",
    headline="Greenbough Cannabis Receives Health Canada Sales Licence for Hamilton Facility", subheadlines=[],
    city="Toronto", region="Ontario", date="2022-09-12", wire="Newsfile", release_date="2022-09-12",
    issuer="Greenbough Cannabis Inc.", tickers=[("CSE", "GBC"), ("OTCQB", "GBCNF")], website="www.greenbough.ca",
    contacts=[dict(name="Mark Ellison", title="Chief Executive Officer", phones=["+1 (416) 555-0125"], emails=["mellison@greenbough.ca"])],
    headings=["About Greenbough Cannabis Inc.", "Forward-Looking Information"],
    quotes=[("Mark Ellison", "the Company's founder and Chief Executive Officer")],
    fls="This news release contains",
    urls=["www.greenbough.ca", "https://www.newsfilecorp.com/release/137742"],
)

# === 7. ACCESSWIRE text 2020, consumer: a desk and an e-mail only, query-string URL

variant("accesswire-text-2020-beverage-desk-email-only", "txt", """\
Pacific Crest Beverage Co. Launches Sparkling Yerba Mate Line in 1,400 Stores

SAN DIEGO, CA / ACCESSWIRE / July 14, 2020 / Pacific Crest Beverage Co. (OTCQB:PCBV) ("Pacific Crest" or the "Company"), a maker of better-for-you beverages, today announced that its new sparkling yerba mate line will be available in 1,400 grocery stores across the western United States beginning August 1.

"Yerba mate is the fastest-growing energy drink ingredient we track, and nobody has put it in a clean, sparkling format at this price," said Olivia Tran, Chief Executive Officer of Pacific Crest.

The line comes in three flavors. Shoppers can find a store at https://pacificcrestbev.com/find?product=yerba-mate&state=CA.

About Pacific Crest Beverage Co.

Pacific Crest Beverage Co. makes naturally caffeinated sparkling drinks. Learn more at www.pacificcrestbev.com.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, as amended.

Contact:
Pacific Crest Beverage Co.
Investor Relations
ir@pacificcrestbev.com

SOURCE: Pacific Crest Beverage Co.
""",
    headline="Pacific Crest Beverage Co. Launches Sparkling Yerba Mate Line in 1,400 Stores", subheadlines=[],
    city="San Diego", region="CA", date="2020-07-14", wire="ACCESSWIRE", release_date="2020-07-14",
    issuer="Pacific Crest Beverage Co.", tickers=[("OTCQB", "PCBV")], website="www.pacificcrestbev.com",
    contacts=[dict(name=None, organisation="Pacific Crest Beverage Co.", role="Investor Relations", phones=[], emails=["ir@pacificcrestbev.com"])],
    headings=["About Pacific Crest Beverage Co.", "Forward-Looking Statements"],
    quotes=[("Olivia Tran", "Chief Executive Officer of Pacific Crest")],
    fls="This press release contains forward-looking statements",
    urls=["https://pacificcrestbev.com/find?product=yerba-mate&state=CA", "www.pacificcrestbev.com"],
)

# === 8. Marketwire text 2008, oil & gas: TSX VENTURE ticker, caps headings, dash bullets, contact with Email:/Website:

variant("marketwire-text-2008-oil-tsx-venture-caps-headings", "txt", """\
Kestrel Plains Energy Announces Year-End 2007 Reserves and Operations Update

CALGARY, ALBERTA--(Marketwire - March 18, 2008) - Kestrel Plains Energy Ltd. (TSX VENTURE:KPE) ("Kestrel" or the
"Company") is pleased to announce the results of its independent reserves evaluation effective December 31, 2007
and to provide an update on its operations.

RESERVES HIGHLIGHTS

- Proved plus probable reserves increased 31% to 6.2 million barrels of oil equivalent.
- Finding and development costs of $14.80 per boe on a proved plus probable basis.

OPERATIONS UPDATE

Kestrel drilled 14 (11.2 net) wells in the fourth quarter with a 100% success rate. Current production is
approximately 2,150 boe per day.

READER ADVISORY

Certain information in this press release constitutes forward-looking statements, including expected
production rates. Readers are cautioned not to place undue reliance on forward-looking statements.

The TSX Venture Exchange has not reviewed and does not accept responsibility for the adequacy or accuracy of
this release.

FOR FURTHER INFORMATION PLEASE CONTACT:
Kestrel Plains Energy Ltd.
Doug Whitmore
President and CEO
(403) 555-0181
Email: dwhitmore@kestrelplains.com
Website: www.kestrelplains.com
""",
    headline="Kestrel Plains Energy Announces Year-End 2007 Reserves and Operations Update", subheadlines=[],
    city="Calgary", region="Alberta", date="2008-03-18", wire="Marketwired", release_date="2008-03-18",
    issuer="Kestrel Plains Energy Ltd.", tickers=[("TSXV", "KPE")], website="www.kestrelplains.com",
    contacts=[dict(name="Doug Whitmore", organisation="Kestrel Plains Energy Ltd.", title="President and CEO",
                   phones=["(403) 555-0181"], emails=["dwhitmore@kestrelplains.com"])],
    headings=["RESERVES HIGHLIGHTS", "OPERATIONS UPDATE", "READER ADVISORY"],
    quotes=[],
    fls="Certain information in this press release constitutes forward-looking statements",
    urls=["www.kestrelplains.com"],
)

# === 9. Canada NewsWire text 2012, bank: /CNW/, sentence-case headings, a quote by title only, one-line contacts

variant("cnw-text-2012-bank-sentence-case-headings-title-only-quote", "txt", """\
Laurentian Shield Bank reports first quarter 2012 results

TORONTO, Feb. 28, 2012 /CNW/ - Laurentian Shield Bank (TSX: LSB) today reported net income of $142 million for
the first quarter ended January 31, 2012, up 11% from $128 million a year ago. Diluted earnings per share were
$1.27.

First quarter highlights

- Return on common equity of 16.8%
- Residential mortgage balances up 9% year over year
- Basel II Tier 1 capital ratio of 11.4%

"We delivered solid results despite a challenging interest rate environment," said Michel Gagnon, President and
Chief Executive Officer. "Our mortgage book grew in every region."

Nathalie Brassard, Chief Risk Officer, noted that provisions for credit losses declined to $18 million from $24
million a year ago.

"Our credit quality remains excellent, and we see no sign of stress in the consumer book," the Bank's Chief Risk
Officer said.

Caution regarding forward-looking statements

From time to time, the Bank makes written and oral forward-looking statements, including in this document.
These statements involve risks and uncertainties.

About Laurentian Shield Bank

Laurentian Shield Bank serves 1.9 million customers in Ontario and Quebec. Its filings are available at
www.lsbank.ca and on SEDAR at www.sedar.com.

SOURCE Laurentian Shield Bank

For further information: Media: Sophie Tremblay, Public Affairs, 416-555-0163, sophie.tremblay@lsbank.ca;
Investors: Daniel Chu, Investor Relations, 416-555-0177, daniel.chu@lsbank.ca
""",
    headline="Laurentian Shield Bank reports first quarter 2012 results", subheadlines=[],
    city="Toronto", region=None, date="2012-02-28", wire="Canada NewsWire", release_date="2012-02-28",
    issuer="Laurentian Shield Bank", tickers=[("TSX", "LSB")], website="www.lsbank.ca",
    contacts=[dict(name="Sophie Tremblay", role="Media", phones=["416-555-0163"], emails=["sophie.tremblay@lsbank.ca"]),
              dict(name="Daniel Chu", role="Investors", phones=["416-555-0177"], emails=["daniel.chu@lsbank.ca"])],
    headings=["First quarter highlights", "Caution regarding forward-looking statements", "About Laurentian Shield Bank"],
    quotes=[("Michel Gagnon", "President and Chief Executive Officer"), ("Nathalie Brassard", "Chief Risk Officer")],
    fls="From time to time, the Bank makes written and oral forward-looking statements",
    urls=["www.lsbank.ca", "www.sedar.com"],
)

# === 10. DGAP/EQS text 2018, German medtech: header lines, bullets before the dateline, "Prof. Dr.", wire footer

variant("dgap-text-2018-medtech-prof-dr-bullets-before-dateline-footer", "txt", """\
DGAP-News: Medivion AG / Key word(s): Half Year Results
Medivion AG: Revenue up 14% in first half of 2018; EBIT margin improves to 11.2%

07.08.2018 / 07:30
The issuer is solely responsible for the content of this announcement.

---------------------------------------------------------------------------

Medivion AG: Revenue up 14% in first half of 2018; EBIT margin improves to 11.2%

- Revenue of EUR 86.4 million (H1 2017: EUR 75.8 million)
- EBIT of EUR 9.7 million
- Guidance for 2018 confirmed

Erlangen, 7 August 2018 - Medivion AG (ISIN: DE000A2G8X12, Frankfurt Stock Exchange: MDV), a manufacturer of image-guided surgical navigation systems, grew revenue by 14% in the first half of 2018, driven by strong demand in Asia and the United States.

"Our new navigation platform has been adopted faster than any product in our history," said Prof. Dr. Henrik Vogel, Chief Executive Officer of Medivion AG. "We confirm our guidance for the full year."

The complete half-year report is available at www.medivion.de/investors.

About Medivion AG

Medivion AG, based in Erlangen, develops navigation systems for spine and cranial surgery. Its systems are installed in more than 900 hospitals in 41 countries. www.medivion.de

Contact:
Medivion AG
Investor Relations
Julia Becker
Phone: +49 9131 555 210
Email: ir@medivion.de

---------------------------------------------------------------------------

07.08.2018 Dissemination of a Corporate News, transmitted by DGAP - a service of EQS Group AG.
The issuer is solely responsible for the content of this announcement.

The DGAP Distribution Services include Regulatory Announcements, Financial/Corporate News and Press Releases.
Archive at www.dgap.de

---------------------------------------------------------------------------

Language:     English
Company:      Medivion AG
              Am Wetterkreuz 12
              91058 Erlangen
              Germany
Phone:        +49 9131 555 200
E-mail:       info@medivion.de
Internet:     www.medivion.de
ISIN:         DE000A2G8X12
WKN:          A2G8X1
Listed in:    Regulated Market in Frankfurt (Prime Standard); Regulated Unofficial Market in Berlin, Dusseldorf, Munich, Stuttgart, Tradegate Exchange
EQS News ID:  712345

End of News    DGAP News Service
""",
    headline="Medivion AG: Revenue up 14% in first half of 2018; EBIT margin improves to 11.2%",
    subheadlines=["Revenue of EUR 86.4 million (H1 2017: EUR 75.8 million)", "EBIT of EUR 9.7 million", "Guidance for 2018 confirmed"],
    city="Erlangen", region=None, date="2018-08-07", wire="EQS", release_date="2018-08-07",
    issuer="Medivion AG", tickers=[("Frankfurt Stock Exchange", "MDV")], website="www.medivion.de",
    contacts=[dict(name="Julia Becker", role="Investor Relations", organisation="Medivion AG", phones=["+49 9131 555 210"], emails=["ir@medivion.de"])],
    headings=["About Medivion AG"],
    quotes=[("Prof. Dr. Henrik Vogel", "Chief Executive Officer of Medivion AG")],
    fls=None,
    urls=["www.medivion.de/investors", "www.medivion.de"],
)

# === 11. RNS 2016, UK copper: no dateline, centred company and title lines, adviser table with Tel:, "Name / Name"

variant("rns-2016-copper-no-dateline-adviser-table", "txt", """\
RNS Number : 4821K
Aldgate Copper plc
12 May 2016

                              Aldgate Copper plc
                        ("Aldgate" or "the Company")

                     Drilling Results from Kalinga Project

Aldgate Copper plc (LSE: ALDC), the copper exploration company focused on the Philippines, is pleased to
announce assay results from the first six holes of its 2016 drilling programme at the Kalinga porphyry
copper-gold project.

Highlights:

·      KDH-16-01 intersected 124 m at 0.71% Cu and 0.42 g/t Au from 38 m
·      Mineralisation open at depth in all six holes

Commenting on the results, Aldgate's Chief Executive, Simon Thackeray, said:

"These are the best intercepts reported from Kalinga since the project was first drilled in the 1970s, and
they support our view that the porphyry system is much larger than previously thought."

Competent Person Statement

The technical information in this announcement has been reviewed by Dr. Gareth Pryce, a Member of the
Institute of Materials, Minerals and Mining, who is a Competent Person under the JORC Code (2012).

Further information is available at www.aldgatecopper.com.

For further information please contact:

Aldgate Copper plc                               Tel: +44 (0)20 7499 5510
Simon Thackeray, Chief Executive

Strand Hanson Limited (Financial Adviser)        Tel: +44 (0)20 7409 3494
James Harris / Richard Tulloch

Shore Capital (Broker)                           Tel: +44 (0)20 7408 4090
Jerry Keen

This information is provided by RNS
The company news service from the London Stock Exchange
END
DRLFKODBKBKDDPK
""",
    headline="Drilling Results from Kalinga Project", subheadlines=[],
    city=None, region=None, date=None, wire="RNS", release_date="2016-05-12",
    issuer="Aldgate Copper plc", tickers=[("LSE", "ALDC")], website="www.aldgatecopper.com",
    contacts=[dict(name="Simon Thackeray", organisation="Aldgate Copper plc", title="Chief Executive", phones=["+44 (0)20 7499 5510"]),
              dict(name="James Harris", organisation="Strand Hanson Limited", phones=["+44 (0)20 7409 3494"]),
              dict(name="Richard Tulloch", organisation="Strand Hanson Limited", phones=["+44 (0)20 7409 3494"]),
              dict(name="Jerry Keen", organisation="Shore Capital", phones=["+44 (0)20 7408 4090"])],
    headings=["Highlights", "Competent Person Statement"],
    quotes=[("Simon Thackeray", "Aldgate's Chief Executive")],
    fls=None,
    urls=["www.aldgatecopper.com"],
)

# === 12. ASX announcement 2019, lithium: no dateline, bullets before the lead, "Ms Moloney said", two-column contacts

variant("asx-2019-lithium-no-dateline-bullets-before-lead-two-col-contacts", "txt", """\
ASX RELEASE                                                                  18 March 2019

PILBARA LITHIA SIGNS BINDING OFFTAKE WITH KOREAN CATHODE MAKER

•  Binding five-year offtake for up to 120,000 tpa of spodumene concentrate
•  US$50 million prepayment on signing

Pilbara Lithia Metals Limited (ASX: PLM) ("Pilbara Lithia" or "the Company") is pleased to announce that it has
signed a binding offtake agreement with Hanseong Cathode Materials Co., Ltd. for spodumene concentrate from the
Stage 2 expansion of its Mt Clement project.

Managing Director Kate Moloney said the agreement was the final piece of the Stage 2 funding package.

"This offtake underpins the Stage 2 expansion and gives us a partner with the balance sheet to grow with us,"
Ms Moloney said.

OFFTAKE TERMS

Pricing is linked to a market index for lithium hydroxide, with a floor and ceiling. The prepayment is repayable
in product over the first three years of supply.

ABOUT PILBARA LITHIA

Pilbara Lithia Metals Limited is developing the Mt Clement lithium project in Western Australia.
www.pilbaralithia.com.au

This announcement has been authorised for release by the Board.

For more information:
Kate Moloney                                     Paul Armstrong
Managing Director                                Read Corporate
+61 8 9322 5500                                  +61 8 9388 1474
info@pilbaralithia.com.au                        paul@readcorporate.com.au
""",
    headline="PILBARA LITHIA SIGNS BINDING OFFTAKE WITH KOREAN CATHODE MAKER",
    subheadlines=["Binding five-year offtake for up to 120,000 tpa of spodumene concentrate", "US$50 million prepayment on signing"],
    city=None, region=None, date=None, wire=None, release_date="2019-03-18",
    issuer="Pilbara Lithia Metals Limited", tickers=[("ASX", "PLM")], website="www.pilbaralithia.com.au",
    contacts=[dict(name="Kate Moloney", title="Managing Director", phones=["+61 8 9322 5500"], emails=["info@pilbaralithia.com.au"]),
              dict(name="Paul Armstrong", organisation="Read Corporate", phones=["+61 8 9388 1474"], emails=["paul@readcorporate.com.au"])],
    headings=["OFFTAKE TERMS", "ABOUT PILBARA LITHIA"],
    quotes=[("Kate Moloney", "Managing Director")],
    fls=None,
    urls=["www.pilbaralithia.com.au"],
)

# === 13. SEC EX-99.1 HTML 1998, bank: contact in a table cell beside FOR IMMEDIATE RELEASE, <BR> headline, caption above a table

variant("sec-ex99-html-1998-bank-contact-cell-caption-kline-added", "htm", """\
<HTML>
<HEAD><TITLE>EX-99.1</TITLE></HEAD>
<BODY>
<P ALIGN=RIGHT><FONT SIZE=2>EXHIBIT 99.1</FONT></P>
<TABLE WIDTH="100%" BORDER=0>
<TR><TD WIDTH="50%" VALIGN=TOP><FONT SIZE=2><B>FOR IMMEDIATE RELEASE</B></FONT></TD>
<TD WIDTH="50%" VALIGN=TOP><FONT SIZE=2>Contact: Walter J. Haines<BR>Executive Vice President and<BR>Chief Financial Officer<BR>(814) 555-0140</FONT></TD></TR>
</TABLE>
<P ALIGN=CENTER><FONT SIZE=3><B>ALLEGHENY VALLEY BANCORP ANNOUNCES RECORD 1997 EARNINGS<BR>AND 10% INCREASE IN QUARTERLY DIVIDEND</B></FONT></P>
<P><FONT SIZE=2>ALTOONA, Pennsylvania, January 22, 1998 -- Allegheny Valley Bancorp, Inc. (Nasdaq/NMS: AVBC), the holding company for Allegheny Valley Bank, today reported record net income of $14.8 million, or $2.31 per diluted share, for the year ended December 31, 1997, compared with $13.1 million, or $2.04 per diluted share, in 1996.</FONT></P>
<P><FONT SIZE=2>The Board of Directors also increased the quarterly cash dividend by 10% to $.22 per share, payable February 16, 1998 to shareholders of record on February 2, 1998.</FONT></P>
<P><FONT SIZE=2>Thomas R. Kline, President and Chief Executive Officer, stated, &quot;1997 was the best year in the Company's 132-year history. Loan growth of 12% was achieved without any relaxation of our credit standards.&quot;</FONT></P>
<P><FONT SIZE=2>&quot;We enter 1998 with capital well above regulatory requirements and the flexibility to pursue acquisitions in our market area,&quot; Kline added.</FONT></P>
<P ALIGN=CENTER><FONT SIZE=2><B>ALLEGHENY VALLEY BANCORP, INC.<BR>SELECTED FINANCIAL DATA</B><BR>(Dollars in thousands, except per share data)</FONT></P>
<TABLE WIDTH="100%" BORDER=0>
<TR><TD></TD><TD ALIGN=RIGHT><FONT SIZE=2><B>1997</B></FONT></TD><TD ALIGN=RIGHT><FONT SIZE=2><B>1996</B></FONT></TD></TR>
<TR><TD><FONT SIZE=2>Net income</FONT></TD><TD ALIGN=RIGHT><FONT SIZE=2>$14,812</FONT></TD><TD ALIGN=RIGHT><FONT SIZE=2>$13,104</FONT></TD></TR>
<TR><TD><FONT SIZE=2>Total assets</FONT></TD><TD ALIGN=RIGHT><FONT SIZE=2>$1,204,330</FONT></TD><TD ALIGN=RIGHT><FONT SIZE=2>$1,098,415</FONT></TD></TR>
</TABLE>
<P><FONT SIZE=2>This release contains forward-looking statements that involve risks and uncertainties, including changes in interest rates and economic conditions in the Company's market area.</FONT></P>
</BODY>
</HTML>
""",
    headline="ALLEGHENY VALLEY BANCORP ANNOUNCES RECORD 1997 EARNINGS AND 10% INCREASE IN QUARTERLY DIVIDEND", subheadlines=[],
    city="Altoona", region="Pennsylvania", date="1998-01-22", wire=None, release_date="1998-01-22",
    issuer="Allegheny Valley Bancorp, Inc.", tickers=[("Nasdaq/NMS", "AVBC")], website=None,
    contacts=[dict(name="Walter J. Haines", title="Executive Vice President and Chief Financial Officer", phones=["(814) 555-0140"], emails=[])],
    headings=[],
    quotes=[("Thomas R. Kline", "President and Chief Executive Officer")],
    fls="This release contains forward-looking statements",
    urls=[],
)

# === 14. SEC EX-99.1 text 2003, medtech: centred two-line caps headline, speaker by title only, two-column contacts with two names on the left

variant("sec-ex99-text-2003-medtech-title-only-speaker-two-names-left", "txt", """\
                                                                    EXHIBIT 99.1

NEWS RELEASE

FOR IMMEDIATE RELEASE

                     CARDIOSTREAM REPORTS FIRST IMPLANTS OF
                   NEXT-GENERATION VENTRICULAR ASSIST DEVICE

MINNEAPOLIS, MN - April 7, 2003 - CardioStream, Inc. (NASDAQ: CSMD) today announced that the first three
patients have been implanted with its StreamLine(TM) ventricular assist device at Klinikum Nordstadt in
Hanover, Germany, as part of the device's European clinical study.

     Elaine M. Hart, president and chief executive officer of CardioStream, attended the first procedures.

     "Watching the first patients walk the ward two days after surgery was remarkable," the company's chief
executive said. "We expect to file for a U.S. feasibility study later this year."

     "The device was straightforward to implant, and its small size allowed a less invasive approach," said
Dr. Stefan Albrecht, the cardiac surgeon who performed the implants.

ABOUT CARDIOSTREAM

     CardioStream, Inc. develops mechanical circulatory support devices for patients with advanced heart
failure. More information is available at www.cardiostream.com.

     Statements in this release that are not historical facts are forward-looking statements that involve
risks and uncertainties, including the timing of regulatory filings and the results of clinical studies.

Contacts:
CardioStream, Inc.                          Padilla Speer Beardsley
Elaine M. Hart, CEO                         Nancy Rand
Robert Li, CFO                              (612) 555-0141
(612) 555-0199                              nrand@psbpr.com
""",
    headline="CARDIOSTREAM REPORTS FIRST IMPLANTS OF NEXT-GENERATION VENTRICULAR ASSIST DEVICE", subheadlines=[],
    city="Minneapolis", region="MN", date="2003-04-07", wire=None, release_date="2003-04-07",
    issuer="CardioStream, Inc.", tickers=[("NASDAQ", "CSMD")], website="www.cardiostream.com",
    contacts=[dict(name="Elaine M. Hart", organisation="CardioStream, Inc.", title="CEO", phones=["(612) 555-0199"]),
              dict(name="Robert Li", organisation="CardioStream, Inc.", title="CFO", phones=["(612) 555-0199"]),
              dict(name="Nancy Rand", organisation="Padilla Speer Beardsley", phones=["(612) 555-0141"], emails=["nrand@psbpr.com"])],
    headings=["ABOUT CARDIOSTREAM"],
    quotes=[("Elaine M. Hart", "president and chief executive officer of CardioStream"),
            ("Dr. Stefan Albrecht", "the cardiac surgeon who performed the implants")],
    fls="Statements in this release that are not historical facts are forward-looking statements",
    urls=["www.cardiostream.com"],
)

# === 15. PR Newswire text 1996, food: editors line, /CONTACT: with "Org: Name, Title" groups, -0- trailer, codes

variant("prn-text-1996-food-contact-org-colon-groups", "txt", """\
TO BUSINESS AND FOOD EDITORS:

Harvest Moon Foods Introduces Lite Harvest Frozen Entree Line

    CHICAGO, Sept. 9 /PRNewswire/ -- Harvest Moon Foods Inc. (NYSE: HMF) today
introduced Lite Harvest, a line of 12 frozen entrees with less than 10 grams of
fat per serving, which will be in supermarket freezer cases nationwide by
November.

    "Consumers want meals that taste good and are good for them, and until now
they have had to choose," said Marilyn K. Olsen, vice president of marketing for
Harvest Moon's frozen foods division.  "Lite Harvest delivers both."

    The line will be supported by a $14 million advertising campaign, the largest
in the company's history.

    Harvest Moon Foods, based in Chicago, makes frozen and shelf-stable foods
with annual sales of $1.2 billion.

                               -0-                     9/9/96

    /CONTACT:  Harvest Moon Foods: Marilyn K. Olsen, vice president of marketing,
312-555-0180; or Edelman Public Relations: Tom Becker, 312-555-0121/
    (HMF)

CO:  Harvest Moon Foods Inc.
ST:  Illinois
IN:  FOD
SU:  PDT
""",
    headline="Harvest Moon Foods Introduces Lite Harvest Frozen Entree Line", subheadlines=[],
    city="Chicago", region=None, date="1996-09-09", wire="PR Newswire", release_date="1996-09-09",
    issuer="Harvest Moon Foods Inc.", tickers=[("NYSE", "HMF")], website=None,
    contacts=[dict(name="Marilyn K. Olsen", organisation="Harvest Moon Foods", title="vice president of marketing", phones=["312-555-0180"]),
              dict(name="Tom Becker", organisation="Edelman Public Relations", phones=["312-555-0121"])],
    headings=[],
    quotes=[("Marilyn K. Olsen", "vice president of marketing for Harvest Moon's frozen foods division")],
    fls=None,
    urls=[],
)

# === 16. GlobeNewswire HTML fragment 2025, biotech: ticker in the headline only, two-city dateline, T:/M:/E: prefixes

variant("gnw-fragment-2025-biotech-ticker-in-headline-only-prefixed-contacts", "html", """\
<div class="press-release">
<h1>Solstice Bio (NASDAQ: SOLB) Doses First Patient in Phase 1 Trial of SB-201 for Sjögren's Disease</h1>
<p>SAN DIEGO and MELBOURNE, Australia, Jan. 21, 2025 (GLOBE NEWSWIRE) -- Solstice Bio, Inc. ("Solstice"), a clinical-stage biotechnology company developing tissue-targeted immunology medicines, today announced that the first participant has been dosed in its Phase 1 trial of SB-201 in Sjögren's disease.</p>
<p>The trial will enroll approximately 48 healthy volunteers and 24 patients at sites in Australia.</p>
<p>"Dosing the first participant is an important step for SB-201 and for Solstice," said Dr. Amara Okonkwo, Chief Executive Officer of Solstice. "Sjögren's remains a disease with no approved disease-modifying therapy.</p>
<p>"We expect initial safety data from the healthy volunteer portion in the second half of 2025."</p>
<p><strong>About SB-201</strong></p>
<p>SB-201 is a salivary-gland-targeted inhibitor of interferon signaling.</p>
<p><strong>About Solstice Bio</strong></p>
<p>Solstice Bio is headquartered in San Diego with a subsidiary in Melbourne. Visit https://solsticebio.com.</p>
<p><strong>Forward-Looking Statements</strong></p>
<p>Statements in this press release that are not purely historical are forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<p><strong>Investor Contact:</strong><br>Josh Rapp<br>Solebury Strategic Communications<br>T: +1 646 555 0104<br>E: jrapp@soleburystrat.com</p>
<p><strong>Media Contact:</strong><br>Helen Foster<br>M: +61 412 555 018<br>E: helen@foster-comms.com.au</p>
</div>
""",
    headline="Solstice Bio (NASDAQ: SOLB) Doses First Patient in Phase 1 Trial of SB-201 for Sjögren's Disease", subheadlines=[],
    city="San Diego", region=None, date="2025-01-21", wire="GlobeNewswire", release_date="2025-01-21",
    issuer="Solstice Bio, Inc.", tickers=[("NASDAQ", "SOLB")], website="https://solsticebio.com",
    contacts=[dict(name="Josh Rapp", role="Investor", organisation="Solebury Strategic Communications", phones=["+1 646 555 0104"], emails=["jrapp@soleburystrat.com"]),
              dict(name="Helen Foster", role="Media", phones=["+61 412 555 018"], emails=["helen@foster-comms.com.au"])],
    headings=["About SB-201", "About Solstice Bio", "Forward-Looking Statements"],
    quotes=[("Dr. Amara Okonkwo", "Chief Executive Officer of Solstice")],
    fls="Statements in this press release that are not purely historical",
    urls=["https://solsticebio.com"],
)

# === 17. Business Wire page 2025, software: h1 + h2 deck, no dated dateline, bullets after it, "Co-Founder and CEO" before the name

variant("bw-web-2025-software-h2-deck-company-title-before-name-one-contact-two-emails", "html", """\
<!DOCTYPE html>
<html><head><title>Vantage Ledger Announces Fourth Quarter Fiscal 2025 Financial Results | Business Wire</title>
<meta property="og:title" content="Vantage Ledger Announces Fourth Quarter Fiscal 2025 Financial Results">
</head><body>
<nav class="bw-nav"><ul><li><a href="/newsroom">Newsroom</a></li><li><a href="/portal/site/home/services/">Services</a></li></ul></nav>
<div class="bw-release-main">
<h1>Vantage Ledger Announces Fourth Quarter Fiscal 2025 Financial Results</h1>
<div class="bw-release-subhead"><h2><i>Annual recurring revenue surpasses $500 million; fiscal 2026 guidance above consensus</i></h2></div>
<div class="bw-release-timestamp"><time datetime="2025-03-11T20:05:00Z">March 11, 2025 04:05 PM Eastern Daylight Time</time></div>
<div class="bw-release-story">
<p>AUSTIN, Texas--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--Vantage Ledger, Inc. (NYSE: VLDG), the cloud accounting platform for mid-market companies, today announced financial results for its fourth quarter and fiscal year ended January 31, 2025.</p>
<ul>
<li>Total revenue of $138.2 million, up 24% year over year</li>
<li>Annual recurring revenue of $512 million</li>
<li>Operating cash flow of $31.0 million</li>
</ul>
<p>Vantage Ledger Co-Founder and CEO Ravi Menon said, "Mid-market finance teams are consolidating onto one platform, and we are winning that consolidation."</p>
<p><b>Financial Outlook</b></p>
<p>For fiscal 2026, Vantage Ledger expects total revenue of $640 million to $650 million.</p>
<p><b>Conference Call Information</b></p>
<p>Register for the webcast at https://investors.vantageledger.com/events?utm_source=businesswire&amp;utm_campaign=q4fy25.</p>
<p><b>About Vantage Ledger</b></p>
<p>Vantage Ledger helps more than 9,000 companies close their books faster. Learn more at www.vantageledger.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements about our financial outlook for fiscal 2026, which involve substantial risks and uncertainties.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p>Investors and Media:<br>Amanda Cole<br>ir@vantageledger.com<br>press@vantageledger.com</p>
</div>
</div>
<div class="bw-more-news"><h3>More News From Vantage Ledger, Inc.</h3></div>
</body></html>
""",
    headline="Vantage Ledger Announces Fourth Quarter Fiscal 2025 Financial Results",
    subheadlines=["Annual recurring revenue surpasses $500 million; fiscal 2026 guidance above consensus"],
    city="Austin", region="Texas", date=None, wire="Business Wire", release_date="2025-03-11",
    issuer="Vantage Ledger, Inc.", tickers=[("NYSE", "VLDG")], website="www.vantageledger.com",
    contacts=[dict(name="Amanda Cole", role="Investors and Media", phones=[], emails=["ir@vantageledger.com", "press@vantageledger.com"])],
    headings=["Financial Outlook", "Conference Call Information", "About Vantage Ledger", "Forward-Looking Statements"],
    quotes=[("Ravi Menon", "Vantage Ledger Co-Founder and CEO")],
    fls="This press release contains forward-looking statements",
    urls=["https://investors.vantageledger.com/events?utm_source=businesswire&utm_campaign=q4fy25", "www.vantageledger.com"],
)

# === 18. Company newsroom page 2017, consumer: breadcrumbs and link rows, "PLACE (DATE) -", media desk only, no ticker

variant("company-newsroom-2017-outdoor-breadcrumbs-media-desk-only", "html", """\
<!DOCTYPE html>
<html><head><title>Ridgeline Outfitters to Open 12 New Stores in 2018 | Ridgeline Newsroom</title></head><body>
<div class="site-nav"><a href="/">Shop</a> <a href="/stores">Stores</a> <a href="/newsroom">Newsroom</a> <a href="/careers">Careers</a></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/newsroom">Newsroom</a> &gt; <a href="/newsroom/releases">Press Releases</a></div>
<main>
<article>
<h1>Ridgeline Outfitters to Open 12 New Stores in 2018</h1>
<p class="date">October 3, 2017</p>
<p>BENTONVILLE, Ark. (Oct. 3, 2017) &ndash; Ridgeline Outfitters Co., the family-owned outdoor retailer, today announced plans to open 12 new stores in 2018, expanding into Colorado, Utah and New Mexico.</p>
<p>The new stores will average 45,000 square feet and will each employ about 90 people.</p>
<p>"Our customers have been asking us to come to the Rockies for years," said Ashley Grant, senior vice president of marketing. "These stores are built around the way people there actually use their gear."</p>
<p>A list of new locations is at ridgelineoutfitters.com/new-stores.</p>
<h3>About Ridgeline Outfitters</h3>
<p>Founded in 1968, Ridgeline Outfitters Co. operates 87 stores in 14 states and ridgelineoutfitters.com.</p>
<p><strong>Media Contact</strong><br>Ridgeline Outfitters Media Relations<br>479-555-0110<br>news@ridgelineoutfitters.com</p>
</article>
</main>
<footer><div><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> <a href="/sitemap">Site Map</a></div><p>&copy; 2017 Ridgeline Outfitters Co.</p></footer>
</body></html>
""",
    headline="Ridgeline Outfitters to Open 12 New Stores in 2018", subheadlines=[],
    city="Bentonville", region="Ark.", date="2017-10-03", wire=None, release_date="2017-10-03",
    issuer="Ridgeline Outfitters Co.", tickers=[], website="ridgelineoutfitters.com",
    contacts=[dict(name=None, role="Media", organisation="Ridgeline Outfitters", phones=["479-555-0110"], emails=["news@ridgelineoutfitters.com"])],
    headings=["About Ridgeline Outfitters"],
    quotes=[("Ashley Grant", "senior vice president of marketing")],
    fls=None,
    urls=["ridgelineoutfitters.com/new-stores", "ridgelineoutfitters.com"],
)

# === 19. GlobeNewswire markdown copy 2024, bank: YAML front matter, bold and ## headings, contacts one a line with comma titles

variant("gnw-md-2024-bank-yaml-contacts-one-a-line", "md", """\
---
title: "First Cascade Financial Reports Third Quarter 2024 Net Income of $18.6 Million"
date: 2024-10-22
source: GlobeNewswire
url: https://www.globenewswire.com/news-release/2024/10/22/2966000/0/en/First-Cascade.html
---

# First Cascade Financial Reports Third Quarter 2024 Net Income of $18.6 Million

BELLINGHAM, Wash., Oct. 22, 2024 (GLOBE NEWSWIRE) -- First Cascade Financial Corp. (NASDAQ: FCFC) ("First Cascade"), the holding company for First Cascade Bank, today reported net income of $18.6 million, or $0.84 per diluted share, for the third quarter of 2024.

**Third Quarter 2024 Highlights**

- Net interest margin of 3.62%, up 9 basis points from the prior quarter
- Loans grew 2.1% to $4.31 billion
- Nonperforming assets of 0.18% of total assets

"Our margin has turned the corner, and deposit costs stabilized during the quarter," said Joan L. Parrish, President and Chief Executive Officer. "We also saw the strongest commercial loan pipeline in two years."

## Balance Sheet

Total deposits were $5.02 billion at September 30, 2024. Book value per share increased to $28.41.

## About First Cascade Financial Corp.

First Cascade Financial Corp. operates 41 branches in Washington and Oregon. More information is at [www.firstcascadebank.com](https://www.firstcascadebank.com).

## Forward-Looking Statements

This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995 that are subject to risks and uncertainties.

**Contacts:**
Joan L. Parrish, President and CEO, 360-555-0130
Mark D. Ostrander, EVP and CFO, 360-555-0131

Source: First Cascade Financial Corp.
""",
    headline="First Cascade Financial Reports Third Quarter 2024 Net Income of $18.6 Million", subheadlines=[],
    city="Bellingham", region="Wash.", date="2024-10-22", wire="GlobeNewswire", release_date="2024-10-22",
    issuer="First Cascade Financial Corp.", tickers=[("NASDAQ", "FCFC")], website="https://www.firstcascadebank.com",
    contacts=[dict(name="Joan L. Parrish", title="President and CEO", phones=["360-555-0130"]),
              dict(name="Mark D. Ostrander", title="EVP and CFO", phones=["360-555-0131"])],
    headings=["Third Quarter 2024 Highlights", "Balance Sheet", "About First Cascade Financial Corp.", "Forward-Looking Statements"],
    quotes=[("Joan L. Parrish", "President and Chief Executive Officer")],
    fls="This release contains forward-looking statements",
    # corrected after scoring (written blind as the link's target "https://www.firstcascadebank.com"): the
    # address printed in the text is the link's text, as for an <a> in HTML
    urls=["www.firstcascadebank.com"],
)

# === 20. PR Newswire page 2015, restaurants: older layout, contact table by columns, "Sandoval added"

variant("prn-web-2015-restaurants-contact-table-sandoval-added", "html", """\
<!DOCTYPE html>
<html><head><title>Copper Kettle Restaurants Reports Second Quarter 2015 Results -- DALLAS, July 28, 2015 /PRNewswire/ --</title>
<meta property="og:title" content="Copper Kettle Restaurants Reports Second Quarter 2015 Results"></head><body>
<div id="header"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/news-releases/">News Releases</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></div>
<div id="main">
<h1 id="pr-title">Copper Kettle Restaurants Reports Second Quarter 2015 Results</h1>
<div class="release-body">
<p id="dateline-para"><span class="xn-location">DALLAS</span>, <span class="xn-chron">July 28, 2015</span> /PRNewswire/ -- Copper Kettle Restaurants, Inc. (NASDAQ: CKRI) today reported results for the second quarter ended June 30, 2015.</p>
<p><b>Second Quarter 2015 Highlights</b></p>
<ul><li>Revenue increased 9.8% to $214.6 million</li><li>Comparable restaurant sales increased 3.2%</li><li>Opened four new restaurants</li></ul>
<p>"Guests responded well to our new breakfast menu, which drove traffic gains in every daypart before 11 a.m.," said Luis Sandoval, President and Chief Executive Officer.</p>
<p>"We remain on track to open 14 to 16 restaurants this year," Sandoval added.</p>
<p><b>2015 Outlook</b></p>
<p>The Company now expects comparable restaurant sales growth of 2.5% to 3.5% for 2015.</p>
<p><b>Conference Call</b></p>
<p>The call will be webcast live at www.copperkettle.com in the Investor Relations section.</p>
<p><b>About Copper Kettle Restaurants, Inc.</b></p>
<p>Copper Kettle Restaurants, Inc. owns and operates 188 family-dining restaurants in nine states.</p>
<p><b>Safe Harbor Statement</b></p>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<table class="contacts">
<tr><td><b>Investor Contact:</b></td><td><b>Media Contact:</b></td></tr>
<tr><td>Greg Hollis</td><td>Carmen Ruiz</td></tr>
<tr><td>Chief Financial Officer</td><td>Ruiz Communications</td></tr>
<tr><td>(972) 555-0150</td><td>(214) 555-0167</td></tr>
<tr><td></td><td>carmen@ruizcomms.com</td></tr>
</table>
<p>SOURCE Copper Kettle Restaurants, Inc.</p>
<p>RELATED LINKS<br><a href="http://www.copperkettle.com">http://www.copperkettle.com</a></p>
</div></div>
</body></html>
""",
    headline="Copper Kettle Restaurants Reports Second Quarter 2015 Results", subheadlines=[],
    city="Dallas", region=None, date="2015-07-28", wire="PR Newswire", release_date="2015-07-28",
    issuer="Copper Kettle Restaurants, Inc.", tickers=[("NASDAQ", "CKRI")], website="www.copperkettle.com",
    contacts=[dict(name="Greg Hollis", role="Investor", title="Chief Financial Officer", phones=["(972) 555-0150"], emails=[]),
              dict(name="Carmen Ruiz", role="Media", organisation="Ruiz Communications", phones=["(214) 555-0167"], emails=["carmen@ruizcomms.com"])],
    headings=["Second Quarter 2015 Highlights", "2015 Outlook", "Conference Call", "About Copper Kettle Restaurants, Inc.", "Safe Harbor Statement"],
    quotes=[("Luis Sandoval", "President and Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=["www.copperkettle.com"],
)

# === 21. ACCESSWIRE page 2023, medtech: "appointed X as Title" then "said Mr. Delgado", an agency desk with no name

variant("accesswire-web-2023-medtech-appointed-as-agency-desk", "html", """\
<!DOCTYPE html>
<html><head><title>Nexora Medical Appoints Rafael Delgado as Chief Commercial Officer</title>
<meta property="og:title" content="Nexora Medical Appoints Rafael Delgado as Chief Commercial Officer"></head><body>
<div class="navbar"><a href="/newsroom">Newsroom</a> <a href="/about">About ACCESSWIRE</a></div>
<div class="article">
<h1>Nexora Medical Appoints Rafael Delgado as Chief Commercial Officer</h1>
<div class="article-body">
<p>IRVINE, CA / ACCESSWIRE / May 16, 2023 / Nexora Medical, Inc. (NASDAQ:NXMD), a medical device company focused on minimally invasive treatment of chronic venous disease, today announced that it has appointed Rafael Delgado as Chief Commercial Officer, effective June 1, 2023.</p>
<p>Mr. Delgado joins Nexora from Stryker, where he led the U.S. sales organization for the peripheral vascular business.</p>
<p>"Rafael has built and scaled commercial teams through two product launches, which is exactly what we need as we bring VenaSeal-X to market," said Dr. Karen Whitfield, Chief Executive Officer of Nexora Medical.</p>
<p>"Nexora's technology is the most physician-friendly I have seen in this space," said Mr. Delgado. "I look forward to getting it into the hands of more vascular specialists."</p>
<p><b>About Nexora Medical, Inc.</b></p>
<p>Nexora Medical develops catheter-based systems for chronic venous insufficiency. For more information, visit www.nexoramedical.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<p><b>Investor Relations:</b><br>CORE IR<br>516-555-0122<br>investors@nexoramedical.com</p>
<p>SOURCE: Nexora Medical, Inc.</p>
<p>View source version on accesswire.com:<br>https://www.accesswire.com/756321/nexora-medical-appoints-rafael-delgado</p>
</div></div>
</body></html>
""",
    headline="Nexora Medical Appoints Rafael Delgado as Chief Commercial Officer", subheadlines=[],
    city="Irvine", region="CA", date="2023-05-16", wire="ACCESSWIRE", release_date="2023-05-16",
    issuer="Nexora Medical, Inc.", tickers=[("NASDAQ", "NXMD")], website="www.nexoramedical.com",
    contacts=[dict(name=None, role="Investor Relations", organisation="CORE IR", phones=["516-555-0122"], emails=["investors@nexoramedical.com"])],
    headings=["About Nexora Medical, Inc.", "Forward-Looking Statements"],
    quotes=[("Dr. Karen Whitfield", "Chief Executive Officer of Nexora Medical"), ("Rafael Delgado", "Chief Commercial Officer")],
    fls="This press release contains forward-looking statements",
    urls=["www.nexoramedical.com", "https://www.accesswire.com/756321/nexora-medical-appoints-rafael-delgado"],
)

# === 22. SEC EX-99.1 HTML 2012, REIT: <div>/<p align=center> layout, IR contact above the headline, query-string URL

variant("sec-ex99-html-2012-reit-contact-above-headline-query-url", "htm", """\
<html><head><title>ex99-1.htm</title></head>
<body>
<div style="text-align: right"><font style="font-size: 10pt">Exhibit 99.1</font></div>
<div><img src="lakeshore_logo.jpg" alt="Lakeshore Residential Trust logo"></div>
<div><font style="font-size: 10pt"><b>Investor Relations:</b><br>Elena Park<br>Vice President, Investor Relations<br>(312) 555-0150<br>epark@lakeshorereit.com</font></div>
<p align="center"><font style="font-size: 12pt"><b>Lakeshore Residential Trust Reports Second Quarter 2012 Results</b></font></p>
<p align="center"><font style="font-size: 10pt"><i>Same-Store NOI Increases 6.1%; Company Raises Full-Year FFO Guidance</i></font></p>
<p><font style="font-size: 10pt">CHICAGO, IL &#150; July 30, 2012 &#150; Lakeshore Residential Trust (NYSE: LRT), a real estate investment trust that owns apartment communities in the Midwest, today announced results for the quarter ended June 30, 2012.</font></p>
<p><font style="font-size: 10pt">&#147;Rents on renewals rose 5.4% in the quarter, and occupancy stayed above 96% throughout,&#148; said Michael T. Brennan, Chairman and Chief Executive Officer. &#147;We are raising our full-year guidance accordingly.&#148;</font></p>
<p><font style="font-size: 10pt"><b>Operating Results</b></font></p>
<p><font style="font-size: 10pt">Funds from operations were $0.62 per share, compared with $0.55 a year earlier.</font></p>
<p><font style="font-size: 10pt"><b>Guidance</b></font></p>
<p><font style="font-size: 10pt">The Company now expects 2012 FFO of $2.45 to $2.51 per share. The supplemental package is posted at http://ir.lakeshorereit.com/results.cfm?FYear=2012&amp;Period=Q2.</font></p>
<p><font style="font-size: 10pt"><b>Forward-Looking Statements</b></font></p>
<p><font style="font-size: 10pt">Certain statements in this release are forward-looking statements within the meaning of the federal securities laws and are subject to risks and uncertainties.</font></p>
</body></html>
""",
    headline="Lakeshore Residential Trust Reports Second Quarter 2012 Results",
    subheadlines=["Same-Store NOI Increases 6.1%; Company Raises Full-Year FFO Guidance"],
    city="Chicago", region="IL", date="2012-07-30", wire=None, release_date="2012-07-30",
    issuer="Lakeshore Residential Trust", tickers=[("NYSE", "LRT")], website=None,
    contacts=[dict(name="Elena Park", role="Investor Relations", title="Vice President, Investor Relations", phones=["(312) 555-0150"], emails=["epark@lakeshorereit.com"])],
    headings=["Operating Results", "Guidance", "Forward-Looking Statements"],
    quotes=[("Michael T. Brennan", "Chairman and Chief Executive Officer")],
    fls="Certain statements in this release are forward-looking statements",
    urls=["http://ir.lakeshorereit.com/results.cfm?FYear=2012&Period=Q2"],
)

# === 23. Canada NewsWire page 2016, software: "News provided by", "/CNW/", company word + title before the name, one-line contacts

variant("cnw-web-2016-software-company-ceo-before-name-further-info-line", "html", """\
<!DOCTYPE html>
<html><head><title>Northstack Systems wins $38 million contract with Transport Canada</title>
<meta property="og:title" content="Northstack Systems wins $38 million contract with Transport Canada"></head><body>
<header><nav><a href="/news-releases/">News</a> <a href="/products/">Products</a> <a href="/contact-us/">Contact</a></nav></header>
<div class="release-header">
<h1>Northstack Systems wins $38 million contract with Transport Canada</h1>
<div><p>News provided by</p><a href="/news/northstack-systems-inc/"><strong>Northstack Systems Inc.</strong></a><p>Nov 15, 2016, 07:00 ET</p></div>
</div>
<div class="release-body">
<p>OTTAWA, Nov. 15, 2016 /CNW/ - Northstack Systems Inc. (TSX: NSS) today announced that it has been awarded a five-year, $38 million contract by Transport Canada to modernize the department's vehicle safety data systems.</p>
<p>Northstack CEO Pierre Lavoie said, "This is the largest contract in our history, and it shows that a Canadian company can deliver cloud systems to the highest federal security standard."</p>
<p>Work under the contract begins in January 2017.</p>
<p><b>About Northstack Systems Inc.</b></p>
<p>Northstack builds secure data platforms for governments. Visit www.northstack.com.</p>
<p><b>Forward-looking information</b></p>
<p>This news release contains forward-looking information, including the expected start of work under the contract.</p>
<p>SOURCE Northstack Systems Inc.</p>
<p>For further information: Claire Dubois, Director, Communications, 613-555-0109, claire.dubois@northstack.com</p>
</div>
<div class="container"><h3>Also from this source</h3><a href="/news-releases/northstack-q3.html">Northstack Systems reports third quarter results</a></div>
</body></html>
""",
    headline="Northstack Systems wins $38 million contract with Transport Canada", subheadlines=[],
    city="Ottawa", region=None, date="2016-11-15", wire="Canada NewsWire", release_date="2016-11-15",
    issuer="Northstack Systems Inc.", tickers=[("TSX", "NSS")], website="www.northstack.com",
    contacts=[dict(name="Claire Dubois", title="Director, Communications", phones=["613-555-0109"], emails=["claire.dubois@northstack.com"])],
    headings=["About Northstack Systems Inc.", "Forward-looking information"],
    quotes=[("Pierre Lavoie", "Northstack CEO")],
    fls="This news release contains forward-looking information",
    urls=["www.northstack.com"],
)

# === 24. PR Newswire text 2009, South African mining: two listings, contact groups by organisation with Tel:/M:/E:

variant("prn-text-2009-platinum-jse-lse-tel-m-e-groups", "txt", """\
Kumba Platinum Holdings Reports Interim Results for the Six Months Ended 31 December 2008

JOHANNESBURG, South Africa, March 3 /PRNewswire/ -- Kumba Platinum Holdings Limited (JSE: KPH; LSE: KPHL)
("Kumba Platinum") today reported headline earnings of R412 million for the six months ended 31 December 2008,
down 61% on the prior period as the rand basket price for platinum group metals fell sharply.

Production of refined platinum rose 4% to 162,300 ounces.

"We moved early to cut costs and defer capital, and the balance sheet remains strong with net cash of R1.9
billion," said Sipho Dlamini, Chief Executive Officer.

Interim dividend

In light of market conditions, the board has decided not to declare an interim dividend.

The full interim report is available at www.kumbaplatinum.co.za.

For further information:

Kumba Platinum Holdings
Thabo Nkosi, Investor Relations
Tel: +27 11 555 0142
M: +27 82 555 0199
E: thabo.nkosi@kumbaplatinum.co.za

Brunswick Group
Carole Cable
T: +44 20 7404 5959
E: ccable@brunswickgroup.com

SOURCE Kumba Platinum Holdings Limited

-0-                                                03/03/2009
""",
    headline="Kumba Platinum Holdings Reports Interim Results for the Six Months Ended 31 December 2008", subheadlines=[],
    city="Johannesburg", region=None, country="South Africa", date="2009-03-03", wire="PR Newswire", release_date="2009-03-03",
    issuer="Kumba Platinum Holdings Limited", tickers=[("JSE", "KPH"), ("LSE", "KPHL")], website="www.kumbaplatinum.co.za",
    contacts=[dict(name="Thabo Nkosi", organisation="Kumba Platinum Holdings",
                   phones=["+27 11 555 0142", "+27 82 555 0199"], emails=["thabo.nkosi@kumbaplatinum.co.za"]),
              dict(name="Carole Cable", organisation="Brunswick Group", phones=["+44 20 7404 5959"], emails=["ccable@brunswickgroup.com"])],
    headings=["Interim dividend"],
    quotes=[("Sipho Dlamini", "Chief Executive Officer")],
    fls=None,
    urls=["www.kumbaplatinum.co.za"],
)


# === HELD-OUT 8: written after the fixes above, scored once without fixing =============================================

variant("heldout-prn-text-2005-firstcall-biotech-contact-both-roles-web-site", "txt", """\
Genvia Therapeutics Reports Positive Phase 2 Data for GV-310 in Rheumatoid Arthritis

    SOUTH SAN FRANCISCO, Calif., May 12 /PRNewswire-FirstCall/ -- Genvia
Therapeutics, Inc. (Nasdaq: GNVA) today announced that its Phase 2 study of GV-310,
an oral JAK1 inhibitor, met its primary endpoint in patients with moderate to severe
rheumatoid arthritis.

    The 12-week study enrolled 284 patients. At the highest dose, 68 percent of
patients achieved an ACR20 response, compared with 31 percent on placebo.

    Dr. Henry Lee, Genvia's chief medical officer, presented the results at the
European League Against Rheumatism congress in Vienna.

    "These data support moving GV-310 into Phase 3 next year," said Dr. Lee.
"The safety profile was consistent with what we saw in Phase 1."

    Genvia Therapeutics is a biopharmaceutical company focused on small-molecule
drugs for inflammatory diseases.

    This news release contains forward-looking statements that involve risks and
uncertainties, including the timing of a Phase 3 program.

                     -0-                          05/12/2005
    /CONTACT:  Investors, Ann Kim of Genvia Therapeutics, Inc., +1-650-555-0100,
akim@genvia.com; or Media, Bill Ross of Ross Public Relations, +1-212-555-0199,
for Genvia Therapeutics, Inc./
    /Web site:  http://www.genvia.com /
    (GNVA)
""", _into=HELDOUT,
    headline="Genvia Therapeutics Reports Positive Phase 2 Data for GV-310 in Rheumatoid Arthritis", subheadlines=[],
    city="South San Francisco", region="Calif.", date="2005-05-12", wire="PR Newswire", release_date="2005-05-12",
    issuer="Genvia Therapeutics, Inc.", tickers=[("Nasdaq", "GNVA")], website="http://www.genvia.com",
    contacts=[dict(name="Ann Kim", role="Investors", organisation="Genvia Therapeutics, Inc.", phones=["+1-650-555-0100"], emails=["akim@genvia.com"]),
              dict(name="Bill Ross", role="Media", organisation="Ross Public Relations", phones=["+1-212-555-0199"])],
    headings=[],
    quotes=[("Dr. Henry Lee", "Genvia's chief medical officer")],
    fls="This news release contains forward-looking statements",
    urls=["http://www.genvia.com"],
)

variant("heldout-bw-text-2014-medtech-contacts-groups-mobile", "txt", """\
OrthoVista Receives FDA 510(k) Clearance for Helix Spinal Fixation System

First procedures expected in the third quarter

WARSAW, Ind.--(BUSINESS WIRE)--June 3, 2014--OrthoVista, Inc. (NYSE: OVST), a developer of spinal implants, today
announced that the U.S. Food and Drug Administration has granted 510(k) clearance for its Helix posterior spinal
fixation system.

"Helix was designed with surgeons to reduce the number of instruments on the tray by half," said Karen Doyle,
President and Chief Executive Officer of OrthoVista. "We believe that will matter to hospitals and to surgery centers."

The company will begin a limited launch in the third quarter, followed by a full launch in 2015.

About OrthoVista

OrthoVista, Inc. designs and manufactures implants for spine surgery. For more information, visit
www.orthovista.com.

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding the timing of the launch of
Helix. Actual results may differ materially.

Contacts

OrthoVista, Inc.
Investor Relations:
Tom Kessler, 574-555-0140
tkessler@orthovista.com

Media:
Laura Chen
M: 574-555-0188
lchen@orthovista.com
""", _into=HELDOUT,
    headline="OrthoVista Receives FDA 510(k) Clearance for Helix Spinal Fixation System",
    subheadlines=["First procedures expected in the third quarter"],
    city="Warsaw", region="Ind.", date="2014-06-03", wire="Business Wire", release_date="2014-06-03",
    issuer="OrthoVista, Inc.", tickers=[("NYSE", "OVST")], website="www.orthovista.com",
    contacts=[dict(name="Tom Kessler", role="Investor Relations", organisation="OrthoVista, Inc.", phones=["574-555-0140"], emails=["tkessler@orthovista.com"]),
              dict(name="Laura Chen", role="Media", phones=["574-555-0188"], emails=["lchen@orthovista.com"])],
    headings=["About OrthoVista", "Forward-Looking Statements"],
    quotes=[("Karen Doyle", "President and Chief Executive Officer of OrthoVista")],
    fls="This press release contains forward-looking statements",
    urls=["www.orthovista.com"],
)

variant("heldout-gnw-web-2019-perth-gold-mr-said-colon", "html", """\
<!DOCTYPE html>
<html><head><title>Karri Gold Declares Maiden 1.2Moz Resource at Jarrah Hill</title>
<meta property="og:title" content="Karri Gold Declares Maiden 1.2Moz Resource at Jarrah Hill"></head><body>
<div class="header-nav"><a href="/en/search">Search</a> <a href="/en/newsroom">Newsroom</a></div>
<div class="main-header-container"><h1 class="article-headline">Karri Gold Declares Maiden 1.2Moz Resource at Jarrah Hill</h1>
<p class="article-published"><time datetime="2019-08-05T06:00:00Z">August 05, 2019 02:00 ET</time> | Source: Karri Gold Limited</p></div>
<div class="main-body-container article-body">
<p>PERTH, Australia, Aug. 05, 2019 (GLOBE NEWSWIRE) -- Karri Gold Limited (ASX: KGL; OTCQX: KRRGF) ("Karri" or "the Company") is pleased to announce a maiden Mineral Resource estimate of 1.2 million ounces of gold for its Jarrah Hill project in the Eastern Goldfields of Western Australia.</p>
<p>Karri's Managing Director and CEO, Mr Ian Fraser, said:</p>
<p>"A million-ounce resource within two years of our first drill hole puts Jarrah Hill among the most significant discoveries in the Goldfields this decade."</p>
<p><strong>Next Steps</strong></p>
<p>Infill drilling will start in September, with a scoping study due in the first quarter of 2020.</p>
<p><strong>Competent Person's Statement</strong></p>
<p>The information in this announcement that relates to Mineral Resources is based on information compiled by Ms Rachel Wong, a Member of the Australasian Institute of Mining and Metallurgy.</p>
<p>For further information please contact:</p>
<p>Ian Fraser<br>Managing Director and CEO<br>T: +61 8 6555 0120<br>E: ifraser@karrigold.com.au</p>
<p>Visit www.karrigold.com.au</p>
</div></body></html>
""", _into=HELDOUT,
    headline="Karri Gold Declares Maiden 1.2Moz Resource at Jarrah Hill", subheadlines=[],
    city="Perth", region=None, country="Australia", date="2019-08-05", wire="GlobeNewswire", release_date="2019-08-05",
    issuer="Karri Gold Limited", tickers=[("ASX", "KGL"), ("OTCQX", "KRRGF")], website="www.karrigold.com.au",
    contacts=[dict(name="Ian Fraser", title="Managing Director and CEO", phones=["+61 8 6555 0120"], emails=["ifraser@karrigold.com.au"])],
    headings=["Next Steps", "Competent Person's Statement"],
    quotes=[("Ian Fraser", "Karri's Managing Director and CEO")],
    fls=None,
    urls=["www.karrigold.com.au"],
)

variant("heldout-newsfile-md-2024-software-cse-inline-contact", "md", """\
---
title: "Quillbyte Signs Three-Year Licence with Provincial Health Authority"
date: 2024-04-16
source: Newsfile
---

# Quillbyte Signs Three-Year Licence with Provincial Health Authority

*Contract valued at $4.2 million over its term*

Vancouver, British Columbia--(Newsfile Corp. - April 16, 2024) - Quillbyte Technologies Inc. (CSE: QBT) (FSE: 9QB) ("Quillbyte" or the "Company"), a developer of clinical documentation software, announces that it has signed a three-year licence agreement with a provincial health authority in western Canada.

The agreement covers 14 hospitals and more than 3,000 clinicians.

"This is our largest contract to date and our first with a full health authority," said Natalie Brooks, CEO of Quillbyte. "It validates the work our team has done on integration with hospital record systems."

**About Quillbyte Technologies Inc.**

Quillbyte builds speech-driven clinical documentation tools. Learn more at https://quillbyte.ai.

For more information: Natalie Brooks, CEO, Phone: 604-555-0177, Email: nbrooks@quillbyte.ai

**Forward-Looking Information**

This news release contains forward-looking information within the meaning of applicable securities laws, including the expected value of the agreement.

To view the source version of this press release, please visit https://www.newsfilecorp.com/release/206543
""", _into=HELDOUT,
    headline="Quillbyte Signs Three-Year Licence with Provincial Health Authority",
    subheadlines=["Contract valued at $4.2 million over its term"],
    city="Vancouver", region="British Columbia", date="2024-04-16", wire="Newsfile", release_date="2024-04-16",
    issuer="Quillbyte Technologies Inc.", tickers=[("CSE", "QBT"), ("FSE", "9QB")], website="https://quillbyte.ai",
    contacts=[dict(name="Natalie Brooks", title="CEO", phones=["604-555-0177"], emails=["nbrooks@quillbyte.ai"])],
    headings=["About Quillbyte Technologies Inc.", "Forward-Looking Information"],
    quotes=[("Natalie Brooks", "CEO of Quillbyte")],
    fls="This news release contains forward-looking information",
    urls=["https://quillbyte.ai", "https://www.newsfilecorp.com/release/206543"],
)

variant("heldout-sec-ex99-html-2022-retail-according-to-contact-cells", "htm", """\
<html><head><title>ex991.htm</title></head><body>
<p style="text-align:right">Exhibit 99.1</p>
<p style="text-align:center"><b>Harbor &amp; Pine Reports Fourth Quarter and Fiscal 2022 Results</b></p>
<ul>
<li>Net sales of $612.4 million, up 5.3%</li>
<li>Comparable store sales up 3.1%</li>
</ul>
<p>PORTLAND, Maine, March 9, 2022 &#8211; Harbor &amp; Pine Holdings, Inc. (NASDAQ: HPH), a specialty retailer of coastal home goods, today reported results for the fourth quarter ended January 29, 2022.</p>
<p>&#8220;Our stores had their best holiday season ever, and e-commerce grew for the eleventh straight quarter,&#8221; according to Michelle Sato, Chief Executive Officer.</p>
<p><b>Fiscal 2023 Outlook</b></p>
<p>The Company expects net sales growth of 3% to 5% in fiscal 2023.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements that are subject to risks and uncertainties, including those related to consumer demand.</p>
<table>
<tr><td><b>Investor Contact:</b></td><td><b>Media Contact:</b></td></tr>
<tr><td>Paul Greco</td><td>Dana Whitley</td></tr>
<tr><td>(207) 555-0161</td><td>(207) 555-0176</td></tr>
<tr><td>investors@harborandpine.com</td><td>press@harborandpine.com</td></tr>
</table>
</body></html>
""", _into=HELDOUT,
    headline="Harbor & Pine Reports Fourth Quarter and Fiscal 2022 Results",
    subheadlines=["Net sales of $612.4 million, up 5.3%", "Comparable store sales up 3.1%"],
    city="Portland", region="Maine", date="2022-03-09", wire=None, release_date="2022-03-09",
    issuer="Harbor & Pine Holdings, Inc.", tickers=[("NASDAQ", "HPH")], website=None,
    contacts=[dict(name="Paul Greco", role="Investor", phones=["(207) 555-0161"], emails=["investors@harborandpine.com"]),
              dict(name="Dana Whitley", role="Media", phones=["(207) 555-0176"], emails=["press@harborandpine.com"])],
    headings=["Fiscal 2023 Outlook", "Forward-Looking Statements"],
    quotes=[("Michelle Sato", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements",
    urls=[],
)

variant("heldout-cnw-web-2021-reit-units-mr-added", "html", """\
<!DOCTYPE html>
<html><head><title>Maplewood Residential REIT Announces Acquisition of 412-Suite Portfolio in Ottawa</title>
<meta property="og:title" content="Maplewood Residential REIT Announces Acquisition of 412-Suite Portfolio in Ottawa"></head><body>
<header><nav><a href="/news-releases/">News</a> <a href="/contact-us/">Contact Us</a></nav></header>
<div class="release-header"><h1>Maplewood Residential REIT Announces Acquisition of 412-Suite Portfolio in Ottawa</h1>
<div><p>News provided by</p><a href="/news/maplewood/"><strong>Maplewood Residential Real Estate Investment Trust</strong></a><p>Jun 22, 2021, 17:30 ET</p></div></div>
<div class="release-body">
<p>TORONTO, June 22, 2021 /CNW/ - Maplewood Residential Real Estate Investment Trust (TSX: MRR.UN) ("Maplewood" or the "REIT") today announced that it has entered into an agreement to acquire a portfolio of three apartment buildings totalling 412 suites in Ottawa for $118.5 million.</p>
<p>"Ottawa has one of the lowest vacancy rates in the country, and these buildings give us scale there immediately," said Daniel Tan, President and Chief Executive Officer of Maplewood.</p>
<p>"The purchase price represents a going-in capitalization rate of 3.9%," Mr. Tan added.</p>
<p><b>Financing</b></p>
<p>The acquisition will be funded with a new CMHC-insured mortgage and cash on hand.</p>
<p><b>About Maplewood Residential REIT</b></p>
<p>Maplewood owns 8,900 apartment suites in Ontario and Quebec. Additional information is available at www.maplewoodreit.ca and on SEDAR at www.sedar.com.</p>
<p>SOURCE Maplewood Residential Real Estate Investment Trust</p>
<p>For further information: Daniel Tan, President and Chief Executive Officer, (416) 555-0190; Olivia Grant, Chief Financial Officer, (416) 555-0191, investors@maplewoodreit.ca</p>
</div></body></html>
""", _into=HELDOUT,
    headline="Maplewood Residential REIT Announces Acquisition of 412-Suite Portfolio in Ottawa", subheadlines=[],
    city="Toronto", region=None, date="2021-06-22", wire="Canada NewsWire", release_date="2021-06-22",
    issuer="Maplewood Residential Real Estate Investment Trust", tickers=[("TSX", "MRR.UN")], website="www.maplewoodreit.ca",
    contacts=[dict(name="Daniel Tan", title="President and Chief Executive Officer", phones=["(416) 555-0190"]),
              dict(name="Olivia Grant", title="Chief Financial Officer", phones=["(416) 555-0191"], emails=["investors@maplewoodreit.ca"])],
    headings=["Financing", "About Maplewood Residential REIT"],
    quotes=[("Daniel Tan", "President and Chief Executive Officer of Maplewood")],
    fls=None,
    urls=["www.maplewoodreit.ca", "www.sedar.com"],
)

variant("heldout-accesswire-text-2024-energy-bullets-after-dateline-prefixed-desk", "txt", """\
Lone Star Midstream Partners Announces Record Throughput and Raises Distribution

HOUSTON, TX / ACCESSWIRE / November 6, 2024 / Lone Star Midstream Partners, LP (NYSE:LSMP) ("Lone Star" or the "Partnership") today reported results for the third quarter of 2024.

Third Quarter Highlights:

* Record gathering throughput of 1.42 Bcf/d, up 11% year over year
* Quarterly distribution raised 4% to $0.52 per unit

"Volumes on our Delaware Basin system set a record for the sixth straight quarter," said Marcus Bell, Chief Executive Officer of the Partnership's general partner.

Lone Star will host a conference call on November 7, 2024. Details are at https://ir.lonestarmidstream.com/events?type=earnings.

About Lone Star Midstream Partners, LP

Lone Star Midstream Partners owns gathering and processing assets in the Permian Basin. www.lonestarmidstream.com

Forward-Looking Statements

This press release includes forward-looking statements within the meaning of the federal securities laws.

Investor Relations
T: (713) 555-0145
E: ir@lonestarmidstream.com

SOURCE: Lone Star Midstream Partners, LP
""", _into=HELDOUT,
    headline="Lone Star Midstream Partners Announces Record Throughput and Raises Distribution", subheadlines=[],
    city="Houston", region="TX", date="2024-11-06", wire="ACCESSWIRE", release_date="2024-11-06",
    issuer="Lone Star Midstream Partners, LP", tickers=[("NYSE", "LSMP")], website="www.lonestarmidstream.com",
    contacts=[dict(name=None, role="Investor Relations", phones=["(713) 555-0145"], emails=["ir@lonestarmidstream.com"])],
    headings=["Third Quarter Highlights", "About Lone Star Midstream Partners, LP", "Forward-Looking Statements"],
    quotes=[("Marcus Bell", "Chief Executive Officer of the Partnership's general partner")],
    fls="This press release includes forward-looking statements",
    urls=["https://ir.lonestarmidstream.com/events?type=earnings", "www.lonestarmidstream.com"],
)

variant("heldout-prn-web-2023-london-legend-enquiries-table", "html", """\
<!DOCTYPE html>
<html><head><title>Thameswell Energy plc Announces Placing to Raise £40 Million</title>
<meta property="og:title" content="Thameswell Energy plc Announces Placing to Raise £40 Million"></head><body>
<header><nav><a href="/news-releases/">News</a> <a href="/contact-us/">Contact</a></nav></header>
<div class="release-header"><h1>Thameswell Energy plc Announces Placing to Raise £40 Million</h1>
<div><p>News provided by</p><a href="/news/thameswell/"><strong>Thameswell Energy plc</strong></a><p>Mar 02, 2023, 02:00 ET</p></div></div>
<div class="release-body">
<p>NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, DIRECTLY OR INDIRECTLY, IN OR INTO THE UNITED STATES, AUSTRALIA, CANADA, JAPAN OR SOUTH AFRICA</p>
<p>LONDON, March 2, 2023 /PRNewswire/ -- Thameswell Energy plc (LSE: TWE) ("Thameswell" or the "Company"), the developer of offshore wind projects in the North Sea, announces a conditional placing of new ordinary shares to raise gross proceeds of approximately £40 million.</p>
<p>The net proceeds will fund pre-construction work at the 480 MW Dogger North project.</p>
<p>Commenting on the placing, Fiona Marsh, Chief Executive Officer of Thameswell, said: "This placing fully funds Dogger North to its final investment decision."</p>
<p><b>Enquiries</b></p>
<table>
<tr><td>Thameswell Energy plc</td><td>+44 (0)20 3555 0100</td></tr>
<tr><td>Fiona Marsh, Chief Executive Officer</td><td></td></tr>
<tr><td>Peel Hunt LLP (Broker)</td><td>+44 (0)20 7418 8900</td></tr>
<tr><td>Alex Ross</td><td></td></tr>
</table>
<p><b>Important Notice</b></p>
<p>This announcement contains forward-looking statements which are subject to risks and uncertainties.</p>
</div></body></html>
""", _into=HELDOUT,
    headline="Thameswell Energy plc Announces Placing to Raise £40 Million", subheadlines=[],
    city="London", region=None, date="2023-03-02", wire="PR Newswire", release_date="2023-03-02",
    issuer="Thameswell Energy plc", tickers=[("LSE", "TWE")], website=None,
    contacts=[dict(name="Fiona Marsh", organisation="Thameswell Energy plc", title="Chief Executive Officer", phones=["+44 (0)20 3555 0100"]),
              dict(name="Alex Ross", organisation="Peel Hunt LLP", phones=["+44 (0)20 7418 8900"])],
    headings=["Important Notice"],
    quotes=[("Fiona Marsh", "Chief Executive Officer of Thameswell")],
    fls="This announcement contains forward-looking statements",
    urls=[],
)


# === the runner ==================================================================================================

def _all() -> dict[str, tuple[str, str, dict]]:
    return {**BLIND, **HELDOUT}


# variants with a field still wrong (see the report at the top); kept visible as expected failures
KNOWN_WRONG: dict[str, str] = {
    # only the IR host is printed (ir.lakeshorereit.com/results.cfm?...); the readers' convention cuts a deep link back
    # to its host and calls that the website, the blind expectation says no homepage is printed
    "sec-ex99-html-2012-reit-contact-above-headline-query-url": "website: IR host taken as the homepage by convention",
}


@pytest.mark.parametrize("name", list(BLIND) + list(HELDOUT))
def test_blind2_variant(name, tmp_path):
    check_variant(_all(), name, tmp_path, KNOWN_WRONG)


if __name__ == "__main__":
    sys.exit(main({f"blind2 {len(BLIND)}": BLIND, f"held-out {len(HELDOUT)}": HELDOUT}))
