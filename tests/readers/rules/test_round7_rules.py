"""The general rules round 7 of the blind annotation (and the briefing sets) led to, each on text of
its own family, not the corpus files' own lines."""

from __future__ import annotations

from reportgen.readers.blocks import Block
from reportgen.readers.rules.contact_blocks import continues_contact_block, starts_with_contact_label
from reportgen.readers.rules.contacts import clean_org, parse_contacts
from reportgen.readers.rules.glued import glued_about_heading
from reportgen.readers.rules.headings import looks_like_heading
from reportgen.readers.rules.issuer import strip_board
from reportgen.readers.rules.quotes import _fuller_name, find_quotes


def _contacts(text: str) -> list[tuple]:
    return [(c.name, c.role, c.title, c.organisation, c.phones, c.emails) for c in parse_contacts(text)]


def test_a_board_named_before_its_company_is_the_company():
    assert strip_board("The Board of Directors of Northwind Systems") == "Northwind Systems"
    assert strip_board("Supervisory Board of the Acme Group") == "Acme Group"
    assert strip_board("Harborview Health Board of Trustees") == "Harborview Health"
    assert strip_board("Boardwalk Pipelines") == "Boardwalk Pipelines"


def test_a_title_before_the_name_set_off_by_commas_is_the_speakers():
    text = "Acme Institute President and CEO, Dana Whitfield, will attend the meeting on its behalf."
    assert _fuller_name("Whitfield", text) == ("Dana Whitfield", "Acme Institute President and CEO")


def test_a_middle_name_in_initials_without_a_space_is_part_of_the_name():
    text = "The plan follows demand, according to Robert T.J. Hale, chairman of Lakeside Bank."
    assert _fuller_name("Hale", text) == ("Robert T.J. Hale", "chairman of Lakeside Bank")


def test_the_fuller_first_name_printed_earlier_wins():
    text = "The association named Christopher Dane, its new president. "
    assert _fuller_name("Chris Dane", text)[0] == "Christopher Dane"
    assert _fuller_name("Chris Dane", "Nothing about him here. ")[0] == "Chris Dane"


def test_a_speaker_who_explains_something_before_a_colon():
    paragraph = ("Mara Lin, CEO of Fieldstone, explained the thinking behind the plan: \u201cWe build what our "
                 "customers ask for, and we ship it when it is ready for them.\u201d")
    quotes = find_quotes([(0, 0, paragraph)])
    assert [(q.speaker, q.title) for q in quotes] == [("Mara Lin", "CEO of Fieldstone")]


def test_a_notice_heading_glued_to_its_first_word():
    assert glued_about_heading("DisclaimerSome statements in this release are forward-looking and involve risk.") == "Disclaimer"
    assert glued_about_heading("Legal NoticeThe figures in this announcement have not been audited by anyone.") == "Legal Notice"
    assert glued_about_heading("Disclaimers apply to every offer made in this announcement.") is None


def test_signature_call_to_action_and_a_second_dateline_are_no_headings():
    assert not looks_like_heading(Block("Maria K. Olsen, CEO", emphasis=True))
    assert not looks_like_heading(Block("Tom Reyes, Vice President of Sales, Acme Widgets"))
    assert not looks_like_heading(Block("WATCH VIDEO", emphasis=True))
    assert not looks_like_heading(Block("Download the full report"))
    assert not looks_like_heading(Block("Green Valley, North Carolina - May 2025"))
    assert looks_like_heading(Block("Revenue and Margins", emphasis=True))
    assert looks_like_heading(Block("WATCHING THE MARKET", emphasis=True))


def test_a_name_with_its_role_in_brackets_in_a_contact_table():
    assert _contacts("Lena Ortiz (Media)\n+1 312 555 0100\npress@acme.com") == [
        ("Lena Ortiz", "Media", None, None, ["+1 312 555 0100"], ["press@acme.com"])]


def test_further_enquiries_lead_in_and_a_name_parted_from_its_title_by_a_dash():
    text = ("For further enquiries, please contact: Harbor Resorts Limited: Kim Wong - Vice President of "
            "Investor Relations, Email: kim.wong@harbor.example, Website: www.harbor.example")
    assert _contacts(text) == [
        ("Kim Wong", None, "Vice President of Investor Relations", "Harbor Resorts Limited", [], ["kim.wong@harbor.example"])]
    assert starts_with_contact_label("Contact Information: Ann Roe, Investor Relations, ann@acme.com")


def test_an_agency_speaking_for_its_client_is_the_contacts_organisation():
    assert clean_org("Gregson FCA for Northwind Capital Advisors") == "Gregson FCA"
    assert clean_org("Center for Applied Research") == "Center for Applied Research"
    assert clean_org("Alliance for Safe Streets") == "Alliance for Safe Streets"


