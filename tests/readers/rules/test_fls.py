"""Forward-looking statements (rules/fls.py): where they are and where they end."""

from __future__ import annotations

import pytest

from reportgen.model import Section
from reportgen.readers.rules.fls import find_fls


@pytest.mark.parametrize(
    "sections, start",
    [
        ([Section(heading="Reader Advisory", paragraphs=["This press release contains forward-looking statements relating to reserves."])],
         "This press release contains"),
        ([Section(paragraphs=["Acme makes widgets.", "This news release contains forward-looking statements that involve risks and uncertainties.",
                              "For further information contact Ellen Marsh at (503) 555-0122."])],
         "This news release contains"),
        ([Section(paragraphs=["Investors should read our forward-looking statements page."])], None),
    ],
)
def test_forward_looking_statements_found(sections, start):
    fls = find_fls(sections)
    assert (fls[: len(start)] if fls else None) == start
    if fls:
        assert "Ellen Marsh" not in fls


def test_forward_looking_statements_stop_at_the_boilerplate_after_them():
    fls = ("This press release contains forward-looking statements within the meaning of the Private "
           "Securities Litigation Reform Act of 1995. Actual results may differ materially.")
    for tail in ("Acme designs widgets and sells them worldwide.",
                 "Acme and the Acme logo are registered trademarks of Acme Inc.",
                 "NOTE TO EDITORS: For more information visit www.acme.com.",
                 "View original content to download multimedia: https://www.prnewswire.com/x.html",
                 "Acme uses its website and social media outlets to publish important information.",
                 "Acme Inc."):
        sections = [Section(heading=None, paragraphs=["Lead."]),
                    Section(heading="Forward-Looking Statements", paragraphs=[fls, tail])]
        assert find_fls(sections) == fls, tail
    more = "These risks include our ability to raise capital and to complete our trials."
    sections = [Section(heading="Safe Harbor Statement", paragraphs=[fls, more])]
    assert find_fls(sections) == fls + "\n\n" + more
