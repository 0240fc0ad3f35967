"""What running text looks like to the rules: where a sentence ends, the words of a line, a
paragraph that a page break split, and the About heading that opens a release's boilerplate."""

from __future__ import annotations

import re

# a line that ends a sentence: a full stop, question or exclamation mark, closing quotes after it
SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*$""")
# the boilerplate's heading: "About Acme", "ABOUT ACME PLC"
ABOUT = re.compile(r"^About\b", re.I)


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def continues_paragraph(paragraphs: list[str], text: str) -> bool:
    """A block that starts in lower case after a paragraph that does not end a sentence is that
    paragraph's continuation (a page break or a page marker split it)."""
    return (bool(paragraphs) and text[:1].islower() and not SENTENCE_END.search(paragraphs[-1]) and not text.startswith(("http", "www"))
            and not re.match(r"[\w.+'-]+@[\w-]+\.", text))  # an e-mail on a line of its own
