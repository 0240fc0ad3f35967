"""Synthetic variants of every wire family, written to check that the rules generalize beyond the
corpus: other cities (multi-word, non-US, multi-city, none dated), other contact layouts (two
columns, two companies' labelled blocks, above the headline, a title line under each name), other
phone formats, ticker spellings, quote attributions and heading styles.

Each variant is a whole release file; `expect` lists the fields it must give. Contacts are checked
as (name, role, organisation, title, phones, emails) for the fields given.
"""

from __future__ import annotations

import pytest

from reportgen.readers.release import read_release
from tests.readers.variant_scoring import contact_matches

VARIANTS: dict[str, tuple[str, str, dict]] = {}


def variant(name: str, suffix: str, text: str, **expect):
    VARIANTS[name] = (suffix, text, expect)


# --- PR Newswire, hard-wrapped text (the year from the -0- trailer) ---------------------------

variant("prn-text-multiword-city", "txt", """\
Harbor Freight Logistics Reports Record Third Quarter

  - Revenue up 14 percent to $212 million
  - Raises full-year outlook

SOUTH SAN FRANCISCO, Calif., Oct. 14 /PRNewswire-FirstCall/ -- Harbor Freight
Logistics, Inc. (Nasdaq: HFLI) today reported record results for its third
quarter ended Sept. 30.

     "This was our best quarter ever," said Maria Lopez, President and Chief
Executive Officer of Harbor Freight Logistics. "Our network keeps growing."

     Revenue rose 14 percent to $212 million.

     About Harbor Freight Logistics

     Harbor Freight Logistics runs freight terminals on the West Coast.
Visit http://www.hfli.com for more.

     Forward-Looking Statements

     This release contains forward-looking statements within the meaning of
the Private Securities Litigation Reform Act of 1995.

SOURCE Harbor Freight Logistics, Inc.

    -0-                             10/14/2008
    /CONTACT: Investors, Tom Reed, +1-650-555-0142, treed@hfli.com; or Media,
Ann Park, +1-650-555-0188, apark@hfli.com, both of Harbor Freight Logistics/
""",
    headline="Harbor Freight Logistics Reports Record Third Quarter",
    subheadlines=["Revenue up 14 percent to $212 million", "Raises full-year outlook"],
    city="South San Francisco", region="Calif.", cities=["South San Francisco"], date="2008-10-14", wire="PR Newswire",
    release_date="2008-10-14", issuer="Harbor Freight Logistics, Inc.", tickers=[("Nasdaq", "HFLI")],
    contacts=[dict(name="Tom Reed", role="Investors", organisation="Harbor Freight Logistics", phones=["+1-650-555-0142"], emails=["treed@hfli.com"]),
              dict(name="Ann Park", role="Media", emails=["apark@hfli.com"])],
    headings=["About Harbor Freight Logistics", "Forward-Looking Statements"],
    quotes=[("Maria Lopez", "President and Chief Executive Officer of Harbor Freight Logistics")],
    fls="This release contains forward-looking statements", urls=["http://www.hfli.com"],
)

variant("prn-text-two-cities-said-mr", "txt", """\
NORTHWIND ENERGY AND BLUEWATER POWER TO COMBINE

HOUSTON and LONDON, March 3 /PRNewswire/ -- Northwind Energy Corp. (NYSE: NWE)
said today it will combine with Bluewater Power plc.

     Northwind's Chief Executive Officer, Peter J. Hammond, will lead the
combined company.

     "Together we will be stronger," said Mr. Hammond.

     About Northwind Energy

     Northwind Energy explores for natural gas in Texas.

SOURCE Northwind Energy Corp.
    -0-                             03/03/2009
    /CONTACT: Sarah Klein of Northwind Energy, +1-713-555-0110/
""",
    headline="NORTHWIND ENERGY AND BLUEWATER POWER TO COMBINE", city="Houston", cities=["Houston", "London"],
    date="2009-03-03", wire="PR Newswire", issuer="Northwind Energy Corp.", tickers=[("NYSE", "NWE")],
    contacts=[dict(name="Sarah Klein", organisation="Northwind Energy", phones=["+1-713-555-0110"])],
    headings=["About Northwind Energy"], quotes=[("Peter J. Hammond", None)],
)

# --- PR Newswire web page -----------------------------------------------------------------------

