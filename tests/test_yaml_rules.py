"""Declarative YAML rules: each kind and scope, loaded from a config's rule_paths."""

from __future__ import annotations

import json
import textwrap

import pytest

from jdlint.kinds import load_yaml_rule
from jdlint.rule import RuleError
from jdlint.testing import lint_text

POSTING = textwrap.dedent("""\
    ---
    title: Rockstar Developer
    team: Platform
    ---
    # About the role

    You will work on Project Falcon with our ninja engineers.

    ## Benefits

    Competitive pay.
    """)


def _rule(tmp_path, body: str):
    path = tmp_path / "rule.yaml"
    path.write_text(textwrap.dedent(body))
    return load_yaml_rule(path)


def _found(rule, text=POSTING):
    return [(p.line, p.column, p.message) for p in lint_text(text, extra_rules=[rule], select=[rule.code])]


HEADER = """\
code: ACME101
name: {name}
category: style
severity: warning
summary: A test rule
"""


def test_existence_in_body_with_exceptions(tmp_path):
    rule = _rule(tmp_path, HEADER.format(name="codename") + """\
kind: existence
tokens: ['Project \\w+', 'ninjas?']
exceptions: [Project Phoenix]
message: "'{match}' leaks an internal name"
""")
    assert _found(rule) == [(7, 18, "'Project Falcon' leaks an internal name"),
                            (7, 42, "'ninja' leaks an internal name")]


def test_existence_in_title_field(tmp_path):
    rule = _rule(tmp_path, HEADER.format(name="hype-title") + """\
kind: existence
scope: title
tokens: [rockstar, guru]
message: "'{match}' in a job title puts people off"
""")
    assert _found(rule) == [(2, 8, "'Rockstar' in a job title puts people off")]


def test_substitution(tmp_path):
    rule = _rule(tmp_path, HEADER.format(name="ninja-wording") + """\
kind: substitution
swap: {'ninja engineers': engineers}
message: "Say '{preferred}' instead of '{match}'"
""")
    assert _found(rule) == [(7, 42, "Say 'engineers' instead of 'ninja engineers'")]


def test_occurrence_min_in_section(tmp_path):
    rule = _rule(tmp_path, HEADER.format(name="benefits-without-health") + """\
kind: occurrence
scope: 'section:benefit'
token: health|dental
min: 1
message: The benefits section names no health cover
""")
    assert _found(rule) == [(9, 12, "The benefits section names no health cover")]
    assert _found(rule, POSTING.replace("Competitive pay.", "Health and dental.")) == []


def test_conditional_field_scope(tmp_path):
    rule = _rule(tmp_path, HEADER.format(name="competitive-pay-without-range") + """\
kind: conditional
nonword: true
first: '\\bcompetitive (?:pay|salary)\\b'
second: '[$£€]\\d'
message: "'{match}' without figures tells candidates nothing"
""")
    assert _found(rule) == [(11, 1, "'Competitive pay' without figures tells candidates nothing")]
    assert _found(rule, POSTING + "\n$100,000 - $120,000\n") == []


@pytest.mark.parametrize("body,needle", [
    ("kind: existence\nmessage: m\n", "needs tokens"),
    ("kind: existance\ntokens: [a]\nmessage: m\n", "kind"),
    ("kind: existence\ntokens: [a]\nmessage: m\ncolour: red\n", "colour: unknown key"),
    ("kind: existence\nscope: sidebar\ntokens: [a]\nmessage: m\n", "unknown scope"),
    ("kind: existence\ntokens: ['(unclosed']\nmessage: m\n", "bad regular expression"),
])
def test_invalid_yaml_rules_are_clear_errors(tmp_path, body, needle):
    with pytest.raises(RuleError) as info:
        _rule(tmp_path, HEADER.format(name="broken") + body)
    assert needle in str(info.value) and "rule.yaml" in str(info.value)


def test_local_yaml_rule_through_config_and_cli(cli, tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "codename.yaml").write_text(HEADER.format(name="codename") + """\
kind: existence
tokens: ['Project Falcon']
message: "'{match}' is an internal codename"
""")
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [house]\nselect: [ACME]\n")
    (tmp_path / "job.md").write_text(POSTING)
    code, out, err = cli("check", "job.md", "--format", "json")
    assert code == 1 and [(f["code"], f["line"]) for f in json.loads(out)] == [("ACME101", 7)]
    code, out, err = cli("rules")
    assert "ACME101" in out
