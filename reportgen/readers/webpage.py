"""Which part of a saved web page is the release, and what the page says about it besides its text.

A wire's page (PR Newswire, GlobeNewswire), a company newsroom or a news site wraps the release in
its own chrome: navigation, skip links, language pickers, cookie banners, share buttons, photo
galleries, promotion cards, "related news" lists, footers. The release is found before anything
else is read, by rules on what the markup and the text say, never on one site's layout:
- chrome by what an element is (`<nav>`, `<footer>`, ARIA roles, dialogs, hidden elements), by the
  words of its class or id (`share`, `cookie`, `related`, camelCase too: `skipNavLink`), and by
  what it holds (a list of links and nothing else, a link wrapped around blocks: a teaser card,
  a "Related news" heading over links, a cookie notice, an in-page link alone: "Continue Reading");
- the headline (`<h1>` that repeats the page's title) is never chrome, whatever holds it;
- the release body is the element that holds most paragraph text; when the headline stands
  outside it, the release runs from the headline to the end of that element, and what the page
  prints before the headline or after the body is not read.
Cloudflare's e-mail obfuscation is decoded (`data-cfemail`, `/cdn-cgi/l/email-protection#...`),
and the page's date is read from its metadata (`<meta>`, JSON-LD `datePublished`, `<time>`).

Main-content extractors from PyPI were measured against these rules on the corpus's wire pages
(`bench/bench_main_content.py`): they drop chrome well but lose parts of the release (the dateline
paragraph on some pages, headings, contact blocks, lists) and give text without the markup the
wire rules read (bold run-in headings, line breaks of contact blocks, tables), so the reader keeps
its own rules.
"""

from __future__ import annotations

import json
import re
from typing import Optional

from lxml import etree

# elements that are never the release's text
DROP_TAGS = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form-hidden", "iframe", "svg",
    "button", "select", "option", "template", "object", "embed", "canvas", "map", "input", "textarea",
    "head", "title", "meta", "link", "dialog",
}
# class / id words of page chrome on wire and newsroom sites
CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|side-bar|share|sharing|social|related|recommended|"
    r"newsletters?|cookie|cookies|consent|gdpr|onetrust|ot-sdk|banner|advert|ads?|sponsors?|sponsored|promo|subscribe|signup|login|search|"
    r"footer|header|masthead|toolbar|modal|popup|carousel|widget|more-news|latest-news|trending|comments?|skip|"
    r"gallery|lightbox|dropdown|tags|lang-switch|language-switch|language-picker|locale-picker|tooltip|"
    r"navigation|banner|contentinfo|complementary|dialog|alertdialog|menubar)(?:$|[\s_-])",
    re.I,
)
# class words of an element hidden from the reader
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|d-none|sr-only|visually-hidden|screen-reader-text|invisible)(?:$|\s)")
_BLOCKS_IN_LINK = ("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "section", "article", "table")
_BLOCK_ANCESTORS = {"p", "div", "li", "td", "th", "section", "article", "main", "body", "dd", "dt", "blockquote", "center", "span"}
# a link that moves about the page or the site, alone in its block: "Skip Navigation", "Continue Reading"
_SKIP_LINK = re.compile(r"^\[?\s*(?:skip\b|jump to\b|accessibility\b|back to\b|return to\b|top of page\b)", re.I)
# the heading of a list of the site's other stories
RELATED_HEADING = re.compile(
    r"^(?:(?:related|more|other|latest|recent|top|trending|popular|featured)\s+(?:news|releases|press releases|stories|"
    r"articles|posts|headlines|videos|content)(?:\s+(?:from|by|on|about|in)\b.{0,50})?|recommended(?:\s+(?:reading|for you|"
    r"stories|articles|news))?|also from this source|more releases from this source|you (?:may|might) also (?:like|be interested in)|"
    r"also on [A-Z][\w.]{1,30}|read next|further reading|in other news|see also|most read|most popular|what'?s new|explore more)\s*:?$",
    re.I,
)
# a site's cookie notice: the site speaks of its cookies and asks to accept them
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_SITE = re.compile(r"\b(?:we|this (?:web)?site|our (?:web)?site|the site)\b.{0,40}\b(?:use|uses|store|stores|set|sets)\b|"
                          r"\bcookie (?:policy|settings|preferences|notice)\b|\baccept (?:all )?cookies\b", re.I)
_COOKIE_MAX_CHARS = 900
_CHROME_MAX_CHARS = 3000  # an element this large whose class says chrome is a layout box, not chrome
_PRINTED_ADDRESS = re.compile(r"@|\bwww\.|https?://|\.(?:com|org|net|io)\b", re.I)
_SHARE_HOST = re.compile(r"^(?:https?:)?//(?:www\.)?(?:facebook\.com|twitter\.com|x\.com|linkedin\.com|pinterest\.com|reddit\.com|"
                         r"api\.whatsapp\.com|wa\.me|t\.me|telegram\.me|plus\.google\.com|digg\.com|del\.icio\.us)/.*(?:share|intent|submit|post|sharer|send)|^mailto:\?")
_SHARE_WORD = re.compile(r"^(?:share(?: on \w+)?|facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|e-?mail|print|tweet|copy link|digg)$", re.I)
_CF_HREF = re.compile(r"/cdn-cgi/l/email-protection#([0-9a-fA-F]+)")
_CF_PLACEHOLDER = re.compile(r"^\[?\s*email\s*(?:&#160;|\s)*protected\s*\]?$", re.I)


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
                        "\u200b": None, "\ufeff": None, "\u00ad": None})


