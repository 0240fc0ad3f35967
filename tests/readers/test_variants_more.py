"""More synthetic releases, written from how real releases of each family look, to measure how the
readers generalize: modern PR Newswire pages (div.release-body, xn-location spans, SOURCE at the end),
Business Wire pages (bw-release-story, Contacts at the end), GlobeNewswire HTML and text, ACCESSWIRE,
Newsfile, SEC EX-99.1 HTML with <font>/<table> layout and text exhibits with centred headings, Dow
Jones copies with their time lines; contacts in prose, by e-mail only, side by side, absent; quotes
with credentials, "added Smith", several paragraphs; deck lines in italics and as bullets; wrapped
URLs; tickers in many spellings.

Every variant states all the scored fields, written before the reader was run on it:
headline, subheadlines, dateline (city, region, date, wire), release date, issuer, tickers,
website, contacts (the whole list), section headings (in order), quote speakers (the whole set),
forward-looking statements (a prefix, or None for none) and URLs (the whole set).

`python -m tests.readers.test_variants_more` prints the per-field accuracy over all variants.
"""

from __future__ import annotations

import sys

import pytest

from tests.readers.variant_scoring import check_variant, main

VARIANTS: dict[str, tuple[str, str, dict]] = {}


def variant(name: str, suffix: str, text: str, **expect):
    assert name not in VARIANTS, name
    VARIANTS[name] = (suffix, text, expect)


# === PR Newswire: modern web pages ===============================================================

