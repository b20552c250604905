"""A US federal contractor's posting whose EEO statement leaves out disability
or protected veterans.

## What it checks
Only for employers that declare `employer: {federal_contractor: true}` in
`.jdlint.yaml`, and only for jobs that can be filled in the US (a US place,
remote work open to the US or to anywhere, or no place named at all). The
posting must have an equal-opportunity statement that names both:

- disability ("disability", "individuals with disabilities", "disabled"), and
- protected veterans ("protected veteran status", "veterans", "vets").

Reported: no statement at all; a statement such as "Acme is an equal
opportunity employer" or "EOE" that names neither; a statement that names one
but not the other; and the old single-letter short forms ("EOE/AA/M/F/D/V"),
because OFCCP says "D" and "V" are not commonly understood. Words in a short
form are enough: "EOE, including disability/vets" and "Equal Opportunity
Employer/Protected Veterans/Individuals with Disabilities" pass, as OFCCP's
guidance allows abbreviations that are commonly understood. The grounds may be
named anywhere in the posting's EEO wording, not only in one sentence.

This rule runs whatever `policies.eeo_statement` says: it is a legal duty,
not house style. It replaces `eeo-statement-missing` (JD501) and
`required-eeo-statement-missing` (JD503) for the postings it judges.

## Why it matters
Section 503 of the Rehabilitation Act and VEVRAA put an equal opportunity
clause in covered federal contracts and subcontracts. In it the contractor
agrees to state, in all solicitations or advertisements for employees, that
qualified applicants will be considered without regard to disability and to
protected veteran status. OFCCP checks job advertisements in compliance
evaluations; a missing tagline is a finding against the contractor.

## Example
With `employer: {federal_contractor: true}`:
```markdown
---
title: Systems Engineer
location: Arlington, VA
---
Support our mission systems.

Acme is an Equal Opportunity Employer - M/F/D/V.
```

## How to fix
State both grounds in words, e.g. "Acme is an equal opportunity employer. All
qualified applicants will receive consideration for employment without regard
to race, color, religion, sex, national origin, disability or protected
veteran status." A short form also works: "Equal Opportunity Employer,
including disability/vets". If the company is not a covered contractor, set
`federal_contractor: false`.

## Source
- 41 CFR 60-741.5(a) (Section 503, Rehabilitation Act of 1973) and 41 CFR
  60-300.5(a) (VEVRAA): the equal opportunity clauses, including the duty to
  state in solicitations and advertisements that qualified applicants are
  considered without regard to disability / protected veteran status. The
  current text of both rules took effect on 2014-03-24 (final rules published
  2013-09-24) [V: OFCCP's Section 503 FAQ, archived at
  https://webharvest.gov/congress115th/20181203181330/https://www.dol.gov/ofccp/regs/compliance/faqs/503_faq.htm;
  not in laws.md].
- Coverage: contracts over $15,000 (Section 503) and $150,000 (VEVRAA) as
  enforced; the regulations still say $10,000 and $100,000 [S] (laws.md 2.1,
  OF3 https://portal.biddle.com/bcgi/encyclopedia/article/section-503-and-vevraa-equal-employment-opportunity-clause-requirements).
  jdlint cannot see contract values: `federal_contractor: true` means covered.
- Abbreviations: OFCCP's FAQs (2013-12) accept commonly understood short
  forms and reject "D" and "V" [S] (laws.md OF2 http://www.swrci.com/2014_04_01_archive.html;
  https://www.agc.org/news/2013/12/03/ofccp-releases-updated-faqs-new-disability-and-veterans-rules).
  Whether "EOE/AA/M/F/Vet/Disability" is enough is not settled in the
  sources; jdlint accepts it, because it spells out "Vet" and "Disability" as
  OFCCP's guidance asks.
- Executive Order 11246 (race, color, religion, sex, sexual orientation,
  gender identity, national origin) was revoked by EO 14173 on 2025-01-21, so
  this rule no longer asks for those grounds [S] (laws.md 2.1, OF4 OF5 OF7).
  OFCCP resumed Section 503 / VEVRAA enforcement on 2025-07-02 (OF6).
"""

from __future__ import annotations

from jdlint import regex  # re.compile with compiled programs cached between runs
from jdlint.laws import anchor
from jdlint.model import Finding
from jdlint.rules import _statements as shared

CODE = "JD502"
NAME = "federal-contractor-eeo-incomplete"
CATEGORY = "eeo"
SEVERITY = "error"
SUMMARY = "Federal contractor's posting lacks the disability and protected-veteran EEO tagline"
_CONTRACTOR = {"employer": {"federal_contractor": True}}
EXAMPLES = {
    "bad": [
        {"text": "---\ntitle: Systems Engineer\nlocation: Arlington, VA\n---\nSupport our mission systems.\n\n"
                 "Acme is an Equal Opportunity Employer - M/F/D/V.\n", "config": _CONTRACTOR},
        {"text": "---\ntitle: Systems Engineer\nlocation: Arlington, VA\n---\nSupport our mission systems.\n",
         "config": _CONTRACTOR},
        {"text": "---\ntitle: Analyst\nlocation: Denver, CO\n---\nAll qualified applicants will receive "
                 "consideration for employment without regard to race, color, religion, sex or disability.\n",
         "config": _CONTRACTOR},
    ],
    "good": [
        {"text": "---\ntitle: Systems Engineer\nlocation: Arlington, VA\n---\nSupport our mission systems.\n\n"
                 "Acme is an equal opportunity employer. All qualified applicants will receive consideration for "
                 "employment without regard to race, color, religion, sex, national origin, disability or "
                 "protected veteran status.\n", "config": _CONTRACTOR},
        {"text": "---\ntitle: Systems Engineer\nlocation: Arlington, VA\n---\nSupport our mission systems.\n\n"
                 "EOE, including disability/vets.\n", "config": _CONTRACTOR},
        # Not a federal contractor: a plain "EOE" is fine.
        "---\ntitle: Systems Engineer\nlocation: Arlington, VA\n---\nSupport our systems.\n\nEOE\n",
    ],
}

_LETTERS = regex.compile(r"(?<![A-Za-z])(?:[MF]/)*D/V(?![A-Za-z])")
_CITE = "41 CFR 60-741.5(a), 60-300.5(a)"
_NAMES = {"disability": "disability", "veteran": "protected veteran status"}


def check(posting, ctx):
    if not ctx.employer.federal_contractor or not shared.has_prose(posting) or not shared.reaches_us(posting):
        return
    duty = (f"federal contractors must say in every job advertisement that qualified applicants are considered "
            f"without regard to disability and protected veteran status ({_CITE})")
    assumed = " (no job location was found, so this posting was taken as a US one)" if posting.reach.unknown else ""
    found = posting.eeo_statement
    if found is None:
        start, end = anchor(posting)
        yield Finding(start, end, f"No equal-opportunity statement; {duty}, e.g. \"Equal Opportunity Employer, "
                                  f"including disability/vets\"{assumed}")
        return
    lacking = [name for key, name in _NAMES.items() if key not in found.covers]
    if not lacking:
        return
    letters = "; 'D' and 'V' alone are not enough for OFCCP: spell out disability and veterans" \
        if _LETTERS.search(found.text) else ""
    yield Finding(found.start, found.end,
                  f"EEO statement does not mention {' or '.join(lacking)}; {duty}{letters}{assumed}")