variant("prn-web-london", "html", """\
<!DOCTYPE html><html><head><title>Aldgate Therapeutics Doses First Patient</title>
<meta property="og:title" content="Aldgate Therapeutics Doses First Patient in Phase 2 Trial"></head><body>
<nav><a href="/">News</a> <a href="/contact">Contact</a></nav>
<h1>Aldgate Therapeutics Doses First Patient in Phase 2 Trial</h1>
<p class="subtitle"><i>Trial to enrol 120 patients across Europe</i></p>
<p>LONDON, United Kingdom, Jan. 9, 2025 /PRNewswire/ -- Aldgate Therapeutics plc (LSE: ALDG), a clinical-stage biotech company, today announced that the first patient has been dosed.</p>
<p>Dr. Helen Marsh, Chief Medical Officer, said: "Dosing the first patient is a milestone for the company."</p>
<h2>About Aldgate Therapeutics</h2>
<p>Aldgate develops medicines for rare diseases. More at <a href="https://www.aldgatetx.com">www.aldgatetx.com</a>.</p>
<p><b>Contacts</b></p>
<table><tr><td>Aldgate Therapeutics<br>James Carter, CFO<br>+44 (0)20 7123 4567<br>ir@aldgatetx.com</td>
<td>Media<br>Lucy Grant<br>+44 (0)20 7946 0000<br>lgrant@citypr.co.uk</td></tr></table>
<p>SOURCE Aldgate Therapeutics plc</p>
<h3>Also from this source</h3><p>Aldgate names new chair</p>
</body></html>
""",
    headline="Aldgate Therapeutics Doses First Patient in Phase 2 Trial", subheadlines=["Trial to enrol 120 patients across Europe"],
    city="London", country="United Kingdom", cities=["London"], date="2025-01-09", wire="PR Newswire",
    issuer="Aldgate Therapeutics plc", tickers=[("LSE", "ALDG")],
    contacts=[dict(name="James Carter", title="CFO", phones=["+44 (0)20 7123 4567"], emails=["ir@aldgatetx.com"]),
              dict(name="Lucy Grant", role="Media", phones=["+44 (0)20 7946 0000"], emails=["lgrant@citypr.co.uk"])],
    headings=["About Aldgate Therapeutics"], quotes=[("Dr. Helen Marsh", "Chief Medical Officer")],
    urls=["www.aldgatetx.com"],
)

variant("prn-web-no-date-dateline", "html", """\
<html><head><title>Kestrel Robotics Opens Austin Plant</title></head><body>
<h1>Kestrel Robotics Opens Austin Plant</h1>
<p>AUSTIN, Texas /PRNewswire/ -- Kestrel Robotics, Inc. (NASDAQ: KSTR) today opened its new plant.</p>
<p>"Austin gives us room to grow," said Raj Patel, Kestrel's CEO.</p>
<p><strong>Media Contact:</strong><br>Dana White<br>(512) 555-0100 ext. 12<br>dana@kestrelrobotics.com</p>
</body></html>
""",
    headline="Kestrel Robotics Opens Austin Plant", city="Austin", region="Texas", wire="PR Newswire", date=None,
    issuer="Kestrel Robotics, Inc.", tickers=[("NASDAQ", "KSTR")],
    contacts=[dict(name="Dana White", role="Media", phones=["(512) 555-0100 ext. 12"], emails=["dana@kestrelrobotics.com"])],
    quotes=[("Raj Patel", "Kestrel's CEO")],
)

# --- PR Newswire inside an SEC EX-99.1 exhibit ----------------------------------------------------

variant("prn-exhibit-html", "htm", """\
<html><body>
<p align="right">Exhibit 99.1</p>
<p align="center"><b>Granite Peak Bancorp Reports Fourth Quarter Earnings</b></p>
<p>SALT LAKE CITY, Jan. 22, 2024 /PRNewswire/ -- Granite Peak Bancorp (NYSE: GPB) today reported net income of $41 million.</p>
<p>"Deposits grew in every market," said Chairman and CEO Linda Ostrowski.</p>
<p><b>Fourth Quarter Highlights</b></p>
<p>Net interest margin widened to 3.4 percent.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.</p>
<p><b>Investor Contact:</b> Mark Fields, (801) 555-0133, mfields@granitepeak.com</p>
<p><b>Media Contact:</b> Joy Chen, (801) 555-0177, jchen@granitepeak.com</p>
</body></html>
""",
    headline="Granite Peak Bancorp Reports Fourth Quarter Earnings", city="Salt Lake City", date="2024-01-22", wire="PR Newswire",
    issuer="Granite Peak Bancorp", tickers=[("NYSE", "GPB")],
    contacts=[dict(name="Mark Fields", role="Investor", phones=["(801) 555-0133"], emails=["mfields@granitepeak.com"]),
              dict(name="Joy Chen", role="Media", phones=["(801) 555-0177"])],
    headings=["Fourth Quarter Highlights", "Forward-Looking Statements"], quotes=[("Linda Ostrowski", "Chairman and CEO")],
    fls="This release contains forward-looking statements",
)

