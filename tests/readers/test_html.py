"""The HTML reader: a real parser, cp1252 character references, tables kept, layout unwrapped,
page chrome dropped, and the release's own title and date taken from the page."""

from __future__ import annotations

from dataclasses import replace

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block
from reportgen.readers.html import decode_c1_references, read_html


def _blocks(html: str):
    read = read_html(html)
    return read.blocks, read


def test_c1_character_references_are_windows_1252():
    assert decode_c1_references("a &#151; b &#147;q&#148; it&#146;s") == "a \u2014 b \u201cq\u201d it\u2019s"
    blocks, _ = _blocks("<p>REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; Oracle today</p>")
    assert blocks[0].text == "REDWOOD SHORES, Calif., July 10, 2019 \u2014 Oracle today"


def test_script_style_nav_footer_are_dropped():
    html = "<html><body><nav>Home | News</nav><script>var x;</script><style>p{}</style><p>Body text.</p><footer>(c) Site</footer></body></html>"
    blocks, _ = _blocks(html)
    assert [b.text for b in blocks] == ["Body text."]


def test_bold_paragraph_is_emphasised_and_headings_have_levels():
    blocks, _ = _blocks("<h3>About Us</h3><p><b>About Foo</b></p><p>Foo is <b>big</b>.</p>")
    assert [(b.kind, b.level, b.emphasis) for b in blocks] == [("heading", 3, True), ("para", None, True), ("para", None, False)]


def test_bold_style_in_css_counts_as_bold():
    blocks, _ = _blocks('<div><font style="font-weight:700">Stock Distribution</font></div><div>Holders of stock.</div>')
    assert blocks[0].emphasis and not blocks[1].emphasis


def test_data_table_is_kept_with_dollar_and_parenthesis_cells_joined():
    html = (
        "<table><tr><td></td><td>2024</td><td></td><td>2023</td></tr>"
        "<tr><td>Net sales</td><td>$</td><td>119,575</td><td>$</td><td>117,154</td></tr>"
        "<tr><td>Other</td><td></td><td>(50</td><td>)</td><td>12</td></tr></table>"
    )
    blocks, _ = _blocks(html)
    assert len(blocks) == 1 and blocks[0].kind == "table"
    rows = blocks[0].table.rows
    assert ["Net sales", "$119,575", "$117,154"] == [c for c in rows[1] if c]
    assert "(50)" in rows[2]


def test_layout_table_with_one_cell_is_unwrapped_into_paragraphs():
    long = "This paragraph sits in a one-cell layout table and is long enough to be body text of a release."
    blocks, _ = _blocks(f"<table><tr><td><p>{long}</p><p>Second paragraph of the same box, also body text.</p></td></tr></table>")
    assert [b.kind for b in blocks] == ["para", "para"]
    assert blocks[0].text == long


def test_bullets_laid_out_as_a_table_become_items():
    html = "<table><tr><td>\u25cf</td><td>Sales rose 14%</td></tr><tr><td>\u25cf</td><td>Profit per share of $2.86</td></tr></table>"
    blocks, _ = _blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [("item", "Sales rose 14%"), ("item", "Profit per share of $2.86")]


def test_two_column_contact_table_reads_column_by_column():
    html = (
        "<table><tr><td>Contact:</td><td>Ken Bond</td><td>Deb Hellinger</td></tr>"
        "<tr><td></td><td>Oracle Investor Relations</td><td>Oracle Corporate Communications</td></tr>"
        "<tr><td></td><td>1.650.607.0349</td><td>1.212.508.7935</td></tr>"
        "<tr><td></td><td>ken.bond@oracle.com</td><td>deb@oracle.com</td></tr></table>"
    )
    blocks, _ = _blocks(html)
    assert [b.lines[:2] for b in blocks] == [["Contact:", "Ken Bond"], ["Contact:", "Deb Hellinger"]]


