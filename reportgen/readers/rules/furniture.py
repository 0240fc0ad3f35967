"""Wire furniture: the lines a wire or a filing wraps around a release, which are never body text.

Each rule names one convention: PR Newswire's trailer (`SOURCE`, `-0-  12/10/2007`, `/CONTACT:`,
`/Photo:`, `/Web site:`, the `(EPCT)` footer, the slug `EPCT-GEN`), logo lines, end marks (`###`,
`-30-`), exhibit and page headers of SEC filings, Dow Jones reprint lines, attachment lists.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from reportgen.readers.blocks import Block
from reportgen.readers.rules import contacts as contact_rules
from reportgen.readers.rules.dateline import WIRES, match_dateline
from reportgen.readers.rules.urls import WIRE_COPY

_KNOWN_WIRE = "|".join(f"(?:{w})" for w, _ in WIRES)

BARE_URL = re.compile(r"^(?:https?://\S+\s*)+$")  # a line of web addresses and nothing else
# an exchange and a symbol on a line of tickers: "TSX: TML", "OTCQX: TSRMF", "AIM: RENE"
_TICKER_PAIR = (r"(?P<exchange>NYSE(?:\s+American)?|NASDAQ|Nasdaq|TSX(?:-?V)?|TSXV|CSE|AIM|LSE|ASX|NZX|OTC[A-Z]{0,2}|SIX|XETRA|FSE|JSE|NSE|BSE|HKEX|SGX)"
                r"\s*(?::|\s[-\u2013]\s)\s*(?P<symbol>[A-Z][A-Z0-9.]{0,7})")
TICKER_PAIR = re.compile(_TICKER_PAIR)

RULES: list[tuple[str, re.Pattern]] = [
    # the distributors' copies (Newsramp and News Direct archives, aggregators) ------------------------
    # a distributor's banner above a copy: "--News Direct--", "(TheNewswire)"
    ("wire_banner", re.compile(rf"^(?:-{{2}}\s*(?P<value>{_KNOWN_WIRE})\s*-{{2}}|\(\s*(?P<wire>{_KNOWN_WIRE})\s*\))$", re.I)),
    # an embargo line above a release: "Embargoed until 8:17 a.m. CT/9:17 a.m. ET, Sunday, Nov. 17, 2024"
    ("embargo", re.compile(r"^(?:EMBARGOED|Embargoed)\s+(?:(?:FOR RELEASE|for release)\s+)?(?:UNTIL|until|TILL|till|TO|to)\b\s*:?\s*\S.{0,120}$")),
    # where an archive's copy of a release ends and its own lists begin (Newsramp: the source link,
    # its summary, the sites that picked the release up)
    # (a 1990s web archive: "Return to the Amiga Web Directory")
    ("archive_trailer", re.compile(r"^(?:Original/Source Press Release|Newsramp\.com TLDR|Pickup - \S.{0,300}|Reddit Post"
                                   r"|(?:Return|Back) to (?:the )?[\w .'&-]{0,60}\b(?:Directory|Index|Home ?Page|Archives?|Main Page|Menu)\.?)$")),
    # a distributor's line after a copy, pointing to its own site (not to the release): "The post ... appeared
    # first on citybiz.", "View the original release on www.newmediawire.com", "PMW on Newsramp: https://...",
    # "Distributed by: Reportable, Inc."
    ("distributor_footer", re.compile(r"^(?:The post \S.{0,400} (?:appeared first|first appeared) on \S.{0,60}"
                                      r"|View the original release on (?:https?://)?[\w.-]+/?"
                                      r"|[A-Z][\w.]{1,20} on Newsramp\s*:.{0,200}|Distributed by\s*:\s*\S.{0,60}"
                                      r"|\[\s*source\s*:\s*https?://\S+\s*\]"
                                      # Cision's line above its own copy's address
                                      r"|This information was brought to you by Cision\b.{0,200}"
                                      r"|Archive at (?:https?://)?(?:www\.)?eqs-news\.com\S*)$", re.S)),
    # a wire's own copy of the release on a line of its own: a Nasdaq Nordic copy's closing
    # "https://news.cision.com/acme/r/...,c4103647", "[ source: https://www.pressetext.com/news/17391 ]",
    # EQS's tracking pixel "Image link: https://eqs-cockpit.com/..."
    ("wire_copy", re.compile(rf"^\[?\s*(?:(?:[Ss]ource|Image link)\s*:\s*)?{WIRE_COPY}(?:,\s*c\d+)?\s*\]?$", re.I)),
    # the link a Morningstar capture ends with (as TradingView's "Reuters")
    ("site", re.compile(r"^(?:Morningstar|morningstar)$")),
    # a distributor's contact box's links (PR Karma): "Email Us Here", "Visit Our Website", "Visit Our Blog"
    ("distributor_links", re.compile(r"^(?:Email Us Here|Visit (?:Our|the Company) (?:Website|Blog|Page))$")),
    # ----------------------------------------------------------------------------------------------------
    ("logo", re.compile(r"^\(?\s*(?:Logo|Photo|Photos|Video|Multimedia|Graphic|Image|Infographic)s?\s*[:\-]\s*\S.*$"
                        r"|^(?:An? )?(?:Photos?|Images?|Videos?|Multimedia|(?:A )?Logo)\b.{0,40}\baccompanying this (?:announcement|release|press release)\b.*$", re.I | re.S)),
    # a photo's caption, ending with its credit: "Ryder is a leader in ... solutions. (Photo: Business Wire)"
    ("photo_caption", re.compile(r"^\S.{0,400}\((?:Photo|Image|Graphic|Picture)s?(?: credit)?\s*:\s*[^()]{1,60}\)$", re.S)),
    ("logo_mark", re.compile(r"^\[\s*(?:LOGO|Logo|logo|PHOTO|Photo|GRAPHIC|Graphic|IMAGE|Image)\b[^\]]{0,60}\].{0,80}$")),
    ("link_prompt", re.compile(r"^\[?(?:You may also |Please )?click here\b.{0,80}\]?$", re.I)),
    ("bare_url", BARE_URL),
    ("source", re.compile(r"^(?:SOURCE:?|Source:)\s+(?P<value>\S.{0,150})$")),
    ("trailer", re.compile(r"^-0-\s*(?:\*?\s*(?P<value>\d{1,2}/\d{1,2}/\d{2,4}))?.*$")),
    ("contact", re.compile(r"^/\s*CONTACTS?\s*:\s*(?P<value>.*)$", re.I | re.S)),
    ("photo", re.compile(r"^/\s*(?:Photo|Logo|Video|Multimedia)s?\s*:.*$", re.I | re.S)),
    ("website", re.compile(r"^/?\s*(?:Web\s?site|Company News On-Call)\s*:\s*(?P<value>\S+).*$", re.I)),
    ("ticker_footer", re.compile(r"^\((?:[A-Z]{1,6}:\s*)?[A-Z][A-Z0-9.]{0,7}(?:[ ,]+(?:[A-Z]{1,6}:\s*)?[A-Z][A-Z0-9.]{0,7})*\)$")),
    ("attachments", re.compile(r"^Attachments?\s*:?\s*$", re.I)),
    ("slug", re.compile(r"^(?=[^a-z]*[A-Z])[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,2}$")),
    # (EQS's "End of Inside Information" under an ad-hoc's text, before its contact)
    ("end", re.compile(r"^(?:#\s*#\s*#|-\s*30\s*-|-?###-?|(?:\*\s*){3,}|\(END\).*|END|End of (?:inside information|ad-hoc announcement))$", re.I)),
    ("copyright", re.compile(r"^(?:-\s*-C-|Copyright|\(c\)\s*\d{4}|\u00a9)\s*.*$", re.I)),
    ("exhibit", re.compile(r"^(?:EXHIBIT|Exhibit)\s+\d+(?:\.\d+)?\s*$|^EX-\d+(?:\.\d+)?\b.{0,80}$")),
    # (a web page's "Release Date: Jul 26, 2002Contact: 888-249-NEWS", its contact number glued on)
    ("release_date", re.compile(r"^(?:FOR IMMEDIATE RELEASE|For Immediate Release|Release Date|For Release|FOR RELEASE|Date)\s*[:,\-\u2013\u2014]?\s*"
                                r"(?P<value>(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
                                r"|\d{1,2}/\d{1,2}/\d{4}))\.?"
                                r"(?:\s*Contact\s*:\s*[\w() .-]{7,20})?$", re.I)),
    # a Nordic issuer's line naming its release and the date: "PONSSE PLC, STOCK EXCHANGE RELEASE, 20 FEBRUARY 2024,
    # 9:00 a.m.", "Translated Acme Stock exchange release, dated 2022-06-09."
    ("release_line", RELEASE_LINE := re.compile(
        r"^(?:Translated\s+)?(?P<company>[A-Z][\w&.\u00b4'\u2019 -]{1,60}?)\s*,?\s+(?i:stock exchange release|company announcement|"
        r"investor news|press release|inside information|managers'? transactions)\s*,?\s*(?:dated\s+)?"
        r"(?P<value>\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+(?i:[a-z]{3,9})\.?,?\s+\d{4}|(?i:[a-z]{3,9})\.?\s+\d{1,2},?\s+\d{4})"
        r"(?:\s*(?:,|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{3,4}|EET|CET|hrs))?)?\.?$")),
    # a page's or an office's label with the date, apart by a bar: "News | October 30, 2008", "13 June 2016 |"
    # (a bar is printed: a date alone is a date line, which the header reads itself)
    ("page_date", re.compile(r"^(?=.*\|)(?:[A-Z][\w&.' ]{0,30}\s*\|\s*)?(?P<value>(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
                             r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))(?:\s*\|)*$")),
    ("page", re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^\((?:more|MORE|continued)\)$|^Page \d+(?: of \d+)?$|^-\s*(?:more|MORE)\s*-$")),
    ("banner", re.compile(r"^.{0,30}\b(?:Earnings|News|Press|Media) Release$|^(?:(?:PRESS|NEWS|MEDIA) INFORMATION\s+)?(?:FOR IMMEDIATE RELEASE|For Immediate Release)\.?$|^(?:(?:News|Press)(?: (?:&|and) (?:Press|Events|Media))?|Newsroom|News Releases|Press Releases|PRESS RELEASES?|NEWS RELEASES?|News Release|Press Release|FOR IMMEDIATE RELEASE\.?|For Immediate Release\.?|(?:FOR|For) (?:RELEASE|Release)\s*:\s*(?:IMMEDIATE(?:LY)?|Immediate(?:ly)?)|NEWS|News|MEDIA RELEASE|Media Release|EARNINGS RELEASE)\s*:?\s*$"
                         r"|^(?:News|NEWS|Press|PRESS|Media|MEDIA) (?:Service|SERVICE|Bureau|BUREAU|Office|OFFICE|Centre|Center|CENTER)$"
                         # a banner in spaced letters: "N E W S  R E L E A S E"
                         r"|^(?:[A-Z] ){3,}[A-Z](?:\s+(?:[A-Z] ){2,}[A-Z])?$"
                         # the banner with the wire's name: "PRESS RELEASE GlobeNewswire", "Press Release | Business Wire"
                         rf"|^(?:PRESS|NEWS|Press|News) (?:RELEASE|Release)\s*[|:\u2013-]?\s*(?i:{_KNOWN_WIRE})$")),
    ("dj_reprint", re.compile(
        r"^(?:\(END\)\s+)?Dow Jones Newswires.{0,200}$|^.{0,160}\d{2}:\d{2} ET \(\d{2}:\d{2} GMT\)$|^Copyright \(c\) \d{4} Dow Jones.*$"
        r"|^\(\d{1,2}:\d{2} (?:GMT|ET)\)\s.*$", re.I | re.S)),
    # a selling restriction printed above an offering's release: "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES ..."
    ("legend", re.compile(r"^(?:NOT FOR (?:PUBLICATION|DISTRIBUTION|RELEASE|DISSEMINATION)|Not for (?:publication|distribution|release|dissemination))\b.{0,300}$", re.S)),
    # a Canadian offering's notice: "This news release constitutes a "designated news release" for the purposes of ..."
    ("legend", re.compile(r"^This (?:news|press) release constitutes a [\"\u201c'\u2018]?designated news release\b.{0,400}$", re.S | re.I)),
    # DGAP/EQS's header and wrapper: "DGAP-News: Medivion AG / Key word(s): Half Year Results", "07.08.2018 / 07:30",
    # "The issuer is solely responsible for the content of this announcement."; an ad-hoc's "10-Feb-2025 / 20:06 CET/CEST",
    # "Disclosure of an inside information acc. to Article 17 MAR ..., transmitted by EQS News", "- a service of EQS Group."
    ("eqs_header", re.compile(r"^(?:\([a-z][\w.-]{2,30}\)\s*-\s*)?(?P<value>DGAP|EQS)-(?:News|Adhoc|Ad-hoc|AFR|DD|PVR|Media|Stimmrechte)\s*:\s*\S.{0,200}$"
                              r"|^[A-Z][\w&.,' -]{1,60} / Key word\(s\): .{1,100}$"
                              r"|^(?:\d{2}\.\d{2}\.\d{4}|\d{1,2}-[A-Z][a-z]{2}-\d{4})\s*/\s*\d{1,2}:\d{2}(?:\s*(?:CET|CEST|UTC|GMT)(?:/CEST)?)?$"
                              r"|^Disclosure of an? .{0,160}, transmitted by (?:EQS|DGAP)\b.{0,60}$"
                              r"|^-?\s*an? (?:service|company) of EQS Group(?: AG)?\.?$"
                              r"|^The issuer is solely responsible for the content of this (?:announcement|release)\.?$"
                              r"|^-{10,}$|^={10,}$")),
    # the London Stock Exchange's Regulatory News Service: "RNS Number : 4821K"
    ("rns_number", re.compile(r"^RNS Number\s*:\s*\w+$", re.I)),
    # a Nordic issuer's numbering of its announcements: "Company Announcement No. 7/2025"
    ("announcement_no", re.compile(r"^(?:Company|Stock Exchange|Corporate|Investor News|Regulatory) (?:Announcement|Release|News)\s*(?:No\.?|Number|nr\.?)?\s*\d[\w/.-]*\s*$", re.I)),
    # PR Newswire's routing lines of the 1990s: "/FROM PR NEWSWIRE LOS ANGELES 213-626-5500/", "TO BUSINESS EDITOR:"
    # (and in mixed case: "To: Business/Property Editor", "Attention Business/Financial Editors:", Business Wire's
    # "Business Editors/Health/Medical Writers", "Health & Medical Writers")
    ("wire_routing", re.compile(r"^(?:/FROM PR NEWSWIRE\b[^/]{0,80}/.*|(?:TO|ATTENTION)\s*:?\s+[A-Z ,/&-]{0,60}EDITORS?\b[A-Z ,/&-]{0,60}:?)$", re.S)),
    ("wire_routing", re.compile(r"^(?:(?:To|Attention|Attn\.?)\s*:?\s+(?:[A-Z][\w&-]*\s*(?:[/,&]|and)?\s*){0,8}|(?:[A-Z][\w&-]*\s*(?:[/,&]|and)?\s*){1,5})"
                                r"(?:Editors?|Writers?|Desks?)(?:\s*/\s*[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?){0,4}\s*:?$")),
    # a news site's reading time: "·22 min read", "5 minute read"
    ("reading_time", re.compile(r"^[\u00b7\u2022]?\s*\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read$", re.I)),
    # a line of the issuer's tickers alone: "AIM: RENE |", "TSX: TML OTCQX: TSRMF"
    ("ticker_line", re.compile(rf"^\|?\s*(?:{_TICKER_PAIR}\s*[|,;]?\s*)+$")),
    # an e-mail copy's header: "From: sue@cbmvax.cbm.commodore.com (Sue West)", "Message-Id: <...>",
    # "To: harv@cup.portal.com", "Subject: ...", "Date: Tue, 20 Apr 93 10:28:55 EDT"
    ("mail_header", re.compile(r"^(?:(?:From|To|Cc|Reply-To|Sender|Return-Path)\s*:\s*(?:[^\s@]{0,80}|[^@<>\n]{1,60}<)[\w.-]+@[\w-]+\.[\w.-]+.{0,300}"
                               r"|(?:Message-I[Dd]|Subject|Newsgroups|Path|X-[\w-]+|MIME-Version|Content-Type|Content-Transfer-Encoding)\s*:\s*\S.{0,300}"
                               r"|Date\s*:\s*(?:[A-Z][a-z]{2},?\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2,4}\s+\d{1,2}:\d{2}.{0,300})$")),
    # a reposter's note on where the text came from, above it: "(this came from AmigaTech's Web page at http://www.amiga.de)"
    ("repost_note", re.compile(r"^\((?:this|the following|text|article|release)\b.{0,40}?\b(?:came|comes|is|was|taken|copied|reposted|forwarded)\s+(?:\w+\s+)?from\b[^()]{0,200}\)$", re.I)),
    # the wire's name on a line of its own, above the dateline of a reprint
    ("wire_name", re.compile(r"^(?:PR Newswire|PRNewswire|Business Wire|BUSINESS WIRE|GlobeNewswire|GLOBE NEWSWIRE|ACCESSWIRE|Newsfile|Marketwired)$")),
    # a copy's line with the wire's name alone, above the release: "Canada NewsWire", "News Direct", "PR Karma"
    ("wire_banner", re.compile(rf"^(?P<value>{_KNOWN_WIRE})$", re.I)),
    # site chrome of wire pages
    # where a wire's web page stops carrying the release and starts its own lists
    # PR Newswire's index codes at the end: "CO: Sears, Roebuck and Co." "ST: Illinois IN: REA SU: ERN"
    ("prn_codes", re.compile(r"^(?:CO|ST|IN|SU):\s.*$")),
    # where a wire's own footer starts: DGAP's dissemination note, RNS's "This information is provided by RNS"
    ("wire_footer", re.compile(r"^(?:\d{2}\.\d{2}\.\d{4}\s+)?(?:Dissemination of an? .{0,80}, transmitted by (?P<value>DGAP|EQS)\b.*"
                               r"|This information is provided by (?P<rns>RNS)\b.*"
                               # pressetext's: "(c) pressetext Nachrichtenagentur GmbH Ad-hoc and financial news distributed by pressetext"
                               r"|\(c\)\s*(?P<pressetext>pressetext)\b.{0,400}"
                               # EQS's: "10-Feb-2025 CET/CEST The EQS Distribution Services include Regulatory Announcements ..."
                               r"|(?:\d{1,2}-[A-Z][a-z]{2}-\d{4}\s+(?:CET|CEST|CET/CEST)\s+)?The (?P<eqs>EQS|DGAP) Distribution Services\b.*)$", re.S)),
    ("page_end", re.compile(r"^(?:Also from this source|Also on [A-Z][\w.]{1,30}|More (?:Releases|News|Stories) (?:From|from) This Source|Modal title|"
                            r"News Releases in Similar Topics|Related (?:News|Articles|Stories|Press Releases|Links)|Recent News|"
                            r"Latest News|Explore|You are using an outdated browser.*|Sign up for Top Stories.*|"
                            r"RELATED LINKS\s+(?:https?://|www\.)\S+(?:\s+\S+){0,20})$", re.I)),
    # a wire page's own time stamp: "April 06, 2016 12:00 ET | Source: Segment", "25 Apr, 2016, 03:39 ET",
    # a news site's "Provided by PR Newswire Jan 20, 2026, 3:00:00 PM"
    ("page_date", re.compile(r"^(?:(?:Provided|Distributed|Published) by [A-Z][\w .&-]{1,40}?\s+)?"
                             r"(?P<value>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.?,? \d{4}),? \d{1,2}:\d{2}(?::\d{2})?"
                             r"(?:(?: ?[AP]M)? (?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|CET|UTC|(?:Eastern|Central|Mountain|Pacific|Greenwich Mean|"
                             r"British Summer|Central European)(?: (?:Standard|Daylight|Summer))? Time)\b.*| ?[AP]M)$")),
    # a web page's stamp of its last change ("Updated: 12 November 1999", "Last modified: 3/4/98"):
    # when the page changed, not when the release was issued
    ("page_stamp", re.compile(r"^(?:(?:Last|Page)\s+)?(?:Updated|Modified|Revised|updated|modified|revised)\s*(?:on\s*)?:?\s*"
                              r"(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.?,? \d{4}"
                              r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? \d{1,2}:\d{2}.{0,30})?$")),
    # a page's or a copy's own date line: "Published 01/08/2008 - 10:07 a.m. GMT", "Posted on May 19, 2025",
    # "Published: 10.02.2025 08:00"
    # a news site's date stamp in brackets above the headline: "[January 05, 2008]"
    ("page_date", re.compile(r"^\[\s*(?P<value>(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4})\s*\]$")),
    ("page_date", re.compile(r"^(?:Published|Posted|Date [Pp]osted|Publication [Dd]ate|Publish [Dd]ate)(?: on)?\s*:?\s*"
                             r"(?P<value>(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.?,? \d{4}"
                             r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}))"
                             r"(?:\s*(?:[-,|@/]|at)?\s*\d{1,2}[:.]\d{2}.{0,40})?(?:\s+by\s+\S.{0,60})?$")),
    # a wire page's byline above the release: "News provided by" / the company's name
    ("provided_by", re.compile(r"^(?:News provided by|Provided by|Distributed by)\s*:?$", re.I)),
    # the wire's pointer to its own copy: not the release's text (its address still counts as a URL)
    ("wire_link", re.compile(r"^(?:View (?:the )?original (?:content|press release|version)\b.{0,200}|View source version on \S+\s*:.{0,300}"
                             r"|To view the source version of this press release,? please visit\b.{0,200}"
                             r"|Cision View original content\b.{0,300}|Originally published (?:at|on)\b.{0,200}"
                             r"|This (?:press|news) release features multimedia\.?(?:\s*View the full release here\s*:.{0,300})?"
                             r"|View the full release here\s*:.{0,300})$", re.I)),
    # the signature of a Canadian issuer's release: "ON BEHALF OF THE BOARD OF DIRECTORS"
    # (a copy that lost the spaces at its line ends: "ON BEHALF OF THE BOARD OFDIRECTORS")
    ("signature", re.compile(r"^(?:ON BEHALF OF THE BOARD(?: ?OF ?DIRECTORS)?|On behalf of the Board(?: ?of ?Directors)?)(?: of [A-Z][\w .,&]{2,60})?\s*[,:]?$")),
    ("site", re.compile(r"^(?:Reuters|Dow Jones|TradingView|Print Friendly|News Room|Newsroom|Share|Tweet|Email|Print|Back to (?:top|news)|More news|Read more|Accessibility:.*|Skip to (?:main )?content)$", re.I)),
    ("trademark", re.compile(r"^\*+\s*\S.*\b(?:trademarks?|registered)\b.*$|^\S.{0,80}\bis a (?:registered )?trademark of\b.*$", re.I)),
]


# furniture whose addresses are not the release's: a wire's or distributor's pointer to its own copy or
# site, a page's copyright line (a site footer: "Copyright ©1999 Acme, Inc. http://www.acme.com/")
# furniture whose addresses are not the release's: a wire's pointer to its own copy, a copyright line, the wire's
# links to the photos and logo it carries ("Photo - https://mma.prnewswire.com/...", "A photo accompanying this
# announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/...")
NOT_THE_RELEASES_ADDRESSES = frozenset({"distributor_footer", "wire_link", "wire_copy", "copyright", "logo", "photo"})

def is_bare_address(text: str) -> bool:
    """A line of web addresses and nothing else (the `bare_url` furniture)."""
    return bool(BARE_URL.match(text.strip()))


def classify(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(rule name, captured value) when `text` is a piece of wire furniture, else None."""
    t = text.strip()
    for name, pattern in RULES:
        m = pattern.match(t)
        if m:
            if name == "trademark" and len(t) > 300:
                continue
            groups = m.groupdict()
            value = next((groups[k] for k in ("value", "rns", "wire", "pressetext", "eqs") if groups.get(k)), None)
            return name, value.strip() if value else None
    return None


