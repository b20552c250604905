"""A test or sample posting: "Test Job", "This is a test posting".

## What it checks
A title (front matter `title`, or a Markdown heading) that names a test or
sample posting ("Test", "Test Job", "Sample Job Advert", "[TEST] Engineer"), a
company field such as "Test Co", and notes near the top of the text such as
"This is a test posting, please ignore" or "This is an example". Real titles that
contain the word are not reported ("Test Engineer", "QA Test Lead", "Sample
Management Technician"), nor is a "todo list app" or "unit test post-processing".

## Why it matters
Test postings are made to try a job board or a build, then forgotten; when one
is published, candidates apply to a job that does not exist.

## Example
```markdown
---
title: Test Job
company: Test Co
---
This is a test posting, please ignore.
```

## How to fix
Delete the file, or write the real posting over it.
"""

from __future__ import annotations

from jdlint.facts.placeholders import found_in, quote
from jdlint.model import Finding

CODE = "JD203"
NAME = "test-posting"
CATEGORY = "placeholder"
SEVERITY = "error"
SUMMARY = "Test or sample posting"
EXAMPLES = {
    "bad": [
        "---\ntitle: Test Job\ncompany: Brightline\n---\nWe build boats.\n",
        "# Sample job advert\n\nWe build boats.\n",
        "We build boats.\n\nThis is a test posting, please ignore.\n",
    ],
    "good": [
        "---\ntitle: Test Engineer\ncompany: Brightline\n---\nYou will test our payment flows.\n",
        "# QA Test Lead\n\nYou will build a todo list app to practise on.\n",
    ],
}


def check(posting, ctx):
    for found, where in found_in(posting, ("test-post",)):
        if where:
            message = f'"{quote(found.text)}"{where} looks like a test posting; delete it or write the real posting'
        else:
            message = f'"{quote(found.text)}" marks a test posting; delete it or write the real posting'
        yield Finding(found.start, found.end, message)
