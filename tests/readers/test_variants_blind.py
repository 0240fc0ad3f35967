"""A blind round: releases written, with every scored field's expected value, BEFORE the reader was run
on them, to measure honestly how the rules generalize (the earlier variant files were tuned while
looking at them).

Scores (12 fields per release, `python -m tests.readers.test_variants_blind`):
  BLIND_24 before any fix (the honest figure): 4/24 fully right, 86.8% of fields --
      headline 83.3, subheadlines 75.0, dateline 100, release date 100, issuer 91.7, tickers 91.7,
      website 87.5, contacts 70.8, headings 83.3, quotes 62.5, fls 95.8, urls 100
  BLIND_24 after the general fixes: 22/24 fully right, 99.3% of fields (contacts 95.8, quotes 95.8, the
      rest 100); the two left are in KNOWN_WRONG below
  FINAL_6 (written after the fixes, scored once without fixing): 6/6 fully right, 100% of fields --
      written by the same hand that made the fixes, so read it as an upper bound, not a held-out figure

Conventions (as in test_variants_more): the dateline's date is what the dateline prints (a web page whose
dateline prints none has date None; its release date is the page's time stamp); a quote's title is the
text that goes with the name where the speaker is introduced, as printed ("Acme CEO" when the title comes
first); contact-section labels ("Contacts", "For further information") are not section headings; a
website is the issuer's homepage; URLs are the addresses printed in the release's text.
"""

from __future__ import annotations

import sys

import pytest

from tests.readers.variant_scoring import check_variant, main

BLIND: dict[str, tuple[str, str, dict]] = {}
FINAL: dict[str, tuple[str, str, dict]] = {}


def variant(name: str, suffix: str, text: str, _into=BLIND, **expect):
    assert name not in BLIND and name not in FINAL, name
    _into[name] = (suffix, text, expect)


# === 1. PR Newswire web page: all-caps headline, italic deck, bullets before a <strong> dateline ========

variant("prn-web-caps-strong-dateline-nasdaq-tsx", "html", """\
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>NORTHERN LIGHTS THERAPEUTICS REPORTS POSITIVE TOPLINE RESULTS FROM PHASE 2b AURORA-2 TRIAL OF NLX-414 IN GENERALIZED MYASTHENIA GRAVIS</title>
<meta property="og:title" content="NORTHERN LIGHTS THERAPEUTICS REPORTS POSITIVE TOPLINE RESULTS FROM PHASE 2b AURORA-2 TRIAL OF NLX-414 IN GENERALIZED MYASTHENIA GRAVIS">
</head><body>
<header><nav><ul><li><a href="/news-releases/">News in Focus</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></nav></header>
<section class="release-header"><div class="container"><div class="row"><div class="col-lg-12">
<h1>NORTHERN LIGHTS THERAPEUTICS REPORTS POSITIVE TOPLINE RESULTS FROM PHASE 2b AURORA-2 TRIAL OF NLX-414 IN GENERALIZED MYASTHENIA GRAVIS</h1>
<p class="subtitle"><i>Trial met primary endpoint with a 4.1-point mean improvement in MG-ADL score versus placebo</i></p>
<div class="row"><div class="col-lg-8"><p class="mb-no">News provided by</p><a href="/news/northern-lights-therapeutics/"><strong>Northern Lights Therapeutics Inc.</strong></a><p class="mb-no">Mar 10, 2025, 07:00 ET</p></div></div>
</div></div></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<ul type="disc">
<li>Primary endpoint met (p=0.002), with separation from placebo from week two</li>
<li>Well tolerated, with no treatment-related serious adverse events</li>
</ul>
<p><strong>TORONTO and BOSTON, March 10, 2025 /PRNewswire/ --</strong> Northern Lights Therapeutics Inc. (NASDAQ: NLTX; TSX: NLT) ("Northern Lights" or the "Company"), a clinical-stage biotechnology company developing oral therapies for autoimmune diseases, today announced positive topline results from AURORA-2, its Phase 2b trial of NLX-414 in adults with generalized myasthenia gravis (gMG).</p>
<p>The 24-week trial randomized 186 patients at 61 sites in North America and Europe to NLX-414 or placebo.</p>
<p>"AURORA-2 gives us clear evidence that NLX-414 can change the course of this disease," commented Dr. Marianne Lefebvre, Chief Medical Officer of Northern Lights. "The speed of response was particularly striking."</p>
<p>Northern Lights President and Chief Executive Officer Andrew Kowalczyk said, "With these data in hand, we plan to meet with the FDA in the second quarter to agree on the design of a Phase 3 program."</p>
<p>"We have the cash to take NLX-414 through Phase 3," Kowalczyk added.</p>
<p><b>Conference Call and Webcast</b></p>
<p>Northern Lights will host a conference call today at 8:30 a.m. ET. The live webcast will be available in the Investors section of the Company's website (https://ir.northernlightstx.com).</p>
<p><b>Contacts</b></p>
<p>Investor Contact:<br>Caroline Hsu<br>Northern Lights Therapeutics<br>+1 (416) 555-0190<br>ir@northernlightstx.com</p>
<p>Media Contact:<br>Rob Delaney<br>Inizio Evoke<br>+1 (617) 555-0154<br>rdelaney@inizioevoke.com</p>
<p><b>About NLX-414</b></p>
<p>NLX-414 is an oral, once-daily inhibitor of the neonatal Fc receptor.</p>
<p><b>About Northern Lights Therapeutics</b></p>
<p>Northern Lights Therapeutics is a clinical-stage biotechnology company headquartered in Toronto. For more information, visit www.northernlightstx.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains "forward-looking statements" within the meaning of the U.S. Private Securities Litigation Reform Act of 1995 and "forward-looking information" under applicable Canadian securities laws, including statements about the design and timing of a Phase 3 program.</p>
<p>SOURCE Northern Lights Therapeutics Inc.</p>
</div></div></section>
<section class="container"><h3>Also from this source</h3><a href="/news-releases/nlt-2.html">Northern Lights to Present at Cowen Conference</a></section>
<footer><p>&copy; 2025 Cision US Inc.</p></footer>
</body></html>
""",
    headline="NORTHERN LIGHTS THERAPEUTICS REPORTS POSITIVE TOPLINE RESULTS FROM PHASE 2b AURORA-2 TRIAL OF NLX-414 IN GENERALIZED MYASTHENIA GRAVIS",
    subheadlines=["Trial met primary endpoint with a 4.1-point mean improvement in MG-ADL score versus placebo",
                  "Primary endpoint met (p=0.002), with separation from placebo from week two",
                  "Well tolerated, with no treatment-related serious adverse events"],
    city="Toronto", region=None, date="2025-03-10", wire="PR Newswire", release_date="2025-03-10",
    issuer="Northern Lights Therapeutics Inc.", tickers=[("NASDAQ", "NLTX"), ("TSX", "NLT")], website="www.northernlightstx.com",
    contacts=[dict(name="Caroline Hsu", role="Investor", organisation="Northern Lights Therapeutics", phones=["+1 (416) 555-0190"], emails=["ir@northernlightstx.com"]),
              dict(name="Rob Delaney", role="Media", organisation="Inizio Evoke", phones=["+1 (617) 555-0154"], emails=["rdelaney@inizioevoke.com"])],
    headings=["Conference Call and Webcast", "About NLX-414", "About Northern Lights Therapeutics", "Forward-Looking Statements"],
    quotes=[("Dr. Marianne Lefebvre", "Chief Medical Officer of Northern Lights"),
            ("Andrew Kowalczyk", "Northern Lights President and Chief Executive Officer")],
    fls="This press release contains", urls=["https://ir.northernlightstx.com", "www.northernlightstx.com"],
)

# === 2. Business Wire web page: FDA approval, ® in the headline, two decks, title-first speaker =========

variant("bw-web-fda-approval-title-first-according-to", "html", """\
<!DOCTYPE html>
<html><head><title>Vireo Biopharma Announces FDA Approval of ZELVARA (lorimetinib) for Adults with Relapsed Follicular Lymphoma | Business Wire</title>
<meta property="og:title" content="Vireo Biopharma Announces FDA Approval of ZELVARA&#174; (lorimetinib) for Adults with Relapsed Follicular Lymphoma">
</head><body>
<div class="bw-header"><a href="/">Business Wire</a> <a href="/portal/site/home/news/">Newsroom</a> <a href="/portal/site/home/contact-us/">Contact Us</a></div>
<article class="bw-release">
<div class="bw-release-main">
<div class="bw-release-headline"><h1><b>Vireo Biopharma Announces FDA Approval of ZELVARA<sup>&#174;</sup> (lorimetinib) for Adults with Relapsed Follicular Lymphoma</b></h1></div>
<div class="bw-release-subhead"><h2><i>First oral targeted therapy approved for third-line follicular lymphoma</i></h2><h2><i>Commercial launch expected within two weeks</i></h2></div>
<div class="bw-release-timestamp"><time datetime="2025-01-17T22:30:00Z">January 17, 2025 05:30 PM Eastern Standard Time</time></div>
<div class="bw-release-story">
<p><span class="bwuline">SOUTH SAN FRANCISCO, Calif.</span>--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--Vireo Biopharma, Inc. (Nasdaq: VIRB) today announced that the U.S. Food and Drug Administration (FDA) has approved ZELVARA<sup>&#174;</sup> (lorimetinib) for adults with follicular lymphoma that has relapsed after two or more lines of systemic therapy.</p>
<p>The approval was based on results from the Phase 2 VELA study, in which ZELVARA achieved an overall response rate of 68%.</p>
<p>&#8220;The approval of ZELVARA is an important advance for patients whose lymphoma has returned after two prior therapies,&#8221; said Vireo Chief Medical Officer Ana Ruiz, M.D. &#8220;It is a pill taken once a day at home.&#8221;</p>
<p>&#8220;Our field teams are trained and product is in the warehouse,&#8221; Ruiz added.</p>
<p>&#8220;Many patients in this setting run out of options,&#8221; according to Samuel Otieno, M.D., Professor of Medicine at Duke University School of Medicine.</p>
<p><b>About Follicular Lymphoma</b></p>
<p>Follicular lymphoma is the most common slow-growing non-Hodgkin lymphoma.</p>
<p><b>Important Safety Information</b></p>
<p>ZELVARA can cause serious infections. Full Prescribing Information is available at www.zelvara.com.</p>
<p><b>About Vireo Biopharma</b></p>
<p>Vireo Biopharma develops targeted medicines for blood cancers. For more information, visit www.vireobio.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements, including statements about the commercial launch of ZELVARA.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p><b>Investor Contact</b><br>Meghan Ortiz<br>Vireo Biopharma<br>650-555-0119<br>ir@vireobio.com</p>
<p><b>Media Contact</b><br>Chris Yamada<br>650-555-0131<br>media@vireobio.com</p>
</div>
</div>
</article>
<div class="bw-more-news"><h3>More News From Vireo Biopharma, Inc.</h3></div>
</body></html>
""",
    headline="Vireo Biopharma Announces FDA Approval of ZELVARA® (lorimetinib) for Adults with Relapsed Follicular Lymphoma",
    subheadlines=["First oral targeted therapy approved for third-line follicular lymphoma", "Commercial launch expected within two weeks"],
    city="South San Francisco", region="Calif.", date=None, wire="Business Wire", release_date="2025-01-17",
    issuer="Vireo Biopharma, Inc.", tickers=[("Nasdaq", "VIRB")], website="www.vireobio.com",
    contacts=[dict(name="Meghan Ortiz", role="Investor", organisation="Vireo Biopharma", phones=["650-555-0119"], emails=["ir@vireobio.com"]),
              dict(name="Chris Yamada", role="Media", phones=["650-555-0131"], emails=["media@vireobio.com"])],
    headings=["About Follicular Lymphoma", "Important Safety Information", "About Vireo Biopharma", "Forward-Looking Statements"],
    quotes=[("Ana Ruiz", "Vireo Chief Medical Officer"),
            ("Samuel Otieno", "Professor of Medicine at Duke University School of Medicine")],
    fls="This press release contains forward-looking statements", urls=["www.zelvara.com", "www.vireobio.com"],
)

# === 3. GlobeNewswire web page: Israeli issuer, NASDAQ; TASE, contacts table, statements after it ====

