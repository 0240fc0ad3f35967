"""The general rules round 8 of the blind annotation led to, each on text of its own family."""

from __future__ import annotations

from reportgen.readers.rules.issuer import find_issuer, issuer_name_from_lead, name_shared_with_headline


def test_directors_named_before_the_company_are_the_companys():
    assert issuer_name_from_lead("Directors of Northwind Holdings Inc. today declared a quarterly dividend.") == "Northwind Holdings Inc."


def test_a_subsidiary_in_the_lead_speaks_for_its_parent():
    lead = "Harbor Bygg AS, a subsidiary of Harbor Group ASA, has been awarded a contract to design a new bridge."
    assert issuer_name_from_lead(lead) == "Harbor Group ASA"
    assert issuer_name_from_lead("(OSE: HARB): " + lead) == "Harbor Group ASA"


def test_a_person_or_a_verb_opening_the_lead_is_no_issuer():
    assert name_shared_with_headline("Removing a clot from an artery improved outcomes, a study found.",
                                     "Removing artery clot may improve outcomes") is None
    name, _ = find_issuer("Dr. Jane Roe has recently been elected to the board.", "", "Dr. Jane Roe Elected to Academy Board", None)
    assert name is None


def test_a_name_with_and_before_its_description():
    lead = "Harbor Dental and Wellness Spa, a family-owned practice in Franklin, TN, has published new content on crowns."
    assert issuer_name_from_lead(lead) == "Harbor Dental and Wellness Spa"


def test_the_company_a_headline_opens_with_when_the_lead_names_none():
    text = "Net income of $206 million\nThe Federal Home Loan Bank of Springfield reported results."
    name, _ = find_issuer("Net income of $206 million", text,
                          "Federal Home Loan Bank of Springfield Announces 2024 Results, Declares Dividend", None)
    assert name == "Federal Home Loan Bank of Springfield"


def test_contact_block_families_of_round_8():
    from reportgen.readers.blocks import Block
    from reportgen.readers.markdown import _blocks
    from reportgen.readers.rules.contact_blocks import continues_contact_block
    from reportgen.readers.rules.contacts import parse_contacts, prose_contacts
    from reportgen.readers.rules.headings import looks_like_heading

    assert [(c.name, c.phones) for c in parse_contacts("Media Contact:\nKim Goodwin\nAcme Energy\n2145550148\nkim@acme.example")] == [
        ("Kim Goodwin", ["2145550148"])]
    got = parse_contacts("Contact:\nHarbor Endodontics\nDr. Jo Reed\n+1 (850) 555-0820")
    assert [(c.name, c.organisation) for c in got] == [("Dr. Jo Reed", "Harbor Endodontics")]
    assert [(c.name, c.emails) for c in prose_contacts("To receive the survey, contact Jill Roe, JRoe@media.example.")] == [
        ("Jill Roe", ["JRoe@media.example"])]
    assert continues_contact_block(Block("ARX | Capital Advisors", emphasis=True), Block("North American Equities Desk"))
    assert not looks_like_heading(Block("Twelve Months Ended December 31,", emphasis=True))
    assert not looks_like_heading(Block("Investor Social Media", emphasis=True))
    assert not looks_like_heading(Block("LinkedIn: Acme Group Inc", emphasis=True))
    bold_runs = _blocks("Intro.\n\n**About** **Acme**Headquartered in Seattle, Acme, Inc. makes milk for the Northwest.\n")
    assert bold_runs[1].bold_lead == "About Acme"


def test_a_release_kept_as_wire_text_in_a_pre_of_a_news_page():
    from reportgen.readers.html import read_html

    body = "\n".join(["The Acme Remote Introduces a New Way to Control the Living Room", "",
                      "     Acme Remote Wins an Innovation Award", "LAS VEGAS--(Business Wire)--Today at the show, Acme Corp."
                      " (NASDAQ:ACME) unveiled its new remote control, the"] +
                     ["best-selling line of remotes that makes controlling home entertainment even easier with a screen"] * 12)
    page = ("<html><head><title>The Acme Remote Introduces a New Way to Control the...</title></head><body>"
            "<h1>The Acme Remote Introduces a New Way to Control the...</h1><pre>" + body + "</pre></body></html>")
    read = read_html(page)
    assert read.title == "The Acme Remote Introduces a New Way to Control the Living Room"
    texts = [b.text for b in read.blocks]
    assert "Acme Remote Wins an Innovation Award" in texts
    assert any(t.startswith("LAS VEGAS--(Business Wire)--Today") for t in texts)
    assert not any(t.endswith("...") for t in texts)


def test_two_listings_in_brackets_after_an_opening_phrase():
    text = "LAS VEGAS--(Business Wire)--Today at the Electronics Show, Acme (SWX:ACMN) (NASDAQ:ACME) unveiled a remote."
    name, tickers = find_issuer(text, text, "Acme Unveils a Remote", None)
    assert name == "Acme" and [(t.exchange, t.symbol) for t in tickers] == [("SWX", "ACMN"), ("NASDAQ", "ACME")]
