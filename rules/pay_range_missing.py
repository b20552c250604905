"""Pay missing from a posting that a pay-transparency law requires it in.

## What it checks
Works out where the job can be done (its location, or where a remote hire may
live) and which pay-transparency laws reach it as of the configured date
(`as_of`, default today), then reports, in **one** finding that names every
such law, a posting that gives no pay figure: no salary or wage amount in the
front matter or the text. A pay grade with no amounts ("GS-13", "Band 4") is
not enough, and neither is a metadata value such as `salary: Competitive`
(a pay field with figures jdlint cannot read is left alone rather than
reported as missing).

A law counts when all of these hold:

- it requires pay **in the posting** (laws that only require pay on request
  or before an interview, such as Connecticut, Nevada, Rhode Island, Toledo,
  Cincinnati and the EU directive, never trigger this rule);
- it is in force on `as_of`. The posting's own `date_posted` is ignored: a
  posting in the repository is published, or kept published, now. To lint an
  archive as of its own time, set `as_of` or exclude the archive;
- it reaches the job: a named place in the jurisdiction; or, for laws that
  cover remote work that may be done from there, a remote job open to the
  whole country or to anywhere; Colorado also covers remote jobs whose posting
  excludes Colorado (CDLE INFO #9). Laws whose remote reach is unclear are
  applied only to jobs that name the jurisdiction (column "Reaches");
- the employer is big enough (`employer.headcount`, or
  `employer.headcount_by_jurisdiction` for laws that count local staff). An
  unknown headcount is treated as covered, and the message says so once.

No pay-transparency rule (JD101-JD109, JD112) applies to:

- a posting marked closed (`status: closed`, `filled`, `hired`, `expired`...)
  or past its closing date (`validThrough`, `closing_date`, `closes`... before
  `as_of`): it no longer advertises a job. A repository of old postings kept
  as a record is not checked against today's laws;
- an unpaid or volunteer role (`compensation: gratis`, "Volunteer" in the
  title, "this is an unpaid position"): these laws govern employment;
- a US federal job (a General Schedule grade such as GS-13, or GS grades with
  USAJOBS / "General Schedule" in the text) or a Canadian federal one (IT-03,
  EC-05): state, provincial and city laws do not bind those governments
  (the District of Columbia's law says so outright). Country-level records
  still apply.

Laws that let commission-only jobs say so instead of giving a range (New York
State, Vermont, Delaware) are satisfied by a "commission only" statement.
Ontario exempts jobs whose expected pay is above $200,000; jdlint cannot know
that from a posting without pay, so the message mentions it.

Laws or facts the reference could not verify ([?]) never make this rule fire;
`unverified-pay-requirement` (JD112, info) reports them instead. Washington
required a range rather than a single figure until 2025-07-27; when `as_of`
is earlier, a single figure is reported too.

## Why it matters
Missing pay is the violation these laws exist to stop, and the easiest one
for a regulator or an applicant to spot: fines run from a few hundred dollars
to $10,000 per posting (Colorado, New York, Delaware, Virginia), and some
laws let applicants sue.

## Example
```markdown
---
title: Data Analyst
location: Denver, CO
---
We are hiring a data analyst to join our growth team...
```

## How to fix
Add the pay range, minimum and maximum, for the job (`salary: $68,000 -
$82,000 per year`, or "Pay: $24-$28 per hour" in the text). Where only one
rate is offered, that rate. If the employer is below a law's threshold, set
`employer.headcount` (or `employer.headcount_by_jurisdiction`) in
`.jdlint.yaml`; if the job really cannot be done where a law reaches, say
where it can be done.

## Source
Laws that require pay in the posting (researched late 2026, records last
checked 2026-11-01; every record with all its sources is in
`rules/laws/<Code>.yaml`). Confidence: [V] statute or agency text, [S] two or
more secondary sources.

| Jurisdiction | Code | Citation | Applies from | Employers | Reaches | Confidence | Source |
|---|---|---|---|---|---|---|---|
| California | US-CA | Cal. Lab. Code § 432.3 | 2023-01-01 | 15+ (1+ there) | jobs that may be done from there | [S] | https://www.lcwlegal.com/news/sb-642-pay-scale-and-wage-ranges |
| Colorado | US-CO | C.R.S. § 8-5-201; 7 CCR 1103-18 (POST Rules), Rule 11 | 2021-01-01 | 1+ there | any remote job in the country | [S] | https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11 |
| Delaware | US-DE | 19 Del. C. § 709C | 2027-09-26 | 26+ | jobs that name it | [S] | https://www.morganlewis.com/ja/pubs/2025/10/delaware-passes-pay-transparency-law-implications-for-covered-employers |
| Hawaii | US-HI | HRS § 378-2.8 | 2024-01-01 | 50+ | jobs that name it | [V] | https://courtgpt.ai/laws/hawaii/title-21/chapter-378/section-378-2-8 |
| Illinois | US-IL | 820 ILCS 112/10 | 2025-01-01 | 15+ | jobs that may be done from there | [S] | https://labor.illinois.gov/faqs/equal-pay-act-salary-transparency-faq.html |
| Massachusetts | US-MA | M.G.L. c. 149, § 105F | 2025-10-29 | 25+ there | jobs that name it | [S] | https://www.jacksonlewis.com/insights/massachusetts-pay-transparency-law-takes-effect-october-heres-what-employers-need-do-now |
| Maryland | US-MD | Md. Code, Lab. & Empl. § 3-304.2 | 2024-10-01 | all | jobs that may be done from there | [S] | https://mercer.com/en-us/insights/law-and-policy/maryland-to-require-wage-range-and-benefit-disclosures-in-job-postings |
| Minnesota | US-MN | Minn. Stat. § 181.173 | 2025-01-01 | 30+ there | jobs that name it | [S] | https://www.mondaq.com/unitedstates/employee-benefits--compensation/1469770/minnesota-job-postings-must-comply-with-new-compensation-disclosure-requirements-beginning-january-2025 |
| New Jersey | US-NJ | P.L. 2024, c. 91 | 2025-06-01 | 10+ | jobs that name it | [S] | https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1556280/new-jersey-enacts-pay-transparency-law |
| New York State | US-NY | N.Y. Lab. Law § 194-b | 2023-09-17 | 4+ | jobs that may be done from there | [S] | https://bsk.com/news-events-videos/new-york-state-pay-transparency-law-amendments-signed-into-law/print |
| Virginia | US-VA | Va. Code § 40.1-28.7:12 (one source: § 40.1-28.7:10) | 2026-07-01 | all | jobs that name it | [S] | https://www.fordharrison.com/2026-virginia-legislative-update |
| Vermont | US-VT | 21 V.S.A. § 495o | 2025-07-01 | 5+ (1+ there) | jobs that name it | [S] | https://sheeheyvt.com/state-law-changes-for-vermont-employers |
| Washington | US-WA | RCW 49.58.110 | 2023-01-01 | 15+ (1+ there) | jobs that may be done from there | [S] | https://lawfilesext.leg.wa.gov/biennium/2021-22/Htm/Bills/Session%20Laws/Senate/5761-S.SL.htm |
| District of Columbia | US-DC | D.C. Code § 32-1451 et seq. | 2024-06-30 | 1+ there | jobs that name it | [S] | https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital |
| Jersey City, NJ | US-NJ-JC | Jersey City Municipal Code § 148-4.1 | 2022-04-13 | 5+ | jobs that name it | [S] | https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744 |
| New York City | US-NY-NYC | N.Y.C. Admin. Code § 8-107(32) | 2022-11-01 | 4+ (1+ there) | jobs that may be done from there | [S] | https://www.huntonlaborblog.com/2022/05/articles/employment-policies/nyc-amends-salary-transparency-law-delays-effective-date/ |
| Cleveland, OH | US-OH-CLE | Cleveland Ordinance No. 104-2025 | 2025-10-27 | 15+ there | jobs that name it | [S] | https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html |
| Columbus, OH | US-OH-CMH | Columbus City Code ch. 2335 | 2025-12-03 | 15+ there | jobs that name it | [S] | https://ogletree.com/insights-resources/blog-posts/columbus-ohio-enacts-new-pay-transparency-ordinance-requiring-salary-ranges-in-job-postings |
| British Columbia | CA-BC | Pay Transparency Act, S.B.C. 2023, c. 18, s. 2 | 2023-11-01 | all | jobs that may be done from there | [S] | https://laborrelationscounsel.com/es/node/613831 |
| Ontario | CA-ON | ESA 2000, Part III.1; O. Reg. 476/24 | 2026-01-01 | 25+ there | jobs that name it; remote open to all of the country | [S] | https://www.ontario.ca/laws/regulation/240476 |
| Prince Edward Island | CA-PE | Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2, s. 5.9 | 2022-06-01 | all | jobs that name it | [S] | https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act |

Not enforced here (unverified, see JD112): Maine (LD 54), Ithaca, Albany
County and Westchester County (NY; covered by the New York State law anyway),
Italy and Lithuania. Columbus is enforced from its in-force date, 2025-12-03,
although the city only starts enforcing on 2027-01-01.
"""