variant("prn-web-release-body-xn-location", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Brightline Biosciences Announces Positive Topline Results from Phase 3 BRIGHT-1 Trial of Velorexant in Insomnia</title>
<meta property="og:title" content="Brightline Biosciences Announces Positive Topline Results from Phase 3 BRIGHT-1 Trial of Velorexant in Insomnia">
<meta name="description" content="Velorexant met primary and all key secondary endpoints">
</head><body>
<header class="site-header"><nav><ul><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact-us/">Contact</a></li></ul></nav></header>
<main>
<section class="release-header"><div class="container"><div class="row"><div class="col-lg-12">
<h1>Brightline Biosciences Announces Positive Topline Results from Phase 3 BRIGHT-1 Trial of Velorexant in Insomnia</h1>
<p class="subtitle">Velorexant met primary and all key secondary endpoints</p>
<p class="subtitle">Company plans to submit New Drug Application in first half of 2025</p>
</div></div>
<div class="row"><div class="col-lg-8"><p class="mb-no">News provided by</p><a href="/news/brightline-biosciences/"><strong>Brightline Biosciences, Inc.</strong></a><p class="mb-no">Jun 03, 2024, 07:00 ET</p></div></div>
</div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="legendSpanClass"><span class="xn-location">CAMBRIDGE, Mass.</span></span>, <span class="legendSpanClass"><span class="xn-chron">June 3, 2024</span></span> /PRNewswire/ -- Brightline Biosciences, Inc. (Nasdaq: BRLB), a clinical-stage biopharmaceutical company developing treatments for sleep disorders, today announced positive topline results from BRIGHT-1, its Phase 3 trial of velorexant in adults with chronic insomnia.</p>
<p>The trial enrolled 612 patients at 58 sites in the United States and Europe. Velorexant 20 mg improved total sleep time by 41 minutes over placebo at month three (p&lt;0.001).</p>
<p>"These results show that velorexant can deliver meaningful improvements in sleep without next-day impairment," said <span class="xn-person">Elena Vasquez</span>, M.D., Chief Executive Officer of Brightline. "We look forward to sharing the full data at an upcoming medical meeting."</p>
<p><b>About Brightline Biosciences</b></p>
<p>Brightline Biosciences is a clinical-stage company focused on sleep and circadian disorders. For more information, visit <a href="https://www.brightlinebio.com/" target="_blank" rel="nofollow">www.brightlinebio.com</a>.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing of a New Drug Application. Actual results may differ materially.</p>
<p><b>Investor Contact:</b><br>Mark Jensen<br>Brightline Biosciences<br><a href="mailto:ir@brightlinebio.com">ir@brightlinebio.com</a></p>
<p><b>Media Contact:</b><br>Priya Raman<br>Real Chemistry<br>(212) 555-0187<br><a href="mailto:praman@realchemistry.com">praman@realchemistry.com</a></p>
<p>SOURCE Brightline Biosciences, Inc.</p>
</div></div></section>
<section class="container"><div class="row"><h3>Also from this source</h3><a href="/news-releases/brightline-x.html">Brightline to Present at Jefferies Healthcare Conference</a></div></section>
</main>
<footer><p>&copy; 2024 Cision US Inc.</p></footer>
</body></html>
""",
    headline="Brightline Biosciences Announces Positive Topline Results from Phase 3 BRIGHT-1 Trial of Velorexant in Insomnia",
    subheadlines=["Velorexant met primary and all key secondary endpoints", "Company plans to submit New Drug Application in first half of 2025"],
    city="Cambridge", region="Mass.", date="2024-06-03", wire="PR Newswire", release_date="2024-06-03",
    issuer="Brightline Biosciences, Inc.", tickers=[("Nasdaq", "BRLB")], website="www.brightlinebio.com",
    contacts=[dict(name="Mark Jensen", role="Investor", organisation="Brightline Biosciences", phones=[], emails=["ir@brightlinebio.com"]),
              dict(name="Priya Raman", role="Media", organisation="Real Chemistry", phones=["(212) 555-0187"], emails=["praman@realchemistry.com"])],
    headings=["About Brightline Biosciences", "Forward-Looking Statements"],
    quotes=[("Elena Vasquez", "Chief Executive Officer of Brightline")],
    fls="This press release contains forward-looking statements", urls=["www.brightlinebio.com"],
)

variant("prn-web-highlights-list-tsx-otcqx", "html", """\
<!DOCTYPE html>
<html><head><title>Aurora Copper Reports Record Production for Fourth Quarter 2024</title>
<meta property="og:title" content="Aurora Copper Reports Record Production for Fourth Quarter 2024"></head><body>
<div class="navbar"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="release-header"><h1>Aurora Copper Reports Record Production for Fourth Quarter 2024</h1></div>
<div class="release-body container">
<p><span class="xn-location">VANCOUVER, BC</span>, <span class="xn-chron">Jan. 16, 2025</span> /PRNewswire/ - Aurora Copper Corp. (TSX: AUC) (OTCQX: AUCCF) ("Aurora" or the "Company") is pleased to report production results for the fourth quarter of 2024.</p>
<p><b>Highlights</b></p>
<ul type="disc">
<li>Record quarterly copper production of 24.1 million pounds, up 12% from the third quarter.</li>
<li>Full-year production of 88.6 million pounds, at the top end of guidance.</li>
</ul>
<p>"Our team delivered a record year safely and on budget," said Daniel Okafor, President and Chief Executive Officer. "We enter 2025 with strong momentum."</p>
<p><b>Qualified Person</b></p>
<p>The technical information in this news release has been reviewed and approved by Sarah Whitfield, P.Eng., Vice President, Technical Services, a Qualified Person under NI 43-101.</p>
<p><b>About Aurora Copper Corp.</b></p>
<p>Aurora Copper operates the Red Creek mine in British Columbia. Further information is available at www.auroracopper.com and on SEDAR+ at www.sedarplus.ca.</p>
<p><b>Cautionary Note Regarding Forward-Looking Information</b></p>
<p>This news release contains "forward-looking information" within the meaning of applicable Canadian securities laws, including statements regarding production guidance for 2025.</p>
<p>For further information: Daniel Okafor, President and CEO, +1 604-555-0142, info@auroracopper.com</p>
<p>SOURCE Aurora Copper Corp.</p>
</div>
<div class="related-news"><h3>More news from this source</h3></div>
</body></html>
""",
    headline="Aurora Copper Reports Record Production for Fourth Quarter 2024", subheadlines=[],
    city="Vancouver", region="BC", date="2025-01-16", wire="PR Newswire", release_date="2025-01-16",
    issuer="Aurora Copper Corp.", tickers=[("TSX", "AUC"), ("OTCQX", "AUCCF")], website="www.auroracopper.com",
    contacts=[dict(name="Daniel Okafor", title="President and CEO", phones=["+1 604-555-0142"], emails=["info@auroracopper.com"])],
    headings=["Highlights", "Qualified Person", "About Aurora Copper Corp.", "Cautionary Note Regarding Forward-Looking Information"],
    quotes=[("Daniel Okafor", "President and Chief Executive Officer")],
    fls="This news release contains", urls=["www.auroracopper.com", "www.sedarplus.ca"],
)

variant("prn-web-prose-contact-no-ticker", "html", """\
<!DOCTYPE html>
<html><head><title>Harvest Table Foundation Awards $2 Million in Grants to Rural Food Banks</title>
<meta property="og:title" content="Harvest Table Foundation Awards $2 Million in Grants to Rural Food Banks"></head><body>
<section class="release-header"><h1>Harvest Table Foundation Awards $2 Million in Grants to Rural Food Banks</h1>
<h2 class="subtitle"><i>Forty-two food banks in 17 states will receive funding for refrigerated trucks</i></h2></section>
<section class="release-body container">
<p><span class="xn-location">DES MOINES, Iowa</span>, <span class="xn-chron">Nov. 18, 2024</span> /PRNewswire/ -- The Harvest Table Foundation today announced $2 million in grants to 42 rural food banks to buy refrigerated trucks and cold-storage equipment.</p>
<p>"Fresh food has to reach families before it spoils," said Karen Mueller, executive director of the Harvest Table Foundation. "Refrigerated trucks make that possible in places that are hours from a warehouse."</p>
<p>Grant recipients were selected from 310 applications. A full list is available at https://www.harvesttable.org/grants/2024-recipients.</p>
<p>"We saw the need firsthand during last winter's storms," added Mueller.</p>
<p><b>About the Harvest Table Foundation</b></p>
<p>The Harvest Table Foundation is a private foundation based in Des Moines that funds hunger relief in rural America. Learn more at https://www.harvesttable.org.</p>
<p>For more information, contact Luis Ortega at (515) 555-0148 or lortega@harvesttable.org.</p>
<p>SOURCE Harvest Table Foundation</p>
</section></body></html>
""",
    headline="Harvest Table Foundation Awards $2 Million in Grants to Rural Food Banks",
    subheadlines=["Forty-two food banks in 17 states will receive funding for refrigerated trucks"],
    city="Des Moines", region="Iowa", date="2024-11-18", wire="PR Newswire", release_date="2024-11-18",
    issuer="Harvest Table Foundation", tickers=[], website="https://www.harvesttable.org",
    contacts=[dict(name="Luis Ortega", phones=["(515) 555-0148"], emails=["lortega@harvesttable.org"])],
    headings=["About the Harvest Table Foundation"],
    quotes=[("Karen Mueller", "executive director of the Harvest Table Foundation")],
    fls=None, urls=["https://www.harvesttable.org/grants/2024-recipients", "https://www.harvesttable.org"],
)

# === Business Wire web pages =======================================================================

variant("bw-web-story-contacts-at-end", "html", """\
<!DOCTYPE html>
<html><head><title>Corvant Health Reports Fourth Quarter and Full Year 2024 Financial Results | Business Wire</title>
<meta property="og:title" content="Corvant Health Reports Fourth Quarter and Full Year 2024 Financial Results">
</head><body>
<div class="bw-header"><a href="/">Business Wire</a> <a href="/portal/site/home/news/">News</a></div>
<article class="bw-release">
<div class="bw-release-main">
<div class="bw-release-headline"><h1><b>Corvant Health Reports Fourth Quarter and Full Year 2024 Financial Results</b></h1></div>
<div class="bw-release-subhead"><h2><i>Full-year revenue of $1.21 billion, up 11%; raises 2025 outlook</i></h2></div>
<div class="bw-release-timestamp"><time datetime="2025-02-26T21:05:00Z">February 26, 2025 04:05 PM Eastern Standard Time</time></div>
<div class="bw-release-story">
<p>NASHVILLE, Tenn.--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--Corvant Health, Inc. (NYSE: CVHT), a provider of home-based care services, today reported financial results for the fourth quarter and full year ended December 31, 2024.</p>
<p><b>Fourth Quarter 2024 Highlights</b></p>
<ul>
<li>Revenue of $318.4 million, up 12% year over year</li>
<li>Adjusted EBITDA of $41.2 million</li>
</ul>
<p>"We closed 2024 with the strongest quarter in our history," said Marcus Hale, Chief Executive Officer of Corvant Health. "Demand for care at home continues to grow."</p>
<p><b>Conference Call</b></p>
<p>Corvant will host a conference call today at 5:00 p.m. ET. A webcast will be available at https://investors.corvanthealth.com.</p>
<p><b>About Corvant Health</b></p>
<p>Corvant Health provides home health and hospice services in 14 states. Learn more at www.corvanthealth.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements, including the 2025 outlook, that involve risks and uncertainties.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p><b>Investors:</b><br>Rachel Ng<br>615-555-0199<br>investors@corvanthealth.com</p>
<p><b>Media:</b><br>Tom Briggs<br>615-555-0123<br>media@corvanthealth.com</p>
</div>
</div>
</article>
<div class="bw-more-news"><h3>More News From Corvant Health</h3></div>
</body></html>
""",
    headline="Corvant Health Reports Fourth Quarter and Full Year 2024 Financial Results",
    subheadlines=["Full-year revenue of $1.21 billion, up 11%; raises 2025 outlook"],
    # the web page prints the dateline without its date (the date is the page's time stamp): as in
    # test_variants, dateline.date is what the dateline prints; the release date is the time stamp
    city="Nashville", region="Tenn.", date=None, wire="Business Wire", release_date="2025-02-26",
    issuer="Corvant Health, Inc.", tickers=[("NYSE", "CVHT")], website="www.corvanthealth.com",
    contacts=[dict(name="Rachel Ng", role="Investors", phones=["615-555-0199"], emails=["investors@corvanthealth.com"]),
              dict(name="Tom Briggs", role="Media", phones=["615-555-0123"], emails=["media@corvanthealth.com"])],
    headings=["Fourth Quarter 2024 Highlights", "Conference Call", "About Corvant Health", "Forward-Looking Statements"],
    quotes=[("Marcus Hale", "Chief Executive Officer of Corvant Health")],
    fls="This press release contains forward-looking statements",
    urls=["https://investors.corvanthealth.com", "www.corvanthealth.com"],
)

variant("bw-web-email-only-ir", "html", """\
<html><head><title>Lumora Semiconductor Announces Pricing of $300 Million Convertible Notes Offering</title>
<meta property="og:title" content="Lumora Semiconductor Announces Pricing of $300 Million Convertible Notes Offering"></head><body>
<div class="bw-release-main">
<h1>Lumora Semiconductor Announces Pricing of $300 Million Convertible Notes Offering</h1>
<div class="bw-release-timestamp"><time datetime="2024-09-12T01:30:00Z">September 11, 2024 09:30 PM Eastern Daylight Time</time></div>
<div class="bw-release-story">
<p>SANTA CLARA, Calif.--(<a href="http://www.businesswire.com">BUSINESS WIRE</a>)--Lumora Semiconductor, Inc. (Nasdaq GS: LUMR) today announced the pricing of $300 million aggregate principal amount of 1.25% convertible senior notes due 2030.</p>
<p>The offering is expected to close on September 16, 2024, subject to customary closing conditions.</p>
<p>This press release shall not constitute an offer to sell or a solicitation of an offer to buy any securities.</p>
<p><b>About Lumora Semiconductor</b></p>
<p>Lumora designs power-management chips for data centers. Visit https://www.lumorasemi.com.</p>
<p><b>Cautionary Note Regarding Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements, including statements about the expected closing of the offering.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2><p>Investor Relations<br>ir@lumorasemi.com</p></div>
</div></body></html>
""",
    headline="Lumora Semiconductor Announces Pricing of $300 Million Convertible Notes Offering", subheadlines=[],
    city="Santa Clara", region="Calif.", date=None, wire="Business Wire", release_date="2024-09-11",
    issuer="Lumora Semiconductor, Inc.", tickers=[("Nasdaq GS", "LUMR")], website="https://www.lumorasemi.com",
    contacts=[dict(name=None, role="Investor Relations", emails=["ir@lumorasemi.com"], phones=[])],
    headings=["About Lumora Semiconductor", "Cautionary Note Regarding Forward-Looking Statements"],
    quotes=[], fls="This press release contains forward-looking statements", urls=["https://www.lumorasemi.com"],
)

variant("bw-text-brk-tickers-added", "txt", """\
Berkline Hathaway Energy Completes Acquisition of Prairie Wind Holdings

OMAHA, Neb.--(BUSINESS WIRE)--August 5, 2024--Berkline Hathaway Inc. (NYSE: BRK.A, BRK.B)
today announced that its subsidiary, Berkline Hathaway Energy, has completed its
acquisition of Prairie Wind Holdings LLC.

"Prairie Wind's turbines fit our long-term approach to energy," said Gregory
Abel-Hart, Chairman of Berkline Hathaway Energy. "We expect to own these assets for
decades."

"Nothing about our approach to capital allocation changes," added Abel-Hart.

About Berkline Hathaway

Berkline Hathaway and its subsidiaries engage in insurance, freight rail, utilities
and energy. Its website is www.berklinehathaway.com.

Contacts

Marc D. Hamburg
402-555-1234
""",
    headline="Berkline Hathaway Energy Completes Acquisition of Prairie Wind Holdings", subheadlines=[],
    city="Omaha", region="Neb.", date="2024-08-05", wire="Business Wire", release_date="2024-08-05",
    issuer="Berkline Hathaway Inc.", tickers=[("NYSE", "BRK.A"), ("NYSE", "BRK.B")], website="www.berklinehathaway.com",
    contacts=[dict(name="Marc D. Hamburg", phones=["402-555-1234"])],
    headings=["About Berkline Hathaway"],
    quotes=[("Gregory Abel-Hart", "Chairman of Berkline Hathaway Energy")],
    fls=None, urls=["www.berklinehathaway.com"],
)

# === GlobeNewswire ====================================================================================

variant("gnw-html-source-at-end", "html", """\
<!DOCTYPE html>
<html><head><title>Tidewater Genomics Announces FDA Clearance of TideSeq Dx Panel</title>
<meta property="og:title" content="Tidewater Genomics Announces FDA Clearance of TideSeq Dx Panel"></head><body>
<div class="main-header-container"><a href="/">GlobeNewswire</a></div>
<div class="main-container-content">
<h1 class="article-headline">Tidewater Genomics Announces FDA Clearance of TideSeq Dx Panel</h1>
<div class="main-body-container article-body" id="main-body-container">
<p>SAN DIEGO, Oct. 08, 2024 (GLOBE NEWSWIRE) -- Tidewater Genomics, Inc. (NASDAQ: TDGX), a precision diagnostics company, today announced that the U.S. Food and Drug Administration has granted 510(k) clearance for its TideSeq Dx panel.</p>
<p>&#8220;Clearance of TideSeq Dx is a turning point for our company,&#8221; said Jonathan Reyes, Ph.D., Chief Scientific Officer of Tidewater Genomics. &#8220;Oncologists can now order a cleared test with results in five days.&#8221;</p>
<p>&#8220;We are ready to launch immediately,&#8221; added Reyes.</p>
<p><strong>About Tidewater Genomics</strong></p>
<p>Tidewater Genomics develops sequencing-based diagnostics for cancer. For more information, please visit <a href="https://www.tidewatergenomics.com">www.tidewatergenomics.com</a>.</p>
<p><strong>Forward-Looking Statements</strong></p>
<p>Statements in this press release that are not historical facts are forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<p><strong>Investor Relations:</strong><br>Allison Grey<br>Gilmartin Group<br>ir@tidewatergenomics.com</p>
<p><strong>Media Relations:</strong><br>Ben Cho<br>bcho@tidewatergenomics.com<br>(858) 555-0110</p>
</div>
<p>Source: Tidewater Genomics, Inc.</p>
</div>
<div class="related-news"><h2>Related Links</h2></div>
</body></html>
""",
    headline="Tidewater Genomics Announces FDA Clearance of TideSeq Dx Panel", subheadlines=[],
    city="San Diego", date="2024-10-08", wire="GlobeNewswire", release_date="2024-10-08",
    issuer="Tidewater Genomics, Inc.", tickers=[("NASDAQ", "TDGX")], website="https://www.tidewatergenomics.com",
    contacts=[dict(name="Allison Grey", role="Investor Relations", organisation="Gilmartin Group", emails=["ir@tidewatergenomics.com"]),
              dict(name="Ben Cho", role="Media Relations", phones=["(858) 555-0110"], emails=["bcho@tidewatergenomics.com"])],
    headings=["About Tidewater Genomics", "Forward-Looking Statements"],
    quotes=[("Jonathan Reyes", "Chief Scientific Officer of Tidewater Genomics")],
    fls="Statements in this press release that are not historical facts", urls=["www.tidewatergenomics.com"],
)

variant("gnw-text-contact-at-end", "txt", """\
Northgate Minerals Intersects 14.2 g/t Gold over 6.5 Metres at Red Lake Project

TORONTO, March 04, 2025 (GLOBE NEWSWIRE) -- Northgate Minerals Corp. (TSX-V: NGM)
(OTCQB: NGMCF) ("Northgate" or the "Company") is pleased to report assay results from
its 2024 drill program at the Red Lake Project in northwestern Ontario.

Highlights

-- Hole RL24-031 intersected 14.2 g/t gold over 6.5 metres
-- Mineralization extended 250 metres down plunge

"These are the best holes we have drilled at Red Lake," said Kevin Liu, President
and CEO of Northgate.

Qualified Person

The scientific and technical information in this news release was approved by
Anne Tremblay, P.Geo., a Qualified Person as defined in NI 43-101.

About Northgate Minerals Corp.

Northgate is a gold exploration company focused on Ontario. Visit
www.northgateminerals.com for more information.

Cautionary Statement Regarding Forward-Looking Information

This news release contains forward-looking information within the meaning of
applicable Canadian securities legislation.

CONTACT: Kevin Liu, President and CEO, Northgate Minerals Corp., Tel: +1 (416)
555-0172, Email: kliu@northgateminerals.com
""",
    headline="Northgate Minerals Intersects 14.2 g/t Gold over 6.5 Metres at Red Lake Project", subheadlines=[],
    city="Toronto", date="2025-03-04", wire="GlobeNewswire", release_date="2025-03-04",
    issuer="Northgate Minerals Corp.", tickers=[("TSXV", "NGM"), ("OTCQB", "NGMCF")], website="www.northgateminerals.com",
    contacts=[dict(name="Kevin Liu", title="President and CEO", organisation="Northgate Minerals Corp.", phones=["+1 (416) 555-0172"],
                   emails=["kliu@northgateminerals.com"])],
    headings=["Highlights", "Qualified Person", "About Northgate Minerals Corp.", "Cautionary Statement Regarding Forward-Looking Information"],
    quotes=[("Kevin Liu", "President and CEO of Northgate")],
    fls="This news release contains forward-looking information", urls=["www.northgateminerals.com"],
)

variant("gnw-html-two-column-ir-media-table", "html", """\
<html><head><title>Helix Orbital Reports Second Quarter 2024 Results</title></head><body>
<div class="main-body-container">
<h1>Helix Orbital Reports Second Quarter 2024 Results</h1>
<p>BOULDER, Colo., Aug. 07, 2024 (GLOBE NEWSWIRE) -- Helix Orbital Corp. (NYSE American: HXO) today reported results for the second quarter ended June 30, 2024.</p>
<p>&#8220;We launched two satellites this quarter and signed our largest contract to date,&#8221; said Dr. Ingrid Solberg, Chief Executive Officer.</p>
<p><b>Second Quarter Financial Results</b></p>
<p>Revenue was $22.8 million compared with $14.1 million a year ago.</p>
<p><b>About Helix Orbital</b></p>
<p>Helix Orbital builds small satellites for earth observation. www.helixorbital.com</p>
<p><b>Safe Harbor Statement</b></p>
<p>This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933.</p>
<table>
<tr><td><b>Investor Relations:</b></td><td><b>Media Relations:</b></td></tr>
<tr><td>Derek Lam</td><td>Sofia Marin</td></tr>
<tr><td>(303) 555-0190</td><td>(303) 555-0191</td></tr>
<tr><td>ir@helixorbital.com</td><td>press@helixorbital.com</td></tr>
</table>
</div></body></html>
""",
    headline="Helix Orbital Reports Second Quarter 2024 Results", subheadlines=[],
    city="Boulder", region="Colo.", date="2024-08-07", wire="GlobeNewswire", release_date="2024-08-07",
    issuer="Helix Orbital Corp.", tickers=[("NYSE American", "HXO")], website="www.helixorbital.com",
    contacts=[dict(name="Derek Lam", role="Investor Relations", phones=["(303) 555-0190"], emails=["ir@helixorbital.com"]),
              dict(name="Sofia Marin", role="Media Relations", phones=["(303) 555-0191"], emails=["press@helixorbital.com"])],
    headings=["Second Quarter Financial Results", "About Helix Orbital", "Safe Harbor Statement"],
    quotes=[("Dr. Ingrid Solberg", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements", urls=["www.helixorbital.com"],
)

# === ACCESSWIRE ========================================================================================

variant("accesswire-html-slashes", "html", """\
<html><head><title>GreenLeaf Packaging Signs Supply Agreement with National Grocer</title>
<meta property="og:title" content="GreenLeaf Packaging Signs Supply Agreement with National Grocer"></head><body>
<div class="article">
<h1>GreenLeaf Packaging Signs Supply Agreement with National Grocer</h1>
<div class="articlebody">
<p><b>Three-year agreement expected to add $18 million in annual revenue</b></p>
<p>CHARLOTTE, NC / ACCESSWIRE / July 22, 2024 / GreenLeaf Packaging, Inc. (OTCQB:GLPK) ("GreenLeaf" or the "Company"), a maker of compostable food packaging, today announced a three-year supply agreement with a national grocery chain.</p>
<p>"This agreement validates our compostable trays at national scale," said Tanya Brooks, CEO of GreenLeaf Packaging.</p>
<p><b>About GreenLeaf Packaging, Inc.</b></p>
<p>GreenLeaf Packaging makes plant-based food packaging. For more information, visit www.greenleafpack.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of Section 21E of the Securities Exchange Act of 1934.</p>
<p><b>Contact:</b><br>GreenLeaf Packaging, Inc.<br>Investor Relations<br>ir@greenleafpack.com<br>(704) 555-0163</p>
<p><b>SOURCE:</b> GreenLeaf Packaging, Inc.</p>
<p>View the original <a href="https://www.accesswire.com/889123/greenleaf">press release</a> on accesswire.com</p>
</div></div></body></html>
""",
    headline="GreenLeaf Packaging Signs Supply Agreement with National Grocer",
    subheadlines=["Three-year agreement expected to add $18 million in annual revenue"],
    city="Charlotte", region="NC", date="2024-07-22", wire="ACCESSWIRE", release_date="2024-07-22",
    issuer="GreenLeaf Packaging, Inc.", tickers=[("OTCQB", "GLPK")], website="www.greenleafpack.com",
    contacts=[dict(name=None, organisation="GreenLeaf Packaging, Inc.", phones=["(704) 555-0163"], emails=["ir@greenleafpack.com"])],
    headings=["About GreenLeaf Packaging, Inc.", "Forward-Looking Statements"],
    quotes=[("Tanya Brooks", "CEO of GreenLeaf Packaging")],
    fls="This press release contains forward-looking statements", urls=["www.greenleafpack.com"],
)

variant("accesswire-text-parens", "txt", """\
Pacific Rim Lithium Closes Oversubscribed C$6.5 Million Private Placement

VANCOUVER, BC, September 3, 2024 (ACCESSWIRE) - Pacific Rim Lithium Corp. (TSXV: PRL)
(OTCQB: PRLMF) (FSE: 7PL) ("Pacific Rim" or the "Company") is pleased to announce that it
has closed its previously announced private placement for gross proceeds of C$6.5 million.

The proceeds will fund drilling at the Company's Salar Verde project in Argentina.

ON BEHALF OF THE BOARD OF DIRECTORS

Michael Tan
Chief Executive Officer

For more information, please contact Michael Tan at +1 (604) 555-0110 or
info@pacificrimlithium.com.

Neither the TSX Venture Exchange nor its Regulation Services Provider accepts
responsibility for the adequacy or accuracy of this release.

Forward-Looking Information

This news release includes certain forward-looking statements concerning the use of
proceeds.

SOURCE: Pacific Rim Lithium Corp.
""",
    headline="Pacific Rim Lithium Closes Oversubscribed C$6.5 Million Private Placement", subheadlines=[],
    city="Vancouver", region="BC", date="2024-09-03", wire="ACCESSWIRE", release_date="2024-09-03",
    issuer="Pacific Rim Lithium Corp.", tickers=[("TSXV", "PRL"), ("OTCQB", "PRLMF"), ("FSE", "7PL")], website=None,
    contacts=[dict(name="Michael Tan", phones=["+1 (604) 555-0110"], emails=["info@pacificrimlithium.com"])],
    headings=["Forward-Looking Information"],
    quotes=[], fls="This news release includes certain forward-looking statements", urls=[],
)

# === Newsfile ============================================================================================

variant("newsfile-html-cse", "html", """\
<html><head><title>Boreal Health Sciences Receives Health Canada Approval for Clinical Trial</title>
<meta property="og:title" content="Boreal Health Sciences Receives Health Canada Approval for Clinical Trial"></head><body>
<div class="nf-release">
<h1>Boreal Health Sciences Receives Health Canada Approval for Clinical Trial</h1>
<p>Toronto, Ontario--(Newsfile Corp. - January 28, 2025) - Boreal Health Sciences Inc. (CSE: BHS) (OTC Pink: BRHSF) (FSE: 9BH) ("Boreal" or the "Company") is pleased to announce that Health Canada has issued a No Objection Letter for its Phase 1 trial of BH-201.</p>
<p>"This approval lets us start dosing in the second quarter," said Dr. Amir Haddad, Chief Executive Officer of Boreal.</p>
<p><b>About Boreal Health Sciences Inc.</b></p>
<p>Boreal Health Sciences develops treatments for chronic pain. www.borealhealth.ca</p>
<p><b>For further information, please contact:</b></p>
<p>Amir Haddad, CEO<br>Email: ahaddad@borealhealth.ca<br>Phone: 416-555-0134</p>
<p><b>Cautionary Note Regarding Forward-Looking Statements</b></p>
<p>This news release contains forward-looking statements regarding the timing of the trial.</p>
<p>To view the source version of this press release, please visit https://www.newsfilecorp.com/release/238811</p>
</div></body></html>
""",
    headline="Boreal Health Sciences Receives Health Canada Approval for Clinical Trial", subheadlines=[],
    city="Toronto", region="Ontario", date="2025-01-28", wire="Newsfile", release_date="2025-01-28",
    issuer="Boreal Health Sciences Inc.", tickers=[("CSE", "BHS"), ("OTC Pink", "BRHSF"), ("FSE", "9BH")], website="www.borealhealth.ca",
    contacts=[dict(name="Amir Haddad", title="CEO", phones=["416-555-0134"], emails=["ahaddad@borealhealth.ca"])],
    headings=["About Boreal Health Sciences Inc.", "Cautionary Note Regarding Forward-Looking Statements"],
    quotes=[("Dr. Amir Haddad", "Chief Executive Officer of Boreal")],
    fls="This news release contains forward-looking statements",
    urls=["www.borealhealth.ca", "https://www.newsfilecorp.com/release/238811"],
)

variant("newsfile-md-tse-japan", "md", """\
---
title: "Sakura Mobility Launches Hydrogen Bus Service in Nagoya"
date: "2024-12-05 09:00:00"
---

Sakura Mobility Launches Hydrogen Bus Service in Nagoya

Newsfile

Tokyo, Japan--(Newsfile Corp. - December 5, 2024) - Sakura Mobility Co., Ltd. (TSE: 7203) today launched a hydrogen fuel-cell bus service in Nagoya with 12 buses.

"Hydrogen buses will be a core part of urban transport in Japan," said Hiroshi Tanaka, President of Sakura Mobility.

**About Sakura Mobility Co., Ltd.**

Sakura Mobility develops fuel-cell vehicles. https://www.sakuramobility.jp/en/

**Media Contact**

Yuki Sato
Corporate Communications
press@sakuramobility.jp

To view the source version of this press release, please visit https://www.newsfilecorp.com/release/233010
""",
    headline="Sakura Mobility Launches Hydrogen Bus Service in Nagoya", subheadlines=[],
    city="Tokyo", country="Japan", date="2024-12-05", wire="Newsfile", release_date="2024-12-05",
    issuer="Sakura Mobility Co., Ltd.", tickers=[("TSE", "7203")], website="https://www.sakuramobility.jp",
    contacts=[dict(name="Yuki Sato", role="Media", emails=["press@sakuramobility.jp"])],
    headings=["About Sakura Mobility Co., Ltd."],
    quotes=[("Hiroshi Tanaka", "President of Sakura Mobility")],
    fls=None, urls=["https://www.sakuramobility.jp/en/", "https://www.newsfilecorp.com/release/233010"],
)

# === SEC EX-99.1 HTML exhibits ==========================================================================

variant("sec-ex99-html-font-table-layout", "htm", """\
<HTML><HEAD><TITLE>EX-99.1</TITLE></HEAD><BODY>
<P ALIGN="right"><FONT SIZE="2" FACE="Times New Roman"><B>Exhibit 99.1</B></FONT></P>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD WIDTH="50%" VALIGN="top"><FONT SIZE="2" FACE="Times New Roman"><B>Contact:</B><BR>Richard A. Lowe<BR>Chief Financial Officer<BR>(614) 555-0100</FONT></TD>
<TD WIDTH="50%" VALIGN="top" ALIGN="right"><FONT SIZE="2" FACE="Times New Roman"><B>FOR IMMEDIATE RELEASE</B></FONT></TD></TR>
</TABLE>
<P ALIGN="center"><FONT SIZE="3" FACE="Times New Roman"><B>BUCKEYE MUTUAL BANCORP REPORTS RECORD EARNINGS<BR>FOR 2007</B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">COLUMBUS, Ohio, January 24, 2008 &#8211; Buckeye Mutual Bancorp, Inc. (NASDAQ: BMBI), the holding company for Buckeye Mutual Bank, today reported record net income of $18.2 million, or $2.41 per diluted share, for 2007.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">&#8220;Our disciplined lending served us well in a difficult year,&#8221; said William J. Harmon, President and Chief Executive Officer. &#8220;Credit quality remains strong.&#8221;</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><B><U>Asset Quality</U></B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Nonperforming assets were 0.41% of total assets at December 31, 2007.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Buckeye Mutual Bancorp, Inc. is the holding company for Buckeye Mutual Bank, which operates 22 offices in central Ohio. Information is available at www.buckeyemutual.com.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><I>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results could differ materially.</I></FONT></P>
<P ALIGN="center"><FONT SIZE="2" FACE="Times New Roman">###</FONT></P>
</BODY></HTML>
""",
    headline="BUCKEYE MUTUAL BANCORP REPORTS RECORD EARNINGS FOR 2007", subheadlines=[],
    city="Columbus", region="Ohio", date="2008-01-24", wire=None, release_date="2008-01-24",
    issuer="Buckeye Mutual Bancorp, Inc.", tickers=[("NASDAQ", "BMBI")], website="www.buckeyemutual.com",
    contacts=[dict(name="Richard A. Lowe", title="Chief Financial Officer", phones=["(614) 555-0100"])],
    headings=["Asset Quality"],
    quotes=[("William J. Harmon", "President and Chief Executive Officer")],
    fls="This press release contains forward-looking statements", urls=["www.buckeyemutual.com"],
)

variant("sec-ex99-html-bullets-deck-safe-harbor", "htm", """\
<html><head><title>ex99-1.htm</title></head><body>
<div style="text-align:right"><span style="font-family:Arial;font-size:10pt;font-weight:bold">Exhibit 99.1</span></div>
<div style="text-align:center"><img src="logo.jpg" alt="Quantix logo"></div>
<p style="text-align:center"><span style="font-family:Arial;font-size:14pt;font-weight:bold">Quantix Software Reports Fiscal 2025 First Quarter Results</span></p>
<p style="text-align:center"><span style="font-family:Arial;font-size:11pt;font-style:italic">Subscription revenue grew 24% year over year</span></p>
<table style="width:100%">
<tr><td style="vertical-align:top;width:3%"><span>&#8226;</span></td><td><span style="font-family:Arial;font-size:10pt">Total revenue of $96.3 million, up 18% year over year</span></td></tr>
<tr><td style="vertical-align:top;width:3%"><span>&#8226;</span></td><td><span style="font-family:Arial;font-size:10pt">Operating cash flow of $21.4 million</span></td></tr>
</table>
<p><span style="font-family:Arial;font-size:10pt">AUSTIN, Texas, May 8, 2024 &#8212; Quantix Software, Inc. (NYSE: QNTX) today announced financial results for its first quarter of fiscal 2025, ended March 31, 2024.</span></p>
<p><span style="font-family:Arial;font-size:10pt">&#8220;Customers are consolidating on our platform,&#8221; said Laura Kim, Chief Executive Officer of Quantix. &#8220;Our pipeline has never been stronger.</span></p>
<p><span style="font-family:Arial;font-size:10pt">&#8220;We are raising our full-year outlook as a result.&#8221;</span></p>
<p><span style="font-family:Arial;font-size:10pt;font-weight:bold">Business Outlook</span></p>
<p><span style="font-family:Arial;font-size:10pt">For fiscal 2025, Quantix now expects revenue of $400 million to $405 million.</span></p>
<p><span style="font-family:Arial;font-size:10pt;font-weight:bold">Safe Harbor Statement</span></p>
<p><span style="font-family:Arial;font-size:10pt">This press release contains forward-looking statements, including the business outlook, which are subject to risks described in our filings with the SEC at www.sec.gov.</span></p>
<p><span style="font-family:Arial;font-size:10pt;font-weight:bold">About Quantix Software</span></p>
<p><span style="font-family:Arial;font-size:10pt">Quantix makes analytics software for manufacturers. Visit https://www.quantix.com/company/about-us or https://www.quantix.com.</span></p>
<p><span style="font-family:Arial;font-size:10pt">Investor Contact: Sam Patel, investors@quantix.com</span></p>
<p><span style="font-family:Arial;font-size:10pt">Media Contact: Jill Morgan, (512) 555-0177, press@quantix.com</span></p>
</body></html>
""",
    headline="Quantix Software Reports Fiscal 2025 First Quarter Results",
    subheadlines=["Subscription revenue grew 24% year over year", "Total revenue of $96.3 million, up 18% year over year",
                  "Operating cash flow of $21.4 million"],
    city="Austin", region="Texas", date="2024-05-08", wire=None, release_date="2024-05-08",
    issuer="Quantix Software, Inc.", tickers=[("NYSE", "QNTX")], website="https://www.quantix.com",
    contacts=[dict(name="Sam Patel", role="Investor", emails=["investors@quantix.com"]),
              dict(name="Jill Morgan", role="Media", phones=["(512) 555-0177"], emails=["press@quantix.com"])],
    headings=["Business Outlook", "Safe Harbor Statement", "About Quantix Software"],
    quotes=[("Laura Kim", "Chief Executive Officer of Quantix")],
    fls="This press release contains forward-looking statements",
    urls=["www.sec.gov", "https://www.quantix.com/company/about-us", "https://www.quantix.com"],
)

variant("sec-ex99-html-1990s-font-no-contacts", "htm", """\
<HTML>
<BODY>
<P ALIGN=CENTER><FONT SIZE=2><B>NEWS RELEASE</B></FONT></P>
<P><FONT SIZE=2><B>GREAT LAKES TOOL &amp; DIE ANNOUNCES SECOND QUARTER RESULTS</B></FONT></P>
<P><FONT SIZE=2>DETROIT, July 15, 1998 -- Great Lakes Tool &amp; Die Co. (NYSE: GLT) today reported net sales of $84.2 million for the second quarter of 1998, an increase of 9% over the second quarter of 1997.</FONT></P>
<P><FONT SIZE=2>Mr. Robert E. Kowalski, Chairman, said the Company's automotive segment benefited from new program launches.  "We are pleased with the progress in our die business," Mr. Kowalski said.</FONT></P>
<P><FONT SIZE=2>Great Lakes Tool &amp; Die designs and builds stamping dies for the automotive industry.</FONT></P>
<P ALIGN=CENTER><FONT SIZE=2>* * *</FONT></P>
</BODY>
</HTML>
""",
    headline="GREAT LAKES TOOL & DIE ANNOUNCES SECOND QUARTER RESULTS", subheadlines=[],
    city="Detroit", region=None, date="1998-07-15", wire=None, release_date="1998-07-15",
    issuer="Great Lakes Tool & Die Co.", tickers=[("NYSE", "GLT")], website=None,
    contacts=[], headings=[],
    quotes=[("Robert E. Kowalski", "Chairman")],
    fls=None, urls=[],
)

# === SEC exhibits in text ================================================================================

variant("sec-ex99-text-centred-cautionary", "txt", """\
                                                                    EXHIBIT 99.1

                                                           FOR IMMEDIATE RELEASE

Contact:  Janet M. Ellis
          Vice President, Investor Relations
          (203) 555-0147
          jellis@northstarind.com

                  NORTHSTAR INDUSTRIES REPORTS THIRD QUARTER 2003 RESULTS

            -- Sales Increase 7%; Earnings Per Share of $0.52 --

STAMFORD, CONNECTICUT, October 23, 2003 -- Northstar Industries, Inc. (NYSE: NSI)
today reported third quarter 2003 net income of $15.6 million, or $0.52 per diluted
share, compared with $13.9 million, or $0.46 per diluted share, in the third quarter
of 2002.

"Our industrial segment continued to recover," said Thomas R. Whitaker,
Chairman and Chief Executive Officer. "We expect a solid fourth quarter."

                              SEGMENT RESULTS

Industrial segment sales were $188.4 million, up 11%. Aerospace segment sales
were $74.2 million, down 2%.

                               CONFERENCE CALL

Northstar will hold a conference call at 10:00 a.m. Eastern time today. The call
will be broadcast live on the Company's web site at http://www.northstarind.com/
investors/events.html.

              CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS

This release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995. Actual results could differ
materially from those projected.

                                      ###
""",
    headline="NORTHSTAR INDUSTRIES REPORTS THIRD QUARTER 2003 RESULTS", subheadlines=["Sales Increase 7%; Earnings Per Share of $0.52"],
    city="Stamford", region="Connecticut", date="2003-10-23", wire=None, release_date="2003-10-23",
    issuer="Northstar Industries, Inc.", tickers=[("NYSE", "NSI")], website="http://www.northstarind.com",
    contacts=[dict(name="Janet M. Ellis", title="Vice President, Investor Relations", phones=["(203) 555-0147"], emails=["jellis@northstarind.com"])],
    headings=["SEGMENT RESULTS", "CONFERENCE CALL", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"],
    quotes=[("Thomas R. Whitaker", "Chairman and Chief Executive Officer")],
    fls="This release contains forward-looking statements",
    urls=["http://www.northstarind.com/investors/events.html"],
)

variant("sec-ex99-text-1997-inline-fls", "txt", """\
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<TEXT>

                                                                   Exhibit 99

FOR IMMEDIATE RELEASE

                    PACIFIC CASCADE TIMBER TO ACQUIRE COASTAL MILLS

     PORTLAND, Ore., March 12, 1997 -- Pacific Cascade Timber Company (NYSE:PCT)
announced today that it has signed a definitive agreement to acquire Coastal Mills,
Inc., a privately held lumber producer, for $62 million in cash.

     Donald K. Berg, president and chief executive officer of Pacific Cascade, said,
"Coastal's mills complement our own and give us a presence in southern Oregon."

     The transaction is expected to close in the second quarter of 1997, subject to
regulatory approval.

     This news release contains forward-looking statements that involve risks and
uncertainties, including the timing of the closing and the integration of the
acquired mills. Actual results may differ materially.

     For further information contact Ellen Marsh, Director of Corporate
Communications, at (503) 555-0122.

</TEXT>
</DOCUMENT>
""",
    headline="PACIFIC CASCADE TIMBER TO ACQUIRE COASTAL MILLS", subheadlines=[],
    city="Portland", region="Ore.", date="1997-03-12", wire=None, release_date="1997-03-12",
    issuer="Pacific Cascade Timber Company", tickers=[("NYSE", "PCT")], website=None,
    contacts=[dict(name="Ellen Marsh", title="Director of Corporate Communications", phones=["(503) 555-0122"])],
    headings=[],
    quotes=[("Donald K. Berg", "president and chief executive officer of Pacific Cascade")],
    fls="This news release contains forward-looking statements", urls=[],
)

variant("sec-ex99-text-prn-wrapped-url", "txt", """\
                                                                 Exhibit 99.1

       Meridian Bank Holdings Announces Increase in Quarterly Cash Dividend

    Board Authorizes New $50 Million Share Repurchase Program

RICHMOND, Va., April 20 /PRNewswire-FirstCall/ -- Meridian Bank Holdings, Inc.
(Nasdaq: MBHI) today announced that its Board of Directors increased the quarterly
cash dividend to $0.30 per share from $0.27 per share.

     "The increase reflects our confidence in Meridian's earnings power," said
Catherine L. Moore, Chairman and Chief Executive Officer.

     More information about the dividend is available at
http://www.meridianbankholdings.com/investor-relations/dividend-
history.aspx.

     Safe Harbor Statement

     Statements in this release that are not historical facts are forward-looking
statements under the Private Securities Litigation Reform Act of 1995.

SOURCE Meridian Bank Holdings, Inc.

    -0-                             04/20/2006
    /CONTACT: Paul R. Greene, Chief Financial Officer of Meridian Bank Holdings,
Inc., +1-804-555-0166, pgreene@meridianbank.com/
    /Web site: http://www.meridianbankholdings.com /
""",
    headline="Meridian Bank Holdings Announces Increase in Quarterly Cash Dividend",
    subheadlines=["Board Authorizes New $50 Million Share Repurchase Program"],
    city="Richmond", region="Va.", date="2006-04-20", wire="PR Newswire", release_date="2006-04-20",
    issuer="Meridian Bank Holdings, Inc.", tickers=[("Nasdaq", "MBHI")], website="http://www.meridianbankholdings.com",
    contacts=[dict(name="Paul R. Greene", title="Chief Financial Officer", organisation="Meridian Bank Holdings, Inc.", phones=["+1-804-555-0166"],
                   emails=["pgreene@meridianbank.com"])],
    headings=["Safe Harbor Statement"],
    quotes=[("Catherine L. Moore", "Chairman and Chief Executive Officer")],
    fls="Statements in this release that are not historical facts",
    urls=["http://www.meridianbankholdings.com/investor-relations/dividend-history.aspx", "http://www.meridianbankholdings.com"],
)

# === PR Newswire hard-wrapped text =======================================================================

variant("prn-text-euronext-multi-paragraph-quote", "txt", """\
Sanofray Announces Positive Phase 3 Results for Dupirex in Chronic Urticaria

PARIS, Sept. 9, 2024 /PRNewswire/ -- Sanofray (Euronext Paris: SAN) (NASDAQ: SNY)
today announced that its Phase 3 trial of dupirex met its primary endpoint in adults
with chronic spontaneous urticaria.

"These results could change the way chronic urticaria is treated," said Dr. Claire
Fontaine, Head of Immunology Development at Sanofray. "Patients saw their itch
scores fall by half within twelve weeks.

"We will discuss these data with regulators in the coming months."

About Sanofray

Sanofray is a global healthcare company. For more information, visit
https://www.sanofray.com.

Media Relations
Sandrine Leclerc
+33 6 55 55 01 23
sandrine.leclerc@sanofray.com

Investor Relations
Thomas Kessler
+33 1 55 55 02 34
investor.relations@sanofray.com
""",
    headline="Sanofray Announces Positive Phase 3 Results for Dupirex in Chronic Urticaria", subheadlines=[],
    city="Paris", date="2024-09-09", wire="PR Newswire", release_date="2024-09-09",
    issuer="Sanofray", tickers=[("Euronext Paris", "SAN"), ("NASDAQ", "SNY")], website="https://www.sanofray.com",
    contacts=[dict(name="Sandrine Leclerc", role="Media Relations", phones=["+33 6 55 55 01 23"], emails=["sandrine.leclerc@sanofray.com"]),
              dict(name="Thomas Kessler", role="Investor Relations", phones=["+33 1 55 55 02 34"], emails=["investor.relations@sanofray.com"])],
    headings=["About Sanofray"],
    quotes=[("Dr. Claire Fontaine", "Head of Immunology Development at Sanofray")],
    fls=None, urls=["https://www.sanofray.com"],
)

variant("prn-text-six-lse-no-contacts", "txt", """\
Rochwell Diagnostics and Vodaline Partner on Remote Patient Monitoring

BASEL, Switzerland and LONDON, May 14, 2024 /PRNewswire/ -- Rochwell Diagnostics AG
(SIX: ROG) and Vodaline Group plc (LSE: VOD) today announced a partnership to connect
Rochwell's home blood-glucose meters to Vodaline's network.

"Connected devices let doctors act sooner," said Markus Meier, Chief Executive
Officer of Rochwell Diagnostics.

About Rochwell Diagnostics

Rochwell Diagnostics makes diagnostic instruments. www.rochwell.ch

SOURCE Rochwell Diagnostics AG
""",
    headline="Rochwell Diagnostics and Vodaline Partner on Remote Patient Monitoring", subheadlines=[],
    city="Basel", country="Switzerland", date="2024-05-14", wire="PR Newswire", release_date="2024-05-14",
    # a joint release: both companies' tickers, as bw-text-two-companies in test_variants
    issuer="Rochwell Diagnostics AG", tickers=[("SIX", "ROG"), ("LSE", "VOD")], website="www.rochwell.ch",
    contacts=[], headings=["About Rochwell Diagnostics"],
    quotes=[("Markus Meier", "Chief Executive Officer of Rochwell Diagnostics")],
    fls=None, urls=["www.rochwell.ch"],
)

# === Dow Jones copies (markdown) ============================================================================

variant("dj-md-bw-euronext-view-source", "md", """\
---
title: "Press Release: Valmont Santé Reports Full-Year 2024 Results"
date: "2025-02-13 06:30:00"
categories:
  - "Dow Jones Newswires"
---

**(06:30 GMT)** Press Release: Valmont Santé Reports Full-Year 2024 Results

Valmont Santé Reports Full-Year 2024 Results

Business Wire

PARIS -- February 13, 2025

PARIS--(BUSINESS WIRE)--February 13, 2025--Valmont Santé (Euronext Paris: VALS) today reported revenue of EUR 2.4 billion for 2024, up 6.2% at constant exchange rates.

"2024 was a year of execution," said Isabelle Moreau, Chief Executive Officer. "We delivered on every commitment we made to shareholders."

**Outlook 2025**

Valmont Santé expects organic revenue growth of 5% to 7% in 2025.

**About Valmont Santé**

Valmont Santé operates private clinics in France and Belgium. www.valmont-sante.fr

View source version on businesswire.com: https://www.businesswire.com/news/home/20250213501234/en/

CONTACT:

Investor Relations
Claire Dubois
+33 1 55 55 01 23
ir@valmont-sante.fr

SOURCE: Valmont Santé

Copyright Business Wire 2025

(END) Dow Jones Newswires

February 13, 2025 01:30 ET (06:30 GMT)
""",
    headline="Valmont Santé Reports Full-Year 2024 Results", subheadlines=[],
    city="Paris", date="2025-02-13", wire="Business Wire", release_date="2025-02-13",
    issuer="Valmont Santé", tickers=[("Euronext Paris", "VALS")], website="www.valmont-sante.fr",
    contacts=[dict(name="Claire Dubois", role="Investor Relations", phones=["+33 1 55 55 01 23"], emails=["ir@valmont-sante.fr"])],
    headings=["Outlook 2025", "About Valmont Santé"],
    quotes=[("Isabelle Moreau", "Chief Executive Officer")],
    fls=None, urls=["www.valmont-sante.fr", "https://www.businesswire.com/news/home/20250213501234/en/"],
)

variant("dj-md-prn-bullets-prose-contact", "md", """\
---
title: "Press Release: Kinetic Rail Wins $420 Million Metro Contract"
date: "2025-01-21 13:15:00"
---

**(13:15 GMT)** Press Release: Kinetic Rail Wins $420 Million Metro Contract

Kinetic Rail Wins $420 Million Metro Contract

PR Newswire

PITTSBURGH, Jan. 21, 2025

* Largest contract in company history
* Deliveries of 64 railcars begin in 2027

PITTSBURGH, Jan. 21, 2025 /PRNewswire/ -- Kinetic Rail Corp. (NYSE: KRC) today announced that it has been awarded a $420 million contract to build 64 railcars for a U.S. metro system.

"This award reflects years of investment in our Pittsburgh plant," said Angela Ruiz, President and CEO of Kinetic Rail.

Ruiz added that hiring at the plant will begin this spring.

About Kinetic Rail Corp.

Kinetic Rail builds passenger railcars. Learn more at www.kineticrail.com.

Forward-Looking Statements

This press release contains forward-looking statements that are subject to risks and uncertainties.

For more information, contact Greg Polk at (412) 555-0155 or gpolk@kineticrail.com.

View original content: https://www.prnewswire.com/news-releases/kinetic-rail-wins-420-million-metro-contract-302356789.html

SOURCE Kinetic Rail Corp.

(END) Dow Jones Newswires

January 21, 2025 08:15 ET (13:15 GMT)
""",
    headline="Kinetic Rail Wins $420 Million Metro Contract",
    subheadlines=["Largest contract in company history", "Deliveries of 64 railcars begin in 2027"],
    city="Pittsburgh", date="2025-01-21", wire="PR Newswire", release_date="2025-01-21",
    issuer="Kinetic Rail Corp.", tickers=[("NYSE", "KRC")], website="www.kineticrail.com",
    contacts=[dict(name="Greg Polk", phones=["(412) 555-0155"], emails=["gpolk@kineticrail.com"])],
    headings=["About Kinetic Rail Corp.", "Forward-Looking Statements"],
    quotes=[("Angela Ruiz", "President and CEO of Kinetic Rail")],
    fls="This press release contains forward-looking statements",
    urls=["www.kineticrail.com", "https://www.prnewswire.com/news-releases/kinetic-rail-wins-420-million-metro-contract-302356789.html"],
)

variant("dj-md-gnw-reuters-copy", "md", """\
---
title: "Oakridge Therapeutics Announces $75 Million Private Placement"
date: "2025-02-11 12:30:00"
---

Oakridge Therapeutics Announces $75 Million Private Placement

Financing led by new and existing healthcare investors

BOSTON, Feb. 11, 2025 (GLOBE NEWSWIRE) -- Oakridge Therapeutics, Inc. (Nasdaq: OAKT), a biotechnology company developing RNA medicines, today announced a $75 million private placement.

"This financing takes us through two clinical readouts," said Peter Lindqvist, Ph.D., President and Chief Executive Officer.

### About Oakridge Therapeutics

Oakridge Therapeutics develops RNA medicines for liver diseases. Visit www.oakridgetx.com.

### Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.

**Investor Contact**
Emma Walsh
Argot Partners
oakridge@argotpartners.com
""",
    headline="Oakridge Therapeutics Announces $75 Million Private Placement",
    subheadlines=["Financing led by new and existing healthcare investors"],
    city="Boston", date="2025-02-11", wire="GlobeNewswire", release_date="2025-02-11",
    issuer="Oakridge Therapeutics, Inc.", tickers=[("Nasdaq", "OAKT")], website="www.oakridgetx.com",
    contacts=[dict(name="Emma Walsh", role="Investor", organisation="Argot Partners", emails=["oakridge@argotpartners.com"])],
    headings=["About Oakridge Therapeutics", "Forward-Looking Statements"],
    quotes=[("Peter Lindqvist", "President and Chief Executive Officer")],
    fls="This press release contains forward-looking statements", urls=["www.oakridgetx.com"],
)

# === Company-issued HTML =====================================================================================

variant("company-html-newsroom-hash-end", "html", """\
<!DOCTYPE html>
<html><head><title>Press Releases | Ridgeview Outdoor</title></head><body>
<nav class="main-menu"><a href="/">Home</a><a href="/about">About</a><a href="/news">News</a></nav>
<article class="news-article">
<p class="date">March 18, 2025</p>
<h1>Ridgeview Outdoor Opens Flagship Store in Denver</h1>
<p class="deck"><em>New 40,000-square-foot store features an indoor climbing wall</em></p>
<p>DENVER, March 18, 2025 &ndash; Ridgeview Outdoor, the employee-owned outdoor retailer, today opened its new flagship store in Denver&rsquo;s River North district.</p>
<p>&ldquo;Denver is where our customers live and play,&rdquo; said Megan Carlisle, Ridgeview&rsquo;s Chief Retail Officer.</p>
<p>The store will host free weekly clinics on climbing and trail running.</p>
<h3>About Ridgeview Outdoor</h3>
<p>Ridgeview Outdoor operates 38 stores in the Mountain West. Visit ridgeviewoutdoor.com or follow us on Instagram at https://instagram.com/ridgeviewoutdoor.</p>
<p style="text-align:center">###</p>
<p><strong>Media Contact:</strong> Jenna Price | Ridgeview Outdoor | 303-555-0181 | jprice@ridgeviewoutdoor.com</p>
</article>
<footer><p>&copy; 2025 Ridgeview Outdoor</p></footer>
</body></html>
""",
    headline="Ridgeview Outdoor Opens Flagship Store in Denver",
    subheadlines=["New 40,000-square-foot store features an indoor climbing wall"],
    city="Denver", date="2025-03-18", wire=None, release_date="2025-03-18",
    issuer="Ridgeview Outdoor", tickers=[], website="ridgeviewoutdoor.com",
    contacts=[dict(name="Jenna Price", role="Media", organisation="Ridgeview Outdoor", phones=["303-555-0181"], emails=["jprice@ridgeviewoutdoor.com"])],
    headings=["About Ridgeview Outdoor"],
    quotes=[("Megan Carlisle", "Ridgeview’s Chief Retail Officer")],
    fls=None, urls=["ridgeviewoutdoor.com", "https://instagram.com/ridgeviewoutdoor"],
)

variant("company-html-said-phd-title", "html", """\
<html><head><title>Cellora Bio Presents New Data at ASH 2024</title></head><body>
<div class="content">
<h2>Cellora Bio Presents New Data at ASH 2024</h2>
<ul>
<li>Complete response rate of 72% in relapsed lymphoma</li>
<li>No grade 3 or higher cytokine release syndrome</li>
</ul>
<p>SAN FRANCISCO, Dec. 9, 2024 -- Cellora Bio, Inc. (Nasdaq: CLRB) today presented updated clinical data for CLR-101, its allogeneic CAR-T therapy, at the 66th American Society of Hematology (ASH) Annual Meeting.</p>
<p>"We are encouraged by the durability of these responses," said Anika Sharma, Ph.D., Chief Scientific Officer of Cellora Bio. "More than half of responders remain in remission at one year."</p>
<p>"The safety profile supports outpatient dosing," said Dr. Robert Chen, M.D., principal investigator at Stanford Cancer Center.</p>
<h3>About Cellora Bio</h3>
<p>Cellora Bio develops off-the-shelf cell therapies. More information is available at https://www.cellorabio.com/.</p>
<h3>Forward-Looking Statements</h3>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<h3>Contacts</h3>
<p>Investors: Lisa Grant, lgrant@cellorabio.com<br>Media: Omar Faris, +1 (415) 555-0196, media@cellorabio.com</p>
</div></body></html>
""",
    headline="Cellora Bio Presents New Data at ASH 2024",
    subheadlines=["Complete response rate of 72% in relapsed lymphoma", "No grade 3 or higher cytokine release syndrome"],
    city="San Francisco", date="2024-12-09", wire=None, release_date="2024-12-09",
    issuer="Cellora Bio, Inc.", tickers=[("Nasdaq", "CLRB")], website="https://www.cellorabio.com",
    contacts=[dict(name="Lisa Grant", role="Investors", emails=["lgrant@cellorabio.com"]),
              dict(name="Omar Faris", role="Media", phones=["+1 (415) 555-0196"], emails=["media@cellorabio.com"])],
    headings=["About Cellora Bio", "Forward-Looking Statements"],
    quotes=[("Anika Sharma", "Chief Scientific Officer of Cellora Bio"), ("Dr. Robert Chen", "principal investigator at Stanford Cancer Center")],
    fls="This press release contains forward-looking statements", urls=["https://www.cellorabio.com/"],
)

variant("company-html-two-col-table-bold-labels", "html", """\
<html><body>
<p style="text-align:center"><b>Westbrook Utilities Announces Retirement of Chief Executive Officer</b></p>
<p style="text-align:center"><i>Board names Chief Operating Officer Dana Whitfield as successor</i></p>
<p>HARTFORD, Conn., June 10, 2024 -- Westbrook Utilities Corporation (NYSE: WBU) today announced that Richard Hale, Chairman and Chief Executive Officer, will retire on December 31, 2024.</p>
<p>"It has been an honor to lead Westbrook for eleven years," Hale said.</p>
<p>"Dana has the experience and judgment to lead Westbrook's next chapter," said Susan Park, Lead Independent Director.</p>
<p><b>ABOUT WESTBROOK UTILITIES</b></p>
<p>Westbrook Utilities delivers electricity and natural gas to 1.2 million customers in New England. www.westbrookutilities.com</p>
<table>
<tr><td><b>Investor Relations:</b><br>Kevin Doyle<br>(860) 555-0140<br>kevin.doyle@westbrookutilities.com</td>
<td><b>Media Relations:</b><br>Maria Santos<br>(860) 555-0141<br>maria.santos@westbrookutilities.com</td></tr>
</table>
</body></html>
""",
    headline="Westbrook Utilities Announces Retirement of Chief Executive Officer",
    subheadlines=["Board names Chief Operating Officer Dana Whitfield as successor"],
    city="Hartford", region="Conn.", date="2024-06-10", wire=None, release_date="2024-06-10",
    issuer="Westbrook Utilities Corporation", tickers=[("NYSE", "WBU")], website="www.westbrookutilities.com",
    contacts=[dict(name="Kevin Doyle", role="Investor Relations", phones=["(860) 555-0140"], emails=["kevin.doyle@westbrookutilities.com"]),
              dict(name="Maria Santos", role="Media Relations", phones=["(860) 555-0141"], emails=["maria.santos@westbrookutilities.com"])],
    headings=["ABOUT WESTBROOK UTILITIES"],
    quotes=[("Richard Hale", "Chairman and Chief Executive Officer"), ("Susan Park", "Lead Independent Director")],
    fls=None, urls=["www.westbrookutilities.com"],
)

# === Marketwired ============================================================================================

variant("marketwired-text-2012", "txt", """\
Coastline Energy Announces 2012 Year-End Reserves

CALGARY, ALBERTA--(Marketwire - Feb. 14, 2013) - Coastline Energy Ltd. ("Coastline" or the
"Company") (TSX:CLE) is pleased to announce the results of its independent reserves
evaluation as of December 31, 2012.

Proved plus probable reserves increased 18% to 42.6 million barrels of oil equivalent.

Reader Advisory

This press release contains forward-looking statements relating to reserves and future
production.

FOR FURTHER INFORMATION PLEASE CONTACT:
Coastline Energy Ltd.
Brian McKay
President and Chief Executive Officer
(403) 555-0170
OR
Coastline Energy Ltd.
Lisa Cho
Vice President, Finance and Chief Financial Officer
(403) 555-0171
www.coastlineenergy.ca
""",
    headline="Coastline Energy Announces 2012 Year-End Reserves", subheadlines=[],
    city="Calgary", region="Alberta", date="2013-02-14", wire="Marketwired", release_date="2013-02-14",
    issuer="Coastline Energy Ltd.", tickers=[("TSX", "CLE")], website="www.coastlineenergy.ca",
    contacts=[dict(name="Brian McKay", organisation="Coastline Energy Ltd.", title="President and Chief Executive Officer", phones=["(403) 555-0170"]),
              dict(name="Lisa Cho", organisation="Coastline Energy Ltd.", title="Vice President, Finance and Chief Financial Officer", phones=["(403) 555-0171"])],
    headings=["Reader Advisory"], quotes=[],
    fls="This press release contains forward-looking statements", urls=["www.coastlineenergy.ca"],
)

# === More PR Newswire / Business Wire shapes ================================================================

variant("prn-web-italic-deck-nasdaq-gs-contact-table", "html", """\
<!DOCTYPE html>
<html><head><title>Pinnacle Freight Systems to Acquire Lakeshore Logistics for $240 Million</title>
<meta property="og:title" content="Pinnacle Freight Systems to Acquire Lakeshore Logistics for $240 Million"></head><body>
<header><nav><a href="/">PR Newswire</a></nav></header>
<div class="release-header"><h1>Pinnacle Freight Systems to Acquire Lakeshore Logistics for $240 Million</h1>
<p class="subtitle"><i>Acquisition expands cold-chain network into the Great Lakes region</i></p></div>
<div class="release-body container">
<p><span class="xn-location">CHICAGO</span>, <span class="xn-chron">Oct. 2, 2024</span> /PRNewswire/ -- Pinnacle Freight Systems, Inc. (Nasdaq GS: PFSI) today announced a definitive agreement to acquire Lakeshore Logistics LLC for $240 million in cash.</p>
<p>"Lakeshore gives us the density we need in the Midwest," said Jordan Ellis, Chairman and Chief Executive Officer of Pinnacle. "Together we will run more than 2,000 refrigerated trailers."</p>
<p>"Our customers will benefit from a national footprint," said Carla Nguyen, founder of Lakeshore Logistics.</p>
<p><b>Transaction Details</b></p>
<p>The transaction is expected to close in the fourth quarter of 2024. J.P. Morgan Securities LLC is serving as financial advisor to Pinnacle.</p>
<p><b>Conference Call</b></p>
<p>Pinnacle will host a call at 8:30 a.m. CT. Register at https://events.q4inc.com/attendee/512345678.</p>
<p><b>About Pinnacle Freight Systems</b></p>
<p>Pinnacle Freight Systems is a temperature-controlled trucking company. https://www.pinnaclefreight.com</p>
<p><b>Forward-Looking Statements</b></p>
<p>This release contains forward-looking statements about the acquisition, which may not close as expected.</p>
<table border="0">
<tr><td><b>Investor Contact:</b></td><td><b>Media Contact:</b></td></tr>
<tr><td>Alan Brooks<br>Vice President, Investor Relations<br>(312) 555-0121<br>abrooks@pinnaclefreight.com</td>
<td>Nina Patel<br>Director, Corporate Communications<br>(312) 555-0122<br>npatel@pinnaclefreight.com</td></tr>
</table>
<p>SOURCE Pinnacle Freight Systems, Inc.</p>
</div></body></html>
""",
    headline="Pinnacle Freight Systems to Acquire Lakeshore Logistics for $240 Million",
    subheadlines=["Acquisition expands cold-chain network into the Great Lakes region"],
    city="Chicago", date="2024-10-02", wire="PR Newswire", release_date="2024-10-02",
    issuer="Pinnacle Freight Systems, Inc.", tickers=[("Nasdaq GS", "PFSI")], website="https://www.pinnaclefreight.com",
    contacts=[dict(name="Alan Brooks", role="Investor", title="Vice President, Investor Relations", phones=["(312) 555-0121"], emails=["abrooks@pinnaclefreight.com"]),
              dict(name="Nina Patel", role="Media", title="Director, Corporate Communications", phones=["(312) 555-0122"], emails=["npatel@pinnaclefreight.com"])],
    headings=["Transaction Details", "Conference Call", "About Pinnacle Freight Systems", "Forward-Looking Statements"],
    quotes=[("Jordan Ellis", "Chairman and Chief Executive Officer of Pinnacle"), ("Carla Nguyen", "founder of Lakeshore Logistics")],
    fls="This release contains forward-looking statements",
    urls=["https://events.q4inc.com/attendee/512345678", "https://www.pinnaclefreight.com"],
)

variant("bw-text-bullet-deck-investor-email-only", "txt", """\
Nimbus Cloud Reports Third Quarter Fiscal 2025 Results

  -- Revenue of $512 million, up 21% year over year
  -- Remaining performance obligations of $2.1 billion, up 30%

SEATTLE--(BUSINESS WIRE)--November 20, 2024--Nimbus Cloud, Inc. (NYSE: NMBS) today
announced financial results for its third quarter of fiscal 2025, ended October 31, 2024.

"Customers are choosing Nimbus for their AI workloads," said Rebecca Stone, Chief
Executive Officer. "We are raising our outlook for the full year."

Financial Outlook

For the fourth quarter, Nimbus expects revenue of $540 million to $545 million.

About Nimbus Cloud

Nimbus Cloud provides data infrastructure software. Learn more at
https://www.nimbuscloud.com.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about
our financial outlook.

Contacts

Investor Relations:
ir@nimbuscloud.com

Media Relations:
press@nimbuscloud.com
""",
    headline="Nimbus Cloud Reports Third Quarter Fiscal 2025 Results",
    subheadlines=["Revenue of $512 million, up 21% year over year", "Remaining performance obligations of $2.1 billion, up 30%"],
    city="Seattle", date="2024-11-20", wire="Business Wire", release_date="2024-11-20",
    issuer="Nimbus Cloud, Inc.", tickers=[("NYSE", "NMBS")], website="https://www.nimbuscloud.com",
    contacts=[dict(name=None, role="Investor Relations", emails=["ir@nimbuscloud.com"], phones=[]),
              dict(name=None, role="Media Relations", emails=["press@nimbuscloud.com"], phones=[])],
    headings=["Financial Outlook", "About Nimbus Cloud", "Forward-Looking Statements"],
    quotes=[("Rebecca Stone", "Chief Executive Officer")],
    fls="This press release contains forward-looking statements", urls=["https://www.nimbuscloud.com"],
)

variant("gnw-text-reuters-md-safe-harbor-inline", "md", """\
---
title: "Brightwater Bancorp Declares Quarterly Dividend"
date: "2024-10-17 20:05:00"
---

LITTLE ROCK, Ark., Oct. 17, 2024 (GLOBE NEWSWIRE) -- Brightwater Bancorp, Inc. (NASDAQ: BWBC) (the "Company"), the holding company for Brightwater Bank, today announced that its Board of Directors declared a quarterly cash dividend of $0.18 per share, payable on November 15, 2024 to shareholders of record on November 1, 2024.

"Our capital position allows us to keep returning cash to shareholders," said James T. Oliver, President and Chief Executive Officer.

Brightwater Bancorp, Inc. is the holding company for Brightwater Bank, which operates 31 branches in Arkansas and Tennessee. For more information, visit www.brightwaterbank.com.

This press release may contain forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. These statements are based on current expectations.

Contact: Stephanie Ward, Chief Financial Officer, (501) 555-0104
""",
    headline="Brightwater Bancorp Declares Quarterly Dividend", subheadlines=[],
    city="Little Rock", region="Ark.", date="2024-10-17", wire="GlobeNewswire", release_date="2024-10-17",
    issuer="Brightwater Bancorp, Inc.", tickers=[("NASDAQ", "BWBC")], website="www.brightwaterbank.com",
    contacts=[dict(name="Stephanie Ward", title="Chief Financial Officer", phones=["(501) 555-0104"])],
    headings=[],
    quotes=[("James T. Oliver", "President and Chief Executive Officer")],
    fls="This press release may contain forward-looking statements", urls=["www.brightwaterbank.com"],
)

variant("prn-web-asia-hkex-hk", "html", """\
<!DOCTYPE html>
<html><head><title>Jade Harbour Pharma Receives NMPA Approval for JH-208</title>
<meta property="og:title" content="Jade Harbour Pharma Receives NMPA Approval for JH-208"></head><body>
<div class="release-header"><h1>Jade Harbour Pharma Receives NMPA Approval for JH-208</h1></div>
<section class="release-body container">
<p><span class="xn-location">HONG KONG</span> and <span class="xn-location">SHANGHAI</span>, <span class="xn-chron">Feb. 3, 2025</span> /PRNewswire/ -- Jade Harbour Pharma Limited (HKEX: 02378), a commercial-stage biopharmaceutical company, today announced that China's National Medical Products Administration (NMPA) has approved JH-208 for adults with moderate-to-severe plaque psoriasis.</p>
<p>"Approval of JH-208 brings a new option to patients in China," said Dr. Wei Zhang, Chief Executive Officer of Jade Harbour Pharma.</p>
<p><b>About Jade Harbour Pharma Limited</b></p>
<p>Jade Harbour Pharma develops immunology medicines. For more information, please visit www.jadeharbourpharma.com.</p>
<p><b>Forward-looking statements</b></p>
<p>This announcement contains forward-looking statements that are subject to risks and uncertainties.</p>
<p>SOURCE Jade Harbour Pharma Limited</p>
</section></body></html>
""",
    headline="Jade Harbour Pharma Receives NMPA Approval for JH-208", subheadlines=[],
    city="Hong Kong", date="2025-02-03", wire="PR Newswire", release_date="2025-02-03",
    issuer="Jade Harbour Pharma Limited", tickers=[("HKEX", "02378")], website="www.jadeharbourpharma.com",
    contacts=[], headings=["About Jade Harbour Pharma Limited", "Forward-looking statements"],
    quotes=[("Dr. Wei Zhang", "Chief Executive Officer of Jade Harbour Pharma")],
    fls="This announcement contains forward-looking statements", urls=["www.jadeharbourpharma.com"],
)


# === written after the first round of fixes, as a check on them (scored like the others) =====================

variant("bw-web-multi-city-media-only-prose", "html", """\
<html><head><title>Arcadia Foods and Verdant Farms Form Joint Venture | Business Wire</title>
<meta property="og:title" content="Arcadia Foods and Verdant Farms Form Joint Venture"></head><body>
<div class="bw-release-main">
<h1>Arcadia Foods and Verdant Farms Form Joint Venture</h1>
<div class="bw-release-timestamp"><time datetime="2024-04-09T12:00:00Z">April 09, 2024 08:00 AM Eastern Daylight Time</time></div>
<div class="bw-release-story">
<p>MINNEAPOLIS &amp; FRESNO, Calif.--(<a href="https://www.businesswire.com">BUSINESS WIRE</a>)--Arcadia Foods, Inc. (NYSE: ACF) and Verdant Farms today announced a joint venture to build a plant-based protein facility in California's Central Valley.</p>
<p>&ldquo;Combining Verdant&rsquo;s crops with our processing know-how makes sense for both companies,&rdquo; said Elizabeth Warren-Cole, Chief Executive Officer of Arcadia Foods.</p>
<p>&ldquo;We have grown peas in the Valley for three generations,&rdquo; said Tom Alvarez, President of Verdant Farms.</p>
<p><b>About Arcadia Foods</b></p>
<p>Arcadia Foods makes packaged foods sold in 40 countries. For more information, visit https://www.arcadiafoods.com/en-us/home.</p>
<p>Media inquiries: please contact Dana Lee at 612-555-0144 or media@arcadiafoods.com.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2><p>Dana Lee<br>612-555-0144<br>media@arcadiafoods.com</p></div>
</div></body></html>
""",
    headline="Arcadia Foods and Verdant Farms Form Joint Venture", subheadlines=[],
    city="Minneapolis", date=None, wire="Business Wire", release_date="2024-04-09",
    issuer="Arcadia Foods, Inc.", tickers=[("NYSE", "ACF")], website="https://www.arcadiafoods.com",
    contacts=[dict(name="Dana Lee", phones=["612-555-0144"], emails=["media@arcadiafoods.com"])],
    headings=["About Arcadia Foods"],
    quotes=[("Elizabeth Warren-Cole", "Chief Executive Officer of Arcadia Foods"), ("Tom Alvarez", "President of Verdant Farms")],
    fls=None, urls=["https://www.arcadiafoods.com/en-us/home"],
)

variant("sec-ex99-text-2010-bold-caps-sections-said-smith", "txt", """\
                                                                    Exhibit 99.1

                    [LOGO] Keystone Industrial Supply

FOR IMMEDIATE RELEASE

Investor Relations Contact:                   Media Contact:
Robert Chang                                  Amy Foster
(717) 555-0130                                (717) 555-0131
rchang@keystonesupply.com                     afoster@keystonesupply.com

        KEYSTONE INDUSTRIAL SUPPLY REPORTS SECOND QUARTER 2010 RESULTS

HARRISBURG, Pa., July 29, 2010 -- Keystone Industrial Supply Corp. (NASDAQ: KISC)
today reported net sales of $412.6 million for the second quarter of 2010, an increase
of 9.4% from the second quarter of 2009.

"Industrial demand improved steadily through the quarter," said David A. Smith,
Chairman and Chief Executive Officer. "Our distribution centers are running at the
highest utilization in two years."

"We remain cautious about the second half," Smith added.

OUTLOOK

Keystone expects third quarter net sales of $415 million to $430 million.

ABOUT KEYSTONE INDUSTRIAL SUPPLY

Keystone Industrial Supply distributes maintenance and repair products from 14
distribution centers. Additional information is available at
www.keystonesupply.com.

SAFE HARBOR STATEMENT

Certain statements in this release are forward-looking statements within the meaning
of the Private Securities Litigation Reform Act of 1995.

                                      # # #
""",
    headline="KEYSTONE INDUSTRIAL SUPPLY REPORTS SECOND QUARTER 2010 RESULTS", subheadlines=[],
    city="Harrisburg", region="Pa.", date="2010-07-29", wire=None, release_date="2010-07-29",
    issuer="Keystone Industrial Supply Corp.", tickers=[("NASDAQ", "KISC")], website="www.keystonesupply.com",
    contacts=[dict(name="Robert Chang", role="Investor Relations", phones=["(717) 555-0130"], emails=["rchang@keystonesupply.com"]),
              dict(name="Amy Foster", role="Media", phones=["(717) 555-0131"], emails=["afoster@keystonesupply.com"])],
    headings=["OUTLOOK", "ABOUT KEYSTONE INDUSTRIAL SUPPLY", "SAFE HARBOR STATEMENT"],
    quotes=[("David A. Smith", "Chairman and Chief Executive Officer")],
    fls="Certain statements in this release are forward-looking statements", urls=["www.keystonesupply.com"],
)

variant("gnw-html-deck-list-ir-email-only-lse", "html", """\
<html><head><title>Thameside Energy plc: Final Investment Decision on Solent Wind</title>
<meta property="og:title" content="Thameside Energy plc: Final Investment Decision on Solent Wind"></head><body>
<div class="main-body-container">
<h1>Thameside Energy plc: Final Investment Decision on Solent Wind</h1>
<ul>
<li>450 MW offshore wind farm off the Isle of Wight</li>
<li>First power expected in 2028</li>
</ul>
<p>LONDON, Nov. 12, 2024 (GLOBE NEWSWIRE) -- Thameside Energy plc (LSE: TSE) (&#8220;Thameside&#8221;) today announced a final investment decision on the Solent Wind project.</p>
<p>&#8220;Solent Wind will power 400,000 homes,&#8221; said Sir Alan Hughes, Chairman of Thameside.</p>
<p>&#8220;It is the largest investment in our history,&#8221; he added.</p>
<p><strong>About Thameside Energy plc</strong></p>
<p>Thameside Energy develops renewable power projects in the UK. www.thamesideenergy.co.uk</p>
<p><strong>Enquiries</strong></p>
<p>Investor Relations: ir@thamesideenergy.co.uk</p>
</div></body></html>
""",
    headline="Thameside Energy plc: Final Investment Decision on Solent Wind",
    subheadlines=["450 MW offshore wind farm off the Isle of Wight", "First power expected in 2028"],
    city="London", date="2024-11-12", wire="GlobeNewswire", release_date="2024-11-12",
    issuer="Thameside Energy plc", tickers=[("LSE", "TSE")], website="www.thamesideenergy.co.uk",
    contacts=[dict(name=None, role="Investor Relations", emails=["ir@thamesideenergy.co.uk"])],
    headings=["About Thameside Energy plc"],
    quotes=[("Sir Alan Hughes", "Chairman of Thameside")],
    fls=None, urls=["www.thamesideenergy.co.uk"],
)

variant("dj-md-gnw-time-lines-no-contacts", "md", """\
---
title: "Press Release: Nordlys Shipping Announces Fleet Renewal Order"
date: "2025-01-30 07:00:00"
---

**(07:00 GMT)** Press Release: Nordlys Shipping Announces Fleet Renewal Order

Nordlys Shipping Announces Fleet Renewal Order

GlobeNewswire

OSLO, Norway, Jan. 30, 2025

OSLO, Norway, Jan. 30, 2025 (GLOBE NEWSWIRE) -- Nordlys Shipping ASA (Oslo: NORS) has signed contracts for six methanol-ready container vessels for delivery in 2027 and 2028.

"The new ships will cut our emissions per container by 40%," said Ingrid Berg, CEO of Nordlys Shipping.

About Nordlys Shipping

Nordlys Shipping operates 38 container vessels. www.nordlys.no

(END) Dow Jones Newswires

January 30, 2025 02:00 ET (07:00 GMT)
""",
    headline="Nordlys Shipping Announces Fleet Renewal Order", subheadlines=[],
    city="Oslo", country="Norway", date="2025-01-30", wire="GlobeNewswire", release_date="2025-01-30",
    issuer="Nordlys Shipping ASA", tickers=[("Oslo", "NORS")], website="www.nordlys.no",
    contacts=[], headings=["About Nordlys Shipping"],
    quotes=[("Ingrid Berg", "CEO of Nordlys Shipping")],
    fls=None, urls=["www.nordlys.no"],
)


# === the tests ================================================================================================

@pytest.mark.parametrize("name", list(VARIANTS))
def test_variant_more(name, tmp_path):
    check_variant(VARIANTS, name, tmp_path)


def test_enough_variants():
    assert len(VARIANTS) >= 30


if __name__ == "__main__":
    sys.exit(main({f"variants_more {len(VARIANTS)}": VARIANTS}))