variant("gnw-web-israel-earnings-contact-table-statements", "html", """\
<!DOCTYPE html>
<html><head><title>Carmel Optics Reports Fourth Quarter and Full Year 2024 Results</title>
<meta property="og:title" content="Carmel Optics Reports Fourth Quarter and Full Year 2024 Results"></head><body>
<div class="main-header-container"><a href="/">GlobeNewswire</a> <a href="/newsroom">Newsroom</a></div>
<div class="main-container-content">
<h1 class="article-headline">Carmel Optics Reports Fourth Quarter and Full Year 2024 Results</h1>
<h2 class="article-subheadline">Record annual revenue of $148.2 million; fourth quarter gross margin of 46.3%</h2>
<div class="main-body-container article-body" id="main-body-container">
<p>TEL AVIV, Israel, Feb. 19, 2025 (GLOBE NEWSWIRE) -- Carmel Optics Ltd. (NASDAQ: CRML; TASE: CRML), a supplier of precision optical modules for defense and semiconductor customers, today reported results for the fourth quarter and full year ended December 31, 2024.</p>
<p><strong>Fourth Quarter 2024 Financial Highlights</strong></p>
<ul>
<li>Revenue of $41.0 million, up 17% from the fourth quarter of 2023</li>
<li>GAAP net income of $5.2 million, or $0.21 per diluted share</li>
</ul>
<p>Yael Ben-David, Chief Executive Officer of Carmel Optics, stated: &#8220;2024 was a record year for Carmel. Semiconductor demand recovered in the second half and our defense backlog reached an all-time high.&#8221;</p>
<p>&#8220;We expect revenue growth of 10% to 14% in 2025,&#8221; stated Ran Mizrahi, Chief Financial Officer.</p>
<p><strong>Conference Call Information</strong></p>
<p>Carmel will host a conference call today at 8:30 a.m. ET. A live webcast will be available at https://edge.media-server.com/mmc/p/x7k2q9ab.</p>
<p><strong>About Carmel Optics</strong></p>
<p>Carmel Optics designs and manufactures precision optical modules in Yokneam, Israel. For more information, visit www.carmeloptics.com.</p>
<p><strong>Safe Harbor Statement</strong></p>
<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including the 2025 outlook.</p>
<table border="0" cellpadding="4">
<tr><td valign="top"><b>Company Contact:</b><br>Ran Mizrahi<br>Chief Financial Officer<br>+972-4-555-0123<br>ran.mizrahi@carmeloptics.com</td>
<td valign="top"><b>Investor Relations Contact:</b><br>Miri Segal<br>MS-IR LLC<br>+1-917-555-0172<br>msegal@ms-ir.com</td></tr>
</table>
<p><strong>CARMEL OPTICS LTD.<br>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS<br>(U.S. dollars in thousands, except per share data)</strong></p>
<table border="1">
<tr><td></td><td>Three months ended December 31, 2024</td><td>Three months ended December 31, 2023</td></tr>
<tr><td>Revenues</td><td>41,012</td><td>35,054</td></tr>
<tr><td>Gross profit</td><td>18,989</td><td>15,493</td></tr>
<tr><td>Net income</td><td>5,204</td><td>3,118</td></tr>
</table>
</div>
<p>Source: Carmel Optics Ltd.</p>
</div>
<div class="related-news"><h2>Related Links</h2></div>
</body></html>
""",
    headline="Carmel Optics Reports Fourth Quarter and Full Year 2024 Results",
    subheadlines=["Record annual revenue of $148.2 million; fourth quarter gross margin of 46.3%"],
    city="Tel Aviv", region=None, country="Israel", date="2025-02-19", wire="GlobeNewswire", release_date="2025-02-19",
    issuer="Carmel Optics Ltd.", tickers=[("NASDAQ", "CRML"), ("TASE", "CRML")], website="www.carmeloptics.com",
    contacts=[dict(name="Ran Mizrahi", role="Company", title="Chief Financial Officer", phones=["+972-4-555-0123"], emails=["ran.mizrahi@carmeloptics.com"]),
              dict(name="Miri Segal", role="Investor Relations", organisation="MS-IR LLC", phones=["+1-917-555-0172"], emails=["msegal@ms-ir.com"])],
    headings=["Fourth Quarter 2024 Financial Highlights", "Conference Call Information", "About Carmel Optics", "Safe Harbor Statement"],
    quotes=[("Yael Ben-David", "Chief Executive Officer of Carmel Optics"), ("Ran Mizrahi", "Chief Financial Officer")],
    fls="This press release contains forward-looking statements",
    urls=["https://edge.media-server.com/mmc/p/x7k2q9ab", "www.carmeloptics.com"],
)

# === 4. ACCESSWIRE web page: executive appointment, "stated", "said Ms. Moreno" ============================

variant("accesswire-web-appointment-stated-ms", "html", """\
<!DOCTYPE html>
<html><head><title>Quantum Harbor Names Former Intel Executive Lisa Moreno Chief Operating Officer</title>
<meta property="og:title" content="Quantum Harbor Names Former Intel Executive Lisa Moreno Chief Operating Officer"></head><body>
<div class="header"><a href="/">ACCESSWIRE</a> <a href="/newsroom">Newsroom</a></div>
<div class="article">
<h1>Quantum Harbor Names Former Intel Executive Lisa Moreno Chief Operating Officer</h1>
<div class="articlebody">
<p>NEW YORK, NY / ACCESSWIRE / March 5, 2025 / Quantum Harbor Holdings, Inc. (NASDAQ:QHBR) ("Quantum Harbor" or the "Company"), a developer of trapped-ion quantum computers, today announced the appointment of Lisa Moreno as Chief Operating Officer, effective March 17, 2025.</p>
<p>Ms. Moreno joins Quantum Harbor from Intel Corporation, where she ran advanced packaging operations for eleven years.</p>
<p>"Lisa has scaled manufacturing for some of the most complex chips ever made," stated Dr. Vikram Rao, Chief Executive Officer of Quantum Harbor. "She is exactly the leader we need as we move toward commercial production."</p>
<p>"I am thrilled to join Quantum Harbor at this pivotal moment," said Ms. Moreno.</p>
<p><strong>About Quantum Harbor Holdings, Inc.</strong></p>
<p>Quantum Harbor builds trapped-ion quantum computers in Brooklyn, New York. Learn more at https://www.quantumharbor.com.</p>
<p><strong>Forward-Looking Statements</strong></p>
<p>This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934.</p>
<p><strong>Contact:</strong><br>Investor Relations<br>James Carver<br>Hayden IR<br>(917) 555-0166<br>qhbr@haydenir.com</p>
<p><strong>SOURCE:</strong> Quantum Harbor Holdings, Inc.</p>
<p>View the original <a href="https://www.accesswire.com/viewarticle.aspx?id=951234">press release</a> on accesswire.com</p>
</div></div></body></html>
""",
    headline="Quantum Harbor Names Former Intel Executive Lisa Moreno Chief Operating Officer", subheadlines=[],
    city="New York", region="NY", date="2025-03-05", wire="ACCESSWIRE", release_date="2025-03-05",
    issuer="Quantum Harbor Holdings, Inc.", tickers=[("NASDAQ", "QHBR")], website="https://www.quantumharbor.com",
    contacts=[dict(name="James Carver", role="Investor Relations", organisation="Hayden IR", phones=["(917) 555-0166"], emails=["qhbr@haydenir.com"])],
    headings=["About Quantum Harbor Holdings, Inc.", "Forward-Looking Statements"],
    quotes=[("Dr. Vikram Rao", "Chief Executive Officer of Quantum Harbor"), ("Lisa Moreno", "Chief Operating Officer")],
    fls="This press release contains forward-looking statements", urls=["https://www.quantumharbor.com"],
)

# === 5. Newsfile web page: bought deal, distribution legend, signed-by line in quotes ==================

variant("newsfile-web-bought-deal-legend-signature", "html", """\
<!DOCTYPE html>
<html><head><title>Silver Crest Metals Announces Upsized C$12 Million Bought Deal Financing</title>
<meta property="og:title" content="Silver Crest Metals Announces Upsized C$12 Million Bought Deal Financing"></head><body>
<div class="nf-header"><a href="/">Newsfile</a></div>
<div class="nf-release">
<h1>Silver Crest Metals Announces Upsized C$12 Million Bought Deal Financing</h1>
<p><b>NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES</b></p>
<p>Vancouver, British Columbia--(Newsfile Corp. - April 2, 2025) - Silver Crest Metals Corp. (TSXV: SCM) (OTCQB: SCMTF) (FSE: 5SC) ("Silver Crest" or the "Company") is pleased to announce that, due to strong investor demand, it has entered into an amended agreement with Red Cloud Securities Inc. to increase the size of its previously announced bought deal financing to C$12 million.</p>
<p>The Company intends to use the net proceeds to fund exploration at its Tres Cerros silver project in Durango, Mexico. The offering is expected to close on or about April 22, 2025.</p>
<p>The securities have not been registered under the United States Securities Act of 1933, as amended, and may not be offered or sold in the United States absent registration.</p>
<p><b>About Silver Crest Metals Corp.</b></p>
<p>Silver Crest Metals is a silver exploration company focused on Mexico. www.silvercrestmetals.com</p>
<p><b>ON BEHALF OF THE BOARD</b></p>
<p>"<i>Graham Whitlock</i>"<br>Graham Whitlock, President and CEO</p>
<p><b>For further information, please contact:</b><br>Graham Whitlock<br>President and CEO<br>Telephone: 604-555-0127<br>Email: info@silvercrestmetals.com</p>
<p><b>Cautionary Statement Regarding Forward-Looking Information</b></p>
<p>This news release contains certain "forward-looking information" within the meaning of applicable Canadian securities legislation, including the expected closing date of the offering.</p>
<p><i>Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.</i></p>
<p>To view the source version of this press release, please visit https://www.newsfilecorp.com/release/246802</p>
</div></body></html>
""",
    headline="Silver Crest Metals Announces Upsized C$12 Million Bought Deal Financing", subheadlines=[],
    city="Vancouver", region="British Columbia", date="2025-04-02", wire="Newsfile", release_date="2025-04-02",
    issuer="Silver Crest Metals Corp.", tickers=[("TSXV", "SCM"), ("OTCQB", "SCMTF"), ("FSE", "5SC")], website="www.silvercrestmetals.com",
    contacts=[dict(name="Graham Whitlock", title="President and CEO", phones=["604-555-0127"], emails=["info@silvercrestmetals.com"])],
    headings=["About Silver Crest Metals Corp.", "Cautionary Statement Regarding Forward-Looking Information"],
    quotes=[], fls="This news release contains certain",
    urls=["www.silvercrestmetals.com", "https://www.newsfilecorp.com/release/246802"],
)

# === 6. Marketwired web page (2014): M&A, caps section headings, contacts with the website ===============

variant("marketwired-web-2014-acquisition-caps-headings", "html", """\
<html><head><title>Prairie Sky Pipelines to Acquire Foothills Midstream for $410 Million - Marketwired</title></head><body>
<div id="header"><a href="/">Marketwired</a> <a href="/news">News Room</a></div>
<div id="news-release">
<h1>Prairie Sky Pipelines to Acquire Foothills Midstream for $410 Million</h1>
<h2><em>Acquisition Adds 1,200 Kilometres of Gathering Pipelines in the Montney</em></h2>
<p class="mw_release_date">Mar 3, 2014 07:00 ET</p>
<div class="mw_release">
<p>CALGARY, ALBERTA--(Marketwired - March 3, 2014) - Prairie Sky Pipelines Inc. ("Prairie Sky" or the "Corporation") (TSX:PSP) is pleased to announce that it has entered into a definitive agreement to acquire Foothills Midstream Ltd. for total consideration of $410 million, including assumed debt.</p>
<p><b>TRANSACTION HIGHLIGHTS</b></p>
<ul>
<li>Adds 1,200 kilometres of gathering pipelines and three gas plants</li>
<li>Expected to be 8% accretive to distributable cash flow per share in 2015</li>
</ul>
<p>"Foothills is a natural fit for our Montney strategy," said Gordon MacLeod, President and Chief Executive Officer of Prairie Sky.</p>
<p><b>FINANCING</b></p>
<p>The acquisition will be funded with a $200 million bought deal equity financing and Prairie Sky's credit facility.</p>
<p><b>ADVISORS</b></p>
<p>TD Securities Inc. is acting as financial advisor to Prairie Sky.</p>
<p><b>FORWARD-LOOKING STATEMENTS</b></p>
<p>Certain statements in this news release constitute forward-looking statements, including the expected accretion from the acquisition.</p>
<p><b>Contacts:</b><br>Prairie Sky Pipelines Inc.<br>Gordon MacLeod<br>President and Chief Executive Officer<br>(403) 555-0140<br><br>Prairie Sky Pipelines Inc.<br>Heather Lam<br>Vice President, Finance and Chief Financial Officer<br>(403) 555-0141<br>investor@prairiesky.ca<br>www.prairiesky.ca</p>
</div></div>
<div id="footer">Copyright &copy; 2014 Marketwired L.P.</div>
</body></html>
""",
    headline="Prairie Sky Pipelines to Acquire Foothills Midstream for $410 Million",
    subheadlines=["Acquisition Adds 1,200 Kilometres of Gathering Pipelines in the Montney"],
    city="Calgary", region="Alberta", date="2014-03-03", wire="Marketwired", release_date="2014-03-03",
    issuer="Prairie Sky Pipelines Inc.", tickers=[("TSX", "PSP")], website="www.prairiesky.ca",
    contacts=[dict(name="Gordon MacLeod", organisation="Prairie Sky Pipelines Inc.", title="President and Chief Executive Officer", phones=["(403) 555-0140"]),
              dict(name="Heather Lam", organisation="Prairie Sky Pipelines Inc.", title="Vice President, Finance and Chief Financial Officer",
                   phones=["(403) 555-0141"], emails=["investor@prairiesky.ca"])],
    headings=["TRANSACTION HIGHLIGHTS", "FINANCING", "ADVISORS", "FORWARD-LOOKING STATEMENTS"],
    quotes=[("Gordon MacLeod", "President and Chief Executive Officer of Prairie Sky")],
    fls="Certain statements in this news release", urls=["www.prairiesky.ca"],
)

