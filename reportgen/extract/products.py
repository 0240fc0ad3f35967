"""Products: brand, generic name, trademark mark, combination partner, mechanism sentences.

"Ceplene(TM) (histamine dihydrochloride) in conjunction with low dose interleukin-2 (IL-2)"
-> brand Ceplene, generic histamine dihydrochloride, mark TM, partner low dose interleukin-2 (IL-2).
"""

from __future__ import annotations

import re

from reportgen.model import Release

from .common import is_forward_looking
from .text import iter_sentences, make_span, sentence_span

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
    r"with|and|\+)\s+(?P<partner>(?:low[- ]dose\s+|high[- ]dose\s+)?[\w-]+(?:\s[\w-]+){0,3}?(?:\s*\([^()]{1,20}\))?)"
    r"(?=[\s,.;]|$)", re.I,
)
_MECHANISM_RE = re.compile(
    r"\b(?:inhibit\w*|block\w*|bind\w*|target\w*|agonist|antagonist|designed\s+to|protect\w*|mechanism\w*|"
    r"modulat\w*|activat\w*|suppress\w*|degrad\w*|knock\w*|silenc\w*|edit\w*|express\w*|stimulat\w*|"
    r"reduces?\s+(?:the\s+)?formation|prevents?)\b", re.I,
)
_MARKS = {"(TM)": "TM", "™": "TM", "(R)": "R", "®": "R", "(SM)": "SM", "℠": "SM", "*": None}


def extract_products(release: Release) -> list[dict]:
    products: dict[str, dict] = {}
    sentences = [s for s in iter_sentences(release) if not is_forward_looking(s.heading)]
    for s in sentences:
        for m in _PRODUCT_RE.finditer(s.text):
            brand, generic = m.group("brand"), re.sub(r"\s+", " ", m.group("generic")).strip(" ,")
            mark = _MARKS.get(m.group("mark") or "", None)
            words = generic.split()
            if not (mark or _DRUG_SUFFIX.search(words[-1]) or _DRUG_SUFFIX.search(words[0])):
                continue
            if len(words) > 5 or re.search(r"\b(?:the|and|or|of|for|in|a|an|is|was)\b", generic):
                continue
            if brand in products:
                continue
            partner = None
            pm = _PARTNER_RE.match(s.text[m.end():])
            if pm and not re.match(r"(?:the|a|an|its|their|patients?)\b", pm.group("partner"), re.I):
                partner = pm.group("partner").strip()
            products[brand] = {
                "brand": brand, "generic": generic, "mark": mark, "partner": partner, "mechanism": [],
                "source": sentence_span(release, s),
            }
    # bare marks: "Azixa(TM)", "GOMEKLI™" without a generic name
    for s in sentences:
        for m in re.finditer(rf"(?<![\w-])(?P<brand>[A-Z][A-Za-z0-9-]{{2,}})\s?(?P<mark>\(TM\)|™|\(R\)|®)", s.text):
            brand = m.group("brand")
            if brand in products or brand.upper() in ("TM",):
                continue
            products[brand] = {"brand": brand, "generic": None, "mark": _MARKS[m.group("mark")], "partner": None,
                               "mechanism": [], "source": sentence_span(release, s)}
    # combination partner from "Ceplene + IL-2" when none was given with the name
    for brand, p in products.items():
        if p["partner"]:
            continue
        for s in sentences:
            pm = re.search(rf"\b{re.escape(brand)}\s*(?:\+|plus|in combination with)\s*([A-Z][\w-]+)", s.text)
            if pm:
                p["partner"] = pm.group(1)
                break
    # mechanism sentences: the product (or its generic name) and a mechanism verb
    for p in products.values():
        names = [p["brand"]] + ([p["generic"]] if p["generic"] else [])
        for s in sentences:
            if s.text.startswith(("\"", "“")):
                continue
            if any(re.search(rf"\b{re.escape(n)}\b", s.text, re.I) for n in names) and _MECHANISM_RE.search(s.text):
                if re.search(r"\b(?:risk|may not|will not|could)\b", s.text):
                    continue
                p["mechanism"].append({"text": s.text, "source": sentence_span(release, s)})
    return list(products.values())
