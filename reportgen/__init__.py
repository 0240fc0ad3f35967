"""reportgen: turn corporate press releases into investor and medical briefings (PDF, DOCX, HTML)."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """`reportgen.build_many` (batches, reportgen/batch.py), imported when first used: `import
    reportgen` stays light for the command line's start-up."""
    if name == "build_many":
        from reportgen.batch import build_many

        return build_many
    raise AttributeError(f"module 'reportgen' has no attribute {name!r}")