# === 7. SEC EX-99.1 HTML (2005): font/table layout, contacts in the letterhead table, date in brackets ===

variant("sec-ex99-html-2005-bank-letterhead-contacts-tables", "htm", """\
<HTML><HEAD><TITLE>ex99-1</TITLE></HEAD><BODY BGCOLOR="#FFFFFF">
<P ALIGN="right"><FONT SIZE="2" FACE="Times New Roman"><B>Exhibit 99.1</B></FONT></P>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD WIDTH="50%" VALIGN="top"><FONT SIZE="4" FACE="Times New Roman"><B>NEWS RELEASE</B></FONT></TD>
<TD WIDTH="50%" VALIGN="top"><FONT SIZE="2" FACE="Times New Roman"><B>Contacts:</B><BR>Mark T. Sullivan<BR>Chief Financial Officer<BR>(410) 555-0180<BR><BR>Joan P. Reilly<BR>Vice President, Corporate Communications<BR>(410) 555-0181</FONT></TD></TR>
</TABLE>
<P ALIGN="center"><FONT SIZE="3" FACE="Times New Roman"><B>CHESAPEAKE FEDERAL FINANCIAL CORP. REPORTS<BR>FIRST QUARTER 2005 EARNINGS</B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">BALTIMORE, Maryland (April 21, 2005) -- Chesapeake Federal Financial Corp. (Nasdaq: CFFC), the holding company for Chesapeake Federal Savings Bank, today reported net income of $6.4 million, or $0.52 per diluted share, for the quarter ended March 31, 2005.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><B><U>First Quarter Highlights</U></B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Core deposits grew 9% from a year earlier and the net interest margin was 3.61%.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">&#147;We are pleased with the growth in core deposits,&#148; commented Thomas J. Whitfield, President and Chief Executive Officer. &#147;Our margin held steady despite the flat yield curve.&#148;</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Mr. Whitfield added, &#147;We continue to look for branch sites in Anne Arundel County.&#148;</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><B><U>Asset Quality</U></B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Nonperforming assets were 0.22% of total assets at March 31, 2005.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><B><U>About Chesapeake Federal Financial Corp.</U></B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">Chesapeake Federal Savings Bank operates 19 branches in central Maryland. Information is available at www.chesapeakefederal.com.</FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman"><B><U>Safe Harbor Statement</U></B></FONT></P>
<P><FONT SIZE="2" FACE="Times New Roman">This press release contains statements that are forward-looking, as that term is defined by the Private Securities Litigation Reform Act of 1995.</FONT></P>
<P ALIGN="center"><FONT SIZE="2" FACE="Times New Roman"><B>CHESAPEAKE FEDERAL FINANCIAL CORP.<BR>SELECTED FINANCIAL DATA (unaudited)</B></FONT></P>
<TABLE WIDTH="100%" BORDER="0">
<TR><TD><FONT SIZE="2">(dollars in thousands)</FONT></TD><TD ALIGN="right"><FONT SIZE="2">3/31/2005</FONT></TD><TD ALIGN="right"><FONT SIZE="2">3/31/2004</FONT></TD></TR>
<TR><TD><FONT SIZE="2">Net interest income</FONT></TD><TD ALIGN="right"><FONT SIZE="2">$24,112</FONT></TD><TD ALIGN="right"><FONT SIZE="2">$22,487</FONT></TD></TR>
<TR><TD><FONT SIZE="2">Net income</FONT></TD><TD ALIGN="right"><FONT SIZE="2">$6,402</FONT></TD><TD ALIGN="right"><FONT SIZE="2">$5,876</FONT></TD></TR>
</TABLE>
</BODY></HTML>
""",
    headline="CHESAPEAKE FEDERAL FINANCIAL CORP. REPORTS FIRST QUARTER 2005 EARNINGS", subheadlines=[],
    city="Baltimore", region="Maryland", date="2005-04-21", wire=None, release_date="2005-04-21",
    issuer="Chesapeake Federal Financial Corp.", tickers=[("Nasdaq", "CFFC")], website="www.chesapeakefederal.com",
    contacts=[dict(name="Mark T. Sullivan", title="Chief Financial Officer", phones=["(410) 555-0180"]),
              dict(name="Joan P. Reilly", title="Vice President, Corporate Communications", phones=["(410) 555-0181"])],
    headings=["First Quarter Highlights", "Asset Quality", "About Chesapeake Federal Financial Corp.", "Safe Harbor Statement"],
    quotes=[("Thomas J. Whitfield", "President and Chief Executive Officer")],
    fls="This press release contains statements that are forward-looking", urls=["www.chesapeakefederal.com"],
)

# === 8. SEC EX-99.1 modern (iXBRL-style divs): dateline split across spans, dash decks, title first ==========

variant("sec-ex99-divs-topline-split-dateline-dash-decks", "htm", """\
<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>slnb-ex99_1.htm</title></head><body>
<div style="text-align:right"><span style="font-family:'Times New Roman';font-size:10pt;font-weight:700">Exhibit 99.1</span></div>
<div style="text-align:center;margin-top:12pt"><span style="font-family:Arial;font-size:13pt;font-weight:700">Solenne Bio Announces Positive Topline Data from Phase 3 CALM-HF Trial of Solvarimab in Heart Failure with Preserved Ejection Fraction</span></div>
<div style="text-align:center;margin-top:6pt"><span style="font-family:Arial;font-size:10pt;font-style:italic">&#8211; Solvarimab reduced the composite of cardiovascular death and heart failure events by 27% (p=0.004) &#8211;</span></div>
<div style="text-align:center"><span style="font-family:Arial;font-size:10pt;font-style:italic">&#8211; Company plans to submit a Biologics License Application in the second half of 2025 &#8211;</span></div>
<div style="margin-top:12pt;text-align:justify"><span style="font-family:Arial;font-size:10pt;font-weight:700">WALTHAM, Mass., </span><span style="font-family:Arial;font-size:10pt;font-weight:700">May 20, 2025</span><span style="font-family:Arial;font-size:10pt"> &#8211; Solenne Bio, Inc. (Nasdaq: SLNB) (&#8220;Solenne&#8221;), a late-stage biopharmaceutical company focused on cardiometabolic disease, today announced positive topline results from CALM-HF, its Phase 3 trial of solvarimab in 3,112 patients with heart failure with preserved ejection fraction.</span></div>
<div style="margin-top:12pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">&#8220;CALM-HF is the first positive outcomes trial of an antibody in this form of heart failure,&#8221; said Solenne Chief Executive Officer Dr. Hannah Lind. &#8220;We will move quickly to bring solvarimab to patients.&#8221;</span></div>
<div style="margin-top:12pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">&#8220;We are building our commercial team now,&#8221; Lind added.</span></div>
<div style="margin-top:12pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">&#8220;These are clinically meaningful reductions in events that put patients in hospital,&#8221; according to Paolo Ferrante, M.D., Ph.D., Professor of Cardiology at the University of Milan and chair of the trial&#8217;s steering committee.</span></div>
<div style="margin-top:12pt"><span style="font-family:Arial;font-size:10pt;font-weight:700">CALM-HF Topline Results</span></div>
<div style="margin-top:6pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">The primary endpoint occurred in 14.2% of patients on solvarimab and 19.1% on placebo.</span></div>
<div style="margin-top:12pt"><span style="font-family:Arial;font-size:10pt;font-weight:700">Conference Call and Webcast</span></div>
<div style="margin-top:6pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">Solenne will host a call at 8:00 a.m. ET today. The webcast will be available on the Events page of the Investors section of Solenne&#8217;s website (https://investors.solennebio.com/events).</span></div>
<div style="margin-top:12pt"><span style="font-family:Arial;font-size:10pt;font-weight:700">About Solenne Bio</span></div>
<div style="margin-top:6pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">Solenne Bio develops antibody medicines for cardiometabolic disease. Learn more at https://www.solennebio.com.</span></div>
<div style="margin-top:12pt"><span style="font-family:Arial;font-size:10pt;font-weight:700">Forward-Looking Statements</span></div>
<div style="margin-top:6pt;text-align:justify"><span style="font-family:Arial;font-size:10pt">This press release contains forward-looking statements, including statements regarding the timing of a Biologics License Application.</span></div>
<div style="margin-top:12pt"><span style="font-family:Arial;font-size:10pt;font-weight:700">Contacts</span></div>
<div><span style="font-family:Arial;font-size:10pt">Investors: Dana Whitcomb, ir@solennebio.com</span></div>
<div><span style="font-family:Arial;font-size:10pt">Media: Trevor Marsh, 617-555-0148, media@solennebio.com</span></div>
</body></html>
""",
    headline="Solenne Bio Announces Positive Topline Data from Phase 3 CALM-HF Trial of Solvarimab in Heart Failure with Preserved Ejection Fraction",
    subheadlines=["Solvarimab reduced the composite of cardiovascular death and heart failure events by 27% (p=0.004)",
                  "Company plans to submit a Biologics License Application in the second half of 2025"],
    city="Waltham", region="Mass.", date="2025-05-20", wire=None, release_date="2025-05-20",
    issuer="Solenne Bio, Inc.", tickers=[("Nasdaq", "SLNB")], website="https://www.solennebio.com",
    contacts=[dict(name="Dana Whitcomb", role="Investors", emails=["ir@solennebio.com"]),
              dict(name="Trevor Marsh", role="Media", phones=["617-555-0148"], emails=["media@solennebio.com"])],
    headings=["CALM-HF Topline Results", "Conference Call and Webcast", "About Solenne Bio", "Forward-Looking Statements"],
    quotes=[("Dr. Hannah Lind", "Solenne Chief Executive Officer"),
            ("Paolo Ferrante", "Professor of Cardiology at the University of Milan and chair of the trial’s steering committee")],
    fls="This press release contains forward-looking statements",
    urls=["https://investors.solennebio.com/events", "https://www.solennebio.com"],
)

# === 9. SEC text exhibit (1999): two-column contact block, "According to X, ...", fixed-width table =====

variant("sec-ex99-text-1999-according-to-two-col-contacts", "txt", """\
                                                               EXHIBIT 99.1

FOR IMMEDIATE RELEASE

CONTACT:  Richard B. Calloway                    Linda Park
          Chief Financial Officer                Morgen-Walke Associates
          Allied Textile Group, Inc.             (212) 555-0198
          (212) 555-0134

                 ALLIED TEXTILE GROUP REPORTS FOURTH QUARTER
                          AND FISCAL 1998 RESULTS

      -- Fourth Quarter Net Income Rises 22% on Higher Denim Margins --

     NEW YORK, NY -- February 4, 1999 -- Allied Textile Group, Inc. (NYSE: ATG)
today reported net income of $8.9 million, or $0.61 per diluted share, for the
fourth quarter ended January 2, 1999, compared with $7.3 million, or $0.50 per
diluted share, in the fourth quarter of fiscal 1997.

     According to Harold J. Feinberg, Chairman and Chief Executive Officer, "Our
investment in new ring-spinning capacity paid off in the fourth quarter, as denim
margins improved for the third consecutive quarter."

     Mr. Feinberg continued, "We enter 1999 with a strong order book."

     Allied Textile Group, Inc. manufactures denim and twill fabrics at six plants
in Georgia and the Carolinas.

     Statements in this press release which are not historical facts are
forward-looking statements that involve risks and uncertainties, including
cotton prices and import competition.

                         ALLIED TEXTILE GROUP, INC.
                      CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share data)

                                     Three Months Ended
                                  Jan. 2,        Jan. 3,
                                   1999           1998
     Net sales                  $162,418       $151,202
     Net income                    8,911          7,305
     Diluted EPS                   $0.61          $0.50

                                    # # #
""",
    headline="ALLIED TEXTILE GROUP REPORTS FOURTH QUARTER AND FISCAL 1998 RESULTS",
    subheadlines=["Fourth Quarter Net Income Rises 22% on Higher Denim Margins"],
    city="New York", region="NY", date="1999-02-04", wire=None, release_date="1999-02-04",
    issuer="Allied Textile Group, Inc.", tickers=[("NYSE", "ATG")], website=None,
    contacts=[dict(name="Richard B. Calloway", title="Chief Financial Officer", organisation="Allied Textile Group, Inc.", phones=["(212) 555-0134"]),
              dict(name="Linda Park", organisation="Morgen-Walke Associates", phones=["(212) 555-0198"])],
    headings=[],
    quotes=[("Harold J. Feinberg", "Chairman and Chief Executive Officer")],
    fls="Statements in this press release which are not historical facts", urls=[],
)

