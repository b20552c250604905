"""Can two places a posting names be the same workplace? Shared by the JD40x rules.

The rules report contradictions only, so every test here leans towards "yes,
compatible": a place that did not resolve, a region next to a city inside it,
two cities of one metro area (Jersey City and New York are 5 km apart, across a
state line) never conflict. Two cities conflict only when both are known and
more than METRO_KM apart.
"""

from __future__ import annotations

import re

from .. import regex  # re.compile with compiled programs cached between runs
from . import geo
from .types import Place

METRO_KM = 80.0
_SOFT = regex.compile(r"\b(?:prefer\w*|ideally|bonus|nice[ -]to[ -]have|a plus|welcome|optional(?:ly)?|or nearby)\b", re.I)


def describe(place: Place) -> str:
    """A short name for messages: "London (GB)", "Ontario (CA-ON)", "US"."""
    text = " ".join(place.text.split())
    code = place.region or place.country
    if not code:
        return f"'{text}'"
    return f"{text} ({code})" if code.lower() != text.lower().replace(".", "") else text


def compatible(a: Place, b: Place) -> bool:
    """False only when `a` and `b` certainly name different places."""
    if not a.country or not b.country:
        return True
    if a.city and b.city and _same_name(a.city, b.city):
        return True  # "Newark" for "Newark on Trent", "Frankfurt" for "Frankfurt am Main"
    if a.country != b.country:
        return False
    if a.city and b.city and a.city != b.city or a.region and b.region and a.region != b.region:
        pa = geo.coords(a.city, a.country, a.region)
        pb = geo.coords(b.city, b.country, b.region)
        if pa and pb:
            return geo.distance_km(pa, pb) <= METRO_KM
        # Only one side is a city, or a city is missing from the gazetteer: the
        # regions decide ("New Jersey" vs "New York City" conflict; "Oakland" vs
        # "Bay Area" do not).
        return not (a.region and b.region and a.region != b.region)
    return True


def _same_name(a: str, b: str) -> bool:
    a, b = geo.norm(a), geo.norm(b)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def same_line(posting, a: Place, b: Place) -> bool:
    """Are `a` and `b` on one line (one location value, one header, one sentence list)?"""
    if a.start > b.start:
        a, b = b, a
    return "\n" not in posting.text[a.start:b.end]


def allowed_area(limits: list[Place]) -> tuple[set[str], set[str]]:
    """(countries, regions) that remote-limit places allow; groups expand to countries.

    "EU" is read as Europe: postings write it for the continent ("London / EU only"),
    and a contradiction rule must not hinge on who left the Union when."""
    countries: set[str] = set()
    regions: set[str] = set()
    for p in limits:
        if p.region:
            regions.add(p.region)
        elif p.country:
            countries.add(p.country)
        else:
            key = geo.norm(p.text)
            members = geo.group("europe" if key in ("eu", "european union", "eea") else key)
            if members:
                countries |= members | (geo.group(key) or set())
    return countries, regions


def inside(place: Place, countries: set[str], regions: set[str]) -> bool:
    """Is `place` inside the allowed area (or not known well enough to say it is not)?"""
    if not place.country:
        return True
    if place.country in countries or (place.region and place.region in regions):
        return True
    if place.region is None and any(r.startswith(place.country + "-") for r in regions):
        return True  # "Canada" against a limit of Ontario: cannot tell
    return False


def soft(posting, place: Place) -> bool:
    """Is the place a preference rather than a requirement ("London preferred",
    "ideally near our Austin office")? Preferences never contradict anything."""
    text = posting.text
    line_start = text.rfind("\n", 0, place.start) + 1
    line_end = text.find("\n", place.end)
    line_end = len(text) if line_end < 0 else line_end
    window = text[max(line_start, place.start - 60):min(line_end, place.end + 40)]
    return _SOFT.search(window) is not None
