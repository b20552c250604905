"""A posting without an equal-opportunity or non-discrimination statement.

## What it checks
With the default policy, `policies: {eeo_statement: recommend}`, reports a
posting whose text has no equal-opportunity statement. Counted as one:

- US EEO wording: "Acme is an equal opportunity employer", "EOE", "Equal
  Opportunity/Affirmative Action Employer", "All qualified applicants will
  receive consideration for employment without regard to race, color, ...";
- any non-discrimination sentence naming protected grounds ("We do not
  discriminate on the basis of ...", "regardless of age, disability, ...");
- Canadian employment equity ("we welcome applications from women, Indigenous
  peoples, persons with disabilities and members of visible minorities") and
  accommodation lines that cite the AODA or the Ontario Human Rights Code;
- UK equal opportunities ("committed to equality of opportunity");
- French ("égalité des chances", "équité en matière d'emploi", "sans
  distinction de ..."), German ("unabhängig von Geschlecht, Nationalität ..."),
  Spanish and Dutch common forms.

A values sentence ("we love diversity", "we value diverse perspectives", "a
diverse team", "all employees, regardless of race or gender, feel valued") is
not one, nor is a duty ("ensure EEO regulations are followed"). A loose cue
("regardless of", "we welcome applications from") needs two protected grounds
and a word about hiring. Wording in French, German, Spanish or Dutch is looked
for only in postings that are not in English.

Not reported: empty postings (JD005 does), unpaid or volunteer calls for
contributors (`compensation: gratis`, "volunteer" in the title or employment
type), and, for federal contractors (`employer.federal_contractor: true`),
postings that can be filled in the US: `federal-contractor-eeo-incomplete`
(JD502) reports those with the legal wording. With `eeo_statement: require`,
`required-eeo-statement-missing` (JD503, an error) reports instead; with
`ignore`, nothing does.

## Why it matters
Outside federal contracting, US law does not require the statement (laws.md
2.1), but it is what candidates, job boards and compliance reviewers look for,
and it is easy to lose when a posting is rewritten from a template. In Canada,
employment-equity employers and Ontario's AODA (accommodation notice in
recruitment) make a line customary.

## Example
```markdown
---
title: Support Engineer
company: Acme
location: Austin, TX
---
Help our customers get the most out of Acme.
```

## How to fix
Add a statement near the end, e.g. "Acme is an equal opportunity employer and
considers all qualified applicants without regard to race, color, religion,
sex, national origin, age, disability or veteran status." The message
suggests wording for the posting's language and, for jobs only in Canada or
the UK, the local tradition. Teams that do not want the recommendation set
`policies: {eeo_statement: ignore}`.

## Source
laws.md section 2: no federal duty for private employers that are not
federal contractors (source OF9); Canada's Employment Equity Act and
Ontario AODA Integrated Accessibility Standards Reg. s. 22 (sources EEA,
AODA). A recommendation, not a legal requirement, hence a warning.
"""

from __future__ import annotations

from jdlint.laws import anchor
from jdlint.model import Finding
from jdlint.rules import _statements as shared

CODE = "JD501"
NAME = "eeo-statement-missing"
CATEGORY = "eeo"
SEVERITY = "warning"
SUMMARY = "No equal-opportunity statement (recommended)"
EXAMPLES = {
    "bad": [
        "---\ntitle: Support Engineer\ncompany: Acme\nlocation: Austin, TX\n---\nHelp our customers get the "
        "most out of Acme.\n",
        "---\ntitle: Designer\nlocation: Berlin\n---\nWe love diversity and value diverse perspectives.\n",
    ],
    "good": [
        "---\ntitle: Support Engineer\ncompany: Acme\n---\nHelp our customers.\n\nAcme is an equal "
        "opportunity employer.\n",
        "---\ntitle: Analyste\n---\nNous souscrivons au principe de l'égalité des chances.\n",
        "---\ntitle: Logo for our OSS project\ncompensation: gratis\n---\nDesign a logo for our CLI.\n",
        {"text": "---\ntitle: Support Engineer\n---\nHelp our customers.\n",
         "config": {"policies": {"eeo_statement": "ignore"}}},
    ],
}


def check(posting, ctx):
    if ctx.policies.eeo_statement != "recommend" or posting.eeo_statement is not None:
        return
    if not shared.has_prose(posting) or shared.unpaid(posting) or shared.federal_taglines_apply(posting, ctx):
        return
    start, end = anchor(posting)
    yield Finding(start, end, f"No equal-opportunity statement; consider adding one, e.g. {shared.suggestion(posting)}")