# === 10. SEC text exhibit (2006) of a PR Newswire merger release: two companies in the /CONTACT: line ==========

variant("sec-ex99-text-2006-prn-merger-two-companies", "txt", """\
                                                                 Exhibit 99.1

Redwood Community Bancorp and Sierra Valley Bancshares to Merge

   - Combined Company Will Have $2.1 Billion in Assets and 38 Branches
   - Transaction Expected to Be 6% Accretive to 2007 Earnings

SACRAMENTO, Calif. and FRESNO, Calif., Aug. 14 /PRNewswire-FirstCall/ --
Redwood Community Bancorp (Nasdaq: RCBC) and Sierra Valley Bancshares, Inc.
(OTC Bulletin Board: SVBS) today announced the signing of a definitive merger
agreement under which Redwood will acquire Sierra Valley in a stock-and-cash
transaction valued at approximately $186 million.

     "This combination creates the leading community bank in the Central
Valley," said Redwood Chairman and Chief Executive Officer Michael J. Duarte.

     "Our customers will have access to more branches and larger lending
limits," said Patricia A. Yee, President of Sierra Valley Bancshares.

     Under the terms of the agreement, Sierra Valley shareholders will receive
0.82 shares of Redwood common stock and $4.10 in cash for each share.

     Conference Call

     Redwood and Sierra Valley will host a conference call at 11:00 a.m. Pacific
time today. An investor presentation is available at
http://www.redwoodcommunitybank.com/investor/merger-presentation.pdf.

     About Redwood Community Bancorp

     Redwood Community Bancorp is the holding company for Redwood Community
Bank, which operates 24 branches in the Sacramento region.

     About Sierra Valley Bancshares, Inc.

     Sierra Valley Bancshares is the holding company for Sierra Valley Bank,
which operates 14 branches in the San Joaquin Valley.

     Forward-Looking Statements

     This press release contains forward-looking statements, including
statements about the expected benefits of the merger.

     Additional Information About the Merger and Where to Find It

     Redwood will file a registration statement on Form S-4 with the SEC.
Investors may obtain these documents free of charge at the SEC's web site,
www.sec.gov.

SOURCE Redwood Community Bancorp

    -0-                             08/14/2006
    /CONTACT: Redwood Community Bancorp: Steven L. Park, Chief Financial
Officer, +1-916-555-0177, spark@redwoodcb.com; or Sierra Valley Bancshares,
Inc.: Patricia A. Yee, President, +1-559-555-0129/
    /Web site: http://www.redwoodcommunitybank.com /
""",
    headline="Redwood Community Bancorp and Sierra Valley Bancshares to Merge",
    subheadlines=["Combined Company Will Have $2.1 Billion in Assets and 38 Branches", "Transaction Expected to Be 6% Accretive to 2007 Earnings"],
    city="Sacramento", region="Calif.", date="2006-08-14", wire="PR Newswire", release_date="2006-08-14",
    issuer="Redwood Community Bancorp", tickers=[("Nasdaq", "RCBC"), ("OTC Bulletin Board", "SVBS")],
    website="http://www.redwoodcommunitybank.com",
    contacts=[dict(name="Steven L. Park", title="Chief Financial Officer", organisation="Redwood Community Bancorp", phones=["+1-916-555-0177"],
                   emails=["spark@redwoodcb.com"]),
              dict(name="Patricia A. Yee", title="President", organisation="Sierra Valley Bancshares, Inc.", phones=["+1-559-555-0129"])],
    headings=["Conference Call", "About Redwood Community Bancorp", "About Sierra Valley Bancshares, Inc.", "Forward-Looking Statements",
              "Additional Information About the Merger and Where to Find It"],
    quotes=[("Michael J. Duarte", "Redwood Chairman and Chief Executive Officer"), ("Patricia A. Yee", "President of Sierra Valley Bancshares")],
    fls="This press release contains forward-looking statements",
    urls=["http://www.redwoodcommunitybank.com/investor/merger-presentation.pdf", "www.sec.gov", "http://www.redwoodcommunitybank.com"],
)

# === 11. Dow Jones copy of a PR Newswire release from Munich: FSE and Xetra, "Dr. Vogel said" ==============

variant("dj-md-prn-munich-cfo-appointment", "md", """\
---
title: "Press Release: Brenner Robotik SE Appoints Dr. Katrin Vogel as Chief Financial Officer"
date: "2025-02-04 06:00:00"
categories:
  - "Dow Jones Newswires"
lang:
  - "en"
---

**(06:00 GMT)** Press Release: Brenner Robotik SE Appoints Dr. Katrin Vogel as Chief Financial Officer

Brenner Robotik SE Appoints Dr. Katrin Vogel as Chief Financial Officer

PR Newswire

MUNICH, Feb. 4, 2025

MUNICH, Feb. 4, 2025 /PRNewswire/ -- Brenner Robotik SE (FSE: BRR) (Xetra: BRR), a leading supplier of industrial automation systems, today announced that its Supervisory Board has appointed Dr. Katrin Vogel as Chief Financial Officer, effective April 1, 2025. She succeeds Thomas Albrecht, who will retire after 14 years with the company.

Dr. Vogel joins Brenner Robotik from a global medical technology group, where she was head of group controlling.

"Katrin brings deep experience in capital allocation and in running a global finance organisation," said Prof. Dr. Ulrich Haas, Chairman of the Supervisory Board. "On behalf of the Board, I also thank Thomas Albrecht for fourteen years of outstanding service."

"I look forward to working with the team to accelerate Brenner Robotik's growth," Dr. Vogel said.

About Brenner Robotik SE

Brenner Robotik SE builds robotic welding and assembly cells for the automotive and electronics industries. www.brenner-robotik.de/en

Media contact:
Julia Schreiber
Head of Corporate Communications
+49 89 5555 0142
julia.schreiber@brenner-robotik.de

Investor relations contact:
Markus Lenz
+49 89 5555 0188
ir@brenner-robotik.de

Photo - https://mma.prnewswire.com/media/2612345/Brenner_Robotik_Katrin_Vogel.jpg

View original content to download multimedia: https://www.prnewswire.com/news-releases/brenner-robotik-se-appoints-dr-katrin-vogel-as-chief-financial-officer-302367788.html

SOURCE Brenner Robotik SE

(END) Dow Jones Newswires

February 04, 2025 01:00 ET (06:00 GMT)
""",
    headline="Brenner Robotik SE Appoints Dr. Katrin Vogel as Chief Financial Officer", subheadlines=[],
    city="Munich", region=None, date="2025-02-04", wire="PR Newswire", release_date="2025-02-04",
    issuer="Brenner Robotik SE", tickers=[("FSE", "BRR"), ("Xetra", "BRR")], website="www.brenner-robotik.de",
    contacts=[dict(name="Julia Schreiber", role="Media", title="Head of Corporate Communications", phones=["+49 89 5555 0142"],
                   emails=["julia.schreiber@brenner-robotik.de"]),
              dict(name="Markus Lenz", role="Investor relations", phones=["+49 89 5555 0188"], emails=["ir@brenner-robotik.de"])],
    headings=["About Brenner Robotik SE"],
    quotes=[("Prof. Dr. Ulrich Haas", "Chairman of the Supervisory Board"), ("Dr. Katrin Vogel", "Chief Financial Officer")],
    fls=None,
    urls=["www.brenner-robotik.de/en", "https://mma.prnewswire.com/media/2612345/Brenner_Robotik_Katrin_Vogel.jpg",
          "https://www.prnewswire.com/news-releases/brenner-robotik-se-appoints-dr-katrin-vogel-as-chief-financial-officer-302367788.html"],
)

# === 12. Reuters copy of a GlobeNewswire topline release: no headline in the body, em dashes ===============

variant("reuters-md-gnw-topline-commented-contacts-last", "md", """\
---
title: "Halcyon Neuro Announces Positive Topline Results from Phase 2 HALO-PD Study of HN-301 in Parkinson's Disease Psychosis"
date: "2025-03-03 12:00:00"
summary: "SAN DIEGO, March 03, 2025 (GLOBE NEWSWIRE) — Halcyon Neuro, Inc. (Nasdaq: HLCN) (“Halcyon” or the “Company”), a clinical-stage biopharmaceutical company developing treatments for neuropsychiatric symptoms of neurodegenerative disease, today announced positive topline results"
categories:
  - "Reuters"
lang:
  - "en"
tags:
  - "Reuters"
comments: false
---

SAN DIEGO, March 03, 2025 (GLOBE NEWSWIRE) — Halcyon Neuro, Inc. (Nasdaq: HLCN) (“Halcyon” or the “Company”), a clinical-stage biopharmaceutical company developing treatments for neuropsychiatric symptoms of neurodegenerative disease, today announced positive topline results from HALO-PD, its Phase 2 study of HN-301 in patients with Parkinson’s disease psychosis.

- HN-301 achieved a statistically significant improvement on the SAPS-PD scale versus placebo at week six (p=0.011)
- No worsening of motor function was observed

Halcyon President and CEO Michael Brandt, Ph.D., commented, “These results support advancing HN-301 into a registrational program. Patients and caregivers need an option that does not worsen movement.”

“We plan to meet with the FDA by mid-year,” Brandt added.

**Conference Call and Webcast** 

Halcyon will host a conference call at 8:30 a.m. ET today. A webcast will be available on the Company’s investor website (https://ir.halcyonneuro.com/news-events/events).

**About HN-301** 

HN-301 is a selective 5-HT2A inverse agonist.

**About Halcyon Neuro** 

Halcyon Neuro is based in San Diego. For more information, visit www.halcyonneuro.com.

**Forward-Looking Statements** 

Statements contained in this press release regarding matters that are not historical facts are “forward-looking statements” within the meaning of the Private Securities Litigation Reform Act of 1995.

**Investor Contact:**  
Laura Pineda  
Stern Investor Relations  
laura.pineda@sternir.com

**Media Contact:**  
Kyle Evans  
kevans@halcyonneuro.com  
(858) 555-0163
""",
    headline="Halcyon Neuro Announces Positive Topline Results from Phase 2 HALO-PD Study of HN-301 in Parkinson's Disease Psychosis",
    subheadlines=[],
    city="San Diego", region=None, date="2025-03-03", wire="GlobeNewswire", release_date="2025-03-03",
    issuer="Halcyon Neuro, Inc.", tickers=[("Nasdaq", "HLCN")], website="www.halcyonneuro.com",
    contacts=[dict(name="Laura Pineda", role="Investor", organisation="Stern Investor Relations", emails=["laura.pineda@sternir.com"]),
              dict(name="Kyle Evans", role="Media", phones=["(858) 555-0163"], emails=["kevans@halcyonneuro.com"])],
    headings=["Conference Call and Webcast", "About HN-301", "About Halcyon Neuro", "Forward-Looking Statements"],
    quotes=[("Michael Brandt", "Halcyon President and CEO")],
    fls="Statements contained in this press release",
    urls=["https://ir.halcyonneuro.com/news-events/events", "www.halcyonneuro.com"],
)

# === 13. Dow Jones copy of a Business Wire earnings release: flash line, deck, plain-line headings ==========

variant("dj-md-bw-earnings-flash-plain-headings-contact-lines", "md", """\
---
title: "Ironclad Security Reports Fourth Quarter and Fiscal Year 2024 Results"
date: "2025-02-26 05:05:00"
categories:
  - "Dow Jones Newswires"
---

**(21:05 GMT)** \\*Ironclad Security 4Q Rev $212.4M >ICSC  
**(21:05 GMT)** Press Release: Ironclad Security Reports Fourth Quarter and Fiscal Year 2024 Results

Ironclad Security Reports Fourth Quarter and Fiscal Year 2024 Results

Annual recurring revenue surpasses $900 million; company initiates $300 million share repurchase

Business Wire

AUSTIN, Texas -- February 25, 2025

AUSTIN, Texas--(BUSINESS WIRE)--February 25, 2025--Ironclad Security, Inc. (NYSE: ICSC), a provider of identity security software, today announced financial results for the fourth quarter and fiscal year ended December 31, 2024.

"We finished the year with record bookings from large enterprises," said Priya Natarajan, co-founder and Chief Executive Officer of Ironclad. "Identity is now the center of every security program."

Fourth Quarter Fiscal 2024 Financial Highlights

-- Revenue of $212.4 million, up 24% year over year

-- Annual recurring revenue of $903 million, up 27%

Financial Outlook

For fiscal 2025, Ironclad expects revenue of $960 million to $970 million.

Conference Call Information

Ironclad will host a conference call today at 4:30 p.m. ET. The webcast will be available at https://investors.ironcladsec.com.

About Ironclad Security

Ironclad Security protects identities for more than 4,000 organizations. Learn more at www.ironcladsec.com.

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding our financial outlook.

View source version on businesswire.com: https://www.businesswire.com/news/home/20250225612345/en/

CONTACT: Investor Contact:

Nina Alvarez

ir@ironcladsec.com

Media Contact:

Derek Pham

press@ironcladsec.com

(512) 555-0139

(END) Dow Jones Newswires

February 25, 2025 16:05 ET (21:05 GMT)
""",
    headline="Ironclad Security Reports Fourth Quarter and Fiscal Year 2024 Results",
    subheadlines=["Annual recurring revenue surpasses $900 million; company initiates $300 million share repurchase"],
    city="Austin", region="Texas", date="2025-02-25", wire="Business Wire", release_date="2025-02-25",
    issuer="Ironclad Security, Inc.", tickers=[("NYSE", "ICSC")], website="www.ironcladsec.com",
    contacts=[dict(name="Nina Alvarez", role="Investor", emails=["ir@ironcladsec.com"]),
              dict(name="Derek Pham", role="Media", phones=["(512) 555-0139"], emails=["press@ironcladsec.com"])],
    headings=["Fourth Quarter Fiscal 2024 Financial Highlights", "Financial Outlook", "Conference Call Information", "About Ironclad Security",
              "Forward-Looking Statements"],
    quotes=[("Priya Natarajan", "co-founder and Chief Executive Officer of Ironclad")],
    fls="This press release contains forward-looking statements",
    urls=["https://investors.ironcladsec.com", "www.ironcladsec.com", "https://www.businesswire.com/news/home/20250225612345/en/"],
)

