"""Web addresses: every address a release prints, and which of them is the issuer's website."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

BARE_DOMAIN_LABEL_MIN_CHARS = 6  # a bare domain anywhere in the text counts when its name is the issuer's
NAME_STEM_CHARS = 6  # the start of the issuer's first word that its website's host carries

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]*]+[^\s<>\"'()\[\].,;:!?*_]", re.I)
_DOMAIN = (r"(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|io|co|ca|fr|de|uk|ch|jp|au|ai|bio|health|us|info|eu|nl|se|ie|il|in|cn|hk|sg)"
           r"(?:/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?")
_BARE_DOMAIN = re.compile(
    r"(?:(?<=\b[Vv]isit )|(?<=\b[Vv]isit: )|(?<=\b[Vv]isiting )|(?<=\b[Ss]ee )|(?<=\bgo to )|(?<=\bat )|(?<=^)|(?<=: )|(?<=:  )|(?<=:   ))"
    rf"(?P<url>{_DOMAIN})(?![\w@-])",
    re.M,
)
# a bare domain printed in mixed case where the text points to it: "by visiting ComfortFloodRelief.com",
# "Learn more at OFCConference.org"
_MIXED_DOMAIN = r"(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|org|net|io|co|ca|ai|info|us)(?:/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?"
_POINTED_MIXED_DOMAIN = re.compile(
    r"(?:(?<=\b[Vv]isit )|(?<=\b[Vv]isit: )|(?<=\b[Vv]isiting )|(?<=\b[Ss]ee )|(?<=\bgo to )|(?<=\bmore at ))"
    rf"(?P<url>{_MIXED_DOMAIN})(?![\w@-])")
# the next address of a list the text points to: "visit ginkgobioworks.com and ginkgobiosecurity.com"
_LISTED_NEXT = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<url>"
                          rf"{_DOMAIN}|{_MIXED_DOMAIN})(?![\w@-])")
# the words that point the reader to an address, in the same sentence before it: "Learn more at",
# "For more information, visit", "visit BET's press-only Web site at" (not "a webcast on the Company's
# web site at")
POINTER_CHARS = 80
_POINTER = re.compile(r"(?:\b(?:[Vv]isit(?:ing)?|[Ss]ee|[Gg]o to)\b|\b(?:[Ll]earn|[Ff]ind out|[Rr]ead) more\b|\bmore information\b)"
                      r"(?:[^.!?\n]|\.(?=\S)){0,60}$")
# a bare domain anywhere in the text (kept only when it carries the issuer's name)
_ANY_BARE_DOMAIN = re.compile(rf"(?<![\w@./-])(?P<url>{_DOMAIN})(?![\w@-])", re.M)

# hosts that are never the issuer's own site: wires, regulators, filing and social sites
_NOT_ISSUER_HOST = re.compile(
    r"(?:^|\.)(?:prnewswire|businesswire|globenewswire|accesswire|accessnewswire|newsfilecorp|marketwired|marketwire|newswire|"
    r"einpresswire|prweb|cision|3blmedia|sec|sedar|sedarplus|tradingview|reuters|dowjones|clinicaltrials|linkedin|twitter|x|"
    r"facebook|instagram|youtube|zoom|vevent|q4inc|webcaster4|edgar-online|nasdaq|nyse)\.", re.I)
# a wire's or a distributor's own copy of a release, its archive or its tracking pixel: what its footer points to,
# never an address of the release ("https://www.newsfilecorp.com/release/240247"); not a wire's copy of an
# attachment or a photo (globenewswire.com/NewsRoom/AttachmentNg/..., mma.prnewswire.com, mb.cision.com)
WIRE_COPY = (r"(?:https?://)?(?:www\.)?(?:prnewswire\.com/news-releases/|businesswire\.com/news/home/|"
             r"globenewswire\.com/(?:[a-z]{2}/)?news-release/|newsfilecorp\.com/release/|newswire\.ca/(?:en/releases/archive|news-releases)/|"
             r"news\.cision\.com/(?:[\w-]+/r/|$)|newsdirect\.com/news/|access(?:news)?wire\.com/(?:newsroom/)?\d|einpresswire\.com/article/|"
             r"pressetext\.com/(?:news|channel)/|eqs-news\.com/news/|eqs-cockpit\.com/|newmediawire\.com/news/|marketwired\.com/press-release/)\S*")
_WIRE_COPY = re.compile(WIRE_COPY + "$", re.I)
_CORPORATE_SUFFIX = re.compile(r"(?i)inc\.?|corp\.?|ltd\.?|plc|llc|co\.?|limited|corporation|company")


# the next sentence glued to an address's host, its break lost: "www.acme.com.About Acme", "www.sec.gov.CONTACT:"
_GLUED_AFTER_HOST = re.compile(r"^((?:https?://)?[^/\s]*?\.(?:com|org|net|gov|edu|io|ai|co|ch|de|uk|ca|us|info|biz))\.[A-Z][A-Za-z]*\S*$")


# the next sentence glued to an address's path: "https://www.psoriasis.org/plaque/.Accessed April 2025"
_GLUED_AFTER_PATH = re.compile(r"/\.[A-Z][A-Za-z]*$")


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
    return [u for _, u in _printed_urls(text, issuer)]


def pointed_urls(text: str, issuer: Optional[str] = None) -> set[str]:
    """The addresses the text points its reader to ("Learn more at ...", "For more information,
    visit ...", "visit BET's press-only Web site at ..."), not the ones it names on the way ("The call
    can be heard at ...")."""
    text = _GLUED_ADDRESS.sub(" ", text)
    return {u for at, u in _printed_urls(text, issuer) if _POINTER.search(text, max(0, at - POINTER_CHARS), at)}


def _printed_urls(text: str, issuer: Optional[str]) -> list[tuple[int, str]]:
    """(where, address) of every address the text prints, once, in order."""
    text = _GLUED_ADDRESS.sub(" ", text)
    found: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in URL.finditer(text)]
    spans = [(m.start(), m.end()) for m in URL.finditer(text)]
    for m in (*_BARE_DOMAIN.finditer(text), *_POINTED_MIXED_DOMAIN.finditer(text)):
        if any(a <= m.start() < b for a, b in spans):
            continue
        found.append((m.start(), m.group("url")))
        while (m := _LISTED_NEXT.match(text, m.end())) and not any(a <= m.start("url") < b for a, b in spans):
            found.append((m.start("url"), m.group("url")))
    compact = re.sub(r"[^a-z0-9]", "", (issuer or "").lower().removeprefix("the "))
    if len(compact) >= BARE_DOMAIN_LABEL_MIN_CHARS:
        for m in _ANY_BARE_DOMAIN.finditer(text):
            label = m.group("url").split(".")[0].replace("-", "")
            if any(a <= m.start() < b for a, b in spans) or len(label) < BARE_DOMAIN_LABEL_MIN_CHARS or not compact.startswith(label):
                continue
            found.append((m.start(), m.group("url")))
    urls: list[tuple[int, str]] = []
    seen: set[str] = set()
    for at, u in sorted(found):
        u = _GLUED_AFTER_PATH.sub("/", _GLUED_AFTER_HOST.sub(r"\1", u))
        if _same_address(u) not in seen:
            seen.add(_same_address(u))
            urls.append((at, u))
    return urls


