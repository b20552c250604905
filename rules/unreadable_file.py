"""A file jdlint cannot read as a posting: binary, undecodable, or far too large.

## What it checks
Files that are binary (NUL bytes), carry a byte-order mark they do not honour, or
are larger than 10 MB. Nothing else can be checked in such a file.

## Why it matters
A posting that cannot be read cannot be checked for pay, placeholders or anything
else, so a silent skip would hide every other problem in it. Usually the file is
not a posting at all (an image, an archive) and should be excluded in the config.

## Example
A PDF or `.docx` export saved under `jobs/` with a `.md` name.

## How to fix
Export the posting as UTF-8 text (Markdown, HTML or YAML), or exclude the file:

```yaml
exclude: ["jobs/attachments/**"]
```
"""

from __future__ import annotations

CODE = "JD001"
NAME = "unreadable-file"
CATEGORY = "format"
SEVERITY = "error"
SUMMARY = "File cannot be read as a text posting (binary, undecodable or too large)"
EXAMPLES: dict = {"bad": [], "good": ["# Engineer\n\nWe are hiring.\n"]}

KINDS = ("unreadable", "too-large")


def check(posting, ctx):
    from jdlint.model import Finding

    for issue in posting.issues:
        if issue.kind in KINDS:
            yield Finding(issue.offset, issue.offset, issue.message)
