"""Where a posting says the job is, resolved to ISO 3166 codes.

Places come from three sources:

- metadata: the canonical `locations`, `country`, `region` and `applicant_locations`
  fields, including schema.org `jobLocation` (Place / PostalAddress) and
  `applicantLocationRequirements` ({"@type": "Country", "name": ...});
- the title: a segment such as "Senior Engineer - Berlin" or "(Remote, US)";
- the body, but only in a location context: a "Location:" line, "this role is
  based in ...", "our London office", "offices in ...", "must reside in ...",
  "in Austin, TX". A city name in running prose ("Reading the docs", "Phoenix
  framework") is never a place by itself.

Each Place has a role: "job" (where the work is done), "limit" (where applicants
may be: "Remote (US)", "US only", "must reside in Canada", applicantLocationRequirements)
or "office" (a company office or base mentioned in passing). Resolution is in
`jdlint.facts.geo`; this module only finds and splits place text.

Cost: prose is scanned only around anchor words found with `str.find` ("based",
"office", "remote", ...), each anchor with its own small pattern; location values
are parsed once per distinct string (they repeat across a repository). About
100-150 µs a posting on the 5,000-posting bench corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import regex  # re.compile with compiled programs cached between runs
from . import geo
from .types import Place

# --- splitting a location value into items and parts ----------------------------------------

# Items of a location list: "Washington, DC; Chicago, IL / Remote or Berlin".
_ITEM_SPLIT = regex.compile(r"\s*(?:[;|•·\n]|(?<!\w)/(?!\w\.)|\s(?:or|and|&|\+)\s|\s[-–—]+\s|\s*[–—]\s*)\s*", re.I)
# Parts of one item: "250 Vesey St, New York City, New York, USA", "London (South west)".
_PART = regex.compile(r"[^,()\[\]]+")
_PART_BREAKS = frozenset(",()[]")
_REMOTE_WORD = regex.compile(
    r"^(?:(?:fully|100 ?%|full|completely|entirely|permanently|currently)[ -])?"
    r"(?P<w>remote(?:ly)?|virtual|telecommute|telework(?:ing)?|wfh|work(?:ing)? from (?:home|anywhere)"
    r"|anywhere|worldwide|world ?wide|global(?:ly)?|distributed|home[ -]based)"
    r"(?:[ -](?P<opt>ok|okay|possible|allowed|optional|available|friendly|considered|welcome|negotiable"
    r"|an option|option|first|only|100 ?%|position|role|work|working|job|eligible))?$", re.I)
_REMOTE_ANY = regex.compile(r"\b(?:remote(?:ly)?|telecommut\w*|work from home|wfh)\b", re.I)
# Words around a place that do not change it: "near Redruth", "Greater London area".
_PREFIX = regex.compile(r"^(?:near|greater|central|downtown|metro|metropolitan|city of|the|outside|"
                     r"in|at|our|beautiful|sunny|(?:within|in) (?:the )?)\s+", re.I)
_SUFFIX = regex.compile(r"\s+(?:area|metro(?:politan)?(?: area)?|region|office|offices|hq|headquarters|"
                     r"campus|studio|hub|based|preferred|only|residents?|applicants?|candidates?)$", re.I)
_LIMIT_PREFIX = regex.compile(
    r"^(?:(?:remote(?:ly)?|anywhere|work from anywhere|candidates|applicants|residents|open to \w+)"
    r"\s+(?:in|within|across|from|throughout)\s+(?:the\s+)?"
    r"|(?:remote|work from home|wfh)\s*[:\-–]?\s*)", re.I)
_LIMIT_SUFFIX = regex.compile(r"(?:[ -](?:remote(?:ly)?|only|residents? only|based|wide))+$", re.I)
_OFFICE_PREFIX = regex.compile(r"^(?:hq|headquarters|head office|headquartered)(?:\s+(?:is|are|in|at))*\s+", re.I)
# The three tests an item starts with, as one regex: the engine tries the alternatives
# in this order, as the code did one after another, for one call instead of three.
_ITEM_HEAD = regex.compile(f"(?P<whole>{_REMOTE_WORD.pattern[1:]})|(?P<office>{_OFFICE_PREFIX.pattern[1:]})"
                           f"|(?P<limit>{_LIMIT_PREFIX.pattern[1:]})", re.I)
# Cheap tests that say when a pattern above cannot match, so most parts skip it (a
# regex call on a short string costs ~1 µs, and every part of every value meets
# several). Every _ITEM_SPLIT match holds a _SPLIT_HINT match; the word lists are
# the words _PREFIX, _SUFFIX, _LIMIT_SUFFIX and _REMOTE_ANY start, end or hold.


def words_in(*words: str) -> re.Pattern:
    """The words as one plain alternation, for _may_hold on lower-cased ASCII text."""
    return regex.compile("|".join(re.escape(w) for w in words))


_SPLIT_HINT = regex.compile(r"[;|•·\n/–—]|\s(?:or|and|&|\+|-+)\s", re.I)
_SPLIT_CHARS = frozenset(";|•·\n/–—&+-")  # and _SPLIT_HINT's words:
_SPLIT_WORDS = words_in("or", "and")
_PREFIX_WORDS = ("near", "greater", "central", "downtown", "metro", "city of", "the", "outside", "in", "at", "our",
                 "beautiful", "sunny", "within")
_SUFFIX_WORDS = ("area", "metro", "metropolitan", "region", "office", "offices", "hq", "headquarters", "campus",
                 "studio", "hub", "based", "preferred", "only", "resident", "residents", "applicant", "applicants",
                 "candidate", "candidates")
_LIMIT_SUFFIX_WORDS = ("remote", "remotely", "only", "based", "wide")
_REMOTE_ANY_WORDS = words_in("remote", "telecommut", "work from home", "wfh")


# Under re.I a few non-ASCII letters match ASCII ones (ı and İ match i, ſ matches s,
# the Kelvin sign matches k), so text that is not ASCII always goes to the regex.
def _may_start(text: str, words: tuple[str, ...]) -> bool:
    return not text.isascii() or text.lower().startswith(words)


def _may_end(text: str, words: tuple[str, ...]) -> bool:
    return not text.isascii() or text.lower().rstrip().endswith(words)  # `$` also matches before a final newline


def _may_hold(text: str, words: re.Pattern) -> bool:
    """`words` is from words_in()."""
    return not text.isascii() or words.search(text.lower()) is not None

_COMPASS = regex.compile(r"(?:north|south|east|west|central|downtown|inner|outer) ")
_COMPASS_WORDS = ("north ", "south ", "east ", "west ", "central ", "downtown ", "inner ", "outer ")
_ABBREV_END = regex.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:St|Ft|Mt)\.)$")
# A city in a title, header or prose that is also a common word or a product name is
# not read as a place without a qualifier ("iOS Engineer - Mobile", "Phoenix developer");
# "Mobile, AL" still is. Only names that real postings trip over.
_WORD_CITIES = frozenset({"mobile", "reading", "bath", "phoenix", "java", "salem", "nice", "split", "perm", "bay",
                          "orange", "mission", "normal", "independence", "enterprise", "paradise",
                          "spring", "commerce", "temple", "surprise", "eagle", "aurora", "victoria",
                          "marina", "deal", "sandy", "kent", "hull", "florence", "jackson", "lincoln"})


@dataclass(slots=True)
class _Cand:
    """What one part ("Portland", "OR", "Canada") may be."""

    text: str
    start: int
    end: int
    key: str
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # top-level ISO 3166-2 codes, best first
    cities: tuple = ()  # geo.City rows, biggest first
    alias: tuple[str, str, str] | None = None
    county: tuple[str, str] | None = None
    group: bool = False
    code: bool = False  # written as a 2-3 letter code: "CA", "NY", "DEU"

    @property
    def known(self) -> bool:
        return bool(self.countries or self.regions or self.cities or self.alias or self.county or self.group)


@dataclass(slots=True)
class _Loc:
    """A place being assembled from a head part and the qualifiers after it."""

    head: _Cand
    start: int
    end: int
    cities: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    qualified: bool = False
    town: bool = False  # the head is a town the gazetteer lacks ("Norwell, MA"): region only


# A code that stands alone names a place only if everyone reads it the same way:
# "US", "UK". "CA" (California or Canada?), "IN", "OK", "ET" (Ethiopia or Eastern
# Time), "EST" (Estonia or Eastern Standard Time) count only after a city: "Paris, TX".
_STANDALONE_CODES = frozenset({"US", "USA", "UK", "GB", "EU", "UAE"})
# Bare names of these countries' states and provinces are what postings mean by them
# ("Ontario", "Washington"); elsewhere a city of the same name wins ("Charlotte",
# "Portland" are not the parishes of St Vincent and Jamaica).
_BARE_REGION_COUNTRIES = frozenset({"US", "CA", "AU", "GB"})
_POSTCODE = regex.compile(r"\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
_CAND_MEMO: dict[tuple[str, bool], tuple[_Cand | None, int]] = {}


def _candidates(text: str, start: int, strict: bool) -> _Cand | None:
    """Classify one part. `strict` (titles, prose) refuses bare cities that are common words."""
    # Keyed by the part without the spaces around it (" Berlin" and "Berlin " are one
    # entry): _classify reads only that, and what it finds never starts in the spaces.
    stripped = text.strip()
    key = (stripped, strict)
    hit = _CAND_MEMO.get(key)
    if hit is None:
        if len(_CAND_MEMO) > 50_000:
            _CAND_MEMO.clear()
        cand = _classify(stripped, strict)
        hit = _CAND_MEMO[key] = (cand, cand.start if cand else 0)
    cand, at = hit
    if cand is None:
        return None
    at += start + len(text) - len(text.lstrip())
    return _Cand(cand.text, at, at + len(cand.text), cand.key, cand.countries, cand.regions,
                 cand.cities, cand.alias, cand.county, cand.group, cand.code)


def _classify(text: str, strict: bool) -> _Cand | None:
    raw = text.strip().strip("*_\"'`:").strip()
    if raw.endswith(".") and not _ABBREV_END.search(raw):
        raw = raw[:-1].rstrip()  # a sentence's full stop, not "D.C." or "U.S."
    if raw and (raw[-1].isdecimal() or "A" <= raw[-1] <= "Z"):  # a postcode ends so
        raw = _POSTCODE.sub("", raw)  # "VA 22180", "ON M5V 2T6", "London EC1A 1BB"
    if not raw or len(raw) > 60:
        return None
    # The whole part first ("Bay Area" is an alias, not "Bay"), then without the
    # words around a place ("near Redruth", "Greater London area").
    for _ in range(3):
        if raw[0].isdigit() or (strict and not raw[0].isupper()):
            return None  # prose and titles name places with a capital; metadata may not
        cand = _lookup(raw, strict)
        if cand is not None:
            cand.start = max(0, text.find(raw))
            cand.end = cand.start + len(raw)
            return cand
        shorter = _PREFIX.sub("", raw) if _may_start(raw, _PREFIX_WORDS) else raw
        if _may_end(shorter, _SUFFIX_WORDS):
            shorter = _SUFFIX.sub("", shorter)
        if shorter == raw or not shorter:
            return None
        raw = shorter
    return None


def _lookup(raw: str, strict: bool) -> _Cand | None:
    key = geo.norm(raw)
    if not key:
        return None
    if geo.is_group(key):
        return _Cand(raw, 0, len(raw), key, group=True)
    bare = raw.replace(".", "")
    code = len(bare) <= 3 and bare.isupper()
    if len(bare.strip()) > 3 and not geo.is_name(key):
        # Longer than a code and no country, region, alias or county has the name:
        # only a city can (the separate lookups would all come back empty).
        alias = county = None
        countries = regions = ()
    else:
        alias = geo.ALIASES.get(key)
        if not (alias and (len(raw) > 3 or code)):
            alias = None
        country = geo.country(key, raw)
        countries = (country,) if country else ()
        regions = geo.regions(key, raw)
        county = geo.county(key)
    cities: tuple = ()
    if len(raw) > 2 and not code:
        cities = geo.cities(key)
        if strict and key in _WORD_CITIES:
            cities = ()
        compass = _COMPASS.match(key) if key.startswith(_COMPASS_WORDS) else None
        if compass and not countries and not regions:
            # "East London" is a part of London in a London posting, and a city in South
            # Africa: keep both, and let a qualifier, the context or size decide.
            rest = geo.cities(key[compass.end():])
            if rest and {c[1] for c in rest} - {c[1] for c in cities}:
                cities = tuple(sorted(cities + rest, key=lambda c: -c[3]))
    if county and not (key.endswith(" county") or not any(c[2] == county[0] for c in cities)):
        county = None  # "Westchester County" is the county; but "Albany" is the city (in Albany County)
    if not (countries or regions or cities or alias or county):
        return None  # most parts name no place: no candidate object for them
    return _Cand(raw, 0, len(raw), key, countries, regions, cities, alias, county, False, code)


def _qualifies(loc: _Loc, part: _Cand) -> bool:
    """Narrow `loc` with `part` if `part` is its region or country ("Portland" + "OR")."""
    if not (part.countries or part.regions or part.group):
        return False
    countries = set(part.countries)
    regions = set(part.regions)
    head = loc.head
    if head.county or head.alias:  # "Westchester County, NY", "NYC, USA"
        state, cc = (head.county[0], "US") if head.county else (head.alias[1], head.alias[2])
        if state in regions or cc in countries:
            loc.qualified = True
            return True
        return False
    if loc.cities:
        kept = [c for c in loc.cities if c[1] in countries or (c[2] and c[2] in regions)]
        if not kept and part.regions and not part.code:
            # "Cornwall" for Redruth: a lower division of the city's country, inside its region.
            kept = [c for c in loc.cities if c[2] and c[2] in geo.regions(part.key, part.text, c[1])]
        if kept:
            loc.cities = kept
            loc.regions = [r for r in loc.regions if r in {c[2] for c in kept}] or loc.regions
            loc.qualified = True
            return True
    if loc.regions:
        kept = [r for r in loc.regions if r[:2] in countries or r in regions]
        if kept:
            loc.regions, loc.cities, loc.qualified = kept, [], True
            return True
    if head.countries and part.group:
        return True  # "Germany, Europe"
    return False


def _finish(loc: _Loc) -> tuple[str | None, str | None, str | None, str]:
    """(country, region, city, kind) for an assembled place."""
    head = loc.head
    if head.county:
        return "US", head.county[0], head.county[1], "county"
    if loc.town and loc.regions:
        return loc.regions[0][:2], loc.regions[0], None, "region"
    if loc.qualified and loc.cities:
        name, cc, region = loc.cities[0][:3]
        return cc, region or _same_name_region(head, cc), name, "city"
    if loc.qualified and loc.regions:
        return loc.regions[0][:2], loc.regions[0], None, "region"
    if head.alias:
        city, region, cc = head.alias
        return cc, region, city or None, "city" if city else "region"
    if head.countries and (not head.code or head.text.replace(".", "") in _STANDALONE_CODES):
        return head.countries[0], None, None, "country"
    if head.code:
        return None, None, None, "unknown"  # "CA", "IN", "OK" alone: see _STANDALONE_CODES
    if head.regions and (not head.cities or head.regions[0][:2] in _BARE_REGION_COUNTRIES
                         and geo.is_top_region(head.key)):
        region = head.regions[0]
        for name, cc, city_region, pop, *_ in head.cities:
            if city_region == region and pop >= 100_000:
                return cc, region, name, "city"  # "Berlin": city and Land
        return region[:2], region, None, "region"
    if head.cities:
        chosen = _pick_city(head.cities, frozenset())
        if chosen:
            name, cc, region = chosen[:3]
            return cc, region or _same_name_region(head, cc), name, "bare-city"
        return None, None, None, "ambiguous"
    return None, None, None, "group" if head.group else "unknown"


def _same_name_region(head: _Cand, country: str) -> str | None:
    # GeoNames numbers most countries' regions; a division of the city's own name
    # gives the ISO code ("Paris" -> FR-IDF, "Barcelona" -> ES-CT).
    return next((r for r in head.regions if r[:2] == country), None)


def _pick_city(cities, prefer: frozenset[str]):
    if len(cities) == 1:
        return cities[0]
    if prefer:
        local = [c for c in cities if c[1] in prefer]
        if local:
            return local[0]
    # A bare name picks the biggest city only when it clearly dominates
    # ("London" 8.9M vs London, Ontario 0.4M); "Cambridge" stays unresolved.
    return cities[0] if cities[0][3] >= 3 * cities[1][3] else None


@dataclass(slots=True)
class _Found:
    """A place found in text before it becomes a Place (role and resolution pending)."""

    text: str
    start: int
    end: int
    country: str | None
    region: str | None
    city: str | None
    kind: str  # country, region, city, bare-city, county, group, ambiguous
    limit: bool = False
    office: bool = False
    cities: tuple = ()  # the candidates of a bare city name, for the posting's context to decide
    regions: tuple = ()  # and the divisions of that name ("Cornwall": GB-ENG, or Cornwall, Ontario)


# Location values repeat across a repository ("Remote", "New York, NY"): parse each once.
_MEMO: dict[tuple[str, bool], tuple[tuple[_Found, ...], bool, bool]] = {}


def parse_value(value: str, base: int, *, strict: bool = False) -> tuple[list[_Found], bool, bool]:
    """Places in a location value ("Austin, TX / Remote (US)"), offsets shifted by `base`.

    Returns (places, says_remote, fully_resolved): fully_resolved is False when an
    item named nothing known, which callers that need a clean value (titles) check.
    """
    key = (value, strict)
    hit = _MEMO.get(key)
    if hit is None:
        if len(_MEMO) > 50_000:  # a bound on memory for huge runs; ~100 bytes an entry
            _MEMO.clear()
        found, remote, clean = _parse_value(value, strict)
        hit = _MEMO[key] = (tuple(found), remote, clean)
    # Fresh copies (callers set .limit and .office) with offsets moved by `base`.
    found = [_Found(f.text, f.start + base, f.end + base, f.country, f.region, f.city, f.kind,
                    f.limit, f.office, f.cities, f.regions) for f in hit[0]] if hit[0] else []
    return found, hit[1], hit[2]


_AREA = ("country", "region", "group")


def _parse_value(value: str, strict: bool) -> tuple[list[_Found], bool, bool]:
    found: list[_Found] = []
    remote = False
    clean = True
    pos = 0
    items = []
    if (not _SPLIT_CHARS.isdisjoint(value) or _may_hold(value, _SPLIT_WORDS)) and _SPLIT_HINT.search(value):
        for m in _ITEM_SPLIT.finditer(value):
            items.append((pos, m.start()))
            pos = m.end()
    items.append((pos, len(value)))
    parsed = []
    for a, b in items:
        item = value[a:b]
        if item.strip():
            item_found, item_remote, ok = _parse_item(item, a, strict)
            parsed.append((item_found, item_remote))
            remote = remote or item_remote
            clean = clean and ok
    if not any(fs for fs, _ in parsed):
        return found, remote, clean  # most values name no place
    value_cities = any(f.kind not in _AREA for fs, _ in parsed for f in fs)
    for item_found, item_remote in parsed:
        item_cities = any(f.kind not in _AREA for f in item_found)
        for f in item_found:
            # A country or region next to "Remote" limits where a remote hire may be
            # ("Remote, Canada", "Remote (US)", "US / Remote"). In a list of cities it
            # is one more place ("Tokyo, Singapore, Bangkok (remote possible)").
            if f.kind == "group" or f.kind in _AREA and ((item_remote and not item_cities) or
                                                           (remote and not value_cities)):
                f.limit = True  # and "North America" is never a workplace
            found.append(f)
    return found, remote, clean


def _parse_item(item: str, base: int, strict: bool) -> tuple[list[_Found], bool, bool]:
    stripped = item.strip()
    lead = len(item) - len(item.lstrip())
    m = _ITEM_HEAD.match(stripped)
    if m and m.group("whole") is not None:
        return [], True, True  # "Remote", "REMOTE OK", "Virtual", "Anywhere"
    remote = limit = office = False
    body, offset = stripped, lead
    if m and m.group("office") is not None:  # "HQ in Austin"
        office = True
        offset, body = lead + m.end(), stripped[m.end():]
    elif m and len(stripped) > m.end():  # "Remote within the US", "Remote: Canada"
        limit = True
        remote = bool(_REMOTE_ANY.search(m.group(0)) or "anywhere" in m.group(0).lower())
        offset, body = lead + m.end(), stripped[m.end():]
    locs: list[_Loc] = []
    cur: _Loc | None = None
    clean = True
    unknown_start = -1  # a part we could not read just before ("Leamington Spa", Warwickshire)
    # An item without , ( ) [ ] is one part (most are: "Berlin", "Data Engineer").
    parts = ((0, body),) if _PART_BREAKS.isdisjoint(body) else [(m.start(), m.group(0)) for m in _PART.finditer(body)]
    for part_start, text in parts:
        tstrip = text.strip()
        if not tstrip:
            continue
        if tstrip != stripped and _REMOTE_WORD.match(tstrip):  # the whole item was tested above
            remote = True
            continue
        sm = _LIMIT_SUFFIX.search(tstrip) if _may_end(tstrip, _LIMIT_SUFFIX_WORDS) else None
        if sm and sm.start() > 0:
            if _REMOTE_ANY.search(sm.group(0)) or "only" in sm.group(0).lower():
                limit = True
                remote = remote or bool(_REMOTE_ANY.search(sm.group(0)))
            text = text[: text.rfind(tstrip) + sm.start()]
        at = base + offset + part_start
        cand = _candidates(text, at, strict) or _trim_words(text, at, strict)
        if cand is None and " " in tstrip:
            # "Washington DC USA", "Toronto Canada": a place and its country with no comma.
            head_text, _, tail = text.rstrip().rpartition(" ")
            tail_cand = _candidates(tail, at + len(head_text) + 1, strict)
            head_cand = _candidates(head_text, at, strict) if tail_cand and tail_cand.countries else None
            if head_cand is not None:
                if cur is not None:
                    locs.append(cur)
                cur = _Loc(head_cand, head_cand.start, head_cand.end, list(head_cand.cities), list(head_cand.regions))
                cand = tail_cand
        if cand is None:
            if not (_may_hold(tstrip, _REMOTE_ANY_WORDS) and _REMOTE_ANY.search(tstrip)):
                clean = False
                if cur is None and tstrip[:1].isupper() and len(tstrip) <= 40:
                    unknown_start = at + (len(text) - len(text.lstrip()))
            continue
        if cur is not None and _qualifies(cur, cand):
            cur.end = cand.end
            continue
        if cand.code and cand.regions and cur is not None and cur.cities and not cur.qualified \
                and not cur.head.alias and not cur.head.countries \
                and not (cur.head.regions and geo.is_top_region(cur.head.key)):
            # "Vienna, VA", "Bedford, MA": a town the gazetteer lacks, named like a bigger
            # city elsewhere. The state is what we know.
            cur.head, cur.regions, cur.cities, cur.town, cur.end = cand, list(cand.regions), [], True, cand.end
            continue
        if cur is not None:
            locs.append(cur)
        cur = _Loc(cand, cand.start, cand.end, list(cand.cities), list(cand.regions))
        if unknown_start >= 0 and not cand.cities and not cand.alias:
            cur.start = unknown_start  # the span covers the town we could not name
            if cand.code and cand.regions:
                cur.town = True  # "Norwell, MA": after a town, "MA" is a state, not Morocco
        unknown_start = -1
    if cur is not None:
        locs.append(cur)
    out = []
    for loc in locs:
        country, region, city, kind = _finish(loc)
        if kind == "unknown":
            continue
        bare = kind in ("ambiguous", "bare-city")
        out.append(_Found("", loc.start, loc.end, country, region, city, kind, limit=limit, office=office,
                          cities=loc.head.cities if bare else (), regions=loc.head.regions if bare else ()))
    return out, remote, clean


def _trim_words(text: str, start: int, strict: bool) -> _Cand | None:
    """A place that ends a sentence inside a run of capitalised words ("Berlin. We" ->
    "Berlin"). Only a full stop cuts: "Leamington Spa" is not "Leamington"."""
    if "." not in text:
        return None
    words = text.split()
    for n, word in enumerate(words[:4], 1):
        if word.endswith(".") and not _ABBREV_END.search(word) and n < len(words):
            return _candidates(" ".join(words[:n]), start + (len(text) - len(text.lstrip())), strict)
    return None


# --- where places are written ---------------------------------------------------------------

_LOCATION_KEYS = ("location", "locations", "job_location", "city", "office", "where")


_FM_LINE = regex.compile(r"^(?P<key>location|locations|job_location|city|country|state|region|province)[ \t]*:"
                         r"[ \t]*[\"']?(?P<value>[^\n\"'#]*[^\s\"'#])", re.M | re.I)


def broken_front_matter(posting) -> list[tuple[str, str, int]]:
    """(key, value, offset) of top-level location keys in front matter that is not valid
    YAML. The site will not build, but a reader (and a pay law) still sees where the job is."""
    if posting.meta or not posting.body_start or not any(i.kind == "yaml-syntax" for i in posting.issues):
        return []
    head = posting.text[:posting.body_start]
    return [(m.group("key").lower(), m.group("value"), m.start("value")) for m in _FM_LINE.finditer(head)]


def _meta_places(posting, out: list[tuple[_Found, str, str]]) -> None:
    """(found, source, role) for the metadata fields."""
    fields = posting.fields
    if not fields:
        for _key, value, at in broken_front_matter(posting):
            for f in parse_value(value, at)[0]:
                out.append((f, "metadata", "limit" if f.limit else "office" if f.office else "job"))
        return
    loc = fields.get("locations")
    loc_key, loc_value, loc_start, loc_end = (loc.key, loc.value, loc.start, loc.end) if loc else ("", None, 0, 0)
    if loc is None:
        # One level down: `position: {title: ..., location: ...}` exports.
        for key, value in posting.meta.items():
            if isinstance(value, dict):
                sub = next((k for k in _LOCATION_KEYS if isinstance(value.get(k), (str, list, dict))), None)
                if sub:
                    span = posting.spans.get(f"{key}.{sub}")
                    loc_key, loc_value = f"{key}.{sub}", value[sub]
                    loc_start, loc_end = (span.value_start, span.value_end) if span else (0, 0)
                    break
    extra = [f for f in (fields.get("region"), fields.get("country")) if f is not None]
    if isinstance(loc_value, str) and extra and all(isinstance(f.value, str) for f in extra):
        # `city: Portland` + `state: OR` + `country: US` are one place, read together.
        pieces = [(loc_value, loc_start, loc_end)] + [(f.value, f.start, f.end) for f in extra]
        _meta_composite(posting, pieces, out)
    else:
        if loc_value is not None:
            _meta_value(posting, loc_key, loc_value, loc_start, loc_end, "job", out)
        country = fields.get("country")
        hint = geo.country(geo.norm(country.value), country.value) if country and isinstance(country.value, str) \
            else None
        for f in extra:
            if isinstance(f.value, str) and _meta_code(posting, f, hint, out):
                continue
            _meta_value(posting, f.key, f.value, f.start, f.end, "job", out)
    app = fields.get("applicant_locations")
    if app is not None:
        _meta_value(posting, app.key, app.value, app.start, app.end, "limit", out)


def _meta_code(posting, f, hint: str | None, out) -> bool:
    """`country: DE`, `state: NY`: a field that can only hold a country or a region
    reads a code as one (in text, "DE" or "IN" alone is too ambiguous)."""
    raw = f.value.strip()
    bare = raw.replace(".", "")
    if not (2 <= len(bare) <= 3 and bare.isalpha()):
        return False
    raw = raw.upper()
    at = _find_in(posting.text, f.value, f.start, f.end)
    if f.name == "country":
        code = geo.country(geo.norm(raw), raw)
        found = _Found("", at, at + len(f.value.strip()), code, None, None, "country") if code else None
    else:
        regions = geo.regions(geo.norm(raw), raw, hint)
        found = _Found("", at, at + len(f.value.strip()), regions[0][:2], regions[0], None, "region") \
            if regions else None
    if found is None:
        return False
    out.append((found, "metadata", "job"))
    return True


def _meta_composite(posting, pieces: list[tuple[str, int, int]], out) -> None:
    """Parse "loc, region, country" as one value; map each place back to the key it came from."""
    joined, table = "", []
    for value, start, end in pieces:
        if joined:
            joined += ", "
        at = _find_in(posting.text, value, start, end)
        table.append((len(joined), len(joined) + len(value), at))
        joined += value
    found, _, _ = parse_value(joined, 0)
    for f in found:
        f.text = joined[f.start:f.end]
        for a, b, at in table:
            if a <= f.start < b:
                f.start, f.end = at + f.start - a, at + min(f.end, b) - a
                break
        out.append((f, "metadata", "limit" if f.limit else "office" if f.office else "job"))


def _meta_value(posting, key: str, value, start: int, end: int, role: str, out) -> None:
    if isinstance(value, list):
        for i, item in enumerate(value[:20]):
            span = posting.spans.get(f"{key}.{i}")
            s, e = (span.value_start, span.value_end) if span else (start, end)
            _meta_value(posting, f"{key}.{i}", item, s, e, role, out)
        return
    if isinstance(value, dict):
        _meta_mapping(posting, key, value, start, end, role, out)
        return
    if not isinstance(value, str) or not value.strip():
        return
    at = _find_in(posting.text, value, start, end)
    found, _, _ = parse_value(value, at)
    for f in found:
        out.append((f, "metadata", "limit" if (f.limit or role == "limit") else "office" if f.office else role))


def _meta_mapping(posting, key: str, value: dict, start: int, end: int, role: str, out) -> None:
    """schema.org Place / PostalAddress / Country / State, or {city:, state:, country:}."""
    address = value.get("address", value)
    if isinstance(address, list) and address:
        address = address[0]
    if isinstance(address, str):
        _meta_value(posting, f"{key}.address", address, start, end, role, out)
        return
    if not isinstance(address, dict):
        return
    parts = []
    for k in ("addressLocality", "city", "locality", "addressRegion", "state", "region", "province",
              "addressCountry", "country", "name"):
        v = address.get(k)
        if isinstance(v, dict):
            v = v.get("name") or v.get("@id")
        if isinstance(v, str) and v.strip() and v.strip() not in parts:
            if k == "name" and parts:
                continue
            parts.append(v.strip())
    if not parts:
        return
    joined = ", ".join(parts)
    found, _, _ = parse_value(joined, 0)
    at = _find_in(posting.text, parts[0], start, end)
    for f in found:
        # The pieces sit in separate keys; point at the first one written.
        f.start, f.end = at, at + len(parts[0])
        f.text = joined
        out.append((f, "metadata", "limit" if (f.limit or role == "limit") else role))


def _find_in(text: str, value: str, start: int, end: int) -> int:
    if start or end:
        at = text.find(value, start, max(end, start + len(value)) + 2)
        if at >= 0:
            return at
        at = text.find(value, start)
        if 0 <= at < start + 4096:
            return at
    return start


def _title_places(posting, out) -> None:
    f = posting.fields.get("title")
    if f is None:
        return
    title = f.value
    if isinstance(title, dict):  # `position: {title: ...}` picked as the title
        title = title.get("title")
    if not isinstance(title, str) or not title.strip():
        return
    at = _find_in(posting.text, title, f.start, f.end)
    for seg_start, seg in _title_segments(title):
        if _no_capital(seg):
            continue
        found, remote, clean = parse_value(seg, at + seg_start, strict=True)
        if not clean and not remote:
            found = [f2 for f2 in found if f2.kind != "ambiguous" and _strong(f2)]
        for f2 in found:
            if f2.kind == "ambiguous":
                continue
            out.append((f2, "title", "limit" if f2.limit else "job"))


def _no_capital(text: str) -> bool:
    """A strict parse (titles, headers, prose) reads only names that start with a capital;
    text without one names no place, whatever else the parse would say about it."""
    return text.isascii() and text == text.lower()


def _strong(f: _Found) -> bool:
    # In a segment with other words ("Platform, London"), only an unmistakable place counts.
    return f.kind in ("country", "region", "city") or (f.kind == "bare-city" and f.cities[0][3] >= 100_000)


_TITLE_SEP = regex.compile(r"\s+[-–—|@]\s+|\s+(?:in|based in)\s+(?=[A-Z])|\s*[()\[\]]\s*|\s*[–—|]\s*")


def _title_segments(title: str) -> list[tuple[int, str]]:
    """Segments after the first separator: "Engineer - Berlin (Remote, US)" -> Berlin, "Remote, US"."""
    cuts = list(_TITLE_SEP.finditer(title))
    if not cuts:
        return []
    segs = []
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(title)
        seg = title[m.end():end]
        if seg.strip():
            segs.append((m.end(), seg))
    return segs


# --- the body ------------------------------------------------------------------------------

# "Location: Austin, TX" / "**Location**: Remote" / "<strong>Location:</strong>\nValue".
# Possessive quantifiers: HTML bodies are blanked to long runs of spaces, and
# overlapping optional runs would backtrack quadratically over them.
LABEL = regex.compile(
    r"^(?:[ \t>*_•·+\-]|<[a-zA-Z/][^>\n]{0,60}>)*+(?P<label>(?:job |work |office |primary |duty |position |role )?"
    r"locations?|based in|duty stations?|place of work|work ?place|work site|where)"
    r"(?:[ \t]*\(s\))?(?:[ \t*_]|</?[a-zA-Z][^>\n]{0,60}>)*+[:：](?:[ \t*_]|</?[a-zA-Z][^>\n]{0,60}>)*+",
    re.I | re.M)
_TAG = regex.compile(r"<[^>\n]*>")

_CAP = r"(?:[A-Z][\w'’.\-]*|(?:[A-Z]\.){2,3})"
_CONN = r"(?:am|an|de|del|da|do|du|la|le|los|las|upon|on|of|sur|im)"
_NAME = rf"{_CAP}(?: (?:{_CONN} )?{_CAP}){{0,3}}"
# A run of capitalised place names joined by commas, "and", "or", "&".
_PLACE_RUN = regex.compile(
    rf"(?:(?:our|the|beautiful|sunny|downtown|central|vibrant|lovely|historic) )?"
    rf"(?:\d[\w\- ]{{0,30}}, (?:in )?)?"  # a street address before the city: "253 Broadway, in Manhattan"
    rf"(?P<run>{_NAME}(?:(?:, ?|,? (?:and|or|&) ){_NAME}){{0,5}})")

# Prose: each anchor word (found with str.find, ~10x cheaper than a regex alternation
# tried at every position) has its own pattern, matched at the anchor; what comes
# before it (the subject, "must", "our") is read from a short slice ending there.
_FWD = {
    # "based in", "located at", "situated in", "headquartered in", "HQ is in", "offices in"
    "at": regex.compile(r"(?:based|located|headquartered|headquarters(?: (?:is|are))?|hq(?:'d| is| are)?"
                     r"|offices?(?: (?:is|are))?|studios?|campus(?:es)?)(?: (?:located|based))? (?:in|at|out of|within) (?:the )?", re.I),
    "relocate": regex.compile(r"relocat(?:e|ion|ing) to (?:the )?", re.I),
    # Not "residents of": "open to U.S. citizens (residents of American Samoa)" is about nationality.
    "reside": regex.compile(r"(?:(?:reside|residing|live|living)(?: anywhere)? (?:in|within)|residents? (?:of|in)) (?:the )?", re.I),
    "remote": regex.compile(r"remote(?:ly)?(?: (?:position|role|job|work|opportunity))?"
                         r" (?:within|across|throughout|anywhere in|in|from anywhere in|from) (?:the )?", re.I),
    "remote_paren": regex.compile(rf"(?i:remote) ?[(\[] ?(?P<n>{_NAME}(?:(?:, ?| ?/ ?| or | and ){_NAME}){{0,3}})(?i: only)? ?[)\]]"),
    "anywhere": regex.compile(r"anywhere (?:in|within|across) (?:the )?", re.I),
    "open": regex.compile(r"(?:open (?:only )?to|only (?:open to|accepting|hiring|considering))"
                       r"(?: (?:local|qualified|remote|all))?"
                       r"(?: (?:candidates|applicants|residents|people|those|individuals|engineers|contractors))?"
                       r"(?: (?:who (?:are|live|reside) )?(?:based|located|living|residing))? (?:in|within|from|of) (?:the )?", re.I),
    "join": regex.compile(r"join (?:us|(?:our|the)(?: [\w\-]+){0,3} team)(?: (?:based|located))? (?:in|at) (?:the )?", re.I),
    "onsite": regex.compile(r"on-?site (?:in|at) (?:the )?", re.I),
    "onloc": regex.compile(r"on location (?:in|at) (?:the )?", re.I),
    "is_in": regex.compile(r" (?:is|be) (?:in|at) (?:the )?", re.I),
}
_BEFORE = {
    "limit": regex.compile(r"(?:\b(?:must|should|need to|needs to|required to|have to|will need to|only|open to|applicants?|"
                        r"candidates?|who are|eligible|you are|you're)(?: currently)?(?: be)?(?: physically)?(?: a)? ?)$", re.I),
    "job": regex.compile(r"(?:\b(?:role|position|job|opportunity|vacancy|post)(?: is| will be| would be)?"
                      r"|\b(?:work|working|be|sit|sitting|report|reporting) (?:from|at|in|out of|to) (?:our|the)) ?$", re.I),
    "is_in": regex.compile(r"\b(?:role|position|job|opportunity|vacancy|post)(?: will)?$", re.I),
    "ofc_job": regex.compile(r"\b(?:role|position|job|you|you'll|you will)\b[^.\n]{0,60}\b(?:at|in|from|out of) our $",
                             re.I),
    "ofc": regex.compile(rf"\b(?:our|the) (?P<n>{_NAME}(?:, ?{_NAME}){{0,2}}) $"),
    "adj": regex.compile(rf"(?<![\w\-])(?P<n>{_NAME})$"),
    "only": regex.compile(rf"(?<![\w\-])(?P<n>{_NAME}(?:(?:, ?| ?/ ?| or | and | & ){_NAME}){{0,3}})"
                       rf"(?:[ -](?:based|residents?|applicants?|candidates?))?[ -]$"),
}
_LIMIT_CUE = regex.compile(r"\b(?:must|should|need|needs|required|only|open to|applicants?|candidates?|who are|eligible|be a)\b", re.I)
_WHO_AFTER = regex.compile(r" (?:candidates|applicants|residents|people|talent|contractors|employees|engineers|only)\b", re.I)
# anchor -> handler name (see _anchor)
_ANCHORS = {"based": "at", "locat": "at", "headquarter": "at", "hq": "at", "office": "at",
            "resid": "reside", " liv": "reside", "remote": "remote", "anywhere": "anywhere", "open to": "open",
            "only": "only", "join": "join", "site": "onsite", " is in ": "is_in", "on location": "onloc"}
# "in Austin, TX": the postal code after a comma is the anchor; "in <City>" is checked before it.
_STATE_CODE = regex.compile(r", [A-Z]{2}\b")
_CITYST = regex.compile(r"\bin (?P<n>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}, [A-Z]{2})$")
_NOT_PLACE_AFTER = regex.compile(r"\s*(?:-?\s*)?(?:time ?zones?|timezone|hours|business hours|working hours|"
                              r"standard time|daylight|tz\b|overlap)", re.I)
_OVERLAP_BEFORE = regex.compile(r"(?:overlap(?:ping)?|aligned?|align|compatible|during)\s+(?:with\s+)?(?:the\s+)?$", re.I)
_JOB_SUBJECT = regex.compile(r"\b(?:role|position|job|you(?:'ll| will| would)?|vacancy|opportunity|candidate|hire)\b[^.\n]{0,60}$", re.I)
_NATIONALITY = regex.compile(r"\b(?:citizens?|nationals?|citizenship|nationality)\b", re.I)
_ROLE_SUBJECT = regex.compile(r"\b(?:(?:this|the) )?(?:role|position|job|opportunity|vacancy)\b[^.;\n]{0,40}$", re.I)
_TRAVEL = regex.compile(r"\b(?:travel\w*|trips?|visit\w*|commute|fly|flights?)\b[^.;\n]{0,50}$", re.I)
_SENTENCE = regex.compile(r"[a-z]{3}[.!?] +[A-Z]")
_NEGATED = regex.compile(r"(?:\bnot|n't|n’t|\bnever|\bno need to|\bwithout)\s+(?:\w+\s+)?$", re.I)
_LIQUID_COMMENT = regex.compile(r"\{%-?\s*comment\b[^%]*%\}.*?(?:\{%-?\s*endcomment\b[^%]*%\}|\Z)", re.S)


def scratch(posting) -> dict:
    """Work places and arrangement share for one posting (the lower-cased body, anchor
    finds, label lines), kept on the posting itself: the two facts may be computed far
    apart (a profile or a rule order computes one fact for every posting, then the next),
    so a cache of the last posting alone would miss every time."""
    d = posting.__dict__
    found = d.get("_location_scratch")
    if found is None:
        found = d["_location_scratch"] = {}
    return found


def drop_scratch(posting, other: str) -> None:
    """Forget the shared work once the `other` fact is computed too. What is kept until
    then is tuples of numbers and strings, which the garbage collector stops tracking:
    lists kept for thousands of postings made its full passes several times costlier."""
    if other in posting.__dict__:
        posting.__dict__.pop("_location_scratch", None)


def lower_ascii(posting) -> bytes:
    """The body as bytes for finding the ASCII anchor words: ASCII letters lower-cased,
    every other character one "?", so offsets are the body's. On text with any non-ASCII
    character this is ~3x cheaper to make than body.lower(), and faster to search. The
    anchors hold no "k" (the Kelvin sign lower-cases to one), and a body with "İ", which
    lower-cases to two characters, is searched as written (as it always was)."""
    s = scratch(posting)
    low = s.get("lowb")
    if low is None:
        body = posting.body
        low = body.encode("ascii", "replace")
        s["dotted"] = "\u0130" in body
        low = s["lowb"] = low if s["dotted"] else low.lower()
    return low


def lower_window(posting, start: int, end: int) -> str:
    """body[start:end] lower-cased like the whole body would be (see lower_ascii), for
    the phrase regexes. Only a Greek sigma can come out differently at the edges, and it
    is a letter either way."""
    text = posting.body[start:end]
    if "dotted" not in scratch(posting):
        lower_ascii(posting)
    return text if scratch(posting)["dotted"] else text.lower()


def on_site_start(low: bytes, body: str, i: int) -> int:
    """Where "on-site", "onsite" or "on site" starts, given where its "site" is in
    `lower_ascii`; -1 for "website", "sites"."""
    if low[i - 3:i] in (b"on-", b"on "):
        return i - 3
    return i - 2 if low[i - 2:i] == b"on" and (i < 3 or not body[i - 3].isalpha()) else -1


def header_segments(posting) -> tuple[tuple[int, str], ...]:
    """(offset, text) of the segments of a Hacker News style first line, "Acme | Engineer |
    Boston, MA | ONSITE" or "London, UK - Acme - Full time - Onsite Only", in a posting with no title."""
    s = scratch(posting)
    found = s.get("header")
    if found is None:
        found = s["header"] = tuple(_header_segments(posting))
    return found


