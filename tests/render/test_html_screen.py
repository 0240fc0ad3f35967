"""The HTML on screens: headless Chromium (Debian's, driven by Playwright) opens the self-contained
HTML at a phone's width and a desktop's, takes a screenshot of each, and measures the page: no
sideways scrolling, a readable measure, charts at their natural size, the header bar with source
and date; the print styles (and so the PDF) are unchanged."""

from __future__ import annotations

import re

import pypdf
import pytest

from reportgen import briefings
from reportgen.render import render
from tests.browser import browser
from tests.render.sample_release import sample_release

pytestmark = pytest.mark.slow

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

MEASURE = """() => {
  const box = (sel) => { const e = document.querySelector(sel); if (!e) return null;
                         const r = e.getBoundingClientRect(); return {left: r.left, width: r.width}; };
  const bar = document.querySelector('.screen-bar');
  const paragraph = document.querySelector('main p');
  return {
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
    paragraph: box('main p'),
    main: box('main'),
    chart: box('figure.chart svg'),
    chartNatural: document.querySelector('figure.chart svg') ?
                  parseFloat(document.querySelector('figure.chart svg').getAttribute('width')) : null,
    bar: bar ? {display: getComputedStyle(bar).display, text: bar.innerText,
                position: getComputedStyle(bar).position} : null,
    tableOverflow: [...document.querySelectorAll('.table-wrap')].map(w => getComputedStyle(w).overflowX),
  };
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """{(audience, width name): (measurements, screenshot path)}, and the PDF of the investor briefing."""
    folder = tmp_path_factory.mktemp("screen")
    out = {}
    with browser() as chromium:
        for audience in ("investor", "press"):
            html = folder / f"{audience}.html"
            briefing = briefings.build(sample_release(), audience)
            render(briefing, "html", html)
            for name, (width, height) in WIDTHS.items():
                page = chromium.new_page(viewport={"width": width, "height": height})
                page.goto(html.as_uri())
                shot = folder / f"{audience}-{name}.png"
                page.screenshot(path=str(shot), full_page=True)
                out[audience, name] = (page.evaluate(MEASURE), shot)
                if name == "desktop":
                    page.emulate_media(media="print")
                    out[audience, "print"] = (page.evaluate(MEASURE), None)
                page.close()
        render(briefings.build(sample_release(), "investor"), "pdf", folder / "investor.pdf")
    out["pdf"] = folder / "investor.pdf"
    return out


def test_the_html_declares_a_viewport_and_one_screen_section(tmp_path):
    html = tmp_path / "x.html"
    render(briefings.build(sample_release(), "investor"), "html", html)
    text = html.read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert len(re.findall(r"@media screen\b", text)) == 1
    assert "@page" in text  # the print rules are still there


@pytest.mark.parametrize("audience", ["investor", "press"])
def test_phone_width_has_no_sideways_scrolling(pages, audience):
    m, shot = pages[audience, "phone"]
    assert m["scrollWidth"] <= m["viewport"] == 390
    assert m["fontSize"] >= 16
    assert m["main"]["width"] <= 390
    if audience == "investor":
        assert m["chart"]["width"] <= 390 - 2 * 16 + 1  # the chart shrinks to the column
        assert m["tableOverflow"] and set(m["tableOverflow"]) == {"auto"}  # a wide table scrolls in its box
    assert shot.stat().st_size > 20_000


@pytest.mark.parametrize("audience", ["investor", "press"])
def test_desktop_width_has_a_readable_measure(pages, audience):
    m, shot = pages[audience, "desktop"]
    assert m["scrollWidth"] <= 1280
    assert m["fontSize"] >= 16
    # about 70-80 characters a line, the column centred
    assert 560 <= m["paragraph"]["width"] <= 46 * 17
    assert m["main"]["left"] > 200 and abs((m["main"]["left"] * 2 + m["main"]["width"]) - 1280) < 20
    if audience == "investor":
        assert m["chart"]["width"] == pytest.approx(m["chartNatural"])  # natural size, not blown up
    from PIL import Image

    with Image.open(shot) as image:
        assert image.width == 1280 and image.height > 900
        # the header bar is drawn: the top rows of the screenshot are the bar's dark blue
        assert image.convert("RGB").getpixel((10, 10)) == (0x10, 0x30, 0x4F)


def test_header_bar_shows_source_and_date_on_screen_only(pages):
    m, _ = pages["investor", "desktop"]
    assert m["bar"]["display"] == "flex" and m["bar"]["position"] == "sticky"
    assert "Source: EpiCept Corporation's press release" in m["bar"]["text"]
    assert "10 December 2007" in m["bar"]["text"] and "Investor briefing" in m["bar"]["text"]
    printed, _ = pages["investor", "print"]
    assert printed["bar"]["display"] == "none"
    assert printed["fontSize"] < 14  # the print sizes (9.5 pt) when printing from the browser


def test_the_pdf_keeps_its_print_layout(pages):
    reader = pypdf.PdfReader(pages["pdf"])
    first = reader.pages[0]
    text = first.extract_text()
    assert "EpiCept Corporation's press release, 10 December 2007" not in text  # no screen bar on paper
    assert "Page 1 of" in text  # the running footer
    assert float(first.mediabox.width) == pytest.approx(595.3, abs=1)
