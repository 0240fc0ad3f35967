"""The words of comparisons: connectors, change words, period and finance words, control arms, endpoints.

The sizes the rules were tuned with come first, named, so that they are read and changed in one place.
"""

from __future__ import annotations

import re

# --- Knobs -----------------------------------------------------------------------------------------------
MAX_QUANTITIES = 14                # more figures than this in one sentence: a table flattened into text
MAX_SENTENCE_CHARS = 900           # a longer "sentence" is a table or a list run together, no sentence
CHANGE_WORD_BEFORE = 60            # characters before a figure read for its change word ("increased by 4%")
CHANGE_WORD_AFTER = 40             # characters after a figure read for its change word ("a 4% increase")
MAX_CHANGE_DISTANCE = 160          # characters between a comparison's first figure and a change stated for it
MAX_GENERIC_GAP = 120              # characters between two figures paired by a comparison cue alone
MAX_CHANGE_PAIR_GAP = 140          # characters between a change and the control arm's change
MAX_NEXT_CONTROL_CHARS = 160       # the next sentence that gives the control arm's figure is a short one
P_VALUE_LOOKAHEAD = 2              # sentences after a change in which its p-value may still come
CONTEXT_LOOKBACK = 2               # sentences before that name an endpoint or a clinical context
PERIOD_LOOKBACK = 3                # sentences before that may set a period-over-period context
MAX_LABEL_CHARS = 80               # a longer arm label is a clause, not a label
MAX_MEASURE_CHARS = 90             # a longer measure is a clause, not a measure
MAX_SINGLE_POPULATION_CHARS = 60   # a single result's population, longer is a clause

# --- Connectors and change words -------------------------------------------------------------------------
CONNECTOR_RE = re.compile(
    r"\b(?:as\s+)?(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+opposed\s+to|in\s+contrast\s+to|"
    r"contrasted\s+with|versus|vs\.?|v\.(?=\s)|"
    r"relative\s+to|against|over\s+(?=the\s+(?:same|prior|previous|year-ago|comparable))|"
    r"up\s+from|down\s+from|from|than(?:\s+(?:with|for|in|on|among))?(?!\s+(?:[$€£]?\d|approximately|about|"
    r"expected|anticipated|in\s+(?:19|20)\d\d)))(?![\w-])(?!\s+baseline\b)",
    re.IGNORECASE,
)

CHANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:increased?|increases|increasing|decreased?|decreases|decreasing|grew|grow|grows|"
    r"growth\s+of|rose|rise\s+of|risen|fell|fall|falls|fallen|declined?|declines|dropped|"
    r"drop\s+of|gained|jumped|climbed|improved|improving|worsened|worsening|rising|falling|declining|growing|"
    r"improvement\s+of|reduced|reduction\s+of|contracted|expanded|"
    r"widened|narrowed|slipped|edged\s+(?:up|down)|advanced|surged|soared|plunged|tumbled|shrank|softened|"
    r"raised|lowered|boosted|hiked|trimmed|leveraged|deleveraged|"
    r"(?:growth|increase|decrease|decline|reduction|improvement)\s+(?:was|were|of|is|amounted\s+to|reached)|"
    r"increase\s+of|decrease\s+of|decline\s+of|difference\s+of|change\s+of|up|down|"
    r"higher|lower|better|by)\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|roughly\s+|~)?)$",
    re.IGNORECASE,
)
CHANGE_AFTER_RE = re.compile(
    r"^\s*(?:relative\s+|absolute\s+|mean\s+|median\s+|statistically\s+significant\s+|"
    r"greater\s+|overall\s+|(?!of\b|for\b|in\b|to\b|and\b|or\b|at\b|on\b|with\b|represent\w*|reflect\w*|mark(?:s|ed|ing)\b|"
    r"driven\b|due\b|by\b|because\b|thanks\b|led\b|"
    r"(?:was|is|were)\b)[a-z-]{2,15}\s+){0,2}(?P<word>increase|decrease|reduction|improvement|decline|rise|"
    r"growth|drop|higher|lower|fewer|more|less|greater|longer|shorter|gain|lift|jump|change|difference|"
    r"year-over-year|year-on-year|y/y|yoy|reductions)\b",
    re.IGNORECASE,
)
DIRECTION = {
    "increase": "increase", "increased": "increase", "increases": "increase", "increasing": "increase",
    "grew": "increase", "grow": "increase", "grows": "increase", "growth": "increase", "rose": "increase",
    "rise": "increase", "risen": "increase", "gained": "increase", "gain": "increase", "jumped": "increase",
    "jump": "increase", "climbed": "increase", "up": "increase", "higher": "increase", "more": "increase",
    "greater": "increase", "lift": "increase", "longer": "increase", "shorter": "decrease",
    "decrease": "decrease", "decreased": "decrease", "decreases": "decrease", "decreasing": "decrease",
    "fell": "decrease", "fall": "decrease", "falls": "decrease", "fallen": "decrease", "decline": "decrease",
    "declined": "decrease", "declines": "decrease", "dropped": "decrease", "drop": "decrease",
    "down": "decrease", "lower": "decrease", "fewer": "decrease", "less": "decrease",
    "reduction": "reduction", "reductions": "reduction", "reduced": "reduction", "reduces": "reduction",
    "reduce": "reduction", "cut": "reduction", "lowers": "decrease", "improves": "improvement",
    "improvement": "improvement", "improved": "improvement", "better": "improvement", "improving": "improvement",
    "rising": "increase", "growing": "increase", "falling": "decrease", "declining": "decrease",
    "raised": "increase", "boosted": "increase", "hiked": "increase", "lowered": "decrease", "trimmed": "decrease",
    "contracted": "decrease", "expanded": "increase", "narrowed": "decrease", "widened": "increase",
    "surged": "increase", "soared": "increase", "plunged": "decrease", "tumbled": "decrease", "shrank": "decrease",
    "slipped": "decrease", "advanced": "increase", "softened": "decrease",
}

