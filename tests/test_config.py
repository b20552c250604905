"""Config discovery, validation with file:line messages, and what each option does."""

from __future__ import annotations

import json

import pytest

from jdlint.config import ConfigError, find_config, load_config

POSTING = "---\ntitle: A\ntitle: B\n---\n<!-- x -->\nWe are hiring.\n"


def _problems(cli, *args):
    code, out, err = cli("check", "--format", "json", *args)
    return code, json.loads(out) if out.strip() else [], err


def test_discovery_walks_up_and_first_found_wins(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.jdlint]: skipped
    (tmp_path / ".jdlint.yaml").write_text("fail_on: error\n")
    sub = tmp_path / "jobs" / "2026"
    sub.mkdir(parents=True)
    assert find_config(str(sub)) == str(tmp_path / ".jdlint.yaml")
    (tmp_path / "jobs" / "pyproject.toml").write_text("[tool.jdlint]\nfail_on = 'info'\n")
    assert find_config(str(sub)) == str(tmp_path / "jobs" / "pyproject.toml")
    assert load_config(find_config(str(sub))).fail_on == "info"


@pytest.mark.parametrize("text,line,needle", [
    ("select: [JD0]\nemployer:\n  headcount: many\n", 3, "employer.headcount"),
    ("fail_on: warning\nfail-on: error\n", 2, "fail-on: unknown key"),
    ("policies:\n  agency_disclaimer: sometimes\n", 2, "policies.agency_disclaimer"),
    ("as_of: yesterday\n", 1, "as_of"),
    ("placeholders:\n  patterns: ['[unclosed']\n", 2, "not a valid regular expression"),
    ("employer:\n  headcount_by_jurisdiction: {Colorado: 3}\n", 2, "not a jurisdiction code"),
    ("select: [JD0\n", 2, "while parsing a flow sequence that starts on line 1"),
])
def test_invalid_config_names_file_line_and_key(tmp_path, text, line, needle):
    path = tmp_path / ".jdlint.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(str(path))
    assert info.value.line == line, str(info.value)
    assert needle in str(info.value) and str(path) in str(info.value)


def test_unknown_rule_code_in_config_is_exit_2_with_line(cli, tmp_path):
    (tmp_path / ".jdlint.yaml").write_text("fail_on: warning\nignore: [JD003, JD999]\n")
    (tmp_path / "a.md").write_text(POSTING)
    code, out, err = cli("check", "a.md")
    assert code == 2 and ".jdlint.yaml:2: ignore: unknown rule code or name JD999" in err
    assert "Traceback" not in err


def test_pyproject_errors_give_the_line(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n\n[tool.jdlint]\nfail_on = 'warning'\n\n[tool.jdlint.employer]\nheadcount = -4\n")
    with pytest.raises(ConfigError) as info:
        load_config(str(path))
    assert info.value.line == 8 and "employer.headcount" in str(info.value)


def test_select_ignore_severity_and_per_file_ignores(cli, tmp_path):
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "a.md").write_text(POSTING)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.md").write_text(POSTING)
    (tmp_path / ".jdlint.yaml").write_text(
        "select: [format]\nseverity:\n  duplicate-front-matter-key: info\n"
        "per_file_ignores:\n  'drafts/**': [JD003]\n")
    code, found, _ = _problems(cli, ".")
    assert [(f["path"], f["code"], f["severity"]) for f in found] == [("jobs/a.md", "JD003", "info")]
    assert code == 0  # info never fails by default
    code, found, _ = _problems(cli, ".", "--fail-on", "info")
    assert code == 1
    code, found, _ = _problems(cli, ".", "--ignore", "JD0")
    assert found == [] and code == 0


def test_most_specific_selector_wins(cli, tmp_path):
    (tmp_path / "a.md").write_text(POSTING)
    code, found, _ = _problems(cli, "a.md", "--select", "JD003", "--ignore", "JD0")
    assert [f["code"] for f in found] == ["JD003"]


def test_exclude_and_include(cli, tmp_path):
    (tmp_path / "README.md").write_text(POSTING)  # not a posting: excluded by default
    (tmp_path / "a.md").write_text(POSTING)
    (tmp_path / "b.posting").write_text(POSTING)
    code, found, _ = _problems(cli, ".", "--select", "JD003")
    assert [f["path"] for f in found] == ["a.md"]
    (tmp_path / ".jdlint.yaml").write_text("include: ['*.posting']\n")
    code, found, _ = _problems(cli, ".", "--select", "JD003")
    assert [f["path"] for f in found] == ["b.posting"]


def test_config_flag_and_missing_config(cli, tmp_path):
    (tmp_path / "a.md").write_text(POSTING)
    code, out, err = cli("check", "--config", "missing.yaml", "a.md")
    assert code == 2 and "missing.yaml: config file not found" in err


def test_init_writes_a_valid_commented_config(cli, tmp_path):
    code, out, err = cli("init")
    assert code == 0
    text = (tmp_path / ".jdlint.yaml").read_text()
    assert text.count("#") > 20
    config = load_config(str(tmp_path / ".jdlint.yaml"))
    assert config.settings.policies.eeo_statement == "recommend"
    code, out, err = cli("init")
    assert code == 2 and "already exists" in err


def test_custom_field_keys_map_onto_canonical_fields(tmp_path):
    from jdlint.api import inspect_text
    from jdlint.testing import lint_text  # noqa: F401  (config path exercised via api)

    facts = inspect_text("---\nrole_name: Nurse\n---\nText.\n", config={"fields": {"title": ["role_name"]}})
    assert facts["title"] == "Nurse"


def test_config_globs_are_relative_to_the_config_folder(cli, tmp_path):
    site = tmp_path / "site"
    (site / "rules").mkdir(parents=True)
    (site / "jobs").mkdir()
    (site / "rules" / "house.yaml").write_text("title: A\ntitle: B\n")
    (site / "jobs" / "a.md").write_text(POSTING)
    (site / ".jdlint.yaml").write_text("extend_exclude: ['rules/']\nselect: [JD003]\n")
    code, found, _ = _problems(cli, "--config", "site/.jdlint.yaml", "site")
    assert [f["path"] for f in found] == ["site/jobs/a.md"]


def test_walk_takes_extensionless_postings_but_not_makefiles(cli, tmp_path):
    (tmp_path / "Senior_QA_Lead").write_text(POSTING)
    (tmp_path / "Makefile").write_text("all:\n\techo hi\n")
    (tmp_path / "CNAME").write_text("jobs.example.org\n")
    code, found, _ = _problems(cli, ".", "--select", "JD003,JD005")
    assert [f["path"] for f in found] == ["Senior_QA_Lead"]


def test_default_excludes_apply_at_any_depth(cli, tmp_path):
    for folder in ("site/_layouts", "site/.github", "site/jobs"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "site/_layouts/job.html").write_text(POSTING)
    (tmp_path / "site/jobs/README.md").write_text(POSTING)
    (tmp_path / "site/jobs/a.md").write_text(POSTING)
    code, found, _ = _problems(cli, "site", "--select", "JD003")
    assert [f["path"] for f in found] == ["site/jobs/a.md"]
