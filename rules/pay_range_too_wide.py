"""Pay range wider than a law allows (Ontario: $50,000 a year).

## What it checks
For a job Ontario's posting rules reach (see `pay-range-missing`, JD101:
a named Ontario place, or remote work open to all of Canada; from 2026-01-01;
employers with 25 or more employees on the day of posting), each
closed pay range in the posting is annualised (hourly x 2,080, daily x 260,
weekly x 52, monthly x 12) and reported when the maximum minus the minimum is
more than $50,000. Ranges whose top is above $200,000 are exempt, as Ontario
exempts such postings from pay disclosure. Ranges stated in a currency other
than Canadian dollars are skipped (jdlint does not convert currencies); a
range with no currency is read as Canadian dollars.

New Jersey's proposed 60% spread cap is not adopted as far as the reference
knows; `unverified-pay-requirement` (JD112, info) reports it, hedged. No
other jurisdiction in the reference sets a numeric cap (Delaware makes the
breadth of a range relevant to good faith, British Columbia may regulate it).

## Why it matters
A range of $60,000 - $140,000 tells an applicant almost nothing; Ontario
caps the width so the disclosed range is meaningful, and a wider range is a
breach of the Employment Standards Act.

## Example
```markdown
---
title: Product Manager
location: Toronto, ON
salary: CA$90,000 - CA$150,000
---
```

## How to fix
Narrow the range to what you expect to pay for this posting (at most $50,000
between minimum and maximum), or post separate openings for different
levels.

## Source
| Jurisdiction | Code | Citation | Applies from | Employers | Cap | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Ontario | CA-ON | ESA 2000, Part III.1; O. Reg. 476/24 | 2026-01-01 | 25+ on the day of posting | $50,000 annualised; none above $200,000 | [V/S] | https://www.ontario.ca/laws/regulation/240476 |

Other sources: ON2 https://sherrardkuzz.com/newsblast/job-posting-rules-for-ontario-employers-in-force-january-1-2026,
ON3 https://www.minkenemploymentlawyers.com/blog/ontarios-new-pay-transparency-and-job-posting-requirements/
(one secondary source wrote "$250,000", an apparent typo). Record last checked 2026-11-01: `rules/laws/CA-ON.yaml`.
"""

from __future__ import annotations

from jdlint import laws
from jdlint.model import Finding

CODE = "JD103"
NAME = "pay-range-too-wide"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "Pay range wider than the law allows (Ontario: $50,000 a year)"
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Product Manager\nlocation: Toronto, ON\nsalary: CA$90,000 - CA$150,000\n---\n"
                 "Own the roadmap for our billing product.\n",
         "config": {"as_of": "2026-03-01", "employer": {"headcount": 120}}},
    ],
    "good": [
        {"text": "---\ntitle: Product Manager\nlocation: Toronto, ON\nsalary: CA$110,000 - CA$140,000\n---\n"
                 "Own the roadmap for our billing product.\n",
         "config": {"as_of": "2026-03-01", "employer": {"headcount": 120}}},
        {"text": "---\ntitle: VP Engineering\nlocation: Toronto, ON\nsalary: CA$180,000 - CA$260,000\n---\n"
                 "Lead our engineering organisation.\n",
         "config": {"as_of": "2026-03-01", "employer": {"headcount": 120}}},
        {"text": "---\ntitle: Product Manager\nlocation: Toronto, ON\nsalary: CA$90,000 - CA$150,000\n---\n"
                 "Own the roadmap for our billing product.\n",
         "config": {"as_of": "2025-12-31", "employer": {"headcount": 120}}},
    ],
}


def check(posting, ctx):
    closed = [f for f in posting.pay if f.kind == "amount" and f.min is not None and f.max is not None
              and f.max > f.min]
    if not closed:
        return
    covs = laws.firm_coverage(posting, ctx, "max_width")
    seen = set()
    for cov in covs:
        req = cov.requirement
        for fact in closed:
            if fact.currency not in (None, req.currency) and not fact.currency_inferred:
                continue
            lo, hi = laws.annual(fact.min, fact.period), laws.annual(fact.max, fact.period)
            if lo is None or hi is None or (req.exempt_above and hi > req.exempt_above):
                continue
            width = hi - lo
            key = (round(lo), round(hi))
            if width <= req.amount or key in seen:
                continue
            seen.add(key)
            per = "" if fact.period == "year" else f" annualised at {_annual_hint(fact.period)}"
            yield Finding(fact.start, fact.end,
                          f"Pay range is ${width:,.0f} wide a year{per}; {cov.law.label()} allows at most "
                          f"${req.amount:,.0f} unless the top of the range is above ${req.exempt_above:,.0f}: "
                          f"narrow it{laws.notes([cov])}")


def _annual_hint(period: str | None) -> str:
    return {"hour": "2,080 hours", "day": "260 days", "week": "52 weeks", "month": "12 months"}.get(period or "", "")