# after these verbs "by" names who or what did it, not the size of a change
NOT_CHANGE_BY = {"reported", "achieved", "experienced", "observed", "seen", "attained", "met", "shown", "noted",
                 "followed", "led", "driven", "offset", "accompanied", "caused", "held", "owned", "used",
                 "completed", "reached", "exceeded", "surpassed", "funded", "supported", "affected", "impacted",
                 "represented", "chosen", "preferred", "rated", "selected", "endorsed", "recorded"}
# A change word anywhere: a sentence before that sets a period-over-period context.
CHANGE_WORD_RE = re.compile(r"\b(?:increase[ds]?|decrease[ds]?|grew|rose|fell|declined|up|down|higher|lower)\b", re.I)

# --- Periods and finance ---------------------------------------------------------------------------------
PERIOD_WORDS_RE = re.compile(
    r"\b(?:quarter|quarterly|fiscal|year[- ]ago|year[- ]over[- ]year|year[- ]on[- ]year|prior[- ]year|"
    r"previous\s+(?:year|quarter|period)|same\s+period|comparable\s+period|corresponding\s+period|"
    r"last\s+year|prior\s+period|full[- ]year|twelve\s+months\s+ended|(?:three|six|nine|twelve|3|6|9|12)"
    r"\s+months\s+ended|year\s+ended|period\s+ended|[QH][1-4]\b|first\s+half|second\s+half|"
    r"a\s+year\s+earlier|the\s+year\s+before|(?:in|for|during|of|than|versus|vs\.?|to|with)\s+(?:19|20)\d\d\b|(?:as\s+of|at|on|through)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|sequential(?:ly)?)",
    re.IGNORECASE,
)
FINANCE_WORDS_RE = re.compile(
    r"\b(?:revenues?|sales|income|loss(?:es)?|earnings|EPS|EBITDA|EBIT|margin|expenses?|costs?|"
    r"cash|profit|dividend|shares?|deliveries|orders|bookings|backlog|operating|net|gross|"
    r"R&D|SG&A|billings|subscribers|customers|stores|prescriptions|volume|price|guidance|capital|"
    r"ROCE|ROE|ROIC|ROA|churn|ARPU|ARR|debt|assets|equity|deposits|loans|production|shipments|"
    r"units|traffic|bookings|tax|EBITA|dividends?|payout|liquidity|inventor(?:y|ies)|working\s+capital|headcount|"
    r"employees|"
    r"efficiency\s+ratio|ratio)\b",
    re.IGNORECASE,
)
# the prior period named in words
PRIOR_RE = re.compile(r"\b(?:a\s+year\s+(?:ago|earlier)|year[- ]ago|prior[- ]year|previous\s+year|last\s+year|"
                      r"prior\s+period|same\s+period|comparable\s+period|corresponding\s+period)\b", re.I)

# --- Endpoints and periods as labels ----------------------------------------------------------------------
# Clinical endpoints: long form -> short form (used when the release gives no abbreviation).
ENDPOINTS = {
    "overall survival": "OS", "progression-free survival": "PFS", "progression free survival": "PFS",
    "leukemia-free survival": "LFS", "leukaemia-free survival": "LFS", "disease-free survival": "DFS",
    "event-free survival": "EFS", "relapse-free survival": "RFS", "recurrence-free survival": "RFS",
    "metastasis-free survival": "MFS", "overall response rate": "ORR", "objective response rate": "ORR",
    "complete response": "CR", "duration of response": "DOR", "time to progression": "TTP",
    "pathologic complete response": "pCR", "major adverse cardiovascular events": "MACE",
}
ENDPOINT_SHORT = {"OS", "PFS", "LFS", "DFS", "EFS", "RFS", "MFS", "ORR", "CR", "DOR", "TTP", "pCR",
                  "MACE", "HbA1c", "LDL-C", "BCVA", "ACR20", "ACR50", "PASI", "EASI", "FEV1"}
