"""The title names a different place from the posting's location metadata.

## What it checks
A title that carries a place ("Senior Engineer - Berlin", "Account Executive
(Remote, Canada)") while the front matter or schema.org metadata gives a
place that cannot be the same: `title: Senior Engineer - Berlin` with
`location: Munich, Germany`. Work places are compared with work places and
remote limits with remote limits; a city inside the metadata's region, places
of one metro area, and a place the metadata lists among several alternatives
agree.

A title word that is a city name only by accident ("iOS Engineer - Mobile",
"Phoenix Developer") is not read as a place.

## Why it matters
Job boards show the title on its own, in lists and alerts, and many
applicants decide from it. A title left over from an older posting sends
people to the wrong city, and search engines index the metadata's place.

## Example
```markdown
---
title: Senior Engineer - Berlin
location: Munich, Germany
---
```

## How to fix
Make the title and the location field name the same place, or drop the place
from the title.
"""

from __future__ import annotations

from jdlint.facts.consistency import compatible, describe
from jdlint.model import Finding, Related

CODE = "JD404"
NAME = "title-location-mismatch"
CATEGORY = "location-consistency"
SEVERITY = "warning"
SUMMARY = "The title names a different place from the location metadata"
EXAMPLES = {
    "bad": [
        "---\ntitle: Senior Engineer - Berlin\nlocation: Munich, Germany\n---\nBuild our payments platform.\n",
        "---\ntitle: Account Executive (Remote, Canada)\nlocation: Remote, US\n---\nSell to mid-size firms.\n",
    ],
    "good": [
        "---\ntitle: Senior Engineer - Berlin\nlocation: Berlin, Germany\n---\nBuild our payments platform.\n",
        "---\ntitle: Product Designer - NYC\nlocation: Jersey City, NJ\n---\nDesign our mobile apps.\n",
        "---\ntitle: iOS Engineer - Mobile\nlocation: Austin, TX\n---\nShip our iPhone app.\n",
        "---\ntitle: Analyst - Toronto\nlocation: Ontario, Canada\n---\nModel our risk.\n",
    ],
}


def check(posting, ctx):
    places = posting.places
    for role in ("job", "limit"):
        meta = [p for p in places if p.source == "metadata" and p.role == role and p.country]
        if not meta:
            continue
        for p in places:
            if p.source != "title" or p.role != role or not p.country:
                continue
            if any(compatible(p, m) for m in meta):
                continue
            first = meta[0]
            yield Finding(
                p.start, p.end,
                f"The title says {describe(p)}, but the location metadata says {describe(first)}: "
                "make them name the same place",
                related=(Related(first.start, first.end, "the metadata's location"),),
            )
            return