variant("prn-exhibit-text", "txt", """\
                                                                 EXHIBIT 99.1

                 Pinecrest Foods Declares Quarterly Dividend

ST. LOUIS, May 2 /PRNewswire-FirstCall/ -- Pinecrest Foods Co. (NYSE: PFC)
declared a quarterly dividend of 25 cents a share today.

     "Our cash flow supports a higher payout," Pinecrest Chief Financial
Officer Greg Howell said.

SOURCE Pinecrest Foods Co.
    -0-                             05/02/2006
    /CONTACT: Greg Howell, Chief Financial Officer, +1-314-555-0199/
    /Web site: http://www.pinecrestfoods.com /
""",
    headline="Pinecrest Foods Declares Quarterly Dividend", city="St. Louis", region=None, date="2006-05-02", wire="PR Newswire",
    issuer="Pinecrest Foods Co.", tickers=[("NYSE", "PFC")],
    contacts=[dict(name="Greg Howell", title="Chief Financial Officer", phones=["+1-314-555-0199"])],
    urls=["http://www.pinecrestfoods.com"],
)

# --- Business Wire ------------------------------------------------------------------------------

variant("bw-text-two-companies", "txt", """\
Orbital Data and Meridian Health Announce Strategic Partnership

SAN DIEGO and LONDON--(BUSINESS WIRE)--June 4, 2024--Orbital Data, Inc. (NASDAQ: ORBD) and
Meridian Health Ltd. (LSE: MHL) today announced a strategic partnership.

"Meridian's data will sharpen our models," said Kenji Sato, Orbital's Chief Technology Officer.

Transaction Details

The partnership runs for five years.

Orbital Data Contacts:
Investor Contact:
Rachel Moss
(858) 555-0123
rmoss@orbitaldata.com

Media Contact:
Ben Ortiz
(858) 555-0456
bortiz@orbitaldata.com

Meridian Health Contacts:
Fiona Blake
Head of Communications
+44 (0)20 7123 4567
fiona.blake@meridianhealth.co.uk
""",
    headline="Orbital Data and Meridian Health Announce Strategic Partnership", city="San Diego", cities=["San Diego", "London"],
    date="2024-06-04", wire="Business Wire", issuer="Orbital Data, Inc.", tickers=[("NASDAQ", "ORBD"), ("LSE", "MHL")],
    contacts=[dict(name="Rachel Moss", role="Investor", organisation="Orbital Data", phones=["(858) 555-0123"]),
              dict(name="Ben Ortiz", role="Media", organisation="Orbital Data", emails=["bortiz@orbitaldata.com"]),
              dict(name="Fiona Blake", organisation="Meridian Health", title="Head of Communications", phones=["+44 (0)20 7123 4567"])],
    headings=["Transaction Details"], quotes=[("Kenji Sato", "Orbital's Chief Technology Officer")],
)

variant("bw-markdown-no-date", "md", """\
---
title: "Sable Systems Names New Chief Financial Officer"
date: "2024-09-16 08:00:00"
---

**Sable Systems Names New Chief Financial Officer**

TEL AVIV, Israel--(BUSINESS WIRE)--Sable Systems Ltd. (TASE: SBLS) today named Noa Friedman as Chief Financial Officer.

Noa Friedman, Chief Financial Officer, said: "I am delighted to join Sable at this moment."

**ABOUT SABLE SYSTEMS**

Sable Systems builds network security appliances.

**Contacts**

Investor Relations
Oren Levi
+972 3 555 0199
ir@sablesystems.com
""",
    headline="Sable Systems Names New Chief Financial Officer", city="Tel Aviv", country="Israel", date=None, wire="Business Wire",
    release_date="2024-09-16", issuer="Sable Systems Ltd.", tickers=[("TASE", "SBLS")],
    contacts=[dict(name="Oren Levi", role="Investor Relations", emails=["ir@sablesystems.com"])],
    headings=["ABOUT SABLE SYSTEMS"], quotes=[("Noa Friedman", "Chief Financial Officer")],
)

