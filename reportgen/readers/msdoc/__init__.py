"""Native reader of Word binary documents (.doc: Word 2, 6/95, 97-2003), layered after [MS-DOC]."""

from .reader import read_msdoc

__all__ = ["read_msdoc"]