from __future__ import annotations

from jdlint import laws, regex
from jdlint.model import Finding

CODE = "JD101"
NAME = "pay-range-missing"
CATEGORY = "pay-transparency"
SEVERITY = "error"
SUMMARY = "No pay range in a posting that a pay-transparency law requires it in"
EXAMPLES = {
    "bad": [
        "---\ntitle: Data Analyst\nlocation: Denver, CO\n---\nWe are hiring a data analyst to join our "
        "growth team. You will build dashboards and work with product managers.\n",
        {"text": "---\ntitle: Program Analyst\nlocation: New York, NY\npay_grade: Band 4\n---\nSupport the "
                 "housing program with reporting and analysis.\n",
         "config": {"employer": {"headcount": 200}}},
        {"text": "---\ntitle: Warehouse Associate\nlocation: Toronto, ON\n---\nPick and pack orders on "
                 "day shifts.\n",
         "config": {"as_of": "2026-01-02", "employer": {"headcount": 40}}},
    ],
    "good": [
        "---\ntitle: Data Analyst\nlocation: Denver, CO\nsalary: $68,000 - $82,000 per year\n---\nWe are "
        "hiring a data analyst to join our growth team.\n",
        {"text": "---\ntitle: Warehouse Associate\nlocation: Toronto, ON\n---\nPick and pack orders on "
                 "day shifts.\n",
         "config": {"as_of": "2025-12-31", "employer": {"headcount": 40}}},
        {"text": "---\ntitle: Barista\nlocation: Hartford, CT\n---\nMake great coffee.\n"},
        {"text": "---\ntitle: Line Cook\nlocation: Chicago, IL\n---\nPrep and cook for dinner service.\n",
         "config": {"employer": {"headcount": 9}}},
    ],
}

