"""The command line: every command documented with an example, JSON contracts, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from reportgen.cli import app
from tests.conftest import SAMPLE_DOC, SAMPLE_RELEASE

runner = CliRunner()

COMMANDS = [["build"], ["inspect"], ["text"], ["schema"], ["templates", "list"], ["templates", "export"]]

MODEL_KEYS = {
    "headline", "subheadlines", "dateline", "release_date", "issuer", "sections", "quotes", "contacts",
    "source", "forward_looking_statements", "trademarks", "urls", "attachments", "facts",
}


def run(*args):
    return runner.invoke(app, list(map(str, args)))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_inspect_json_has_the_contract_keys():
    result = run("inspect", SAMPLE_RELEASE, "--json")
    assert result.exit_code == 0, result.output
    model = json.loads(result.stdout)
    assert MODEL_KEYS <= set(model)
    assert model["release_date"] == "2007-12-10"
    assert model["dateline"]["wire"] == "PR Newswire"
    assert {"city", "region", "country", "date", "wire"} <= set(model["dateline"])
    assert {"name", "tickers", "website"} <= set(model["issuer"])
    assert all({"name", "role", "organisation", "phones", "emails"} <= set(c) for c in model["contacts"])
    assert all({"filename", "found", "format", "text"} <= set(a) for a in model["attachments"])


def test_inspect_summary_is_readable():
    result = run("inspect", SAMPLE_RELEASE)
    assert result.exit_code == 0
    assert "Issuer:    EpiCept Corporation  [Nasdaq: EPCT, OMX Nordic Exchange: EPCT]" in result.stdout
    assert "Media: Greg Kelley (Feinstein Kean Healthcare)" in result.stdout


def test_text_prints_one_paragraph_a_line():
    result = run("text", SAMPLE_DOC)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1] == "First Drug Regimen Shown to Prevent AML Relapse"
    assert any(l.startswith("A pivotal Phase III study for Ceplene") and l.endswith("LFS at three years for AML patients in remission. The data demonstrated that patients with AML in complete remission who received 18 months of treatment with Ceplene plus low dose IL-2 experienced a significantly improved LFS compared with the current standard of care, which is no treatment after successful induction of remission. The improvement in LFS achieved by Ceplene + IL-2 was highly statistically significant at three years (p=0.0096, analyzed according to Intent-to-Treat).") for l in lines)


def test_text_of_wire_release_rebuilds_paragraphs():
    result = run("text", SAMPLE_RELEASE)
    assert result.exit_code == 0
    assert "    About Ceplene" not in result.stdout
    assert "\nAbout Ceplene\n" in result.stdout


def test_text_json_has_the_story_keys():
    result = run("text", SAMPLE_DOC, "--json")
    payload = json.loads(result.stdout)
    assert {"body", "headers", "footers", "footnotes", "endnotes", "comments", "textboxes", "paragraphs",
            "tables", "metadata", "warnings"} <= set(payload)
    assert payload["paragraphs"][0]["style"] == "Title"


def test_schema_is_the_models_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert MODEL_KEYS <= set(schema["properties"])
    # the facts are typed and documented, every kind with its fields
    facts = schema["$defs"]["Facts"]["properties"]
    assert facts["comparisons"]["items"] == {"$ref": "#/$defs/Comparison"}
    assert {"trials", "milestones", "events", "outlook", "risks", "safety"} <= set(facts)
    comparison = schema["$defs"]["Comparison"]["properties"]
    assert {"measure", "arms", "change", "p_value", "ci", "hazard_ratio", "kind", "source"} <= set(comparison)
    assert schema["$defs"]["Arm"]["properties"]["unit"]["description"]
    assert {"disclosures", "dividends", "deals"} <= set(facts)


def test_schema_of_a_briefings_json():
    schema = json.loads(run("schema", "--briefing").stdout)
    assert {"lead", "results", "not_reported", "catalysts", "guidance", "quotes"} <= set(schema["properties"])
    assert schema["$defs"]["CatalystData"]["properties"]["when"]["description"]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["inspect", "no-such-file.txt"], 2, "error: no-such-file.txt: no such file"),
        (["build", "no-such-file.txt", "--format", "pdf,xls"], 2, "error: unknown format xls"),
        (["build", str(SAMPLE_RELEASE), "--audience", "sales"], 2, "error: unknown audience sales"),
        (["build", str(SAMPLE_RELEASE), "--templates", "no-such-dir"], 2, "error: no-such-dir: templates folder not found"),
        (["build", str(SAMPLE_RELEASE), "--paper", "a5"], 2, "error: unknown paper 'a5'"),
        (["build", str(SAMPLE_RELEASE), "--pdf-variant", "bogus"], 2, "error: unknown PDF variant 'bogus'"),
        (["build", str(SAMPLE_RELEASE), "--var", "no equals"], 2, "error: --var 'no equals': expected key=value"),
        (["build", str(SAMPLE_RELEASE), "--brand", "no-such-brand.yml"], 2, "error: brand file no-such-brand.yml not found"),
    ],
)
def test_errors_are_one_line_with_a_nonzero_exit(args, code, message):
    result = run(*args)
    assert result.exit_code == code
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(message)


def test_binary_and_oversized_and_directory_inputs_are_refused(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(64 * 1024 * 1024)
    for path, message in [(binary, "not a press release"), (huge, "too large"), (tmp_path, "is a directory")]:
        result = run("inspect", path)
        assert result.exit_code == 2, (path, result.output)
        assert message in result.stderr and "Traceback" not in result.stderr


def test_real_process_exit_code_and_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "reportgen", "inspect", str(tmp_path / "missing.txt")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "Traceback" not in proc.stderr


def test_encrypted_document_names_the_encryption_and_exits_3():
    from tests.conftest import shared_path

    result = run("text", shared_path("corpus", "doc", "password_tika_binaryrc4.doc"))
    assert result.exit_code == 3
    assert result.stderr.startswith("error: ") and "password_tika_binaryrc4.doc: encrypted with RC4" in result.stderr
    opened = run("text", shared_path("corpus", "doc", "password_tika_binaryrc4.doc"), "--password", "tika")
    assert opened.exit_code == 0 and "This is an encrypted Word 2007 File" in opened.stdout


def test_text_of_several_files_reports_each_failure_and_goes_on(tmp_path):
    bad = tmp_path / "bad.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    result = run("text", bad, SAMPLE_DOC)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: ")
    assert "First Drug Regimen Shown to Prevent AML Relapse" in result.stdout


def test_templates_export_refuses_a_full_folder_and_force_overwrites(tmp_path):
    dest = tmp_path / "mine"
    first = run("templates", "export", dest)
    assert first.exit_code == 0 and (dest / "investor.html").is_file()
    (dest / "investor.html").write_text("edited", encoding="utf-8")
    again = run("templates", "export", dest)
    assert again.exit_code == 2 and "not empty" in again.stderr
    assert (dest / "investor.html").read_text(encoding="utf-8") == "edited"
    # --missing adds only what is not there yet
    (dest / "press.html").unlink()
    missing = run("templates", "export", dest, "--missing")
    assert missing.exit_code == 0 and missing.stdout.split() == [str(dest / "press.html")]
    assert (dest / "investor.html").read_text(encoding="utf-8") == "edited"
    forced = run("templates", "export", dest, "--force")
    assert forced.exit_code == 0 and (dest / "investor.html").read_text(encoding="utf-8") != "edited"
    # exporting onto a file is a usage error, not an internal one
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    onto = run("templates", "export", afile)
    assert onto.exit_code == 2 and onto.stderr == f"error: {afile} is a file; give a folder to export the templates into\n"


def test_templates_list_says_where_each_template_resolves_from(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "investor.html").write_text('{% extends "!builtin/investor.html" %}', encoding="utf-8")
    rows = dict(line.split("\t", 1) for line in run("templates", "list", "--templates", mine).stdout.splitlines())
    assert rows["investor.html"].startswith("yours: ")
    assert rows["medical.html"].startswith("built-in: ")


def test_build_of_several_releases_reports_a_bad_one_and_builds_the_rest(tmp_path):
    out = tmp_path / "out"
    result = run("build", tmp_path / "missing.txt", SAMPLE_RELEASE, "--out", out, "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'missing.txt'}: no such file")
    assert (out / "epicept-ceplene-2007-12-10.json").is_file()


@pytest.mark.parametrize(
    "args, message",
    [
        (["build"], "error: Missing argument 'releases'. (see 'reportgen build --help')"),
        (["nosuch"], "error: No such command 'nosuch'."),
        (["inspect", "x", "--bogus"], "error: No such option: --bogus"),
    ],
)
def test_usage_mistakes_are_one_error_line_with_exit_2(args, message):
    proc = subprocess.run([sys.executable, "-m", "reportgen", *args], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith(message)


def test_no_arguments_shows_the_help_and_exits_0():
    proc = subprocess.run([sys.executable, "-m", "reportgen"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "Usage: reportgen" in proc.stdout


def test_build_opens_an_encrypted_release_with_password(tmp_path):
    from tests.conftest import shared_path

    encrypted = shared_path("corpus", "doc", "password_tika_binaryrc4.doc")
    locked = run("build", encrypted, "--out", tmp_path, "--format", "json")
    assert locked.exit_code == 3 and "encrypted with RC4" in locked.stderr
    # opened, it is a one-line test document, not a release: --force builds it anyway
    opened = run("build", encrypted, "--out", tmp_path, "--format", "json", "--password", "tika")
    assert opened.exit_code == 7, opened.output
    forced = run("build", encrypted, "--out", tmp_path, "--format", "json", "--password", "tika", "--force")
    assert forced.exit_code == 0, forced.output
    assert "This is an encrypted Word 2007 File" in (tmp_path / "password-tika-binaryrc4.json").read_text()


def test_encrypted_files_without_the_optional_extra_say_how_to_get_it(monkeypatch):
    from tests.conftest import shared_path

    monkeypatch.setitem(sys.modules, "msoffcrypto", None)  # as if the extra were not installed
    result = run("text", shared_path("corpus", "doc", "password_tika_binaryrc4.doc"), "--password", "tika")
    assert result.exit_code == 3
    assert "pip install 'reportgen[encrypted]'" in result.stderr