def clean(text: str) -> str:
    text = text.translate(_SPACES)  # no-break, narrow and thin spaces are spaces; zero-width marks go
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def _classes(el) -> str:
    raw = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
    # camelCase words too: "skipNavLink" -> "skip Nav Link"
    return raw + " " + re.sub(r"([a-z])([A-Z])", r"\1 \2", raw)


def is_chrome_class(el) -> bool:
    return bool(CHROME.search(_classes(el)))


def _is_el(el) -> bool:
    return isinstance(el.tag, str)


def _contains(root, el) -> bool:
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def _protects(el, keep) -> bool:
    """`el` holds (or is) an element that must stay: the headline."""
    return keep is not None and _contains(el, keep)


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()


# Cloudflare e-mail obfuscation -------------------------------------------------------------------

def cloudflare_email(hexstr: str) -> Optional[str]:
    """Cloudflare's obfuscated address: hex bytes, the first the key every other byte is XORed with."""
    try:
        data = bytes.fromhex(hexstr)
    except ValueError:
        return None
    if len(data) < 4:
        return None
    key = data[0]
    try:
        text = bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if re.fullmatch(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+", text) else None


def decode_cloudflare_emails(root) -> None:
    """`<span class="__cf_email__" data-cfemail="...">[email&#160;protected]</span>` and links to
    `/cdn-cgi/l/email-protection#...` get their address back (as text and as a mailto: link)."""
    for el in list(root.iter()):
        if not _is_el(el):
            continue
        hexstr = el.get("data-cfemail")
        if hexstr is not None:
            email = cloudflare_email(hexstr)
            if email:
                for child in list(el):
                    el.remove(child)  # the children's tails go too: the placeholder's text
                el.text = email
                del el.attrib["data-cfemail"]
            continue
        href = el.get("href") or ""
        m = _CF_HREF.search(href) if el.tag == "a" else None
        if m:
            email = cloudflare_email(m.group(1))
            if email:
                el.set("href", f"mailto:{email}")
                if not clean(el.text_content()) or _CF_PLACEHOLDER.match(clean(el.text_content())):
                    for child in list(el):
                        el.remove(child)
                    el.text = email


# the page's date --------------------------------------------------------------------------------

def iso_date(val: str) -> Optional[str]:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", val)
    if m:
        return "-".join(m.groups())
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", val)
    if m:
        return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return None


def json_ld_date(root) -> Optional[str]:
    """`datePublished` of the page's JSON-LD (an article, a news article, a press release)."""
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        found = _find_key(data, "datePublished")
        if found:
            return iso_date(found)
    return None


def _find_key(data, key: str, depth: int = 0) -> Optional[str]:
    if depth > 6:
        return None
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            return data[key]
        items = list(data.values())
    elif isinstance(data, list):
        items = data
    else:
        return None
    for v in items:
        found = _find_key(v, key, depth + 1)
        if found:
            return found
    return None


def time_element_date(root, printed_date=None) -> Optional[str]:
    """The first `<time datetime>` (or `itemprop="datePublished"`) of what is left of the page: the
    date it prints when it prints one (`printed_date` reads it; the attribute may be in UTC, a day
    later than the release's own date), else its machine-readable date."""
    for el in root.iter():
        if not _is_el(el):
            continue
        if el.tag == "time" or (el.get("itemprop") or "").lower() == "datepublished":
            printed = printed_date(clean(el.text_content())) if printed_date else None
            date = printed or iso_date(el.get("datetime") or el.get("content") or "")
            if date:
                return date
    return None


# chrome ------------------------------------------------------------------------------------------

def drop_tags_and_hidden(root, keep=None) -> None:
    """Scripts, styles, navigation, page headers and footers, dialogs, sidebars and hidden
    elements out; an element that holds the headline is opened instead (its other chrome goes)."""
    for el in list(root.iter()):
        if not _is_el(el):
            if el.getparent() is not None and not isinstance(el, etree._Entity):
                el.drop_tree() if hasattr(el, "drop_tree") else el.getparent().remove(el)
            continue
    _drop_small_forms(root, keep)
    for el in list(root.iter(*DROP_TAGS)):
        if el.getparent() is not None and not _protects(el, keep):
            el.drop_tree()
    for el in list(root.iter()):
        if el.getparent() is None or not _is_el(el) or _protects(el, keep):
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if ("display:none" in style or "visibility:hidden" in style or el.get("hidden") is not None
                or el.get("aria-hidden") == "true" or _HIDDEN_CLASS.search(el.get("class") or "")):
            el.drop_tree()


_FORM_MAX_CHARS = 400  # a page wrapped whole in one <form> (ASP.NET) is no search box


def _drop_small_forms(root, keep) -> None:
    """A search box, a login or a newsletter sign-up: a small <form> with a field to fill in or
    choose; the labels of its radio buttons ("Web", the site's slogan) are no text of the release."""
    for form in list(root.iter("form")):
        if form.getparent() is None or _protects(form, keep):
            continue
        fields = [i for i in form.iter("input", "select", "textarea") if (i.get("type") or "text").lower() != "hidden"]
        if fields and len(clean(form.text_content())) < _FORM_MAX_CHARS:
            form.drop_tree()


def drop_site_chrome(root, keep=None) -> None:
    """Elements whose class or id says they are the site's (navigation, share bar, gallery ...)."""
    for el in list(root.iter()):
        if el.getparent() is None or not _is_el(el) or el.tag in ("html", "body") or _protects(el, keep):
            continue
        if is_chrome_class(el) and len(clean(el.text_content())) < _CHROME_MAX_CHARS:
            el.drop_tree()


def _link_text(el) -> int:
    return sum(len(clean(a.text_content())) for a in el.iter("a"))


def drop_chrome_by_content(root, keep=None) -> None:
    """Chrome whatever its markup: a photo and its caption, in-page and skip links alone in their
    block, a link wrapped around blocks (a teaser or promotion card), lists of links and nothing
    else (navigation, share buttons, a footer's links), a cookie notice, a "Related news" heading
    with the links under it."""
    for fig in list(root.iter("figure")):
        if fig.getparent() is not None and not _protects(fig, keep) and not any(True for _ in fig.iter("table")):
            fig.drop_tree()
    _drop_related_lists(root, keep)
    _drop_link_lists(root, keep)
    for a in list(root.iter("a")):
        if a.getparent() is None or _protects(a, keep):
            continue
        text = clean(a.text_content())
        href = (a.get("href") or "").strip()
        if a.get("href") is not None and any(_is_el(c) and c.tag in _BLOCKS_IN_LINK for c in a.iter() if c is not a):
            a.drop_tree()  # a card: a link around a heading, a teaser, a banner
            continue
        if _SKIP_LINK.match(text) and len(text) < 40 and (href.startswith("#") or _alone(a)):
            a.drop_tree()
            continue
        if (href.startswith("#") or href.lower().startswith("javascript:")) and text and len(text) < 60 and _alone(a):
            a.drop_tree()  # "Continue Reading", "Back to top": it moves about the page
    _drop_share_bars(root, keep)
    _drop_cookie_notices(root, keep)


def _alone(a) -> bool:
    """The link's text is all the text of its block, and the block is no heading."""
    text = clean(a.text_content())
    for anc in a.iterancestors():
        if not _is_el(anc):
            continue
        if anc.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return False
        if anc.tag in ("body", "html"):
            return True  # a bare link in the page's body, outside any block
        if anc.tag in _BLOCK_ANCESTORS:
            if anc.tag == "span" and clean(anc.text_content()) == text:
                continue
            return clean(anc.text_content()) == text
    return True


def _drop_link_lists(root, keep) -> None:
    """A row or list of links and nothing else ("Home  News  Contact Us", "Share  Tweet  Email", a
    column of the site's sections) is the site's navigation, whatever its class: two links or
    more, nearly all its text theirs, none of them an address the release prints."""
    for el in list(root.iter("div", "ul", "ol", "p", "td", "section", "span", "dl", "table")):
        if el.getparent() is None or _protects(el, keep):
            continue
        links = list(el.iter("a"))
        if len(links) < 2 or any((a.get("href") or "").lower().startswith("mailto:") for a in links):
            continue
        text = clean(el.text_content())
        if not text:
            continue
        linked = _link_text(el)
        texts = [clean(a.text_content()) for a in links]
        if "@" in text or any(_PRINTED_ADDRESS.search(t) for t in texts):
            continue  # the release prints its addresses: they are its text
        if len(text) < 160:
            if linked >= 0.9 * len(text.replace(" ", "")) - len(links):
                el.drop_tree()
            continue
        # a longer list: every link short (a menu entry, a headline)
        if len(links) >= 3 and linked >= 0.85 * len(text.replace(" ", "")) - 2 * len(links) and max(len(t) for t in texts) < 200:
            el.drop_tree()


def _drop_share_bars(root, keep) -> None:
    """A row of share buttons: its links go to social networks or are their names ("Facebook",
    "LinkedIn", "Email", "Print"), with a short label at most ("Share this article")."""
    for el in list(root.iter("div", "ul", "ol", "p", "section", "span")):
        if el.getparent() is None or _protects(el, keep):
            continue
        links = list(el.iter("a"))
        if len(links) < 2:
            continue
        text = clean(el.text_content())
        if len(text) - _link_text(el) > 40 or not all(_is_share_link(a) for a in links):
            continue
        el.drop_tree()


def _is_share_link(a) -> bool:
    text = clean(a.text_content())
    href = (a.get("href") or "").lower()
    return bool(_SHARE_HOST.search(href) or _SHARE_WORD.match(text)) and not _PRINTED_ADDRESS.search(text)


def _drop_cookie_notices(root, keep) -> None:
    for el in list(root.iter("div", "section", "p", "aside", "form")):
        if el.getparent() is None or _protects(el, keep):
            continue
        text = clean(el.text_content())
        if text and len(text) < _COOKIE_MAX_CHARS and _COOKIE.search(text) and _COOKIE_SITE.search(text):
            el.drop_tree()


def _drop_related_lists(root, keep) -> None:
    """A heading of the site's other stories ("Related News", "More from this source") and the
    links under it: in one box, or the heading and the list beside it."""
    for el in list(root.iter()):
        if el.getparent() is None or not _is_el(el) or _protects(el, keep) or not _contains(root, el):
            continue
        text = clean(el.text_content())
        if not RELATED_HEADING.match(text) or any(_is_el(c) and clean(c.text_content()) == text and c.tag not in ("a", "span", "b", "strong") for c in el):
            continue
        # the heading: drop the box it opens, or the links that follow it
        box = el.getparent()
        head = el
        while box is not None and box.tag not in ("body", "html") and clean(box.text_content()).startswith(text) and _first_text_el(box) is head:
            if _lists_links(box, len(text)) and len(clean(box.text_content())) < 6000 and not _protects(box, keep):
                head, box = box, box.getparent()
            else:
                break
        if head is not el:
            head.drop_tree()
            continue
        nxt = el.getnext()
        if nxt is not None and _is_el(nxt) and not _protects(nxt, keep):
            if _lists_links(nxt, 0):
                nxt.drop_tree()
                el.drop_tree()


def _lists_links(el, heading_chars: int) -> bool:
    """What follows a "Related news" heading is the site's list: two links or more, a good share of its text."""
    rest = len(clean(el.text_content())) - heading_chars
    return rest > 0 and len(list(el.iter("a"))) >= 2 and _link_text(el) >= 0.15 * rest


def _first_text_el(box):
    """The first child of `box` that holds text."""
    for c in box:
        if _is_el(c) and clean(c.text_content()):
            return c
    return None


# the release's region ----------------------------------------------------------------------------

def release_region(headline, content):
    """The headline stands outside the release body: the release runs from the headline to the end
    of the body, inside the element that holds both; what the page prints before the headline or
    after the body is cut away. Returns that element."""
    path_h = [headline, *headline.iterancestors()]
    common = next((a for a in content.iterancestors() if a in path_h), None)
    if common is None:
        return content
    # before the headline: earlier siblings on its path, and the text that opens each ancestor
    node = headline
    while node is not common:
        parent = node.getparent()
        for sib in list(node.itersiblings(preceding=True)):
            parent.remove(sib)
        parent.text = None
        node = parent
    # after the body: later siblings on its path, and their tails
    node = content
    while node is not common:
        parent = node.getparent()
        for sib in list(node.itersiblings()):
            parent.remove(sib)
        node.tail = None
        node = parent
    return common