# "commission only", "100% commission", "paid solely on commission", "straight commission".
_COMMISSION_ONLY = regex.compile(r"\b(?:commission[- ]only|(?:100\s?%|straight|solely (?:on )?|entirely (?:on )?)\s*commission)")


def check(posting, ctx):
    covs = laws.firm_coverage(posting, ctx, "pay")
    if not covs:
        return
    view = laws.pay_view(posting)
    if view.amounts:
        yield from _single_figure(view, covs, ctx)
        return
    if any(c.law.commission_statement_ok for c in covs) and \
            laws.search_near(laws.lowered(posting), ("commission",), _COMMISSION_ONLY, before=12, after=6):
        covs = [c for c in covs if not c.law.commission_statement_ok]
        if not covs:
            return
    demand = laws.requires(covs)
    exempt = next((c.requirement.exempt_above for c in covs if c.requirement.exempt_above), None)
    hedge = f" (Ontario: unless the expected pay is above ${exempt:,.0f})" if exempt else ""
    note = laws.notes(covs)
    if view.grades:
        grade = view.grades[0]
        yield Finding(grade.start, grade.end,
                      f"Pay grade '{grade.text or 'grade'}' gives no amounts; {demand} the pay range in "
                      f"the posting: add the minimum and maximum pay for the grade{hedge}{note}")
        return
    pay_field = posting.field("pay")
    if pay_field is not None and pay_field.end > pay_field.start:
        if any(ch.isdigit() for ch in str(pay_field.value)):
            return  # a figure jdlint could not read: not reported as missing
        yield Finding(pay_field.start, pay_field.end,
                      f"'{pay_field.key}: {_short(pay_field.value)}' is not a pay figure; {demand} the "
                      f"pay range in the posting: give the minimum and maximum{hedge}{note}")
        return
    start, end = laws.anchor(posting)
    yield Finding(start, end,
                  f"No pay in the posting; {demand} it for this job: add the pay range (minimum and "
                  f"maximum), or the one rate offered{hedge}{note}")


def _single_figure(view, covs, ctx):
    """Washington before 2025-07-27 (and any law recorded as `not_allowed`) needs a range, not one figure."""
    if view.closed and any(f.min != f.max for f in view.closed):
        return
    strict = [c for c in covs if not c.law.single_figure_ok(ctx.as_of)]
    if not strict or any(f.open_ended for f in view.amounts):
        return  # open-ended pay is JD102's business
    fact = view.amounts[0]
    yield Finding(fact.start, fact.end,
                  f"Pay is a single figure; {laws.requires(strict)} a range (minimum and maximum) as of "
                  f"{ctx.as_of.isoformat()}{laws.notes(strict)}")


def _short(value) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:37] + "..."
