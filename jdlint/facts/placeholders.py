"""Leftover template slots and dummy content, in the body and in front matter values.

What counts (the `kind` of each `Placeholder`):

- `template-slot`: `{{company}}`, `<<city>>`, `{company}`, `${company}`, `%COMPANY%`, `[[relocation]]`;
- `bracket-slot`: `[Company Name]`, `[your language, e.g. Go]`, `[what you do]`, `<your name>`;
- `instruction`: text addressed to whoever fills the template: "INSERT LOGO HERE",
  "Describe the role here.", "ENTER JOB ANNOUNCEMENT NUMBER", "Your job description here";
- `stand-in`: TBD / TBA / TODO / FIXME / XXX, "$XX,XXX", "X years" standing where a value belongs;
- `dummy-value`: a template default ("Job Title", "Organization Name", "yyyy-mm-dd",
  "(optional)", "Job ID 000000", "* Item 1");
- `lorem-ipsum`: filler text; `test-post`: "Test job", "This is a test posting";
- `example-domain`: example.com links, `jobs@company.com`-style sample addresses;
  `dummy-link`: "https://www.eventbrite.com/...", ".../apply/whatever";
- `custom`: a match of one of the config's `placeholders.patterns`.

What does not count: template-engine code meant to render (`{{ page.title }}`,
`{% include x.html %}`, `{{ .Params.salary }}`), Markdown link/image/footnote/
task-list/reference syntax, bracketed remarks in ordinary prose ("[remote OK]"),
hidden e-mail addresses ("name [at] company [dot] com", "com.gmail@{{username}}"),
dataset masking tokens ("[email protected]", "<EMAIL>", "[REDACTED]"), and text in
code blocks, inline code and Liquid/Jinja comments.

Cost (about 40-60 microseconds for a 2.5 KB posting): a regex that starts with a
character class makes the engine test every character, so those run only where a
byte search says a match can start. The text is also taken as Latin-1 bytes (one
byte per character, so offsets agree): memchr finds the "{", "[", "<", "%" a slot
starts with and the ":" of a link; trigger words take one pass of a regex whose
every branch starts with a plain character (the engine skips ahead in C); rarer
families (lower-case stand-ins, date masks, instructions, lorem ipsum, test notes)
run only behind a search for a word they must contain, anchored on a rare byte
where one helps. Code blocks and template comments are only located when something
was found, to drop what lies inside them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex
from .types import Placeholder


class _Lazy:
    """A regex compiled on first use. Most postings never need most of these, and
    compiling them all up front would cost ~10 ms of the 75 ms cold-start budget."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        # Called only for what is not set yet: compile, then keep the bound method
        # on the instance so later calls cost a plain attribute lookup.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._args)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


# -- regions that are never prose --------------------------------------------------