def test_contact_table_labelled_row_by_row_gives_each_groups_people():
    # a shouted label in the first cell of each row, the group's people in the cells beside it
    html = (
        "<p>Acme Robotics today raised new funding.</p>"
        "<table><tr><td><b>BRIGHTWAY ROBOTICS PRESS CONTACT</b></td><td><b>Jane Roe</b><br>+1 555-010-0199<br>jane@acmerobotics.example</td>"
        "<td>Jon Poe<br>+33 6 11 22 33 44<br>jon@acmerobotics.example</td></tr>"
        "<tr><td> </td><td> </td><td> </td></tr>"
        "<tr><td><b>NORDBANK PRESSE</b></td><td><b>Eva Lind</b><br>eva.lind@nordbank.example</td><td> </td></tr></table>"
    )
    blocks, read = _blocks(html)
    assert [b.lines[0] for b in blocks if b.contact_table] == ["BRIGHTWAY ROBOTICS PRESS CONTACT:", "NORDBANK PRESSE:"]
    release = assemble_release(replace(read, blocks=[Block("Headline Here", emphasis=True)] + blocks))
    assert [(c.name, c.role, c.organisation, c.emails) for c in release.contacts] == [
        ("Jane Roe", "Press", "Brightway Robotics", ["jane@acmerobotics.example"]),
        ("Jon Poe", "Press", "Brightway Robotics", ["jon@acmerobotics.example"]),
        ("Eva Lind", "Presse", "Nordbank", ["eva.lind@nordbank.example"]),
    ]
    assert [s.heading for s in release.sections if s.heading] == []


def test_page_title_and_date_are_read_with_the_blocks():
    html = (
        '<html><head><meta property="og:title" content="Acme Launches Widget">'
        '<meta name="date" content="2016-04-25T03:39:00-04:00"><title>Acme | Wire</title></head>'
        "<body><p>Hello.</p></body></html>"
    )
    _, read = _blocks(html)
    assert (read.title, read.title_trusted, read.date) == ("Acme Launches Widget", True, "2016-04-25")


def test_a_dateline_split_across_elements_is_joined():
    html = "<p><span>PALO ALTO, Calif.</span></p><p>, April 25, 2016 /PRNewswire/ -- HackerRank today said so.</p>"
    blocks, read = _blocks(html)
    release = assemble_release(replace(read, blocks=[Block("Headline Here", emphasis=True)] + blocks))
    assert (release.dateline.city, release.dateline.wire, release.dateline.date) == ("Palo Alto", "PR Newswire", "2016-04-25")


def test_registered_mark_in_sup_stays_with_the_name():
    blocks, _ = _blocks("<p>Apple<sup>(R)</sup> today announced results.</p>")
    assert blocks[0].text == "Apple\u00ae today announced results."


def test_uk_enquiries_table_of_organisation_and_phone_rows_gives_its_people():
    # an RNS "Enquiries:" table: an organisation with its national number ("01392 555 010"), then its people, one a row
    html = (
        "<p>Acme Homes plc today reported record completions for the year.</p><p><b>Enquiries:</b></p>"
        "<table><tr><td>Acme Homes plc</td><td>01392 555 010</td></tr>"
        "<tr><td>John Smith, Chief Executive</td><td></td></tr>"
        "<tr><td>Buchanan</td><td>020 7466 5000</td></tr>"
        "<tr><td>Henry Hart / Jamie Hale</td><td></td></tr></table>"
    )
    blocks, read = _blocks(html)
    assert [b.lines for b in blocks if b.contact_table] == [
        ["Acme Homes plc", "01392 555 010"], ["John Smith, Chief Executive"], ["Buchanan", "020 7466 5000"], ["Henry Hart / Jamie Hale"]]
    release = assemble_release(replace(read, blocks=[Block("Headline Here", emphasis=True)] + blocks))
    assert [(c.name, c.title, c.organisation, c.phones) for c in release.contacts] == [
        ("John Smith", "Chief Executive", "Acme Homes plc", ["01392 555 010"]),
        ("Henry Hart", None, "Buchanan", ["020 7466 5000"]),
        ("Jamie Hale", None, "Buchanan", ["020 7466 5000"]),
    ]
    assert not any(s.tables for s in release.sections)


