"""General rules added in the twelfth session, read from round 11 (distributors' markdown whose contact
blocks lost their line breaks, unlabelled contacts at a release's end), each on text of its own."""

from __future__ import annotations

import pytest

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.rules.contact_blocks import starts_with_contact_label
from reportgen.readers.rules.contacts import PHONE, parse_contacts
from reportgen.readers.wire_text import blocks_from_text


def _text_release(text: str):
    return assemble_release(Read(blocks_from_text(text)))


def _quotes_of(paragraphs: list[str]):
    from reportgen.readers.rules.quotes import find_quotes
    return find_quotes([(0, k, p) for k, p in enumerate(paragraphs)])


def _fields(contacts):
    return [(c.name, c.organisation, c.title, c.phones, c.emails) for c in contacts]


@pytest.mark.parametrize("block, want", [
    # a legal suffix glued to the name, the name to the number, the number to the street
    ("CONTACT:Roe Doe & Smith, LLPJane Roe, Esq.(215) 555-0142118 Main RoadSpringfield, PA 19087desk@roedoe.example",
     [("Jane Roe, Esq.", "Roe Doe & Smith, LLP", None, ["(215) 555-0142"], ["desk@roedoe.example"])]),
    # a German street with "ß" printed as "B" and its number glued to the postcode, the country glued to
    # the city, a number with its own slash
    ("Contact:Anna WeberCorporate CommunicationsWidget Holding AGLindener StraBe 1251429 Bergisch GladbachGermany"
     "Tel: +49 (0) 022 04 / 40 00-11E-Mail: press@widget.example",
     [("Anna Weber", "Widget Holding AG", "Corporate Communications", ["+49 (0) 022 04 / 40 00-11"], ["press@widget.example"])]),
    # a label with no colon; the organisation's number and address printed above its one person
    ("Contact Acme CorporationTelephone: +1 514 555 0100Email: ir@acme.example John RoeCFO and Corporate Secretary",
     [("John Roe", "Acme Corporation", "CFO and Corporate Secretary", ["+1 514 555 0100"], ["ir@acme.example"])]),
    # a shouted label glued to the name, a dash before the title, the e-mail after it, an extension
    ("INVESTOR CONTACT:Mark Lee - Head of Investor Relations ir@acme.example Phone: 604-555-0199, ext 202",
     [("Mark Lee", None, "Head of Investor Relations", ["604-555-0199, ext 202"], ["ir@acme.example"])]),
    # a mobile number with its country code and no plus
    ("/CONTACT: Min Kim | Assistant Manager at Acme PR HQ | min.kim@acme.example | 82-10-5555-0123",
     [("Min Kim", "Acme PR HQ", "Assistant Manager", ["82-10-5555-0123"], ["min.kim@acme.example"])]),
    # two people joined by "or" over the organisation, one number and one address
    ("Lydia Roe or Carol Doe\nState University\n202-555-0171\nnews@state.example",
     [("Lydia Roe", "State University", None, ["202-555-0171"], ["news@state.example"]),
      ("Carol Doe", "State University", None, ["202-555-0171"], ["news@state.example"])]),
])
def test_contact_blocks_that_lost_their_line_breaks(block, want):
    assert _fields(parse_contacts(block)) == want


def test_a_number_printed_with_a_leading_one_and_dots_stays_whole():
    # "1.650.555.0349" is one number, not "1." glued to "650.555.0349"
    assert _fields(parse_contacts("Investor Relations\nKen Roe\nOracle\n1.650.555.0349\nken.roe@oracle.example")) == [
        ("Ken Roe", "Oracle", None, ["1.650.555.0349"], ["ken.roe@oracle.example"])]


@pytest.mark.parametrize("text, opens", [
    ("Contact Acme CorporationTelephone: +1 514 555 0100Email: ir@acme.example", True),
    ("ContactJane Roe Acme Recycling jane@acme.example", True),
    ("Contact us at 555-0100 for more details.", False),              # a sentence
    ("Contact Information: Jane Roe, 555-0100", True),
    ("Contact Jane Roe at jane@acme.example to book a visit.", False),  # a sentence
])
def test_a_contact_label_without_its_colon(text, opens):
    assert starts_with_contact_label(text) is opens


