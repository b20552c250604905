"""No statement on whether AI is used to screen, assess or select applicants (Ontario).

## What it checks
From 2026-01-01, Ontario requires every publicly advertised job posting of an
employer with 25 or more employees (on the day of posting) to state whether
artificial intelligence is used to screen, assess or select applicants.
Reach and headcount are worked out as in `pay-range-missing` (JD101): a job
in a named Ontario place, or remote work open to all of Canada. A remote
posting that names no area at all is not taken to reach Ontario: the sources
give Ontario no remote test beyond excluding work done wholly outside the
province, and most such postings mean the employer's own country.

jdlint accepts a sentence that mentions AI ("AI", "A.I.", "artificial
intelligence", "automated decision/screening tools") together with the
hiring process (applicants, applications, candidates, hiring, recruitment,
interviews, résumés, screening or selection process), either way: "We use AI to screen applications" and "We do not use artificial
intelligence in our hiring process" both count.

## Why it matters
Applicants are entitled to know whether software decides who gets an
interview. Omitting the statement breaches the Employment Standards Act,
with compliance orders and fines.

## Example
```markdown
---
title: Customer Service Representative
location: Mississauga, ON
salary: $21 - $24 per hour
---
```

## How to fix
Add one sentence, true for your process: "We do not use artificial
intelligence to screen, assess or select applicants for this position." or
"We use an AI tool to screen applications; a recruiter reviews every
shortlist." If your Ontario headcount is under 25, set
`employer.headcount_by_jurisdiction: {CA-ON: <n>}` in `.jdlint.yaml`.

## Source
| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Ontario | CA-ON | ESA 2000, Part III.1; O. Reg. 476/24 | 2026-01-01 | 25+ on the day of posting | jobs that name it; remote open to all of Canada | [V/S] | https://www.ontario.ca/laws/regulation/240476 |

AI is defined as a machine-based system that infers from inputs to produce
predictions, content, recommendations or decisions (ESA s. 8.4, O. Reg.
476/24 s. 2; quoted in ON4
https://kapuskasingvoice.ca/viewpoint/doug-fords-bill-149-job-law-will-drive-business-out-of-ontario/).
Whether the 25-employee threshold counts Ontario staff only is [?]: jdlint uses
the Ontario count when configured and the total otherwise. External public
postings only; internal postings and general recruitment campaigns are
exempt, which jdlint cannot tell apart. Record last checked 2026-11-01:
`rules/laws/CA-ON.yaml`.
"""

from __future__ import annotations

import re

from jdlint import laws, regex

CODE = "JD106"
NAME = "ai-screening-statement-missing"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "No statement on AI use in screening applicants (Ontario)"
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Customer Service Representative\nlocation: Mississauga, ON\nsalary: $21 - $24 "
                 "per hour\n---\nHelp our customers by phone. This posting is for an existing vacancy.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 80}}},
    ],
    "good": [
        {"text": "---\ntitle: Customer Service Representative\nlocation: Mississauga, ON\nsalary: $21 - $24 "
                 "per hour\n---\nHelp our customers by phone. This posting is for an existing vacancy. We do "
                 "not use artificial intelligence to screen, assess or select applicants.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 80}}},
        {"text": "---\ntitle: Customer Service Representative\nlocation: Mississauga, ON\nsalary: $21 - $24 "
                 "per hour\n---\nHelp our customers by phone.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 12}}},
        {"text": "---\ntitle: Customer Service Representative\nlocation: Calgary, AB\n---\nHelp our "
                 "customers by phone.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 80}}},
    ],
}

# "automated decision/screening/... tools", matched in the lower-cased text.
_AUTOMATED = regex.compile(r"automated\s+(?:decision|screening|hiring|selection|assessment|tools?|systems?)")
# Words tying the AI mention to hiring, not to the job's own work ("build AI models that screen fraud").
_HIRING = regex.compile(r"applicants?\b|(?:job|your|all|received)\s+applications?|candidat|hiring|recruit|interview|"
                     r"r[ée]sum[ée]|\bCVs?\b|(?:screening|selection)\s+process", re.I)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n\s*\n|\n\s*[-*•]")


def check(posting, ctx):
    return laws.report_missing(
        posting, ctx, "ai_statement", lambda p: states_ai_use(p.body, laws.lowered(p)),
        lambda demand: f"No statement on whether AI is used to screen, assess or select applicants; {demand} "
                       f"one: add a sentence saying whether you use it")


def states_ai_use(body: str, low: str) -> bool:
    """Is there a sentence that mentions AI together with hiring?"""
    for start, end in _ai_mentions(body, low):
        if _HIRING.search(_sentence(body, start, end)):
            return True
    return False


def _ai_mentions(body: str, low: str):
    """Spans of "AI" / "A.I." (upper case, as a word), "artificial intelligence", "automated ... tools"."""
    for word, text in (("AI", body), ("A.I.", body), ("artificial intelligence", low),
                       ("artificial-intelligence", low)):
        i = text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                yield i, end
            i = text.find(word, end)
    i = low.find("automated")
    while i != -1:
        m = _AUTOMATED.match(low, i)
        if m:
            yield m.start(), m.end()
        i = low.find("automated", i + 1)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or list item) around text[start:end]."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), text.rfind("\n-", 0, start),
               text.rfind("\n*", 0, start))
    m = _SENTENCE_END.search(text, end)
    return text[left + 1: m.start() if m else len(text)]