# --- GlobeNewswire ------------------------------------------------------------------------------

variant("gnw-markdown-bullets-md-headings", "md", """\
---
title: "Corvid Bio Reports Full Year 2024 Results"
date: "2025-03-04 07:00:00"
---

* Cash runway into 2027
* Phase 3 readout expected in Q4 2025

LAUSANNE, Switzerland, March 04, 2025 (GLOBE NEWSWIRE) -- Corvid Bio SA (NASDAQ: CRVD) ("Corvid"), a late-stage company, today reported its full year results.

## Business Highlights

### Clinical

"2024 set up a decisive year," stated Dr. Anna Weber, Chief Executive Officer of Corvid.

### Corporate

Corvid opened a U.S. office.

## About Corvid Bio

Corvid Bio develops antibodies. Visit https://www.corvidbio.com.

## Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.

**Investor Contact**
Michael Gray
LifeSci Advisors
+1 (212) 555-0100 ext. 12
mgray@lifesciadvisors.com
""",
    headline="Corvid Bio Reports Full Year 2024 Results", subheadlines=["Cash runway into 2027", "Phase 3 readout expected in Q4 2025"],
    city="Lausanne", country="Switzerland", date="2025-03-04", wire="GlobeNewswire", issuer="Corvid Bio SA", tickers=[("NASDAQ", "CRVD")],
    contacts=[dict(name="Michael Gray", role="Investor", organisation="LifeSci Advisors", phones=["+1 (212) 555-0100 ext. 12"])],
    headings=["Business Highlights", "Clinical", "Corporate", "About Corvid Bio", "Forward-Looking Statements"],
    levels=[2, 3, 3, 2, 2],
    quotes=[("Dr. Anna Weber", "Chief Executive Officer of Corvid")], fls="This press release contains forward-looking statements",
    urls=["https://www.corvidbio.com"],
)

variant("gnw-html-two-col-contacts", "html", """\
<html><body>
<h1>Polar Metals Announces Drill Results at Nunavik Project</h1>
<p>VANCOUVER, British Columbia, Feb. 18, 2025 (GLOBE NEWSWIRE) -- Polar Metals Corp. (TSX-V: PLM) (OTCQB: PLMTF) is pleased to announce drill results.</p>
<p><strong>Highlights</strong></p>
<ul><li>12.4 m of 2.1% nickel</li><li>Mineralization open at depth</li></ul>
<p>"These are the best holes to date," commented Sean O'Neil, President of Polar Metals.</p>
<p><strong>About Polar Metals Corp.</strong></p>
<p>Polar Metals explores for nickel in northern Quebec.</p>
<table>
<tr><td><b>Investor Contact:</b></td><td><b>Media Contact:</b></td></tr>
<tr><td>Erin Wu</td><td>Tom Baxter</td></tr>
<tr><td>(604) 555-0101</td><td>(604) 555-0202</td></tr>
<tr><td>ewu@polarmetals.com</td><td>tbaxter@northpr.ca</td></tr>
</table>
</body></html>
""",
    headline="Polar Metals Announces Drill Results at Nunavik Project", city="Vancouver", region="British Columbia",
    date="2025-02-18", wire="GlobeNewswire", issuer="Polar Metals Corp.", tickers=[("TSXV", "PLM"), ("OTCQB", "PLMTF")],
    contacts=[dict(name="Erin Wu", role="Investor", phones=["(604) 555-0101"], emails=["ewu@polarmetals.com"]),
              dict(name="Tom Baxter", role="Media", phones=["(604) 555-0202"], emails=["tbaxter@northpr.ca"])],
    headings=["Highlights", "About Polar Metals Corp."], quotes=[("Sean O'Neil", "President of Polar Metals")],
)

# --- Marketwired ---------------------------------------------------------------------------------

variant("marketwired-html", "html", """\
<html><body>
<h1>Lumen Analytics Launches Real-Time Dashboard</h1>
<h2>New Product Brings Streaming Data to Small Teams</h2>
<p>NEW YORK, NY--(Marketwired - Apr 12, 2016) - Lumen Analytics, a data startup, today launched Pulse, a real-time dashboard.</p>
<p>"Small teams deserve real-time data too," said Grace Kim, CEO and co-founder of Lumen.</p>
<p><b>About Lumen Analytics</b><br>Lumen Analytics builds data tools. Learn more at https://lumen.io.</p>
<p><b>Media Contact:</b><br>Alex Rowe<br>Rowe Communications<br>alex@rowecomms.com</p>
</body></html>
""",
    headline="Lumen Analytics Launches Real-Time Dashboard", subheadlines=["New Product Brings Streaming Data to Small Teams"],
    city="New York", region="NY", date="2016-04-12", wire="Marketwired", issuer="Lumen Analytics",
    contacts=[dict(name="Alex Rowe", role="Media", organisation="Rowe Communications", emails=["alex@rowecomms.com"])],
    headings=["About Lumen Analytics"], quotes=[("Grace Kim", "CEO and co-founder of Lumen")], urls=["https://lumen.io"],
)