def test_phone_shapes():
    assert PHONE.search("Mobile 82-10-5555-0123").group(0).endswith(" 82-10-5555-0123")
    assert PHONE.search("call 82-10-5555-0123").group(0) == "82-10-5555-0123"
    assert PHONE.search("call 250-555-6424, ext 202 today").group(0) == "250-555-6424, ext 202"


def test_an_unlabelled_contact_at_the_end_glued_into_one_line():
    release = _text_release(
        "Acme Bancorp Reports First Quarter Results\n\n"
        "EL CENTRO, CA - April 28, 2025 - Acme Bancorp, the holding company for Acme Bank, reported net income "
        "of $405,669 for the quarter.\n\n"
        "The board expects to hold a special meeting of shareholders on July 15, 2025.\n\n"
        "Jon A Roe760-555-1889media@acmebank.example\n")
    assert _fields(release.contacts) == [("Jon A Roe", None, None, ["760-555-1889"], ["media@acmebank.example"])]
    assert all("Jon A Roe" not in p for _, _, _, p in release.iter_paragraphs())


def test_two_people_joined_by_or_at_the_end_with_no_label():
    release = _text_release(
        "State University Reaches Research One\n\n"
        "WASHINGTON, Feb. 13, 2025 - State University has been named a research university of the highest "
        "level, the university said today.\n\n"
        "About State University\n\n"
        "State University, established in 1867, is a private research university.\n\n"
        "Lydia Roe or Carol Doe\n\nState University\n\n202-555-0171\n\nnews@state.example\n")
    assert [(c.name, c.organisation) for c in release.contacts] == [("Lydia Roe", "State University"),
                                                                    ("Carol Doe", "State University")]
    assert [s.heading for s in release.sections if s.heading] == ["About State University"]


def test_a_shouted_heading_glued_by_its_colon_to_its_paragraph():
    release = _text_release(
        "Roe & Doe Reminds Investors of a Class Action\n\n"
        "RADNOR, PA - December 30, 2024 - The law firm of Roe & Doe, LLP (www.roedoe.example) informs investors "
        "that a securities class action lawsuit has been filed against Widget Group, Inc. (NYSE: WDGT).\n\n"
        "DEFENDANTS\u2019 ALLEGED MISCONDUCT:The complaint alleges that the company made false and misleading "
        "statements about its business throughout the class period.\n\n"
        "CONTACT ROE & DOE, LLP:If you suffered losses, you may go to the firm's web page to sign up for the case.\n\n"
        "ABOUT ROE & DOE, LLP:Roe & Doe, LLP prosecutes class actions in state and federal courts throughout the country.\n")
    headings = [s.heading for s in release.sections if s.heading]
    assert headings == ["DEFENDANTS\u2019 ALLEGED MISCONDUCT", "ABOUT ROE & DOE, LLP"]
    # the law firm issues the release; the ticker is the defendant's
    assert (release.issuer.name, release.issuer.tickers) == ("Roe & Doe, LLP", [])


def test_an_analysts_coverage_release_is_the_analysts():
    release = _text_release(
        "Acme Research Initiates Coverage on Widget Pharma Ltd.\n\n"
        "DALLAS, TX -- September 24th, 2025 -- Widget Pharma Ltd. (NASDAQ: WDGT): Acme Research Partners initiates "
        "their coverage on Widget Pharma Ltd. (NASDAQ: WDGT). Widget advanced several programmes in the quarter.\n")
    assert (release.issuer.name, release.issuer.tickers) == ("Acme Research Partners", [])


def test_a_dateline_with_a_semicolon_after_the_date():
    release = _text_release(
        "Acme Study Shows Lower Lung Injury\n\n"
        "BOSTON, Massachusetts, June 24, 2025; A new study by Acme LLC (Acme) shows that two doses of the widget "
        "lowered the risk of lung injury.\n")
    assert (release.dateline.city, release.dateline.region, str(release.release_date)) == ("Boston", "Massachusetts", "2025-06-24")


@pytest.mark.parametrize("sentence, want", [
    ("Acme is headquartered in Calgary and is listed on the Toronto Stock Exchange under the trading symbol \u201cAC\u201d "
     "and on the New York Stock Exchange under the trading symbol \u201cACS\u201d.",
     [("Toronto Stock Exchange", "AC"), ("New York Stock Exchange", "ACS")]),
    ("Acme's common shares trade on the Toronto Stock Exchange under the symbol ACM.", [("Toronto Stock Exchange", "ACM")]),
])
def test_a_listing_told_in_a_sentence(sentence, want):
    from reportgen.readers.rules.tickers import listing_tickers
    assert [(t.exchange, t.symbol) for t in listing_tickers(sentence)] == want


