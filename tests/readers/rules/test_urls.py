"""Web addresses and the issuer's website (rules/urls.py)."""

from __future__ import annotations

import pytest

from reportgen.readers.assemble import assemble_release
from reportgen.readers.markdown import read_markdown
from reportgen.readers.rules.urls import (
    WebsiteClues,
    choose_website,
    find_urls,
    is_wire_copy,
    issuer_website,
    mail_domain,
    pointed_urls,
)
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


def test_an_address_printed_twice_in_two_spellings_is_one():
    text = ("Learn more at https://www.acme.com/ or at www.investors.acme.com. Visit www.WIDGETRA.com. "
            "Filings are at www.sec.gov, www.acme.com and www.widgetra.com. Visit acme.com.")
    assert find_urls(text) == ["https://www.acme.com/", "www.investors.acme.com", "www.WIDGETRA.com", "www.sec.gov", "acme.com"]


def test_the_next_sentence_glued_to_an_addresss_path_is_not_part_of_it():
    assert find_urls("Available at: https://www.acmefoundation.org/plaque/.Accessed April 2025.") == [
        "https://www.acmefoundation.org/plaque/"]


def test_every_address_of_a_list_the_text_points_to():
    assert find_urls("For more information, visit acmebio.com and acmebiosecurity.com, read our blog.") == [
        "acmebio.com", "acmebiosecurity.com"]
    assert find_urls("For more information, visit acmemed.com, widgetra.com/safety or WidgetraCare.com.") == [
        "acmemed.com", "widgetra.com/safety", "WidgetraCare.com"]
    assert find_urls("Learn more at AcmeConference.org or follow @AcmeConf on X.") == ["AcmeConference.org"]
    assert find_urls("Visit acme.com and the team at the booth.") == ["acme.com"]


@pytest.mark.parametrize(
    "url, copy",
    [("https://www.newsfilecorp.com/release/240247", True),
     ("https://www.businesswire.com/news/home/20250210259067/en/", True),
     ("https://www.prnewswire.com/news-releases/acme-reports-302372560.html", True),
     ("http://www.newswire.ca/en/releases/archive/February2025/13/c0751.html", True),
     ("https://news.cision.com/acme-ab/r/acme-invitation%2Cc4103647", True),
     ("https://newsdirect.com/news/acme-reports-101554112", True),
     ("https://www.pressetext.com/news/1739185680134", True),
     ("https://eqs-cockpit.com/cgi-bin/fncls.ssp?fn=show_t_gif", True),
     ("https://www.globenewswire.com/NewsRoom/AttachmentNg/08cf9a70-5880", False),  # an attachment of the release
     ("https://mma.prnewswire.com/media/2612345/Acme.jpg", False),  # its photo
     ("https://mb.cision.com/Public/13589/4103495/b83a29f", False),
     ("https://www.acme.com/news", False)],
)
def test_a_wires_own_copy_of_the_release(url, copy):
    assert is_wire_copy(url) is copy


def test_the_addresses_the_text_points_its_reader_to():
    text = ("The call can be heard at www.acme.com/webcast. Learn more at www.acme.com/investors. For more "
            "information, please visit the company's website at acme.com. Visit Acme's press-only Web site at "
            "www.acme.com/pr or call 555-0100. Copies are available at www.sec.gov.")
    assert pointed_urls(text) == {"www.acme.com/investors", "acme.com", "www.acme.com/pr"}


@pytest.mark.parametrize(
    "urls, pointed, website",
    [(["www.acme.com/investors"], {"www.acme.com/investors"}, "http://www.acme.com/investors"),  # a section pointed to
     (["www.acme.com/investors"], set(), "http://www.acme.com"),  # named on the way: its host
     (["https://acme.com/products/gut-detox?variant=3962"], {"https://acme.com/products/gut-detox?variant=3962"},
      "https://acme.com"),  # a product's page is no website
     (["https://www.acme.com/en/"], {"https://www.acme.com/en/"}, "https://www.acme.com"),  # only a language
     (["http://www.acme.com/investor", "www.acme.com"], {"http://www.acme.com/investor", "www.acme.com"},
      "http://www.acme.com")],  # the homepage before a section
)
def test_a_section_of_the_site_the_text_points_to_is_the_website_as_printed(urls, pointed, website):
    assert choose_website(urls, "Acme Corporation", frozenset(pointed)) == website


def test_the_host_that_carries_more_of_the_name_before_a_section_of_another():
    urls = ["www.acmegam.com/etfsolutions", "acme.com", "acme.com/peopleandplanet"]
    pointed = frozenset(urls)
    assert choose_website(urls, "Acme Global Asset Management Inc.", pointed) == "http://www.acmegam.com/etfsolutions"
    # a deep link cut back to its host comes after a homepage, however much of the name it carries
    urls = ["https://acmebiotherapeutics.com/pipeline/#posters", "www.AcmeBT.com"]
    assert choose_website(urls, "Acme Bio Therapeutics", frozenset({"www.AcmeBT.com"})) == "http://www.AcmeBT.com"


