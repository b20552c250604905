"""A posting may fall short of a pay-transparency rule that jdlint could not verify.

## What it checks
The law reference behind jdlint marks some laws and some of their details as
unverified ([?]: a single source, conflicting sources, or a proposed rule not
known to be adopted). jdlint never reports those as errors. This rule
reports them as **info**, hedged, and only when no verified law already
reports the same thing for the posting:

- **pay missing** (as JD101) under a law whose existence or date is
  unverified: Maine (LD 54; effective date not confirmed), Ithaca, Albany
  County and Westchester County in New York (the county law may have voided
  itself when the state law took effect), Italy and Lithuania (EU
  transposition reports). Laws with no confirmed effective date are treated
  as possibly in force;
- **open-ended pay** (as JD102) under New Jersey's proposed rule;
- **a range spread over 60%** (maximum more than 1.6 x minimum) under New
  Jersey's proposed rule. The proposal exempts ranges set by a collective
  bargaining agreement or by law, which jdlint cannot see.

Reach and headcount are worked out as in JD101; unverified laws reach only
jobs that name their jurisdiction.

## Why it matters
These rules may bind you, and a compliance reviewer wants to know about them,
but the evidence is too thin to fail a build on. Check the sources and, if a
rule binds you, treat the finding as an error (set its severity in
`.jdlint.yaml`); if it does not, disable this rule.

## Example
```markdown
---
title: Retail Associate
location: Newark, NJ
salary: $16 - $30 per hour
---
```
(the maximum is 88% above the minimum; New Jersey's proposed rule caps it at 60%)

## How to fix
Check the law's current status (sources below). If it applies, add the pay
range, give both ends, or narrow the range so the maximum is at most 1.6
times the minimum.

## Source
Pay in the posting, law unverified (records last checked 2026-11-01; all
sources in `rules/laws/<Code>.yaml`):

| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Maine | US-ME | LD 54 (H.P. 18), 2025-26 Legislature; statute section not identified | unknown | 10+ | jobs that name it | [?] | https://www.brightmine.com/us/?p=13369 |
| Albany County, NY | US-NY-ALB | Albany County local law on pay ranges in job postings (see ALB2); number not confirmed | 2023-03-09 | all | jobs that name it | [?] | https://www.natlawreview.com/article/albany-county-new-york-s-new-law-requiring-disclosure-pay-ranges-job-postings |
| Westchester County, NY | US-NY-WCH | Laws of Westchester County § 700.03 | 2022-11-06 | 4+ | jobs that may be done from there | [?] | https://www.pmphr.com/post/westchester-county-requires-pay-information-in-job-postings |
| Ithaca, NY | US-NY-ITH | City of Ithaca pay transparency ordinance (2022); section not identified | 2022-09-01 | 4+ | jobs that name it | [?] | https://www.hireimage.com/news/new-york-transparency-laws/ |
| Italy | IT | Italian transposition of Directive (EU) 2023/970 (reported); instrument not identified | unknown | all | jobs that name it | [?] | https://www.teamed.global/eu-pay-transparency/transposition-tracker |
| Lithuania | LT | Lithuanian law requiring pay in job advertisements (reported since 2019); instrument not identified | unknown | all | jobs that name it | [?] | https://www.teamed.global/eu-pay-transparency/transposition-tracker |

Open-ended pay and range spread, proposed rules:

| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| New Jersey | US-NJ | P.L. 2024, c. 91 | 2025-06-01 | 10+ | jobs that name it | [?] | https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1556280/new-jersey-enacts-pay-transparency-law |
| Albany County, NY | US-NY-ALB | Albany County local law on pay ranges in job postings (see ALB2); number not confirmed | 2023-03-09 | all | jobs that name it | [?] | https://www.natlawreview.com/article/albany-county-new-york-s-new-law-requiring-disclosure-pay-ranges-job-postings |
| Westchester County, NY | US-NY-WCH | Laws of Westchester County § 700.03 | 2022-11-06 | 4+ | jobs that may be done from there | [?] | https://www.pmphr.com/post/westchester-county-requires-pay-information-in-job-postings |
| Ithaca, NY | US-NY-ITH | City of Ithaca pay transparency ordinance (2022); section not identified | 2022-09-01 | 4+ | jobs that name it | [?] | https://www.hireimage.com/news/new-york-transparency-laws/ |

New Jersey's proposed rules (2025-09-15, N.J. Department of Labor): spread
cap of 60% of the minimum and no "and up" ranges; adoption not confirmed
(NJ2 https://hrcenter.us.brightmine.com/news/new-jersey-issues-proposed-pay-transparency-rules/54606/,
NJ3 https://www.troutman.com/insights/proposed-rules-on-new-jerseys-pay-transparency-act-what-employers-need-to-know).
"""