def test_a_quote_said_by_a_pronoun_is_the_person_introduced_just_before():
    paragraphs = ["Speaking at the ceremony, Dr Nguyen Thi Lan, Vice Chairwoman of Acme Bank's Board, described the loan as a milestone.",
                  "\u201cIt is our first facility dedicated exclusively to social initiatives,\u201d she said."]
    quotes = _quotes_of(paragraphs)
    assert [(q.speaker, q.title) for q in quotes] == [("Dr Nguyen Thi Lan", "Vice Chairwoman of Acme Bank's Board")]


def test_a_title_ending_in_of_names_no_one():
    paragraphs = ["The loan drew strong interest from investors around the region and beyond.",
                  "CEO of Widget Bank Vietnam said the facility is the largest social loan raised in the country.",
                  "\u201cThis achievement reflects investors' confidence in Acme and its leadership team and its long-term plans,\u201d the CEO said."]
    assert _quotes_of(paragraphs) == []  # the speaker is unnamed: no quote rather than "Widget Bank", "CEO of"


@pytest.mark.parametrize("block, want", [
    ("Investor Relations\nLavonne Roe, CPA, CA\nVice President, Investor Relations\n403.555.4500",
     [("Lavonne Roe, CPA, CA", None, "Vice President, Investor Relations", ["403.555.4500"], [])]),
    ("Acme Group Contacts\nDaniel J. Roe, APR\nDirector of Investor Relations\nDaniel.Roe@acme.example\n860-555-6016",
     [("Daniel J. Roe, APR", "Acme Group", "Director of Investor Relations", ["860-555-6016"], ["Daniel.Roe@acme.example"])]),
])
def test_credentials_after_a_contacts_name(block, want):
    assert _fields(parse_contacts(block)) == want


def test_a_certified_adviser_named_in_a_sentence_with_its_details():
    from reportgen.readers.rules.contact_blocks import certified_adviser
    c = certified_adviser("Roe Corporate Finance AB is the Certified Adviser. Email: ca@roe.example. Telephone +46 40 555 250.")
    assert (c.role, c.organisation, c.phones, c.emails) == ("Certified Adviser", "Roe Corporate Finance AB", ["+46 40 555 250"], ["ca@roe.example"])
    assert certified_adviser("Redeye is the Company's Certified Adviser.") is None  # no details: no contact


def test_a_group_label_above_an_unlabelled_contact_at_the_end():
    release = _text_release(
        "Acme Declares Monthly Dividend\n\n"
        "CINCINNATI, Feb. 12, 2025 (GLOBE NEWSWIRE) -- Acme Company, Inc. declared a monthly dividend of $0.1 per share "
        "payable on March 4, 2025.\n\n"
        "The Company does not undertake any obligation to update or revise any forward-looking statement.\n\n"
        "Investors\n\nKim Roe, Head of Investor Relations\n\n(513) 555-3399, kroe@acme.example\n")
    assert [(c.name, c.role) for c in release.contacts] == [("Kim Roe", "Investors")]
    assert all(p.strip() != "Investors" for _, _, _, p in release.iter_paragraphs())


def test_an_excellency_quoted_again_by_title_and_by_part_of_the_name():
    paragraphs = ["H.E. Abdulla Bin Roe Al Doe, Minister of Economy, said: \u201cThe results show the strength of the sector and its plans.\u201d",
                  "His Excellency added: \u201cThanks to the directives of the leadership, the sector has kept growing this year.\u201d",
                  "H.E. Bin Roe explained: \u201cThe country's airports recorded an increase in passenger numbers this half.\u201d"]
    quotes = _quotes_of(paragraphs)
    assert {(q.speaker, q.title) for q in quotes} == {("H.E. Abdulla Bin Roe Al Doe", "Minister of Economy")}


def test_a_companys_possessive_title_before_the_speaker_on_the_line_above_the_quote():
    paragraphs = ["Acme' CEO Dr. John Roe commented:",
                  "\u201cWe had a great year with record revenues and earnings, and our fleet is now fully booked.\u201d"]
    quotes = _quotes_of(paragraphs)
    assert [(q.speaker, q.title) for q in quotes] == [("Dr. John Roe", "Acme' CEO")]


