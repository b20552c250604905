"""Front matter that is not valid YAML (or TOML), is not a mapping, or is never closed.

## What it checks
The block between the opening `---` and closing `---` at the top of a posting
must parse as a YAML mapping (Hugo's `+++` blocks as TOML). The finding points at
the line and column where the parser gave up.

## Why it matters
Static site generators fail the build, or silently drop every field, when front
matter does not parse: the title, location and salary a reader should see vanish.
jdlint cannot read those fields either, so pay and location checks lose them.

## Example
```markdown
---
title: Backend Engineer: Payments
---
```
The second colon makes the value ambiguous to YAML.

## How to fix
Quote values that contain `: `, `#` or start with `[`, `{`, `*`, `&` or `@`:

```markdown
---
title: "Backend Engineer: Payments"
---
```
"""

from __future__ import annotations

CODE = "JD002"
NAME = "invalid-front-matter"
CATEGORY = "format"
SEVERITY = "error"
SUMMARY = "Front matter does not parse, is not a mapping, or is not closed"
EXAMPLES = {
    "bad": [
        "---\ntitle: Backend Engineer: Payments\n---\nWe are hiring.\n",
        "---\ntitle: Backend Engineer\nWe are hiring.\n",
        "---\n- a list\n- not a mapping\n---\nWe are hiring.\n",
    ],
    "good": ['---\ntitle: "Backend Engineer: Payments"\n---\nWe are hiring.\n'],
}

KINDS = ("yaml-syntax", "not-mapping", "unclosed")


def check(posting, ctx):
    from jdlint.model import Finding

    what = "YAML posting" if posting.format == "yaml" else "front matter"
    for issue in posting.issues:
        if issue.kind in KINDS:
            message = issue.message if issue.kind == "unclosed" else f"{what} {issue.message}"
            yield Finding(issue.offset, issue.offset, message[0].upper() + message[1:])
