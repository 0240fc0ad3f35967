"""Products: brand, generic name, trademark mark, combination partner, mechanism sentences.

"Ceplene(TM) (histamine dihydrochloride) in conjunction with low dose interleukin-2 (IL-2)"
-> brand Ceplene, generic histamine dihydrochloride, mark TM, partner low dose interleukin-2 (IL-2).
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Mechanism, Product
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES

_MARK = r"(?P<mark>\(TM\)|™|\(R\)|®|\(SM\)|℠|\*)"
_PRODUCT_RE = re.compile(
    rf"(?<![\w-])(?P<brand>[A-Z][A-Za-z0-9-]{{2,}}(?:\s[A-Z][A-Za-z0-9-]+)?)\s?{_MARK}?\s*"
    r"\((?P<generic>[a-z][a-z0-9\s,-]{3,80}?)(?:\s*\[[^\]]*\])?\)"
)
_DRUG_SUFFIX = re.compile(
    r"(?:mab|nib|tinib|ciclib|tide|stat|vir|cel|sone|olone|ine|ide|ate|ol|ase|gene|ant|parin|mide|zole|"
    r"pril|sartan|lukast|cillin|mycin|cycline|floxacin|oxacin|platin|taxel|rubicin|semide|afil|"
    r"glutide|gliflozin|xaban|tegravir|umab|ximab|zumab|lisib|rafenib|metinib|parib|degib|"
    r"autotemcel|leucel|vec|sirna|ran|sen|ine hydrochloride|chloride|sulfate|acetate|sodium)$"
)
_PARTNER_RE = re.compile(
    r"^\s*(?:,\s*)?(?:in\s+conjunction\s+with|in\s+combination\s+with|combined\s+with|together\s+with|plus|"
    r"with|\+)\s+(?P<partner>(?:low[- ]dose\s+|high[- ]dose\s+)?[\w-]+(?:\s[\w-]+){0,3}?(?:\s*\([^()]{1,20}\))?)"
    r"(?=[\s,.;]|$)", re.I,
)
_MECHANISM_RE = re.compile(
    r"\b(?:inhibit\w*|block\w*|bind\w*|target\w*|agonist|antagonist|designed\s+to|protect\w*|mechanism\w*|"
    r"modulat\w*|activat\w*|suppress\w*|degrad\w*|knock\w*|silenc\w*|edit\w*|express\w*|stimulat\w*|"
    r"reduces?\s+(?:the\s+)?formation|prevents?)\b", re.I,
)
_MARKS = {"(TM)": "TM", "™": "TM", "(R)": "R", "®": "R", "(SM)": "SM", "℠": "SM", "*": None}


def extract_products(index: SentenceIndex) -> list[Product]:
    """Products in the order the release names them: with a generic name, marked names, the
    company's own candidates; each with its combination partner and mechanism sentences."""
    sentences = index.outside(*SKIPPED_ROLES)
    products = _with_generic_names(sentences)
    companies = _company_names(index)
    _add_marked_names(sentences, products, companies)
    headline = " ".join(s.text for line in index.headline for s in line)
    _add_candidates(sentences, products, companies, headline)
    for brand, p in products.items():
        if not p.partner and p.brand:
            p.partner = _partner_named_after(brand, sentences)
    for p in products.values():
        p.mechanism = _mechanism_sentences(p, sentences)
    return list(products.values())


def _with_generic_names(sentences: list[Sentence]) -> dict[str, Product]:
    """'Ceplene(TM) (histamine dihydrochloride) in conjunction with low dose interleukin-2 (IL-2)'."""
    products: dict[str, Product] = {}
    for s in sentences:
        for m in _PRODUCT_RE.finditer(s.text):
            brand, generic = m.group("brand"), re.sub(r"\s+", " ", m.group("generic")).strip(" ,")
            brand = re.sub(r"^(?:About|The|Our|Its|With|And)\s+", "", brand)
            mark = _MARKS.get(m.group("mark") or "", None)
            words = generic.split()
            if not (mark or _DRUG_SUFFIX.search(words[-1]) or _DRUG_SUFFIX.search(words[0])):
                continue
            if len(words) > 5 or re.search(r"\b(?:the|and|or|of|for|in|a|an|is|was)\b", generic) or brand in products:
                continue
            partner = None
            pm = _PARTNER_RE.match(s.text[m.end():])
            if pm and not re.match(r"(?:the|a|an|its|their|patients?)\b", pm.group("partner"), re.I) and \
                    pm.group("partner").split()[0] != brand.split()[0]:
                partner = pm.group("partner").strip()
            products[brand] = Product(brand=brand, generic=generic, mark=mark, partner=partner, source=s.span())
    return products


_BARE_MARK_RE = re.compile(r"(?<![\w-])(?P<brand>[A-Z][A-Za-z0-9-]{2,})\*?\s?(?P<mark>\(TM\)|™|\(R\)|®)")


