"""The same release gives the same model with or without the site around it.

Releases written in the style of the wire pages and newsrooms (and the bodies of GlobeNewswire pages
of the corpus) are wrapped in random site chrome: navigation lists, breadcrumbs, skip links,
language pickers, cookie banners, share buttons, "related news" lists and footers, in `<header>`,
`<nav>`, `<aside>`, `<footer>` elements, in divs whose class says what they are, and in plain divs.
The model read from the wrapped page must equal the one read from the release alone: headline,
deck, dateline, release date, sections (headings, roles, paragraphs, tables), quotes, contacts,
forward-looking statements, issuer and the web addresses.
"""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.readers.assemble import assemble_release
from reportgen.readers.html import read_html
from tests.conftest import shared_path


def _cf(email: str, key: int = 0x5A) -> str:
    """Cloudflare's obfuscation of an address (the key byte, then every byte XORed with it)."""
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


_CF_SAM = _cf("sam.lee@acmerobotics.com")

# (header: headline and deck, body: the release from its dateline on)
PRN_STYLE = (
    "<h1>Acme Robotics Unveils Autonomous Loader at Industry Expo</h1>"
    "<ul><li><i>Loader cuts fuel use by a third in field trials</i></li>"
    "<li><i>Deliveries to rental fleets begin in the third quarter</i></li></ul>",
    "<p>DENVER, March 4, 2026 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) today unveiled the A7 "
    "autonomous loader, which completed 4,000 hours of field trials at 12 customer sites in 2025.</p>"
    "<p>\"Our customers asked for a machine that works a full shift without an operator,\" said Jane Porter, "
    "chief executive officer of Acme Robotics. \"The A7 does that and uses a third less fuel.\"</p>"
    "<p><b>Field Results</b></p>"
    "<p>In trials at quarries in Colorado and Utah, the A7 moved 1.2 million tons of aggregate with no lost-time "
    "incidents.</p>"
    "<p><b>About Acme Robotics</b></p>"
    "<p>Acme Robotics builds autonomous machines for construction and mining. Visit www.acmerobotics.com.</p>"
    "<p><b>Forward-Looking Statements</b></p>"
    "<p>This press release contains forward-looking statements about deliveries and fuel savings, which are "
    "subject to risks and uncertainties that could cause actual results to differ materially.</p>"
    "<p><b>Media Contact</b><br/>Sam Lee<br/>303-555-0142<br/>"
    f'<a href="/cdn-cgi/l/email-protection#{_CF_SAM}"><span class="__cf_email__" data-cfemail="{_CF_SAM}">'
    "[email&#160;protected]</span></a></p>"
    "<p>SOURCE Acme Robotics, Inc.</p>",
)

GNW_STYLE = (
    "<h1>Northwind Therapeutics Reports Positive Phase 2 Results for NW-101</h1>"
    "<h2>Primary endpoint met with a 42% reduction in flares versus placebo</h2>",
    "<p>BOSTON, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Northwind Therapeutics, Inc. (Nasdaq: NWTX), a clinical-stage "
    "biotechnology company, today announced topline results from its Phase 2 trial of NW-101 in 180 patients.</p>"
    "<p>\u201cThese results support moving NW-101 into a pivotal program,\u201d said Dr. Maria Chen, Chief Medical "
    "Officer of Northwind.</p>"
    "<p><strong>Trial Results</strong></p>"
    "<table><tr><td></td><td>NW-101</td><td>Placebo</td></tr>"
    "<tr><td>Flare rate</td><td>0.8</td><td>1.4</td></tr>"
    "<tr><td>Responders</td><td>61%</td><td>33%</td></tr></table>"
    "<p><strong>About Northwind Therapeutics</strong><br/>Northwind Therapeutics develops medicines for "
    "inflammatory diseases. For more information, visit https://www.northwindtx.com.</p>"
    "<p>Investor Contact:<br/>Alex Rivera<br/>Northwind Therapeutics<br/>ir@northwindtx.com</p>",
)

NEWSROOM_STYLE = (
    "<p><b>Harbor Bank Opens Three Branches in Fairfield County</b></p>",
    "<p>BRIDGEPORT, Conn., Aug. 30, 1999 -- Harbor Bank today opened three new branches in Fairfield County, "
    "bringing its network to 42 offices across Connecticut.</p>"
    "<p>\"Our customers have asked for longer hours close to home,\" said Robert Hale, president of Harbor Bank.</p>"
    "<p>The branches are open seven days a week.</p>"
    "<p><b>About Harbor Bank</b></p>"
    "<p>Harbor Bank is a community bank with $3 billion in assets.</p>"
    "<p>Contact: Linda Ortiz, (203) 555-0199</p>",
)

SYNTHETIC = {"prn-style": PRN_STYLE, "gnw-style": GNW_STYLE, "newsroom-style": NEWSROOM_STYLE}

# GlobeNewswire pages of the corpus: their headline, deck and body, without the page
CORPUS_PAGES = ["2026-04-07_rigetti-computing_globenewswire.html", "2026-04-08_life-biosciences_globenewswire.html",
                "2026-03-12_sunday_globenewswire.html"]