def _header_segments(posting) -> list[tuple[int, str]]:
    if posting.field("title") is not None:
        return []
    body = posting.body
    start = len(body) - len(body[posting.body_start:].lstrip()) if body[posting.body_start:].strip() else -1
    if start < 0:
        return []
    end = body.find("\n", start)
    line = body[start:len(body) if end < 0 else end]
    sep = "|" if line.count("|") >= 2 else " - " if line.count(" - ") >= 3 and len(line) < 250 else None
    if sep is None:
        return []
    out, pos = [], 0
    for seg in line.split(sep):
        if seg.strip() and len(seg.strip()) <= 60:
            out.append((start + pos, seg))
        pos += len(seg) + len(sep)
    return out


# A posting names "remote" or "office" a handful of times; a file that does it
# hundreds of times is a dump or junk, and reading its first occurrences is enough
# (it keeps the work per file linear in its size).
_MAX_HITS = 64


# Anchors found from another anchor's finds: (the other, where it starts in this one).
# Every "relocat" or "on location" holds a "locat", so one search of the body serves three.
_WITHIN = {"relocat": ("locat", 2), "on location": ("locat", 3)}


def anchor_words(anchors) -> tuple[tuple[str, bytes], ...]:
    """The anchor words with their bytes, for anchor_hits: made once per module."""
    return tuple((word, word.encode()) for word in anchors)