def _same_address(u: str) -> str:
    """An address printed twice in two spellings is one: `https://www.jnj.com/` and `www.jnj.com`,
    `www.ICOTYDE.com` and `www.icotyde.com` (the scheme, the host's case and a trailing slash aside;
    `twiist.com` and `www.twiist.com` are two hosts)."""
    _, host, path = url_parts(u)
    return host + path.rstrip("/")


def is_wire_copy(u: str) -> bool:
    """A wire's or distributor's own copy of the release (its footer's pointer), not an address of the release."""
    return bool(_WIRE_COPY.match(u.strip()))


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


def issuer_website(stated: Optional[str], urls: list[str], issuer_name: Optional[str],
                   clues: Optional[WebsiteClues] = None) -> Optional[str]:
    """The website a `Web site:` line states (unless it is a distributor's), else the one chosen
    among the release's addresses by the issuer's name, else by the release's other clues: the
    address its About section points to, then the one on the domain of its contacts' e-mails."""
    if stated and is_distributor_site(stated):
        stated = None
    if stated:
        return stated
    clues = clues or WebsiteClues()
    named = choose_website(urls, issuer_name, clues.pointed, confirmed=_confirmed(urls, clues)) if issuer_name else None
    return named or _website_by_clue(urls, clues)


@dataclass(frozen=True)
class WebsiteClues:
    """What the release says about its addresses besides the issuer's name."""

    pointed: frozenset[str] = frozenset()  # the addresses the text points to ("Learn more at ...")
    about: tuple[str, ...] = ()  # the addresses the issuer's About section points to, in order
    mail_domains: frozenset[str] = frozenset()  # the domains of the contacts' e-mails ("its.jnj.com" -> "jnj.com")


def _confirmed(urls: list[str], clues: WebsiteClues) -> frozenset[str]:
    """The addresses another clue backs: the About section points to them, or the contacts' e-mails
    are on their domain."""
    return frozenset(u for u in urls if u in clues.about or mail_domain(url_parts(u)[1]) in clues.mail_domains)


def _website_by_clue(urls: list[str], clues: WebsiteClues) -> Optional[str]:
    """No address carries the issuer's name: the first one its About section points to ("Learn more
    at https://www.jnj.com/" for Johnson & Johnson), else one on the domain of its contacts' e-mails
    (ckhwang@mobis.com: www.mobis.com); never a wire's, a regulator's or a social site's."""
    own = [u for u in urls if not is_distributor_site(u) and not is_wire_copy(u)]
    about = [u for u in clues.about if u in own]
    mailed = [u for u in own if mail_domain(url_parts(u)[1]) in clues.mail_domains]
    for u in about or mailed:
        return _homepage_of(u, deep=_cut_back(u, clues.pointed))
    return None