def test_a_row_of_navigation_links_is_dropped_but_not_a_contact_row():
    html = ("<html><head><title>Acme Wins Award</title></head><body>"
            "<div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact Us</a></div>"
            "<h1>Acme Wins Award</h1>"
            "<p>BOSTON, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today won an award.</p>"
            "<p>Contact: <a href='mailto:ir@acme.com'>ir@acme.com</a> <a href='mailto:pr@acme.com'>pr@acme.com</a></p>"
            "</body></html>")
    texts = [b.text for b in read_html(html).blocks]
    assert not any("Contact Us" in t for t in texts)
    assert any("ir@acme.com" in t for t in texts)


# web pages: the release found before anything else (reportgen/readers/webpage.py) -----------------

def _cf(email: str, key: int = 0x21) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


def test_cloudflare_hidden_emails_are_decoded():
    hexed = _cf("press@example.org")
    html = (f'<p>Media Contact<br>Kim Doe<br><a href="/cdn-cgi/l/email-protection#{hexed}">'
            f'<span class="__cf_email__" data-cfemail="{hexed}">[email&#160;protected]</span></a></p>'
            f'<p>Investors: <a href="/cdn-cgi/l/email-protection#{_cf("ir@example.org", 0x7f)}">[email protected]</a></p>')
    blocks, _ = _blocks(html)
    assert blocks[0].lines == ["Media Contact", "Kim Doe", "press@example.org"]
    assert blocks[1].text == "Investors: ir@example.org"


def test_a_cloudflare_key_that_gives_no_address_is_left_alone():
    blocks, _ = _blocks('<p>Write to <span data-cfemail="zz12">[email protected]</span></p>')
    assert blocks[0].text == "Write to [email protected]"


def test_page_date_from_json_ld_and_time_elements():
    ld = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
          '[{"@type": "NewsArticle", "datePublished": "2025-12-16T02:00:00-05:00"}]}</script></head>'
          "<body><p>TOKYO /PRNewswire/ -- Sales rose.</p></body></html>")
    assert read_html(ld).date == "2025-12-16"
    # the date a time stamp prints comes before its attribute in UTC, a day later
    timed = ('<html><body><time datetime="2024-09-12T01:30:00Z">September 11, 2024 09:30 PM Eastern Daylight Time'
             "</time><p>NEW YORK--(BUSINESS WIRE)--Acme today said it grew.</p></body></html>")
    assert read_html(timed).date == "2024-09-11"
    bare = '<html><body><time datetime="2023-05-02">yesterday</time><p>Body.</p></body></html>'
    assert read_html(bare).date == "2023-05-02"


_PAGE_HEAD = ('<html><head><meta property="og:title" content="Acme Opens a Plant in Ohio"><title>Acme</title></head>'
              '<body><a class="skipNavLink" href="#main">Skip Navigation</a>'
              '<a class="screen-only" href="/accessibility-statement">Accessibility Statement</a>')