_ANCHOR_WORDS = anchor_words(_ANCHORS)


def anchor_hits(posting, words: tuple[tuple[str, bytes], ...]) -> list[tuple[int, str]]:
    """(position, anchor) of every anchor in the lower-cased body, in order. Positions
    are kept per word on the posting, so places and arrangement share the finds.
    Most words are in no posting: the loop is kept tight for them (~20 words a posting)."""
    s = scratch(posting)
    cache = s.get("hits")
    if cache is None:
        cache = s["hits"] = {}
    low = lower_ascii(posting)
    find = low.find
    start = posting.body_start
    hits = []
    for word, needle in words:
        found = cache.get(word)
        if found is None:
            if word in _WITHIN:
                found = _finds_within(posting, word, needle)
            else:
                i = find(needle, start)
                found = () if i < 0 else _search(low, needle, i)
            cache[word] = found
        if found:
            hits += [(i, word) for i in found]
    if len(hits) > 1:
        hits.sort()
    return hits


def _search(low: bytes, needle: bytes, start: int) -> tuple[int, ...]:
    """The first _MAX_HITS non-overlapping occurrences of `needle` from `start`."""
    found: list[int] = []
    i = low.find(needle, start)
    while i >= 0 and len(found) < _MAX_HITS:
        found.append(i)
        i = low.find(needle, i + len(needle))
    return tuple(found)