variant("marketwired-text-toronto", "txt", """\
Maple Leaf Minerals Closes $10 Million Financing

TORONTO, ONTARIO--(Marketwired - Nov. 3, 2015) - Maple Leaf Minerals Inc. (TSX:MLM) is pleased to announce
that it has closed its previously announced financing.

"We are fully funded for the next drill season," said Robert Tremblay, Chief Executive Officer.

FOR FURTHER INFORMATION PLEASE CONTACT:
Maple Leaf Minerals Inc.
Robert Tremblay
Chief Executive Officer
(416) 555-0147
rtremblay@mapleleafminerals.com
""",
    headline="Maple Leaf Minerals Closes $10 Million Financing", city="Toronto", region="Ontario", date="2015-11-03", wire="Marketwired",
    issuer="Maple Leaf Minerals Inc.", tickers=[("TSX", "MLM")],
    contacts=[dict(name="Robert Tremblay", title="Chief Executive Officer", phones=["(416) 555-0147"], emails=["rtremblay@mapleleafminerals.com"])],
    quotes=[("Robert Tremblay", "Chief Executive Officer")],
)

# --- Newsfile -------------------------------------------------------------------------------------

variant("newsfile-md", "md", """\
---
title: "Cobalt Ridge Resources Begins Phase 2 Drilling"
date: "2025-01-20 09:00:00"
---

Vancouver, British Columbia--(Newsfile Corp. - January 20, 2025) - Cobalt Ridge Resources Corp. (CSE: CRR) (OTCQB: CRRRF) ("Cobalt Ridge") announces the start of Phase 2 drilling.

Chief Executive Officer Ian McLeod stated, "Phase 2 targets the high-grade core."

**About Cobalt Ridge Resources Corp.**

Cobalt Ridge explores for cobalt in British Columbia.

For further information, please contact:
Ian McLeod, CEO
Telephone: (604) 555-0188
Email: ian@cobaltridge.ca
""",
    headline="Cobalt Ridge Resources Begins Phase 2 Drilling", city="Vancouver", region="British Columbia", date="2025-01-20", wire="Newsfile",
    issuer="Cobalt Ridge Resources Corp.", tickers=[("CSE", "CRR"), ("OTCQB", "CRRRF")],
    contacts=[dict(name="Ian McLeod", title="CEO", phones=["(604) 555-0188"], emails=["ian@cobaltridge.ca"])],
    headings=["About Cobalt Ridge Resources Corp."], quotes=[("Ian McLeod", "Chief Executive Officer")],
)

variant("newsfile-md-law-firm", "md", """\
---
title: "INVESTOR ALERT: Bergen Law Investigates Claims Against Tidewater Labs"
date: "2025-02-14 10:00:00"
---

New York, New York--(Newsfile Corp. - February 14, 2025) - Bergen Law LLP is investigating potential claims on behalf of investors of Tidewater Labs, Inc. (NASDAQ: TDLB).

Contact:
Bergen Law LLP
Karen Holt, Esq.
(212) 555-0100 ext. 12
kholt@bergenlaw.com
""",
    headline="INVESTOR ALERT: Bergen Law Investigates Claims Against Tidewater Labs", city="New York", region="New York",
    date="2025-02-14", wire="Newsfile", issuer="Bergen Law LLP",
    contacts=[dict(phones=["(212) 555-0100 ext. 12"], emails=["kholt@bergenlaw.com"])],
)

# --- ACCESSWIRE ----------------------------------------------------------------------------------