def test_a_name_printed_as_a_domain_is_its_website():
    assert choose_website(["www.widgetra.ai/investors"], "Widgetra.ai AB", frozenset({"www.widgetra.ai/investors"})) == (
        "http://www.widgetra.ai/investors")


def test_without_the_issuers_name_the_about_section_then_the_contacts_mail_domain():
    urls = ["www.zentrofy.com", "https://www.hj.com/", "www.hjmedia.com", "www.sec.gov"]
    about = WebsiteClues(pointed=frozenset({"https://www.hj.com/"}), about=("https://www.hj.com/",),
                         mail_domains=frozenset({"hjmedia.com"}))
    assert issuer_website(None, urls, "Hart & Jones", about) == "https://www.hj.com"
    mailed = WebsiteClues(mail_domains=frozenset({"hjmedia.com"}))
    assert issuer_website(None, urls, "Hart & Jones", mailed) == "http://www.hjmedia.com"
    assert issuer_website(None, urls, None, mailed) == "http://www.hjmedia.com"  # no issuer named at all
    assert issuer_website(None, urls, "Hart & Jones", WebsiteClues()) is None
    # never a wire's or a regulator's
    assert issuer_website(None, ["www.sec.gov"], "Hart & Jones", WebsiteClues(mail_domains=frozenset({"sec.gov"}))) is None


@pytest.mark.parametrize("host, domain", [("its.acme.com", "acme.com"), ("jane@mail.acme.co.uk", "acme.co.uk"),
                                          ("acme.de", "acme.de"), ("Info@Acme.CH", "acme.ch")])
def test_the_domain_an_e_mail_is_under(host, domain):
    assert mail_domain(host) == domain


RELEASE = """Hart & Jones Wins Approval

NEW BRUNSWICK, N.J., March 18, 2026 /PRNewswire/ -- Hart & Jones (NYSE: HJ) today announced approval of ZENTROFY.

**About ZENTROFY**

ZENTROFY is a pill. For more information visit: www.zentrofy.com.

**About Hart & Jones**

Hart & Jones makes medicines {about_link}

{run_in}

Media contact: Meg Farina, mfarina@its.hj.com
"""


@pytest.mark.parametrize(
    "about_link, run_in, website",
    [("Learn more at https://www.hj.com/.", "", "https://www.hj.com"),  # the About section points to it
     ("through its unit (https://www.hjcare.com).", "", None),  # named on the way, not pointed to
     ("", "About Ackerman & Co. Ackerman is a broker. For more information, visit www.ackermanco.com", None),
     ("and runs https://www.hj.com/.", "", "https://www.hj.com")],  # on the contacts' mail domain
)
def test_the_website_of_an_issuer_whose_name_its_host_does_not_carry(about_link, run_in, website):
    release = assemble_release(read_markdown(RELEASE.format(about_link=about_link, run_in=run_in)))
    assert release.issuer.name == "Hart & Jones"
    assert release.issuer.website == website


def test_a_website_named_by_the_issuers_initials():
    assert choose_website(["www.nea.com", "www.linkedin.com/company/nea"], "New Enterprise Associates, Inc.") == "http://www.nea.com"
    assert choose_website(["www.pwa.edu"], "Pacific West Academy") == "http://www.pwa.edu"
    assert choose_website(["www.ufginsurance.com"], "United Fire Group, Inc.") == "http://www.ufginsurance.com"
    # two letters are no one's initials
    assert choose_website(["www.nf.com"], "Northern Fox") is None


def test_a_year_opening_the_issuers_name_is_not_its_websites_stem():
    assert choose_website(["www.2026.org", "www.opticalfiber.org"], "2026 Optical Fiber Conference") == "http://www.opticalfiber.org"
    assert choose_website(["www.ofcconference.org"], "2026 Optical Fiber Conference") == "http://www.ofcconference.org"


def test_of_two_addresses_that_carry_the_name_as_much_the_one_another_clue_backs_is_the_website():
    urls = ["www.springworkstxcares.com", "www.springworkstx.com"]
    # the patient-support site comes first in the text; the About section and the contacts' e-mails back the other
    assert choose_website(urls, "SpringWorks Therapeutics, Inc.") == "http://www.springworkstxcares.com"
    assert choose_website(urls, "SpringWorks Therapeutics, Inc.", confirmed=frozenset({"www.springworkstx.com"})) == (
        "http://www.springworkstx.com")
    # a clue never outranks a host that carries more of the name
    assert choose_website(["www.rbc.com", "www.rbcgam.com"], "RBC Global Asset Management Inc.",
                          confirmed=frozenset({"www.rbc.com"})) == "http://www.rbcgam.com"