def _finds_within(posting, word: str, needle: bytes) -> tuple[int, ...]:
    """anchor_hits for a word that holds another anchor (see _WITHIN): the other's finds,
    when complete, say where to look."""
    other, shift = _WITHIN[word]
    low = lower_ascii(posting)
    start = posting.body_start
    finds = [i for i, _ in anchor_hits(posting, ((other, other.encode()),))]
    if len(finds) >= _MAX_HITS:  # the other word's list stops early: search for this one
        return _search(low, needle, start)
    found: list[int] = []
    end = start
    for j in finds:
        i = j - shift
        if i >= end and low.startswith(needle, i):  # non-overlapping, like find's
            found.append(i)
            end = i + len(needle)
    return tuple(found)


def dead_ranges(posting) -> tuple[tuple[int, int], ...]:
    """Liquid `{% comment %}` blocks are never shown: their text is instructions, not the posting."""
    s = scratch(posting)
    found = s.get("dead")
    if found is None:
        found = s["dead"] = () if b"{%" not in lower_ascii(posting) else \
            tuple(m.span() for m in _LIQUID_COMMENT.finditer(posting.body))
    return found


def _inside(pos: int, ranges) -> bool:
    return bool(ranges) and any(a <= pos < b for a, b in ranges)


def label_values(posting) -> tuple[tuple[int, int, str], ...]:
    """(start, end, value) of every "Location:"-style line's value in the body, inline
    HTML tags blanked (kept on the posting: places and arrangement both ask)."""
    s = scratch(posting)
    found = s.get("labels")
    if found is None:
        found = s["labels"] = tuple(_label_values(posting))
    return found


