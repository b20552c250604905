"""The command line contract: commands, options, formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

BAD = "---\ntitle: A\ntitle: B\n---\nWe are hiring an engineer.\n"
CLEAN = "---\ntitle: Engineer\n---\nWe are hiring an engineer.\n"


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "bad.md").write_text(BAD)
    (tmp_path / "jobs" / "clean.md").write_text(CLEAN)
    return tmp_path


def test_text_output_and_exit_1(cli, repo):
    code, out, err = cli("check", "jobs", "--select", "format", "--no-color")
    assert code == 1
    assert "jobs/bad.md:3:1: JD003 [error] Front matter has the key 'title' twice" in out
    assert "(duplicate-front-matter-key)" in out
    assert "\x1b[" not in out


def test_clean_run_exit_0_and_quiet(cli, repo):
    code, out, err = cli("check", "jobs/clean.md", "--select", "format")
    assert code == 0
    code, out, err = cli("check", "jobs/clean.md", "--select", "format", "--quiet")
    assert code == 0 and out.strip() == ""


def test_exit_zero_and_fail_on(cli, repo):
    assert cli("check", "jobs", "--select", "format", "--exit-zero")[0] == 0
    assert cli("check", "jobs", "--select", "format", "--severity-typo")[0] == 2  # usage error


def test_json_contract(cli, repo):
    code, out, err = cli("check", "jobs", "--select", "format", "--format", "json")
    item = json.loads(out)[0]
    assert set(item) >= {"path", "line", "column", "end_line", "end_column", "code", "name", "category",
                         "severity", "message"}
    assert (item["path"], item["line"], item["code"]) == ("jobs/bad.md", 3, "JD003")


def test_github_format_is_default_under_actions(cli, repo, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = cli("check", "jobs", "--select", "format")
    assert "::error file=jobs/bad.md,line=3," in out


def test_output_file(cli, repo):
    code, out, err = cli("check", "jobs", "--select", "format", "--format", "sarif", "--output", "r.sarif")
    assert code == 1 and out == ""
    sarif = json.loads((repo / "r.sarif").read_text())
    assert sarif["version"] == "2.1.0"
    assert sarif["runs"][0]["results"][0]["ruleId"] == "JD003"


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "gitlab", "junit"])
def test_every_format_renders(cli, repo, fmt):
    code, out, err = cli("check", "jobs", "--select", "format", "--format", fmt)
    assert code == 1 and "JD003" in out and not err


def test_statistics(cli, repo):
    code, out, err = cli("check", "jobs", "--select", "format", "--statistics", "--no-color")
    assert "1\tJD003\tduplicate-front-matter-key" in out.splitlines()


def test_as_of_must_be_a_date(cli, repo):
    code, out, err = cli("check", "jobs", "--as-of", "next week")
    assert code == 2 and "is not a date" in err


def test_unknown_select_code_is_exit_2(cli, repo):
    code, out, err = cli("check", "jobs", "--select", "JD9")
    assert code == 2 and "JD9" in err


def test_rules_and_rule(cli):
    code, out, err = cli("rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and {"code", "name", "category", "severity", "summary"} <= set(rules[0])
    code, out, err = cli("rules")
    assert "JD003" in out and "duplicate-front-matter-key" in out
    code, out, err = cli("rule", "JD003")
    assert code == 0 and "## How to fix" in out
    code, out, err = cli("rule", "duplicate-front-matter-key")
    assert out.startswith("JD003")
    code, out, err = cli("rule", "JD999")
    assert code == 2 and "no rule" in err


def test_version_and_help(cli):
    code, out, err = cli("--version")
    assert code == 0 and "0.1.0" in out
    for args in (["--help"], ["check", "--help"], ["inspect", "--help"], ["rules", "--help"], ["rule", "--help"],
                 ["init", "--help"]):
        code, out, err = cli(*args)
        assert code == 0 and "Usage:" in out


def test_module_entry_point_runs_without_traceback(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    proc = subprocess.run([sys.executable, "-m", "jdlint", "check", "a.md", "--select", "format"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 1 and "JD003" in proc.stdout and "Traceback" not in proc.stderr


def test_broken_local_rule_is_exit_2_and_crashing_rule_is_a_finding(cli, tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "crashy.py").write_text(
        '"""Crashes.\n\n## What it checks\nx\n## Why it matters\nx\n## Example\nx\n## How to fix\nx\n"""\n'
        'CODE = "ACME001"\nNAME = "crashy"\nCATEGORY = "custom"\nSEVERITY = "warning"\nSUMMARY = "Crashes"\n'
        "def check(posting, ctx):\n    raise KeyError('boom')\n")
    (tmp_path / ".jdlint.yaml").write_text("rule_paths: [rules]\n")
    (tmp_path / "a.md").write_text(CLEAN)
    code, out, err = cli("check", "a.md", "--format", "json", "--select", "ACME001,JD009")
    found = json.loads(out)
    assert [f["code"] for f in found] == ["JD009"] and "ACME001" in found[0]["message"]
    (tmp_path / "rules" / "crashy.py").write_text("CODE = 'ACME001'\n")
    code, out, err = cli("check", "a.md")
    assert code == 2 and "crashy" in err and "Traceback" not in err
