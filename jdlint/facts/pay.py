"""Pay as people actually write it: `extract_pay(posting) -> list[PayFact]`.

Two sources. Metadata: the pay-named keys of front matter, whole-file YAML and
JSON-LD (`salary`, `compensation`, `salary_min`/`salary_max`, schema.org
`baseSalary`...), wherever they sit in the mapping. Body: figures found in the
prose, accepted only when the words around them say they are pay.

Reading the body is a trade between two kinds of damage. Postings are full of
money that is not pay (funding rounds, market sizes, learning budgets, sign-on
bonuses, the price of the product) and numbers that are not money (years,
headcounts, 401(k), phone numbers). Rules built on these facts tell employers
their pay is missing, open-ended or too wide, so a figure read as pay when it
is not is a false alarm with a law's name on it. Hence a figure in the body is
pay only when one of these holds:

- a pay word is in its sentence ("salary", "pay", "compensation", "rate",
  "OTE", "depending on experience"...) or on the label line just above it;
- it opens a segment of a header-style line ("Acme | Engineer | $120-150k")
  and is a range or k-figure, the shorthand only pay is written in;
- it stands nearly alone in its segment ("- £45,000 pa", "(€50k-€60k)").

and none of the false-friend cues sits right next to it (bonus, budget,
stipend for a perk, funding, revenue, an "M"/"B" multiplier...).

Open ends: "up to $90k" has no minimum, "$100k+" / "from £30k" no maximum;
"£55,000 - £80,000+" keeps both figures and is open-ended, since regulators
read a "+" on the top as no top at all.

Cost: the budget is ~50-100 µs a posting. A big alternation regex costs ~100 µs
over an average 2.5 KB posting on its own, so nothing here scans the whole
body with one: one pass over the digits and a few `str.find` scans (`_anchors`)
decide whether there is anything to read, and the full money grammar only runs
on short windows around what they found.

Period thresholds, when the text names no period (figures scaled to US dollars
for currencies with much larger units, see `_SCALE`): under 200 an hour (hourly
pay above that is rare), under 1,500 a day (UK/EU contract day rates run
£250-£1,500), under 20,000 a month (monthly salaries and stipends), otherwise a
year. A range is classed by the geometric mean of its ends. Such facts carry
`period_inferred=True`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace

from .. import regex  # re.compile with the compiled programs cached between runs
from .types import PayFact

# -- vocabulary ------------------------------------------------------------------

# ISO 4217 codes written next to figures. Also the prefilter's list, so a
# posting that writes only "JPY 6,000,000" is still read.
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD", "HKD", "INR", "JPY", "SEK",
          "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "BRL", "MXN", "ZAR", "ILS", "AED",
          "CNY", "RMB", "KRW", "TRY", "PHP", "NGN", "KES", "UAH", "IDR", "MYR", "THB", "VND",
          "ARS", "CLP", "COP", "PKR", "TWD", "ISK", "EGP", "SAR")
_CODE_ALT = "|".join(_CODES)
_SIGNS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
          "₪": "ILS", "₱": "PHP", "₦": "NGN"}
# Letters before "$" that name the dollar; a bare "$" is decided by place.
_DOLLAR_PREFIX = {"US": "USD", "USD": "USD", "CA": "CAD", "CAD": "CAD", "C": "CAD", "AU": "AUD",
                  "AUD": "AUD", "A": "AUD", "NZ": "NZD", "NZD": "NZD", "S": "SGD", "SG": "SGD",
                  "SGD": "SGD", "HK": "HKD", "HKD": "HKD", "R": "BRL", "MX": "MXN", "NT": "TWD"}
_WORD_CURRENCY = {"euro": "EUR", "euros": "EUR", "dollar": None, "dollars": None,
                  "pounds sterling": "GBP", "zł": "PLN", "rs": "INR", "rs.": "INR"}
# Rough units per US dollar, so thresholds written in dollars fit ¥, ₹, ...
_SCALE = {"JPY": 150, "INR": 80, "KRW": 1300, "HUF": 350, "IDR": 15000, "VND": 24000, "CLP": 900,
          "COP": 4000, "NGN": 1000, "KES": 130, "PHP": 55, "THB": 35, "RUB": 90, "CZK": 23,
          "ISK": 140, "ARS": 800, "PKR": 280, "TWD": 30, "MXN": 17, "ZAR": 18, "TRY": 30,
          "SEK": 10, "NOK": 10, "DKK": 7, "HKD": 8, "CNY": 7, "RMB": 7, "UAH": 40, "PLN": 4,
          "BRL": 5, "RON": 4.5, "EGP": 48, "AED": 3.7, "SAR": 3.75, "ILS": 3.7, "MYR": 4.5}

# -- the money grammar -------------------------------------------------------------

_SP = r"[ \t\u00a0\u2009\u202f]"
# Thousands separators: "," "." (European) "'" (Swiss) and spaces (French);
# a trailing 1-2 digit group is decimals. Plain digits otherwise.
_NUM = (r"\d{1,3}(?:(?:,|\.|'|’|[\u00a0\u2009\u202f ])\d{3})+(?:[.,]\d{1,2})?(?![\d])"
        r"|\d+(?:[.,]\d{1,2})?(?![\d])")
_PRE = (r"(?<![A-Za-z0-9])(?:(?:US|USD|CA|CAD|C|AU|AUD|A|NZ|NZD|S|SG|SGD|HK|HKD|R|MX|NT)?\$(?:A(?=\d))?"
        rf"|[£€¥₹₩₽₺₪₱₦]|(?:{_CODE_ALT})(?![A-Za-z])\.?|Rs\.?(?=\s?\d))")
# "pounds" alone is left out on purpose: "lift up to 50 pounds" is a US requirement.
_POST = (rf"(?:[€$£¥₹](?!{_SP}?\d)|zł|(?:{_CODE_ALT})(?![A-Za-z])"
         r"|(?:euros?|Euros?|EUR|dollars?|pounds sterling)\b)")
# Multipliers. Millions and billions are kept so the figure can be thrown out:
# "$20M" is a funding round, never a salary.
_MULT = (r"(?:[kK](?![a-z])(?![A-Z](?![A-Z]{2}\b))|(?:[mM]n?|MM|[bB]n?)(?![a-zA-Z0-9])|(?:[mMbBtT]illion)s?\b"
         r"|thousand\b|lakhs?\b|lacs?\b|LPA\b|crores?\b)")
_DASH = r"(?:[\-\u2010-\u2015\u2212~\u301c\uff5e]\u00ad?|\u00ad[\-\u2010-\u2015]?)"
# Joins two figures into a range. Newlines never do: "- $100k\n- $120k" is a list.
_CONN = (rf"{_SP}*{_DASH}+{_SP}*|{_SP}+(?:to|through|thru|up{_SP}+to|bis|à|tot){_SP}+"
         rf"|(?(between){_SP}+and{_SP}+|(?!))")
# What may sit between the figures of a range: a federal grade step
# ("$79,468 to GS-13 Step 10 $103,309"), a note ("€2,651 (scale 9) and"),
# or the period of the first figure ("$25/hr to $30/hr").
_GAP = r"(?:{sp}*\([^()\n]{{1,24}}\))?(?:{sp}?/{sp}?(?:hr|hour|h|yr|year|mo|month|day|wk|week)\b\.?)?"
_FILLER = r"(?:G[SGM]-?\d{1,2},?\s+Step\s+\d{1,2}\s*[:\-\u2013]?\s*)?"

_PHRASE = regex.compile(
    # The lookahead lets the engine skip most positions of a window at once (3x faster).
    r"(?=[$£€¥₹₩₽₺₪₱₦0-9A-Zb])"
    # Not inside a word, a URL or another number ("FYQ8k", "v2.5k", "id=40k").
    r"(?<![\w.,/#@=&?])"
    rf"(?P<between>\bbetween{_SP}+)?"
    rf"(?P<lo_pre>{_PRE})?{_SP}{{0,2}}(?P<lo>{_NUM})(?:{_SP}?(?P<lo_mult>{_MULT}))?(?P<lo_plus>\+)?"
    rf"(?:{_SP}?(?P<lo_post>{_POST}))?"
    rf"(?P<rest>{_GAP.format(sp=_SP)}(?P<conn>{_CONN}){_FILLER}"
    rf"(?P<hi_pre>{_PRE})?{_SP}{{0,2}}(?P<hi>{_NUM})(?:{_SP}?(?P<hi_mult>{_MULT}))?"
    rf"(?:{_SP}?(?P<hi_post>{_POST}))?)?"
    rf"(?P<plus>\+)?"
)

_PERIOD_WORDS = {
    "hour": (r"/\s?(?:hr|hour|h|std|heure|hora)s?(?:ly)?\b\.?"
             r"|(?:per|an|a|each|every|pro|par)\s+(?:hr|hour|heure|stunde)s?\b"
             r"|p/h\b|hourly\b|hour\b|hr\b|de\s+l'heure|por\s+hora"),
    "day": (r"/\s?(?:day|d|jour|tag|daily)\b|(?:per|a|each|pro|par)\s+(?:day|jour|tag)\b|p/d\b|pd\b|daily\b"
            r"|per\s+diem\b|day\s+rate\b"),
    "week": r"/\s?(?:week|wk|w|weekly)\b|(?:per|a|each)\s+week\b|p/w\b|pw\b|weekly\b",
    "month": (r"/\s?(?:month|monthly|mo|mth|mois|monat|mes)\b|(?:per|a|each|pro|par|al)\s+(?:month|mois|monat|mes)\b"
              r"|p/m\b|(?-i:pm)\b|pcm\b|p\.c\.m\.?|monthly\b|mensuel(?:le)?s?\b|monatlich\b|mensual\b"),
    "year": (r"/\s?(?:year|yearly|annum|yr|y|an|jahr|año)\b\.?"
             r"|(?:per|a|each|pro|par|al)\s+(?:year|yr|annum|anum|an|jahr|año)\b"
             r"|p\.\s?a\b\.?|pa\b|(?-i:PA)\b|annual(?:ly)?\b|yearly\b|annuel(?:le)?s?\b|jährlich\b|anual\b|LPA\b"),
}
# The period written right after the figures, past an optional word such as
# "gross" or "base" ("45 000 € brut annuel", "$60k base per year").
_PERIOD_AFTER = regex.compile(
    r"[ \t\u00a0]*(?:\((?:gross|base|pro rata)\)[ \t]*)?"
    r"(?:(?:gross|brut|brutto|base|before\s+tax|pre-tax|salary|fixed)[ \t\u00a0]+)?(?:"
    + "|".join(f"(?P<{p}>{alt})" for p, alt in _PERIOD_WORDS.items()) + ")",
    re.I,
)
# A period named before the figure in the same clause: "hourly rate of $22".
_PERIOD_BEFORE = regex.compile(
    r"\b(?:(?P<hour>hourly|per\s+hour|stundensatz)|(?P<day>day[- ]rate|daily|per\s+day|per\s+diem|tagessatz)"
    r"|(?P<week>weekly|per\s+week)|(?P<month>monthly|per\s+month|monatsgehalt|salaire\s+mensuel)"
    r"|(?P<year>annual(?:ly)?|yearly|per\s+annum|jahresgehalt|salaire\s+annuel))\b",
    re.I,
)
# Not a time period at all: a fee for the whole piece of work.
_NO_PERIOD = regex.compile(
    r"[ \t]*(?:\(?\s*)?(?:total\b(?![ \t]+(?:comp|compensation|pay|salary|package|cash|target|remuneration"
    r"|rewards?)\b)|fixed\s+(?:bid|price|fee)|flat\s+fee|per\s+project|one[- ]off"
    r"|for\s+the\s+(?:fixed\s+term|whole|entire|project|contract|engagement))", re.I)

# -- the words around a figure -------------------------------------------------------

# Pay words and false friends are matched on word lists, not regexes: a
# case-insensitive alternation of a hundred words costs ~100 µs on a sentence,
# a token loop a few.
_TOKEN = regex.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|%")
_PAY_EXACT = frozenset((
    "pay", "paid", "compensation", "comp", "wage", "wages", "rate", "rates", "ote", "on-target", "base",
    "package", "tc", "range", "budgeted", "gehalt", "entgelt", "vergütung", "lohn", "salaire", "sueldo", "salario",
    "salaris", "loon", "doe", "commensurate", "negotiable", "hourly", "brut", "brutto", "annum", "stipend"))
_PAY_STEMS = ("salar", "remunera", "rémunéra", "compensat", "earn", "retribu")
_PAY_PHRASES = ("p.a.", "per annum", "depending on", "depending upon", "dependent on", "dependent upon",
                "based on experience", "on target", "total comp", "day rate", "per hour")
# "pay for your conference", "paid time off": the verb and the benefit, not pay.
_PAY_NOT_NEXT = frozenset(("for", "your", "you", "towards", "toward", "time", "leave", "holiday", "holidays",
                           "vacation", "parental", "sick", "off", "back", "system", "systems", "grade", "band"))
# A figure qualified by one of these is money, but not the job's pay.
_FF_EXACT = frozenset((
    "fee", "fees", "cap", "capped", "tips", "arr", "mrr", "gmv", "aum", "rent", "perk", "perks", "fund", "funds",
    "funding", "funded", "hire", "match", "matched", "matching", "cover", "covers", "covered", "raise", "raised",
    "raising", "sales", "loan", "loans", "house", "houses", "deposit", "deposits", "price", "prices", "priced",
    "cost", "costs", "charge", "charges", "spend", "spent", "gift", "gifts", "prize", "prizes", "award", "awards",
    "grant", "grants", "candidate", "candidates", "moving", "retention", "joining", "signing", "sign-on", "bonus",
    "bonuses", "budget", "budgets", "allowance", "allowances", "stipend", "stipends", "credit", "credits", "voucher",
    "vouchers", "discount", "discounts", "valuation", "valued", "acquired", "revenue", "revenues", "worth",
    "saving", "savings", "mortgage", "pension", "insurance", "coverage", "burn", "toward", "towards", "401",
    "assets", "asset", "bounty", "add", "adds", "additional", "extra", "increase", "increases", "benefit"))
_FF_STEMS = ("referr", "relocat", "reimburs", "expense", "donat", "contribut", "subsid", "disabilit", "invest",
             "acquisi", "averag")
_FF_PHRASES = ("sign on", "home office", "office setup", "pay system", "per user", "per seat", "per employee",
               "per candidate", "per hire", "% of", "series a", "series b", "series c", "series d",
               "maximum salary available", "maximum pay available")
# Nouns that make a figure a perk, a count or a market when they follow it
# ("$1,500 learning budget", "$60B market", "10k users"); before a figure they
# are usually about something else ("Machine Learning Engineer, £50-70k").
_FF_AFTER = frozenset((
    "market", "industry", "economy", "opportunity", "users", "members", "employees", "people", "customers",
    "round", "seed", "downloads", "transactions", "payments", "book", "books", "course", "courses", "meal",
    "meals", "gym", "internet", "phone", "mobile", "lunch", "lunches", "snacks", "parking", "travel", "laptop",
    "hardware", "equipment", "childcare", "charity", "transit", "conference", "conferences", "learning",
    "education", "training", "tuition", "wellness", "fitness", "coworking", "co-working", "commuter",
    "commuting", "servers"))
_IN_OF_PAY = frozenset(("base", "salary", "pay", "compensation", "cash", "total"))


def _pay_words(text: str) -> bool:
    low = text.lower()
    if any(p in low for p in _PAY_PHRASES):
        return True
    toks = _TOKEN.findall(low)
    for i, t in enumerate(toks):
        if t in _PAY_EXACT or t.startswith(_PAY_STEMS):
            if t in ("pay", "paid") and i + 1 < len(toks) and toks[i + 1] in _PAY_NOT_NEXT:
                continue
            return True
    return False


def _false_friend(toks: list[str], low: str, after: bool) -> bool:
    if any(p in low for p in _FF_PHRASES):
        return True
    for t in toks:
        if t in _FF_EXACT or t.startswith(_FF_STEMS) or (after and t in _FF_AFTER):
            return True
    return False


def _neg_after(text: str) -> bool:
    """A false friend in the few words after a figure, or "in funding" /
    "of assets" / a percent sign right after it."""
    low = text.lower()
    toks = _TOKEN.findall(low)[:6]
    if low.lstrip().startswith("%"):
        return True
    if toks and toks[0] in ("in", "of") and len(toks) > 1 and toks[1] not in _IN_OF_PAY:
        return True
    return _false_friend(toks, low, True)


def _neg_before(text: str) -> bool:
    """A false friend in the last few words before a figure, unless a pay word
    sits between it and the figure ("perks: competitive salary ($110-$160K)")."""
    low = text.lower()
    if any(p in low[-30:] for p in _FF_PHRASES):
        return True
    for t in reversed(_TOKEN.findall(low)[-4:]):
        if t in _PAY_EXACT or t.startswith(_PAY_STEMS):
            return False
        if t in _FF_EXACT or t.startswith(_FF_STEMS):
            return True
    return False


# Said just before a figure, these leave one end of the range open.
_OPEN_MAX = regex.compile(r"(?:<|≤|\bup\s*to|\bupto|\bmax(?:imum)?(?:\s+of)?|\bno\s+more\s+than|\bnot\s+to\s+exceed"
                       r"|\bas\s+much\s+as|\bunder|\bbis\s+zu|\bjusqu'à)[:\s~]*(?:about\s+|approx\.?\s+)?$", re.I)
_OPEN_MIN = regex.compile(r"(?:>|≥|\bstart(?:ing|s)?\s+(?:at|from)|\bfrom|\bat\s+least|\bminimum(?:\s+of)?|\bmin\.?"
                       r"|\bno\s+less\s+than|\bnot\s+less\s+than|\bupwards\s+of|\bin\s+excess\s+of|\bover"
                       r"|\bmore\s+than|\babove|\bab|\bà\s+partir\s+de)[:\s~]*$", re.I)
# Both patterns above end at the figure, and a search for a match that must end
# there tries every alternative at every position (~8 µs over 30 characters).
# So they run only when the words before the figure end as one of their
# alternatives does (ASCII text; other text always runs them).
_OPEN_MAX_ENDS = ("<", "to", "max", "maximum", "of", "than", "exceed", "as", "under", "zu")
_OPEN_MIN_ENDS = (">", "at", "from", "least", "minimum", "of", "min", "min.", "than", "over", "above", "ab")
_OPEN_AFTER = regex.compile(r"[ \t]*(?:and\s+up\b|and\s+above\b|or\s+more\b|or\s+above\b|\+(?!\s*\w)|plus\s*$)", re.I)
# Clause edges: pay words and false friends only count inside the clause of the figure.
_SENTENCE_EDGE = regex.compile(r"[.!?](?=\s)|[|•\u2022\u00b7]|\n[ \t]*\n|\n[ \t]*[-*+#>\u2013\u2014]|\n[ \t]*\d+\.\s")
_CLAUSE_STOP = regex.compile(r"[,;.(|\n+]|\b(?:plus|and|with|&)\b", re.I)
_SEGMENT_EDGE = regex.compile(r"[|•\u2022()\[\],;:\n]|\s[-\u2013\u2014]\s|^[ \t]*[-*+>]+[ \t]|\*\*")
# Words that may sit beside a figure without making the segment prose.
_QUIET_WORDS = frozenset(
    "a an and or plus with base salary pay comp compensation total equity options stock benefits bonus ote doe "
    "negotiable full-time fulltime full time part-time remote onsite on-site hybrid per year hour annum month day "
    "week yr hr p.a. pa gross brut annual annually yearly hourly monthly daily depending dependent on experience "
    "range up to from starting at about approx approximately around circa usd eur gbp cad aud the is of + ~ - "
    "package k pro rata fte".split())

# Grades: a pay reference without figures (US General Schedule, Canadian
# public service groups, NHS Agenda for Change bands).
_GRADE = regex.compile(
    r"\b(?:G[SGM][- ]?(?:1[0-5]|0?[1-9])(?:\s*(?:/|to|-|–|through)\s*(?:G[SGM][- ]?)?(?:1[0-5]|0?[1-9]))*(?![\d])"
    r"|(?:IT|EC|AS|PM|CS|FI|CR|EX|PG|IS|CO|BI|SP|ED|EL|GT|PC|AO|LS|LP|TI)-0[1-9]\b"
    r"|Band\s[1-9][a-d]?\b)"
)
_LIQUID_COMMENT = regex.compile(r"\{%-?\s*comment\b[^%]*%\}.*?(?:\{%-?\s*endcomment\b[^%]*%\}|\Z)", re.S)
# Grades named as a qualification ("experience equivalent to GS-12") or a
# future step ("promotions to GS-11") are not this job's pay.
_GRADE_NOT_PAY = regex.compile(r"equivalent|experience|lower|promot|qualif|at\s+least|time[- ]in[- ]grade|previous|prior",
                            re.I)
# Two single figures that are the ends of one range: table cells under
# "minimum"/"maximum" headers, or a template call `min="$X" max="$Y"`.
_PAIR_GAP = regex.compile(r"[\s|\"'=:,]*(?:max(?:imum)?(?:[ \t]+[a-z]+){0,3}|to|high(?:est)?)?[\s|\"'=:]*\Z", re.I)
_PAIR_CUE = regex.compile(r"\bmin(?:imum)?\b|\bmin=|\blow(?:est)?\b", re.I)
# A pay word as a label right before a bare figure: "Salary: 45,000", "Gehalt 50.000".
# Short stems must be whole words ("pay", not "payment" or "repay").
# Stems are searched only in the lines that hold a figure (see `_label_regions`),
# so a few stems cost little: "sala" covers salary, salaire, salario, salaris.
_LABEL_STEMS = (b"sala", b"compens", b"remunera", b"wage", b"pay", b"rate")
_LABEL_WORDS = frozenset(("pay", "rate", "rates", "wage", "wages"))
# Looked for at each ASCII digit (found with `bytes.find`, which is ten times
# cheaper than a regex scanning the whole body for them): a digit followed by k
# or three capitals, or a digit right after a letter ("USD 90", "GS-15", "Band 5";
# the code or grade is checked in Python).
_DIGIT_SIGNAL = regex.compile(r"[0-9](?: ?([kK]|[A-Z]{3})\b|(?<=[A-Z][0-9])|(?<=[A-Z][ -][0-9])|(?<=Band [0-9]))")
_CODE_SET = frozenset(_CODES)
_LABEL_GAP = regex.compile(r"[^\S\n]*(?:(?:range|rate|scale|band|is|of|:|between|from|up\s+to|starting\s+at|at|approx\.?"
                        r"|approximately|around|circa|c\.|~|-|–|\(|\*\*|brut|gross|annual|annually)[^\S\n]*)*",
                        re.I)
# The only way `_LABEL_GAP` crosses a line break: inside "up\s+to" or "starting\s+at".
_GAP_GOES_ON = regex.compile(r"\s*(?:to|at)", re.I)
_GAP_OPENERS = frozenset("tTaA" + "".join(chr(c) for c in range(0x3000) if chr(c).isspace()))
# For `_anchors`: ASCII letters lower-cased, digits to "0", the rest unchanged.
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789", b"abcdefghijklmnopqrstuvwxyz000000000")
# Past this many non-ASCII characters (a posting not in a Latin script), finding
# the non-ASCII digits one by one costs more than reading every line for labels.
_MAX_NON_ASCII = 64


class _Hit:
    """One statement of pay found in text, before it becomes a PayFact."""

    __slots__ = ("start", "end", "lo", "hi", "currency", "dollar", "written", "period", "period_explicit",
                 "no_period", "open_min", "open_max", "plus")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end
        self.lo: float | None = None
        self.hi: float | None = None
        self.currency: str | None = None
        self.dollar = False  # a bare "$": which dollar is decided by place
        self.written = False  # a currency sign, code or word is in the text
        self.period: str | None = None
        self.period_explicit = False
        self.no_period = False  # a fee for the whole job ("fixed bid", "total")
        self.open_min = False  # "up to $90k": no minimum
        self.open_max = False  # "$100k+", "from £30k": no maximum
        self.plus = False  # "£55,000 - £80,000+": both ends, top not capped


# -- entry point --------------------------------------------------------------------

def extract_pay(posting) -> list[PayFact]:
    """Every statement of pay in `posting`, metadata first, then body in order."""
    places = _Places(posting)
    facts = _metadata_facts(posting, places)
    body = posting.body
    anchors, labelled, grades = _anchors(body)
    if anchors or grades:
        facts.extend(_body_facts(posting, body, places, anchors, labelled, grades))
    return facts


# -- body -------------------------------------------------------------------------

def _body_facts(posting, body: str, places: _Places, anchors: list[int], labelled: set[int],
                grades: list[re.Match]) -> list[PayFact]:
    skip = _template_comments(body)
    hits: list[_Hit] = []
    last_end = -1
    for ws, we in _windows(body, anchors):
        for hit in _phrases(body, ws, we, labelled):
            if hit.start < last_end or _inside(hit.start, skip):
                continue
            if _accept(body, hit, hit.start in labelled):
                hits.append(hit)
                last_end = hit.end
    # Fact text comes from the body so HTML markup inside a figure's span is gone.
    facts = [_to_fact(body, h, "body", places) for h in _pair_singles(body, hits)]
    facts.extend(_grades(body, grades, facts, skip))
    facts.sort(key=lambda f: f.start)
    return facts


def _pair_singles(body: str, hits: list[_Hit]) -> list[_Hit]:
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.lo == prev.hi and hit.lo == hit.hi and prev.lo < hit.lo
                and prev.currency == hit.currency and prev.dollar == hit.dollar and prev.period == hit.period
                and not (prev.open_min or prev.open_max or hit.open_min or hit.open_max)
                and _PAIR_GAP.match(body[prev.end:hit.start])
                and _PAIR_CUE.search(body, max(0, prev.start - 200), prev.start)):
            prev.hi, prev.end = hit.hi, hit.end
            continue
        out.append(hit)
    return out


def _template_comments(body: str) -> list[tuple[int, int]]:
    """Liquid `{% comment %}` blocks: template instructions with example
    figures ("GS-15 Step 1: $172,075") that never reach the page."""
    if "comment" not in body or "{%" not in body:
        return []
    return [(m.start(), m.end()) for m in _LIQUID_COMMENT.finditer(body)]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _anchors(body: str) -> tuple[list[int], set[int], list[re.Match]]:
    """Offsets worth a closer look: currency signs, codes next to digits,
    k-figures, and bare figures right after a pay label (also returned in
    `labelled`: the only place a figure with no currency and no k is read);
    plus the grade references. All empty for most postings, which is the
    prefilter: see the module docstring for why there is no big regex here."""
    found: list[int] = []
    grades: list[re.Match] = []
    for sign in ("$", "£", "€", "¥", "₹", "₩"):
        i = body.find(sign)
        while i != -1:
            found.append(i)
            i = body.find(sign, i + 1)
    # The body as bytes with the same offsets: letters lower-cased, every ASCII
    # digit a "0" and every other character a "?", so digit runs and label
    # words are found with `bytes.find`, at memory speed.
    folded = body.encode("ascii", "replace").translate(_FOLD)
    n = len(body)
    runs: list[int] = []  # start of each run of ASCII digits
    i = folded.find(b"0")
    while i != -1:
        runs.append(i)
        j = i + 1
        while j < n and folded[j] == 48:  # "0"
            j += 1
        # The signal regex needs a capital, or "Band" / a capital and " " or "-",
        # right before a run (a grade or code), or a "k" or a capital right after
        # it, past one space (a k-figure or code). Most runs have neither, and a
        # digit inside a run has digits on both sides.
        prev = body[i - 1] if i else "\n"
        lead = "A" <= prev <= "Z" or (prev in " -" and i >= 2 and (
            "A" <= body[i - 2] <= "Z" or (prev == " " and body[i - 2] == "d")))
        after = body[j] if j < n else "\n"
        if after == " " and j + 1 < n:
            after = body[j + 1]
        tail = after in "kK" or "A" <= after <= "Z"
        if lead or (tail and j - 1 == i):
            m = _DIGIT_SIGNAL.match(body, i)
            if m is not None:
                _digit_signal(body, m, found, grades)
        if tail and j - 1 > i:
            m = _DIGIT_SIGNAL.match(body, j - 1)
            if m is not None:
                _digit_signal(body, m, found, grades)
        i = folded.find(b"0", j)
    labelled: set[int] = set()
    regions = _label_regions(body, folded, runs)
    if regions:
        # All the regions in one string, so each stem is one `find`; "\n" between
        # them, as no stem spans one.
        text = b"\n".join([folded[start:end] for start, end in regions])
        offsets = []  # where each region starts in `text`
        at = 0
        for start, end in regions:
            offsets.append(at)
            at += end - start + 1
        for stem in _LABEL_STEMS:
            k = text.find(stem)
            while k != -1:
                r = bisect_right(offsets, k) - 1
                i = regions[r][0] + k - offsets[r]
                j = i + len(stem)
                while j < n and body[j].isalpha():
                    j += 1
                if (i == 0 or not body[i - 1].isalpha()) and (len(stem) > 3 or body[i:j].lower() in _LABEL_WORDS):
                    at = _LABEL_GAP.match(body, j).end()
                    if at < n and body[at].isdigit():
                        labelled.add(at)
                        found.append(at)
                k = text.find(stem, k + j - i)
    found.sort()
    return found, labelled, grades


def _digit_signal(body: str, m: re.Match, found: list[int], grades: list[re.Match]) -> None:
    """A k-figure or a currency code next to a figure is an anchor; a letter
    before a figure may make it a grade ("GS-15", "Band 5")."""
    word = m.group(1)
    at = m.start()
    if word is not None:
        if word in "kK" or word in _CODE_SET:
            found.append(at)
        return
    sep = body[at - 1] in " -"
    code = body[at - 3 - sep:at - sep]
    if code in _CODE_SET:
        found.append(at - 3 - sep)
        return
    lead = at - 5 if body[at - 5:at - 1] == "Band" else at - 2 - sep
    if lead >= 0 and (lead == 0 or not body[lead - 1].isalnum()) and (not grades or grades[-1].end() <= lead):
        grade = _GRADE.match(body, lead)
        if grade is not None:
            grades.append(grade)


def _label_regions(body: str, folded: bytes, runs: list[int]) -> list[tuple[int, int]]:
    """Where a pay label with a figure after it can be: the text before each
    figure on its line. `_LABEL_GAP` keeps a label and its figure on one line
    except inside "up to" / "starting at", so a line is joined to the one
    before when it opens with "to" or "at". Figures are the digit runs, ASCII
    or not (`str.isdigit`, as the label check reads them)."""
    if not body.isascii():
        if folded.count(b"?") - body.count("?") > _MAX_NON_ASCII:
            return [(0, len(body))]
        runs = runs.copy()
        i = folded.find(b"?")
        while i != -1:
            if body[i].isdigit():
                runs.append(i)
            i = folded.find(b"?", i + 1)
        runs.sort()
    regions: list[tuple[int, int]] = []
    line_end = -1
    for at in runs:
        if at < line_end:  # same line as the last figure
            regions[-1] = (regions[-1][0], at)
            continue
        start = folded.rfind(b"\n", 0, at) + 1
        line_end = folded.find(b"\n", at)
        if line_end == -1:
            line_end = len(body)
        while start > 0 and body[start] in _GAP_OPENERS and _GAP_GOES_ON.match(body, start):
            start = folded.rfind(b"\n", 0, start - 1) + 1
        while regions and start <= regions[-1][1]:
            start = min(start, regions.pop()[0])
        regions.append((start, at))
    return regions


def _windows(body: str, anchors: list[int]) -> list[tuple[int, int]]:
    """Merged spans around the anchors, widened to whitespace so no figure is cut."""
    spans: list[tuple[int, int]] = []
    n = len(body)
    for a in anchors:
        ws, we = max(0, a - 60), min(n, a + 90)
        while ws > 0 and not body[ws - 1].isspace() and a - ws < 90:
            ws -= 1
        while we < n and not body[we].isspace() and we - a < 120:
            we += 1
        if spans and ws <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(we, spans[-1][1]))
        else:
            spans.append((ws, we))
    return spans


def _phrases(text: str, start: int, end: int, labelled: set[int] | None):
    """Each money phrase in text[start:end], in order, as a _Hit. `labelled`:
    where bare figures may start (None: anywhere, as in a pay field's value)."""
    pos = start
    while pos < end:
        m = _PHRASE.search(text, pos, end)
        if m is None:
            return
        if m.end() == m.start():
            pos = m.start() + 1
            continue
        hit, resume = _read_phrase(text, m, labelled)
        pos = max(resume, m.start() + 1)
        if hit is not None:
            yield hit


def _read_phrase(text: str, m: re.Match, labelled: set[int] | None) -> tuple[_Hit | None, int]:
    """Turn a grammar match into a _Hit (amounts, currency, open ends, period),
    or None when it is no money at all. Also returns where to scan next."""
    g = m.group
    lo_start = m.start("lo_pre") if g("lo_pre") else m.start("lo")
    if g("rest") and g("conn").strip() == "and" and g("between") is None:
        return None, m.start("conn")
    if g("hi_pre") and not (g("lo_pre") or g("lo_post")):
        # "Step 1 - $79,468": a currency on the second figure only means the
        # first is some other number; start again at the second.
        return None, m.start("hi_pre")
    lo_val, lo_mult = _number(g("lo")), g("lo_mult")
    if lo_val is None:
        return None, m.end()
    has_hi = g("hi") is not None
    # A range's second figure may be a different thing ("$120k - 2 weeks"):
    # keep only figures that look like money on their own or share the first's look.
    is_labelled = labelled is None or lo_start in labelled
    if has_hi and not (g("hi_pre") or g("hi_mult") or g("hi_post") or g("lo_pre") or g("lo_post")
                       or lo_mult or is_labelled):
        has_hi = False
    end = m.end("hi_post") if has_hi and g("hi_post") else m.end("hi_mult") if has_hi and g("hi_mult") else \
        m.end("hi") if has_hi else (m.end("lo_post") if g("lo_post") else m.end("lo_mult") if lo_mult else m.end("lo"))
    hit = _Hit(lo_start, end)
    mults = [lo_mult, g("hi_mult") if has_hi else None]
    if any(x and x[0] in "mMbBt" and x.lower() not in ("k",) for x in mults if x):
        return None, m.end()  # millions and billions: funding, revenue, markets
    codes = [c for c in (g("lo_pre"), g("lo_post"), g("hi_pre") if has_hi else None,
                         g("hi_post") if has_hi else None) if c]
    currency, dollar, written = _currency_of(codes)
    bare = not written
    if bare and not lo_mult and not (has_hi and g("hi_mult")) and not is_labelled:
        return None, (m.start("rest") if has_hi else m.end())
    if g("lo") in ("401", "403", "457") and lo_mult and lo_mult.lower() == "k" and bare:
        return None, m.end()  # 401(k) and friends
    lo = lo_val * _mult_value(lo_mult)
    hi = None
    if has_hi:
        hi_val = _number(g("hi"))
        if hi_val is None:
            return None, m.end()
        hi = hi_val * _mult_value(g("hi_mult"))
        lo, hi = _share_multiplier(lo_val, lo_mult, hi_val, g("hi_mult"), lo, hi)
        if lo > hi:
            lo, hi = hi, lo
    hit.lo, hit.hi = lo, (hi if hi is not None else lo)
    hit.currency, hit.dollar, hit.written = currency, dollar, written
    hit.plus = bool(g("plus") or g("lo_plus"))
    if not has_hi and g("lo_plus"):
        hit.end = max(hit.end, m.end("lo_plus"))
    if g("plus"):
        hit.end = max(hit.end, m.end("plus"))
    if not has_hi:
        before = text[max(0, lo_start - 30):lo_start]
        tail, approx_tail = _open_tails(before)
        if (tail is None or tail.endswith(_OPEN_MAX_ENDS) or approx_tail.endswith(_OPEN_MAX_ENDS)) \
                and _OPEN_MAX.search(before):
            hit.open_min = True
        elif ((tail is None or tail.endswith(_OPEN_MIN_ENDS)) and _OPEN_MIN.search(before)) or hit.plus \
                or _OPEN_AFTER.match(text, hit.end):
            hit.open_max = True
    _period(text, hit, m.end("lo") if has_hi else None)
    if not hit.period_explicit and any(x and x.upper() == "LPA" for x in mults):
        hit.period, hit.period_explicit = "year", True  # lakhs per annum
    resume = m.end() if has_hi or not g("rest") else m.start("rest")
    return hit, resume


def _open_tails(before: str) -> tuple[str | None, str]:
    """The lower-cased words before a figure without the trailing `[:\\s~]*`
    both patterns allow, and the same past an "about" / "approx." that
    `_OPEN_MAX` also allows; None when the text is not ASCII (then case-blind
    matching is more than `str.lower`)."""
    if not before.isascii():
        return None, ""
    tail = _trim_end(before).lower()
    for word in ("about", "approx.", "approx"):
        if tail.endswith(word):
            return tail, _trim_end(tail[:-len(word)])
    return tail, ""


def _trim_end(text: str) -> str:
    end = len(text)
    while end and (text[end - 1] in ":~" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def _currency_of(codes: list[str]) -> tuple[str | None, bool, bool]:
    """(ISO code, is a bare dollar, written) from the signs and codes around a figure.
    A code wins over a bare "$" ("$110k AUD")."""
    currency, dollar = None, False
    for c in codes:
        c = c.strip().rstrip(".")
        if c == "$A":
            currency, dollar = "AUD", False
        elif c.endswith("$"):
            named = _DOLLAR_PREFIX.get(c[:-1].upper()) if len(c) > 1 else None
            if named:
                currency, dollar = named, False
            elif currency is None:
                dollar = True
        elif c in _SIGNS:
            currency, dollar = _SIGNS[c], False
        elif c.upper() in _CODES:
            currency, dollar = ("CNY" if c.upper() == "RMB" else c.upper()), False
        else:
            word = _WORD_CURRENCY.get(c.lower())
            if word:
                currency, dollar = word, False
            elif c.lower().startswith("dollar") and currency is None:
                dollar = True
    return currency, dollar, bool(codes)


_DECIMALS = regex.compile(r"(.*?)(?:([.,])(\d{1,2}))?")


def _number(raw: str) -> float | None:
    s = raw.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    for sep in (" ", "'", "’"):
        s = s.replace(sep, "")
    # A last group of 1-2 digits is decimals; groups of 3 are thousands.
    m = _DECIMALS.fullmatch(s)
    whole, dec = m.group(1), m.group(3)
    whole = whole.replace(",", "").replace(".", "")
    if not whole.isdigit():
        return None
    return float(whole) + (float("0." + dec) if dec else 0.0)


def _mult_value(mult: str | None) -> float:
    if not mult:
        return 1.0
    m = mult.lower()
    if m == "k" or m == "thousand":
        return 1e3
    if m.startswith(("lakh", "lac", "lpa")):
        return 1e5
    if m.startswith("crore"):
        return 1e7
    return 1.0


def _share_multiplier(lo_val, lo_mult, hi_val, hi_mult, lo, hi):
    """A multiplier written once covers both figures: "$100 - $130K",
    "80-100k", "£45 - 65k", "$35K - $60"; "£24-30,000" reads as thousands too."""
    if hi_mult and not lo_mult and lo_val < 1000 <= hi:
        scaled = lo_val * _mult_value(hi_mult)
        if scaled <= hi * 1.5:
            return scaled, hi
    if lo_mult and not hi_mult and hi_val < 1000 <= lo:
        scaled = hi_val * _mult_value(lo_mult)
        if scaled * 1.5 >= lo:
            return lo, scaled
    if not lo_mult and not hi_mult and lo_val < 1000 and hi_val >= 1000 and hi_val % 1000 == 0:
        scaled = lo_val * 1000
        if hi_val / 3 <= scaled <= hi_val:
            return scaled, hi
    return lo, hi


def _period(text: str, hit: _Hit, lo_end: int | None) -> None:
    """The period written after the figures (or after the first one), else
    before them in the clause; marks fees for a whole job as having none."""
    after = _PERIOD_AFTER.match(text, hit.end)
    if after is None and lo_end is not None:
        after = _PERIOD_AFTER.match(text, lo_end)
        if after is not None and after.end() > hit.end:
            after = None
    if after is not None:
        hit.period = after.lastgroup
        hit.period_explicit = True
        if after.end() > hit.end:
            hit.end = after.end()
        return
    if _NO_PERIOD.match(text, hit.end):
        hit.no_period = True
        return
    clause = _clause_before(text, hit.start, 60)
    found = None
    for found in _PERIOD_BEFORE.finditer(clause):
        pass
    if found is not None:
        hit.period = found.lastgroup
        hit.period_explicit = True


def _clause_before(text: str, start: int, limit: int) -> str:
    """The text from the start of the sentence up to `start`, at most `limit` chars."""
    window = text[max(0, start - limit):start]
    edge = None
    for edge in _SENTENCE_EDGE.finditer(window):
        pass
    return window[edge.end():] if edge is not None else window


def _accept(body: str, hit: _Hit, labelled: bool) -> bool:
    """Is this figure the job's pay? See the module docstring for the reasoning."""
    # The clause right around the figure, cut at the first join ("+", "plus",
    # ",") so "$120k base + bonus" keeps its salary and "$5k signing bonus" does not.
    after_text = body[hit.end:hit.end + 50]
    stop = _CLAUSE_STOP.search(after_text)
    near_after = after_text[:stop.start()] if stop else after_text
    if _neg_after(near_after):
        return False
    near_before = _clause_before(body, hit.start, 50)
    # The figure's own clause; a figure in parentheses takes the clause the
    # parenthesis explains ("life insurance ($200,000)").
    trimmed = near_before.rstrip()
    if trimmed.endswith("("):
        trimmed = trimmed[:-1]
    cut = None
    for cut in _CLAUSE_STOP.finditer(trimmed):
        pass
    local_before = trimmed[cut.end():] if cut is not None else trimmed
    if _neg_before(local_before):
        return False
    if not _plausible(hit):
        return False
    if labelled:
        return True
    # A bare k-figure followed by a noun is a count ("250k instructors who
    # have earned..."), whatever pay words share its sentence.
    if not hit.written and not hit.period_explicit:
        first = _TOKEN.findall(near_after.lower())[:1]
        if first and first[0] not in _QUIET_WORDS:
            return False
    sentence_before = _clause_before(body, hit.start, 160)
    if _pay_words(sentence_before):
        return True
    tail = body[hit.end:hit.end + 80]
    edge = _SENTENCE_EDGE.search(tail)
    if _pay_words(tail[:edge.start()] if edge else tail):
        return True
    if _label_above(body, hit.start):
        return True
    # A figure with its period written is pay-shaped enough to take its pay
    # word from the sentence before: "a flat rate of pay for all staff. This
    # is currently set at £37,008 p.a."
    if hit.period_explicit and _pay_words(body[max(0, hit.start - 200):hit.start]):
        return True
    return _stands_alone(body, hit)


def _label_above(body: str, start: int) -> bool:
    """A short label line just above: "**Salary:**", "Salary and benefits"."""
    line_start = body.rfind("\n", 0, start) + 1
    if body[line_start:start].strip():
        return False
    prev_end = line_start - 1
    while prev_end > 0:
        prev_start = body.rfind("\n", 0, prev_end) + 1
        line = body[prev_start:prev_end].strip()
        if line:
            return len(line) <= 60 and _pay_words(line)
        prev_end = prev_start - 1
    return False


def _stands_alone(body: str, hit: _Hit) -> bool:
    """The figure is what its segment is about: it opens a segment of a header
    line and is written as pay is (a range or a k-figure), or it has at most
    two words of company."""
    left = body[max(0, hit.start - 120):hit.start]
    edges = list(_SEGMENT_EDGE.finditer(left))
    seg_left = left[edges[-1].end():] if edges else left
    if not edges and hit.start > 120:
        return False
    right = body[hit.end:hit.end + 120]
    edge = _SEGMENT_EDGE.search(right)
    seg_right = right[:edge.start()] if edge else right
    if len(seg_right) >= 120:
        return False
    words_left = [w for w in re.findall(r"[\w.+~-]+", seg_left.lower()) if w not in _QUIET_WORDS]
    words_right = [w for w in re.findall(r"[\w.+~-]+", seg_right.lower()) if w not in _QUIET_WORDS]
    shorthand = hit.hi != hit.lo or "k" in body[hit.start:hit.end].lower()
    # A written currency opening a segment is enough ("| $95k-$250k driven by
    # what you bring"); a bare k-figure must be a range with little after it
    # (">25k servers" is a count).
    # The segment may open inside a sentence about something else:
    # "max out 401k savings $57k ($63.5k if over 50)", "life insurance ($200,000)".
    line_start = body.rfind("\n", 0, hit.start) + 1
    if _neg_before(_clause_before(body, hit.start, min(60, hit.start - line_start))):
        return False
    if not words_left and shorthand and not _neg_after(seg_right[:40]) and (
            hit.written or (hit.hi != hit.lo and len(words_right) <= 2)):
        return True
    # A single figure needs a segment of its own, a line or a table cell, not a
    # parenthesis in prose ("the app costs (around 3€ one-time)"), and must be
    # big enough to be a salary when no period is written.
    if hit.hi == hit.lo and not shorthand:
        opener = edges[-1].group(0) if edges else "\n"
        if "(" in opener or "[" in opener or (not hit.period_explicit and hit.lo < 1000 * _SCALE.get(
                hit.currency or "", 1)):
            return False
    return len(words_left) + len(words_right) <= 2 and (hit.written or not words_right)


def _plausible(hit: _Hit) -> bool:
    """Bounds per period in US-dollar-sized units: "$200/yr book budget" and
    "$0.39 per day" are not salaries whatever the words around them say."""
    scale = _SCALE.get(hit.currency or "", 1)
    top = max(x for x in (hit.lo, hit.hi) if x is not None) / scale
    low = min(x for x in (hit.lo, hit.hi) if x is not None) / scale
    period = hit.period if hit.period_explicit else None
    bounds = {"hour": (2, 2000), "day": (20, 10000), "week": (100, 50000), "month": (200, 300000),
              "year": (5000, 10_000_000), None: (2, 10_000_000)}[period]
    return bounds[0] <= low and top <= bounds[1]


def _infer_period(lo: float | None, hi: float | None, currency: str | None) -> str:
    values = [v for v in (lo, hi) if v]
    mid = math.sqrt(values[0] * values[-1]) if values else 0
    mid /= _SCALE.get(currency or "", 1)
    if mid < 200:
        return "hour"
    if mid < 1500:
        return "day"
    if mid < 20000:
        return "month"
    return "year"


def _to_fact(text: str, hit: _Hit, source: str, places: _Places,
             currency_hint: str | None = None) -> PayFact:
    lo, hi = hit.lo, hit.hi
    open_ended = hit.open_min or hit.open_max or hit.plus
    if hit.open_min:
        lo = None
    elif hit.open_max:
        hi = None
    currency, inferred = hit.currency, False
    if currency is None and hit.dollar:
        currency = places.dollar()
    elif currency is None:
        currency = currency_hint or places.local()
        inferred = currency is not None
    period, period_inferred = hit.period, False
    if period is None and not hit.no_period:
        period, period_inferred = _infer_period(lo, hi, currency), True
    return PayFact(min=lo, max=hi, currency=currency, period=period, open_ended=open_ended,
                   start=hit.start, end=hit.end, source=source, text=" ".join(text[hit.start:hit.end].split()),
                   period_inferred=period_inferred, currency_inferred=inferred)


def _grades(body: str, grades: list[re.Match], facts: list[PayFact], skip: list[tuple[int, int]]
            ) -> list[PayFact]:
    """Grade references with no figure on their line, once per grade."""
    if not grades:
        return []
    lines_with_amounts = {(body.rfind("\n", 0, f.start), body.find("\n", f.start)) for f in facts}
    seen: set[str] = set()
    out = []
    for m in grades:
        if _inside(m.start(), skip) or _GRADE_NOT_PAY.search(_clause_before(body, m.start(), 120)):
            continue
        line = (body.rfind("\n", 0, m.start()), body.find("\n", m.start()))
        if line in lines_with_amounts:
            continue
        key = re.sub(r"[\s-]|(?<=[A-Z])0", "", m.group(0)).upper()
        if key in seen:
            continue
        seen.add(key)
        out.append(PayFact(min=None, max=None, currency=None, period=None, open_ended=False,
                           start=m.start(), end=m.end(), source="body", text=m.group(0), kind="grade"))
    return out


# -- metadata ---------------------------------------------------------------------

_META_CORE = frozenset(("salary", "salaries", "compensation", "comp", "remuneration", "wage", "wages", "pay",
                        "payrange", "payrate", "payscale", "salaryrange", "basesalary", "estimatedsalary",
                        "hourlyrate", "dayrate", "dailyrate", "salaryestimate", "payband", "compensationrange"))
_META_GRADE = frozenset(("gs", "gsgrade", "gslevel", "grade", "paygrade", "payband", "salarygrade",
                         "salaryband", "classification"))
_MIN_MARK = ("minimum", "minvalue", "min", "lower", "low", "from", "start", "starting", "floor")
_MAX_MARK = ("maximum", "maxvalue", "max", "upper", "high", "to", "top", "ceiling")
_CUR_MARK = ("currencycode", "currency", "cur")
_PER_MARK = ("unittext", "unit", "period", "interval", "frequency", "per", "basis", "type")
_UNIT = {"hour": "hour", "hourly": "hour", "hr": "hour", "h": "hour", "day": "day", "daily": "day",
         "week": "week", "weekly": "week", "wk": "week", "month": "month", "monthly": "month", "mo": "month",
         "year": "year", "yearly": "year", "annual": "year", "annually": "year", "yr": "year",
         "annum": "year", "peryear": "year", "perhour": "hour", "permonth": "month", "perday": "day",
         "perweek": "week"}


_KEY_CACHE: dict[str, tuple[str, str, str]] = {}


def _key_info(key: str) -> tuple[str, str, str]:
    """(normalised key, role, core), cached: postings repeat the same few keys."""
    found = _KEY_CACHE.get(key)
    if found is None:
        norm = re.sub(r"[^a-z]", "", key.lower())
        role, core = _split_key(norm)
        found = (norm, role, core)
        if len(_KEY_CACHE) < 4096:
            _KEY_CACHE[key] = found
    return found


def _split_key(k: str) -> tuple[str, str]:
    """("min"|"max"|"currency"|"period"|"", core) for a normalised key name:
    "salary_min" -> ("min", "salary"), "min_payrange" -> ("min", "payrange")."""
    if k in _META_CORE:
        return "", k
    for role, marks in (("currency", _CUR_MARK), ("period", _PER_MARK), ("min", _MIN_MARK), ("max", _MAX_MARK)):
        for mark in marks:
            if k.startswith(mark) and k[len(mark):] in _META_CORE:
                return role, k[len(mark):]
            if k.endswith(mark) and k[:-len(mark)] in _META_CORE:
                return role, k[:-len(mark)]
    return "", ""


def _metadata_facts(posting, places: _Places) -> list[PayFact]:
    meta = posting.meta
    if not meta:
        return []
    extra = {re.sub(r"[^a-z]", "", k.lower()) for k in posting.settings.fields.get("pay", ())}
    facts: list[PayFact] = []
    _walk_meta(posting, meta, "", 0, extra, facts, places)
    facts.sort(key=lambda f: f.start)
    return facts


def _walk_meta(posting, mapping: dict, prefix: str, depth: int, extra: set[str], facts: list[PayFact],
               places: _Places) -> None:
    # Keys split across siblings ("salary_min", "salary_max", "salary_currency")
    # make one fact per core name.
    groups: dict[str, dict] = {}
    for key, value in mapping.items():
        if not isinstance(key, str) or key.startswith("@"):
            continue
        path = prefix + key
        norm, role, core = _key_info(key)
        if norm in extra:
            role, core = "", norm
        if core:
            groups.setdefault(core, {})[role or "value"] = (path, value)
        elif norm in _META_GRADE and _grade_value(norm, value):
            span = _span(posting, path)
            facts.append(PayFact(min=None, max=None, currency=None, period=None, open_ended=False,
                                 start=span[0], end=span[1], source="metadata",
                                 text=_grade_value(norm, value), kind="grade"))
        elif isinstance(value, dict) and depth < 3:
            _walk_meta(posting, value, path + ".", depth + 1, extra, facts, places)
    for parts in groups.values():
        facts.extend(_meta_group(posting, parts, places))


def _grade_value(norm: str, value) -> str:
    if isinstance(value, bool) or value in (None, "", 0):
        return ""
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        if norm.startswith("gs") or norm in ("grade", "paygrade"):
            return f"GS-{int(float(value))}" if norm.startswith("gs") else str(value).strip()
        return str(value).strip()
    if isinstance(value, str) and _GRADE.search(value):
        return _GRADE.search(value).group(0)
    return ""


def _span(posting, path: str) -> tuple[int, int]:
    span = posting.spans.get(path)
    while span is None and "." in path:
        # JSON-LD keeps spans for top-level keys only: point at the parent.
        path = path.rsplit(".", 1)[0]
        span = posting.spans.get(path)
    if span is None:
        return 0, 0
    if span.value_end > span.value_start:
        end = span.value_end
        while end > span.value_start and posting.text[end - 1].isspace():
            end -= 1
        return span.value_start, end
    return span.key_start, span.key_end


def _meta_group(posting, parts: dict, places: _Places) -> list[PayFact]:
    currency = _currency_word(parts["currency"][1]) if "currency" in parts else None
    period = _unit(parts["period"][1]) if "period" in parts else None
    out: list[PayFact] = []
    if "value" in parts:
        path, value = parts["value"]
        out.extend(_meta_value(posting, path, value, currency, period, places))
    lo = _as_number(parts["min"][1]) if "min" in parts else None
    hi = _as_number(parts["max"][1]) if "max" in parts else None
    if lo is not None or hi is not None:
        spans = [_span(posting, parts[r][0]) for r in ("min", "max") if r in parts]
        start, end = min(s[0] for s in spans), max(s[1] for s in spans)
        out.append(_meta_fact(posting, start, end, lo, hi, currency, period, places))
    return out


def _meta_value(posting, path: str, value, currency, period, places: _Places) -> list[PayFact]:
    start, end = _span(posting, path)
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, (int, float)):
        return [_meta_fact(posting, start, end, float(value), float(value), currency, period, places)]
    if isinstance(value, dict):
        return _meta_dict(posting, path, value, currency, period, places)
    if isinstance(value, list):
        out = []
        for i, item in enumerate(value[:20]):
            out.extend(_meta_value(posting, f"{path}.{i}", item, currency, period, places))
        return out
    if isinstance(value, str):
        return _meta_string(posting, path, value, currency, period, places)
    return []


def _meta_dict(posting, path: str, value: dict, currency, period, places: _Places) -> list[PayFact]:
    """schema.org MonetaryAmount / QuantitativeValue, or a home-made
    {min, max, currency, period} mapping."""
    lo = hi = single = None
    nested = None
    for key, item in value.items():
        if not isinstance(key, str) or key.startswith("@"):
            continue
        k = re.sub(r"[^a-z]", "", key.lower())
        if k in _CUR_MARK:
            currency = _currency_word(item) or currency
        elif k in _PER_MARK or k == "unittext":
            period = _unit(item) or period
        elif k in _MIN_MARK:
            lo = _as_number(item)
        elif k in _MAX_MARK:
            hi = _as_number(item)
        elif k in ("value", "amount"):
            if isinstance(item, dict):
                nested = (f"{path}.{key}", item)
            else:
                single = _as_number(item)
    if nested is not None:
        return _meta_dict(posting, nested[0], nested[1], currency, period, places)
    start, end = _span(posting, path)
    if lo is None and hi is None and single is not None:
        lo = hi = single
    if lo is None and hi is None:
        return []
    return [_meta_fact(posting, start, end, lo, hi, currency, period, places)]


def _meta_string(posting, path: str, value: str, currency, period, places: _Places) -> list[PayFact]:
    """A string value is read with the body grammar; the key already says it is pay."""
    start, end = _span(posting, path)
    text = posting.text
    if not (0 <= start < end <= len(text)) or text[start:end].find(value.strip()[:8]) < 0:
        text, start, end = value, 0, len(value)  # no usable span (JSON-LD): read the value itself
        where = _span(posting, path)
    else:
        where = None
    out: list[PayFact] = []
    last_end = -1
    for hit in _phrases(text, start, end, None):
        if hit.start < last_end or not _meta_ok(text, hit):
            continue
        last_end = hit.end
        if period and not hit.period_explicit:
            hit.period, hit.period_explicit = period, True
        fact = _to_fact(text, hit, "metadata", places, currency)
        if currency and not hit.written:
            fact = replace(fact, currency=currency, currency_inferred=False)
        if where is not None:
            fact = replace(fact, start=where[0], end=where[1])
        out.append(fact)
    if not out and _GRADE.search(value):
        grade = _GRADE.search(value).group(0)
        out.append(PayFact(min=None, max=None, currency=None, period=None, open_ended=False,
                           start=start if where is None else where[0], end=end if where is None else where[1],
                           source="metadata", text=grade, kind="grade"))
    return out


def _meta_ok(text: str, hit: _Hit) -> bool:
    after = text[hit.end:hit.end + 40]
    stop = _CLAUSE_STOP.search(after)
    if _neg_after(after[:stop.start()] if stop else after):
        return False
    return _plausible(hit)


def _meta_fact(posting, start, end, lo, hi, currency, period, places: _Places) -> PayFact:
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    inferred = currency is None
    if currency is None:
        currency = places.local()
    inferred = inferred and currency is not None
    period_inferred = period is None
    if period is None:
        period = _infer_period(lo, hi, currency)
    return PayFact(min=lo, max=hi, currency=currency, period=period,
                   open_ended=(lo is None) != (hi is None), start=start, end=end, source="metadata",
                   text=posting.text[start:end], period_inferred=period_inferred, currency_inferred=inferred)


def _as_number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        m = re.search(rf"({_NUM})\s?([kK])?", value)
        if m:
            n = _number(m.group(1))
            return None if n is None else n * (1000 if m.group(2) else 1)
    return None


def _currency_word(value) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip()
    if v.upper() in _CODES:
        return v.upper()
    if v in _SIGNS:
        return _SIGNS[v]
    return _DOLLAR_PREFIX.get(v[:-1].upper()) if v.endswith("$") and len(v) > 1 else None


def _unit(value) -> str | None:
    if not isinstance(value, str):
        return None
    return _UNIT.get(re.sub(r"[^a-z]", "", value.lower()))


# -- place, for currency -------------------------------------------------------------

# Plain substrings, tested with `in`: regexes over the body for these cost
# over a millisecond a posting, `in` a few microseconds.
_DOLLAR_PLACES = {
    "CAD": ("Canada", "Canadian", "Toronto", "Vancouver", "Montreal", "Montréal", "Ottawa", "Calgary",
            "Edmonton", "Winnipeg", "Halifax", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta",
            "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Mississauga"),
    "AUD": ("Australia", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Queensland"),
    "NZD": ("New Zealand", "Auckland", "Christchurch"),
    "SGD": ("Singapore",),
    "HKD": ("Hong Kong",),
}
_US_WORDS = ("United States", "USA", "U.S.", "America", "New York", "NYC", "San Francisco", "Bay Area",
             "Seattle", "Boston", "Chicago", "Austin", "Los Angeles", "Denver", "Atlanta", "Remote (US",
             "US only", "US-based", "US based")
# Short metadata text may also say "Austin, TX".
_US_STATE = regex.compile(r", (?:AL|AK|AZ|AR|CA|CO|CT|DC|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
                       r"|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b|\bUS\b")
# For figures with no currency at all; only a few big labour markets, and only
# when one of them alone is named.
_LOCAL_PLACES = {
    "GBP": ("United Kingdom", "UK", "England", "Scotland", "Wales", "London", "Manchester", "Edinburgh",
            "Bristol"),
    "EUR": ("Germany", "Berlin", "Munich", "München", "Hamburg", "France", "Paris", "Netherlands", "Amsterdam",
            "Spain", "Madrid", "Barcelona", "Ireland", "Dublin", "Italy", "Milan", "Portugal", "Lisbon",
            "Belgium", "Brussels", "Austria", "Vienna", "Finland", "Helsinki"),
    "CHF": ("Switzerland", "Zurich", "Zürich", "Geneva"),
    "INR": ("India", "Bangalore", "Bengaluru", "Mumbai", "Hyderabad", "Pune", "Chennai", "Delhi"),
    "SEK": ("Sweden", "Stockholm"),
    "PLN": ("Poland", "Warsaw", "Kraków", "Krakow"),
    **_DOLLAR_PLACES,
}


def _named(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _us(text: str, short: bool) -> bool:
    return _named(text, _US_WORDS) or (short and _US_STATE.search(text) is not None)


class _Places:
    """Which currency a bare "$" or a bare figure is in, from the posting's
    place: its location metadata first, then country words in the body."""

    def __init__(self, posting):
        self.posting = posting
        self._dollar: str | None = None
        self._local: str | None | bool = False

    def _texts(self) -> tuple[tuple[str, bool], ...]:
        fields = self.posting.fields
        meta = " ".join(_flat(fields[n].value) for n in ("locations", "country", "region") if n in fields)
        # Where a posting says where the job is, it says so near the top; reading
        # only the head keeps this cheap on long postings.
        return (meta, True), (self.posting.body[self.posting.body_start:self.posting.body_start + 1500], False)

    def dollar(self) -> str:
        if self._dollar is None:
            self._dollar = "USD"
            for text, short in self._texts():
                found = [c for c, words in _DOLLAR_PLACES.items() if _named(text, words)]
                if not found:
                    if short and _us(text, short):
                        break
                    continue
                if len(found) == 1 and not _us(text, short):
                    self._dollar = found[0]
                break
        return self._dollar

    def local(self) -> str | None:
        if self._local is False:
            self._local = None
            for text, short in self._texts():
                found = [c for c, words in _LOCAL_PLACES.items() if _named(text, words)]
                if _us(text, short):
                    found.append("USD")
                if len(found) == 1:
                    self._local = found[0]
                if found:
                    break
        return self._local


def _flat(value) -> str:
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in list(value.values())[:20])
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value[:20])
    return "" if value is None else str(value)


# -- comparing two statements of pay (for pay-figures-disagree, JD110) ----------------

# Full-time hours: 40 h x 52 weeks. Only used when both periods are written.
_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}
# Words on a figure's line that make it one of several legitimate figures: a
# role or level, a place, a kind of contract, or pay beyond base salary.
_ROLE_WORDS = frozenset((
    "engineer", "engineers", "developer", "developers", "designer", "designers", "manager", "managers",
    "analyst", "analysts", "scientist", "scientists", "lead", "leads", "senior", "sr", "junior", "jr", "staff",
    "principal", "intern", "interns", "internship", "director", "directors", "head", "vp", "level", "levels",
    "tier", "grade", "band", "step", "associate", "specialist", "consultant", "administrator", "architect",
    "tester", "qa", "researcher", "expert", "entry", "mid", "location", "locations", "zone", "zones", "region",
    "metro", "geo", "geographic", "city", "cities", "remote", "onsite", "on-site", "hybrid", "nyc", "sf",
    "contract", "contractor", "contractors", "freelance", "part-time", "c2c", "w2", "1099", "ote", "on-target",
    "target", "commission", "commissions", "bonus", "bonuses", "total", "tc", "variable", "incentive", "package",
    "overtime", "premium", "premiums", "shift", "weekend", "night", "tips", "new", "current", "previous", "former",
    "last", "future", "after", "year", "years"))