def _colon_lines(body: str, origin: int) -> list[int]:
    """Starts of the lines that begin after a newline at or after `origin` and hold a colon.
    A label line always has one, and a posting has a few such lines among dozens:
    trying LABEL only there is ~5x cheaper than searching for it after every newline."""
    starts = []
    for colon in (":", "\uff1a"):  # the full-width colon of CJK text
        i = body.find(colon, origin)
        while i >= 0:
            nl = body.rfind("\n", origin, i)
            if nl >= 0:
                starts.append(nl + 1)
            end = body.find("\n", i)
            if end < 0:
                break
            i = body.find(colon, end)
    if len(starts) > 1:
        starts = sorted(set(starts))
    return starts


def _label_values(posting) -> list[tuple[int, int, str]]:
    body = posting.body
    starts = _colon_lines(body, max(0, posting.body_start - 1))
    if posting.body_start == 0 and LABEL.match(body, 0):
        starts.insert(0, 0)
    out = []
    for line_start in starts:
        m = LABEL.match(body, line_start)
        if m is None:
            continue
        start = m.end()
        nl = body.find("\n", start)
        nl = len(body) if nl < 0 else nl
        if not body[start:nl].strip():
            # The value is on the next non-blank line ("**Location:**\nAustin, TX").
            nxt = start
            for _ in range(2):
                nxt = nl + 1
                nl = body.find("\n", nxt)
                nl = len(body) if nl < 0 else nl
                if body[nxt:nl].strip():
                    break
            start = nxt
        value = body[start:nl]
        if "<" in value:  # inline HTML in a Markdown file: "Remote</p>"
            value = _TAG.sub(lambda m: " " * len(m.group(0)), value)
        stripped = value.rstrip()
        lead = len(value) - len(value.lstrip())
        if stripped.strip():
            out.append((start + lead, start + len(stripped), stripped[lead:]))
    return out