def _add_marked_names(sentences: list[Sentence], products: dict[str, Product], companies: set[str]) -> None:
    """Bare marks: 'Azixa(TM)', 'GOMEKLI™' without a generic name, unless a mention shows the name is
    the company's, a facility's or a platform's."""
    rejected: set[str] = set()
    for s in sentences:
        for m in _BARE_MARK_RE.finditer(s.text):
            brand = m.group("brand")
            if brand in products or brand.upper() in ("TM",) or any(b.lower() == brand.lower() for b in products):
                continue
            if not _is_product_name(s.text, m.start(), m.end(), brand, companies):
                rejected.add(brand)
                continue
            products[brand] = Product(brand=brand, mark=_MARKS[m.group("mark")], source=s.span())
    for brand in rejected:
        if brand in products and products[brand].generic is None:
            del products[brand]


def _partner_named_after(brand: str, sentences: list[Sentence]) -> Optional[str]:
    """The combination partner of 'Ceplene + IL-2', when none was given with the name."""
    for s in sentences:
        pm = re.search(rf"\b{re.escape(brand)}\s*(?:\+|plus|in combination with)\s*([A-Z][\w-]+"
                       rf"(?:\s+[A-Za-z0-9-]{{2,6}}(?=[\s,.;)]|$)(?<!\sand)(?<!\sin)(?<!\sfor))?)", s.text)
        if pm and pm.group(1) != brand.split()[0]:
            return pm.group(1)
    return None


# the news, not how the product works: "Acme, Inc., a biotechnology company ..., today provides an update ..."
_NEWS_SENTENCE = re.compile(r"\btoday\s+(?:announced|announces|provided|provides|reported|reports|unveiled|unveils|shared|shares)\b", re.I)


def _mechanism_sentences(product: Product, sentences: list[Sentence]) -> list[Mechanism]:
    """Sentences naming the product (or its generic name) with a mechanism verb, not a risk or a quote."""
    names = [n for n in (product.brand, product.generic) if n]
    out = []
    for s in sentences:
        if s.text.startswith(("\"", "“")) or not _MECHANISM_RE.search(s.text):
            continue
        if any(re.search(rf"\b{re.escape(n)}\b", s.text, re.I) for n in names) and \
                not re.search(r"\b(?:risk|may not|will not|could)\b", s.text) and not _NEWS_SENTENCE.search(s.text):
            out.append(Mechanism(text=s.text, source=s.span()))
    return out


_CORP_SUFFIX = (r"(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|AG|SE|N\.V|Co|Company|Holdings|Therapeutics|"
                r"Pharmaceuticals|Pharma|Biosciences|Biotherapeutics|Biopharma|Biotech|BioMed|Bio)\b")
_NOT_PRODUCT_WORDS = {"therapeutics", "pharmaceuticals", "pharma", "biosciences", "center", "centre", "institute",
                      "foundation", "mice", "platform", "technology", "technologies", "network", "program", "inc",
                      "corporation", "holdings", "company", "group", "evolution", "newsroom", "association"}


def _company_names(index: SentenceIndex) -> set[str]:
    """Names of companies in the release ("Apple" from "Apple Inc.", "IDEAYA" from "IDEAYA Biosciences")."""
    out: set[str] = set()
    for s in index:
        for m in re.finditer(rf"(?<![\w-])((?:[A-Z][\w&.-]*\s+){{0,3}}?[A-Z][\w&.-]*),?\s+{_CORP_SUFFIX}", s.text):
            name = re.sub(r"^(?:The|About|By|For|And|With)\s+", "", m.group(1))
            out.add(name.lower())
            out.add(name.split()[0].lower())
        for m in re.finditer(r"(?<![\w-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\((?:NYSE|NASDAQ|Nasdaq|TSX|LSE|ASX)", s.text):
            out.add(m.group(1).lower())
        # "Apple® today announced ...": the subject of the release's announcement
        m = re.match(r"(?:[^—]{0,80}—\s*)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\W{0,4}\s*(?:\([^)]*\)\s*)?,?\s*"
                     r"(?:today\s+)?(?:announced|reported|reports|announces)\b", s.text)
        if m:
            out.add(m.group(1).lower())
        for m in re.finditer(r"\b[\w.-]+@(?:[\w-]+\.)*([\w-]+)\.(?:com|net|org)\b|\bwww\.([\w-]+)\.(?:com|net|org)\b", s.text):
            out.add((m.group(1) or m.group(2)).lower())
    return out


def _is_product_name(text: str, start: int, end: int, brand: str, companies: set[str]) -> bool:
    """A marked name is a product, not the company ("Apple®"), a facility ("Regeneron Genetics Center®") or a
    technology platform ("VelociSuite® technologies", "technologies, such as VelociSuite®", "Harbour Mice®
    platform", "CareConnections™ program")."""
    if brand.lower() in _NOT_PRODUCT_WORDS or brand.lower() in companies:
        return False
    lead = re.search(r"((?:[A-Z][\w-]*\s+){1,3})$", text[max(0, start - 60):start])
    phrase = ((lead.group(1) if lead else "") + brand).lower()
    if phrase in companies or any(phrase.endswith(" " + w) for w in _NOT_PRODUCT_WORDS):
        return False
    if re.match(r"[^,.;()]{0,60}?\b(?:platforms?|technolog(?:y|ies)|engines?)\b|\s*(?:program|programme)\b",
                text[end:]):
        return False
    if re.search(r"(?:\b(?:platforms?|technolog(?:y|ies))\b,?\s+(?:such\s+as|including|like)\s+|\bproprietary\s+)"
                 r"(?:\*\s*)?$", text[max(0, start - 60):start]):
        return False
    return True


