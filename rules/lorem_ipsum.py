"""Lorem ipsum filler text in a posting.

## What it checks
Paragraphs of typesetting filler ("Lorem ipsum dolor sit amet, consectetur
adipiscing elit...") in the body or in a front matter value. One finding per
paragraph, at the line where the filler starts. A word like "Lorem" on its own
(a name) is not reported.

## Why it matters
Filler text means a section was never written: the posting goes live with a
blank where the role, the team or the benefits should be.

## Example
```markdown
## About the team

Lorem ipsum dolor sit amet, consectetur adipiscing elit.
```

## How to fix
Write the section, or delete it.
"""

from __future__ import annotations

from jdlint.facts.placeholders import found_in, quote
from jdlint.model import Finding

CODE = "JD202"
NAME = "lorem-ipsum"
CATEGORY = "placeholder"
SEVERITY = "error"
SUMMARY = "Lorem ipsum filler text"
EXAMPLES = {
    "bad": [
        "## About the team\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
        "---\ntitle: Designer\nsummary: Lorem ipsum dolor sit amet.\n---\nWe build boats.\n",
    ],
    "good": [
        "## About the team\n\nWe are six engineers in Porto building route planning tools.\n",
        "Lorem, our office dog, will greet you on day one.\n",
    ],
}


def check(posting, ctx):
    for found, where in found_in(posting, ("lorem-ipsum",)):
        yield Finding(found.start, found.end,
                      f'Lorem ipsum filler "{quote(found.text, 40)}"{where}; write the real text or delete it')
