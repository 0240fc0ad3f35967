"""Web addresses and the issuer's website (rules/urls.py)."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.urls import choose_website, find_urls
from reportgen.readers.wire_text import blocks_from_text


@pytest.mark.parametrize(
    "urls, issuer, website",
    [
        (["https://www.acme.com/investors/events.html", "https://www.acme.com/"], "Acme Corp.", "https://www.acme.com"),
        (["www.oracle.com/investor"], "Oracle Corporation", "http://www.oracle.com"),  # a deep link: its host
        (["www.sec.gov", "https://www.prnewswire.com/news-releases/acme-1.html"], "Acme Corp.", None),
        (["https://www.3blmedia.com/profiles/dp-world"], "DP World", None),
        (["https://investors.buckle.com", "https://www.buckle.com"], "The Buckle, Inc.", "https://www.buckle.com"),
    ],
)
def test_website_is_the_issuers_homepage(urls, issuer, website):
    assert choose_website(urls, issuer) == website


def test_urls_without_trailing_punctuation_and_bare_domains_pointed_to():
    text = "Visit ridgeviewoutdoor.com or https://instagram.com/ridgeview. See (www.acme.com/newsroom), Amazon.com and x@acme.com."
    assert find_urls(text) == ["ridgeviewoutdoor.com", "https://instagram.com/ridgeview", "www.acme.com/newsroom"]


def test_hard_wrapped_url_is_rejoined():
    text = ("RICHMOND, Va., April 20 /PRNewswire/ -- Acme Inc. said more information is available at\n"
            "http://www.acme.com/investor-relations/dividend-\nhistory.aspx.\n")
    blocks = blocks_from_text(text)
    assert "http://www.acme.com/investor-relations/dividend-history.aspx." in blocks[0].text
    assert find_urls(blocks[0].text) == ["http://www.acme.com/investor-relations/dividend-history.aspx"]


def test_issuer_domains_and_short_form_websites():
    assert find_urls("It operates 312 stores and northfieldhome.com.", "Northfield Home Stores, Inc.") == ["northfieldhome.com"]
    assert find_urls("It operates 312 stores and Amazon.com.", "Northfield Home Stores, Inc.") == []
    assert choose_website(["www.lsbank.ca", "www.sedar.com"], "Laurentian Shield Bank") == "http://www.lsbank.ca"


def test_a_sentence_glued_to_an_addresss_host_is_not_part_of_it():
    assert find_urls("visit www.acme.com.About Acme: and www.sec.gov.CONTACT:Acme") == ["www.acme.com", "www.sec.gov"]
    assert find_urls("at www.AcmeWorks.com and https://www.Acme.ch/en/News/x.html") == ["www.AcmeWorks.com", "https://www.Acme.ch/en/News/x.html"]


def test_a_mixed_case_domain_the_text_points_to_is_an_address():
    assert find_urls("Support the recovery by visiting AcmeFloodRelief.com. Acme.com is a brand.") == ["AcmeFloodRelief.com"]


def test_addresses_printed_without_their_breaks_are_parted():
    text = ("https://www.linkedin.com/in/joroehttps://x.com/acme and LinkedIn: https://www.linkedin.com/in/acme-inc/Instagram: "
            "https://www.instagram.com/acme and https://acmedigital.com/212.555.4844 Office")
    assert find_urls(text) == ["https://www.linkedin.com/in/joroe", "https://x.com/acme", "https://www.linkedin.com/in/acme-inc/",
                               "https://www.instagram.com/acme", "https://acmedigital.com/"]


def test_a_website_named_by_the_issuers_initials():
    assert choose_website(["www.nea.com", "www.linkedin.com/company/nea"], "New Enterprise Associates, Inc.") == "http://www.nea.com"
    assert choose_website(["www.pwa.edu"], "Pacific West Academy") == "http://www.pwa.edu"
    assert choose_website(["www.ufginsurance.com"], "United Fire Group, Inc.") == "http://www.ufginsurance.com"
    # two letters are no one's initials
    assert choose_website(["www.nf.com"], "Northern Fox") is None


def test_a_year_opening_the_issuers_name_is_not_its_websites_stem():
    assert choose_website(["www.2026.org", "www.opticalfiber.org"], "2026 Optical Fiber Conference") == "http://www.opticalfiber.org"
    assert choose_website(["www.ofcconference.org"], "2026 Optical Fiber Conference") == "http://www.ofcconference.org"
