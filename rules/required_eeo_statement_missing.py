"""A posting without an equal-opportunity statement, when policy requires one.

## What it checks
Only when `.jdlint.yaml` sets `policies: {eeo_statement: require}`: reports a
posting whose text has no equal-opportunity or non-discrimination statement.
What counts as one is described under `eeo-statement-missing` (JD501), the
warning that runs under the default policy, `recommend`. Empty postings are
left to JD005. For federal contractors (`employer.federal_contractor: true`)
with a job that can be filled in the US, `federal-contractor-eeo-incomplete`
(JD502) reports a missing statement instead, with the wording the regulations
ask for.

## Why it matters
Teams that require the statement have made it a house rule (a company policy,
a public-contract clause, a job board's terms): a posting without it should
not ship.

## Example
With `policies: {eeo_statement: require}`:
```markdown
---
title: Support Engineer
company: Acme
---
Help our customers get the most out of Acme.
```

## How to fix
Add the company's statement, e.g. "Acme is an equal opportunity employer and
considers all qualified applicants without regard to race, color, religion,
sex, national origin, age, disability or veteran status."

## Source
House policy. For when the law requires a statement, see JD502 and laws.md
section 2.
"""

from __future__ import annotations

from jdlint.laws import anchor
from jdlint.model import Finding
from jdlint.rules import _statements as shared

CODE = "JD503"
NAME = "required-eeo-statement-missing"
CATEGORY = "eeo"
SEVERITY = "error"
SUMMARY = "No equal-opportunity statement where policy requires one"
_REQUIRE = {"policies": {"eeo_statement": "require"}}
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Support Engineer\ncompany: Acme\n---\nHelp our customers get the most out of "
                 "Acme.\n", "config": _REQUIRE},
        {"text": "---\ntitle: Support Engineer\n---\nWe are building a diverse team.\n", "config": _REQUIRE},
    ],
    "good": [
        {"text": "---\ntitle: Support Engineer\n---\nHelp our customers.\n\nWe do not discriminate on the basis "
                 "of race, religion, sex, age or disability.\n", "config": _REQUIRE},
        # The default policy only recommends (JD501).
        "---\ntitle: Support Engineer\n---\nHelp our customers.\n",
    ],
}


def check(posting, ctx):
    if ctx.policies.eeo_statement != "require" or posting.eeo_statement is not None:
        return
    if not shared.has_prose(posting) or shared.federal_taglines_apply(posting, ctx):
        return
    start, end = anchor(posting)
    yield Finding(start, end, "No equal-opportunity statement (policy eeo_statement: require); add one, e.g. "
                              f"{shared.suggestion(posting)}")
