"""The same key twice in one front-matter mapping.

## What it checks
A key that appears more than once in the same YAML mapping, for example two
`location:` lines after an edit.

## Why it matters
YAML parsers keep only one of the values (most keep the last), so the posting
shows something other than what its author believes, often a stale location or
salary. Strict parsers reject the file outright.

## Example
```markdown
---
title: Data Engineer
location: Denver, CO
salary: $120,000 - $140,000
location: Remote (US)
---
```

## How to fix
Delete the stale line, or merge the values into one key.
"""

from __future__ import annotations

CODE = "JD003"
NAME = "duplicate-front-matter-key"
CATEGORY = "format"
SEVERITY = "error"
SUMMARY = "A front-matter key appears twice; only one value is used"
EXAMPLES = {
    "bad": ["---\ntitle: Data Engineer\nlocation: Denver, CO\nlocation: Remote (US)\n---\nWe are hiring.\n"],
    "good": ["---\ntitle: Data Engineer\nlocation: [Denver, CO, Remote (US)]\n---\nWe are hiring.\n"],
}


def check(posting, ctx):
    from jdlint.model import Finding

    for issue in posting.issues:
        if issue.kind == "duplicate-key":
            yield Finding(issue.offset, issue.offset, f"Front matter {issue.message}")