def mail_domain(host: str) -> str:
    """The domain a host or an e-mail's host is under: "its.jnj.com" -> "jnj.com", "mail.acme.co.uk" -> "acme.co.uk"."""
    labels = host.lower().rsplit("@", 1)[-1].split(".")
    n = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "net", "org", "ac", "gov", "ne", "or") else 2
    return ".".join(labels[-n:])


def choose_website(urls: list[str], issuer_name: str, pointed: frozenset[str] = frozenset(),
                   confirmed: frozenset[str] = frozenset()) -> Optional[str]:
    """The issuer's website among the release's addresses: one whose host carries the company's
    name (never a wire's, the SEC's or a social site's), its own domain before its subdomains
    before another service's page; a homepage, or a section of the site the text points to
    ("Learn more at www.teneo.ai/investors"), before a deep link; then the host that carries more
    of the name (rbcgam.com before rbc.com for RBC Global Asset Management); then the homepage
    before a section. Of two that carry the name as much, the one another clue backs (`confirmed`: the
    About section points to it, the contacts' e-mails are on its domain) comes first
    (springworkstx.com before the patient-support springworkstxcares.com). Given as printed, a deep
    link cut back to its host."""
    words = [w for w in issuer_name.split() if w.lower() != "the" and not w.isdigit()] or issuer_name.split()
    first = re.sub(r"^([a-z0-9-]+)\.[a-z]{2,4}$", r"\1", words[0].lower().rstrip(","))  # "Teneo.ai": teneo
    stem = re.sub(r"[^a-z0-9]", "", first)[:NAME_STEM_CHARS]
    if not stem:
        return None
    short_forms = _short_forms(words)
    compact = re.sub(r"[^a-z0-9]", "", issuer_name.lower())
    best = None
    for k, u in enumerate(urls):
        key = _website_rank(u, stem, short_forms, compact, pointed)
        if key is None:
            continue
        key = (*key[:3], u not in confirmed, key[3])
        if best is None or (*key, k) < best[0]:
            best = ((*key, k), _homepage_of(u, deep=key[1]))
    return best[1] if best else None


# a path that names one section of a site: "/pr", "/investors", "/etfsolutions" (not "/products/x?variant=1")
_SECTION_PATH = re.compile(r"^/[\w-]+/?$")
# a path that only names a language or a home page: the homepage ("/en", "/english/", "/en-us/home")
_HOME_PATH = re.compile(r"^/?(?:(?:en|de|fr|es|it|nl|sv|fi|da|no|nb|pt|ja|jp|zh|cn|ko|kr|ru|pl|cs|tr|eng|english|intl|global)"
                        r"(?:[-_][a-z]{2})?/?)?(?:home|index\.\w+|default\.\w+)?/?$", re.I)


def _cut_back(u: str, pointed: frozenset[str]) -> bool:
    """Whether an address is cut back to its host to give the website: a deep link is, unless the
    text points to it and it names a section of the site ("visit www.bet.com/pr"); a path that only
    names a language is."""
    path = url_parts(u)[2]
    if path.strip("/") == "":
        return False
    return not (u in pointed and _SECTION_PATH.match(path) and not _HOME_PATH.match(path))


INITIALS_MIN_CHARS = 3  # nea.com is New Enterprise Associates'; a host of two letters is no one's initials


def _short_forms(words: list[str]) -> set[str]:
    """"lsbank" for Laurentian Shield Bank: the first words' initials and the rest of the name; "nea" for New
    Enterprise Associates, Inc.: all the initials."""
    plain = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words if not _CORPORATE_SUFFIX.fullmatch(w.strip(","))]
    plain = [w for w in plain if w]
    forms = {"".join(w[0] for w in plain[:n]) + "".join(plain[n:]) for n in range(2, len(plain))}
    initials = "".join(w[0] for w in plain)
    return forms | ({initials} if len(initials) >= INITIALS_MIN_CHARS else set())


def _website_rank(u: str, stem: str, short_forms: set[str], compact: str,
                  pointed: frozenset[str]) -> Optional[tuple[int, bool, int, bool]]:
    """(rank, cut back to its host, -shared letters, deep link) of an address as the issuer's
    website, lower first; None when it is not the issuer's."""
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
    # castellansoftware.com before castellan-brightpath.com for Castellan Software, Inc.
    shared = next((n for n, (a, b) in enumerate(zip(labels[0] if rank == 0 else "", compact)) if a != b),
                  min(len(labels[0]), len(compact)) if rank == 0 else 0)
    return rank, _cut_back(u, pointed), -shared, path.strip("/") != ""


def _homepage_of(u: str, deep: bool) -> str:
    """The homepage an address points into, with its scheme: a deep link cut back to its host."""
    scheme, host, _ = url_parts(u)
    home = u.rstrip("/") if not deep else f"{scheme}://{host}"
    if not home.startswith("http") and not home.startswith("www."):
        home = "http://" + home if "." in home.split("/")[0] else home
    return home if home.startswith("http") else "http://" + home