def _body_places(posting, out) -> None:
    body = posting.body
    start0 = posting.body_start
    dead = dead_ranges(posting)
    seen: list[tuple[int, int]] = []

    def add(found: list[_Found], role: str) -> None:
        for f in found:
            if any(a <= f.start < b for a, b in seen):
                continue
            r = "limit" if f.limit else "office" if f.office else role
            out.append((f, "body", r))
        for f in found:
            seen.append((f.start, f.end))

    # 1. Label lines: the whole value is a place list.
    for vs, _ve, value in label_values(posting):
        if _inside(vs, dead):
            continue
        if len(value) > 100 or _SENTENCE.search(value):
            continue  # prose after a label ("Flexible, though ... preferred. Travel to ..."); triggers read it
        found, _, _ = parse_value(value, vs)
        add(found, "job")
    # 2. A header line "Company | Role | City, ST | Remote" (Hacker News "Who is hiring").
    for seg_start, seg in header_segments(posting):
        if _no_capital(seg):
            continue  # "https://acme.com/jobs", "full-time"
        found, remote, clean = parse_value(seg, seg_start, strict=True)
        if not (clean or remote):
            # Keep only unmistakable places from a segment with other words in it
            # ("Hoboken, NJ and Bangaluru, India": the misspelt city is not a reason to drop NJ).
            found = [f for f in found if f.kind in ("city", "region", "country", "county")]
        add([f for f in found if f.kind != "ambiguous"], "job")
    # 3. Prose, at anchor words.
    low = lower_ascii(posting)
    for i, word in anchor_hits(posting, _ANCHOR_WORDS):
        if not _inside(i, dead):
            _anchor(body, low, i, word, add)
    for n, m in enumerate(_STATE_CODE.finditer(body, start0)):
        if n >= _MAX_HITS:
            break
        cm = _CITYST.search(body, max(start0, m.start() - 60), m.end())
        if cm and not _inside(cm.start(), dead):
            _prose_place(body, cm.start("n"), cm.group("n"), "office", add)