variant("accesswire-md", "md", """\
---
title: "Redwood Outdoor Completes Acquisition of TrailCo"
date: "2025-02-05 08:30:00"
---

DENVER, CO / ACCESSWIRE / February 5, 2025 / Redwood Outdoor Holdings, Inc. (OTCQB:RDWD) ("Redwood") today completed the acquisition of TrailCo.

"TrailCo doubles our retail footprint," said Redwood CEO Mike Dunn.

**About Redwood Outdoor Holdings**

Redwood sells outdoor gear.

**Contact:**
Investor Relations
ir@redwoodoutdoor.com
(303) 555-0166

**SOURCE:** Redwood Outdoor Holdings, Inc.
""",
    headline="Redwood Outdoor Completes Acquisition of TrailCo", city="Denver", region="CO", date="2025-02-05", wire="ACCESSWIRE",
    issuer="Redwood Outdoor Holdings, Inc.", tickers=[("OTCQB", "RDWD")],
    contacts=[dict(role="Investor Relations", phones=["(303) 555-0166"], emails=["ir@redwoodoutdoor.com"])],
    headings=["About Redwood Outdoor Holdings"], quotes=[("Mike Dunn", "Redwood CEO")],
)

variant("accesswire-md-3bl", "md", """\
---
title: "GreenPort Publishes 2024 Sustainability Report"
date: "2025-02-11 09:00:00"
---

NORTHAMPTON, MA / ACCESSWIRE / February 11, 2025 / GreenPort Logistics today published its 2024 Sustainability Report.

## Cutting Emissions at Every Terminal

GreenPort cut emissions by a third.

## People First

Women now hold 40 percent of leadership roles.

View additional multimedia and more ESG storytelling from GreenPort on 3blmedia.com.

**Contact Info:**
Spokesperson: GreenPort Logistics
Website: https://www.3blmedia.com/profiles/greenport
Email: info@3blmedia.com

**SOURCE:** GreenPort Logistics
""",
    headline="GreenPort Publishes 2024 Sustainability Report", city="Northampton", region="MA", date="2025-02-11", wire="ACCESSWIRE",
    issuer="GreenPort Logistics", headings=["Cutting Emissions at Every Terminal", "People First"], levels=[2, 2],
    contacts=[dict(emails=["info@3blmedia.com"])],
)

# --- company-issued HTML -------------------------------------------------------------------------

variant("company-html-contacts-above-headline", "html", """\
<html><body>
<p><b>FOR IMMEDIATE RELEASE</b></p>
<p><b>Contacts:</b><br>Media: Laura Stein, (617) 555-0150, lstein@quillbio.com<br>Investors: Paul Ng, (617) 555-0151, png@quillbio.com</p>
<p align="center"><b>QUILL BIO ANNOUNCES FDA CLEARANCE OF IND FOR QB-101</b></p>
<p align="center"><i>Phase 1 trial to begin in the second quarter</i></p>
<p>CAMBRIDGE, Mass., March 17, 2025 -- Quill Bio, Inc. (Nasdaq: QUIL) today announced that the FDA has cleared its IND for QB-101.</p>
<p>"Clearance of our IND is a major step," said Dr. Omar Haddad, Quill's founder and CEO.</p>
<p><b>About Quill Bio</b></p>
<p>Quill Bio develops gene therapies. www.quillbio.com</p>
</body></html>
""",
    headline="QUILL BIO ANNOUNCES FDA CLEARANCE OF IND FOR QB-101", subheadlines=["Phase 1 trial to begin in the second quarter"],
    city="Cambridge", region="Mass.", date="2025-03-17", wire=None, issuer="Quill Bio, Inc.", tickers=[("Nasdaq", "QUIL")],
    contacts=[dict(name="Laura Stein", role="Media", phones=["(617) 555-0150"], emails=["lstein@quillbio.com"]),
              dict(name="Paul Ng", role="Investors", phones=["(617) 555-0151"], emails=["png@quillbio.com"])],
    headings=["About Quill Bio"], quotes=[("Dr. Omar Haddad", "Quill's founder and CEO")], urls=["www.quillbio.com"],
)

variant("company-html-fragment-no-date", "html", """\
<section><div class="news">
<h2>Brightline Dental Opens Tenth Clinic</h2>
<p>PORTLAND, Ore. &#151; Brightline Dental today opened its tenth clinic, in the Pearl District.</p>
<p>&#147;Every neighborhood deserves a great dentist,&#148; said Dr. Mia Torres, founder of Brightline.</p>
<p><strong>Press contact:</strong> Sam Lee, 503-555-0111, press@brightlinedental.com</p>
</div></section>
""",
    headline="Brightline Dental Opens Tenth Clinic", city="Portland", region="Ore.", date=None, issuer="Brightline Dental",
    contacts=[dict(name="Sam Lee", role="Press", phones=["503-555-0111"], emails=["press@brightlinedental.com"])],
    quotes=[("Dr. Mia Torres", "founder of Brightline")],
)

