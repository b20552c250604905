"""No application deadline, or rolling-basis statement, where Colorado requires one.

## What it checks
Colorado (from 2024-01-01) requires every posting for a job it reaches to
give the date the application window is expected to close, or to say that
applications are accepted on an ongoing (rolling) basis. Reach, dates and
headcount are worked out as in `pay-range-missing` (JD101); Colorado covers
remote jobs anywhere in the US, even when the posting excludes Colorado.

jdlint accepts any of:

- a closing-date field: `validThrough`, `closing_date`, `deadline`,
  `application_deadline`, `apply_by`, `expires` and the other keys of the
  `closing_date` field;
- a date (month name, 3/15/2026 or 2026-03-15 style) within a few words after
  "apply by", "deadline", "applications close / are due / will be accepted
  until", "closing date", "posting closes", "open until";
- "accepted on an ongoing / rolling / continuous basis", "rolling
  applications", "open until filled" or "until the position is filled".

## Why it matters
Since 2024 a missing deadline is a violation of Colorado's Equal Pay for Equal
Work Act even when pay and benefits are present, and CDLE has fined employers
per posting.

## Example
```markdown
---
title: Dental Assistant
location: Boulder, CO
salary: $22 - $27 per hour
---
Benefits: health and dental insurance, 401(k), paid time off.
```

## How to fix
Add the expected closing date ("Apply by March 15, 2026", or
`validThrough: 2026-03-15` in the front matter), or say "Applications are
accepted on an ongoing basis". Colorado also requires saying how to apply.

## Source
| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Colorado | US-CO | C.R.S. § 8-5-201; 7 CCR 1103-18 (POST Rules), Rule 11 | 2024-01-01 (law in force since 2021-01-01) | 1+ there | any remote job in the country | [S] | https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11 |

Added by SB 23-105 and the POST Rules (7 CCR 1103-18, Rule 11); the statute
speaks of "the date the application window is anticipated to close" (CO6
https://content.seyfarth.com/publications/50-State-Equal-Pay-Reference-Guide-2024/8).
The conditions for extending a deadline (Rule 11.1.3(B)) were cut off in the
stored copy [?]; jdlint does not check extensions. Record last checked
2026-11-01: `rules/laws/US-CO.yaml`.
"""

from __future__ import annotations

from jdlint import laws, regex

CODE = "JD105"
NAME = "application-deadline-missing"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "No application deadline or rolling-basis statement where Colorado requires one"
EXAMPLES = {
    "bad": [
        "---\ntitle: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour\n---\nAssist our "
        "dentists with patient care.\n\nBenefits: health and dental insurance, 401(k), paid time off.\n",
    ],
    "good": [
        "---\ntitle: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour\n---\nAssist our "
        "dentists with patient care.\n\nBenefits: health and dental insurance, 401(k), paid time off.\n\n"
        "Apply by March 15, 2026 at careers.example.org.\n",
        "---\ntitle: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour\nvalidThrough: "
        "2026-03-15\n---\nAssist our dentists. Benefits: health insurance.\n",
        "---\ntitle: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour\n---\nAssist our "
        "dentists. Benefits: health insurance. Applications are accepted on a rolling basis.\n",
        {"text": "---\ntitle: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour\n---\n"
                 "Assist our dentists. Benefits: health insurance.\n",
         "config": {"as_of": "2023-12-31"}},
    ],
}

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
# Run on the lower-cased body, only in windows around the trigger words below.
_DEADLINE = regex.compile(
    r"(?:apply\s+(?:by|before|no\s+later\s+than)|deadline|closing\s+date|close\s+date|posting\s+(?:closes|"
    r"close\s+date|expires)|applications?\s+(?:(?:will\s+)?close|closes|closing|(?:are\s+|is\s+)?due|will\s+be"
    r"\s+accepted\s+(?:until|through)|accepted\s+(?:until|through)|must\s+be\s+(?:received|submitted))|"
    rf"open\s+until|accepting\s+applications\s+(?:until|through))\W{{1,3}}(?:[^.\n]{{0,40}}?){_DATE}"
    r"|(?:ongoing|rolling|continuous|on-going)\s+basis|rolling\s+(?:applications|admissions?|review)|"
    r"(?:open|accepted|posted|available)\s+until\s+(?:the\s+(?:position|role|job)\s+is\s+)?filled")
_TRIGGERS = ("deadline", "apply", "clos", "due", "until", "through", "basis", "rolling", "expires")


def check(posting, ctx):
    return laws.report_missing(
        posting, ctx, "application_deadline", gives_deadline,
        lambda demand: f"No application deadline; {demand} the date applications are expected to close, or a "
                       f"statement that they are accepted on an ongoing basis: add one")


def gives_deadline(posting) -> bool:
    if posting.field("closing_date") is not None:
        return True
    return laws.search_near(laws.lowered(posting), _TRIGGERS, _DEADLINE, before=40, after=110) is not None