# === 14. PR Newswire text (2003), Tokyo: ticker split over a line, "Commenting on ..., President X said" ====

variant("prn-text-2003-tokyo-wrapped-ticker-commenting", "txt", """\
Kanto Precision Announces Results for First Half of Fiscal 2003

TOKYO, Nov. 6 /PRNewswire-FirstCall/ -- Kanto Precision Co., Ltd. (Tokyo
Stock Exchange: 6871; NYSE: KPC) today announced consolidated financial results
for the first half of the fiscal year ending March 31, 2004.

     Net sales for the first half rose 8.2% to 412.6 billion yen, driven by
demand for camera modules used in mobile phones.

     Commenting on the results, President and CEO Kenji Morimoto said, "Demand
for camera modules exceeded our expectations, and we have raised production
at our Kumamoto plant."

     Outlook for Fiscal 2003

     Kanto Precision now expects full-year net sales of 840 billion yen.

     Cautionary Statement with Respect to Forward-Looking Statements

     Statements made in this release with respect to Kanto Precision's plans
and outlook are forward-looking statements that involve risks and uncertainties.

SOURCE Kanto Precision Co., Ltd.

    -0-                             11/06/2003
    /CONTACT: Hiroshi Sato, Corporate Communications of Kanto Precision,
+81-3-5555-0123, h.sato@kantoprecision.co.jp; or Investor Relations in the
U.S., Karen Wells of Ashton Partners, +1-312-555-0160, kwells@ashtonpartners.com/
    /Web site: http://www.kantoprecision.co.jp/english/ /
""",
    headline="Kanto Precision Announces Results for First Half of Fiscal 2003", subheadlines=[],
    city="Tokyo", region=None, date="2003-11-06", wire="PR Newswire", release_date="2003-11-06",
    issuer="Kanto Precision Co., Ltd.", tickers=[("Tokyo Stock Exchange", "6871"), ("NYSE", "KPC")], website="http://www.kantoprecision.co.jp",
    contacts=[dict(name="Hiroshi Sato", organisation="Kanto Precision", phones=["+81-3-5555-0123"], emails=["h.sato@kantoprecision.co.jp"]),
              dict(name="Karen Wells", organisation="Ashton Partners", phones=["+1-312-555-0160"], emails=["kwells@ashtonpartners.com"])],
    headings=["Outlook for Fiscal 2003", "Cautionary Statement with Respect to Forward-Looking Statements"],
    quotes=[("Kenji Morimoto", "President and CEO")],
    fls="Statements made in this release", urls=["http://www.kantoprecision.co.jp/english/"],
)

# === 15. Business Wire text (2009): two cities with &, offering, CONTACT block with "or" ====================

variant("bw-text-2009-london-ny-notes-offering", "txt", """\
Aldwych Resources plc Announces Pricing of $500 Million Senior Notes Offering

LONDON & NEW YORK--(BUSINESS WIRE)--Feb. 2, 2009--Aldwych Resources plc (LSE: ALD)
(NYSE: ALD) ("Aldwych") today announced the pricing of its offering of $500 million
aggregate principal amount of 8.25% senior notes due 2016. The offering is expected
to close on February 9, 2009.

Citigroup Global Markets Inc. and Barclays Capital Inc. are acting as joint
book-running managers for the offering.

This press release does not constitute an offer to sell or the solicitation of an
offer to buy any securities.

About Aldwych Resources plc

Aldwych Resources is a diversified mining company with copper and coal operations
in Chile and Australia. Further information is available at www.aldwych-resources.com.

Cautionary Statement

This announcement contains certain forward-looking statements, including the
expected closing date of the offering.

CONTACT: Aldwych Resources plc
Investor Contact:
Simon Hale, +44 20 7555 0142
simon.hale@aldwych-resources.com
or
Media Contact:
Brunswick Group
Charlotte Evans, +44 20 7555 0199
cevans@brunswickgroup.com
""",
    headline="Aldwych Resources plc Announces Pricing of $500 Million Senior Notes Offering", subheadlines=[],
    city="London", region=None, date="2009-02-02", wire="Business Wire", release_date="2009-02-02",
    issuer="Aldwych Resources plc", tickers=[("LSE", "ALD"), ("NYSE", "ALD")], website="www.aldwych-resources.com",
    contacts=[dict(name="Simon Hale", role="Investor", phones=["+44 20 7555 0142"], emails=["simon.hale@aldwych-resources.com"]),
              dict(name="Charlotte Evans", role="Media", organisation="Brunswick Group", phones=["+44 20 7555 0199"], emails=["cevans@brunswickgroup.com"])],
    headings=["About Aldwych Resources plc", "Cautionary Statement"],
    quotes=[], fls="This announcement contains certain forward-looking statements", urls=["www.aldwych-resources.com"],
)

# === 16. GlobeNewswire text, Copenhagen company announcement: "says", contacts before About, attachments ==

variant("gnw-text-copenhagen-announcement-says", "txt", """\
Company Announcement No. 7/2025

Nordhavn Pharma A/S announces approval of Veltrona® in the EU for adults with moderate to severe atopic dermatitis

COPENHAGEN, Denmark, March 18, 2025 (GLOBE NEWSWIRE) -- Nordhavn Pharma A/S (Nasdaq
Copenhagen: NDHV) today announced that the European Commission has granted marketing
authorisation for Veltrona® (tralomab) for the treatment of adults with moderate to severe
atopic dermatitis who are candidates for systemic therapy.

The approval is based on the ECZ-1 and ECZ-2 phase 3 trials, in which 41% of patients
treated with Veltrona achieved clear or almost clear skin at week 16.

"Today's approval means that patients across Europe will have a new treatment option,"
says Mette Kjær Holm, Executive Vice President and Chief Medical Officer at Nordhavn Pharma.

For further information, please contact:

Investor Relations
Anders Lund, +45 3055 0142, alu@nordhavnpharma.com

Media Relations
Sofie Dahl, +45 3055 0187, sdh@nordhavnpharma.com

About atopic dermatitis

Atopic dermatitis is a chronic inflammatory skin disease affecting up to 10% of adults.

About Nordhavn Pharma

Nordhavn Pharma is a Danish biopharmaceutical company focused on dermatology. For more
information, visit www.nordhavnpharma.com.

Forward-looking statements

This company announcement contains forward-looking statements, including statements
about the launch of Veltrona in Europe.

Attachment

* Company Announcement No 7-2025 Veltrona EU approval
""",
    headline="Nordhavn Pharma A/S announces approval of Veltrona® in the EU for adults with moderate to severe atopic dermatitis",
    subheadlines=[],
    city="Copenhagen", region=None, country="Denmark", date="2025-03-18", wire="GlobeNewswire", release_date="2025-03-18",
    issuer="Nordhavn Pharma A/S", tickers=[("Nasdaq Copenhagen", "NDHV")], website="www.nordhavnpharma.com",
    contacts=[dict(name="Anders Lund", role="Investor Relations", phones=["+45 3055 0142"], emails=["alu@nordhavnpharma.com"]),
              dict(name="Sofie Dahl", role="Media Relations", phones=["+45 3055 0187"], emails=["sdh@nordhavnpharma.com"])],
    headings=["About atopic dermatitis", "About Nordhavn Pharma", "Forward-looking statements"],
    quotes=[("Mette Kjær Holm", "Executive Vice President and Chief Medical Officer at Nordhavn Pharma")],
    fls="This company announcement contains forward-looking statements", urls=["www.nordhavnpharma.com"],
)

# === 17. PR Newswire web page, Korea: KRX numeric code, media contact before About ==========================

variant("prn-web-korea-krx-media-contact-before-about", "html", """\
<!DOCTYPE html>
<html><head><title>Hanbit Biologics Receives European Commission Approval for HB-1103, a Denosumab Biosimilar</title>
<meta property="og:title" content="Hanbit Biologics Receives European Commission Approval for HB-1103, a Denosumab Biosimilar"></head><body>
<header><nav><a href="/">PR Newswire</a> <a href="/news-releases/">News</a></nav></header>
<div class="release-header"><h1>Hanbit Biologics Receives European Commission Approval for HB-1103, a Denosumab Biosimilar</h1></div>
<section class="release-body container">
<p><span class="xn-location">INCHEON, South Korea</span>, <span class="xn-chron">Feb. 24, 2025</span> /PRNewswire/ -- Hanbit Biologics Co., Ltd. (KRX: 298760) today announced that the European Commission has approved HB-1103, a biosimilar to denosumab, for the treatment of osteoporosis and the prevention of skeletal events in patients with bone metastases.</p>
<p>The approval covers all 27 EU member states as well as Iceland, Liechtenstein and Norway.</p>
<p>"This approval brings an affordable option to patients with osteoporosis across Europe," said <span class="xn-person">Ji-hoon Park</span>, CEO of Hanbit Biologics.</p>
<p><b>Media Contact:</b> Soo-min Lee, +82-32-555-0142, media@hanbitbio.com</p>
<p><b>About Hanbit Biologics</b></p>
<p>Hanbit Biologics develops and manufactures biosimilars at its plant in Incheon. For more information, visit https://www.hanbitbio.com/eng.</p>
<p>SOURCE Hanbit Biologics</p>
</section>
<div class="related-news"><h3>More news from this source</h3></div>
</body></html>
""",
    headline="Hanbit Biologics Receives European Commission Approval for HB-1103, a Denosumab Biosimilar", subheadlines=[],
    city="Incheon", region=None, country="South Korea", date="2025-02-24", wire="PR Newswire", release_date="2025-02-24",
    issuer="Hanbit Biologics Co., Ltd.", tickers=[("KRX", "298760")], website="https://www.hanbitbio.com",
    contacts=[dict(name="Soo-min Lee", role="Media", phones=["+82-32-555-0142"], emails=["media@hanbitbio.com"])],
    headings=["About Hanbit Biologics"],
    quotes=[("Ji-hoon Park", "CEO of Hanbit Biologics")],
    fls=None, urls=["https://www.hanbitbio.com/eng"],
)

# === 18. Company newsroom HTML: no wire, no ticker, city in <strong>, date in brackets, "stated Board Chair" ===

variant("company-html-health-system-ceo-strong-city", "html", """\
<!DOCTYPE html>
<html><head><title>Harborview Health System Names Monica Alvarez, M.D., President and Chief Executive Officer | Newsroom</title></head><body>
<nav class="site-nav"><a href="/">Home</a><a href="/find-a-doctor">Find a Doctor</a><a href="/newsroom">Newsroom</a></nav>
<article class="press-release">
<p class="eyebrow">Press Release</p>
<p><strong>FOR IMMEDIATE RELEASE</strong></p>
<h1>Harborview Health System Names Monica Alvarez, M.D., President and Chief Executive Officer</h1>
<h2>Alvarez succeeds James Whitaker, who retires after 16 years</h2>
<p><strong>SEATTLE</strong> (September 9, 2024) &ndash; The Harborview Health System Board of Trustees today announced that Monica Alvarez, M.D., executive vice president and chief operating officer of Cascade Regional Health, will become Harborview&rsquo;s president and chief executive officer on January 1, 2025.</p>
<p>&ldquo;Dr. Alvarez is a proven leader who has improved quality and access at every organization she has served,&rdquo; stated Board Chair Richard Nguyen.</p>
<p>&ldquo;Harborview&rsquo;s commitment to this community is what drew me here,&rdquo; said Dr. Alvarez.</p>
<p><strong>Media Contact</strong><br>Erin Caldwell<br>Senior Director, Communications<br>206-555-0172<br>ecaldwell@harborviewhealth.org</p>
<h3>About Harborview Health System</h3>
<p>Harborview Health System is a nonprofit system of four hospitals and 60 clinics in the Puget Sound region. Learn more at www.harborviewhealth.org.</p>
<p style="text-align:center">###</p>
</article>
<footer><p>&copy; 2024 Harborview Health System</p></footer>
</body></html>
""",
    headline="Harborview Health System Names Monica Alvarez, M.D., President and Chief Executive Officer",
    subheadlines=["Alvarez succeeds James Whitaker, who retires after 16 years"],
    city="Seattle", region=None, date="2024-09-09", wire=None, release_date="2024-09-09",
    issuer="Harborview Health System", tickers=[], website="www.harborviewhealth.org",
    contacts=[dict(name="Erin Caldwell", role="Media", title="Senior Director, Communications", phones=["206-555-0172"],
                   emails=["ecaldwell@harborviewhealth.org"])],
    headings=["About Harborview Health System"],
    quotes=[("Richard Nguyen", "Board Chair"),
            ("Monica Alvarez", "executive vice president and chief operating officer of Cascade Regional Health")],
    fls=None, urls=["www.harborviewhealth.org"],
)

