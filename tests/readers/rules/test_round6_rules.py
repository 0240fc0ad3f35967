"""The general rules round 6 of the blind annotation led to, each on text of its own family."""

from __future__ import annotations

from reportgen.model import Section, Table, Ticker
from reportgen.readers.blocks import Block
from reportgen.readers.rules.contact_blocks import contact_run_text, contact_table_text, is_contact_label
from reportgen.readers.rules.contacts import PHONE, merge_contacts, parse_contacts, settle_roles
from reportgen.readers.rules.dateline import _title_case
from reportgen.readers.rules.fls import find_fls
from reportgen.readers.rules.furniture import classify
from reportgen.readers.rules.headings import is_heading_at, looks_like_heading
from reportgen.readers.rules.quotes import find_quotes
from reportgen.readers.rules.tickers import listing_tickers

AHA = """For Media Inquiries and AHA Expert Perspective:
AHA Communications & Media Relations in Dallas: 214-706-1173;ahacommunications@heart.org
Amanda Ebert: Amanda.Ebert@heart.org
For Public Inquiries: 1-800-AHA-USA1 (242-8721)"""


def test_inquiries_labels_a_desk_its_own_address_and_a_toll_free_number_in_letters():
    assert is_contact_label("For Media Inquiries and American Heart Association Expert Perspective:")
    assert [m.group(0) for m in PHONE.finditer("For Public Inquiries: 1-800-AHA-USA1 (242-8721)")] == ["1-800-AHA-USA1 (242-8721)"]
    lines = AHA.splitlines()
    text = contact_run_text([Block(lines[0])] + [Block(line) for line in lines[1:]])
    contacts = settle_roles(merge_contacts(parse_contacts(text)), "American Heart Association")
    assert [(c.name, c.role, c.organisation, c.phones, c.emails) for c in contacts] == [
        (None, "Media Inquiries and AHA Expert Perspective", "AHA Communications & Media Relations", ["214-706-1173"],
         ["ahacommunications@heart.org"]),
        ("Amanda Ebert", "Media Inquiries and AHA Expert Perspective", None, [], ["Amanda.Ebert@heart.org"]),
        (None, "Public Inquiries", "American Heart Association", ["1-800-AHA-USA1 (242-8721)"], []),
    ]


def test_a_table_of_contacts_a_column_each_or_a_line_a_row():
    columns = Block("", kind="table", table=Table(rows=[
        ["MGO Global Inc.", "Heidmar, Inc."],
        ["Dodi Handy, Director of Communications", "Nicolas Bornozis, Investor Relations/Media"],
        ["Telephone: 407-960-4636", "Telephone: 212-661-7566"], ["Email: ir@mgoteam.com", "Email: heidmar@capitallink.com"]]))
    got = [(c.name, c.organisation, c.phones, c.emails) for c in parse_contacts(contact_table_text(columns))]
    assert got == [("Dodi Handy", "MGO Global Inc.", ["407-960-4636"], ["ir@mgoteam.com"]),
                   ("Nicolas Bornozis", "Heidmar, Inc.", ["212-661-7566"], ["heidmar@capitallink.com"])]
    rows = Block("", kind="table", table=Table(rows=[["Diversified Energy Company PLC", "+1 973 856 2757"],
                                                     ["Doug Kris", "dkris@dgoc.com"],
                                                     ["Senior Vice President, Investor Relations & Corporate Communications", "www.div.energy"]]))
    assert contact_table_text(rows) == ("Diversified Energy Company PLC\n+1 973 856 2757\nDoug Kris\ndkris@dgoc.com\n"
                                        "Senior Vice President, Investor Relations & Corporate Communications\nwww.div.energy")
    got = [(c.name, c.title, c.organisation, c.phones, c.emails) for c in parse_contacts(contact_table_text(rows))]
    assert got == [("Doug Kris", "Senior Vice President, Investor Relations & Corporate Communications",
                    "Diversified Energy Company PLC", ["+1 973 856 2757"], ["dkris@dgoc.com"])]
    assert contact_table_text(Block("", kind="table", table=Table(rows=[["Revenue", "$1.2 million"]]))) is None


def test_a_noun_phrase_with_a_colon_above_a_list_is_a_heading_a_lead_in_is_not():
    prose = Block("The study was conducted in Japan, so its findings may not directly apply to people in other countries.")
    item = Block("The study included 1,101 adults with an average age of 75.2 years.", kind="item")
    for label, heading in [("Study details, background and design:", True), ("Additional Resources:", True),
                           ("The analysis found:", False), ("Key strategic priorities include:", False)]:
        assert is_heading_at([prose, Block(label), item], 1) is heading, label
    assert not looks_like_heading(Block("Participant Access Code: 831836"))
    assert not looks_like_heading(Block("NM = Not Meaningful"))


def test_ranks_surnames_and_an_unclosed_quotation():
    text = ("Associate Professor Massimo Lupascu, Principal Investigator, explained the work. "
            '"Our research underscores the benefits of protecting these ecosystems," said Assoc Prof Lupascu.')
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Massimo Lupascu", "Principal Investigator")]
    text = ("He Gets Us and Jon Batiste \u2014 the performer \u2014 hosted the festival. "
            '"I am so grateful to everyone who came out today," said Batiste.')
    assert [q.speaker for q in find_quotes([(0, 0, text)])] == ["Jon Batiste"]
    text = 'About the adoption, Jack Taxis said "Buy in has been great. It has been phenomenal, and it stays so'
    quote = find_quotes([(0, 0, text)])[0]
    assert quote.speaker == "Jack Taxis" and quote.source.end == len(text)


def test_statements_without_a_heading_a_heading_run_in_a_listing_in_words_and_other_conventions():
    euronet = ("Statements contained in this news release that concern Euronet's intentions are forward-looking "
               "statements. Euronet's actual results may vary materially from those anticipated.")
    assert find_fls([Section(heading="About Euronet", paragraphs=[euronet])]).startswith("Statements contained")
    glued = "Forward-Looking Statements This press release contains forward-looking statements within the meaning of the Act."
    assert find_fls([Section(heading=None, paragraphs=[glued])]).startswith("This press release contains")
    assert listing_tickers('The Company\'s common stock is listed on the New York Stock Exchange under the symbol "ADC".') == [
        Ticker(exchange="New York Stock Exchange", symbol="ADC")]
    assert listing_tickers("The share (CTM) is listed on Nasdaq Stockholm Small Cap.") == [
        Ticker(exchange="Nasdaq Stockholm Small Cap", symbol="CTM")]
    assert [_title_case(c) for c in ("MCLEAN", "O'FALLON", "MACON")] == ["McLean", "O'Fallon", "Macon"]
    assert classify("Ryder is a leader in supply chain solutions. (Photo: Business Wire)")[0] == "photo_caption"
