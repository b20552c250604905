"""No statement on whether the posting is for an existing vacancy (Ontario).

## What it checks
From 2026-01-01, Ontario requires every publicly advertised job posting of an
employer with 25 or more employees (on the day of posting) to say whether it
is for an existing vacancy. Reach and headcount are worked out as in
`pay-range-missing` (JD101).

jdlint accepts a mention of a vacancy ("This posting is for an existing
vacancy", "not for a current vacancy", "vacancies"), an "existing position /
role / opening", or a statement that the posting builds a talent pool,
pipeline or community, or is an evergreen posting.

## Why it matters
Ontario added the rule (Bill 190) so applicants know whether a real job is
open or their application goes into a pool; leaving it out breaches the
Employment Standards Act.

## Example
```markdown
---
title: Registered Practical Nurse
location: Hamilton, ON
salary: $32 - $38 per hour
---
```

## How to fix
Add one sentence: "This posting is for an existing vacancy." or "This posting
is not for an existing vacancy; we are building a pool of candidates for
future openings."

## Source
| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Ontario | CA-ON | ESA 2000, Part III.1; O. Reg. 476/24 | 2026-01-01 | 25+ on the day of posting | jobs that name it; remote open to all of Canada | [V/S] | https://www.ontario.ca/laws/regulation/240476 |

Vacancy statement: Bill 190, per ON2
https://sherrardkuzz.com/newsblast/job-posting-rules-for-ontario-employers-in-force-january-1-2026
and ON3 https://www.minkenemploymentlawyers.com/blog/ontarios-new-pay-transparency-and-job-posting-requirements/.
Whether the 25-employee threshold counts Ontario staff only is [?]: jdlint
uses the Ontario count when configured and the total otherwise. Record last
checked 2026-11-01: `rules/laws/CA-ON.yaml`.
"""

from __future__ import annotations

from jdlint import laws, regex

CODE = "JD107"
NAME = "vacancy-statement-missing"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "No statement on whether the posting is for an existing vacancy (Ontario)"
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Registered Practical Nurse\nlocation: Hamilton, ON\nsalary: $32 - $38 per hour\n"
                 "---\nCare for residents on our long-term care floor. We do not use AI to screen "
                 "applicants.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 300}}},
    ],
    "good": [
        {"text": "---\ntitle: Registered Practical Nurse\nlocation: Hamilton, ON\nsalary: $32 - $38 per hour\n"
                 "---\nCare for residents on our long-term care floor. This posting is for an existing "
                 "vacancy.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 300}}},
        {"text": "---\ntitle: Registered Practical Nurse\nlocation: Hamilton, ON\nsalary: $32 - $38 per hour\n"
                 "---\nWe are building a talent pool for upcoming openings.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount": 300}}},
        {"text": "---\ntitle: Registered Practical Nurse\nlocation: Hamilton, ON\nsalary: $32 - $38 per hour\n"
                 "---\nCare for residents on our long-term care floor.\n",
         "config": {"as_of": "2026-02-01", "employer": {"headcount_by_jurisdiction": {"CA-ON": 20}}}},
    ],
}

# Run on the lower-cased body, only around the trigger words.
_VACANCY = regex.compile(
    r"vacanc(?:y|ies)\b|\bexisting\s+(?:position|role|opening|job)s?\b|\btalent\s+(?:pool|pipeline|community)\b|"
    r"\bpool\s+of\s+(?:qualified\s+)?(?:candidates|applicants)\b|"
    r"\bevergreen\s+(?:posting|requisition|role|position|job)")
_TRIGGERS = ("vacanc", "existing", "talent", "pool", "evergreen")


def check(posting, ctx):
    return laws.report_missing(
        posting, ctx, "vacancy_statement",
        lambda p: laws.search_near(laws.lowered(p), _TRIGGERS, _VACANCY, before=6, after=40) is not None,
        lambda demand: f"No statement on whether this posting is for an existing vacancy; {demand} one: add "
                       f"e.g. 'This posting is for an existing vacancy.'")
