"""A suppression comment that suppresses nothing.

## What it checks
After every other rule has run, each `jdlint-disable...` comment whose rules
are all enabled but which silenced no finding.

## Why it matters
Suppressions outlive the problems they hid: the placeholder was filled, the
salary range was added. A stale suppression would silently hide the next real
problem of that kind on those lines, so it should go.

## Example
```markdown
<!-- jdlint-disable-next-line JD201 -- filled by the ATS -->
Apply at https://jobs.example.org/apply/1234
```
The line no longer has a placeholder.

## How to fix
Delete the comment.

This rule is evaluated by the engine, not by `check`: whether a comment was
used depends on the findings of every other rule, so `check` yields nothing.
"""

from __future__ import annotations

CODE = "JD011"
NAME = "unused-suppression"
CATEGORY = "suppression"
SEVERITY = "warning"
SUMMARY = "Suppression comment suppresses no finding"
EXAMPLES = {
    "bad": ["<!-- jdlint-disable-file JD005 -- nothing to hide -->\nWe are hiring an engineer.\n"],
    "good": ["<!-- jdlint-disable-file JD005 -- intentionally blank stub -->\n"],
}


def check(posting, ctx):
    return ()
