"""The house style in one place: `brand.yml` (colours, fonts, logo, paper, disclaimer, fixed texts).

One file, in the spirit of Quarto's `_brand.yml`, read by every renderer:

- HTML/PDF: `css_variables()` is put before briefing.css as CSS custom properties
  (`--brand-primary`, `--brand-sans` ...) that the stylesheet uses with `var(...)`;
- DOCX: `apply_to_docx()` sets the Word styles' colours and fonts after docxtpl has rendered;
- charts: `Brand.chart` colours the bars of the SVG and the PNG.

Templates get the brand as `brand` (`brand.logo_uri`, `brand.disclaimer`, `brand.texts.<key>`) and
the variables of `--var key=value` as `vars`. Found as `--brand FILE`, else `brand.yml` in the
templates folder, else the defaults (`reportgen templates export` writes them as brand.yml).
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Optional

from ..errors import TemplateError, UsageError

BRAND_FILE = "brand.yml"
PAPER_NAMES = ("a4", "letter")  # render/options.PAPERS (a test keeps the two the same)

# name -> default; each becomes --brand-<name> in CSS, and colours the Word styles listed below
DEFAULT_COLOURS: dict[str, str] = {
    "primary": "#10304f",  # headings, masthead rule, table heads
    "accent": "#1f4e79",  # links, eyebrow, stance bar, note references
    "text": "#1a1a1a",  # body text
    "muted": "#555555",  # running header and footer, captions, metadata
    "rule": "#b8c4d0",  # thin rules under headings and beside quotes
    "shade": "#eef3f8",  # the stance box
    "stripe": "#f2f5f8",  # every other row of a results table
}
DEFAULT_CHART = ("#1f4e79", "#9aa5b1", "#c0504d", "#4f8a3c", "#8064a2")
DEFAULT_FONTS = {"serif": "Briefing Serif", "sans": "Briefing Sans"}
# the families the Word templates use, and the brand font that replaces each
_DOCX_FONTS = {"DejaVu Serif": "serif", "DejaVu Sans": "sans"}
# the Word styles and the brand colour each is drawn in
_DOCX_COLOURS = {
    "Title": "primary", "Heading 1": "primary", "Stance": "primary",
    "Heading 2": "accent", "Note Reference": "accent", "Hyperlink": "accent",
    "Subtitle": "muted", "Meta": "muted", "Caption": "muted", "Small Print": "muted",
}
DEFAULT_TEXTS = {
    "footer": "Source: company press release",
}
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FONT_NAME = re.compile(r"^[\w .'-]+$")


@dataclass(frozen=True)
class Brand:
    """The house style. Defaults are the built-in look; `path` is the file it was read from."""

    colours: MappingProxyType = field(default_factory=lambda: MappingProxyType(dict(DEFAULT_COLOURS)))
    chart: tuple[str, ...] = DEFAULT_CHART
    fonts: MappingProxyType = field(default_factory=lambda: MappingProxyType(dict(DEFAULT_FONTS)))
    logo: Optional[Path] = None
    paper: Optional[str] = None
    disclaimer: str = ""
    texts: MappingProxyType = field(default_factory=lambda: MappingProxyType(dict(DEFAULT_TEXTS)))
    path: Optional[Path] = None

    def __hash__(self) -> int:
        return hash((tuple(self.colours.items()), self.chart, tuple(self.fonts.items()), self.logo, self.paper,
                     self.disclaimer, tuple(self.texts.items()), self.path))

    @property
    def logo_uri(self) -> str:
        """The logo as a data: URI ('' without a logo), so HTML and PDF need nothing beside them."""
        if self.logo is None:
            return ""
        mime = mimetypes.guess_type(self.logo.name)[0] or "application/octet-stream"
        return f"data:{mime};base64,{base64.b64encode(self.logo.read_bytes()).decode('ascii')}"

    def css_variables(self) -> str:
        """`:root { --brand-primary: #10304f; ... }`: put before briefing.css, which uses them."""
        lines = [f"  --brand-{name}: {value};" for name, value in self.colours.items()]
        lines += [f"  --brand-chart-{i + 1}: {value};" for i, value in enumerate(self.chart)]
        lines += [f'  --brand-{name}: "{family}";' for name, family in self.fonts.items()]
        lines += [f"  --brand-text-{key}: {css_string(text)};" for key, text in self.texts.items()]
        return ":root {\n" + "\n".join(lines) + "\n}\n"

    def context(self) -> dict[str, Any]:
        """What templates see as `brand`."""
        return {
            "colours": dict(self.colours), "chart": list(self.chart), "fonts": dict(self.fonts),
            "logo_uri": self.logo_uri, "disclaimer": self.disclaimer, "texts": dict(self.texts),
        }


DEFAULT_BRAND = Brand()


def css_string(text: str) -> str:
    """`text` as a CSS string literal (quotes, backslashes and line breaks escaped)."""
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ").replace("<", "\\3c ")
    return f'"{out}"'


def default_yaml() -> str:
    """The defaults as a commented brand.yml (what `reportgen templates export` writes)."""
    colours = "\n".join(f'  {k}: "{v}"' for k, v in DEFAULT_COLOURS.items())
    chart = ", ".join(f'"{c}"' for c in DEFAULT_CHART)
    texts = "\n".join(f'  {k}: "{v}"' for k, v in DEFAULT_TEXTS.items())
    return f"""# brand.yml: the house style of every briefing, in one place (HTML, PDF, DOCX and charts).