# === 19. Business Wire release on a company IR site (Q4 layout): offering, prospectus phone is no contact ====

variant("bw-ir-site-offering-prospectus-not-contact", "html", """\
<!DOCTYPE html>
<html><head><title>Granite Ridge Energy Announces Pricing of Upsized Public Offering of Common Stock :: Granite Ridge Energy, Inc. (GRNT)</title></head><body>
<div class="nav"><a href="/">Investors</a> <a href="/news-events/press-releases">Press Releases</a> <a href="/stock-info">Stock Info</a></div>
<div class="module module-details">
<h2 class="module-details_title">Granite Ridge Energy Announces Pricing of Upsized Public Offering of Common Stock</h2>
<div class="module_date-time"><span class="module_date-text">03/12/2025</span></div>
<div class="module_body">
<p>HOUSTON--(BUSINESS WIRE)--Mar. 12, 2025-- Granite Ridge Energy, Inc. (NYSE: GRNT) (&#8220;Granite Ridge&#8221;) today announced the pricing of its upsized underwritten public offering of 12,500,000 shares of its common stock at a price to the public of $18.50 per share. The offering is expected to close on March 14, 2025.</p>
<p>Goldman Sachs &amp; Co. LLC and J.P. Morgan are acting as joint book-running managers for the offering.</p>
<p>The offering is being made only by means of a prospectus supplement and accompanying prospectus, copies of which may be obtained from Goldman Sachs &amp; Co. LLC, Attention: Prospectus Department, 200 West Street, New York, NY 10282, telephone: 1-866-471-2526, or by email at prospectus-ny@ny.email.gs.com.</p>
<p>This press release shall not constitute an offer to sell or the solicitation of an offer to buy these securities.</p>
<p><b>About Granite Ridge Energy, Inc.</b></p>
<p>Granite Ridge Energy is an independent oil and natural gas company focused on the Permian Basin. www.graniteridgeenergy.com</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release includes &#8220;forward-looking statements&#8221; within the meaning of the federal securities laws, including statements about the closing of the offering.</p>
<p>View source version on businesswire.com: <a href="https://www.businesswire.com/news/home/20250312184512/en/">https://www.businesswire.com/news/home/20250312184512/en/</a></p>
<p>Investor Relations<br>Colin Baker<br>(713) 555-0115<br>ir@graniteridgeenergy.com</p>
<p>Source: Granite Ridge Energy, Inc.</p>
</div></div>
<div class="footer">&copy; 2025 Granite Ridge Energy, Inc. All Rights Reserved.</div>
</body></html>
""",
    headline="Granite Ridge Energy Announces Pricing of Upsized Public Offering of Common Stock", subheadlines=[],
    city="Houston", region=None, date="2025-03-12", wire="Business Wire", release_date="2025-03-12",
    issuer="Granite Ridge Energy, Inc.", tickers=[("NYSE", "GRNT")], website="www.graniteridgeenergy.com",
    contacts=[dict(name="Colin Baker", role="Investor Relations", phones=["(713) 555-0115"], emails=["ir@graniteridgeenergy.com"])],
    headings=["About Granite Ridge Energy, Inc.", "Forward-Looking Statements"],
    quotes=[], fls="This press release includes",
    urls=["www.graniteridgeenergy.com", "https://www.businesswire.com/news/home/20250312184512/en/"],
)

# === 20. Reuters copy of an ACCESSWIRE release: italic deck, glued tickers, contact section then FLS ==========

variant("reuters-md-accesswire-glued-tickers-italic-deck", "md", """\
---
title: "Bluefin Aquaculture Reports Record Second Quarter Harvest Volumes"
date: "2024-08-14 12:30:00"
categories:
  - "Reuters"
tags:
  - "Reuters"
---

Bluefin Aquaculture Reports Record Second Quarter Harvest Volumes

*Harvest volumes up 38% year over year; company reaffirms 2024 guidance*

HALIFAX, NS / ACCESSWIRE / August 14, 2024 / Bluefin Aquaculture Inc. (CSE:BFIN)(OTCQB:BFAQF)(FSE:B4Q) ("Bluefin" or the "Company") today reported record harvest volumes for the second quarter ended June 30, 2024.

**Q2 2024 Highlights**

- Harvested 2,140 tonnes of Atlantic salmon, up 38% from Q2 2023
- Revenue of C$18.6 million, up 41%

Bluefin CEO Fiona MacIsaac stated, "Our new recirculating hatchery is delivering healthier smolts and bigger harvests."

"We are on track to meet our 2024 guidance," MacIsaac added.

**About Bluefin Aquaculture Inc.**

Bluefin Aquaculture raises Atlantic salmon in land-based facilities in Nova Scotia. For more information, visit www.bluefinaqua.ca.

**Contact Information**

Fiona MacIsaac  
Chief Executive Officer  
fiona@bluefinaqua.ca  
+1 (902) 555-0118

**Forward-Looking Information**

This news release contains forward-looking information, including statements about 2024 guidance.

**SOURCE:** Bluefin Aquaculture Inc.

View the original press release on accesswire.com
""",
    headline="Bluefin Aquaculture Reports Record Second Quarter Harvest Volumes",
    subheadlines=["Harvest volumes up 38% year over year; company reaffirms 2024 guidance"],
    city="Halifax", region="NS", date="2024-08-14", wire="ACCESSWIRE", release_date="2024-08-14",
    issuer="Bluefin Aquaculture Inc.", tickers=[("CSE", "BFIN"), ("OTCQB", "BFAQF"), ("FSE", "B4Q")], website="www.bluefinaqua.ca",
    contacts=[dict(name="Fiona MacIsaac", title="Chief Executive Officer", phones=["+1 (902) 555-0118"], emails=["fiona@bluefinaqua.ca"])],
    headings=["Q2 2024 Highlights", "About Bluefin Aquaculture Inc.", "Forward-Looking Information"],
    quotes=[("Fiona MacIsaac", "Bluefin CEO")],
    fls="This news release contains forward-looking information", urls=["www.bluefinaqua.ca"],
)

# === 21. PR Newswire web page: all-stock merger of two listed companies, contacts table by company ==========

variant("prn-web-merger-two-listed-contacts-table-by-company", "html", """\
<!DOCTYPE html>
<html><head><title>Castellan Software and Brightpath Analytics to Combine in $3.1 Billion All-Stock Merger</title>
<meta property="og:title" content="Castellan Software and Brightpath Analytics to Combine in $3.1 Billion All-Stock Merger"></head><body>
<header><nav><a href="/">PR Newswire</a></nav></header>
<div class="release-header"><h1>Castellan Software and Brightpath Analytics to Combine in $3.1 Billion All-Stock Merger</h1>
<p class="subtitle">Combination creates a leader in AI-driven supply chain planning</p>
<p class="subtitle">Castellan shareholders to own approximately 58% of combined company</p></div>
<div class="release-body container">
<p><span class="xn-location">NEW YORK</span> and <span class="xn-location">BOSTON</span>, <span class="xn-chron">Jan. 13, 2025</span> /PRNewswire/ -- Castellan Software, Inc. (NYSE: CSTL) and Brightpath Analytics, Inc. (NASDAQ: BPTH) today announced that they have entered into a definitive agreement to combine in an all-stock transaction.</p>
<p>"Together we can give every planner a forecast they can trust," said Robert Feld, Chief Executive Officer of Castellan.</p>
<p>Brightpath co-founder and Chief Executive Officer Meera Iyer said, "Our customers asked us for an end-to-end platform, and this combination delivers it."</p>
<p><b>Transaction Details</b></p>
<p>Brightpath shareholders will receive 0.74 shares of Castellan common stock for each Brightpath share.</p>
<p><b>Leadership and Headquarters</b></p>
<p>Robert Feld will serve as Chief Executive Officer of the combined company, which will be headquartered in New York.</p>
<p><b>Conference Call</b></p>
<p>The companies will host a joint call at 8:00 a.m. ET. A presentation will be available at www.castellan-brightpath.com.</p>
<p><b>Advisors</b></p>
<p>Morgan Stanley &amp; Co. LLC is serving as financial advisor to Castellan.</p>
<p><b>About Castellan Software</b></p>
<p>Castellan Software makes supply chain planning software. www.castellansoftware.com</p>
<p><b>About Brightpath Analytics</b></p>
<p>Brightpath Analytics makes demand forecasting software. www.brightpathanalytics.com</p>
<p><b>Forward-Looking Statements</b></p>
<p>This communication contains forward-looking statements regarding the proposed transaction.</p>
<p><b>No Offer or Solicitation</b></p>
<p>This communication is not an offer to sell or the solicitation of an offer to buy any securities.</p>
<p><b>Additional Information and Where to Find It</b></p>
<p>Castellan will file a registration statement on Form S-4 with the SEC, available free of charge at www.sec.gov.</p>
<p><b>Participants in the Solicitation</b></p>
<p>Castellan, Brightpath and their directors may be deemed participants in the solicitation of proxies.</p>
<p><b>Contacts</b></p>
<table>
<tr><td><b>Castellan Software</b></td><td><b>Brightpath Analytics</b></td></tr>
<tr><td>Investors: Laura Chen<br>(212) 555-0130<br>ir@castellansoftware.com</td><td>Investors: Mark Abrams<br>(617) 555-0174<br>investors@brightpathanalytics.com</td></tr>
<tr><td>Media: Tom Reilly<br>(212) 555-0131<br>press@castellansoftware.com</td><td>Media: Jess Ortiz<br>(617) 555-0175<br>media@brightpathanalytics.com</td></tr>
</table>
<p>SOURCE Castellan Software, Inc.</p>
</div></body></html>
""",
    headline="Castellan Software and Brightpath Analytics to Combine in $3.1 Billion All-Stock Merger",
    subheadlines=["Combination creates a leader in AI-driven supply chain planning", "Castellan shareholders to own approximately 58% of combined company"],
    city="New York", region=None, date="2025-01-13", wire="PR Newswire", release_date="2025-01-13",
    issuer="Castellan Software, Inc.", tickers=[("NYSE", "CSTL"), ("NASDAQ", "BPTH")], website="www.castellansoftware.com",
    contacts=[dict(name="Laura Chen", role="Investors", organisation="Castellan Software", phones=["(212) 555-0130"], emails=["ir@castellansoftware.com"]),
              dict(name="Tom Reilly", role="Media", organisation="Castellan Software", phones=["(212) 555-0131"], emails=["press@castellansoftware.com"]),
              dict(name="Mark Abrams", role="Investors", organisation="Brightpath Analytics", phones=["(617) 555-0174"],
                   emails=["investors@brightpathanalytics.com"]),
              dict(name="Jess Ortiz", role="Media", organisation="Brightpath Analytics", phones=["(617) 555-0175"], emails=["media@brightpathanalytics.com"])],
    headings=["Transaction Details", "Leadership and Headquarters", "Conference Call", "Advisors", "About Castellan Software",
              "About Brightpath Analytics", "Forward-Looking Statements", "No Offer or Solicitation", "Additional Information and Where to Find It",
              "Participants in the Solicitation"],
    quotes=[("Robert Feld", "Chief Executive Officer of Castellan"), ("Meera Iyer", "Brightpath co-founder and Chief Executive Officer")],
    fls="This communication contains forward-looking statements",
    urls=["www.castellan-brightpath.com", "www.castellansoftware.com", "www.brightpathanalytics.com", "www.sec.gov"],
)

# === 22. GlobeNewswire web page, Norway: "Company ASA:" headline, legend, day-month date, ticker in the aside =