def test_the_headline_header_is_opened_and_the_site_around_it_dropped():
    html = (_PAGE_HEAD + '<header class="release-header"><div class="row"><h1>Acme Opens a Plant in Ohio'
            '<div class="dropdown lang-switch"><button>USA - English</button><ul class="dropdown-menu">'
            '<li><a href="/de">Deutschland - Deutsch</a></li></ul></div></h1>'
            '<p>News provided by</p><p>Acme Corp</p><p>Mar 19, 2026, 18:57 ET</p>'
            '<div class="social-links"><a href="https://twitter.com/intent/tweet?u=x">Twitter</a></div></div></header>'
            '<section class="release-body"><div class="gallery static-gallery"><p>Photo credit: Acme (PRNewsfoto/Acme)</p></div>'
            '<div class="continue-reading"><a href="#continue-jump">Continue Reading</a></div>'
            "<figure><img src='x.jpg'><figcaption>The new plant in Dayton.</figcaption></figure></section>"
            '<div class="row"><div class="col"><p>DAYTON, Ohio, March 19, 2026 /PRNewswire/ -- Acme Corp today opened a plant.</p>'
            "<p>The plant employs 300 people and makes parts for the company's loaders.</p>"
            "<p>SOURCE Acme Corp</p></div></div>"
            '<div class="row"><a class="fullClick" href="/demo"><div class="prnNewsLetterWidgetSection">'
            '<div class="valueText">21% more press release views with</div><span>Request a Demo</span></div></a></div>'
            "</body></html>")
    r = assemble_release(read_html(html))
    assert r.headline == "Acme Opens a Plant in Ohio"
    assert r.subheadlines == []
    assert (r.dateline.city, r.dateline.date) == ("Dayton", "2026-03-19")
    assert [s.heading for s in r.sections] == [None]
    text = " ".join(b.text for b in read_html(html).blocks)
    for chrome in ("Skip Navigation", "Accessibility", "English", "Twitter", "Photo credit", "Continue Reading", "Dayton.", "21%"):
        assert chrome not in text


def test_what_the_page_prints_before_the_headline_and_after_the_body_is_not_read():
    html = (_PAGE_HEAD + "<div><p>Top stories: markets rally as rates fall and oil prices slide.</p></div>"
            "<div><div><h1>Acme Opens a Plant in Ohio</h1><h2>Three hundred jobs in Dayton</h2></div>"
            "<div><p>DAYTON, Ohio, March 19, 2026 /PRNewswire/ -- Acme Corp today opened a plant in Dayton.</p>"
            "<p>The plant employs 300 people and makes parts for the company's loaders and excavators.</p>"
            "<p>Production starts in May, and the company expects to ship its first parts in June.</p></div></div>"
            "<div><p>Markets: the Dow rose 1.2% and the Nasdaq rose 0.8% on Thursday as traders cheered the data.</p></div>"
            + "".join(f'<a href="/n/{i}">Story {i}</a> ' for i in range(70)) + "</body></html>")
    r = assemble_release(read_html(html))
    assert r.subheadlines == ["Three hundred jobs in Dayton"]
    assert [p[:6] for s in r.sections for p in s.paragraphs] == ["Acme C", "The pl", "Produc"]


def test_site_chrome_by_what_it_holds_in_plain_divs():
    html = ("<html><body><div><p>We use cookies to improve your experience. "
            '<a href="/cookies">Cookie policy</a></p><a href="#">Accept</a></div>'
            '<div>Share this article <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> '
            '<a href="mailto:?subject=x">Email</a></div>'
            "<p>BOSTON, May 1, 2025 /PRNewswire/ -- Acme said it grew.</p>"
            "<div><h3>Related News</h3><ul><li><a href='/a'>Globex Expands in Ohio</a> <span>May 2, 2025</span></li>"
            "<li><a href='/b'>Initech Reports Revenue</a></li></ul></div>"
            '<div><ul><li><a href="/p">Privacy Policy</a></li><li><a href="/t">Terms of Use</a></li></ul></div>'
            "</body></html>")
    blocks, _ = _blocks(html)
    assert [b.text for b in blocks] == ["BOSTON, May 1, 2025 /PRNewswire/ -- Acme said it grew."]


def test_release_links_and_addresses_are_not_chrome():
    html = ("<p>Related Links</p><p>For more, visit <a href='https://acme.com'>www.acme.com</a> or "
            "<a href='https://twitter.com/acme'>twitter.com/acme</a>.</p>"
            "<ul><li><a href='https://acme.com/a'>https://acme.com/a</a></li><li><a href='https://acme.com/b'>https://acme.com/b</a></li>"
            "<li><a href='https://acme.com/c'>https://acme.com/c</a></li></ul>")
    blocks, _ = _blocks(html)
    assert [b.text for b in blocks][1:] == ["For more, visit www.acme.com or twitter.com/acme.", "https://acme.com/a",
                                            "https://acme.com/b", "https://acme.com/c"]


