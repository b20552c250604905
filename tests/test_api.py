"""The Python API returns typed results and honours config in every accepted shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jdlint
from jdlint.config import ConfigError
from jdlint.engine import Result
from jdlint.model import Problem

DUP = "---\ntitle: A\ntitle: B\n---\nWe are hiring.\n"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def test_lint_text_returns_problems():
    problems = jdlint.lint_text(DUP, path="jobs/a.md", config={"select": ["JD003"]})
    assert [type(p) for p in problems] == [Problem]
    p = problems[0]
    assert (p.path, p.line, p.column, p.code, p.name, p.severity) == ("jobs/a.md", 3, 1, "JD003",
                                                                      "duplicate-front-matter-key", "error")


def test_lint_paths_returns_a_result(tmp_path):
    (tmp_path / "a.md").write_text(DUP)
    result = jdlint.lint_paths([tmp_path], config={"select": ["JD003"]})
    assert isinstance(result, Result) and result.files_checked == 1
    assert [p.code for p in result.problems] == ["JD003"]


def test_config_as_path(tmp_path):
    cfg = tmp_path / "jd.yaml"
    cfg.write_text("select: [JD003]\nseverity: {JD003: info}\n")
    assert jdlint.lint_text(DUP, config=str(cfg))[0].severity == "info"


def test_bad_config_raises_config_error():
    with pytest.raises(ConfigError):
        jdlint.lint_text(DUP, config={"select": ["JD003"], "employer": {"headcount": "lots"}})


def test_inspect_text_contract_keys():
    facts = jdlint.inspect_text("---\ntitle: Nurse\nlocation: Denver, CO\nsalary: $70,000 - $80,000\n---\n"
                                "Care for patients.\n")
    assert {"path", "format", "language", "pay", "eeo_statement", "agency_disclaimer", "placeholders",
            "work_arrangement", "locations", "jurisdictions"} <= set(facts)
    assert facts["title"] == "Nurse"
    json.dumps(facts)  # serialisable as the inspect --format json contract


@pytest.mark.skipif(not SCHEMA.exists(), reason="vendored SARIF schema missing")
def test_sarif_from_the_examples_validates(cli, tmp_path):
    import shutil

    import jsonschema

    examples = Path(__file__).resolve().parents[1] / "examples"
    if not examples.exists():
        pytest.skip("examples/ not in this tree")
    shutil.copytree(examples, tmp_path / "examples")
    code, out, err = cli("check", "--config", "examples/.jdlint.yaml", "examples", "--format", "sarif")
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text()))
    assert code == 1 and sarif["runs"][0]["results"]