variant("gnw-web-norway-private-placement-day-month-date", "html", """\
<!DOCTYPE html>
<html><head><title>Fjordkraft Marine ASA: Contemplated private placement of NOK 600 million</title>
<meta property="og:title" content="Fjordkraft Marine ASA: Contemplated private placement of NOK 600 million"></head><body>
<div class="main-header-container"><a href="/">GlobeNewswire</a></div>
<div class="main-container-content">
<h1 class="article-headline">Fjordkraft Marine ASA: Contemplated private placement of NOK 600 million</h1>
<div class="main-body-container article-body" id="main-body-container">
<p>NOT FOR PUBLICATION, DISTRIBUTION OR RELEASE, DIRECTLY OR INDIRECTLY, IN OR INTO THE UNITED STATES, AUSTRALIA, CANADA, JAPAN OR ANY OTHER JURISDICTION IN WHICH SUCH RELEASE WOULD BE UNLAWFUL.</p>
<p>Bergen, Norway, 9 April 2025 (GLOBE NEWSWIRE) -- Fjordkraft Marine ASA (&#8220;Fjordkraft&#8221; or the &#8220;Company&#8221;, OSE: FJMAR) has retained Pareto Securities AS and Arctic Securities AS as joint bookrunners to explore a private placement of new shares raising gross proceeds of approximately NOK 600 million.</p>
<p>The net proceeds will be used to finance two battery-hybrid offshore supply vessels.</p>
<p>For further information, please contact:<br>Espen Hovland, CFO, +47 55 55 01 42, espen.hovland@fjordkraftmarine.no</p>
<p><strong>About Fjordkraft Marine ASA</strong></p>
<p>Fjordkraft Marine owns and operates offshore supply vessels. www.fjordkraftmarine.no</p>
<p>This information is considered to be inside information pursuant to the EU Market Abuse Regulation and is subject to the disclosure requirements pursuant to Section 5-12 of the Norwegian Securities Trading Act. This stock exchange announcement was published by Espen Hovland, CFO, at 16:32 CET on 9 April 2025.</p>
<p><strong>Important information</strong></p>
<p>Matters discussed in this announcement may constitute forward-looking statements. Forward-looking statements are statements that are not historical facts.</p>
</div>
<p>Source: Fjordkraft Marine ASA</p>
</div></body></html>
""",
    headline="Fjordkraft Marine ASA: Contemplated private placement of NOK 600 million", subheadlines=[],
    city="Bergen", region=None, country="Norway", date="2025-04-09", wire="GlobeNewswire", release_date="2025-04-09",
    issuer="Fjordkraft Marine ASA", tickers=[("OSE", "FJMAR")], website="www.fjordkraftmarine.no",
    contacts=[dict(name="Espen Hovland", title="CFO", phones=["+47 55 55 01 42"], emails=["espen.hovland@fjordkraftmarine.no"])],
    headings=["About Fjordkraft Marine ASA", "Important information"],
    quotes=[], fls="Matters discussed in this announcement may constitute forward-looking statements", urls=["www.fjordkraftmarine.no"],
)

# === 23. SEC EX-99.1 HTML (2001): FDA approval, &#153;, contacts in the letterhead, "he said" ===============

variant("sec-ex99-html-2001-fda-approval-tm-he-said", "htm", """\
<HTML>
<BODY>
<P ALIGN=RIGHT><FONT FACE="Arial" SIZE=2>EXHIBIT 99.1</FONT></P>
<TABLE WIDTH=100% BORDER=0><TR><TD><IMG SRC="pdmt_logo.gif" ALT="Piedmont Pharmaceuticals"></TD><TD ALIGN=RIGHT><FONT FACE="Arial" SIZE=4><B>NEWS</B></FONT></TD></TR></TABLE>
<TABLE WIDTH=100% BORDER=0>
<TR><TD VALIGN=TOP WIDTH=50%><FONT FACE="Arial" SIZE=2><B>FOR IMMEDIATE RELEASE</B></FONT></TD>
<TD VALIGN=TOP WIDTH=50%><FONT FACE="Arial" SIZE=2><B>Contacts:</B><BR>Investors: Gail M. Lindqvist<BR>(919) 555-0144<BR>Media: Robert T. Keane<BR>(919) 555-0145</FONT></TD></TR>
</TABLE>
<P ALIGN=CENTER><FONT FACE="Arial" SIZE=3><B>PIEDMONT PHARMACEUTICALS RECEIVES FDA APPROVAL<BR>FOR CARDURIN&#153; EXTENDED-RELEASE TABLETS</B></FONT></P>
<P ALIGN=CENTER><FONT FACE="Arial" SIZE=2><I>Once-Daily Formulation for Hypertension to Launch in First Quarter of 2002</I></FONT></P>
<P><FONT FACE="Arial" SIZE=2>RESEARCH TRIANGLE PARK, N.C., November 19, 2001 -- Piedmont Pharmaceuticals, Inc. (Nasdaq: PDMT) announced today that the U.S. Food and Drug Administration (FDA) has approved Cardurin&#153; (velazosin HCl) Extended-Release Tablets for the treatment of hypertension.</FONT></P>
<P><FONT FACE="Arial" SIZE=2>&quot;Cardurin XR gives physicians a once-daily option that controls blood pressure around the clock,&quot; commented Dr. Lawrence E. Whitley, President and Chief Executive Officer of Piedmont Pharmaceuticals.</FONT></P>
<P><FONT FACE="Arial" SIZE=2>Dr. Whitley noted that the company has hired 120 sales representatives in anticipation of the launch. &quot;We are ready,&quot; he said.</FONT></P>
<P><FONT FACE="Arial" SIZE=2><B>About Piedmont Pharmaceuticals</B></FONT></P>
<P><FONT FACE="Arial" SIZE=2>Piedmont Pharmaceuticals develops cardiovascular drugs. Additional information is available at www.piedmontpharma.com.</FONT></P>
<P><FONT FACE="Arial" SIZE=2><B>Safe Harbor Statement</B></FONT></P>
<P><FONT FACE="Arial" SIZE=2>Except for historical information, the matters discussed in this press release are forward-looking statements that involve risks and uncertainties.</FONT></P>
<P ALIGN=CENTER><FONT FACE="Arial" SIZE=2># # #</FONT></P>
</BODY>
</HTML>
""",
    headline="PIEDMONT PHARMACEUTICALS RECEIVES FDA APPROVAL FOR CARDURIN™ EXTENDED-RELEASE TABLETS",
    subheadlines=["Once-Daily Formulation for Hypertension to Launch in First Quarter of 2002"],
    city="Research Triangle Park", region="N.C.", date="2001-11-19", wire=None, release_date="2001-11-19",
    issuer="Piedmont Pharmaceuticals, Inc.", tickers=[("Nasdaq", "PDMT")], website="www.piedmontpharma.com",
    contacts=[dict(name="Gail M. Lindqvist", role="Investors", phones=["(919) 555-0144"]),
              dict(name="Robert T. Keane", role="Media", phones=["(919) 555-0145"])],
    headings=["About Piedmont Pharmaceuticals", "Safe Harbor Statement"],
    quotes=[("Dr. Lawrence E. Whitley", "President and Chief Executive Officer of Piedmont Pharmaceuticals")],
    fls="Except for historical information", urls=["www.piedmontpharma.com"],
)

# === 24. PR Newswire text (1997): wire header lines, Nasdaq/NMS, two-digit trailer year, fixed-width table ===

variant("prn-text-1997-wire-header-nms-table", "txt", """\
/FROM PR NEWSWIRE LOS ANGELES 213-626-5500/
TO BUSINESS EDITOR:

Pacific Gateway Software Reports Record Third Quarter Revenues

IRVINE, Calif., Oct. 21 /PRNewswire/ -- Pacific Gateway Software Corp.
(Nasdaq/NMS: PGSW) today reported record revenues of $18.4 million for the third
quarter ended Sept. 30, 1997, an increase of 43 percent over the $12.9 million
reported for the third quarter of 1996.

     "Demand for our host-access software grew in every region," said Steven A.
Kaplan, chairman and chief executive officer.  "Our new Windows NT products
accounted for nearly a third of license revenues."

     Net income for the quarter rose to $2.2 million, or 21 cents per share.

     "We expect the NT transition to continue through 1998," Kaplan noted.

     Statements in this news release regarding future results are
forward-looking statements that involve risks and uncertainties.

                    PACIFIC GATEWAY SOFTWARE CORP.
               CONSOLIDATED STATEMENTS OF OPERATIONS
               (in thousands, except per share data)

                                  Three Months Ended
                                     September 30,
                                  1997          1996
     Revenues                  $18,412       $12,906
     Net income                  2,207         1,180
     Net income per share        $0.21         $0.12

    -0-                             10/21/97
    /CONTACT:  Steven A. Kaplan, chairman and CEO, or Linda Torres, chief
financial officer, 714-555-0123, both of Pacific Gateway Software Corp./
    (PGSW)
""",
    headline="Pacific Gateway Software Reports Record Third Quarter Revenues", subheadlines=[],
    city="Irvine", region="Calif.", date="1997-10-21", wire="PR Newswire", release_date="1997-10-21",
    issuer="Pacific Gateway Software Corp.", tickers=[("Nasdaq/NMS", "PGSW")], website=None,
    contacts=[dict(name="Steven A. Kaplan", title="chairman and CEO", organisation="Pacific Gateway Software Corp."),
              dict(name="Linda Torres", title="chief financial officer", organisation="Pacific Gateway Software Corp.", phones=["714-555-0123"])],
    headings=[],
    quotes=[("Steven A. Kaplan", "chairman and chief executive officer")],
    fls="Statements in this news release regarding future results", urls=[],
)


# === FINAL 6: written after the fixes, scored once without fixing (the last held-out check) =========

variant("final-bw-web-toronto-tsx-nyse-noted", "html", """\
<!DOCTYPE html>
<html><head><title>Maplecrest Gold Reports Third Quarter 2024 Results | Business Wire</title>
<meta property="og:title" content="Maplecrest Gold Reports Third Quarter 2024 Results"></head><body>
<div class="bw-header"><a href="/">Business Wire</a> <a href="/news">News</a></div>
<article class="bw-release"><div class="bw-release-main">
<h1>Maplecrest Gold Reports Third Quarter 2024 Results</h1>
<div class="bw-release-subhead"><h2><i>Record free cash flow of $142 million; quarterly dividend raised 20%</i></h2></div>
<div class="bw-release-timestamp"><time datetime="2024-11-06T22:00:00Z">November 06, 2024 05:00 PM Eastern Standard Time</time></div>
<div class="bw-release-story">
<p>TORONTO--(<a href="https://www.businesswire.com/">BUSINESS WIRE</a>)--Maplecrest Gold Corp. (TSX: MCG) (NYSE: MCGC) (&#8220;Maplecrest&#8221; or the &#8220;Company&#8221;) today reported its financial and operating results for the third quarter ended September 30, 2024.</p>
<p>&#8220;Higher grades at Pine Hollow and a record gold price drove our best quarter ever,&#8221; said Stephanie Roy, President and Chief Executive Officer. &#8220;We are sharing that success with shareholders.&#8221;</p>
<p>Roy noted that construction of the Blackwater mill remains on schedule and on budget.</p>
<p><b>Third Quarter 2024 Highlights</b></p>
<ul><li>Gold production of 118,400 ounces</li><li>All-in sustaining costs of $1,104 per ounce</li></ul>
<p><b>Conference Call</b></p>
<p>A conference call will be held on November 7, 2024 at 10:00 a.m. ET. Details are available at https://www.maplecrestgold.com/investors.</p>
<p><b>About Maplecrest Gold Corp.</b></p>
<p>Maplecrest Gold operates two mines in Ontario and Quebec. www.maplecrestgold.com</p>
<p><b>Cautionary Statement on Forward-Looking Information</b></p>
<p>This news release contains &#8220;forward-looking information&#8221; within the meaning of applicable Canadian securities laws.</p>
</div>
<div class="bw-release-contact"><h2>Contacts</h2>
<p><b>Investor Relations</b><br>Marc Gagnon<br>Vice President, Investor Relations<br>+1 416-555-0112<br>investors@maplecrestgold.com</p>
<p><b>Media Relations</b><br>Julie Tremblay<br>+1 416-555-0113<br>media@maplecrestgold.com</p>
</div></div></article></body></html>
""", _into=FINAL,
    headline="Maplecrest Gold Reports Third Quarter 2024 Results",
    subheadlines=["Record free cash flow of $142 million; quarterly dividend raised 20%"],
    city="Toronto", region=None, date=None, wire="Business Wire", release_date="2024-11-06",
    issuer="Maplecrest Gold Corp.", tickers=[("TSX", "MCG"), ("NYSE", "MCGC")], website="www.maplecrestgold.com",
    contacts=[dict(name="Marc Gagnon", role="Investor Relations", title="Vice President, Investor Relations", phones=["+1 416-555-0112"],
                   emails=["investors@maplecrestgold.com"]),
              dict(name="Julie Tremblay", role="Media Relations", phones=["+1 416-555-0113"], emails=["media@maplecrestgold.com"])],
    headings=["Third Quarter 2024 Highlights", "Conference Call", "About Maplecrest Gold Corp.", "Cautionary Statement on Forward-Looking Information"],
    quotes=[("Stephanie Roy", "President and Chief Executive Officer")],
    fls="This news release contains", urls=["https://www.maplecrestgold.com/investors", "www.maplecrestgold.com"],
)