_INN_RE = re.compile(r"(?<![\w-])([A-Za-z][a-z]{3,}(?:siran|mab|tinib|sertib|ciclib|parib|lisib|rafenib|degib|glutide|"
                     r"leucel|temcel|xaban|gliflozin|rsen|tecan|vedotin|cept|kinra|gene\s+\w+vec|bart|patide|"
                     r"[aeiou]vir|previr|buvir|tegravir|citide|cabtagene|stat|plase|kinase\s+inhibitor))(?![\w-])")
# letters of a code that are no drug's: fiscal years, trial registries, standards, currencies
_NOT_CODE = {"fy", "cy", "nct", "iso", "iec", "en", "astm", "usd", "eur", "gbp", "cad", "sku", "isbn", "doi", "ce",
             "rfc", "ieee", "no", "tsx", "nyse", "cse", "asx", "otc", "nasdaq"}
_CODE_RE = re.compile(r"(?<![\w./-])([A-Z]{2,6})-?(\d{2,6}[A-Z]?)(?![\w-]|\.\w)")
_DRUGGY_RE = re.compile(r"\b(?:Phase|trial|study|candidate|program|inhibitor|dos(?:e|ing)|clinical|IND|combination|"
                        r"therapy|treatment|antibody|ADC|patients)\b", re.I)
_COMBO = r"\s+(?:[\w-]+\s+){0,3}?(?:in\s+combination\s+with|combined\s+with|plus|and|with|\+)\s+"


def _add_candidates(sentences: list[Sentence], products: dict[str, Product], companies: set[str],
                    headline: str = "") -> None:
    """The company's own candidates named without a mark: code names whose letters begin the company's name
    ("IDE397" of IDEAYA) and international non-proprietary names given twice or more ("plozasiran"); a marked
    brand named only as the combination partner of such a candidate (or as another company's) is that
    candidate's partner, not a product of the company. A name the headline or a subheadline prints is
    the news's product, candidate or not ('FDA Approves Stapokibart', 'Data for EDP-323')."""
    generics = " ".join((p.generic or "").lower() for p in products.values())
    counts: dict[str, list] = {}
    for s in sentences:
        for m in _CODE_RE.finditer(s.text):
            prefix = m.group(1).lower()
            own = any(c.startswith(prefix) and len(c) > len(prefix) for c in companies)
            # another code ('EDP-323', 'UX111'): three digits or more, in the headline or named twice
            named = (len(m.group(2)) >= 3 and prefix not in _NOT_CODE and not re.fullmatch(r"(?:19|20)\d\d", m.group(2))
                     and (m.group() in headline or sum(m.group() in x.text for x in sentences) >= 2))
            if (own or named) and _DRUGGY_RE.search(s.text):
                counts.setdefault(m.group(), []).append(s)
        for m in _INN_RE.finditer(s.text):
            name = m.group(1).lower()
            if name not in generics and not re.search(r"[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}$",
                                                      s.text[max(0, m.start() - 40):m.start()]):
                counts.setdefault(name, []).append(s)
    cands = []
    for name, sents in counts.items():
        if name.lower() in (b.lower() for b in products):
            continue
        if name[0].islower() and name not in headline.lower() and (len(sents) < 2 or not any(re.search(
                rf"(?:\b(?:investigational|our|its|lead|candidate|candidates?,)\s+(?:[\w-]+\s+){{0,2}}{name}\b|"
                rf"\b{name}\b,?\s+(?:\([^()]*\)\s*,?\s*)?(?:is\s+)?(?:an?|the|our|its)\s+(?:[\w-]+\s+){{0,3}}?"
                rf"(?:investigational|potential|lead|novel|first-in-class|best-in-class|product\s+candidate|candidate)|"
                rf"\b{name}\b,?\s+(?:formerly|previously)\b)", x.text, re.I) for x in sents)):
            continue
        code = not name[0].islower()
        products[name] = Product(brand=name if code else None, generic=None if code else name, candidate=True,
                                 source=sents[0].span())
        cands.append(name)
    if not cands:
        return
    alt = "|".join(re.escape(c) for c in sorted(cands, key=len, reverse=True))
    for brand in [b for b, p in products.items() if p.mark and not p.candidate]:
        mentions = [(s, m) for s in sentences for m in re.finditer(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", s.text)]
        owner, combos = None, 0
        for s, m in mentions:
            cm = re.search(rf"(?<![\w-])({alt}){_COMBO}$", s.text[max(0, m.start() - 80):m.start()], re.I)
            if cm:
                combos += 1
                owner = owner or cm.group(1)
        if owner and combos * 2 >= len(mentions):
            key = next(c for c in cands if c.lower() == owner.lower())
            products[key].partner = products[key].partner or brand
            del products[brand]