def test_a_blog_post_whose_body_is_html_under_its_front_matter():
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.markdown import read_markdown
    text = ("---\nlayout: post\ntitle: The Acme Foundation Announces Widget v6.0\ndate: '2019-03-20T00:00:00+00:00'\n---\n"
            "<div><strong><em>Popular open source tool now faster and easier to use.</em></strong></div>\n"
            "  <div><strong><em>Wakefield, MA \u201420 March 2019\u2014</em></strong> The Acme Foundation, the all-volunteer "
            "developers of more than 350 projects, announced today Widget v6.0.</div>\n"
            "  <div><br /></div>\n"
            "  <div>&quot;This release is the work of a year,&quot; said Rohit Roe, Product Lead at Cloud.ca. "
            "&quot;We thank everyone who helped.&quot;</div>\n"
            "  <div><strong>About The Acme Foundation</strong></div>\n"
            "  <div>The Acme Foundation is a charity that supports open source projects around the world.</div>\n")
    from reportgen.readers.html import read_html
    release = assemble_release(read_markdown(text, read_html_body=read_html))
    assert release.headline == "The Acme Foundation Announces Widget v6.0"
    assert (release.dateline.city, release.dateline.region, str(release.release_date)) == ("Wakefield", "MA", "2019-03-20")
    assert release.subheadlines == ["Popular open source tool now faster and easier to use."]
    assert [(q.speaker, q.title) for q in release.quotes] == [("Rohit Roe", "Product Lead at Cloud.ca")]
    assert "About The Acme Foundation" in [s.heading for s in release.sections]


