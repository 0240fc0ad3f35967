"""Web addresses: every address a release prints, and which of them is the issuer's website."""

from __future__ import annotations

import re
from typing import Optional

BARE_DOMAIN_LABEL_MIN_CHARS = 6  # a bare domain anywhere in the text counts when its name is the issuer's
NAME_STEM_CHARS = 6  # the start of the issuer's first word that its website's host carries

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]*]+[^\s<>\"'()\[\].,;:!?*_]", re.I)
_BARE_DOMAIN = re.compile(
    r"(?:(?<=\b[Vv]isit )|(?<=\b[Vv]isiting )|(?<=\b[Ss]ee )|(?<=\bgo to )|(?<=\bat )|(?<=^))"
    r"(?P<url>(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|io|co|ca|fr|de|uk|ch|jp|au|ai|bio|health|us|info|eu|nl|se|ie|il|in|cn|hk|sg)"
    r"(?:/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?)(?![\w@-])",
    re.M,
)
# a bare domain printed in mixed case where the text points to it: "by visiting ComfortFloodRelief.com"
_POINTED_MIXED_DOMAIN = re.compile(
    r"(?:(?<=\b[Vv]isit )|(?<=\b[Vv]isiting )|(?<=\b[Ss]ee )|(?<=\bgo to ))"
    r"(?P<url>(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|org|net|io|co|ca|ai|info|us)(?:/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?)(?![\w@-])")
# a bare domain anywhere in the text (kept only when it carries the issuer's name)
_ANY_BARE_DOMAIN = re.compile(r"(?<![\w@./-])(?P<url>" + _BARE_DOMAIN.pattern.split("(?P<url>", 1)[1], re.M)

# hosts that are never the issuer's own site: wires, regulators, filing and social sites
_NOT_ISSUER_HOST = re.compile(
    r"(?:^|\.)(?:prnewswire|businesswire|globenewswire|accesswire|accessnewswire|newsfilecorp|marketwired|marketwire|newswire|"
    r"einpresswire|prweb|cision|3blmedia|sec|sedar|sedarplus|tradingview|reuters|dowjones|clinicaltrials|linkedin|twitter|x|"
    r"facebook|instagram|youtube|zoom|vevent|q4inc|webcaster4|edgar-online|nasdaq|nyse)\.", re.I)
_CORPORATE_SUFFIX = re.compile(r"(?i)inc\.?|corp\.?|ltd\.?|plc|llc|co\.?|limited|corporation|company")


# the next sentence glued to an address's host, its break lost: "www.acme.com.About Acme", "www.sec.gov.CONTACT:"
_GLUED_AFTER_HOST = re.compile(r"^((?:https?://)?[^/\s]*?\.(?:com|org|net|gov|edu|io|ai|co|ch|de|uk|ca|us|info|biz))\.[A-Z][A-Za-z]*\S*$")


# addresses a copy printed without the breaks between them: "...davidroehttps://x.com/acme",
# ".../acme-inc/Instagram: https://...", "https://acme.com/212.555.4844"
_GLUED_ADDRESS = re.compile(r"(?<=\S)(?=https?://)"
                            r"|(?<=[\w/])(?=(?:LinkedIn|Instagram|Facebook|Twitter(?:/X)?|YouTube|TikTok|Threads|Bluesky|Website|Email|Phone)\s*:)"
                            r"|(?<=\.[a-z]{2}/)(?=\d{3}[.-]\d{3}[.-]\d{4}\b)|(?<=\.[a-z]{3}/)(?=\d{3}[.-]\d{3}[.-]\d{4}\b)")


def find_urls(text: str, issuer: Optional[str] = None) -> list[str]:
    """Every web address in the text, once, as printed: `https://...`, `www....`, and a bare domain
    where the text points to it (`Visit acme.com`, or a line of its own) or that carries the issuer's
    name (`... 312 stores and northfieldhome.com`). A trailing full stop or bracket is not part of
    it; hard-wrapped addresses were re-joined by the text reader, addresses printed without the
    breaks between them are parted."""
    text = _GLUED_ADDRESS.sub(" ", text)
    found: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in URL.finditer(text)]
    spans = [(m.start(), m.end()) for m in URL.finditer(text)]
    for m in (*_BARE_DOMAIN.finditer(text), *_POINTED_MIXED_DOMAIN.finditer(text)):
        if any(a <= m.start() < b for a, b in spans):
            continue
        found.append((m.start(), m.group("url")))
    compact = re.sub(r"[^a-z0-9]", "", (issuer or "").lower().removeprefix("the "))
    if len(compact) >= BARE_DOMAIN_LABEL_MIN_CHARS:
        for m in _ANY_BARE_DOMAIN.finditer(text):
            label = m.group("url").split(".")[0].replace("-", "")
            if any(a <= m.start() < b for a, b in spans) or len(label) < BARE_DOMAIN_LABEL_MIN_CHARS or not compact.startswith(label):
                continue
            found.append((m.start(), m.group("url")))
    urls: list[str] = []
    for _, u in sorted(found):
        u = _GLUED_AFTER_HOST.sub(r"\1", u)
        if u not in urls:
            urls.append(u)
    return urls