def test_name_title_and_organisation_on_one_line_of_a_block():
    text = "Company:\nRay Quinn, Chief Marketing Officer, Northwind Capital Advisors\n404-555-0199\nray@northwind.example"
    assert _contacts(text) == [
        ("Ray Quinn", "Company", "Chief Marketing Officer", "Northwind Capital Advisors", ["404-555-0199"], ["ray@northwind.example"])]
    # a title over two comma-parted parts stays the title
    text = "Mary Roe, National Vice President, Strategic Communications\npress@acme.org"
    assert _contacts(text)[0][2:4] == ("National Vice President, Strategic Communications", None)
    assert continues_contact_block(Block("Ray Quinn, Chief Marketing & IR Officer, Northwind Capital Advisors"), Block("404-555-0199"))


def test_a_title_going_on_in_lower_case_and_a_team_after_the_title():
    text = "Contacts: Vera J Holt, first vice president, controller, at 203-555-0114 or vholt@bank.example"
    assert _contacts(text) == [("Vera J Holt", None, "first vice president, controller", None, ["203-555-0114"], ["vholt@bank.example"])]
    text = "Contact: Kim Roe, Director, PR, Social and Corporate Communications, kroe@acme.example"
    assert _contacts(text) == [("Kim Roe", None, "Director, PR, Social and Corporate Communications", None, [], ["kroe@acme.example"])]


def test_names_listed_together_share_the_details_under_them():
    text = "CONTACT:\nRoe & Poe, LLP\nJane Roe, Esq.\nEd Poe, Esq.\n33 Main Street, 17th Floor\njroe@roepoe.example\nTel: (212) 555-7500"
    contacts = parse_contacts(text)
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Jane Roe, Esq.", ["(212) 555-7500"], ["jroe@roepoe.example"]),
        ("Ed Poe, Esq.", ["(212) 555-7500"], ["jroe@roepoe.example"])]


def test_a_bold_line_of_its_own_above_text_in_markdown_is_printed_as_a_heading():
    from reportgen.readers.markdown import _blocks

    blocks = _blocks("Intro paragraph here.\n\n**Day one:**  \nThe first day opens with two exclusive events for members and guests.\n\n"
                     "**Acme Corporation**  \nCorporate Office  \nPittsburgh, PA 15212\n")
    assert [(b.text, b.emphasis) for b in blocks] == [
        ("Intro paragraph here.", False), ("Day one:", True),
        ("The first day opens with two exclusive events for members and guests.", False),
        ("Acme Corporation Corporate Office Pittsburgh, PA 15212", False)]


def test_a_title_case_heading_glued_to_its_paragraph_is_split_unless_the_pair_is_a_name():
    from reportgen.readers.rules.glued import split_glued_blocks

    body = [Block("Growing the Northern Region FleetThe company added forty trucks to its northern fleet this year, its largest order."),
                  Block("Key Figures:* Revenue up 12%"),
                  Block("Our Partners at CyberSense are growing fast, and CyberSense has shipped a new release this spring to clients.")]
    got = [(b.text, b.kind, b.emphasis) for b in split_glued_blocks(body)]
    assert got[:4] == [("Growing the Northern Region Fleet", "para", True),
                       ("The company added forty trucks to its northern fleet this year, its largest order.", "para", False),
                       ("Key Figures", "para", True), ("Revenue up 12%", "item", False)]
    assert got[4][0].startswith("Our Partners at CyberSense")  # a name in camel case, printed twice
    neither = [Block("Neither the Canadian SecuritiesExchange nor its Regulation Services Provider accepts responsibility for this.")]
    assert len(split_glued_blocks(neither)) == 1


def test_a_desk_given_in_a_sentence_and_a_ticker_with_its_stock_code_label():
    from reportgen.readers.rules.contacts import prose_contacts
    from reportgen.readers.rules.tickers import find_tickers
    from reportgen.readers.rules.urls import find_urls

    got = prose_contacts("For more information on PixelFX, contact Harbor Light Software at (512) 555 4811.")
    assert [(c.name, c.role, c.organisation, c.phones) for c in got] == [(None, None, "Harbor Light Software", ["(512) 555 4811"])]
    assert prose_contacts("For more information, contact PR Newswire at 800-555-5804.") == []
    assert [t.exchange for t, _, _ in find_tickers("Harbor Resorts Limited (SEHK Stock Code: 2282) today")] == ["SEHK"]
    assert find_urls("To learn more, please visit: harborev.ai.") == ["harborev.ai"]
    assert find_urls("Webcast Replay:   ir.harbor.com under the News section") == ["ir.harbor.com"]
