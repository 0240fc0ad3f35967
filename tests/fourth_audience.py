"""A pytest plugin that registers a fourth audience before the suite runs (`make fourth-audience`):
the suite must pass with audiences besides the built-in ones, as it would for a user who installed
one. Tests that mean the built-ins say `briefings.BUILTIN`; those that mean every registered
audience take the fourth in."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

BUILDER = '''
from reportgen.briefings.briefing import Briefing
from reportgen.briefings.press import news_section
from reportgen.briefings.sections import masthead_fields

AUDIENCE = "fourth"


def build(release):
    return Briefing(**masthead_fields(release, AUDIENCE, "Fourth briefing"),
                    sections=[s for s in [news_section(release)] if s is not None])
'''


def pytest_configure(config):
    from reportgen import plugins
    from reportgen.render.templating import builtin_dir

    folder = Path(tempfile.mkdtemp(prefix="reportgen-fourth-audience-"))
    (folder / "fourth.py").write_text(BUILDER, encoding="utf-8")
    (folder / "fourth.html").write_text('{% extends "_briefing.html" %}\n', encoding="utf-8")
    shutil.copy(builtin_dir() / "press.docx", folder / "fourth.docx")
    plugins.load_folder(folder)