def compare_pay(a: PayFact, b: PayFact) -> str:
    """"same", "differs" or "unknown" for two statements of pay.

    Unknown when they cannot fairly be compared: different currencies, or
    different periods unless both are written (then both are annualised, with
    room for 35-40 hour weeks), or one range strictly inside the other (an
    overall band and a level's share of it). Open-ended figures differ only
    when they cannot meet at all ("up to $90k" against "$100k-$150k")."""
    if a.kind != "amount" or b.kind != "amount":
        return "unknown"
    if a.currency and b.currency and a.currency != b.currency:
        return "unknown"
    if a.period == b.period:
        fa = fb = 1.0
        tol = 0.02
    elif a.period in _PER_YEAR and b.period in _PER_YEAR and not a.period_inferred and not b.period_inferred:
        fa, fb = _PER_YEAR[a.period], _PER_YEAR[b.period]
        tol = 0.15
    else:
        return "unknown"
    lo_a, hi_a = _scaled(a.min, fa), _scaled(a.max, fa)
    lo_b, hi_b = _scaled(b.min, fb), _scaled(b.max, fb)
    if a.open_ended or b.open_ended:
        # Only where both say something: do the two spans meet at all?
        top_a = hi_a if hi_a is not None else math.inf
        top_b = hi_b if hi_b is not None else math.inf
        low_a = lo_a if lo_a is not None else 0.0
        low_b = lo_b if lo_b is not None else 0.0
        meet = low_a <= top_b * (1 + tol) and low_b <= top_a * (1 + tol)
        return "same" if meet else "differs"
    if None in (lo_a, hi_a, lo_b, hi_b):
        return "unknown"
    if lo_a == hi_a and lo_b == hi_b:
        return "same" if _close(lo_a, lo_b, tol) else "differs"
    if lo_a == hi_a or lo_b == hi_b:
        # A single figure inside the other's range may be its midpoint.
        x, lo, hi = (lo_a, lo_b, hi_b) if lo_a == hi_a else (lo_b, lo_a, hi_a)
        return "same" if lo * (1 - tol) <= x <= hi * (1 + tol) else "differs"
    same_lo, same_hi = _close(lo_a, lo_b, tol), _close(hi_a, hi_b, tol)
    if same_lo and same_hi:
        return "same"
    nested = (lo_a <= lo_b and hi_b <= hi_a) or (lo_b <= lo_a and hi_a <= hi_b)
    if nested and not (same_lo or same_hi):
        return "unknown"
    return "differs"


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def _close(x: float, y: float, tol: float) -> bool:
    return abs(x - y) <= tol * max(abs(x), abs(y), 1.0)


def qualified(posting, fact: PayFact) -> bool:
    """Does the line of a body figure tie it to one role, level, place,
    contract or kind of pay ("Senior: $140-180k", "OTE $150k", "NYC: ...")?
    Such a figure is one of several legitimate figures, not a restatement."""
    body = posting.body
    start = body.rfind("\n", 0, fact.start) + 1
    end = body.find("\n", fact.end)
    line = body[start:fact.start] + " " + body[fact.end:end if end != -1 else len(body)]
    return any(t in _ROLE_WORDS for t in _TOKEN.findall(line.lower()))
