"""Audiences added without forking: from a user's folder (--audiences) or an installed package
(entry points); with a fourth audience registered, `all`, the default selection and the build
take it in, and a broken audience module is an error naming it (exit 4), never an internal one."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from typer.testing import CliRunner

from reportgen import briefings, plugins
from reportgen.cli import app
from reportgen.errors import TemplateError
from reportgen.pipeline import build_release, load_release, parse_audiences
from reportgen.render.templating import AUDIENCE_DIRS, builtin_dir
from tests.conftest import SAMPLE_RELEASE

BUILDER = '''
from reportgen.briefings.briefing import Briefing
from reportgen.briefings.press import news_section
from reportgen.briefings.sections import masthead_fields

AUDIENCE = "{name}"
LABEL = "{label}"
SKIP_REASON = "the release names no ticker"


def applies(release):
    return bool(release.issuer.tickers) and {applies}


def build(release):
    return Briefing(**masthead_fields(release, AUDIENCE, LABEL), sections=[news_section(release)])
'''


def audience_folder(folder, name="board", label="Board summary", applies="True"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.py").write_text(BUILDER.format(name=name, label=label, applies=applies), encoding="utf-8")
    (folder / f"{name}.html").write_text('{% extends "_briefing.html" %}\n', encoding="utf-8")
    shutil.copy(builtin_dir() / "press.docx", folder / f"{name}.docx")
    return folder


@pytest.fixture
def added():
    """The audiences a test adds, forgotten afterwards (the registry is per process; `make
    fourth-audience` runs the suite with one more registered from the start)."""
    before, dirs_before = list(briefings.AUDIENCES), list(AUDIENCE_DIRS)
    names: list[str] = []
    yield names
    for name in names + [n for n in list(briefings.AUDIENCES) if n not in before]:
        plugins.unload(name)
    assert list(briefings.AUDIENCES) == before and AUDIENCE_DIRS == dirs_before


def test_a_folders_audience_is_registered_with_its_templates(tmp_path, added):
    folder = audience_folder(tmp_path / "mine")
    before = list(briefings.AUDIENCES)
    added += plugins.load_folder(folder)
    assert added == ["board"]
    assert list(briefings.AUDIENCES) == [*before, "board"]
    assert parse_audiences("all") == [*before, "board"]
    release = load_release(SAMPLE_RELEASE)
    chosen, _notes = briefings.default_audiences(release)
    assert "board" in chosen
    result = build_release(SAMPLE_RELEASE, tmp_path / "out", None, ["html", "docx", "json"])
    written = sorted(p.name for p in result.written)
    assert len([n for n in written if n.endswith(".html")]) == len(before) + 1  # the built-in ones and the board's
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-board.html").read_text(encoding="utf-8")
    assert "Board summary" in html


def test_applies_and_skip_reason_choose_the_default_selection(tmp_path, added):
    added += plugins.load_folder(audience_folder(tmp_path / "mine", applies="False"))
    chosen, notes = briefings.default_audiences(load_release(SAMPLE_RELEASE))
    assert "board" not in chosen
    assert "no board briefing: the release names no ticker; ask for it with --audience board" in notes


def test_the_command_line_takes_a_folder(tmp_path, added):
    folder = audience_folder(tmp_path / "mine")
    result = CliRunner().invoke(app, ["build", str(SAMPLE_RELEASE), "--audiences", str(folder), "--audience", "board",
                                      "--out", str(tmp_path / "out"), "--format", "docx"])
    added.append("board")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "epicept-ceplene-2007-12-10-board.docx").is_file()


def test_an_installed_package_registers_by_entry_point(tmp_path, monkeypatch, added):
    package = tmp_path / "site" / "acme_board"
    (package / "templates").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "audience.py").write_text(BUILDER.format(name="acme-board", label="ACME board", applies="True"),
                                         encoding="utf-8")
    (package / "templates" / "acme-board.html").write_text('{% extends "_briefing.html" %}\n', encoding="utf-8")
    info = tmp_path / "site" / "acme_board-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-board\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[reportgen.audiences]\nacme-board = acme_board.audience\n",
                                           encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    added += plugins.load_installed(refresh=True)
    assert added == ["acme-board"]
    assert AUDIENCE_DIRS[-1] == (package / "templates").resolve()
    result = build_release(SAMPLE_RELEASE, tmp_path / "out", ["acme-board"], ["html"])
    assert [p.name for p in result.written] == ["epicept-ceplene-2007-12-10-acme-board.html"]


@pytest.mark.parametrize("source, message", [
    ("import no_such_module\n", "ModuleNotFoundError: No module named 'no_such_module'"),
    ("AUDIENCE = 'x'\n", "no build(release) function"),
    ("AUDIENCE = 'investor'\ndef build(r):\n    return None\n", "audience 'investor' is built in"),
    ("AUDIENCE = 'x'\ndef build(release):\n    return 1 / 0\n", "audience x ("),
])
def test_a_broken_audience_is_an_error_naming_it(tmp_path, source, message, added):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "x.py").write_text(textwrap.dedent(source), encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(SAMPLE_RELEASE), "--audiences", str(folder), "--audience", "x",
                                      "--out", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code in (2, 4), result.output
    assert message in result.stderr and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_builder_that_raises_is_a_template_error(tmp_path, added):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "x.py").write_text("AUDIENCE = 'x'\ndef build(release):\n    return 1 / 0\n", encoding="utf-8")
    added += plugins.load_folder(folder)
    with pytest.raises(TemplateError, match=r"audience x \(.*x\.py\) failed: ZeroDivisionError"):
        briefings.build(load_release(SAMPLE_RELEASE), "x")