def _anchor(body: str, low: bytes, i: int, word: str, add) -> None:
    kind = _ANCHORS[word]
    if word == "site":
        back_to = on_site_start(low, body, i)
        if back_to < 0:
            return  # "website"
        i = back_to
    # The line's start, looked for only as far back as the 80 characters read before
    # the anchor (a blanked HTML page can be one long line).
    back = body.rfind("\n", max(0, i - 80), i) + 1 or max(0, i - 80)
    line_start = back
    if kind == "at":
        if word == "locat" and low.startswith(b"re", i - 2):
            kind = "relocate"
            i -= 2
        elif word == "based" and i and body[i - 1] == "-":
            # "a Montreal-based company" (office); "US-based candidates" (limit)
            m = _BEFORE["adj"].search(body, back, i - 1)
            if m:
                who = _WHO_AFTER.match(body, i + 5)
                _prose_place(body, m.start("n"), m.group("n"), "limit" if who else "office", add)
            return
        elif word in ("office", "hq", "studio", "campus"):
            m = _BEFORE["ofc"].search(body, back, i)
            if m:  # "our London office": an office; "work from our London office": the workplace
                at = m.start() + 4
                role = "job" if _BEFORE["job"].search(body, back, at) or _BEFORE["ofc_job"].search(body, back, at) \
                    else "office"
                _prose_place(body, m.start("n"), m.group("n"), role, add)
    if kind == "only":
        m = _BEFORE["only"].search(body, back, i)
        if m:  # "US only", "EU residents only"
            _prose_place(body, m.start("n"), m.group("n"), "limit", add)
            return
        kind = "open"
    if kind == "remote":
        m = _FWD["remote_paren"].match(body, i)
        if m:  # "Remote (US)", "remote (EU only)"
            _prose_place(body, m.start("n"), m.group("n"), "limit", add)
            return
    if kind == "is_in":
        if not _BEFORE["is_in"].search(body, back, i):
            return
        kind, role = "is_in", "job"
    m = _FWD[kind].match(body, i)
    if m is None:
        return
    if _NEGATED.search(body, max(0, i - 16), i) or _TRAVEL.search(body, back, i):
        return  # "If you're not based in Seattle", "travel to our office in Bamako"
    if kind in ("remote", "anywhere", "open"):
        role = "limit"
    elif kind == "reside":
        if not _LIMIT_CUE.search(body, max(line_start, i - 60), i):
            return  # "our staff living in 20 countries" describes the company
        if _NATIONALITY.search(body, max(line_start, i - 60), i):
            return  # "open to U.S. citizens or nationals (residents of American Samoa)"
        role = "limit"
    elif kind in ("relocate", "join", "onsite", "is_in", "onloc"):
        role = "job"
    elif _ROLE_SUBJECT.search(body, back, i):
        role = "job"  # "This role is based in", "the position must be based in"
    elif _BEFORE["limit"].search(body, back, i):
        role = "limit"  # "you must be based in", "candidates must be located in"
    elif _BEFORE["job"].search(body, back, i) or _JOB_SUBJECT.search(body, back, i):
        role = "job"  # "you will be located at"
    else:
        role = "office"
    pm = _PLACE_RUN.match(body, m.end(), min(len(body), m.end() + 160))
    if pm is None or _NOT_PLACE_AFTER.match(body, pm.end()):
        return
    found, _, _ = parse_value(pm.group("run"), pm.start("run"), strict=True)
    found = [f for f in found if f.kind != "ambiguous"]
    add(_as_role(found, role), role)


