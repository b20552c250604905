"""A rule raised an error on this file; its findings for the file are missing.

## What it checks
Nothing in the posting: the engine reports this when a rule (built-in, plugin or
local) raises an exception, so the run can go on with every other rule and file.

## Why it matters
A crashed rule is a rule that did not check the file. Saying so keeps a green
run from meaning "checked and clean" when it means "not checked".

## Example
A local rule in `rule_paths` that indexes past the end of a list on a short posting.

## How to fix
Report it with the file attached (built-in rules), or fix the local or plugin
rule named in the message. `ignore: [JD009]` hides the report but not the gap.

This rule is evaluated by the engine, not by `check`, which yields nothing.
"""

from __future__ import annotations

CODE = "JD009"
NAME = "rule-crashed"
CATEGORY = "format"
SEVERITY = "error"
SUMMARY = "A rule failed with an internal error on this file"
EXAMPLES: dict = {"bad": [], "good": ["We are hiring.\n"]}


def check(posting, ctx):
    return ()