def _corpus_release(name: str) -> tuple[str, str]:
    page = lxml.html.fromstring(shared_path("corpus", "releases-dev", name).read_bytes())
    h1 = page.find(".//h1")
    deck = page.find(".//h2[@class='article-sub-headline']")
    body = page.get_element_by_id("main-body-container")
    header = "".join(lxml.html.tostring(e, encoding="unicode", with_tail=False) for e in (h1, deck) if e is not None)
    return header, lxml.html.tostring(body, encoding="unicode", with_tail=False)


# site chrome ---------------------------------------------------------------------------------------

_SECTIONS = ["Home", "News", "Press Releases", "Investors", "About Us", "Careers", "Products", "Solutions",
             "Contact Us", "Events", "Blog", "Media Center", "Partners", "Support", "Newsroom", "Sustainability"]
_HEADLINES = ["Example Corp Names New Chief Financial Officer", "Globex Expands Manufacturing in Ohio",
              "Initech Reports Record Quarterly Revenue", "Umbrella Health Launches Telehealth Service",
              "Stark Industries Signs Supply Agreement with Wayne Enterprises", "Vandelay Opens European Office"]
_LANGUAGES = ["English", "Deutsch", "Fran\u00e7ais", "Espa\u00f1ol", "\u65e5\u672c\u8a9e", "Portugu\u00eas", "Italiano"]


def _links(items: list[str], prefix: str = "/") -> str:
    return "".join(f'<li><a href="{prefix}{i}">{t}</a></li>' for i, t in enumerate(items))


def nav_list(draw) -> str:
    items = draw(st.lists(st.sampled_from(_SECTIONS), min_size=3, max_size=10, unique=True))
    return f"<ul>{_links(items)}</ul>"


def breadcrumbs(draw) -> str:
    items = draw(st.lists(st.sampled_from(_SECTIONS), min_size=2, max_size=4, unique=True))
    sep = draw(st.sampled_from([" &gt; ", " / ", " \u203a "]))
    return "<div>" + sep.join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(items)) + "</div>"


def skip_link(draw) -> str:
    text = draw(st.sampled_from(["Skip to main content", "Skip Navigation", "Skip to content", "Accessibility Statement"]))
    return f'<a href="#main">{text}</a>'


def language_picker(draw) -> str:
    items = draw(st.lists(st.sampled_from(_LANGUAGES), min_size=2, max_size=6, unique=True))
    return f"<ul>{_links(items, '/lang/')}</ul>"


def cookie_banner(draw) -> str:
    first = draw(st.sampled_from([
        "We use cookies to improve your experience on our website.",
        "This website uses cookies to analyse traffic and personalise content.",
        "Our site stores cookies on your device to remember your preferences.",
    ]))
    second = draw(st.sampled_from([
        'By continuing to browse you accept our <a href="/cookies">cookie policy</a>.',
        'You can change your cookie settings at any time. <a href="/privacy">Privacy Policy</a>',
        "",
    ]))
    button = draw(st.sampled_from(['<a href="#" class="btn">Accept all cookies</a>', "<button>Accept</button>",
                                   '<a href="#">OK</a>', ""]))
    return f"<div><p>{first} {second}</p>{button}</div>"


def share_buttons(draw) -> str:
    label = draw(st.sampled_from(["Share this article", "Share", "", "Share on"]))
    nets = draw(st.lists(st.sampled_from([
        ('https://www.facebook.com/sharer/sharer.php?u=x', "Facebook"),
        ('https://twitter.com/intent/tweet?url=x', "Twitter"),
        ('https://www.linkedin.com/shareArticle?url=x', "LinkedIn"),
        ("mailto:?subject=News", "Email"),
        ("javascript:window.print()", "Print"),
    ]), min_size=2, max_size=5, unique=True))
    links = "".join(f'<a href="{h}">{t}</a> ' for h, t in nets)
    return f"<div><span>{label}</span> {links}</div>" if label else f"<div>{links}</div>"


def related_news(draw) -> str:
    heading = draw(st.sampled_from(["Related News", "More News", "Recommended Reading", "Also from this source",
                                    "Latest News", "More from Example Wire", "You may also like"]))
    items = draw(st.lists(st.sampled_from(_HEADLINES), min_size=2, max_size=5, unique=True))
    dated = draw(st.booleans())
    lis = "".join(f'<li><a href="/news/{i}">{t}</a>' + (f" <span>March {i + 3}, 2026</span>" if dated else "") + "</li>"
                  for i, t in enumerate(items))
    tag = draw(st.sampled_from(["h2", "h3", "div", "p"]))
    return f"<div><{tag}>{heading}</{tag}><ul>{lis}</ul></div>"


