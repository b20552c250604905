"""No job location and no remote statement, so pay-transparency laws cannot be checked.

## What it checks
Reports a posting from which jdlint can work out neither where the job is
(front matter `location`, schema.org `jobLocation`, a place in the title or
text) nor that it is remote and where remote hires may live. Without that, no
pay-transparency rule (JD101-JD108) can tell which laws apply, so they stay
silent, and this finding says so.

Not reported for closed postings, volunteer roles or federal public-service
jobs, which no pay law reaches wherever they are (see JD101).

Severity is **info**: many files in a postings folder (templates, general
"join our talent network" pages, postings for places with no pay law) are not
obviously subject to any law, and failing a commit over a question jdlint
cannot answer would be a false alarm. Raise it to `warning` or `error` in
`.jdlint.yaml` if every posting in your repository must be checkable.

## Why it matters
Applicants need to know where a job is; regulators decide whether their law
applies by the same question. A posting without a location may still be
covered (Colorado reaches remote jobs anywhere in the US), and jdlint cannot
tell.

## Example
```markdown
---
title: Backend Engineer
---
Join our platform team...
```

## How to fix
Add the work location (`location: Denver, CO`), or say that the job is remote
and where hires may live ("Remote, US only", "Remote within Canada"). For
remote jobs, schema.org's `jobLocationType: TELECOMMUTE` with
`applicantLocationRequirements` gives the same information to search engines.

## Source
Jurisdiction tests of the pay-transparency laws in `rules/laws/` (laws.md
section 5, records last checked 2026-11-01): each law reaches jobs by where
the work is done or where a remote hire may live, so a posting must say one
or the other to be checked.
"""

from __future__ import annotations

from jdlint import laws
from jdlint.model import Finding

CODE = "JD109"
NAME = "job-location-unknown"
CATEGORY = "pay-transparency"
SEVERITY = "info"
SUMMARY = "No job location or remote statement; pay-transparency laws cannot be checked"
EXAMPLES = {
    "bad": ["---\ntitle: Backend Engineer\n---\nJoin our platform team and build the APIs behind our apps.\n"],
    "good": [
        "---\ntitle: Backend Engineer\nlocation: Denver, CO\nsalary: $120,000 - $140,000\n---\nJoin our "
        "platform team.\n",
        "---\ntitle: Backend Engineer\n---\nThis is a fully remote role open to candidates anywhere in "
        "Canada.\n",
    ],
}


def check(posting, ctx):
    if not posting.reach.unknown:
        return
    if laws.states_unpaid(posting) or laws.closed(posting, ctx.as_of) or laws.public_service(posting):
        return  # no pay law could apply whatever the location
    start, end = laws.anchor(posting)
    pay = "" if laws.pay_view(posting).amounts else " (the posting gives no pay either)"
    yield Finding(start, end,
                  f"No job location or remote statement, so pay-transparency laws could not be checked{pay}: "
                  f"add the location (e.g. 'location: Denver, CO') or say where remote hires may live")