variant("final-gnw-text-fda-approval-dash-bullets", "txt", """\
Orion Renal Announces FDA Approval of KELVARA (sotenatide) for IgA Nephropathy

- First approval for Orion Renal -
- Launch planned for the first quarter of 2025 -

BOSTON, Dec. 16, 2024 (GLOBE NEWSWIRE) -- Orion Renal, Inc. (Nasdaq: ORNL), a
biopharmaceutical company focused on kidney disease, today announced that the U.S.
Food and Drug Administration has granted accelerated approval to KELVARA (sotenatide)
for adults with primary IgA nephropathy at risk of disease progression.

"KELVARA is the first medicine approved for IgA nephropathy that targets the
complement pathway," said Orion Renal Chief Executive Officer David Amsel. "We thank
the patients and investigators who made the PROTECT-IgA trial possible."

"Reducing proteinuria is the most important thing we can do for these patients,"
stated Maria Costa, M.D., Professor of Nephrology at Boston University and lead
investigator of PROTECT-IgA.

About IgA Nephropathy

IgA nephropathy is a leading cause of kidney failure in young adults.

About Orion Renal

Orion Renal develops medicines for kidney disease. For more information, visit
https://www.orionrenal.com.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995.

Investor Contact:
Hannah Liu
Precision AQ
hannah.liu@precisionaq.com

Media Contact:
Sam Fischer
(617) 555-0166
media@orionrenal.com
""", _into=FINAL,
    headline="Orion Renal Announces FDA Approval of KELVARA (sotenatide) for IgA Nephropathy",
    subheadlines=["First approval for Orion Renal", "Launch planned for the first quarter of 2025"],
    city="Boston", region=None, date="2024-12-16", wire="GlobeNewswire", release_date="2024-12-16",
    issuer="Orion Renal, Inc.", tickers=[("Nasdaq", "ORNL")], website="https://www.orionrenal.com",
    contacts=[dict(name="Hannah Liu", role="Investor", organisation="Precision AQ", emails=["hannah.liu@precisionaq.com"]),
              dict(name="Sam Fischer", role="Media", phones=["(617) 555-0166"], emails=["media@orionrenal.com"])],
    headings=["About IgA Nephropathy", "About Orion Renal", "Forward-Looking Statements"],
    quotes=[("David Amsel", "Orion Renal Chief Executive Officer"),
            ("Maria Costa", "Professor of Nephrology at Boston University and lead investigator of PROTECT-IgA")],
    fls="This press release contains forward-looking statements", urls=["https://www.orionrenal.com"],
)

variant("final-prn-web-singapore-sgx-group-ceo", "html", """\
<!DOCTYPE html>
<html><head><title>Straits Logistics Acquires Majority Stake in Vietnamese Cold-Chain Operator</title>
<meta property="og:title" content="Straits Logistics Acquires Majority Stake in Vietnamese Cold-Chain Operator"></head><body>
<header class="site-header"><nav><a href="/">PR Newswire</a></nav></header>
<div class="release-header"><h1>Straits Logistics Acquires Majority Stake in Vietnamese Cold-Chain Operator</h1>
<p class="subtitle"><i>Deal adds 14 temperature-controlled warehouses in Ho Chi Minh City and Hanoi</i></p></div>
<section class="release-body container">
<p><span class="xn-location">SINGAPORE</span>, <span class="xn-chron">Oct. 3, 2024</span> /PRNewswire/ -- Straits Logistics Limited (SGX: S7L), a leading provider of supply chain services in Southeast Asia, today announced that it has acquired a 70% stake in Saigon Cold Chain Joint Stock Company for US$96 million.</p>
<p>"Vietnam is the fastest-growing cold-chain market in the region," said Group CEO Tan Wei Ming. "This acquisition gives us scale there overnight."</p>
<p><b>About Straits Logistics Limited</b></p>
<p>Straits Logistics operates 120 warehouses in eight countries. For more information, please visit www.straitslogistics.com.sg.</p>
<p><b>Media Contact</b></p>
<p>Rachel Lim<br>Head, Corporate Communications<br>+65 6555 0142<br>rachel.lim@straitslogistics.com.sg</p>
<p>SOURCE Straits Logistics Limited</p>
</section></body></html>
""", _into=FINAL,
    headline="Straits Logistics Acquires Majority Stake in Vietnamese Cold-Chain Operator",
    subheadlines=["Deal adds 14 temperature-controlled warehouses in Ho Chi Minh City and Hanoi"],
    city="Singapore", region=None, date="2024-10-03", wire="PR Newswire", release_date="2024-10-03",
    issuer="Straits Logistics Limited", tickers=[("SGX", "S7L")], website="www.straitslogistics.com.sg",
    contacts=[dict(name="Rachel Lim", role="Media", title="Head, Corporate Communications", phones=["+65 6555 0142"],
                   emails=["rachel.lim@straitslogistics.com.sg"])],
    headings=["About Straits Logistics Limited"],
    quotes=[("Tan Wei Ming", "Group CEO")],
    fls=None, urls=["www.straitslogistics.com.sg"],
)

variant("final-sec-ex99-text-2008-contact-above-caps-commented", "txt", """\
                                                                  EXHIBIT 99.1

NEWS RELEASE

CONTACT:   Gregory P. Hanley
           Chief Financial Officer
           (614) 555-0190
           ghanley@buckeyefoods.com

FOR IMMEDIATE RELEASE

               BUCKEYE FOODS REPORTS FISCAL 2008 FOURTH QUARTER RESULTS

COLUMBUS, Ohio, August 21, 2008 -- Buckeye Foods, Inc. (NASDAQ: BKFD) today
reported net sales of $284.1 million for the fourth quarter of fiscal 2008, an
increase of 6.8% from the fourth quarter of fiscal 2007.

     "Commodity costs weighed on our margins all year," commented Lawrence D.
Kessler, Chairman and Chief Executive Officer. "Price increases taken in June
should restore margins in fiscal 2009."

FOURTH QUARTER RESULTS

Gross margin was 21.4% compared with 24.0% a year ago.

OUTLOOK

The Company expects fiscal 2009 net sales growth of 4% to 6%.

ABOUT BUCKEYE FOODS

Buckeye Foods makes snack foods sold under the Buckeye and Crisp Valley brands.
More information is available at www.buckeyefoods.com.

FORWARD-LOOKING STATEMENTS

This press release contains forward-looking statements that involve risks and
uncertainties, including commodity costs.

                                     # # #
""", _into=FINAL,
    headline="BUCKEYE FOODS REPORTS FISCAL 2008 FOURTH QUARTER RESULTS", subheadlines=[],
    city="Columbus", region="Ohio", date="2008-08-21", wire=None, release_date="2008-08-21",
    issuer="Buckeye Foods, Inc.", tickers=[("NASDAQ", "BKFD")], website="www.buckeyefoods.com",
    contacts=[dict(name="Gregory P. Hanley", title="Chief Financial Officer", phones=["(614) 555-0190"], emails=["ghanley@buckeyefoods.com"])],
    headings=["FOURTH QUARTER RESULTS", "OUTLOOK", "ABOUT BUCKEYE FOODS", "FORWARD-LOOKING STATEMENTS"],
    quotes=[("Lawrence D. Kessler", "Chairman and Chief Executive Officer")],
    fls="This press release contains forward-looking statements", urls=["www.buckeyefoods.com"],
)

variant("final-dj-md-gnw-tsxv-contact-after-about", "md", """\
---
title: "Press Release: Cobalt Ridge Resources Announces Closing of C$8 Million Flow-Through Financing"
date: "2025-03-20 20:30:00"
categories:
  - "Dow Jones Newswires"
---

**(20:30 GMT)** Press Release: Cobalt Ridge Resources Announces Closing of C$8 Million Flow-Through Financing

Cobalt Ridge Resources Announces Closing of C$8 Million Flow-Through Financing

GlobeNewswire

SUDBURY, Ontario, March 20, 2025

SUDBURY, Ontario, March 20, 2025 (GLOBE NEWSWIRE) -- Cobalt Ridge Resources Inc. (TSXV: CRR; OTCQB: CBRRF) ("Cobalt Ridge" or the "Company") is pleased to announce that it has closed its previously announced flow-through private placement for gross proceeds of C$8.0 million.

"With this financing we are fully funded for a 20,000-metre drill program this summer," said Peter Laurentian, President and CEO.

About Cobalt Ridge Resources Inc.

Cobalt Ridge is exploring for nickel and cobalt in the Sudbury Basin. www.cobaltridge.ca

For further information, please contact:
Peter Laurentian, President and CEO
Tel: (705) 555-0121
Email: info@cobaltridge.ca

Forward-Looking Statements

This news release contains forward-looking statements regarding the use of proceeds and the drill program.

Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.

(END) Dow Jones Newswires

March 20, 2025 16:30 ET (20:30 GMT)
""", _into=FINAL,
    headline="Cobalt Ridge Resources Announces Closing of C$8 Million Flow-Through Financing", subheadlines=[],
    city="Sudbury", region="Ontario", date="2025-03-20", wire="GlobeNewswire", release_date="2025-03-20",
    issuer="Cobalt Ridge Resources Inc.", tickers=[("TSXV", "CRR"), ("OTCQB", "CBRRF")], website="www.cobaltridge.ca",
    contacts=[dict(name="Peter Laurentian", title="President and CEO", phones=["(705) 555-0121"], emails=["info@cobaltridge.ca"])],
    headings=["About Cobalt Ridge Resources Inc.", "Forward-Looking Statements"],
    quotes=[("Peter Laurentian", "President and CEO")],
    fls="This news release contains forward-looking statements", urls=["www.cobaltridge.ca"],
)

variant("final-reuters-md-newsfile-appointment", "md", """\
---
title: "Aurelia Health Appoints Dr. Nadia Farouk as Chief Medical Officer"
date: "2025-01-08 13:00:00"
categories:
  - "Reuters"
---

Aurelia Health Appoints Dr. Nadia Farouk as Chief Medical Officer

Vancouver, British Columbia--(Newsfile Corp. - January 8, 2025) - Aurelia Health Technologies Inc. (CSE: AUR) (OTCQB: AURHF) ("Aurelia" or the "Company"), a digital health company, is pleased to announce the appointment of Dr. Nadia Farouk as Chief Medical Officer, effective immediately.

Dr. Farouk was previously medical director of virtual care at a large Canadian health authority.

"Nadia's clinical leadership will be central as we expand our remote monitoring programs," commented James Whitford, CEO of Aurelia.

"I am excited to join Aurelia," said Dr. Farouk.

**About Aurelia Health Technologies Inc.**

Aurelia builds remote patient monitoring software. Visit https://aureliahealth.ca.

**Contact:**
James Whitford, CEO
604-555-0150
ir@aureliahealth.ca

**Forward-Looking Statements**

This news release contains forward-looking statements regarding the Company's business plans.

To view the source version of this press release, please visit https://www.newsfilecorp.com/release/236541
""", _into=FINAL,
    headline="Aurelia Health Appoints Dr. Nadia Farouk as Chief Medical Officer", subheadlines=[],
    city="Vancouver", region="British Columbia", date="2025-01-08", wire="Newsfile", release_date="2025-01-08",
    issuer="Aurelia Health Technologies Inc.", tickers=[("CSE", "AUR"), ("OTCQB", "AURHF")], website="https://aureliahealth.ca",
    contacts=[dict(name="James Whitford", title="CEO", phones=["604-555-0150"], emails=["ir@aureliahealth.ca"])],
    headings=["About Aurelia Health Technologies Inc.", "Forward-Looking Statements"],
    quotes=[("James Whitford", "CEO of Aurelia"), ("Dr. Nadia Farouk", "Chief Medical Officer")],
    fls="This news release contains forward-looking statements",
    urls=["https://aureliahealth.ca", "https://www.newsfilecorp.com/release/236541"],
)


# === the runner ==================================================================================================

def _all() -> dict[str, tuple[str, str, dict]]:
    return {**BLIND, **FINAL}


# variants with a field still wrong (see the report at the top); kept visible as expected failures
KNOWN_WRONG: dict[str, str] = {
    # the expectation (role "Company") was written blind; the readers' documented convention
    # (contacts.settle_roles) reads a "Company Contact" label as the issuer's organisation, no role
    "gnw-web-israel-earnings-contact-table-statements": "'Company Contact:' -> role None + issuer organisation by convention",
    # "said Dr. Alvarez" after "Monica Alvarez, M.D., executive vice president ... of Cascade Regional
    # Health": the speaker keeps the printed "Dr." (the rules' convention) and the lower-case title
    # given with the fuller mention is not picked up
    "company-html-health-system-ceo-strong-city": "speaker 'Dr. Monica Alvarez', title of the lower-case mention missed",
}


@pytest.mark.parametrize("name", list(BLIND) + list(FINAL))
def test_blind_variant(name, tmp_path):
    check_variant(_all(), name, tmp_path, KNOWN_WRONG)


if __name__ == "__main__":
    sys.exit(main({"blind 24": BLIND, "final 6": FINAL}))