def url_parts(u: str) -> tuple[str, str, str]:
    """(scheme, host, path) of an address printed with or without its scheme."""
    m = re.match(r"^(?:(https?)://)?([^/?#]+)(.*)$", u.strip(), re.I)
    return (m.group(1) or "http").lower(), m.group(2).lower(), m.group(3)


def homepage(value: str) -> str:
    """A website as a `Web site:` line gives it, cut back to its host: "/Web site:
    http://www.kantoprecision.co.jp/english/" -> "http://www.kantoprecision.co.jp"."""
    website = value.rstrip("/ ") if not value.endswith("://") else value
    wm = re.match(r"^((?:https?://)?[^/\s]+\.[a-z]{2,})/\S*$", website, re.I)
    return wm.group(1) if wm else website


def is_distributor_site(website: str) -> bool:
    """A wire's, a regulator's or a social site's address: "Website: https://www.3blmedia.com/profiles/..."."""
    return bool(_NOT_ISSUER_HOST.search("." + re.sub(r"^www\.", "", url_parts(website)[1])))


def issuer_website(stated: Optional[str], urls: list[str], issuer_name: Optional[str]) -> Optional[str]:
    """The website a `Web site:` line states (unless it is a distributor's), else the one chosen
    among the release's addresses."""
    if stated and is_distributor_site(stated):
        stated = None
    if stated:
        return stated
    return choose_website(urls, issuer_name) if issuer_name else None


def choose_website(urls: list[str], issuer_name: str) -> Optional[str]:
    """The issuer's website among the release's addresses: one whose host carries the company's
    name (never a wire's, the SEC's or a social site's), its own domain before its subdomains
    before another service's page; the homepage, a deep link cut back to its host."""
    words = [w for w in issuer_name.split() if w.lower() != "the" and not w.isdigit()] or issuer_name.split()
    stem = re.sub(r"[^a-z0-9]", "", words[0].lower())[:NAME_STEM_CHARS]
    if not stem:
        return None
    short_forms = _short_forms(words)
    compact = re.sub(r"[^a-z0-9]", "", issuer_name.lower())
    best = None
    for k, u in enumerate(urls):
        key = _website_rank(u, stem, short_forms, compact)
        if key is not None and (best is None or (*key, k) < best[0]):
            best = ((*key, k), _homepage_of(u, deep=key[1]))
    return best[1] if best else None


INITIALS_MIN_CHARS = 3  # nea.com is New Enterprise Associates'; a host of two letters is no one's initials


def _short_forms(words: list[str]) -> set[str]:
    """"lsbank" for Laurentian Shield Bank: the first words' initials and the rest of the name; "nea" for New
    Enterprise Associates, Inc.: all the initials."""
    plain = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words if not _CORPORATE_SUFFIX.fullmatch(w.strip(","))]
    plain = [w for w in plain if w]
    forms = {"".join(w[0] for w in plain[:n]) + "".join(plain[n:]) for n in range(2, len(plain))}
    initials = "".join(w[0] for w in plain)
    return forms | ({initials} if len(initials) >= INITIALS_MIN_CHARS else set())


def _website_rank(u: str, stem: str, short_forms: set[str], compact: str) -> Optional[tuple[int, bool, int]]:
    """(rank, deep link, -shared letters) of an address as the issuer's website, lower first; None
    when it is not the issuer's."""
    _, host, path = url_parts(u)
    bare_host = re.sub(r"^www\.", "", host)
    if _NOT_ISSUER_HOST.search("." + bare_host):
        return None
    if stem not in bare_host.replace("-", ""):
        first = bare_host.replace("-", "").split(".")[0]
        if not ((len(first) >= 5 and any(f.startswith(first) or first.startswith(f) for f in short_forms))
                or (len(first) >= INITIALS_MIN_CHARS and first in short_forms)):
            return None
        bare_host = stem + "." + bare_host  # ranks as the company's own domain
    labels = bare_host.replace("-", "").split(".")
    # the company's own domain (buckle.com) before its subdomains (corporate.buckle.com)
    # before another service's page for it (buckle.zoom.us)
    rank = 0 if (labels[0].startswith(stem) and len(labels) <= 3 and labels[-1] != "us") or len(labels) == 2 else (
        1 if any(l.startswith(stem) for l in labels[-3:-1]) else 2)
    deep = path.strip("/") != ""
    # castellansoftware.com before castellan-brightpath.com for Castellan Software, Inc.
    shared = next((n for n, (a, b) in enumerate(zip(labels[0] if rank == 0 else "", compact)) if a != b),
                  min(len(labels[0]), len(compact)) if rank == 0 else 0)
    return rank, deep, -shared


def _homepage_of(u: str, deep: bool) -> str:
    """The homepage an address points into, with its scheme: a deep link cut back to its host."""
    scheme, host, _ = url_parts(u)
    home = u.rstrip("/") if not deep else f"{scheme}://{host}"
    if not home.startswith("http") and not home.startswith("www."):
        home = "http://" + home if "." in home.split("/")[0] else home
    return home if home.startswith("http") else "http://" + home
