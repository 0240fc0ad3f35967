"""reportgen: turn corporate press releases into investor and medical briefings (PDF, DOCX, HTML)."""

__version__ = "0.1.0"
