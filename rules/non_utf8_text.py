"""Bytes that are not valid UTF-8.

## What it checks
A posting file that does not decode as UTF-8 (most often a Latin-1 or
Windows-1252 export from a word processor or an applicant tracking system).
jdlint decodes what it can, replacing the bad bytes, and checks the rest.

## Why it matters
Site generators and job boards assume UTF-8; the bad bytes show as `�` or break
the build, and the replaced characters may hide a salary figure or a name.

## Example
`Salaire : 45 000 €` saved by a tool as Windows-1252, where `€` is the single byte 0x80.

## How to fix
Re-save the file as UTF-8 (in most editors: "Save with encoding", UTF-8), or
convert it: `iconv -f windows-1252 -t utf-8 old.md > new.md`.
"""

from __future__ import annotations

CODE = "JD004"
NAME = "non-utf8-text"
CATEGORY = "format"
SEVERITY = "warning"
SUMMARY = "File is not valid UTF-8; undecodable bytes were replaced"
EXAMPLES: dict = {"bad": [], "good": ["Salary: 45 000 € per year\n"]}


def check(posting, ctx):
    from jdlint.model import Finding

    for issue in posting.issues:
        if issue.kind == "not-utf8":
            yield Finding(issue.offset, issue.offset, f"File {issue.message}")
