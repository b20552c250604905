"""Sample e-mail addresses, example.com links and placeholder links.

## What it checks
Contact details and links that came from a template or documentation, in the
body or in front matter values:

- addresses and links on the domains reserved for examples (`example.com`,
  `example.org`, `example.net`, `*.example`, `*.test`), e.g. `hr@example.org`,
  `https://www.example.com/apply`;
- addresses and links on template domains: `jobs@company.com`,
  `you@yourcompany.com`, `name@domain.com`, `http://organisation-website.com`,
  `http://link-to-your-license-file.com`;
- links whose path is a placeholder: `https://www.eventbrite.com/...`,
  `https://usajobs.gov/job/apply/whatever`.

Addresses written to fool scrapers ("jobs [at] brightline [dot] io") and real
domains are not reported.

## Why it matters
Candidates write to the address in the posting. A sample address bounces (or
reaches a stranger), and a placeholder link leads nowhere, so applications are
lost without anyone noticing.

## Example
```markdown
---
title: Data Engineer
contact:
  email: test@example.com
---
Apply at https://www.example.com/jobs/42.
```

## How to fix
Put the real address or link in, or remove the line.
"""

from __future__ import annotations

from jdlint.facts.placeholders import found_in, quote
from jdlint.model import Finding

CODE = "JD204"
NAME = "example-contact"
CATEGORY = "placeholder"
SEVERITY = "error"
SUMMARY = "Sample e-mail address or placeholder link"
EXAMPLES = {
    "bad": [
        "We build boats. Send your CV to jobs@company.com.\n",
        "---\ntitle: Designer\ncontact:\n  email: test@example.com\n---\nWe build boats.\n",
        "Register for the info session: https://www.eventbrite.com/...\n",
        "---\ntitle: Designer\napplication link: https://usajobs.gov/job/apply/whatever\n---\nWe build boats.\n",
    ],
    "good": [
        "We build boats. Send your CV to jobs@brightline.io or apply at https://brightline.io/jobs/42.\n",
        "Write to jobs [at] brightline [dot] io.\n",
    ],
}


def check(posting, ctx):
    for found, where in found_in(posting, ("example-domain", "dummy-link")):
        text = quote(found.text)
        if "@" in found.text and "://" not in found.text:
            message = f'Sample e-mail address "{text}"{where}; put the real contact address in'
        elif found.kind == "example-domain":
            message = f'Example link "{text}"{where}; put the real link in'
        else:
            message = f'Placeholder link "{text}"{where}; put the real link in'
        yield Finding(found.start, found.end, message, detail=found.kind)
