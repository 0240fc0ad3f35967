"""Protection layer: encryption ([MS-DOC] 2.2.6 Encryption, [MS-OFFCRYPTO]) and IRM detection."""

from __future__ import annotations

import io
import struct

from reportgen.errors import EncryptedError, InputError

from .cfb import CompoundFile
from .fib import Fib


def check_irm(cf: CompoundFile) -> None:
    """[MS-OFFCRYPTO] 2.2 DataSpaces: a DRM transform means the real text is rights-managed."""
    names = cf.names
    if "\tDRMContent" in names or any(n.startswith("\x06DataSpaces/TransformInfo/\tDRM") for n in names):
        raise EncryptedError("protected by Information Rights Management (IRM/DRM); the content cannot be read")
    if "EncryptedPackage" in names:
        raise EncryptedError("encrypted Office Open XML document (password required)")


def encryption_name(fib: Fib, table: bytes | None) -> str:
    """Name the scheme: [MS-DOC] 2.5.2 fObfuscated -> XOR; else 2.2.6.2/2.2.6.3 by EncryptionVersionInfo."""
    if fib.obfuscated or fib.word6:
        return "XOR obfuscation"
    if table is None or len(table) < 4:
        return "unknown encryption"
    major, minor = struct.unpack_from("<HH", table, 0)
    if major == 1 and minor == 1:
        return "RC4"
    if major in (2, 3, 4) and minor == 2:
        return "RC4 CryptoAPI"
    return "unknown encryption"


def decrypt(data: bytes, password: str, scheme: str) -> bytes:
    """Decrypt a password-protected .doc through msoffcrypto-tool; a wrong password is an EncryptedError."""
    try:
        import msoffcrypto
        from msoffcrypto.exceptions import DecryptionError
    except ImportError:  # an optional extra: most users never open an encrypted file
        raise EncryptedError(f"encrypted with {scheme}; opening it needs the optional extra 'encrypted' "
                             "(pip install 'reportgen[encrypted]', which installs msoffcrypto-tool)") from None
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    except DecryptionError:
        raise EncryptedError(f"wrong password (document encrypted with {scheme})") from None
    except Exception as exc:
        raise EncryptedError(f"cannot decrypt ({scheme}): {' '.join(str(exc).split())[:100]}") from None
    result = out.getvalue()
    if not result:
        raise InputError(f"decryption ({scheme}) produced nothing")
    return result
