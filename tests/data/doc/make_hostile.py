"""Build the small hostile/malformed .doc files in this folder (run once; the outputs are committed)."""

from __future__ import annotations

import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENDOFCHAIN, FATSECT, FREESECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF


def dir_entry(name: str, kind: int, start: int = ENDOFCHAIN, size: int = 0, child: int = NOSTREAM,
              right: int = NOSTREAM) -> bytes:
    """[MS-CFB] 2.6 directory entry, 128 bytes."""
    raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
    return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw) if name else 0, kind, 1)
            + struct.pack("<III", NOSTREAM, right, child) + b"\x00" * 16 + b"\x00" * 4
            + b"\x00" * 16 + struct.pack("<IQ", start, size))


def build_cfb(streams: dict[str, bytes], cyclic: bool = False) -> bytes:
    """A version 3 compound file: sector 0 FAT, sector 1 directory, then each stream (>= 4096 bytes)."""
    names = list(streams)
    assert len(names) <= 3
    fat = [FATSECT, ENDOFCHAIN]
    data = b""
    starts = []
    for name in names:
        blob = streams[name].ljust(4096, b"\x00")
        blob = blob.ljust((len(blob) + 511) // 512 * 512, b"\x00")
        first = len(fat)
        count = len(blob) // 512
        starts.append(first)
        for i in range(count):
            fat.append(first + i + 1 if i < count - 1 else ENDOFCHAIN)
        data += blob
    if cyclic:
        fat[starts[0] + 2] = starts[0]  # the WordDocument chain loops back to its own start
    fat += [FREESECT] * (128 - len(fat))
    entries = [dir_entry("Root Entry", 5, child=1)]
    for i, name in enumerate(names):
        size = max(len(streams[name]), 4096)
        entries.append(dir_entry(name, 2, starts[i], size, right=i + 2 if i + 1 < len(names) else NOSTREAM))
    while len(entries) < 4:
        entries.append(dir_entry("", 0))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREESECT) * 108)
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + b"".join(entries) + data


def word97_stream(text: str, extra_fib: bool = True, ccp_text: int | None = None) -> tuple[bytes, bytes]:
    """A minimal Word 97 WordDocument + 1Table: FIB, one compressed piece holding `text`."""
    raw = text.encode("cp1252")
    text_fc = 0x800
    fib = bytearray(0x600)
    struct.pack_into("<HHHHHH", fib, 0, 0xA5EC, 0xC1, 0, 0x409, 0, 0x0200)  # fWhichTblStm = 1Table
    pos = 32
    struct.pack_into("<H", fib, pos, 14)
    pos += 2 + 28
    struct.pack_into("<H", fib, pos, 22)
    pos += 2
    lw = [0] * 22
    lw[3] = len(raw) if ccp_text is None else ccp_text
    struct.pack_into("<22i", fib, pos, *lw)
    pos += 88
    struct.pack_into("<H", fib, pos, 93)
    pos += 2
    clx = b"\x02" + struct.pack("<I", 16) + struct.pack("<II", 0, len(raw)) \
        + struct.pack("<HIH", 0, 0x40000000 | (text_fc * 2), 0)
    struct.pack_into("<II", fib, pos + 8 * 33, 0, len(clx))  # fcClx, lcbClx in 1Table
    wd = bytes(fib).ljust(text_fc, b"\x00") + raw
    return wd, clx


def main() -> None:
    wd, table = word97_stream("Hello crafted world\r")
    (HERE / "crafted-minimal.doc").write_bytes(build_cfb({"WordDocument": wd, "1Table": table}))
    (HERE / "cyclic-fat.doc").write_bytes(build_cfb({"WordDocument": wd, "1Table": table}, cyclic=True))
    whole = build_cfb({"WordDocument": wd, "1Table": table})
    (HERE / "truncated.doc").write_bytes(whole[:1800])
    wd2, table2 = word97_stream("Short\r", ccp_text=0x7FFFFFF0)
    (HERE / "absurd-ccp.doc").write_bytes(build_cfb({"WordDocument": wd2, "1Table": table2}))
    (HERE / "not-a-doc.doc").write_bytes(b"%PDF-1.4\n% not a Word file\n")


if __name__ == "__main__":
    main()