# --- SEC EX-99 HTML and text, company-issued -----------------------------------------------------

variant("sec-ex99-html-table-letterhead", "htm", """\
<html><body>
<p>EX-99.1</p>
<table><tr><td><b>Falcon Aerospace Corporation</b><br>100 Main Street, Wichita, KS</td><td>For Immediate Release: November 14, 2024</td></tr></table>
<p align="center"><b>FALCON AEROSPACE REPORTS THIRD QUARTER RESULTS</b></p>
<p>WICHITA, Kan. &#8212; Falcon Aerospace Corporation (NYSE: FAC) reported third quarter revenue of $1.2 billion.</p>
<p>&#8220;Demand for our business jets stayed strong,&#8221; said Chairman and Chief Executive Officer Victor Hale.</p>
<p><b>SEGMENT RESULTS</b></p>
<p>Business jets grew 9 percent.</p>
<p><b>Investor Contact:</b> Nina Brooks, (316) 555-0190</p>
</body></html>
""",
    headline="FALCON AEROSPACE REPORTS THIRD QUARTER RESULTS", city="Wichita", region="Kan.", release_date="2024-11-14",
    issuer="Falcon Aerospace Corporation", tickers=[("NYSE", "FAC")],
    contacts=[dict(name="Nina Brooks", role="Investor", phones=["(316) 555-0190"])],
    headings=["SEGMENT RESULTS"], quotes=[("Victor Hale", "Chairman and Chief Executive Officer")],
)

variant("sec-ex99-text", "txt", """\
<PAGE>
                                                                  Exhibit 99.1

                                              Contact:  Diane Rhodes
                                                        Investor Relations
                                                        (713) 555-0120

            BAYOU CHEMICAL REPORTS SECOND QUARTER EARNINGS

     HOUSTON, July 28, 2005 -- Bayou Chemical Company (NYSE: BCC) today reported
second quarter earnings of $58 million, or $1.02 per share.

     "Volumes recovered after the spring outages," said Frank Delgado, president
and chief executive officer.

     FORWARD-LOOKING STATEMENTS

     This release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995.
""",
    headline="BAYOU CHEMICAL REPORTS SECOND QUARTER EARNINGS", city="Houston", date="2005-07-28", issuer="Bayou Chemical Company",
    tickers=[("NYSE", "BCC")], contacts=[dict(name="Diane Rhodes", title="Investor Relations", phones=["(713) 555-0120"])],
    headings=["FORWARD-LOOKING STATEMENTS"], quotes=[("Frank Delgado", "president and chief executive officer")],
    fls="This release contains forward-looking statements",
)

# --- Dow Jones markdown copies ------------------------------------------------------------------

variant("dj-md-prn", "md", """\
---
title: "Press Release: Kinetic Pharma Reports Fourth Quarter Results"
date: "2025-02-20 12:00:00"
---

**(07:00 GMT)** Press Release: Kinetic Pharma Reports Fourth Quarter Results

Kinetic Pharma Reports Fourth Quarter Results

PR Newswire

SEATTLE, Feb. 20, 2025

SEATTLE, Feb. 20, 2025 /PRNewswire/ -- Kinetic Pharma, Inc. (NASDAQ: KNTC) today reported fourth quarter results.

"We exit 2024 with momentum," said Jennifer Walsh, Chief Executive Officer, Kinetic Pharma.

**Financial Results**

Revenue was $88 million.

**About Kinetic Pharma**

Kinetic Pharma develops kinase inhibitors.

Investor Contact: Luis Romero, +1 206-555-0130, lromero@kineticpharma.com

Media Contact: Kay Adams, +1 206-555-0131, kadams@kineticpharma.com

View original content: https://www.prnewswire.com/news-releases/kinetic-pharma-reports-302000000.html

SOURCE Kinetic Pharma, Inc.

(END) Dow Jones Newswires

February 20, 2025 07:00 ET (12:00 GMT)
""",
    headline="Kinetic Pharma Reports Fourth Quarter Results", city="Seattle", date="2025-02-20", wire="PR Newswire",
    issuer="Kinetic Pharma, Inc.", tickers=[("NASDAQ", "KNTC")],
    contacts=[dict(name="Luis Romero", role="Investor", phones=["+1 206-555-0130"], emails=["lromero@kineticpharma.com"]),
              dict(name="Kay Adams", role="Media", emails=["kadams@kineticpharma.com"])],
    headings=["Financial Results", "About Kinetic Pharma"], quotes=[("Jennifer Walsh", "Chief Executive Officer, Kinetic Pharma")],
)

