"""Open-ended pay ("$90,000+", "up to $30/hour", "starting at $25") where a law requires a minimum and a maximum.

## What it checks
When a pay-transparency law that reaches the job (see `pay-range-missing`,
JD101, for how reach, dates and headcount are worked out) requires a range
with both ends, and every pay figure in the posting is open-ended, the first
open-ended figure is reported. A posting that also gives a closed range
("$90,000 - $110,000; senior candidates up to $125,000") is not flagged: the
closed range satisfies the law.

New Jersey's ban on open-ended ranges is only in proposed rules (2025-09-15,
adoption not confirmed), so it is not enforced here; `unverified-pay-requirement`
(JD112, info) mentions it. California, Hawaii, Virginia, Ontario and Prince
Edward Island do not address open-ended ranges in the sources found and are
not applied.

## Why it matters
Regulators read "$X+" and "up to $Y" as no range at all: New York City's
guidance rejects "and up", British Columbia's rejects "$20/h and up" and "up
to $30/h", and Illinois tells employers to avoid "up to" and "starting at".

## Example
```markdown
---
title: Account Executive
location: Seattle, WA
salary: $85,000+
---
```

## How to fix
Give the range you in good faith expect to pay, from the lowest to the
highest: `salary: $85,000 - $105,000`.

## Source
Laws that require both a minimum and a maximum (records last checked
2026-11-01; all sources in `rules/laws/<Code>.yaml`):

| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Colorado | US-CO | C.R.S. § 8-5-201; 7 CCR 1103-18 (POST Rules), Rule 11 | 2021-01-01 | 1+ there | any remote job in the country | [S] | https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11 |
| Delaware | US-DE | 19 Del. C. § 709C | 2027-09-26 | 26+ | jobs that name it | [S] | https://www.morganlewis.com/ja/pubs/2025/10/delaware-passes-pay-transparency-law-implications-for-covered-employers |
| Illinois | US-IL | 820 ILCS 112/10 | 2025-01-01 | 15+ | jobs that may be done from there | [S] | https://labor.illinois.gov/faqs/equal-pay-act-salary-transparency-faq.html |
| Massachusetts | US-MA | M.G.L. c. 149, § 105F | 2025-10-29 | 25+ there | jobs that name it | [S] | https://www.jacksonlewis.com/insights/massachusetts-pay-transparency-law-takes-effect-october-heres-what-employers-need-do-now |
| Maryland | US-MD | Md. Code, Lab. & Empl. § 3-304.2 | 2024-10-01 | all | jobs that may be done from there | [S] | https://mercer.com/en-us/insights/law-and-policy/maryland-to-require-wage-range-and-benefit-disclosures-in-job-postings |
| Minnesota | US-MN | Minn. Stat. § 181.173 | 2025-01-01 | 30+ there | jobs that name it | [S] | https://www.mondaq.com/unitedstates/employee-benefits--compensation/1469770/minnesota-job-postings-must-comply-with-new-compensation-disclosure-requirements-beginning-january-2025 |
| New York State | US-NY | N.Y. Lab. Law § 194-b | 2023-09-17 | 4+ | jobs that may be done from there | [S] | https://bsk.com/news-events-videos/new-york-state-pay-transparency-law-amendments-signed-into-law/print |
| Vermont | US-VT | 21 V.S.A. § 495o | 2025-07-01 | 5+ (1+ there) | jobs that name it | [S] | https://sheeheyvt.com/state-law-changes-for-vermont-employers |
| Washington | US-WA | RCW 49.58.110 | 2023-01-01 | 15+ (1+ there) | jobs that may be done from there | [S] | https://lawfilesext.leg.wa.gov/biennium/2021-22/Htm/Bills/Session%20Laws/Senate/5761-S.SL.htm |
| District of Columbia | US-DC | D.C. Code § 32-1451 et seq. | 2024-06-30 | 1+ there | jobs that name it | [S] | https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital |
| Jersey City, NJ | US-NJ-JC | Jersey City Municipal Code § 148-4.1 | 2022-04-13 | 5+ | jobs that name it | [S] | https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744 |
| New York City | US-NY-NYC | N.Y.C. Admin. Code § 8-107(32) | 2022-11-01 | 4+ (1+ there) | jobs that may be done from there | [S] | https://www.huntonlaborblog.com/2022/05/articles/employment-policies/nyc-amends-salary-transparency-law-delays-effective-date/ |
| British Columbia | CA-BC | Pay Transparency Act, S.B.C. 2023, c. 18, s. 2 | 2023-11-01 | all | jobs that may be done from there | [S] | https://laborrelationscounsel.com/es/node/613831 |
"""

from __future__ import annotations

from jdlint import laws
from jdlint.model import Finding, Related

CODE = "JD102"
NAME = "pay-range-open-ended"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "Open-ended pay where a law requires a minimum and a maximum"
EXAMPLES = {
    "bad": [
        "---\ntitle: Account Executive\nlocation: Seattle, WA\nsalary: $85,000+\n---\nSell our platform "
        "to mid-market customers.\n",
        "---\ntitle: Support Specialist\nlocation: Brooklyn, NY\n---\nHelp customers by phone and chat.\n\n"
        "Pay: up to $32 per hour.\n",
    ],
    "good": [
        "---\ntitle: Account Executive\nlocation: Seattle, WA\nsalary: $85,000 - $105,000\n---\nSell our "
        "platform to mid-market customers.\n",
        "---\ntitle: Account Executive\nlocation: Austin, TX\nsalary: $85,000+\n---\nSell our platform to "
        "mid-market customers.\n",
        "---\ntitle: Support Specialist\nlocation: Brooklyn, NY\nsalary: $26 - $32 per hour\n---\nHelp "
        "customers by phone and chat. Top performers can earn up to $36 per hour with shift premiums.\n",
    ],
}


def check(posting, ctx):
    for fact in posting.pay:
        if fact.open_ended:
            break
    else:
        return  # cheap exit: nothing open-ended, no need to work out the laws
    view = laws.pay_view(posting)
    if view.closed:
        return
    opens = [f for f in view.amounts if f.open_ended]
    if not opens:
        return
    covs = laws.firm_coverage(posting, ctx, "closed_range")
    if not covs:
        return
    first = opens[0]
    related = tuple(Related(f.start, f.end, "also open-ended") for f in opens[1:3])
    yield Finding(first.start, first.end,
                  f"Open-ended pay '{first.text or _describe(first)}'; {laws.requires(covs)} both a "
                  f"minimum and a maximum: give the full range{laws.notes(covs)}",
                  related=related)


def _describe(fact) -> str:
    if fact.min is None:
        return f"up to {fact.max:,.0f}"
    return f"{fact.min:,.0f} and up"