PERIOD_PHRASE_RE = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:same|prior|previous|comparable|corresponding|year[- ]ago)[\w\s-]{0,20}?"
    r"(?:quarter|year|period|half)(?:\s+(?:of|in)\s+(?:19|20)\d\d)?|a\s+year\s+(?:ago|earlier)|"
    r"(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|full[- ]year|fiscal\s+year|"
    r"fiscal\s+(?:19|20)\d\d|(?:first|second)\s+half|(?:three|six|nine|twelve)\s+months|year|quarter)"
    r"(?:\s+(?:of|ended|ending)\s+(?:\w+\.?\s+\d{1,2},\s+)?(?:fiscal\s+)?(?:19|20)\d\d|\s+(?:19|20)\d\d|"
    r"\s+of\s+(?:the\s+)?(?:prior|previous|last)\s+(?:fiscal\s+)?year)?|"
    r"[QH][1-4]\s?(?:FY|/)?'?(?:19|20)?\d\d|[QH][1-4]\b|(?:fiscal\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)

# the lengths of the periods an arm's label can name: a quarter is never compared with a year
PERIOD_KINDS = (("quarter", re.compile(r"\bquarter|\b[1-4]Q\b|\bQ[1-4]\b|\bthree[- ]months?\b", re.I)),
                ("half", re.compile(r"\bhalf\b|\bH[12]\b|\bsix[- ]months?\b", re.I)),
                ("nine months", re.compile(r"\bnine[- ]months?\b", re.I)),
                ("year", re.compile(r"\b(?:full[- ]year|year\s+ended|fiscal\s+year|twelve[- ]months?|annual|FY)\b", re.I)))

# --- Arms ------------------------------------------------------------------------------------------------
GROUPISH_RE = re.compile(r"\b(?:patients|subjects|participants|group|arm|cohort|placebo|control|treated|"
                         r"receiving|switched|randomi[sz]ed|dose|(?:19|20)\d\d|quarter|year|period)\b", re.I)
LABEL_LEAD = r"\s+(?:for|in|among|with|on|at)\s+(?:the\s+)?"
ARM_LEAD = (r"\s+(?P<lead>for|in|among|with|on|at|receiving|treated\s+with|given|who\s+received|of)\s+"
            r"(?:the\s+|those\s+(?:on|receiving|given)\s+)?")
TREATED_LEAD_RE = re.compile(r"^(?:on|receiving|treated\s+with|given|who\s+received)$", re.I)
ARMISH_RE = re.compile(r"\b(?:patients|subjects|participants|recipients|group|arm|cohort|placebo|control|treated|"
                       r"receiving|dose|vehicle|sham|chemotherapy|standard\s+of\s+care|comparator|vaccine|"
                       r"monotherapy|combination)\b|\b[A-Z]{2,}[- ]?\d|\b\w+(?:mab|nib|ib|ciclib|parib|stat|statin|"
                       r"tide|cept|vir|platin|taxel|rubicin|gliptin|gliflozin|glutide|sartan|pril|olol|dipine|"
                       r"azole|floxacin|mycin|cillin|prazole|parin|xaban|gatran|lisib|siran|rsen|limus|mod|"
                       r"tinib|umab|ximab|zumab|cel|gene|leucel)\b", re.I)
CONTROL_ARM_RE = re.compile(r"\b(?:placebo|control|vehicle|sham|standard\s+of\s+care|comparator|reference\s+product|"
                            r"originator|"
                            r"active\s+comparator|usual\s+care|best\s+supportive\s+care)\b", re.I)
CONTROL_PHRASE_RE = re.compile(r"(?:\b[\w-]+\s+)?\b(?:placebo|control|vehicle|sham)\b(?:\s+(?:group|arm|patients|"
                               r"cohort|recipients|participants))?", re.I)
CLINICAL_CONTEXT_RE = re.compile(r"\b(?:placebo|patients?|subjects|participants|arm|cohort|CI|confidence|"
                                 r"p\s*[<=>]|HR|hazard)\b")

# --- Forecasts and brackets -----------------------------------------------------------------------------
FORECAST_RE = re.compile(r"\b(?:expects?|expected\s+to|forecasts?|forecasted\s+to|guidance|outlook|anticipates?|"
                         r"anticipated\s+to|(?:is|are)\s+projected|projected\s+to|projects|(?:is|are)\s+likely|"
                         r"plans?\s+to|aims?\s+to|targets?\s+(?:to|of|is)|targeted\s+to|our\s+target)\b", re.I)
# the end of a bracket that holds a prior period's figure: "(Q3 2023: $80.4 million)"
# (not the same figure restated per period: "$1.04 per common share ($0.26 per common share quarterly)")
PAREN_CLOSE_RE = re.compile(r"(?:(?!\b(?:diluted|basic|basis|adjusted|excluding|constant|equivalent|or|"
                            r"approximately|about|per\s+cent\s+of|quarterly|monthly|annually|annualized|annualised|"
                            r"per\s+(?:quarter|month|annum|year)|a\s+(?:quarter|month|year))\b)[^()\d;]){0,45}\)", re.I)