def _prose_place(body: str, at: int, text: str, role: str, add) -> None:
    end = at + len(text)
    if _NOT_PLACE_AFTER.match(body, end) or _OVERLAP_BEFORE.search(body, max(0, at - 30), at):
        return  # "US Eastern hours", "overlap with US time zones"
    found, _, _ = parse_value(text, at, strict=True)
    add(_as_role([f for f in found if f.kind != "ambiguous"], role), role)


def _as_role(found: list[_Found], role: str) -> list[_Found]:
    for f in found:
        # "offices in Asia Pacific": an office, though a group of countries is otherwise a limit
        f.limit = role == "limit" or (f.limit and role != "office")
        f.office = role == "office"
    return found


# --- public -----------------------------------------------------------------------------------

def extract_places(posting) -> list[Place]:
    raw: list[tuple[_Found, str, str]] = []
    _meta_places(posting, raw)
    _title_places(posting, raw)
    _body_places(posting, raw)
    # A bare city name ("Cambridge", "Birmingham") takes the country the rest of the
    # posting points to (a qualified place, the metadata) when a city there has that name.
    context = frozenset(f.country for f, _, _ in raw if f.country and f.kind not in ("bare-city", "ambiguous"))
    places: list[Place] = []
    seen: set = set()
    text = posting.text
    for f, source, role in raw:
        if f.kind in ("ambiguous", "bare-city") and context and f.country not in context:
            chosen = _pick_city(f.cities, context)
            region = next((r for r in f.regions if r[:2] in context), None)
            if chosen is not None and chosen[1] in context:
                f.city, f.country, f.region = chosen[0], chosen[1], chosen[2] or None
            elif region:  # "Cornwall" in a UK posting is the county, not Cornwall, Ontario
                f.city, f.country, f.region = None, region[:2], region
        if f.kind == "ambiguous" and f.country is None:
            continue
        shown = f.text or text[f.start:f.end]
        key = (shown.lower(), role, source, f.country, f.region, f.city)
        if key in seen:
            continue
        seen.add(key)
        places.append(Place(shown, f.country, f.region, f.start, f.end, source, f.city, role))
    drop_scratch(posting, "work_arrangement")
    return places
