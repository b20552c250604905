"""An hourly pay figure below the US federal minimum wage.

## What it checks
For a job in the United States (a named US place, or remote work limited to
the US), each hourly pay figure stated in the posting (the period written out,
"$6.50/hour", not guessed from the size of the number) is compared with the
federal minimum wage in force on `as_of`: $7.25 an hour since 2009-07-24.
Where the posting mentions tips or gratuities, the comparison is with the
tipped cash wage, $2.13. The lowest figure of a range, or the top of an "up
to" figure, is what is compared.

Only the federal floor is checked. Most states and many cities set a higher
minimum (a posting can be below a state minimum and still pass); jdlint does
not hold those rates because they change every year and the law reference it
is built from does not record them. Worldwide remote jobs are not checked:
the worker may not be in the US.

Severity is **warning**, not error: the Fair Labor Standards Act has lawful
exceptions jdlint cannot see (workers under 20 in their first 90 days, full-time
students and student-learners, workers with disabilities under special
certificates, exempt and non-covered employees). Closed postings, volunteer
roles and postings with no US reach are skipped.

## Why it matters
Advertising a wage below the legal minimum is at best a typo ($7.00 for
$17.00) and at worst evidence of a wage violation; either way, applicants and
regulators read the posting as the offer.

## Example
```markdown
---
title: Dishwasher
location: Tulsa, OK
---
Pay: $6.50 per hour.
```

## How to fix
Correct the figure, or state the exemption that applies (for tipped jobs,
say that tips are part of pay and give the cash wage).

## Source
| Jurisdiction | Code | Citation | Applies from | Minimum | Confidence | Source |
|---|---|---|---|---|---|---|
| United States (federal) | US | Fair Labor Standards Act, 29 U.S.C. § 206(a)(1)(C) | 2009-07-24 | $7.25/hour; tipped cash wage $2.13 | [V] | https://www.usa.gov/minimum-wage |

Not from the law reference (which lists pay-transparency laws only); record
`rules/laws/US.yaml`, last checked 2026-11-01.
"""

from __future__ import annotations

from jdlint import laws
from jdlint.model import Finding

CODE = "JD111"
NAME = "pay-below-minimum-wage"
CATEGORY = "pay-transparency"
SEVERITY = "warning"
SUMMARY = "Hourly pay below the US federal minimum wage"
EXAMPLES = {
    "bad": ["---\ntitle: Dishwasher\nlocation: Tulsa, OK\n---\nKeep our kitchen running.\n\nPay: $6.50 per hour.\n"],
    "good": [
        "---\ntitle: Dishwasher\nlocation: Tulsa, OK\n---\nKeep our kitchen running.\n\nPay: $12.50 per hour.\n",
        "---\ntitle: Server\nlocation: Tulsa, OK\n---\nServe our guests.\n\nPay: $2.13 per hour plus tips.\n",
        "---\ntitle: Dishwasher\nlocation: Leeds, UK\n---\nKeep our kitchen running.\n\nPay: £6.50 per hour.\n",
    ],
}

_TIPS = ("tips", "tipped", "gratuities", "gratuity", "tip credit", "tip pool")


def check(posting, ctx):
    hourly = [f for f in posting.pay if f.kind == "amount" and f.period == "hour" and not f.period_inferred
              and f.currency == "USD" and (f.min is not None or f.max is not None)]
    if not hourly:
        return
    reach = posting.reach
    in_us = "US" in reach.whole_countries or any(c == "US" or c.startswith("US-") for c in reach.codes)
    if not in_us:
        return
    us = laws.get("US")
    wage = us.minimum_wage(ctx.as_of) if us else None
    if wage is None or laws.closed(posting, ctx.as_of) or laws.states_unpaid(posting):
        return
    tipped = wage.tipped_cash_wage is not None and laws.has_word(laws.lowered(posting), _TIPS)
    floor = wage.tipped_cash_wage if tipped else wage.hourly
    for fact in hourly:
        low = fact.min if fact.min is not None else fact.max
        if low + 1e-9 < floor:
            what = f"the tipped cash wage of ${floor:.2f}" if tipped else f"the federal minimum wage of ${floor:.2f}"
            yield Finding(fact.start, fact.end,
                          f"Pay of ${low:.2f} an hour is below {what} ({wage.citation}, since "
                          f"{wage.since.isoformat()}), unless an exemption applies (under-20 training wage, "
                          f"students, special certificates); state and city minimums are often higher")
            return
