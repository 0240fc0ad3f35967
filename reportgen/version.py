"""The version of reportgen (a leaf module: the package and its modules read it from here)."""

__version__ = "0.1.0"
