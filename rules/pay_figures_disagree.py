"""Pay stated twice in one posting, with figures that disagree.

## What it checks
A posting that states its pay more than once, front matter against the text,
two front-matter fields against each other, or the text against itself, with
figures that cannot describe the same pay: "$90,000 - $110,000" in the front
matter and "$95,000 - $115,000" in the text; "Salary: £40k-£50k" at the top
and "The salary for this role is £45,000 - £55,000" further down.

It stays quiet wherever a difference is likely deliberate, and would rather
miss a contradiction than report a false one:

- figures in different currencies;
- different periods, unless both are written, in which case both are
  annualised (40 hours x 52 weeks, with 15% room for shorter weeks), so
  "$50,000 a year ($24/hour)" agrees;
- a single figure inside the other range (it may be the midpoint);
- a range strictly inside another (an overall band and one level's share);
- open-ended figures that can meet ("up to $150,000" and "$100,000 - $150,000");
- in the text, figures whose line names a role, level, place, contract type
  or kind of pay (base against OTE, bonus, total compensation), and postings
  with more than two different figures: these list several jobs or levels.

## Why it matters
Pay that disagrees with itself misleads applicants, and under pay-transparency
laws the posting no longer states one good-faith range. It is usually a stale
copy: the range was updated in one place and not the other, or the front
matter that job boards and search engines read was never updated.

## Example
```markdown
---
title: Data Analyst
salary: $90,000 - $110,000
---
The salary range for this role is $95,000 - $115,000.
```

## How to fix
Decide which figures are right and state them once, or make both places say
the same. If the figures are for different roles, levels or places, say so on
the same line ("Senior: $120k-$140k").
"""

from __future__ import annotations

from jdlint.facts.pay import compare_pay, qualified
from jdlint.model import Finding, Related

CODE = "JD110"
NAME = "pay-figures-disagree"
CATEGORY = "pay-transparency"
SEVERITY = "warning"
SUMMARY = "The posting states pay twice with figures that disagree"
EXAMPLES = {
    "bad": [
        "---\ntitle: Data Analyst\nsalary: $90,000 - $110,000\n---\nHelp our teams read their numbers.\n\n"
        "The salary range for this role is $95,000 - $115,000.\n",
        "---\ntitle: Backend Developer\nlocation: Leeds, UK\n---\nSalary: £40k-£50k\n\nYou will build and run "
        "our booking APIs.\n\n## What we offer\n\nThe salary for this role is £45,000 - £55,000 a year, plus "
        "25 days of holiday.\n",
    ],
    "good": [
        "---\ntitle: Data Analyst\nsalary: $90,000 - $110,000\n---\nHelp our teams read their numbers.\n\n"
        "The salary range for this role is $90,000 - $110,000.\n",
        "---\ntitle: Support Specialist\nlocation: Denver, CO\n---\nPay: $50,000 a year ($24.04 per hour), "
        "plus benefits.\n",
        "---\ntitle: Engineers\nlocation: Austin, TX\n---\nWe are hiring at two levels:\n\n"
        "- Software Engineer: $110,000 - $130,000\n- Senior Software Engineer: $135,000 - $160,000\n",
        "---\ntitle: Account Executive\nlocation: Chicago, IL\n---\nBase salary $80,000 - $95,000; OTE "
        "$150,000 - $180,000 with uncapped commission.\n",
    ],
}


def check(posting, ctx):
    facts = [f for f in posting.pay if f.kind == "amount"]
    if len(facts) < 2:
        return
    meta = [f for f in facts if f.source == "metadata"]
    body = [f for f in facts if f.source == "body"]
    reported: set[tuple[int, int]] = set()
    for i, a in enumerate(meta):  # two front-matter fields for one job
        for b in meta[i + 1:]:
            if compare_pay(a, b) == "differs":
                reported.add((a.start, b.start))
                yield _finding(posting, a, b, "the front matter states pay twice")
    groups = _distinct(body)
    if meta and len(groups) == 1:
        # Front matter against the text; several figures in the text are
        # several jobs or levels, and then no single one is "the" pay.
        for a in meta:
            for b in groups[0]:
                if not qualified(posting, b) and compare_pay(a, b) == "differs":
                    yield _finding(posting, a, b, "the front matter and the text disagree")
                    break
    if len(groups) == 2 and not meta and not any(f.open_ended or qualified(posting, f) for f in body):
        # The text against itself: only two closed figures, neither tied to a
        # role, level, place or kind of pay.
        a, b = groups[0][0], groups[1][0]
        if compare_pay(a, b) == "differs":
            yield _finding(posting, a, b, "the text states pay twice")


def _distinct(facts: list) -> list[list]:
    """Body figures grouped by agreement: figures stated twice alike are one group."""
    groups: list[list] = []
    for fact in facts:
        for group in groups:
            if compare_pay(group[0], fact) == "same":
                group.append(fact)
                break
        else:
            groups.append([fact])
    return groups


def _finding(posting, a, b, why: str) -> Finding:
    first, second = sorted((a, b), key=lambda f: f.start)
    line = posting.line_of(first.start)
    return Finding(second.start, second.end,
                   f"Pay {_describe(second)} disagrees with {_describe(first)} on line {line}: {why}; "
                   "state the figures once, or say which job or level each is for",
                   related=(Related(first.start, first.end, f"pay stated here as {_describe(first)}"),))


def _describe(fact) -> str:
    money = (f"{fact.min:,.0f}" if fact.min == fact.max else
             f"{'up to ' if fact.min is None else f'{fact.min:,.0f}'}"
             f"{'' if fact.min is None else ' - ' if fact.max is not None else '+'}"
             f"{'' if fact.max is None else f'{fact.max:,.0f}'}")
    cur = f"{fact.currency} " if fact.currency else ""
    per = f" {'an' if fact.period == 'hour' else 'a'} {fact.period}" if fact.period else ""
    return f"'{cur}{money}{per}'"