def test_a_page_saved_by_a_reader_service():
    from reportgen.readers.markdown import read_markdown
    from reportgen.readers.registry import sniff
    text = ("Title: Acme Announces Prometheus: The First Widget Server\n\n"
            "URL Source: https://news.example/acme-announces-prometheus/\n\n"
            "Published Time: 2026-04-28T19:17:00+00:00\n\n"
            "Markdown Content:\n"
            "_Acme's servers collapse racks of standard servers into one_\n\n"
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Labs today unveiled Prometheus, the first widget server.\n")
    assert sniff(text.encode()) == "markdown"
    read = read_markdown(text)
    assert (read.title, read.date) == ("Acme Announces Prometheus: The First Widget Server", "2026-04-28")
    assert not any("URL Source" in b.text or "Published Time" in b.text for b in read.blocks)


def test_a_release_on_one_line_with_the_pages_byline_and_a_dow_jones_trailer():
    body = ("Heritage Completes Purchase of Acme Insurance PR Newswire CLEARWATER, Fla., March 21, 2016 CLEARWATER, Fla., "
            "March 21, 2016 /PRNewswire/ -- Heritage Holdings, Inc. (NYSE: HRTG), a property insurer, today announced it has "
            "completed its previously announced acquisition of Acme Insurance. " + "The transaction adds a new state. " * 40 +
            "SOURCE Heritage Holdings, Inc. (END) Dow Jones Newswires March 21, 2016 16:15 ET (20:15 GMT)")
    release = _text_release(body)
    assert release.headline == "Heritage Completes Purchase of Acme Insurance"
    assert (release.dateline.city, str(release.release_date), release.issuer.name) == ("Clearwater", "2016-03-21", "Heritage Holdings, Inc.")


def test_html_inside_markdown_is_read_as_html():
    from reportgen.readers.markdown import read_markdown
    read = read_markdown("# Acme Integrates With Widgets\n\n"
                         "**Widget Collaboration Emphasizes Code Navigation**\n"
                         '<p style="text-align: center"> <img src="/blog/banner.png" alt="logo" /> </p>\n\n'
                         "SAN FRANCISCO, Calif. (GLOBE NEWSWIRE) -- Acme today announced an integration.\n\n"
                         "Media Contact<br>Offleash PR<br>Jane Roe<br>707.555.6139<br>jane@offleash.example\n")
    texts = [b.text for b in read.blocks]
    assert not any("<" in t for t in texts)
    contact = next(b for b in read.blocks if b.text.startswith("Media Contact"))
    assert contact.lines == ["Media Contact", "Offleash PR", "Jane Roe", "707.555.6139", "jane@offleash.example"]


def test_a_surname_alone_before_the_verb_after_a_phrase():
    paragraphs = ['"Our codebase was already mature," said Chip Roe, Vice President of Acme Cloud.',
                  'Asked to comment on the importance of becoming a Top-Level Project, Roe added "The long-term deployments '
                  'had proven the stability and scalability of the technology over many years."']
    quotes = _quotes_of(paragraphs)
    assert {(q.speaker, q.title) for q in quotes} == {("Chip Roe", "Vice President of Acme Cloud")}


def test_a_leading_the_carried_by_the_about_heading():
    from reportgen.readers.rules.issuer import with_leading_the
    assert with_leading_the("Acme Software Foundation", "The Acme Software Foundation (ASF), the all-volunteer ...",
                            abouts=("The Acme Software Foundation (ASF)",)) == "The Acme Software Foundation"
    assert with_leading_the("Acme Corp.", "The Acme Corp. board said ...", abouts=("Acme Corp.",)) == "Acme Corp."


def test_a_fixed_width_table_whose_labels_wrap_above_their_figures():
    from reportgen.readers.markdown import fixed_width_table
    code = ("                2024 Net Sales  Year over Year     Q4\u00a02024 Net  Year over Year   \n"
            "  End Market              ($M)   Variance ($M)      Sales ($M)   Variance ($M)   \n"
            "--------------  --------------  --------------  --------------  --------------   \n"
            "North America   \n"
            " On-Highway             $1,752            $223            $419             $39   \n"
            "--------------  --------------  --------------  --------------  --------------   \n"
            "Defense                   $212             $46             $68              $5   \n"
            "--------------  --------------  --------------  --------------  --------------   \n"
            "Outside North   \n"
            " America   \n"
            " Off-Highway               $97            ($7)             $14           ($24)   \n")
    assert fixed_width_table(code).rows == [
        ["End Market", "2024 Net Sales ($M)", "Year over Year Variance ($M)", "Q4 2024 Net Sales ($M)", "Year over Year Variance ($M)"],
        ["North America On-Highway", "$1,752", "$223", "$419", "$39"],
        ["Defense", "$212", "$46", "$68", "$5"],
        ["Outside North America Off-Highway", "$97", "($7)", "$14", "($24)"]]


def test_two_people_on_one_line_each_with_a_group_in_brackets():
    assert [(c.name, c.role, c.phones) for c in parse_contacts(
        "Ricky Roe (editorial/media) 408.555.4676 Michael Doe (financial community) 408.555.7977")] == [
        ("Ricky Roe", "Editorial/media", ["408.555.4676"]), ("Michael Doe", "Financial community", ["408.555.7977"])]


def test_a_list_mark_printed_twice():
    from reportgen.readers.markdown import read_markdown
    read = read_markdown("# Acme Reports Results\n\n- Revenue $6.65 billion\n- \u00b7 GAAP operating margin 28.8 percent\n")
    assert [b.text for b in read.blocks if b.kind == "item"] == ["Revenue $6.65 billion", "GAAP operating margin 28.8 percent"]


def test_or_before_the_next_person_of_a_contact_line():
    assert [(c.name, c.title, c.phones, c.emails) for c in parse_contacts(
        "Investor Contacts: Stephen Roe, CFO 727-555-7204 sroe@acme.example or Melanie Doe, Investor Relations Director "
        "727-555-7262 mdoe@acme.example")] == [
        ("Stephen Roe", "CFO", ["727-555-7204"], ["sroe@acme.example"]),
        ("Melanie Doe", "Investor Relations Director", ["727-555-7262"], ["mdoe@acme.example"])]


def test_an_emphasis_mark_that_took_a_spaces_place():
    from reportgen.readers.markdown import strip_stray_emphasis
    assert strip_stray_emphasis("Adult Patients with*Non-Transfusion-Dependent Thalassemia") == \
        "Adult Patients with Non-Transfusion-Dependent Thalassemia"
    assert strip_stray_emphasis("Sales\\*") == "Sales\\*"  # an escaped footnote mark stays


def test_a_company_dateline_with_the_date_in_brackets_after_a_dash():
    from reportgen.readers.rules.dateline import match_dateline
    d = match_dateline("Fountain Valley, CA-- (December 15, 2000), Acme Technology Co. Inc., a leading supplier").dateline
    assert (d.city, d.region, d.date) == ("Fountain Valley", "CA", "2000-12-15")


def test_the_year_of_a_dateline_that_prints_none():
    from reportgen.readers.rules.dates import year_from_body
    body = ["Acme International today reported earnings of $27.6 million for the fiscal year ended June 30, 1992."]
    assert year_from_body(body, 8, 19) == 1992                 # "NEW YORK (AUG. 19) PR NEWSWIRE -"
    assert year_from_body(body, 3, 2) is None                  # before the latest date printed: no telling
    assert year_from_body(["No date is printed here."], 8, 19) is None
    release = _text_release("ACME REPORTS FISCAL 1992 RESULTS\n\nNEW YORK (AUG. 19) PR NEWSWIRE - Acme International "
                            "Limited today reported earnings of $27.6 million for the fiscal year ended June 30, 1992.\n")
    assert str(release.release_date) == "1992-08-19"


def test_an_editors_routing_line_with_many_desks():
    from reportgen.readers.rules.furniture import classify
    assert classify("Attention National/Technology/Entertainment/Lifestyle/Broadcast/Online Editors:") == ("wire_routing", None)


def test_a_ticker_printed_bare_after_the_issuers_name():
    release = _text_release("Acme Enhances Its Service\n\nTREVOSE, Pa., Nov. 22, 1999 /PRNewswire/ -- Acme Communications, Inc. ACMW "
                            "today announced it has enhanced its service with additional partners.\n")
    assert release.issuer.name == "Acme Communications, Inc."


def test_a_copy_that_lost_the_spaces_at_its_line_ends():
    from reportgen.readers.rules.contact_blocks import is_contact_lead_in
    from reportgen.readers.rules.furniture import classify
    assert classify("ON BEHALF OF THE BOARD OFDIRECTORS") is not None and classify("ON BEHALF OF THE BOARD OFDIRECTORS")[0] == "signature"
    assert is_contact_lead_in("For further information, pleasecontact:")


def test_an_about_heading_on_its_line_with_the_boilerplate_right_under_it():
    release = _text_release(
        "Acme Enhances Its Service\n\nTREVOSE, Pa., Nov. 22, 1999 /PRNewswire/ -- Acme Communications, Inc. today "
        "announced it has enhanced its service with additional partners and personalized services.\n\n"
        "About Acme Communications, Inc.\nHeadquartered near Philadelphia, Acme Communications has the first\n"
        "commercially deployed service of its kind for cable subscribers.\n")
    assert [s.heading for s in release.sections if s.heading] == ["About Acme Communications, Inc."]


def test_the_sites_name_after_the_pages_title():
    from reportgen.readers.html import page_hints, parse_html
    root = parse_html('<html><head><meta property="og:site_name" content="Acme Inc." />'
                      '<meta property="og:title" content="Acme Delivers the First Widget | Acme Inc." /></head><body></body></html>')
    assert page_hints(root)[0] == "Acme Delivers the First Widget"


def test_a_unit_part_of_a_listed_parent_issues_its_release():
    release = _text_release("Advansor Introduces a Heat Pump\n\nAARHUS, Denmark, April 8, 2026 /PRNewswire/ -- Advansor, part of "
                            "Dover Food Retail and Dover (NYSE: DOV), today announced the launch of the SteelXL Heat Pump.\n")
    assert (release.issuer.name, [(t.exchange, t.symbol) for t in release.issuer.tickers]) == ("Advansor", [("NYSE", "DOV")])


def test_newsroom_labels_run_into_their_contacts():
    got = [(c.name, c.role, c.organisation, c.phones, c.emails) for c in parse_contacts(
        "External Investor RelationsContact:Kirin RoePCG Advisory Group(646) 555-6519kroe@pcg.example")]
    assert got == [("Kirin Roe", "External Investor Relations", "PCG Advisory Group", ["(646) 555-6519"], ["kroe@pcg.example"])]
    got = [(c.name, c.role) for c in parse_contacts(
        "Contact investor relations and media\nACME AGVivian Roe +49 (0) 2532 81 0ir@acme.example\n\nPeter Doe+49 (0) 69 97 12 47 33doe@gfd.example")]
    assert got == [("Vivian Roe", "Investor relations and media"), ("Peter Doe", "Investor relations and media")]
    from reportgen.readers.rules.contact_blocks import is_contact_label, starts_with_contact_label
    assert starts_with_contact_label("Company Investor Relations/Media Contact:Todd Roe(408) 555-0940investors@acme.example")
    assert is_contact_label("Contact investor relations and media")
