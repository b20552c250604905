"""No description of benefits where a pay-transparency law requires one.

## What it checks
When a law that reaches the job (see `pay-range-missing`, JD101, for reach,
dates and headcount) requires a general description of benefits, the posting
must have one. jdlint accepts any of:

- a heading such as "Benefits", "Perks", "What we offer", "Total rewards",
  "Compensation and benefits";
- a front-matter or schema.org field `benefits`, `jobBenefits` or `perks`;
- the word "benefits" ("Benefits:", "competitive salary and benefits",
  "benefits include"), but not the verb ("benefits from") or "the benefits
  of";
- a concrete benefit: health, medical, dental or vision insurance, coverage
  or plan, life or disability insurance, 401(k)/403(b), retirement plan or
  savings, pension, RRSP, paid time off / PTO, vacation, paid holidays, sick,
  paid or parental leave, tuition reimbursement, stock options, "benefit
  package". A vague "we offer the perks of a big company" is not enough.

The check is deliberately generous (it does not judge whether the
description is complete), so a posting that mentions benefits at all is not
flagged. A job that offers no benefits should say so ("This role does not
include benefits"), which the check also accepts.

Delaware's requirement applies from 2027-09-26. Cleveland's ordinance
reportedly counts benefits as "salary"; that reading is not confirmed, so
Cleveland is not applied here.

## Why it matters
Colorado, Washington, Illinois, Minnesota, Maryland, New Jersey, Jersey City
and (from 2027) Delaware treat benefits as part of the pay an applicant must
see; a posting with a pay range but no benefits is still a violation there.

## Example
```markdown
---
title: Operations Manager
location: Chicago, IL
salary: $75,000 - $90,000
---
Run daily operations for our Chicago warehouse.
```

## How to fix
Add a short "Benefits" section: health, dental and vision insurance, retirement
plan and match, paid time off, bonus or commission eligibility, and any other
compensation. Colorado and Illinois allow a clearly labelled link to a public
benefits page in electronic postings.

## Source
Laws that require a benefits description in the posting (records last
checked 2026-11-01; all sources in `rules/laws/<Code>.yaml`):

| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| Colorado | US-CO | C.R.S. § 8-5-201; 7 CCR 1103-18 (POST Rules), Rule 11 | 2021-01-01 | 1+ there | any remote job in the country | [S] | https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11 |
| Delaware | US-DE | 19 Del. C. § 709C | 2027-09-26 | 26+ | jobs that name it | [S] | https://www.morganlewis.com/ja/pubs/2025/10/delaware-passes-pay-transparency-law-implications-for-covered-employers |
| Illinois | US-IL | 820 ILCS 112/10 | 2025-01-01 | 15+ | jobs that may be done from there | [S] | https://labor.illinois.gov/faqs/equal-pay-act-salary-transparency-faq.html |
| Maryland | US-MD | Md. Code, Lab. & Empl. § 3-304.2 | 2024-10-01 | all | jobs that may be done from there | [S] | https://mercer.com/en-us/insights/law-and-policy/maryland-to-require-wage-range-and-benefit-disclosures-in-job-postings |
| Minnesota | US-MN | Minn. Stat. § 181.173 | 2025-01-01 | 30+ there | jobs that name it | [S] | https://www.mondaq.com/unitedstates/employee-benefits--compensation/1469770/minnesota-job-postings-must-comply-with-new-compensation-disclosure-requirements-beginning-january-2025 |
| New Jersey | US-NJ | P.L. 2024, c. 91 | 2025-06-01 | 10+ | jobs that name it | [S] | https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1556280/new-jersey-enacts-pay-transparency-law |
| Washington | US-WA | RCW 49.58.110 | 2023-01-01 | 15+ (1+ there) | jobs that may be done from there | [S] | https://lawfilesext.leg.wa.gov/biennium/2021-22/Htm/Bills/Session%20Laws/Senate/5761-S.SL.htm |
| Jersey City, NJ | US-NJ-JC | Jersey City Municipal Code § 148-4.1 | 2022-04-13 | 5+ | jobs that name it | [S] | https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744 |
"""

from __future__ import annotations

import re