from __future__ import annotations

from jdlint import laws
from jdlint.model import Finding

CODE = "JD112"
NAME = "unverified-pay-requirement"
CATEGORY = "pay-transparency"
SEVERITY = "info"
SUMMARY = "A pay-transparency rule whose status is unverified may not be met"
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Retail Associate\nlocation: Newark, NJ\nsalary: $16 - $30 per hour\n---\nHelp "
                 "customers on the shop floor. Benefits: health insurance and paid time off.\n",
         "config": {"employer": {"headcount": 50}}},
        {"text": "---\ntitle: Line Cook\nlocation: Portland, ME\n---\nCook for our dinner service.\n",
         "config": {"employer": {"headcount": 30}}},
    ],
    "good": [
        {"text": "---\ntitle: Retail Associate\nlocation: Newark, NJ\nsalary: $16 - $20 per hour\n---\nHelp "
                 "customers on the shop floor. Benefits: health insurance and paid time off.\n",
         "config": {"employer": {"headcount": 50}}},
        {"text": "---\ntitle: Line Cook\nlocation: Portland, ME\nsalary: $18 - $22 per hour\n---\nCook for "
                 "our dinner service.\n",
         "config": {"employer": {"headcount": 30}}},
        # A job in Ithaca without pay is an error under New York State's law (JD101), not a hedge here.
        {"text": "---\ntitle: Line Cook\nlocation: Ithaca, NY\n---\nCook for our dinner service.\n",
         "config": {"employer": {"headcount": 30}}},
    ],
}

_WHY = " (unverified; check the law's status: `jdlint rule JD112`)"


def check(posting, ctx):
    reach = posting.reach
    if reach.unknown:
        return
    view = None
    for requirement in ("pay", "closed_range", "max_spread"):
        covs = laws.posting_coverage(posting, ctx, requirement)
        hedged = [c for c in covs if not c.firm]
        if not hedged or any(c.firm for c in covs):
            continue  # nothing unverified, or a verified law already reports it
        view = view or laws.pay_view(posting)
        yield from _CHECKS[requirement](posting, view, hedged)


def _pay(posting, view, covs):
    if view.amounts:
        return
    start, end = laws.anchor(posting)
    yield Finding(start, end, f"No pay in the posting; {laws.name_laws(covs)} may require it{_WHY}"
                              f"{laws.notes(covs)}")


def _closed(posting, view, covs):
    opens = [f for f in view.amounts if f.open_ended]
    if view.closed or not opens:
        return
    first = opens[0]
    yield Finding(first.start, first.end,
                  f"Open-ended pay; {laws.name_laws(covs)} may require a minimum and a maximum under a proposed "
                  f"rule{_WHY}{laws.notes(covs)}")


def _spread(posting, view, covs):
    for cov in covs:
        ratio = cov.requirement.ratio
        for fact in view.closed:
            if fact.min and fact.max > fact.min * (1 + ratio) + 1e-9:
                over = (fact.max / fact.min - 1) * 100
                yield Finding(fact.start, fact.end,
                              f"Pay range maximum is {over:.0f}% above its minimum; {cov.law.jurisdiction}'s "
                              f"proposed rule would cap it at {ratio * 100:.0f}%{_WHY}"
                              f"{laws.notes([cov])}")
                return


_CHECKS = {"pay": _pay, "closed_range": _closed, "max_spread": _spread}
