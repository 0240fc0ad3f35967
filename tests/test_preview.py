"""`reportgen preview`: what it serves (and refuses), errors shown in the page, and end to end: the
server started as a user starts it, headless Chromium (Debian's, through Playwright) on the page,
a template edited on disk, the page changed without anyone reloading it."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reportgen.preview import Preview, make_server
from tests.browser import browser
from tests.conftest import SAMPLE_RELEASE

pytestmark = pytest.mark.slow


@pytest.fixture()
def templates(tmp_path):
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "investor.html").write_text(
        '{% extends "!builtin/investor.html" %}\n'
        '{% block colophon %}<p class="colophon" id="mine">Prepared for ACME Capital.</p>{% endblock %}\n',
        encoding="utf-8")
    return folder


@pytest.fixture()
def running(templates):
    """A preview server in this process, on a free port of 127.0.0.1."""
    preview = Preview(SAMPLE_RELEASE, templates, ["investor", "press"])
    preview.build()
    server = make_server(preview, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield preview, server
    server.stopping = True
    server.shutdown()
    server.server_close()


def get(server, path: str, host: str = "127.0.0.1") -> tuple[int, bytes]:
    """A raw GET: the path is sent exactly as written (no client normalises the dots away)."""
    connection = http.client.HTTPConnection(*server.server_address, timeout=10)
    connection.putrequest("GET", path, skip_host=True)
    connection.putheader("Host", f"{host}:{server.server_address[1]}")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def test_listens_on_loopback_only(running):
    _preview, server = running
    assert server.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize("path", [
    "/files/release/../../../../etc/passwd",
    "/files/release/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/files/release/..%2f..%2f..%2fetc%2fpasswd",
    "/files/release//etc/passwd",
    "/files/templates/../investor.html",
    "/files/builtin/../../pyproject.toml",
    "/files/etc/passwd",
    "/files/release/",
    "/files/release/%00release.txt",
    "/doc/../../etc/passwd",
    "/doc/nobody.html",
])
def test_paths_outside_the_served_folders_are_refused(running, path):
    status, body = get(running[1], path)
    assert status == 404 and b"root:" not in body


def test_a_symbolic_link_out_of_a_folder_is_refused(running, templates):
    (templates / "escape.txt").symlink_to("/etc/passwd")
    assert get(running[1], "/files/templates/escape.txt")[0] == 404
    assert get(running[1], "/files/templates/investor.html")[0] == 200


def test_files_of_the_release_and_template_folders_are_served(running):
    status, body = get(running[1], "/files/release/release.txt")
    assert status == 200 and body == SAMPLE_RELEASE.read_bytes()
    status, body = get(running[1], "/files/builtin/briefing.css")
    assert status == 200 and b"@media screen" in body


def test_another_host_name_is_refused(running):
    """Against DNS rebinding: a page of another site pointing its name at 127.0.0.1 gets nothing."""
    assert get(running[1], "/investor", host="attacker.example")[0] == 403
    assert get(running[1], "/investor", host="localhost")[0] == 200


def test_pages_html_and_pdf(running):
    server = running[1]
    status, shell = get(server, "/investor")
    assert status == 200 and b'src="/doc/investor.html"' in shell and b"chart_images" in shell
    assert b'href="/press?view=html"' in shell
    status, document = get(server, "/doc/investor.html")
    assert status == 200 and b"Prepared for ACME Capital." in document and b'new EventSource("/events")' in document
    status, pdf = get(server, "/doc/investor.pdf")
    assert status == 200 and pdf.startswith(b"%PDF")


def test_a_template_error_is_shown_in_the_page_with_file_and_line(running, templates):
    preview, server = running
    (templates / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n'
                                             '{% block colophon %}{{ no_such_variable }}{% endblock %}\n',
                                             encoding="utf-8")
    preview.build()
    status, page = get(server, "/doc/investor.html")
    text = page.decode("utf-8")
    assert status == 200 and "could not be built" in text
    assert re.search(r"investor\.html, line 2", text), text
    assert "no_such_variable" in text
    # the other audience is unaffected, and the server still answers
    assert b"could not be built" not in get(server, "/doc/press.html")[1]


def test_a_figure_the_release_lacks_is_shown_as_an_error(running, templates):
    preview, server = running
    (templates / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n'
                                             '{% block colophon %}<p>Fair value: {{ 42.7 }}</p>{% endblock %}\n',
                                             encoding="utf-8")
    preview.build()
    text = get(server, "/doc/investor.html")[1].decode("utf-8")
    assert "42.7 is not in the release" in text and "line 2" in text


def start(args: list[str], env=None) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "reportgen", "preview", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if match:
            return process, match.group(0)
        if not line and process.poll() is not None:
            break
    process.kill()
    pytest.fail(f"the preview did not start: {process.stdout.read()}")


def test_end_to_end_the_page_follows_the_template_without_a_reload(templates):
    process, url = start([str(SAMPLE_RELEASE), "--templates", str(templates), "--audience", "investor,press",
                          "--port", "0"])
    try:
        with browser() as chromium:
            page = chromium.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            assert page.url.endswith("/investor")
            page.evaluate("window.untouched = true")  # gone if anyone reloads the outer page
            frame = page.frame_locator("#briefing")
            frame.locator("#mine").wait_for()
            assert frame.locator("h1").inner_text().startswith("EpiCept Releases New Data")

            # edit the template: the briefing changes by itself
            (templates / "investor.html").write_text(
                '{% extends "!builtin/investor.html" %}\n'
                '{% block colophon %}<p class="colophon" id="mine">Prepared for Globex clients.</p>{% endblock %}\n',
                encoding="utf-8")
            frame.locator("#mine", has_text="Globex").wait_for(timeout=20_000)

            # edit the stylesheet: the new rule applies
            css = (Path(__file__).resolve().parents[1] / "templates" / "briefing.css").read_text(encoding="utf-8")
            (templates / "briefing.css").write_text(css + "\n@media screen { h1 { color: rgb(200, 0, 0); } }\n",
                                                    encoding="utf-8")
            page.wait_for_function(
                "() => { const d = document.querySelector('#briefing').contentDocument;"
                " const h = d && d.querySelector('h1'); return h && getComputedStyle(h).color === 'rgb(200, 0, 0)'; }",
                timeout=20_000)

            # break the template: the error is in the page, with file and line; fix it: back
            (templates / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n'
                                                     '{% block colophon %}{{ oops }}{% endblock %}\n',
                                                     encoding="utf-8")
            error = frame.locator("#error")
            error.wait_for(timeout=20_000)
            assert "investor.html, line 2" in error.inner_text() and "oops" in error.inner_text()
            (templates / "investor.html").write_text(
                '{% extends "!builtin/investor.html" %}\n'
                '{% block colophon %}<p class="colophon" id="mine">Fixed.</p>{% endblock %}\n', encoding="utf-8")
            frame.locator("#mine", has_text="Fixed.").wait_for(timeout=20_000)

            # a figure clicked: the side panel shows the sentence it came from
            frame.locator("table.results tbody tr").first.locator("td").first.click()
            page.locator("#source blockquote").wait_for(timeout=10_000)
            assert "15 months" in page.locator("#source").inner_text()

            # the audience switch
            assert page.evaluate("window.untouched") is True  # nobody reloaded the page
            page.click("header nav.audiences a:has-text('press')")
            page.wait_for_url(re.compile(r"/press\?view=html$"))
            page.frame_locator("#briefing").locator("h1").wait_for()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_preview_refuses_a_missing_release(tmp_path):
    result = subprocess.run([sys.executable, "-m", "reportgen", "preview", str(tmp_path / "nope.txt"), "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "error:" in result.stderr and "nope.txt" in result.stderr
