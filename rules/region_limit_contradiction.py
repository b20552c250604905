"""Where applicants may be and where the job is listed do not overlap.

## What it checks
A posting that limits where hires may live or work ("Remote (US)", "US
only", "must reside in Canada", "EU residents only", schema.org
`applicantLocationRequirements`) and also lists a place for the job outside
that area: `location: Toronto, ON` with "Remote, US only"; "Remote (EU)" in
the title with a "Location: London, UK" line.

Groups of countries are read from GeoNames continents and the EU's member
list: "North America", "Europe", "EU", "EEA", "EMEA", "APAC", "LATAM",
"DACH", "Nordics".

These are not contradictions and are never reported:

- a company's offices and headquarters mentioned in passing;
- a preferred place ("London preferred");
- time-zone requirements ("must overlap with US Eastern hours", "within
  UTC-5 to UTC+1"): those are not places;
- a place the limit includes ("Remote (US)" with "New York, NY");
- a limit and a place on one line: "Tel Aviv / Remote (Bay Area)" offers an
  office and a remote option, and the limit is the remote option's;
- "EU" read as Europe ("London, UK / EU only"): postings use it for the
  continent.

## Why it matters
Applicants outside the allowed area waste their time, and people inside it
may skip a job that seems to be elsewhere. Pay-transparency laws reach remote
jobs by where hires may live, so a confused area makes the posting's legal
duties unclear.

## Example
```markdown
---
title: Support Engineer (Remote, US only)
location: Toronto, ON
---
Help our customers across North America.
```

## How to fix
Make the limit and the listed places agree: widen the limit ("Remote, US or
Canada"), or list only places inside it.
"""

from __future__ import annotations

from jdlint.facts.consistency import allowed_area, describe, inside, same_line, soft
from jdlint.model import Finding, Related

CODE = "JD403"
NAME = "region-limit-contradiction"
CATEGORY = "location-consistency"
SEVERITY = "warning"
SUMMARY = "A place listed for the job lies outside the area applicants are limited to"
EXAMPLES = {
    "bad": [
        "---\ntitle: Support Engineer (Remote, US only)\nlocation: Toronto, ON\n---\nHelp our customers "
        "across North America.\n",
        "---\ntitle: Backend Developer\nlocation: London, UK\n---\nThis is a remote role open to candidates "
        "in the US only.\n",
    ],
    "good": [
        "---\ntitle: Support Engineer (Remote, US only)\nlocation: New York, NY\n---\nHelp our customers.\n",
        "---\ntitle: Backend Developer\nlocation: Remote (EU)\n---\nOur HQ is in London, and we have "
        "offices in Berlin and Lisbon.\n",
        "---\ntitle: Data Engineer\nlocation: Remote, US\n---\nYou must overlap with UK business hours "
        "for two hours a day.\n",
        "---\ntitle: Designer\nlocation: Remote (North America)\n---\nLocation: Toronto, ON\n",
    ],
}


def check(posting, ctx):
    places = posting.places
    limits = [p for p in places if p.role == "limit" and not soft(posting, p)]
    if not limits:
        return
    countries, regions = allowed_area(limits)
    if not countries and not regions:
        return
    reported: set[tuple] = set()
    for p in places:
        if p.role != "job" or not p.country or inside(p, countries, regions) or soft(posting, p):
            continue
        if any(same_line(posting, p, limit) for limit in limits):
            continue  # "Tel Aviv / Remote (Bay Area)": the limit is for the remote option only
        key = (p.country, p.region, p.city)
        if key in reported:
            continue
        reported.add(key)
        limit = limits[0]
        yield Finding(
            p.start, p.end,
            f"The job is listed in {describe(p)}, outside the area applicants are limited to "
            f"({', '.join(describe(x) for x in limits[:3])}): widen the limit or list places inside it",
            related=(Related(limit.start, limit.end, "where the posting limits applicants"),),
        )
