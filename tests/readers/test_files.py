"""Input files: text versus binary, decoding, the control characters a text release may not keep."""

from __future__ import annotations

import random

import pytest

from reportgen.readers.files import clean_text, decode, looks_binary, utf16_without_bom
from reportgen.readers.registry import sniff

RELEASE = ("Acme Reports Fourth Quarter Results\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme Corp. "
           "(Nasdaq: ACME) today reported revenue of $12.5 million.\n") * 20


def test_a_few_control_bytes_do_not_make_a_text_binary():
    data = RELEASE.encode()
    stray = data[:100] + b"\x00" + data[100:300] + b"\x01\x1b" + data[300:]
    assert not looks_binary(stray)
    assert sniff(stray) == "text"


@pytest.mark.parametrize("blob", [
    random.Random(7).randbytes(4096),  # compressed data, a picture
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"\x00" * 64,
])
def test_binary_data_is_refused(blob):
    assert looks_binary(blob)
    assert sniff(blob) == "binary"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_text(codec):
    data = RELEASE.encode(codec)
    assert utf16_without_bom(data[:4096]) == codec
    assert not looks_binary(data[:4096])
    text, warnings = decode(data)
    assert text == RELEASE and warnings == []


def test_control_characters_are_removed_and_counted():
    text, removed = clean_text("\x1b[1mAcme\x1b[0m to\x00day\x01 re\ufffeported\x0bnew line\x85next\x7f")
    assert text == "Acme today reported\nnew line\nnext"
    assert removed == 6


def test_tabs_line_and_page_breaks_are_kept():
    assert clean_text("a\tb\r\nc\fd") == ("a\tb\r\nc\fd", 0)


def test_the_warning_says_how_many_were_removed():
    assert decode(b"Acme\x00 Corp") == ("Acme Corp", [
        "removed 1 control character (NUL, terminal escapes and the like, which no release means)"])
    assert decode(b"Acme Corp") == ("Acme Corp", [])