def test_a_header_line_that_is_only_a_link_is_no_deck_line():
    html = ("<h1>Acme Launches the A7 Loader</h1><p><b><i>The loader cuts fuel use by a third</i></b></p>"
            '<p><a href="https://youtube.com/x"><b><i>Watch the launch video</i></b></a></p>'
            '<p><b><i>[</i></b><a href="https://drive.example.com/kit"><b><i>Media Kit</i></b></a><b><i>]</i></b></p>'
            "<p>DENVER, March 4, 2026 /PRNewswire/ -- Acme today launched the A7.</p>")
    r = assemble_release(read_html(html))
    assert r.subheadlines == ["The loader cuts fuel use by a third"]


def test_a_bold_title_and_an_italic_deck_in_one_element_are_headline_and_deck():
    html = ("<html><body><font>&nbsp;<br><b>Acme and Beta Invest in Gamma Software, Inc.</b></font></p>"
            "<i>$2.5 Million Earmarked for Chat Software</i><p>Armonk, New York, U.S.A. , 1997 MAR 4 &#151; "
            "Acme Inc. and Beta LLC today announced an investment in Gamma Software, Inc.</p></body></html>")
    release = assemble_release(read_html(html))
    assert release.headline == "Acme and Beta Invest in Gamma Software, Inc."
    assert release.subheadlines == ["$2.5 Million Earmarked for Chat Software"]
    assert release.dateline.city == "Armonk" and release.release_date == "1997-03-04"
    # a bold label before an italic note is no title
    blocks = read_html("<p><b>Correction:</b> <i>An earlier version had a wrong link.</i></p>").blocks
    assert [b.text for b in blocks] == ["Correction: An earlier version had a wrong link."]


def test_text_set_in_the_symbol_font_is_the_characters_it_shows():
    html = ('<h3>Acme Ships Widget</h3><p><b>AUSTIN, Texas<FONT FACE="Symbol">&#190;</FONT> May 4, 1998'
            '<FONT FACE="Symbol">&#190;</FONT></b> Acme WidgetPro<FONT FACE="Symbol">&#212;</FONT> uses '
            '<font face="symbol">a</font>-interferon.</p>')
    blocks, _ = _blocks(html)
    assert blocks[1].text == "AUSTIN, Texas\u2014 May 4, 1998\u2014 Acme WidgetPro\u2122 uses \u03b1-interferon."


def test_a_page_stamp_above_the_release_is_no_headline_nor_its_date():
    release = assemble_release(read_html(
        '<table><tr><td><b>Updated: 12 November 1999</b></td></tr></table>'
        '<h3>Acme Ships Widget</h3><p><i>A faster widget for every shop</i></p>'
        '<p>AUSTIN, Texas -- August 25, 1999 -- Acme Corp. today shipped its widget.</p>'))
    assert release.headline == "Acme Ships Widget"
    assert release.subheadlines == ["A faster widget for every shop"]
    assert release.release_date == "1999-08-25"


