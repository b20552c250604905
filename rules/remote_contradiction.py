"""A posting says the job is fully remote and also that the hire must work in an office.

## What it checks
A posting that states the job is entirely remote, through a remote work
arrangement in the front matter (`remote: true`, `jobLocationType:
TELECOMMUTE`, `workplace_type: remote`), a location of "Remote", or words
such as "fully remote" or "100% remote", and also states an office duty: "3
days a week in the office", "you must be in the office", "on-site presence is
required", "this is not a remote position".

These are not contradictions and are never reported:

- remote work with occasional travel ("visit our SF office every couple of
  months", "come to the office for onboarding", "as needed");
- a hybrid posting that describes its office days without claiming to be
  fully remote, or one that offers remote as an option ("Remote possible",
  "Remote or Berlin"). A job its metadata marks remote (`remote: true`,
  `TELECOMMUTE`) and its text calls hybrid is reported: Google's guidelines
  say hybrid jobs must not be marked `TELECOMMUTE`;
- a time-zone requirement ("must overlap with US Eastern hours");
- a conditional sentence ("if the position is not remote, ...").

## Why it matters
Applicants filter on remote work; search engines show `TELECOMMUTE` jobs to
people who cannot reach the office. Google's job-posting guidelines say a job
marked fully remote must say so in its text, and that hybrid jobs must not be
marked `TELECOMMUTE`. Which pay-transparency laws apply also depends on where
the work can be done.

## Example
```markdown
---
title: Account Manager
remote: true
---
This role requires you to be in the office 3 days a week.
```

## How to fix
Decide what the job is. For a hybrid job, drop the remote marking and say
"Hybrid: 3 days a week in our Austin office"; for a remote job, remove the
office requirement or say it is occasional.

## Source
Google Search Central, JobPosting structured data: `jobLocationType`
TELECOMMUTE only for jobs that may or must be 100% remote, with the text
saying so (laws.md section 6, G1 G13).
"""

from __future__ import annotations

from jdlint.facts.arrangement import full_remote_evidence, office_duties, remote_field
from jdlint.model import Finding, Related

CODE = "JD402"
NAME = "remote-contradiction"
CATEGORY = "location-consistency"
SEVERITY = "warning"
SUMMARY = "The posting says fully remote and also requires office work"
EXAMPLES = {
    "bad": [
        "---\ntitle: Account Manager\nremote: true\n---\nYou will look after our largest customers. This role "
        "requires you to be in the office 3 days a week.\n",
        "# Data Engineer\n\nThis is a fully remote position. You must be in the office every Monday and "
        "Tuesday for team planning.\n",
        "---\ntitle: Support Lead\nlocation: Remote\n---\nPlease note this is not a remote position.\n",
    ],
    "good": [
        "# Data Engineer\n\nThis is a fully remote position with occasional travel to our HQ in Austin for "
        "team weeks.\n",
        "---\ntitle: Account Manager\nlocation: Austin, TX\n---\nHybrid: 2 days a week in the office, the rest "
        "from home.\n",
        "---\ntitle: Backend Developer\nlocation: Remote\n---\nYou must overlap with US Eastern hours. You "
        "will need to come to the office for onboarding.\n",
        "---\ntitle: Sales Lead\nlocation: Los Angeles, CA - Remote possible\n---\nMost of the team works "
        "in the office 3 days a week.\n",
    ],
}


def check(posting, ctx):
    if posting.work_arrangement.value != "remote":
        return
    # A job marked remote in its metadata must not be hybrid either (Google: hybrid
    # jobs are not TELECOMMUTE); a "fully remote" in the text conflicts only with a duty.
    field = remote_field(posting)
    duties = office_duties(posting, hybrid=field is not None)
    if not duties:
        return
    remote = [field] if field else full_remote_evidence(posting)
    if not remote:
        return
    duty, claim = duties[0], remote[0]
    yield Finding(
        duty.start, duty.end,
        f"The posting says the job is fully remote ('{_short(claim.text)}') but also requires office work "
        f"('{_short(duty.text)}'): say which it is, or call it hybrid",
        related=(Related(claim.start, claim.end, "where the posting says the job is remote"),),
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."
