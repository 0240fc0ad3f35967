"""General rules added in the tenth session (round 9's residual contact misses read as a family), each on
text of its own."""

from __future__ import annotations

from reportgen.readers.assemble import assemble_release
from reportgen.readers.markdown import read_markdown

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
