"""Law data and rule docs cannot drift: each rule's docs name the citation and dates of every law it enforces."""

from __future__ import annotations

import pytest

from jdlint import laws
from jdlint.registry import builtin_rules

DOCS = {rule.code: rule.docs for rule in builtin_rules()}
# Rule code -> the requirements it enforces, and whether it reports firm (error) or unverified facts.
ENFORCES = {
    "JD101": (("pay",), True),
    "JD102": (("closed_range",), True),
    "JD103": (("max_width",), True),
    "JD104": (("benefits",), True),
    "JD105": (("application_deadline",), True),
    "JD106": (("ai_statement",), True),
    "JD107": (("vacancy_statement",), True),
    "JD108": (("no_canadian_experience",), True),
    "JD112": (("pay", "closed_range", "max_spread"), False),
}


def _enforced():
    for code, (requirements, firm) in ENFORCES.items():
        for law in laws.all_laws():
            for name in requirements:
                req = law.requirements.get(name)
                if law.disclosure == "posting" and req is not None and law.firm(req) == firm:
                    yield pytest.param(code, law, req, id=f"{code}-{law.code}-{name}")


@pytest.mark.parametrize("code,law,req", list(_enforced()))
def test_rule_docs_cite_each_law_it_enforces(code, law, req):
    docs = DOCS[code]
    assert law.citation in docs, f"{code} docs lack {law.code}'s citation {law.citation!r}"
    assert law.code in docs
    for day in {law.effective, req.since} - {None}:
        assert day.isoformat() in docs, f"{code} docs lack {law.code}'s date {day}"
    assert any(s.url in docs for s in law.sources), f"{code} docs give no source link for {law.code}"
    if not law.firm(req):
        assert "[?]" in docs


def test_minimum_wage_docs_cite_the_record():
    docs = DOCS["JD111"]
    us = laws.get("US")
    assert us.minimum_wages
    for wage in us.minimum_wages:
        assert wage.citation in docs and wage.since.isoformat() in docs and wage.source in docs
        assert f"${wage.hourly:.2f}" in docs and f"${wage.tipped_cash_wage:.2f}" in docs


def test_every_pay_rule_is_mapped():
    pay_rules = {code for code, docs in DOCS.items() if code.startswith("JD1") and code not in ("JD109", "JD110",
                                                                                                 "JD111")}
    assert pay_rules <= set(ENFORCES)


@pytest.mark.parametrize("code", sorted(ENFORCES))
def test_docs_name_no_law_they_do_not_enforce_as_in_force(code):
    """A law that demands nothing of postings (on request) is not listed in a rule's law table."""
    docs = DOCS[code]
    for law in laws.all_laws():
        if law.disclosure != "posting":
            assert f"| {law.code} |" not in docs, f"{code} lists {law.code} in its table"