def site_footer(draw) -> str:
    items = draw(st.lists(st.sampled_from(["Privacy Policy", "Terms of Use", "Cookie Settings", "Site Map", "Contact Us",
                                           "Accessibility", "RSS"]), min_size=2, max_size=6, unique=True))
    year = draw(st.integers(2000, 2026))
    return f"<div><ul>{_links(items, '/legal/')}</ul><p>\u00a9 {year} Example Media Group. All rights reserved.</p></div>"


_BEFORE = [nav_list, breadcrumbs, skip_link, language_picker, cookie_banner, share_buttons]
_AFTER = [related_news, site_footer, share_buttons, nav_list, cookie_banner]
_WRAPPERS = {
    "header": ("<header>", "</header>"), "nav": ("<nav>", "</nav>"), "aside": ("<aside>", "</aside>"),
    "footer": ("<footer>", "</footer>"), "div": ("<div>", "</div>"),
    "classed": ('<div class="site-nav-menu">', "</div>"), "role": ('<div role="navigation">', "</div>"),
}


@st.composite
def chrome(draw, kinds) -> str:
    pieces = draw(st.lists(st.sampled_from(kinds), min_size=0, max_size=4))
    out = []
    for make in pieces:
        open_, close = _WRAPPERS[draw(st.sampled_from(sorted(_WRAPPERS)))]
        out.append(open_ + make(draw) + close)
    return "".join(out)


@st.composite
def page_around(draw, release: tuple[str, str]) -> str:
    header, body = release
    before, after = draw(chrome(_BEFORE)), draw(chrome(_AFTER))
    between = draw(st.one_of(st.just(""), chrome([share_buttons])))
    sidebar = draw(st.one_of(st.just(""), chrome([related_news, nav_list])))
    container = draw(st.sampled_from(["<main>{}</main>", "<article>{}</article>", "<div>{}</div>",
                                      '<div class="content">{}</div>', "{}"]))
    inner = container.format(header + between + body + sidebar)
    return f"<html><head><title>News</title></head><body>{before}{inner}{after}</body></html>"


def _alone(release: tuple[str, str]) -> str:
    return f"<html><head><title>News</title></head><body>{release[0]}{release[1]}</body></html>"


def model(html: str) -> dict:
    r = assemble_release(read_html(html))
    return {
        "headline": r.headline, "deck": r.subheadlines,
        "dateline": (r.dateline.city, r.dateline.region, r.dateline.country, r.dateline.date, r.dateline.wire),
        "release_date": r.release_date,
        "sections": [(s.heading, s.role, s.paragraphs, [t.rows for t in s.tables]) for s in r.sections],
        "quotes": [(q.speaker, q.title, q.text) for q in r.quotes],
        "contacts": [c.model_dump() for c in r.contacts],
        "fls": r.forward_looking_statements,
        "issuer": (r.issuer.name, [(t.exchange, t.symbol) for t in r.issuer.tickers], r.issuer.website),
        "urls": r.urls,
    }


_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


@pytest.mark.parametrize("name", sorted(SYNTHETIC))
def test_synthetic_release_reads_the_same_inside_any_page(name):
    release = SYNTHETIC[name]
    alone = model(_alone(release))

    @_SETTINGS
    @given(page_around(release))
    def check(page):
        assert model(page) == alone

    check()


@pytest.mark.parametrize("name", CORPUS_PAGES)
def test_corpus_release_reads_the_same_inside_any_page(name):
    release = _corpus_release(name)
    alone = model(_alone(release))
    assert alone["headline"] and alone["dateline"][0]

    @_SETTINGS
    @given(page_around(release))
    def check(page):
        assert model(page) == alone

    check()


def test_synthetic_releases_read_whole_alone():
    """The releases themselves are read right: what the invariance is measured against."""
    prn = model(_alone(PRN_STYLE))
    assert prn["headline"] == "Acme Robotics Unveils Autonomous Loader at Industry Expo"
    assert prn["deck"] == ["Loader cuts fuel use by a third in field trials",
                           "Deliveries to rental fleets begin in the third quarter"]
    assert prn["dateline"][:1] + prn["dateline"][3:] == ("Denver", "2026-03-04", "PR Newswire")
    assert [s[0] for s in prn["sections"]] == [None, "Field Results", "About Acme Robotics", "Forward-Looking Statements"]
    assert prn["quotes"][0][:2] == ("Jane Porter", "chief executive officer of Acme Robotics")
    assert [(c["name"], c["emails"]) for c in prn["contacts"]] == [("Sam Lee", ["sam.lee@acmerobotics.com"])]
    gnw = model(_alone(GNW_STYLE))
    assert gnw["deck"] == ["Primary endpoint met with a 42% reduction in flares versus placebo"]
    assert [s[0] for s in gnw["sections"]][:3] == [None, "Trial Results", "About Northwind Therapeutics"]
    assert [c["emails"] for c in gnw["contacts"]] == [["ir@northwindtx.com"]]
    newsroom = model(_alone(NEWSROOM_STYLE))
    assert newsroom["headline"] == "Harbor Bank Opens Three Branches in Fairfield County"
    assert [c["name"] for c in newsroom["contacts"]] == ["Linda Ortiz"]
