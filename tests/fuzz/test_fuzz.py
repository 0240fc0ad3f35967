"""Mutation fuzzing: damaged Word files and garbled releases end in reportgen's own error or a
model, never another exception, and never slowly. `make fuzz` runs many more mutations."""

from __future__ import annotations

import random
import time

import pytest

from reportgen.errors import ReportgenError
from reportgen.readers.document import read_document
from tests.conftest import SAMPLE_DOC, SAMPLE_RELEASE, shared_path

DOC_SEEDS = ["simple.doc", "test2.doc", "Word95.doc", "innertable.doc", "footnote.doc", "word2.doc", "docx-wrong-ext.doc"]
RELEASE_SEEDS = ["2024-02-01_apple_ex991.htm", "2025-02-10_arrowhead_businesswire.md", "2004-07-22_sears_prnewswire-firstcall_ex99.txt"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        if op < 0.5 and buf:  # overwrite bytes (FIB fields, sector numbers, piece table entries)
            i = rng.randrange(len(buf))
            buf[i: i + 4] = rng.randbytes(min(4, len(buf) - i))
        elif op < 0.7 and buf:  # truncate
            del buf[rng.randrange(len(buf)):]
        elif op < 0.85 and buf:  # duplicate a run
            i = rng.randrange(len(buf))
            buf[i:i] = buf[i: i + rng.randint(1, 512)]
        else:  # extreme values at a random offset
            i = rng.randrange(max(1, len(buf)))
            buf[i: i + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\xfe\xff\xff\xff", b"\xff\xff\xff\x7f"])
    return bytes(buf)


def _check(read, data: bytes, label: str):
    started = time.perf_counter()
    try:
        read(data)
    except ReportgenError:
        pass
    except Exception as e:  # pragma: no cover - the failure message is the point
        pytest.fail(f"{label}: {type(e).__name__}: {e}")
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{label} took {elapsed:.1f} s"


@pytest.mark.parametrize("seed_name", ["sample"] + DOC_SEEDS)
def test_damaged_word_files_fail_cleanly(seed_name, fuzz_rounds):
    path = SAMPLE_DOC if seed_name == "sample" else shared_path("corpus", "doc", seed_name)
    original = path.read_bytes()
    rng = random.Random(f"doc-{seed_name}")
    for round_ in range(fuzz_rounds):
        _check(lambda d: read_document(path, data=d), mutate(original, rng), f"{seed_name} mutation {round_}")


@pytest.mark.parametrize("seed_name", ["sample"] + RELEASE_SEEDS)
def test_garbled_releases_fail_cleanly(seed_name, fuzz_rounds, tmp_path):
    from reportgen.pipeline import load_release

    path = SAMPLE_RELEASE if seed_name == "sample" else shared_path("corpus", "releases", seed_name)
    original = path.read_bytes()
    rng = random.Random(f"release-{seed_name}")
    target = tmp_path / ("release" + path.suffix)
    for round_ in range(max(5, fuzz_rounds // 4)):
        target.write_bytes(mutate(original, rng))
        _check(lambda d: load_release(target), b"", f"{seed_name} mutation {round_}")
