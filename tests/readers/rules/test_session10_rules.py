"""General rules added in the tenth session (round 9's residual contact misses read as a family), each on
text of its own."""

from __future__ import annotations

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.markdown import read_markdown
from reportgen.readers.wire_text import blocks_from_text


def _text_release(text: str):
    return assemble_release(Read(blocks_from_text(text)))

_PAGE = ("# Harbor Lights Launches a Token Model\n\nHarbor Lights, a crypto platform, today announced a new token "
         "model for its community of users.\n\nAbout Harbor Lights\n\nHarbor Lights is an ecosystem with "
         "crypto-earning features and a global community of users.\n\n")


def test_a_contact_person_label_and_a_company_email_field_with_links_glued_after_it():
    page = _PAGE + ("Contact Person: Maria Gomez, PR Manager\n\nWebsite: https://harborlights.example/\n\n"
                    "Company Email: [pr@harborlights.example](mailto:pr@harborlights.example)Links on social media: "
                    "[Twitter](https://twitter.com/harbor), [Telegram](https://t.me/harbor), "
                    "[Discord](https://discord.gg/harbor), [Reddit](https://reddit.com/r/harbor), "
                    "[YouTube](https://youtube.com/harbor), [TikTok](https://tiktok.com/@harbor).\n")
    release = assemble_release(read_markdown(page))
    assert [(c.name, c.title, c.organisation, c.emails) for c in release.contacts] == [
        ("Maria Gomez", "PR Manager", None, ["pr@harborlights.example"])]
    about = next(s for s in release.sections if s.heading == "About Harbor Lights")
    assert not any("Email" in p for p in about.paragraphs)


def test_a_link_ending_a_sentence_glued_to_a_heading_stays_glued_for_the_heading_rules():
    page = _PAGE.replace("About Harbor Lights\n\n", "") + (
        "[Click image above to view full announcement.](https://harborlights.example/pr/1)About Seaport PartnersSeaport "
        "Partners is a capital markets advisory firm providing investor relations services to public companies.\n")
    release = assemble_release(read_markdown(page))
    assert "About Seaport Partners" in [s.heading for s in release.sections]


def test_an_issuer_whose_name_is_written_in_lower_case():
    release = _text_release(
        "novo Widgets Prices Its Offering\n\nBOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- novo Widgets (NASDAQ: NOVW) "
        "(\u201cnovo\u201d or the \u201cCompany\u201d) today priced its offering. The proceeds go to novo.\n")
    assert release.issuer.name == "novo Widgets"
    # a lower-case word of the sentence before a name is no part of it
    release = _text_release(
        "Harbor Prices Its Offering\n\nBOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- Shares of Harbor Lights Inc. "
        "(NASDAQ: HBLT) rose today after the company priced its offering.\n")
    assert release.issuer.name == "Harbor Lights Inc."


def test_a_ticker_with_a_dash_between_exchange_and_symbol():
    from reportgen.readers.rules.tickers import find_tickers

    found = [(t.exchange, t.symbol) for t, _, _ in find_tickers("Harbor Bancorp, Inc. (OTCQB - HBCP) announced today")]
    assert found == [("OTCQB", "HBCP")]
    found = [(t.exchange, t.symbol) for t, _, _ in find_tickers("Harbor (Nasdaq \u2013 HBLT; TSX \u2013 HBL) today")]
    assert found == [("Nasdaq", "HBLT"), ("TSX", "HBL")]
    assert find_tickers("the fund (NYSE - Arca listed) today") == []


def test_a_city_in_capitals_is_spelled_as_the_release_spells_it():
    release = _text_release(
        "Harbor Bank Reports Results\n\nDEKALB, Ill., Feb. 10, 2025 (GLOBE NEWSWIRE) -- Harbor Bank, based in DeKalb, "
        "Illinois, today reported results.\n")
    assert release.dateline.city == "DeKalb"
    release = _text_release(
        "Harbor Bank Reports Results\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Harbor Bank today reported results.\n")
    assert release.dateline.city == "Boston"


def test_a_quote_under_a_heading_that_names_its_speaker():
    release = _text_release(
        "Harbor Bank Reports Results\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Harbor Bank (NASDAQ: HRBR) today "
        "reported results for the fourth quarter.\n\nChief Executive Officer Commentary, Jane Roe\n\n"
        "\u201cOur deposits grew in every market we serve, and we kept our costs flat while investing in our branches "
        "and our digital platform.\u201d\n")
    (q,) = release.quotes
    assert (q.speaker, q.title) == ("Jane Roe", "Chief Executive Officer")
    assert q.text.startswith("Our deposits") and q.text.endswith("platform.")
    paragraph = release.sections[q.source.section].paragraphs[q.source.paragraph]
    assert paragraph[q.source.start:q.source.end] == q.source.text == q.text
