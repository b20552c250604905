"""A posting file with no text, or front matter and nothing else.

## What it checks
Files that are empty or contain only whitespace, and postings whose body is
empty and whose metadata has no description either.

## Why it matters
An empty file in a postings folder is usually a botched export or a stub that
will publish as a blank job page. Nothing in it can be checked.

## Example
A `jobs/senior-engineer.md` created by a generator and never filled.

## How to fix
Write the posting, or delete the file.
"""

from __future__ import annotations

from jdlint import regex

CODE = "JD005"
NAME = "empty-posting"
CATEGORY = "format"
SEVERITY = "warning"
SUMMARY = "Posting has no text"
EXAMPLES = {
    "bad": ["", "   \n\n", "---\ntitle: Engineer\n---\n\n"],
    "good": ["---\ntitle: Engineer\ndescription: Build our payments platform.\n---\n",
             "We are hiring an engineer.\n"],
}

_WORD = regex.compile(r"\w")
_DESCRIPTION_KEYS = ("description", "body", "content", "summary")


def check(posting, ctx):
    from jdlint.model import Finding

    if _WORD.search(posting.body) or posting.issues:
        return
    if any(isinstance(posting.meta.get(k), str) and posting.meta[k].strip() for k in _DESCRIPTION_KEYS):
        return
    what = "is empty" if not posting.text.strip() else "has no posting text after its front matter"
    yield Finding(posting.body_start, posting.body_start, f"File {what}")
