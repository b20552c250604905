"""JD110 pay-figures-disagree: pay stated twice with figures that cannot agree."""

from __future__ import annotations

import pytest

from jdlint.testing import lint_text


def jd110(text: str):
    return [p for p in lint_text(text, select=["JD110"]) if p.code == "JD110"]


BAD = [
    pytest.param("---\ntitle: Data Analyst\nsalary: $90,000 - $110,000\n---\nHelp our teams read their "
                 "numbers.\n\nThe salary range for this role is $95,000 - $115,000.\n", 7, 3,
                 id="front-matter-vs-text"),
    pytest.param("---\ntitle: Data Analyst\nsalary_min: 75000\nsalary_max: 110000\n---\nJoin us.\n\n"
                 "Salary: $75,000 - $120,000 per year.\n", 8, 3, id="split-fields-one-end-changed"),
    pytest.param("---\ntitle: Support Specialist\nbaseSalary:\n  currency: USD\n  value:\n    minValue: 24\n"
                 "    maxValue: 29\n    unitText: HOUR\n---\nPay: $31 - $36 per hour.\n", 10, 6,
                 id="schema-org-vs-text"),
    pytest.param("---\ntitle: Backend Developer\nlocation: Leeds, UK\n---\nSalary: £40k-£50k\n\nYou will build "
                 "our booking APIs.\n\n## What we offer\n\nThe salary for this role is £45,000 - £55,000 a year.\n",
                 11, 5, id="text-vs-text"),
    pytest.param("---\ntitle: Nurse\nsalary: up to $90k\n---\nPay range: $100,000 - $150,000\n", 5, 3,
                 id="open-ended-that-cannot-meet"),
    pytest.param("---\ntitle: Barista\nwage: $17 per hour\n---\nPay: $52,000 a year for 40 hours a week.\n", 5, 3,
                 id="hourly-vs-annual-both-written"),
    pytest.param("---\ntitle: Analyst\nsalary: $80,000 - $95,000\nbaseSalary:\n  currency: USD\n  value:\n"
                 "    minValue: 85000\n    maxValue: 100000\n    unitText: YEAR\n---\nJoin us.\n", 7, 3,
                 id="two-front-matter-fields"),
]


@pytest.mark.parametrize("text,line,related_line", BAD)
def test_flags_pay_stated_twice_with_different_figures(text, line, related_line):
    problems = jd110(text)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.line == line
    assert [r.location.line for r in problem.related] == [related_line]
    assert problem.severity == "warning"
    assert "disagrees with" in problem.message


GOOD = [
    pytest.param("---\ntitle: Data Analyst\nsalary: $90,000 - $110,000\n---\nThe salary range for this role is "
                 "$90,000 - $110,000.\n", id="same-figures"),
    pytest.param("---\ntitle: Data Analyst\nsalary: 90000-110000\n---\nSalary: $90k - $110k\n", id="same-in-k"),
    pytest.param("---\ntitle: Support Specialist\n---\nPay: $50,000 a year ($24.04 per hour), plus benefits.\n",
                 id="annual-and-hourly-equivalent"),
    pytest.param("---\ntitle: Support Specialist\nsalary: $24\n---\nAbout $50,000 a year.\n\nSalary: $50,000\n",
                 id="period-guessed-not-compared"),
    pytest.param("---\ntitle: Engineers\n---\nWe are hiring at two levels:\n\n- Software Engineer: $110,000 - "
                 "$130,000\n- Senior Software Engineer: $135,000 - $160,000\n", id="two-levels"),
    pytest.param("Acme | Engineers | New York | $100k-$170k\n\n- Junior: $100k-$130k\n- Senior: $140k-$170k\n",
                 id="band-and-levels"),
    pytest.param("---\ntitle: Account Executive\n---\nBase salary $80,000 - $95,000; OTE $150,000 - $180,000 with "
                 "uncapped commission.\n", id="base-and-ote"),
    pytest.param("---\ntitle: Designer\n---\nNew York: $120,000 - $140,000\n\nRemote: $100,000 - $120,000\n",
                 id="by-location"),
    pytest.param("---\ntitle: Analyst\nsalary: $100,000\n---\nSalary range: $90,000 - $110,000\n",
                 id="midpoint-in-front-matter"),
    pytest.param("---\ntitle: Analyst\nsalary: $90k - $150k\n---\nFor this level the range is $110k - $130k.\n",
                 id="band-and-narrower-range"),
    pytest.param("---\ntitle: Analyst\nsalary: CAD 90,000 - 110,000\n---\nUS candidates: USD 70,000 - 85,000\n",
                 id="different-currencies"),
    pytest.param("---\ntitle: Analyst\nsalary: up to $150,000\n---\nSalary: $100,000 - $150,000\n",
                 id="open-ended-that-meets"),
    pytest.param("---\ntitle: Analyst\nsalary: $90,000 - $110,000\n---\nSalary: $90,000 - $110,000\n\n"
                 "- $5,000 sign-on bonus\n- $1,500 learning budget\n", id="bonus-and-budget-are-not-pay"),
    pytest.param("Salary: $90k-$110k\n\nThere are three levels: $80k-$95k, $90k-$110k and $105k-$130k.\n",
                 id="several-figures"),
    pytest.param("---\ntitle: Analyst\nsalary: $90,000 - $110,000\n---\nJoin us.\n", id="stated-once"),
    pytest.param("---\ntitle: Analyst\ngs: 13\n---\nSalary range: $90,000 - $110,000\n", id="grade-and-figures"),
]


@pytest.mark.parametrize("text", GOOD)
def test_does_not_flag_figures_that_can_agree_or_are_for_different_things(text):
    assert jd110(text) == []
