"""Section roles: every role the reader sets is one the model (and `reportgen schema`) allows."""

from reportgen.model import SECTION_ROLES, Release, Section
from reportgen.readers.rules.roles import assign_roles


def test_every_role_is_in_the_model_and_a_release_reads_back_from_its_json():
    sections = assign_roles([
        Section(heading=None, paragraphs=["Acme Corp. today announced ..."]),
        Section(heading="Additional Resources", paragraphs=["Multimedia is available on the release link."]),
        Section(heading="About atrial fibrillation", paragraphs=["AFib is ..."]),
        Section(heading="About Acme Corp.", paragraphs=["Acme Corp. is ..."]),
        Section(heading="Disclaimer", paragraphs=["Nothing here is advice."]),
        Section(heading="Media Contacts", paragraphs=["Jane Roe"]),
    ], "Acme Corp.")
    assert [s.role for s in sections] == ["lead", "links", "background", "about", "legal", "contacts"]
    assert {s.role for s in sections} <= set(SECTION_ROLES)
    release = Release(headline="Acme", sections=sections)
    assert Release.model_validate_json(release.model_dump_json()).sections == sections
