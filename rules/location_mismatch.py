"""The front matter and the text name different places as where the job is.

## What it checks
A posting whose front matter (`location`, `city`, `country`, schema.org
`jobLocation`) puts the job in one place while the text says the job is
somewhere else: `location: London, UK` above "This role is based in our
Manchester office", or `location: Austin, TX` above a "Location: Denver, CO"
line.

Only the text's statements about *this job* count: a "Location:" line, "this
role is based in", "you will work from our ... office", "relocation to". These
never count:

- a company's other offices or its headquarters ("offices in London, Berlin
  and Austin", "a Montreal-based company");
- several places offered as alternatives: a line of the text that names any
  of the front matter's places ("Boston, MA or San Francisco, CA") agrees with
  it, and so does a front matter that lists the text's place among others;
- places of one metro area (Jersey City and New York, Oakland and San
  Francisco: under 80 km apart), and a city inside the region the front
  matter gives ("Toronto" under `location: Ontario`);
- a preferred place ("London preferred", "ideally near our Austin office").

## Why it matters
Job boards, search engines and pay-transparency checks read the front matter;
applicants read the text. When they disagree, people apply for a job in the
wrong city and a posting can be judged under the wrong jurisdiction's law. It
is usually a copied posting whose front matter was not updated.

## Example
```markdown
---
title: Support Engineer
location: London, UK
---
This role is based in our Manchester office.
```

## How to fix
Make the front matter and the text name the same place. If the job can be
done in several places, list all of them in the front matter
(`location: London, UK; Manchester, UK`).
"""

from __future__ import annotations

from jdlint.facts.consistency import compatible, describe, soft
from jdlint.model import Finding, Related

CODE = "JD401"
NAME = "location-mismatch"
CATEGORY = "location-consistency"
SEVERITY = "warning"
SUMMARY = "The front matter and the text name different places for the job"
EXAMPLES = {
    "bad": [
        "---\ntitle: Support Engineer\nlocation: London, UK\n---\nThis role is based in our Manchester office. "
        "You will help customers set up their accounts.\n",
        "---\ntitle: Data Analyst\nlocation: Austin, TX\n---\n**Location:** Denver, CO\n\nYou will build "
        "dashboards for our sales team.\n",
    ],
    "good": [
        "---\ntitle: Support Engineer\nlocation: London, UK\n---\nThis role is based in our London office. "
        "We also have offices in Berlin and Austin.\n",
        "---\ntitle: Platform Engineer\nlocation: Jersey City, NJ\n---\nYou will work from our New York "
        "office two days a week.\n",
        "---\ntitle: Designer\nlocation: Toronto, ON; Montreal, QC\n---\nLocation: Montreal, QC\n",
        "---\ntitle: Analyst\nlocation: Ontario\n---\nThis position is based in Toronto.\n",
        "---\ntitle: Backend Developer\nlocation: Remote\n---\nWe are a Berlin-based company; London preferred "
        "for the odd meetup.\n",
    ],
}


def check(posting, ctx):
    places = posting.places
    meta = [p for p in places if p.source == "metadata" and p.role == "job" and p.country]
    if not meta:
        return
    body = [p for p in places if p.source == "body" and p.role == "job" and p.country]
    # Places on one line are alternatives ("Boston, MA or San Francisco, CA"): if the
    # line names any of the front matter's places, it agrees with it. One finding a line.
    lines: dict[int, list] = {}
    for p in body:
        lines.setdefault(posting.text.rfind("\n", 0, p.start), []).append(p)
    for group in lines.values():
        if any(compatible(p, m) for p in group for m in meta):
            continue
        group = [p for p in group if not soft(posting, p)]
        if not group:
            continue
        first, last = group[0], group[-1]
        # One name per place: "Dallas, TX" and a later "Dallas" on the same line are one city.
        distinct = list({(p.city or p.text, p.region or p.country): p for p in reversed(group)}.values())[::-1]
        names = ", ".join(dict.fromkeys(describe(p) for p in distinct))
        where = meta[0]
        others = "" if len(meta) == 1 else f" (or any of its {len(meta)} places)"
        yield Finding(
            first.start, last.end,
            f"The text puts the job in {names}, but the front matter says {describe(where)}{others}: "
            "make them name the same place",
            related=(Related(where.start, where.end, "the front matter's location"),),
        )
