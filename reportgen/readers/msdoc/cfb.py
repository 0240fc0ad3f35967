"""Compound file layer: open the OLE2 container through olefile, with bounds on every stream."""

from __future__ import annotations

import io

import olefile

from reportgen.errors import InputError
from reportgen.readers.damaged import DAMAGED_FILE_ERRORS

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# [MS-CFB] 2.2: a stream can never hold more bytes than the file; anything larger is a lie.
MAX_STREAMS = 10_000


class CompoundFile:
    """Read-only view of a compound file: stream names and bounded stream reads."""

    def __init__(self, data: bytes):
        if not data.startswith(OLE_MAGIC):
            raise InputError("not an OLE2 compound file")
        self._size = len(data)
        try:
            self._ole = olefile.OleFileIO(io.BytesIO(data))
            entries = self._ole.listdir(streams=True, storages=True)
        except DAMAGED_FILE_ERRORS as exc:  # olefile raises OSError, ValueError, IndexError, struct.error ...
            raise InputError(f"damaged OLE2 container ({_short(exc)})") from None
        if len(entries) > MAX_STREAMS:
            raise InputError("damaged OLE2 container (too many directory entries)")
        self._names = {"/".join(e) for e in entries}
        self.truncated = self._check_truncated(len(data))

    def _check_truncated(self, size: int) -> bool:
        """[MS-CFB] 2.2: sectors follow the 512-byte header; a sector in use that ends past the end
        of the file means the file was cut short (its last sector is incomplete)."""
        try:
            ss = self._ole.sectorsize
            fat = self._ole.fat
            first_missing = max(0, (size - 512) // ss)  # the first sector not wholly in the file
            return any(v != 0xFFFFFFFF for v in fat[first_missing:first_missing + 1_000_000])
        except DAMAGED_FILE_ERRORS:
            return False

    def exists(self, name: str) -> bool:
        return name in self._names

    @property
    def names(self) -> set[str]:
        return set(self._names)

    def read(self, name: str) -> bytes:
        """The whole stream; a missing, cyclic or oversized stream is an InputError."""
        if name not in self._names:
            raise InputError(f"the {name!r} stream is missing")
        try:
            size = self._ole.get_size(name)
            if size > self._size:
                raise InputError(f"damaged OLE2 container (stream {name!r} is longer than the file)")
            self._check_chain(name, size)
            with self._ole.openstream(name) as fh:
                data = fh.read()
        except DAMAGED_FILE_ERRORS as exc:
            raise InputError(f"damaged OLE2 container ({_short(exc)})") from None
        return data

    def _check_chain(self, name: str, size: int) -> None:
        """[MS-CFB] 2.3: follow the stream's sector chain; a cycle or an index out of range is an error."""
        ole = self._ole
        entry = ole.direntries[ole._find(name)]
        if size < ole.minisectorcutoff:
            if ole.minifat is None:
                ole.loadminifat()
            table, sector = ole.minifat, ole.mini_sector_size
        else:
            table, sector = ole.fat, ole.sectorsize
        need = (size + sector - 1) // sector
        sect, seen = entry.isectStart, set()
        for _ in range(need):
            if sect >= 0xFFFFFFFA:  # ENDOFCHAIN/FREESECT/FATSECT/DIFSECT where data should be
                raise InputError(f"damaged OLE2 container (stream {name!r} is shorter than its size)")
            if sect in seen:
                raise InputError(f"damaged OLE2 container (cyclic sector chain in {name!r})")
            if sect >= len(table):
                raise InputError(f"damaged OLE2 container (sector index out of range in {name!r})")
            seen.add(sect)
            sect = table[sect]

    def close(self) -> None:
        try:
            self._ole.close()
        except DAMAGED_FILE_ERRORS:
            pass


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]