from jdlint import laws, regex

CODE = "JD104"
NAME = "benefits-description-missing"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "No benefits description where a law requires one"
EXAMPLES = {
    "bad": [
        "---\ntitle: Operations Manager\nlocation: Chicago, IL\nsalary: $75,000 - $90,000\n---\nRun daily "
        "operations for our Chicago warehouse and lead a team of twelve.\n",
    ],
    "good": [
        "---\ntitle: Operations Manager\nlocation: Chicago, IL\nsalary: $75,000 - $90,000\n---\nRun daily "
        "operations for our Chicago warehouse.\n\n## Benefits\n\n- Medical, dental and vision insurance\n"
        "- 401(k) with a 4% match\n- 20 days of paid time off\n",
        "---\ntitle: Operations Manager\nlocation: Chicago, IL\nsalary: $75,000 - $90,000\n---\nRun daily "
        "operations. We offer health insurance and three weeks of vacation.\n",
        "---\ntitle: Operations Manager\nlocation: Houston, TX\n---\nRun daily operations for our Houston "
        "warehouse.\n",
    ],
}

_HEADING = regex.compile(r"benefit|perks|what we offer|total rewards|what you(?:'|’)ll get|rewards", re.I)
# A heading-like line in HTML or plain text, where `posting.sections` sees no headings.
_HEADING_LINE = regex.compile(r"^[ \t*#]*(?:(?:our |employee |the )?benefits?(?: (?:and|&) perks)?|perks(?: (?:and|&) "
                           r"benefits)?|what we offer|compensation (?:and|&) benefits|total rewards)[ \t*:]*$",
                           re.M)
_META_KEYS = ("benefits", "jobBenefits", "perks")
# "benefits", but not the verb or "the benefits of using our product".
_BENEFITS = regex.compile(r"(?<![a-z])benefits\b(?! (?:from|of) )")
# Concrete benefits, as whole words in the lower-cased text. Bare "dental", "medical" or
# "health" would accept a dental practice's or a hospital's posting, so they come in pairs.
# Grouped under a part the group's words share: most postings a law reaches here name no
# benefit at all, and one scan per absent group is far cheaper than one per word.
_WORDS = {
    "40": ("401(k)", "401k", "403(b)"),
    "pension": ("pension",),
    "rrsp": ("rrsp",),
    "pto": ("pto",),
    "time off": ("paid time off",),
    "vacation": ("vacation",),
    " leave": ("parental leave", "sick leave", "paid leave"),
    "ternity": ("maternity", "paternity"),
    "holidays": ("paid holidays",),
    "tuition": ("tuition reimbursement", "tuition assistance"),
    "stock options": ("stock options",),
    "equity grant": ("equity grant",),
    "insurance": ("health insurance", "medical insurance", "dental insurance", "vision insurance",
                  "life insurance", "disability insurance"),
    "coverage": ("health coverage", "medical coverage", "dental coverage"),
    "health": ("health plan", "health benefits", "health, dental", "health and dental"),
    "medical": ("medical plan", "medical, dental", "medical and dental"),
    "dental": ("dental plan", "dental, vision", "dental and vision"),
    "retirement": ("retirement plan", "retirement savings", "retirement contributions"),
    "benefit p": ("benefit package", "benefit plan", "benefit plans", "benefit program"),
}


def check(posting, ctx):
    return laws.report_missing(
        posting, ctx, "benefits", describes_benefits,
        lambda demand: f"No benefits description; {demand} a general description of the benefits and other "
                       f"compensation (health cover, retirement, paid time off, bonuses): add a Benefits section")


def describes_benefits(posting) -> bool:
    if any(posting.meta.get(k) for k in _META_KEYS):
        return True
    if any(_HEADING.search(s.title) for s in posting.sections):
        return True
    low = laws.lowered(posting)
    if laws.search_near(low, ("benefits",), _BENEFITS, before=1, after=6) or \
            any(part in low and laws.has_word(low, words) for part, words in _WORDS.items()):
        return True
    return ("benefit" in low or "perks" in low or "offer" in low or "rewards" in low) and \
        _HEADING_LINE.search(low) is not None
