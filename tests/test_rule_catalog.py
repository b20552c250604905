"""Every rule is documented, uniquely named, and its examples behave as documented."""

from __future__ import annotations

import re

import pytest

from jdlint.model import CATEGORIES
from jdlint.registry import builtin_rules
from jdlint.rule import CODE_RE, DOC_SECTIONS, NAME_RE
from jdlint.testing import run_example

RULES = builtin_rules()
MISSION = ("pay-transparency", "placeholder", "agency-disclaimer", "location-consistency", "eeo")


def _examples(kind: str):
    for rule in RULES:
        for i, item in enumerate(rule.examples.get(kind, [])):
            yield pytest.param(rule, item, id=f"{rule.code}-{kind}-{i}")


def test_codes_and_names_are_unique_and_well_formed():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert CODE_RE.match(rule.code) and rule.code.startswith("JD")
        assert NAME_RE.match(rule.name)
        assert not rule.name.startswith("no-"), "names say what is flagged, not the fix"
        assert rule.category in CATEGORIES


def test_codes_sit_in_their_category_block():
    blocks = {"0": ("format", "suppression"), "1": ("pay-transparency",), "2": ("placeholder",),
              "3": ("agency-disclaimer",), "4": ("location-consistency",), "5": ("eeo",)}
    for rule in RULES:
        assert rule.category in blocks[rule.code[2]], rule.code


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docs_have_the_required_sections(rule):
    for section in DOC_SECTIONS:
        assert re.search(rf"^## {section}\b", rule.docs, re.M), f"{rule.code} docs lack '## {section}'"
    assert rule.summary and not rule.summary.endswith(".")
    if rule.category == "pay-transparency" and rule.code not in ("JD110",):
        assert re.search(r"^## Source\b", rule.docs, re.M), f"{rule.code}: law rules cite their source"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rules_with_findings_have_examples(rule):
    engine_only = rule.code in ("JD001", "JD004", "JD009")  # need bytes or a crash, tested elsewhere
    assert rule.examples.get("good"), f"{rule.code} has no good example"
    if not engine_only:
        assert rule.examples.get("bad"), f"{rule.code} has no bad example"


@pytest.mark.parametrize("rule,item", list(_examples("bad")))
def test_bad_examples_are_flagged(rule, item):
    found = [p for p in run_example(item) if p.code == rule.code]
    assert found, f"{rule.code} did not flag its bad example"


@pytest.mark.parametrize("rule,item", list(_examples("good")))
def test_good_examples_pass(rule, item):
    found = [p for p in run_example(item) if p.code == rule.code]
    assert not found, f"{rule.code} flagged its good example: {[p.message for p in found]}"


def test_every_mission_category_has_a_rule():
    have = {r.category for r in RULES}
    for category in MISSION:
        assert category in have, f"no rule in category {category}"