ATTACHMENT_NAME = re.compile(r"^[^/\\<>|:*?\"]{1,200}\.(?:docx?|rtf|pdf|txt|xlsx?|pptx?|odt|html?)$", re.I)


# the wire a footer names (`DGAP`, `RNS`), when the dateline names none
WIRE_OF_FOOTER = {"DGAP": "EQS", "EQS": "EQS", "RNS": "RNS", "pressetext": "pressetext"}
LABELLED_LINE_MAX_CHARS = 100  # the company's name under "News provided by", the signing officer
LABELLED_LINE_MAX_WORDS = 10


def attachments_from(blocks: list[Block]) -> list[str]:
    """The file names a release's attachment list gives, one a line."""
    names = []
    for b in blocks:
        for line in b.source_lines():
            line = line.strip()
            if ATTACHMENT_NAME.match(line):
                names.append(line)
    return names


def goes_with_label(rule: str, block: Block) -> bool:
    """The block after a "News provided by" label (the company's name) or a signature label (the
    signing officer's name and title) is furniture too."""
    t = block.text.strip()
    if block.kind == "table" or len(t) >= LABELLED_LINE_MAX_CHARS:
        return False
    if rule == "provided_by":
        return len(t.split()) <= LABELLED_LINE_MAX_WORDS and not match_dateline(t)
    if rule == "signature":
        lines = block.lines or [t]
        first = lines[0].strip(" \"'\u201c\u201d*_(){}")
        # the officer's name, or the office and the name on one line ("Chief Executive Officer      Colin Roe")
        return contact_rules.is_person_name(first) or (
            bool(re.match(r"^(?:[A-Z][\w&-]*\s+){0,4}(?:Officer|President|Director|Chairman|Chair|CEO|CFO|COO)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?$",
                          first)))
    return False


