"""A recruitment-agency disclaimer in a posting, when house policy forbids one.

## What it checks
Only when `.jdlint.yaml` sets `policies: {agency_disclaimer: forbid}`:
reports a line that refuses or limits recruitment agencies and recruiters
("No agencies please", "Recruiters need not apply", "We do not accept
unsolicited résumés from search firms", "Principals only", ...; the forms
recognised are listed under `agency-disclaimer-missing`, JD301). Mentions of
agencies that are not a refusal ("a government agency", "we are a recruitment
agency hiring for our client") are never reported.

## Why it matters
Some employers work through agencies on purpose (a staffing partner posts for
them, or a role is hard to fill) and do not want to turn their partners away;
some job boards reject postings that refuse agencies. A disclaimer copied from
an old template then sends the wrong message.

## Example
With `policies: {agency_disclaimer: forbid}`:
```markdown
We are hiring a site reliability engineer.

No recruiters or agencies, please.
```

## How to fix
Delete the line, or replace it with how agencies should engage ("Agencies:
please contact talent@example.com before submitting candidates").

## Source
No law requires or forbids such a disclaimer (laws.md section 4, sources
AG1-AG3); this is a house-style rule that runs only when the config asks.
"""

from __future__ import annotations

from jdlint.model import Finding

CODE = "JD302"
NAME = "agency-disclaimer-present"
CATEGORY = "agency-disclaimer"
SEVERITY = "error"
SUMMARY = "Recruitment-agency disclaimer where policy forbids one"
_FORBID = {"policies": {"agency_disclaimer": "forbid"}}
EXAMPLES = {
    "bad": [
        {"text": "We are hiring a site reliability engineer.\n\nNo recruiters or agencies, please.\n",
         "config": _FORBID},
        {"text": "---\ntitle: Data Engineer\n---\nBuild our pipelines.\n\nTo all recruitment agencies: "
                 "Example Corp does not accept agency resumes.\n", "config": _FORBID},
    ],
    "good": [
        {"text": "We are a recruitment agency hiring for our client, a fintech in Leeds.\n", "config": _FORBID},
        {"text": "You will coordinate with each government agency we serve.\n", "config": _FORBID},
        # The default policy is "ignore".
        "We are hiring a site reliability engineer.\n\nNo recruiters or agencies, please.\n",
    ],
}


def check(posting, ctx):
    if ctx.policies.agency_disclaimer != "forbid":
        return
    found = posting.agency_disclaimer
    if found is None:
        return
    quoted = found.text if len(found.text) <= 80 else found.text[:77].rstrip() + "..."
    yield Finding(found.start, found.end,
                  f'Recruitment-agency disclaimer "{quoted}" (policy agency_disclaimer: forbid); remove it')