variant("dj-md-bw-title-lines", "md", """\
---
title: "Press Release: Solace Medical Announces CE Mark for HeartLink"
date: "2025-02-21 13:30:00"
---

**(13:30 GMT)** Press Release: Solace Medical Announces CE Mark for HeartLink

Solace Medical Announces CE Mark for HeartLink

-- First wearable monitor of its kind in Europe

-- Launch in Germany planned for Q2

DUBLIN--(BUSINESS WIRE)--February 21, 2025--

Solace Medical plc (NASDAQ: SLMD) today announced CE Mark approval for HeartLink.

"CE Mark opens Europe's largest markets to HeartLink," said Siobhan Kelly, Solace's CEO.

**About Solace Medical**

Solace Medical makes cardiac monitors.

**Contacts**

Solace Medical
Conor Byrne
Chief Financial Officer
+353 1 555 0100
ir@solacemedical.com

View source version on businesswire.com: https://www.businesswire.com/news/home/20250221000001/en/

(END) Dow Jones Newswires

February 21, 2025 08:30 ET (13:30 GMT)
""",
    headline="Solace Medical Announces CE Mark for HeartLink",
    subheadlines=["First wearable monitor of its kind in Europe", "Launch in Germany planned for Q2"],
    city="Dublin", date="2025-02-21", wire="Business Wire", issuer="Solace Medical plc", tickers=[("NASDAQ", "SLMD")],
    contacts=[dict(name="Conor Byrne", organisation="Solace Medical", title="Chief Financial Officer", phones=["+353 1 555 0100"],
                   emails=["ir@solacemedical.com"])],
    headings=["About Solace Medical"], quotes=[("Siobhan Kelly", "Solace's CEO")],
)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_variant(name, tmp_path):
    suffix, text, expect = VARIANTS[name]
    path = tmp_path / f"release.{suffix}"
    path.write_text(text, encoding="utf-8")
    r = read_release(path, attachments=False)
    problems = []

    def check(field, got, want):
        if got != want:
            problems.append(f"{field}: expected {want!r}, got {got!r}")

    e = expect
    check("headline", r.headline, e["headline"])
    if "subheadlines" in e:
        check("subheadlines", r.subheadlines, e["subheadlines"])
    for field in ("city", "region", "country", "cities", "date", "wire"):
        if field in e:
            check(f"dateline.{field}", getattr(r.dateline, field), e[field])
    if "release_date" in e:
        check("release_date", r.release_date, e["release_date"])
    elif e.get("date"):
        check("release_date", r.release_date, e["date"])
    if "issuer" in e:
        check("issuer", r.issuer.name, e["issuer"])
    if "tickers" in e:
        check("tickers", [(t.exchange, t.symbol) for t in r.issuer.tickers], e["tickers"])
    for want in e.get("contacts", []):
        if not any(contact_matches(c, want) for c in r.contacts):
            problems.append(f"no contact like {want}; got {[c.model_dump() for c in r.contacts]}")
    if "headings" in e:
        check("headings", [s.heading for s in r.sections if s.heading], e["headings"])
    if "levels" in e:
        check("levels", [s.level for s in r.sections if s.heading], e["levels"])
    if "quotes" in e:
        got = [(q.speaker, q.title) for q in r.quotes]
        for speaker, title in e["quotes"]:
            if not any(s == speaker and (title is None or t == title) for s, t in got):
                problems.append(f"no quote by {speaker!r} ({title!r}); got {got}")
    if "fls" in e:
        if not (r.forward_looking_statements or "").startswith(e["fls"]):
            problems.append(f"forward-looking statements: got {(r.forward_looking_statements or '')[:60]!r}")
    for u in e.get("urls", []):
        if not any(x.rstrip("/.") == u for x in r.urls):
            problems.append(f"url {u!r} missing from {r.urls}")
    assert not problems, "\n".join(problems)


def test_every_family_has_two_variants():
    families = {"prn-text", "prn-web", "prn-exhibit", "bw-", "gnw-", "marketwired-", "newsfile-", "accesswire-", "company-html",
                "sec-ex99", "dj-md"}
    for family in families:
        assert sum(1 for n in VARIANTS if n.startswith(family)) >= 2, family
