"""A posting without a recruitment-agency disclaimer, when house policy requires one.

## What it checks
Only when `.jdlint.yaml` sets `policies: {agency_disclaimer: require}`:
reports a posting whose text has no line refusing or limiting recruitment
agencies and recruiters. Recognised forms include "No agencies, please",
"Recruiters need not apply", "We do not accept unsolicited résumés from
search firms", "Third-party recruiters: please do not contact us",
"Principals only", "Unsolicited CVs sent by agencies become our property and
no fee will be paid", "Only agencies on our preferred supplier list may
submit", and common Dutch, German, French and Spanish forms ("Acquisitie naar
aanleiding van deze vacature wordt niet op prijs gesteld", "Agences
s'abstenir"; looked for only in postings that are not in English). Mentions of agencies that are not a refusal ("a government
agency", "the agency you will join", "we are a recruitment agency hiring for
our client", "we are hiring technical recruiters") do not count.

`jdlint inspect` shows the disclaimer found (`agency_disclaimer`) whatever
the policy; the default policy, `ignore`, reports nothing.

## Why it matters
Teams that add the line to every posting do it to head off fee disputes: a
résumé an agency sends without a signed agreement can otherwise come with a
placement-fee claim. A posting that slipped out without it is the one an
agency will quote.

## Example
With `policies: {agency_disclaimer: require}`:
```markdown
---
title: Backend Engineer
---
Join our payments team. Apply with your CV at jobs@example.com.
```

## How to fix
Add the house disclaimer, e.g. "We do not accept unsolicited résumés from
recruitment agencies and will not pay fees for candidates they submit." If
the posting is itself from an agency, exclude it in the config
(`per-file-ignores`) or suppress the rule in the file.

## Source
No law requires such a disclaimer (laws.md section 4, sources AG1-AG3): it is
company policy, which is why the rule runs only when the config asks for it.
"""

from __future__ import annotations

from jdlint.laws import anchor
from jdlint.model import Finding
from jdlint.rules._statements import has_prose

CODE = "JD301"
NAME = "agency-disclaimer-missing"
CATEGORY = "agency-disclaimer"
SEVERITY = "error"
SUMMARY = "No recruitment-agency disclaimer where policy requires one"
_REQUIRE = {"policies": {"agency_disclaimer": "require"}}
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Backend Engineer\n---\nJoin our payments team. Apply with your CV at "
                 "jobs@example.com.\n", "config": _REQUIRE},
        {"text": "---\ntitle: Grants Analyst\n---\nYou will work with every city agency on grant reporting. "
                 "No prior agency experience required.\n", "config": _REQUIRE},
    ],
    "good": [
        {"text": "---\ntitle: Backend Engineer\n---\nJoin our payments team.\n\nNo agencies, please.\n",
         "config": _REQUIRE},
        {"text": "---\ntitle: Backend Engineer\n---\nJoin our payments team.\n\nWe do not accept unsolicited "
                 "resumes from search firms or third-party recruiters.\n", "config": _REQUIRE},
        # The default policy is "ignore".
        "---\ntitle: Backend Engineer\n---\nJoin our payments team. Apply at jobs@example.com.\n",
    ],
}


def check(posting, ctx):
    if ctx.policies.agency_disclaimer != "require" or posting.agency_disclaimer is not None:
        return
    if not has_prose(posting):
        return
    start, end = anchor(posting)
    yield Finding(start, end,
                  "No recruitment-agency disclaimer (policy agency_disclaimer: require); add one, e.g. "
                  '"We do not accept unsolicited résumés from recruitment agencies."')
