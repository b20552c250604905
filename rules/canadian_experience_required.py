"""A requirement for Canadian work experience in a posting Ontario's rules reach.

## What it checks
From 2026-01-01, an Ontario employer with 25 or more employees (on the day of
posting) may not require Canadian work experience in a publicly advertised
job posting or its application form. Reach and headcount are worked out as in
`pay-range-missing` (JD101).

jdlint flags "Canadian experience", "Canadian work experience" or "work
experience in Canada" when the sentence (or list item) makes it a requirement
("required", "must have", "mandatory", "minimum", "at least", "N+ years",
"need") or it sits under a Requirements / Qualifications / "Must have"
heading. It does not flag "Canadian experience is an asset / preferred / a
plus / not required", nor experience with Canadian rules or markets
("experience with Canadian payroll legislation"), which are job skills rather
than a demand for work history in Canada.

## Why it matters
The ban targets a well-documented barrier for newcomers; the Ontario Human
Rights Commission has long treated a Canadian-experience requirement as
discriminatory, and the Employment Standards Act now prohibits it outright in
postings.

## Example
```markdown
## Requirements
- 3+ years of Canadian work experience in bookkeeping
```

## How to fix
Ask for the skill or knowledge the job needs instead ("3+ years of
bookkeeping experience; knowledge of Canadian payroll and sales-tax rules").

## Source
| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Ontario | CA-ON | ESA 2000, Part III.1; O. Reg. 476/24 | 2026-01-01 | 25+ on the day of posting | jobs that name it; remote open to all of Canada | [V/S] | https://www.ontario.ca/laws/regulation/240476 |

Canadian-experience ban: ON3
https://www.minkenemploymentlawyers.com/blog/ontarios-new-pay-transparency-and-job-posting-requirements/
and ON6 https://jdsupra.com/legalnews/ontario-update-bill-149-receives-royal-4378215.
Record last checked 2026-11-01: `rules/laws/CA-ON.yaml`.
"""

from __future__ import annotations

import re

from jdlint import laws, regex
from jdlint.model import Finding

CODE = "JD108"
NAME = "canadian-experience-required"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "Canadian work experience required in a posting Ontario's rules reach"
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Bookkeeper\nlocation: Ottawa, ON\n---\n## Requirements\n\n- 3+ years of Canadian "
                 "work experience in bookkeeping\n- QuickBooks\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 60}}},
        {"text": "---\ntitle: Bookkeeper\nlocation: Ottawa, ON\n---\nCanadian experience is required for this "
                 "role.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 60}}},
    ],
    "good": [
        {"text": "---\ntitle: Bookkeeper\nlocation: Ottawa, ON\n---\n## Requirements\n\n- 3+ years of "
                 "bookkeeping experience\n- Knowledge of Canadian payroll legislation\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 60}}},
        {"text": "---\ntitle: Bookkeeper\nlocation: Ottawa, ON\n---\nCanadian experience is an asset but not "
                 "required.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 60}}},
        {"text": "---\ntitle: Bookkeeper\nlocation: Vancouver, BC\n---\nCanadian work experience required.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 60}}},
    ],
}

# Matched in the lower-cased body.
_CANADIAN = regex.compile(r"\bcanadian\s+(?:(?:work|working|professional|employment|job)\s+)?experience\b|"
                       r"\b(?:work|working|professional)\s+experience\s+in\s+canada\b")
_DEMAND = regex.compile(r"\b(?:required|requirement|requires?|must|mandatory|minimum|at\s+least|need(?:ed|s)?|"
                     r"essential|\d+\s*\+?\s*(?:years?|yrs))\b", re.I)
_SOFT = regex.compile(r"\b(?:asset|preferred|a\s+plus|nice\s+to\s+have|bonus|not\s+(?:required|necessary|"
                   r"a\s+requirement|mandatory)|no\s+canadian|isn['’]t\s+required|welcome)", re.I)
_DEMAND_HEADING = regex.compile(r"require|qualif|must|need|looking for|who you are|skills", re.I)
_BREAK = regex.compile(r"[.!?](?:\s|$)|\n")


def check(posting, ctx):
    # Only Ontario's rule reaches few postings: ask it first, before reading the text.
    covs = laws.firm_coverage(posting, ctx, "no_canadian_experience")
    if not covs:
        return
    body = posting.body
    if "anad" not in body and "ANAD" not in body:
        return
    low = laws.lowered(posting)
    if "experience" not in low:
        return
    matches = [m for m in _CANADIAN.finditer(low) if _demands(posting, low, m)]
    for m in matches:
        yield Finding(m.start(), m.end(),
                      f"Requires Canadian work experience; {laws.name_laws(covs)} bars such a requirement in "
                      f"job postings: ask for the skills the job needs instead{laws.notes(covs)}")


def _demands(posting, body: str, m) -> bool:
    left = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()))
    right = _BREAK.search(body, m.end())
    sentence = body[left + 1: right.start() if right else len(body)]
    if _SOFT.search(sentence):
        return False
    if _DEMAND.search(sentence):
        return True
    return any(s.body_start <= m.start() < s.end and _DEMAND_HEADING.search(s.title) for s in posting.sections)
