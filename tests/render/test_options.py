"""RenderOptions and Templates: the search path resolved once, one list of formats and of papers."""

from __future__ import annotations

import dataclasses

import pytest

from reportgen.cli import _parse_formats
from reportgen.errors import TemplateError
from reportgen.render import RenderOptions, Templates
from reportgen.render.html import page_css
from reportgen.render.options import BUILD_FORMATS, FORMATS, PAPERS
from reportgen.render.templating import AUDIENCE_DIRS, builtin_dir


def test_templates_resolve_the_search_path_once(tmp_path):
    (tmp_path / "investor.html").write_text("mine")
    templates = Templates(tmp_path)
    assert templates.dirs == (tmp_path.resolve(), *AUDIENCE_DIRS, builtin_dir())  # added audiences' folders between
    assert templates.dirs is templates.dirs
    assert templates.resolve("investor.html") == (tmp_path / "investor.html").resolve()
    assert templates.resolve("medical.html") == builtin_dir() / "medical.html"
    assert templates.resolve("!builtin/investor.html") == builtin_dir() / "investor.html"
    assert Templates().dirs == (*AUDIENCE_DIRS, builtin_dir())
    assert Templates(tmp_path) == templates and Templates() != templates


def test_a_missing_templates_folder_is_an_error_when_used(tmp_path):
    templates = Templates(tmp_path / "missing")  # made without touching the disk, like the options
    with pytest.raises(TemplateError, match=r"templates folder .*missing does not exist"):
        templates.resolve("investor.html")
    assert templates.resolve("!builtin/investor.html") == builtin_dir() / "investor.html"


def test_render_options_are_frozen_and_default_to_the_builtins_on_a4():
    options = RenderOptions()
    assert options.templates == Templates() and options.paper == "a4" and options.pdf_variant is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.paper = "letter"
    assert dataclasses.replace(options, paper="letter").paper == "letter"


def test_one_list_of_formats_and_one_of_papers():
    assert BUILD_FORMATS == (*FORMATS, "json")
    assert _parse_formats("all") == list(BUILD_FORMATS)
    assert list(PAPERS) == ["a4", "letter"]
    assert [page_css(p) for p in PAPERS] == ["@page { size: A4; }\n", "@page { size: letter; }\n"]
