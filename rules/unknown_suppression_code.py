"""A suppression comment that names a rule jdlint does not know.

## What it checks
Every `jdlint-disable...` HTML comment and `# jdlint: disable=` front-matter
comment: each code or name in it must belong to a rule in the catalog
(built-in, plugin or local).

## Why it matters
A typo in a suppression (`JD2O1` with a letter O) silences nothing, and the
finding it was meant to silence keeps failing the build, or worse, the author
believes a rule is off when it is on. A rule removed from the catalog leaves
dead comments behind.

## Example
```markdown
<!-- jdlint-disable-next-line JD2O1 -- template slot is filled by the ATS -->
Apply at {{apply_url}}
```

## How to fix
Correct the code (`jdlint rules` lists them), or delete the comment.
"""

from __future__ import annotations

CODE = "JD010"
NAME = "unknown-suppression-code"
CATEGORY = "suppression"
SEVERITY = "warning"
SUMMARY = "Suppression comment names a rule that does not exist"
EXAMPLES = {
    "bad": ["<!-- jdlint-disable-file JD999 -- no such rule -->\nWe are hiring.\n"],
    "good": ["<!-- jdlint-disable-file JD005 -- known rule -->\nWe are hiring.\n"],
}


def check(posting, ctx):
    from jdlint.model import Finding

    if not ctx.known:
        return
    for d in posting.directives:
        unknown = [c for c in d.codes if c not in ctx.known]
        if unknown:
            listed = ", ".join(unknown)
            yield Finding(d.start, d.end, f"Suppression names unknown rule{'s' if len(unknown) > 1 else ''} "
                                          f"{listed}; `jdlint rules` lists the codes")
