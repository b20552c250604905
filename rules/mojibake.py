"""Mojibake: characters garbled by a wrong text encoding ("donâ€™t", "CafÃ©", "ðŸ’°").

## What it checks
Text that was saved as UTF-8, read back as Windows-1252 or Latin-1 somewhere
(an ATS export, a copy from a web page or a spreadsheet), and saved again:
`â€™` for `’`, `â€œ` for `“`, `Ã©` for `é`, `ðŸ’°` for `💰`, `Â£` for `£`, and a
stray `Â` before a space where a no-break space was. Anywhere in the file: body,
front matter, HTML. One finding per damaged line, at the first damaged
characters, with the repaired text in the message.

The repair comes from [ftfy](https://ftfy.readthedocs.io), which also decides
what is damage: real text in any language ("São Paulo", "Ärger", "«café»",
"IRMÃ") is never reported.

## Why it matters
Candidates read "Weâ€™re hiring" as sloppiness, screen readers spell the
garbage out, and a damaged `Â£` or `â‚¬` can hide the currency of a pay range.

## Example
```markdown
Weâ€™re hiring a data engineer in MÃ¼nchen. Salary: â‚¬70,000.
```

## How to fix
Replace the damaged characters with the text in the message. If a whole file is
damaged, fix it at the source (re-export as UTF-8), or repair it with ftfy's
command line: `ftfy job.md > job-fixed.md`.
"""

from __future__ import annotations

from jdlint.facts.mojibake import find_mojibake
from jdlint.model import Finding

CODE = "JD006"
NAME = "mojibake"
CATEGORY = "format"
SEVERITY = "warning"
SUMMARY = "Characters garbled by a wrong text encoding"
EXAMPLES = {
    "bad": [
        "We\u00e2\u20ac\u2122re hiring a data engineer in M\u00c3\u00bcnchen.\n",
        "---\ntitle: Caf\u00c3\u00a9 Manager\n---\nRun our caf\u00e9 in Lyon.\n",
        "Benefits:\n\u00c2 Health cover\n\u00c2 Pension\n",
    ],
    "good": [
        "We\u2019re hiring in S\u00e3o Paulo and M\u00fcnchen. \u00abCaf\u00e9\u00bb na\u00efve r\u00e9sum\u00e9.\n",
        "IRM\u00c3 E IRM\u00c3O, \u00c4rger, \u00de\u00f3r, \u00c6r\u00f8, Rom\u00e2nia, H\u00e0 N\u1ed9i.\n",
    ],
}


def check(posting, ctx):
    for found in find_mojibake(posting.text):
        if not found.repaired.strip():
            message = (f'Stray "{found.text.strip()}" before a space: a no-break space garbled by a wrong '
                       "text encoding; delete it")
        else:
            message = (f'Garbled characters "{_short(found.word)}" should read "{_short(found.repaired_word)}" '
                       "(UTF-8 text decoded with the wrong encoding)")
        if found.runs > 1:
            message += f"; {found.runs - 1} more on this line"
        yield Finding(found.start, found.end, message)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"