# a letterhead's address lines above the headline: "600 Harrison Street", "Suite 200",
# "P.O. Box 12", "San Francisco, CA 94107", "USA"
_STREET = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Place|Pl|Plaza|Court|Ct|"
           r"Circle|Cir|Highway|Hwy|Square|Sq|Terrace|Center|Centre")
ADDRESS_LINE = re.compile(
    rf"^(?:\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+)?[A-Z0-9][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*){{0,4}}\s+(?:{_STREET})\.?"
    r"(?:,?\s*(?:Suite|Ste\.?|Floor|Fl\.?|#)\s*\w+)?"
    r"|(?:Suite|Ste\.?|Floor)\s+\w+|(?:P\.?\s?O\.?\s?Box|Post Office Box)\s+\d+"
    r"|[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][A-Za-z.]{1,15}\.?\s+\d{5}(?:-\d{4})?"
    r"|USA|U\.S\.A\.|United States(?: of America)?)$")


DATED_KINDS = frozenset({"release_date", "page_date", "release_line"})  # furniture whose value is the release's date


def furniture_date(block: Block) -> Optional[str]:
    """The date a line of furniture in the block prints (`Date:  January 26, 1998`), as printed."""
    for line in block.source_lines():
        kind = classify(line)
        if kind and kind[0] in DATED_KINDS and kind[1]:
            return kind[1]
    return None


_PHONE_LINE = re.compile(r"^(?:voice|phone|tel|telephone|fax|facsimile|toll[- ]free|bbs|modem)\.?\s*:?\s*\+?[\d(][\d\s().\-/]{6,}$", re.I)


def drop_furniture_lines(block: Block) -> Optional[Block]:
    """A header block whose lines include wire or filing furniture (`PRESS RELEASES` above the
    headline, a Dow Jones time line, an e-mail's header) or a letterhead's address keeps only its
    other lines; None when nothing is left."""
    lines = block.source_lines()
    if len(lines) < 2 or block.kind == "table":
        return block
    if all(ADDRESS_LINE.match(l.strip()) or _PHONE_LINE.match(l.strip()) for l in lines if l.strip()):
        return None  # a letterhead's address and numbers, with no one's name: "voice: 314-894-8608" / "fax: ..."
    kept = [l for l in lines if classify(l) is None and not ADDRESS_LINE.match(l.strip())]
    if len(kept) == len(lines):
        return block
    if not kept:
        return None
    return replace(block, text=" ".join(l.strip() for l in kept), lines=kept)