_LIQUID_SKIP = _Lazy(
    r"\{%-?\s*comment\b.*?%\}.*?\{%-?\s*endcomment\b.*?%\}"  # Liquid comment block
    r"|\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}",  # Liquid raw block: shown as code
    re.S,
)
_JINJA_COMMENT = _Lazy(r"\{#.*?#\}", re.S)
_FENCE = _Lazy(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_INLINE_CODE = _Lazy(r"`[^`\n]+`")  # shown literally, on purpose


def _code_ranges(body: str) -> list[tuple[int, int]]:
    """Code blocks, inline code and template comments: text never read as prose."""
    ranges: list[tuple[int, int]] = []
    if "{%" in body:
        ranges += [m.span() for m in _LIQUID_SKIP.finditer(body)]
    if "{#" in body:
        ranges += [m.span() for m in _JINJA_COMMENT.finditer(body)]
    if "```" in body or "~~~" in body:
        ranges += [m.span() for m in _FENCE.finditer(body)]
    if "`" in body:
        ranges += [m.span() for m in _INLINE_CODE.finditer(body)]
    return ranges


# -- bracket and brace syntax ---------------------------------------------------------

_SLOT = regex.compile(
    r"\{\{(?P<c>[^{}\n]{0,100}?)\}\}"
    r"|\[\[(?P<w>[^\[\]\n]{1,60})\]\]"
    r"|<<[ \t]*(?P<a>[A-Za-z][^<>\n]{0,60}?)[ \t]*>>"
    r"|\$\{[ \t]*(?P<d>[A-Za-z_][\w .-]{0,40}?)[ \t]*\}"
    r"|\{(?P<s>[A-Za-z_][\w ./-]{1,40})\}"
    r"|%(?P<p>[A-Za-z][A-Za-z0-9_]{2,40})%"
    r"|<(?P<t>[A-Za-z][A-Za-z0-9 ,.'&/_-]{1,60})>"
    r"|\[(?P<b>[^\[\]\n]{1,80})\](?P<after>[(\[:]?)"
)

# Words that say "fill me in" wherever they appear inside brackets.
_STRONG = frozenset("insert placeholder tbd tba tbc todo fixme xxx xx".split())
_CUES = frozenset(("e.g", "e.g.", "i.e", "i.e.", "...", "…", "etc"))
# Names of the values a template asks for; a bracket holding only these is a slot.
_FIELDS = frozenset(
    "company companies organization organisation org employer business brand agency client team "
    "department dept division city state country region location locations address office role "
    "position job title salary pay wage range rate compensation amount currency date deadline "
    "number phone email e-mail link url website site manager recruiter contact person product "
    "project industry name firstname lastname username handle language framework technology "
    "tool skill skills benefits level years experience degree field mission description summary "
    "timezone hours application reference id vacancy".split())
_FILLERS = frozenset("of the a an and or for to in with on x n s hiring first last full job's "
                     "company's here # + & / - ,".split())
# A bracket alone on its line holding one of these is a section heading, not a slot.
_HEADINGS = frozenset(
    "compensation benefits position responsibilities requirements qualifications education skills "
    "experience summary description role location salary pay about overview contact team "
    "department schedule hours title application".split())
# Scrubbing tokens left by datasets and mail obfuscators, never by a template.
_MASKS = frozenset(
    "email e-mail email_address email protected emailprotected phone phone_number url link person "
    "name address redacted removed deleted hidden ssn ip_address credit_card".split())
_WORD = _Lazy(r"e\.g\.?|i\.e\.?|etc\b|\.\.\.|…|[A-Za-z][A-Za-z'-]*|#|\+|&|/|,")
_YEARS = _Lazy(r"^(?:xx?|n|#)\+?\s*(?:-\s*(?:xx?|n)\+?\s*)?(?:years?|yrs?)\b", re.I)
_ASKS = _Lazy(r"^(?:what|who|where|when|how|why)\s+(?:you|we|they|the)\b", re.I)
_LEADING_VERB = _Lazy(r"^(?:insert|enter|add|fill\s+in|put|paste|replace|describe|list|write|"
                           r"type|include|choose|pick|select)\b", re.I)
_ADDRESS_BEFORE = _Lazy(r"(?:@|[\[({]\s*at\s*[\])}])\s*$", re.I)
_ADDRESS_AFTER = _Lazy(r"[\w.{}\[\]]*@|\s*[\[({]\s*dot\s*[\])}]|\.(?:com|org|net|io|co|dev|ai)\b", re.I)
_REACH = 300
# Words around a slot that is meant for the applicant to fill in, on purpose.
_APPLICANT_CUES = ("subject", "headline", "cover letter", "your e-mail", "your email", "your message",
                   "title your")
_REF_DEF = _Lazy(r"^[ \t]{0,3}\[([^\]\n]+)\]:", re.M)
_URLISH = _Lazy(r"[ \t]*<?(?:[a-z][a-z0-9+.-]*:|/|#|www\.|\S+\.\S)", re.I)

# Template-engine objects: `{{ page.title }}` is code for Liquid (Jekyll), and so on.
_KNOWN = {
    "liquid": frozenset("page site include post layout content paginator jekyll forloop tablerowloop "
                        "theme collection".split()),
    "jinja": frozenset("loop self request config session g super caller varargs kwargs".split()),
    "hugo": frozenset(),
    "mustache": frozenset(),
}
_IDENT = _Lazy(r"[A-Za-z_][A-Za-z0-9_]*")
_WINDOWS_VARS = frozenset("PATH APPDATA LOCALAPPDATA USERPROFILE TEMP TMP SYSTEMROOT WINDIR HOMEPATH "
                          "HOMEDRIVE PROGRAMFILES COMPUTERNAME USERNAME PATHEXT COMSPEC".split())

# -- words ----------------------------------------------------------------------------

# The trigger's every branch starts with a plain character, so the regex engine
# skips ahead in C to the few places worth a look; each hit is then checked with an
# anchored pattern and word boundaries in Python. One alternation with groups or
# `\b` in front would be ~50x slower over a whole posting. It is written as a trie by
# first character, so the engine tries one group at each of those places, not every
# word (~20% faster; no two words match at the same place, so the trie finds exactly
# what the flat `TB[DA]|Tb[da]|T\.B\.[DA]\.?|TODO|...|MM[-/.]|DD[-/.]` finds).
_TRIGGER = regex.compile(
    r"T(?:B[DA]|b[da]|\.B\.[DA]\.?|ODO|YPE|ask)|F(?:IXME|ILL)|X|\$[ \t]?X|N(?=\+|[ \t]*(?:-|years?\b|yrs\b))"
    r"|ENTER|I(?:NSERT|tem)|ADD|P(?:UT|ASTE|oint|aragraph)|R(?:EPLACE|e(?:sponsibility|quirement))"
    r"|B(?:ullet|enefit)|Qualification|Skill|D(?:uty|D[-/.])|#|00000|YYYY|MM[-/.]"
)
# Gates for the rarer families, over `raw` (the text as Latin-1 bytes): a regex whose
# first byte is a literal, rare in prose, skips through the text fastest.
_TB = regex.compile(rb"b(?<=tb)")  # found from its "b", rarer than "t"
_XXX = regex.compile(rb"xxx")
_YY = regex.compile(rb"yy")
_HERE = regex.compile(rb"ere(?<= here|\there| Here)")
_LOWER_STAND_IN = _Lazy(r"tb[da]|xxx+")
_X_RUN = _Lazy(r"X+")
_X_YEARS = _Lazy(r"X?\+?[ \t]*(?:-[ \t]*XX?\+?[ \t]*)?(?:years?|yrs)\b")
_N_YEARS = _Lazy(r"N\+?[ \t]*(?:-[ \t]*N\+?[ \t]*)?(?:years?|yrs)\b")
_MONEY_X = _Lazy(r"\$[ \t]?X{1,3}(?:[,.]X{2,3})*[kK]?\b")
_CAPS = _Lazy(
    r"(?:ENTER|INSERT|ADD|PUT|TYPE|PASTE|FILL[ \t]IN|REPLACE[ \t]WITH)(?:[ \t]+[A-Z][A-Z'&/-]*){0,5}?"
    r"[ \t]+(?:NUMBER|NAME|TITLE|DATE|LINK|URL|E-?MAIL|SALARY|LOCATION|CITY|DESCRIPTION|AMOUNT|ROLE|"
    r"TEXT|HERE|ADDRESS|PHONE|RANGE|LOGO|ID)\b"
)
_ITEM = _Lazy(r"[A-Za-z]+[ \t]+\d{1,2}[ \t]*$", re.M)
_ITEM_LEAD = _Lazy(r"[ \t]*(?:[-*+•][ \t]+|\#{1,6}[ \t]+|\d+[.)][ \t]+)?$")
_TEST_HEADING = _Lazy(r"\#{1,6}[ \t]+((?:[Tt]est|TEST|[Ss]ample|[Dd]ummy|[Ff]ake|[Ee]xample)\b[^\n]{0,40})$", re.M)
# Lines holding "here" are few; these run on those lines only.
_INSTRUCTION = _Lazy(
    r"\b[Ii]nsert\b[^\n]{1,60}?\b[Hh]ere\b"
    r"|^[ \t]*(?:[-*+][ \t]+)?(?:[Dd]escribe|[Ww]rite|[Ee]nter|[Aa]dd|[Pp]ut|[Pp]aste|[Tt]ype|"
    r"[Ff]ill[ \t]+in|[Rr]eplace|[Ss]ummari[sz]e)\b[^\n.]{0,100}?\bhere\b[ \t]*[.:!]?[ \t]*$"
    r"|\b[Yy]our[ \t]+(?:job[ \t]+|company[ \t]+|role[ \t]+)?(?:description|text|title|name|"
    r"content|copy|summary|details|logo|bio|blurb)[ \t]+(?:goes[ \t]+)?here\b|\b(?:[Dd]escription|[Tt]ext|"
    r"[Cc]ontent|[Cc]opy|[Ss]ummary|[Dd]etails|[Bb]lurb|[Bb]io|[Ll]ink|URL)[ \t]+goes[ \t]+here\b",
    re.M,
)
# What a line needs for each branch of _INSTRUCTION in turn: searching the whole line
# with it (no literal to skip to) costs ~10x more than these checks.
_INSTRUCTION_NEEDS = ("nsert", "our", "goes")
_INSTRUCTION_VERB = _Lazy(r"[ \t]*(?:[-*+][ \t]+)?(?:[Dd]escribe|[Ww]rite|[Ee]nter|[Aa]dd|[Pp]ut|[Pp]aste|"
                          r"[Tt]ype|[Ff]ill[ \t]+in|[Rr]eplace|[Ss]ummari[sz]e)\b")
_LOREM = _Lazy(r"[Ll]orem[ \t]+ipsum\b|[Dd]olor[ \t]+sit[ \t]+amet\b|[Cc]onsectetur[ \t]+adipiscing\b")
_DATE_MASK_LOWER = _Lazy(r"yyyy|mm[-/.]dd|dd[-/.]mm")
_VALUE_POSITION = _Lazy(r"(?:^|[:=])[ \t*_]*$", re.M)
_DATE_MASK = _Lazy(r"(?:yyyy[-/.]mm[-/.]dd|YYYY[-/.]MM[-/.]DD|(?:mm|MM)[-/.](?:dd|DD)[-/.](?:yyyy|YYYY|yy|YY)"
                        r"|(?:dd|DD)[-/.](?:mm|MM)[-/.](?:yyyy|YYYY))\b")
_ZEROS = _Lazy(r"0{8}-0{4}-0{4}-0{4}-0{12}|0{5,}")
# Run on the lowercased text; every branch starts with a plain character.
_TEST_BODY = _Lazy(
    r"this[ \t]+is[ \t]+(?:just[ \t]+|only[ \t]+)?an?[ \t]+(?:test|dummy|sample|fake|example)"
    r"(?:[ \t]+(?:job|role|post|posting|listing|ad|advert|vacancy|position|entry|page|description))?\b"
    r"|test[ \t]+(?:job[ \t]+)?(?:post|posting|listing|advert)\b(?!-)"
    r"|dummy[ \t]+(?:job[ \t]+)?(?:post|posting|listing|advert)\b(?!-)"
    r"|fake[ \t]+(?:job[ \t]+)?(?:post|posting|listing|advert)\b(?!-)"
    r"|please[ \t]+(?:ignore|disregard)[ \t]+this[ \t]+(?:job[ \t]+)?(?:post|posting|listing|ad|advert|job)\b"
    r"|ignore[ \t]+this[ \t]+(?:job[ \t]+)?(?:post|posting|listing|ad|advert|job)\b"
    r"|disregard[ \t]+this[ \t]+(?:job[ \t]+)?(?:post|posting|listing|ad|advert|job)\b"
)
_TEST_END = _Lazy(r"[ \t]*(?:[.!,;:)]|\n|$|please|do[ \t]+not|don't)")
# What the branches of _TEST_BODY must contain, searched in the lowercased Latin-1
# bytes of the head (see _maybe_test_note): far cheaper than lowercasing the head as
# text and running _TEST_BODY, which most heads never need.
# Each starts with a literal word (an alternation of words would make the engine test
# every byte); "dummy", "fake", "ignore" and "disregard" are first found by a byte
# rarer than their first.
_TEST_THIS = regex.compile(
    rb"this[ \t]+is[ \t]+(?:just[ \t]+|only[ \t]+)?an?[ \t]+(?:test|dummy|sample|fake|example)")
_TEST_IGNORE = (regex.compile(rb"ignore[ \t]+this[ \t]"), regex.compile(rb"disregard[ \t]+this[ \t]"))
_TEST_POST = {word: regex.compile(word + rb"[ \t]+(?:job[ \t]+)?(?:post|listing|advert)")
              for word in (b"test", b"dummy", b"fake")}
_DUMMY = regex.compile(rb"y(?<=dummy)")
_FAKE = regex.compile(rb"k(?<=fak)e")
_IGNORE = regex.compile(rb"g(?:(?<=ig)nore|(?<=disreg)ard)")
_QUOTES = ("\"", "'", "“", "‘")
_STAND_INS = frozenset(("TBD", "TBA", "Tbd", "Tba", "T.B.D.", "T.B.A.", "T.B.D", "T.B.A", "TODO", "FIXME"))
_TIMEZONE = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT UTC GMT BST CET CEST".split())
# A whole title (or heading) that names a test or sample posting.
_TEST_TITLE = _Lazy(
    r"^\W*(?:\[\s*(?:test|testing|draft|dummy)\s*\]|\(\s*(?:test|testing|dummy)\s*\)|TEST\s*[-:|]"
    r"|(?:test|testing|sample|example|dummy|fake|demo)(?:\s+(?:job|role|position|post|posting|listing|"
    r"advert|ad|vacancy|opening|title|entry|description|advertisement|\d+))*\W*$)",
    re.I,
)
_TEST_COMPANY = _Lazy(r"^\s*(?:test\s*(?:co|company|corp|inc|ltd|llc)?|testco|test company)\.?\s*$", re.I)

# -- front matter values ----------------------------------------------------------------

_LABEL = (r"(?:hiring\s+)?(?:org|organi[sz]ation|company|employer|agency)(?:\s+name)?"
          r"|(?:job|position|role)\s+(?:title|name|role)|city\s+name|department\s+name"
          r"|team\s+name|your\s+(?:company|name|title|organi[sz]ation)")
_DUMMY_VALUE = _Lazy(
    rf"^\s*(?:(?:{_LABEL})(?:\s*(?::|-|–|—|at|@|,)\s*(?:{_LABEL}))?"
    r"|(?:your[-_ ]?)?(?:github|gitlab|twitter|linkedin)?[-_ ]?user[-_ ]?name"
    r"|\((?:optional|required)\))\s*$",
    re.I,
)
_SELF_NAMED = frozenset("title company organization organisation location city role position department "
                        "team description name email phone url".split())

# -- links and addresses -------------------------------------------------------------------

_AT_HOST = regex.compile(r"@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_URL = regex.compile(r"https?://[^\s<>()\"'\]\[]+|www\.[^\s<>()\"'\]\[]+")
_WWW = regex.compile(rb"www\.")
_EXAMPLE_HOST = _Lazy(
    r"(?:^|\.)(?:example\.(?:com|net|org|edu)|[a-z0-9-]+\.(?:example|test|invalid|localhost))$"
    r"|(?:^|\.)(?:your|my)[-_]?(?:company|companyname|domain|web-?site|site|org|organi[sz]ation|business|"
    r"brand|name|url|email)(?:[-_]?name)?\.[a-z]{2,}$"
    r"|(?:^|\.)(?:company|company-?name|domain|organi[sz]ation-?website|website|business-?name)"
    r"\.(?:com|org|net|io|tld)$"
    r"|(?:^|\.|-)your-(?:company|domain|web-?site|site|org|organi[sz]ation|name|url|link|business|brand)"
    r"|(?:^|\.)link-to-",
)
_HOST_HINTS = r"example|your|my|company|domain|website|link-to|\.test|\.invalid|\.localhost"
_HOST_HINT = _Lazy(_HOST_HINTS)
# A whole path segment that is a placeholder ("/apply/whatever", "/..."): one search
# of the path instead of a match per segment.
_DUMMY_SEGMENT = _Lazy(r"(?:^|/)(?:\.\.\.|…|whatever|placeholder|xxx+|tbd|todo|your-[\w-]+|insert-[\w-]+|"
                       r"link-here|url-here)(?=/|$)", re.I)
# What an ASCII path must hold, lowercased, for _DUMMY_SEGMENT to match: a search for
# these is ~10x cheaper than a case-insensitive one (which, in ASCII, matches the same).
_DUMMY_HINTS = r"\.\.\.|whatever|placeholder|xxx|tbd|todo|your-|insert-|link-here|url-here"
_DUMMY_HINT = _Lazy(_DUMMY_HINTS)
# Either, in a whole ASCII link lowercased: most links hold neither, and are dropped
# with this one search.
_LINK_HINT = _Lazy(_HOST_HINTS + "|" + _DUMMY_HINTS)


def find_placeholders(posting) -> list[Placeholder]:
    """Every leftover placeholder in `posting`, in file order."""
    config = posting.settings.placeholders
    dialects = tuple(config.dialects)
    found: list[Placeholder] = []
    body = posting.body
    if not body.isspace():
        _scan(body, dialects, found, test_notes=True)
        if found and ("`" in body or "{%" in body or "{#" in body or "~~~" in body):
            code = _code_ranges(body)
            found = [p for p in found if not any(a <= p.start < b for a, b in code)]
    if posting.meta:
        _scan_meta(posting, dialects, found)
        _test_titles(posting, found)
    if config.patterns:
        _custom(posting, config.patterns, found)
    if config.allow:
        allowed = _allow(tuple(config.allow))
        found = [p for p in found if not allowed(p.text)]
    return _dedupe(found, posting.text)


# -- scanning ------------------------------------------------------------------------------


def _scan(text: str, dialects: tuple[str, ...], out: list[Placeholder], test_notes: bool = False) -> None:
    """Find placeholders in `text` (the posting's body, or its front matter values
    with everything else blanked): offsets in `text` are offsets in the file."""
    # One byte per character, so offsets agree: byte searches are faster than text
    # searches, and much faster than regexes that start with a character class.
    raw = text.encode("latin-1", "replace")
    # Nothing starts in leading white space (a body's blanked front matter): skip it.
    pos = len(raw) - len(raw.lstrip())
    _scan_slots(text, raw, pos, dialects, out)
    _scan_words(text, raw, pos, out, test_notes)
    links = _link_starts(raw, pos)
    if links or "@" in text:
        _scan_links(text, links, out)


def _link_starts(raw: bytes, pos: int = 0) -> list[int]:
    """Offsets where a _URL match can start: "http://", "https://" (found from their
    colon: few in a posting, and memchr finds them fastest) and "www."."""
    starts = [m.start() for m in _WWW.finditer(raw, pos)]
    for at in _offsets(raw, b":", pos):
        if raw[at + 1:at + 3] == b"//":
            if at >= 4 and raw[at - 4:at] == b"http":
                starts.append(at - 4)
            elif at >= 5 and raw[at - 5:at] == b"https":
                starts.append(at - 5)
    starts.sort()
    return starts


def _offsets(raw: bytes, char: bytes, pos: int = 0) -> list[int]:
    """Every offset of the byte `char` in `raw` from `pos` (memchr, far faster than a regex)."""
    found = []
    at = raw.find(char, pos)
    while at >= 0:
        found.append(at)
        at = raw.find(char, at + 1)
    return found


def _matches(pattern: re.Pattern, text: str, starts: list[int]):
    """The matches `pattern.finditer(text)` yields, given (ascending) every offset
    where one can start: it tries only those instead of every character."""
    end = 0
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m:
                end = m.end()
                yield m


def _scan_slots(text: str, raw: bytes, pos: int, dialects, out: list[Placeholder]) -> None:
    refs: set[str] | None = None
    has_refs: bool | None = None
    # Every _SLOT branch starts with one of these characters, or with "${".
    braces = _offsets(raw, b"{", pos)
    starts = braces + [at - 1 for at in braces if at and raw[at - 1] == 36]  # 36: "$"
    starts += _offsets(raw, b"[", pos) + _offsets(raw, b"<", pos) + _offsets(raw, b"%", pos)
    starts.sort()
    for m in _matches(_SLOT, text, starts):
        kind = m.lastgroup
        start, end = m.start(), m.end()
        if kind == "after":
            kind = "b"
        if kind == "c":
            if _curly_is_slot(m.group("c"), dialects) and not _near_at(text, start, end):
                out.append(Placeholder(m.group(0), start, end, "template-slot"))
        elif kind == "w":
            inner = m.group("w").strip()
            if (_IDENT.fullmatch(inner) or _reads_as_slot(inner)) and not _near_at(text, start, end):
                out.append(Placeholder(m.group(0), start, end, "template-slot"))
        elif kind in ("a", "d"):
            if not _near_at(text, start, end):
                out.append(Placeholder(m.group(0), start, end, "template-slot"))
        elif kind == "s":
            if start and (text[start - 1].isalnum() or text[start - 1] in "{$\\_"):
                continue
            if end < len(text) and text[end] == "}":
                continue
            if _names_fields(m.group("s")) and not _near_at(text, start, end):
                out.append(Placeholder(m.group(0), start, end, "template-slot"))
        elif kind == "p":
            if start and (text[start - 1].isalnum() or text[start - 1] in "%_"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] in "%_"):
                continue
            if m.group("p").upper() not in _WINDOWS_VARS:
                out.append(Placeholder(m.group(0), start, end, "template-slot"))
        elif kind == "t":
            inner = m.group("t")
            if start and (text[start - 1].isalnum() or text[start - 1] == "<"):
                continue
            if _is_mask(inner) or not _reads_as_slot(inner, strict=True):
                continue
            if not _near_at(text, start, end) and not _applicant_fills(text, start, end):
                out.append(Placeholder(m.group(0), start, end, "bracket-slot"))
        else:
            inner = m.group("b")
            after = m.group("after")
            if after == "(" or after == "[":
                continue  # Markdown link, image or reference link
            if start and text[start - 1] in "\\]!":
                continue
            if after == ":" and _URLISH.match(text, end):
                continue  # reference definition `[ref]: url`
            if after:
                end -= 1
            if not _bracket_is_slot(inner, text, start, end):
                continue
            if has_refs is None:
                has_refs = "]:" in text
            if has_refs:
                if refs is None:
                    refs = {r.lower() for r in _REF_DEF.findall(text)}
                if inner.lower() in refs:
                    continue  # shortcut reference link `[text]` with a definition
            out.append(Placeholder(text[start:end], start, end, "bracket-slot"))


def _curly_is_slot(content: str, dialects: tuple[str, ...]) -> bool:
    inner = content.strip()
    if inner.startswith("-"):
        inner = inner[1:].strip()
    if inner.endswith("-"):
        inner = inner[:-1].strip()
    if not inner:
        return False
    if not dialects:
        return True  # no template engine renders these files: every {{x}} is a slot
    if inner[0] in "#/^>!<%&{=.$" and (inner[0] not in ".$" or "hugo" in dialects or "mustache" in dialects):
        return False  # mustache sections/partials, Hugo shortcodes and context (`.Params`)
    if any(c in inner for c in "|()\"'[]=+*<>,:"):
        return False  # a filter, call, literal or operator: an expression, not a name
    head = inner.split(".", 1)[0].strip()
    if "." in inner and _IDENT.fullmatch(head):
        return False  # dotted lookup: `page.title`, `company.name`
    if any(head in _KNOWN.get(d, ()) for d in dialects):
        return False
    return True


def _near_at(text: str, start: int, end: int) -> bool:
    """A slot that is part of an address written to fool scrapers: `com.gmail@{{username}}`,
    `robin (at) <company name> (dot) com`, `privacy.<company>.com`."""
    before = text[max(0, start - 12):start]
    after = text[end:end + 40]
    if _ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.match(after):
        return True
    return bool(re.search(r"\bat\s*$", before, re.I)) and bool(re.match(r"\s*\S{0,3}(?:dot\b|\.)", after, re.I))


def _applicant_fills(text: str, start: int, end: int) -> bool:
    """"Use '[Position] - [Your Name]' as the subject": a slot for the applicant, on purpose."""
    line_start, line_end = _line_bounds(text, start, end)
    around = (text[max(line_start, start - 100):start] + " … " + text[end:min(line_end, end + 80)]).lower()
    return any(cue in around for cue in _APPLICANT_CUES)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around text[start:end], at most _REACH characters either side: a
    one-line 1 MB file must not make every hit rescan the whole line."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1 or max(0, start - _REACH)
    line_end = text.find("\n", end, end + _REACH)
    if line_end < 0:
        line_end = min(len(text), end + _REACH)
    return line_start, line_end


def _tokens(content: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(content)]


def _names_fields(content: str) -> bool:
    """`{company}`, `{job title}`, `{company_name}`: only names of values a template asks for."""
    words = [w for w in re.split(r"[\s_./-]+|(?<=[a-z])(?=[A-Z])", content) if w]
    if not words:
        return False
    low = [w.lower() for w in words]
    return any(w in _FIELDS or w in _STRONG for w in low) and all(
        w in _FIELDS or w in _STRONG or w in _FILLERS for w in low)


def _is_mask(content: str) -> bool:
    key = content.strip().lower().replace(" ", "_")
    return key in _MASKS or key.replace("_", "") in _MASKS


def _reads_as_slot(content: str, strict: bool = False) -> bool:
    """Does bracketed text read as an instruction to whoever fills the template?
    `strict` (for `<...>`, which is also HTML) asks for names of values only."""
    inner = content.strip()
    if not inner or len(inner) > 80:
        return False
    if _YEARS.match(inner):
        return True
    if any(c.isdigit() or c in "%$€£" for c in inner):
        return False  # "[2 positions]", "[1.5 hours]", "[70% coverage]": a remark with facts in it
    if not strict and (_ASKS.match(inner) or _LEADING_VERB.match(inner)):
        return True
    words = _tokens(inner)
    alpha = [w for w in words if w[0].isalpha()]
    if not alpha:
        return False
    cue = any(w in _CUES for w in words)
    if any(w in _STRONG for w in alpha) and len(alpha) <= 6:
        return True
    if "your" in alpha:
        i = alpha.index("your")
        named = i + 1 < len(alpha) and alpha[i + 1] in _FIELDS
        if (named or i == 0 or cue) and len(alpha) <= 8:
            return True
    if "our" in alpha and len(alpha) <= 3 and any(w in _FIELDS for w in alpha):
        return True
    if not any(w in _FIELDS for w in alpha):
        return False
    if not all(w in _FIELDS or w in _FILLERS or w in _CUES for w in words):
        return False
    if all(w in _HEADINGS or w in _FILLERS for w in alpha) and (len(alpha) > 1 or inner.isupper()):
        return False  # "[POSITION SUMMARY]", "[Position Summary]": a section label
    # One field word in capitals ("[EMAIL]", "<COMPANY>") is a label or a mask, not a slot.
    return not (len(alpha) == 1 and inner.isupper()) and not (strict and inner.isupper())


def _bracket_is_slot(content: str, text: str, start: int, end: int) -> bool:
    inner = content.strip()
    if not inner or inner.startswith("^") or (len(inner) == 1 and inner in "xX"):
        return False  # task list `[ ]`/`[x]`, footnote `[^1]`
    if _is_mask(inner) or not _reads_as_slot(inner):
        return False
    if _near_at(text, start, end) or _applicant_fills(text, start, end):
        return False
    line_start, line_end = _line_bounds(text, start, end)
    alone = not text[line_start:start].strip(" \t*_#>-") and not text[end:line_end].strip(" \t*_:")
    # "[Compensation]" on its own line is a section heading.
    return not (alone and inner.lower() in _HEADINGS)


def _scan_words(text: str, raw: bytes, pos: int, out: list[Placeholder], test_notes: bool = False) -> None:
    add = out.append
    for m in _TRIGGER.finditer(text, pos):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # inside a word: "OXXO", "iPhoneX"
        word = m.group(0)
        first = word[0]
        if first == "X":
            run = _X_RUN.match(text, start).end()
            years = _X_YEARS.match(text, run) if run - start <= 2 else None
            if years and text[start - 1:start] not in _QUOTES:
                add(Placeholder(text[start:years.end()], start, years.end(), "stand-in"))
            elif run - start >= 3 and _is_stand_in(text, start, run, text[start:run]):
                add(Placeholder(text[start:run], start, run, "stand-in"))
        elif first == "$":
            money = _MONEY_X.match(text, start)
            if money:
                add(Placeholder(money.group(0), start, money.end(), "stand-in"))
        elif first == "N":
            years = _N_YEARS.match(text, start)
            if years and text[start - 1:start] not in _QUOTES:
                add(Placeholder(years.group(0), start, years.end(), "stand-in"))
        elif first == "#":
            if start == 0 or text[start - 1] == "\n":
                heading = _TEST_HEADING.match(text, start)
                if heading and _TEST_TITLE.match(heading.group(1).rstrip()):
                    title = heading.group(1).rstrip()
                    add(Placeholder(title, heading.start(1), heading.start(1) + len(title), "test-post"))
        elif first == "0":
            _zeros(text, start, out)
        elif word in _STAND_INS:
            if _is_stand_in(text, start, m.end(), word):
                add(Placeholder(word, start, m.end(), "stand-in"))
        elif first in "YMD" and not word[1:2].islower():
            _date_mask(text, start, out)
        elif word.isupper():
            caps = _CAPS.match(text, start)
            if caps:
                add(Placeholder(caps.group(0), start, caps.end(), "instruction"))
        else:
            item = _ITEM.match(text, start)
            line_start = _line_bounds(text, start, start)[0]
            if item and _ITEM_LEAD.match(text, line_start, start):
                found = item.group(0).rstrip()
                add(Placeholder(found, start, start + len(found), "dummy-value"))
    if _TB.search(raw, pos) or _XXX.search(raw, pos):
        for m in _LOWER_STAND_IN.finditer(text):
            start = m.start()
            if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")) \
                    and _is_stand_in(text, start, m.end(), m.group(0)):
                add(Placeholder(m.group(0), start, m.end(), "stand-in"))
    if _YY.search(raw, pos):
        for m in _DATE_MASK_LOWER.finditer(text):
            _date_mask(text, m.start(), out)
    here = [m.start() - 2 for m in _HERE.finditer(raw, pos)]  # " here", "\there" or " Here"
    if here:
        _scan_instructions(text, here, out)
    if raw.find(b"ipsum", pos) >= 0 or raw.find(b"olor sit", pos) >= 0:
        _scan_lorem(text, out)
    if test_notes:
        _scan_test_notes(text, raw, pos, out)


def _zeros(text: str, start: int, out: list[Placeholder]) -> None:
    """"Job ID 000000", a nil UUID: a number nobody filled in."""
    m = _ZEROS.match(text, start)
    if not m:
        return
    end = m.end()
    if start and text[start - 1] in ".,$-_#/=:+x":
        return  # a colour (#000000), a hex number, part of a path or a figure
    if end < len(text) and (text[end].isalnum() or text[end] in ".,-_"):
        return
    out.append(Placeholder(m.group(0), start, end, "dummy-value"))


def _date_mask(text: str, start: int, out: list[Placeholder]) -> None:
    m = _DATE_MASK.match(text, start)
    if not m or (m.end() < len(text) and text[m.end()].isalnum()):
        return
    # "Start date: MM/DD/YYYY" is a slot; "formatted as YYYY-MM-DD" describes a format.
    if _VALUE_POSITION.search(text, max(0, start - 40), start):
        out.append(Placeholder(m.group(0), start, m.end(), "dummy-value"))


def _scan_instructions(text: str, hits: list[int], out: list[Placeholder]) -> None:
    """Only lines that hold " here" can hold an instruction; each is checked alone.
    `hits`: the offsets of " here", "\there" and " Here", ascending."""
    pos = 0
    for at in hits:
        if at < pos:
            continue  # on a line already checked
        line_start, line_end = _line_bounds(text, at, at)
        pos = line_end + 1
        if not (any(text.find(need, line_start, line_end) >= 0 for need in _INSTRUCTION_NEEDS)
                or ((line_start == 0 or text[line_start - 1] == "\n")  # where `^` can match
                    and _INSTRUCTION_VERB.match(text, line_start, line_end))):
            continue
        for m in _INSTRUCTION.finditer(text, line_start, line_end):
            found = m.group(0)
            s = m.start() + len(found) - len(found.lstrip(" \t-*+"))
            found = text[s:m.end()].rstrip()
            out.append(Placeholder(found, s, s + len(found), "instruction"))


def _scan_test_notes(text: str, raw: bytes, pos: int, out: list[Placeholder]) -> None:
    """"This is a test posting, please ignore": looked for near the top, where such
    notes go (and where a test posting's whole text is). `pos`: where `raw` stops
    being ASCII white space."""
    lead = pos
    if lead < len(text) and text[lead].isspace():  # white space beyond ASCII: "\xa0"...
        lead = len(text) - len(text.lstrip())
    # The gates see what `head.lower()` holds, byte for byte: lowercasing maps no
    # character outside ASCII into it but these two (and only "\u0130" changes length),
    # which `raw` holds as "?".
    low_raw = raw[lead:lead + 1500].lower()
    head = None
    if not _maybe_test_note(low_raw):
        if b"?" not in low_raw:
            return
        head = text[lead:lead + 1500]
        if "\u0130" not in head and "\u212a" not in head:
            return
    if head is None:
        head = text[lead:lead + 1500]
    if not ("est" in head or "ummy" in head or "ake" in head or "gnore" in head or "isregard" in head
            or "ample" in head):
        return
    low = head.lower()
    for m in _TEST_BODY.finditer(low):
        start = m.start()
        if start and low[start - 1].isalnum():
            continue
        if m.group(0).startswith("this") and not _TEST_END.match(low, m.end()):
            continue  # "this is a test of your skills": not about the posting
        out.append(Placeholder(head[start:m.end()], lead + start, lead + m.end(), "test-post"))


def _maybe_test_note(low: bytes) -> bool:
    """Could _TEST_BODY match `low`? Each branch needs "this" (then a test sentence or
    "ignore this"), or "test", "dummy" or "fake" before "post" and the like."""
    if b"this" in low and (_TEST_THIS.search(low) or (
            _IGNORE.search(low) and any(gate.search(low) for gate in _TEST_IGNORE))):
        return True
    return bool((b"test" in low and _TEST_POST[b"test"].search(low))
                or (_DUMMY.search(low) and _TEST_POST[b"dummy"].search(low))
                or (_FAKE.search(low) and _TEST_POST[b"fake"].search(low)))


def _scan_lorem(text: str, out: list[Placeholder]) -> None:
    """One finding per paragraph of filler, spanning the line where it starts."""
    until = -1
    for m in _LOREM.finditer(text):
        start = m.start()
        if start < until:
            continue
        para_end = text.find("\n\n", start)
        until = len(text) if para_end < 0 else para_end
        line_end = text.find("\n", start, start + _REACH)
        line_end = min(until, start + _REACH) if line_end < 0 else min(line_end, until)
        snippet = text[start:line_end].rstrip()
        out.append(Placeholder(snippet, start, start + len(snippet), "lorem-ipsum"))


def _is_stand_in(text: str, start: int, end: int, word: str) -> bool:
    if word.startswith("$"):
        return True
    prev = text[start - 1:start]
    nxt = text[end:end + 2]
    if prev and prev in "./@-" or (nxt[:1] and (nxt[0].isalnum() or nxt[0] in "_/@-")) \
            or (nxt[:1] == "." and nxt[1:].isalnum()):
        return False  # part of a word, a path or an address: "XXXL", "/tbd/", "tbd.example"
    up = word.upper().replace(".", "")
    if up.startswith("X"):
        # Phone and ID masks ("(XXX) XXX-XXXX") are scrubbing, not a template slot.
        around = text[max(0, start - 6):end + 10]
        return not re.search(r"X{3}\)?[ .-]?X{3}[ .-]X{4}|X{3}-X{2}-", around, re.I)
    if up in ("TODO", "FIXME"):
        if up == "TODO" and re.match(r"\s+(?:lists?|apps?|application|manager|items?)\b", text[end:end + 14], re.I):
            return False  # a "TODO list app" is a product, not a note
        return True
    # TBD / TBA
    name = re.match(r"[ \t]+([A-Z][a-z][\w&'-]*)", text[end:end + 30])
    if name and name.group(1).upper() not in _TIMEZONE:
        return False  # "TBD Pharma": a name that starts with the letters
    if "trunk" in text[max(0, start - 80):end + 40].lower():
        return False  # TBD = trunk-based development
    return True


def _maybe_example(host: str) -> bool:
    return _HOST_HINT.search(host) is not None


def _scan_links(text: str, links: list[int], out: list[Placeholder]) -> None:
    """`links`: the offsets of "http" and "www.", where a _URL match can start."""
    if "@" in text:
        for m in _AT_HOST.finditer(text):
            host = m.group(1).lower()
            if not _maybe_example(host) or not _EXAMPLE_HOST.search(host):
                continue
            start = m.start()
            while start and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
                start -= 1
            if start < m.start():
                out.append(Placeholder(text[start:m.end()], start, m.end(), "example-domain"))
    for m in _matches(_URL, text, links):
        url = m.group(0)
        if not url.endswith(("/...", "/…")):
            url = url.rstrip(".,;:!?*_")
        if url.isascii() and not _LINK_HINT.search(url.lower()):
            continue
        rest = url.split("://", 1)[-1]
        host, _, path = rest.partition("/")
        host = host.split(":", 1)[0].lower()
        if _maybe_example(host) and _EXAMPLE_HOST.search(host):
            kind = "example-domain"
        elif path and (not path.isascii() or _DUMMY_HINT.search(path.lower())) \
                and _DUMMY_SEGMENT.search(path):
            kind = "dummy-link"
        else:
            continue
        out.append(Placeholder(url, m.start(), m.start() + len(url), kind))


# -- front matter ------------------------------------------------------------------------------


def _leaves(value, prefix: str = "") -> list[tuple[str, str]]:
    """(dotted path, text) of every non-blank string in `value`, depth first."""
    found: list[tuple[str, str]] = []
    _collect_leaves(value, prefix, found)
    return found


def _collect_leaves(value, prefix: str, found: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        if isinstance(value, str) and value.strip():
            found.append((prefix[:-1], value))
        return
    for key, item in items:
        if isinstance(item, str):  # most values: no call needed
            if item.strip():
                found.append((f"{prefix}{key}", item))
        elif isinstance(item, (dict, list)):
            _collect_leaves(item, f"{prefix}{key}.", found)


def _scan_meta(posting, dialects, out: list[Placeholder]) -> None:
    """Front matter values, scanned where they are written. Everything but the values
    (keys, comments, markup) is blanked, so one pass covers them all and offsets stay
    file offsets. JSON-LD spans only point at a key; findings there point at the key."""
    text, body, spans = posting.text, posting.body, posting.spans
    written: list[tuple[int, int, str, str]] = []
    elsewhere: list[tuple[str, str, object]] = []
    for path, value in _leaves(posting.meta):
        span = spans.get(path)
        if span is None:
            continue
        vs, ve = span.value_start, span.value_end
        if ve > vs and not body[vs:ve].isspace():
            continue  # a prose key of a YAML posting: already scanned as body
        raw = text[vs:ve]
        if value in raw or value.strip() == raw.strip().strip("'\""):
            written.append((vs, ve, path, value))
        else:
            elsewhere.append((path, value, span))
    if written:
        written.sort()
        pieces, last = [], 0
        for vs, ve, _, _ in written:
            if vs < last:
                continue
            if vs > last:
                pieces.append("\n" + " " * (vs - last - 1))
            pieces.append(text[vs:ve])
            last = ve
        values = "".join(pieces)
        before = len(out)
        _scan(values, dialects, out)
        hit = out[before:]
        for vs, ve, path, value in written:
            if not hit or not any(vs <= p.start < ve for p in hit):
                _check_value(path, value, text, vs, ve, out)
    for path, value, span in elsewhere:
        inner: list[Placeholder] = []
        _scan(value, dialects, inner)
        if not inner:
            _check_value(path, value, value, 0, len(value), inner)
        out.extend(Placeholder(p.text, span.key_start, span.key_end, p.kind) for p in inner)


def _check_value(path: str, value: str, text: str, vs: int, ve: int, out: list[Placeholder]) -> None:
    """Whole-value template defaults: `title: Job Title`, `github: github-username`."""
    stripped = value.strip()
    if len(stripped) > 60:
        return
    if not _DUMMY_VALUE.match(stripped):
        key = path.rsplit(".", 1)[-1].lower().replace("_", " ")
        if key not in _SELF_NAMED or stripped.lower() not in (key, f"{key} name"):
            return
    at = text.find(stripped, vs, ve)
    start = at if at >= 0 else vs
    out.append(Placeholder(stripped, start, start + len(stripped), "dummy-value"))


def _test_titles(posting, out: list[Placeholder]) -> None:
    for name, pattern in (("title", _TEST_TITLE), ("company", _TEST_COMPANY)):
        field = posting.field(name)
        if field is None or not isinstance(field.value, str):
            continue
        value = field.value.strip()
        if pattern.match(value):
            at = posting.text.find(value, field.start, max(field.end, field.start + len(value)))
            start, end = (at, at + len(value)) if at >= 0 else (field.start, field.end)
            out.append(Placeholder(value, start, end, "test-post"))


# -- configuration ------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(regex.compile(p) for p in patterns)


def _custom(posting, patterns, out: list[Placeholder]) -> None:
    regions = [posting.body]
    text, body = posting.text, posting.body
    for path, _value in _leaves(posting.meta):
        span = posting.spans.get(path)
        if span is not None and body[span.value_start:span.value_end].isspace():
            regions.append((span.value_start, text[span.value_start:span.value_end]))
    for pattern in _compiled(tuple(patterns)):
        for m in pattern.finditer(body):
            if m.end() > m.start():
                out.append(Placeholder(m.group(0), m.start(), m.end(), "custom"))
        for base, region in regions[1:]:
            for m in pattern.finditer(region):
                if m.end() > m.start():
                    out.append(Placeholder(m.group(0), base + m.start(), base + m.end(), "custom"))


@lru_cache(maxsize=32)
def _allow(entries: tuple[str, ...]):
    exact = {e.strip() for e in entries}
    regexes = []
    for entry in entries:
        try:
            regexes.append(regex.compile(entry))
        except re.error:
            pass  # config validation reports it; an exact text still works

    def allowed(found: str) -> bool:
        t = found.strip()
        inner = t.strip("{}[]<>%$ \t")
        if t in exact or inner in exact or " ".join(t.split()) in exact:
            return True
        return any(r.fullmatch(t) or r.fullmatch(inner) for r in regexes)

    return allowed


def _dedupe(found: list[Placeholder], text: str) -> list[Placeholder]:
    """File order; one finding per span, and one per text per line (a Markdown
    link often repeats its address as `[a@x.com](mailto:a@x.com)`)."""
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[Placeholder] = []
    seen: set[tuple[str, str, int]] = set()
    last_end = -1
    line, counted = 0, 0
    for p in found:
        if p.start < last_end:
            continue  # inside a longer placeholder already kept
        line += text.count("\n", counted, p.start)
        counted = p.start
        key = (p.kind, p.text, line)
        if key in seen:
            continue
        seen.add(key)
        kept.append(p)
        last_end = p.end
    return kept


def key_at(posting, offset: int) -> str | None:
    """The front matter key whose value holds `offset` ("title", "contact.email"), if any."""
    if offset >= posting.body_start and posting.format in ("markdown", "text"):
        return None
    best = None
    for path, span in posting.spans.items():
        if span.value_start <= offset < span.value_end or span.key_start <= offset < span.key_end:
            if best is None or len(path) > len(best):
                best = path  # the innermost key: "contact.email", not "contact"
    if best is None:
        return None
    # "info sessions.0.link" reads better as "info sessions[0].link".
    return re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", best)


def found_in(posting, kinds: tuple[str, ...]):
    """(placeholder, where) for each of `posting`'s placeholders of these kinds; `where`
    is " in 'title'" for a front matter value, "" in the body. For the rules' messages."""
    for found in posting.placeholders:
        if found.kind in kinds:
            key = key_at(posting, found.start)
            yield found, (f" in '{key}'" if key else "")


def quote(text: str, limit: int = 60) -> str:
    """`text` on one line, shortened for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