# reportgen reads it from the templates folder (--templates DIR) or from --brand FILE.
# Every key may be left out; what is missing keeps the built-in look.

# Colours (#rrggbb). In briefing.css they are var(--brand-<name>).
colours:
{colours}

# The bars of the results chart, in turn.
chart: [{chart}]

# Font families. "Briefing Serif" and "Briefing Sans" are the DejaVu fonts shipped in fonts/;
# another family must be installed on the machine, or declared with @font-face in briefing.css.
fonts:
  serif: "{DEFAULT_FONTS['serif']}"
  sans: "{DEFAULT_FONTS['sans']}"

# A logo for the masthead (PNG, JPEG or SVG), relative to this file; none by default.
logo: null

# The paper when --paper is not given: a4 or letter.
paper: null

# Printed at the end of every briefing (HTML, PDF and DOCX); none by default.
disclaimer: ""

# Texts the templates print as their own, e.g. {{{{ brand.texts.footer | fixed }}}}. Figures in
# them (a phone number, a document ID) are the template's, not the release's: the fidelity check
# accepts them because they are printed with the `fixed` filter.
texts:
{texts}
"""


def _fail(path: Path, message: str) -> TemplateError:
    return TemplateError(f"brand file {path}: {message}")


def read_brand(path: os.PathLike | str) -> Brand:
    """A Brand from a brand.yml; a missing or malformed file is an error naming the file and key."""
    import yaml

    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise UsageError(f"brand file {path} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read it ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise _fail(path, f"not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(raw, dict):
        raise _fail(path, "expected keys (colours, chart, fonts, logo, paper, disclaimer, texts)")
    known = {"colours", "colors", "chart", "fonts", "logo", "paper", "disclaimer", "texts"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _fail(path, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(known - {'colors'}))})")

    colours = dict(DEFAULT_COLOURS)
    given = raw.get("colours", raw.get("colors")) or {}
    if not isinstance(given, dict):
        raise _fail(path, "colours: expected name: \"#rrggbb\" pairs")
    for name, value in given.items():
        if name not in DEFAULT_COLOURS:
            raise _fail(path, f"colours: unknown colour {name!r} (known: {', '.join(DEFAULT_COLOURS)})")
        if not isinstance(value, str) or not _HEX.match(value.strip()):
            raise _fail(path, f"colours.{name}: {value!r} is not a colour like \"#1f4e79\"")
        colours[name] = value.strip().lower()

    chart = raw.get("chart") or list(DEFAULT_CHART)
    if not isinstance(chart, list) or not all(isinstance(c, str) and _HEX.match(c.strip()) for c in chart):
        raise _fail(path, "chart: expected a list of colours like \"#1f4e79\"")

    fonts = dict(DEFAULT_FONTS)
    for name, family in (raw.get("fonts") or {}).items():
        if name not in DEFAULT_FONTS:
            raise _fail(path, f"fonts: unknown font {name!r} (known: serif, sans)")
        if not isinstance(family, str) or not _FONT_NAME.match(family):
            raise _fail(path, f"fonts.{name}: {family!r} is not a font family name")
        fonts[name] = family.strip()

    logo = None
    if raw.get("logo"):
        logo = (path.parent / str(raw["logo"])).resolve()
        if not logo.is_file():
            raise _fail(path, f"logo: {raw['logo']} not found (looked for {logo})")
        if (mimetypes.guess_type(logo.name)[0] or "") not in ("image/png", "image/jpeg", "image/svg+xml",
                                                              "image/gif"):
            raise _fail(path, f"logo: {logo.name} is not a PNG, JPEG, GIF or SVG file")
        _check_image(path, logo, str(raw["logo"]))

    paper = raw.get("paper")
    if paper is not None:
        if str(paper).lower() not in PAPER_NAMES:
            raise _fail(path, f"paper: {paper!r} is not one of {', '.join(PAPER_NAMES)}")
        paper = str(paper).lower()

    texts = dict(DEFAULT_TEXTS)
    for key, value in (raw.get("texts") or {}).items():
        if not _KEY.match(str(key)):
            raise _fail(path, f"texts: {key!r} is not a name (letters, digits, _)")
        texts[str(key)] = "" if value is None else str(value)
    disclaimer = raw.get("disclaimer") or ""
    return Brand(colours=MappingProxyType(colours), chart=tuple(c.strip().lower() for c in chart),
                 fonts=MappingProxyType(fonts), logo=logo, paper=paper, disclaimer=str(disclaimer),
                 texts=MappingProxyType(texts), path=path.resolve())


def _check_image(brand_path: Path, logo: Path, shown: str) -> None:
    """A logo that no renderer could draw is an error now, naming the file and why, not a blank
    space or a warning about a data: URI later."""
    if logo.suffix.lower() == ".svg":
        from xml.etree import ElementTree

        try:
            root = ElementTree.parse(logo).getroot()
        except (ElementTree.ParseError, OSError) as exc:
            raise _fail(brand_path, f"logo: {shown} is not a readable SVG file ({exc})") from None
        if not root.tag.endswith("svg"):
            raise _fail(brand_path, f"logo: {shown} is not an SVG file (its root is <{root.tag}>)")
        return
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(logo) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _fail(brand_path, f"logo: {shown} is not a readable image ({type(exc).__name__}: {exc})") from None


def load_brand(path: Optional[os.PathLike | str], templates=None) -> Brand:
    """`--brand FILE`, else `brand.yml` in the user's templates folder, else the defaults."""
    if path is not None:
        return read_brand(path)
    folder = getattr(templates, "folder", None)
    if folder is not None and (Path(folder) / BRAND_FILE).is_file():
        return read_brand(Path(folder) / BRAND_FILE)
    return DEFAULT_BRAND