def test_a_distributors_copy_with_its_search_box_sponsor_and_rating_widget():
    html = ("<html><head><title>Globex.com - Acme Opens a Plant in Ohio</title></head><body>"
            '<form action="/search"><table><tr><td><input type="radio" name="s"></td><td>Web</td>'
            '<td><input type="radio" name="s"></td><td>Cheap Press Release Distribution for Everyone</td></tr></table>'
            '<input type="text" name="q"></form>'
            '<div class="sponsor"><p>Sponsored by:</p><p><a href="http://ads.example.com"><b>Traders Wanted</b></a></p></div>'
            '<span class="articleTitle">Acme Opens a Plant in Ohio</span>'
            "<div>Published 01/08/2008 - 10:07 a.m. GMT</div>"
            '<div class="articleRatingButtons"><p>Rate This Article:</p><p>0</p></div>'
            "<p>(ExampleWire) DAYTON, Jan. 7 -- Acme Corp today opened a plant in Dayton.</p>"
            "<p>The plant employs 300 people.</p></body></html>")
    r = assemble_release(read_html(html))
    assert r.headline == "Acme Opens a Plant in Ohio"
    assert r.subheadlines == []
    assert (r.dateline.city, r.dateline.date, r.dateline.wire) == ("Dayton", "2008-01-07", "ExampleWire")
    assert r.release_date == "2008-01-07"


def test_the_sites_name_in_a_page_title_is_no_part_of_the_headline():
    _, read = _blocks("<html><head><title>StreetWatch.com - Acme Opens a Plant in Ohio</title></head>"
                      "<body><p>Text.</p></body></html>")
    assert read.title == "Acme Opens a Plant in Ohio"
    _, read = _blocks("<html><head><title>Acme Opens a Plant in Ohio - StreetWatch.com</title></head>"
                      "<body><p>Text.</p></body></html>")
    assert read.title == "Acme Opens a Plant in Ohio"


def test_a_page_wrapped_whole_in_a_form_keeps_its_text():
    html = ('<html><body><form action="/page.aspx"><input type="hidden" name="v"><input type="text" name="q">'
            "<h1>Acme Opens a Plant</h1><p>DAYTON, Ohio, March 19, 2026 -- Acme Corp today opened a plant in Dayton, "
            "where it makes parts for loaders and excavators, and hires three hundred people over the coming year; "
            "production starts in May and the first parts ship in June, the company said in its statement today, "
            "adding that it expects the plant to be running at full capacity before the end of next year.</p>"
            "</form></body></html>")
    blocks, _ = _blocks(html)
    assert blocks[0].text == "Acme Opens a Plant"


def test_a_news_sites_copy_starts_at_the_h1_that_repeats_its_title():
    html = ("<html><head><title>Acme Opens a Plant in Ohio</title></head><body>"
            + "".join(f'<a href="/n/{i}">Story {i}</a> ' for i in range(70))
            + "<table><tr><table><tr><td><p>EXPO East 2008 Begins in Miami.</p><p>[January 05, 2008]</p>"
            "<h1>Acme Opens a Plant in Ohio</h1>"
            "<p>DAYTON, Ohio --(Business Wire)-- Acme Corp today opened a plant in Dayton, where it makes parts.</p>"
            "<p>The plant employs 300 people and makes parts for the company's loaders and excavators.</p>"
            "<p>Also on Globex</p><p>Globex Expands in Ohio</p></td></tr></table></tr></table></body></html>")
    r = assemble_release(read_html(html))
    assert r.headline == "Acme Opens a Plant in Ohio"
    assert r.release_date == "2008-01-05"  # the site's date stamp: the dateline prints none
    assert [p[:6] for s in r.sections for p in s.paragraphs] == ["Acme C", "The pl"]


def test_a_news_sites_sponsored_block_is_chrome():
    html = ('<html><head><title>Acme Unveils New Monitors</title></head><body><div class="story"><div class="sponsor"><h2>Press Releases</h2><p>Sponsored by:</p>'
            '<p><a href="https://ads.example.com/x"><b>Traders Wanted</b></a><br><b>Win in our contest.</b> '
            '<a href="https://ads.example.com/x">www.tradecontest.com</a></p></div>'
            "<h1>Acme Unveils New Monitors</h1>"
            "<p>LAS VEGAS, Jan. 8 /PRNewswire/ -- Acme has introduced three new monitors. Visit www.acme.com.</p></div></body></html>")
    r = assemble_release(read_html(html))
    assert (r.headline, r.subheadlines, r.urls) == ("Acme Unveils New Monitors", [], ["www.acme.com"])