def parse_variables(items: Sequence[str]) -> MappingProxyType:
    """`--var key=value` (repeatable) -> {key: value}, for templates as `vars.key`."""
    out: dict[str, str] = {}
    for item in items or ():
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not _KEY.match(key):
            raise UsageError(f"--var {item!r}: expected key=value, the key a name (letters, digits, _)")
        out[key] = value
    return MappingProxyType(out)


def apply_to_docx(document, brand: Brand) -> None:
    """The brand's colours and fonts on the Word styles of a rendered document (python-docx): only
    those it changes from the defaults, so a template restyled in Word keeps its own."""
    if brand == DEFAULT_BRAND:
        return
    from docx.shared import RGBColor

    names = {s.name: s for s in document.styles if getattr(s, "font", None) is not None}
    for style_name, colour in _DOCX_COLOURS.items():
        style = names.get(style_name)
        # a colour the brand leaves at its default leaves the Word template's own (a user may have restyled it in Word)
        if style is not None and brand.colours[colour] != DEFAULT_BRAND.colours[colour]:
            style.font.color.rgb = RGBColor.from_string(_six(brand.colours[colour]))
    for style in names.values():
        family = style.font.name
        if family in _DOCX_FONTS:
            wanted = brand.fonts[_DOCX_FONTS[family]]
            if wanted != DEFAULT_FONTS[_DOCX_FONTS[family]]:
                style.font.name = wanted


def _six(colour: str) -> str:
    c = colour.lstrip("#")
    return (c if len(c) == 6 else "".join(ch * 2 for ch in c)).upper()
