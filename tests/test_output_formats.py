"""Output formats: exact shapes, escaping of hostile text, validity, speed.

Problems and rules are built directly (no engine), so each test pins one
format's public contract.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest

from jdlint import output
from jdlint.model import Location, Problem, RelatedProblem
from jdlint.output import FORMATS, Report, render
from jdlint.rule import Rule

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent

# Everything a message quoting a posting may contain.
NASTY = 'Slot "{{salary}}" in <b>Café & Co</b> — 100%: a, b; it\'s\r\nnext %0A line'
NASTY_PATH = "jobs/Sr. Engineer, Data: 50% remote/café & <co>.md"

DOCS = """Unfilled template slots.

## What it checks

Template slots such as `{{salary}}` left in a
published posting.

A second paragraph.

## Why it matters

Applicants see the slot.
"""


def rule(code="JD201", name="leftover-placeholder", category="placeholder", severity="error",
         summary="Unfilled template slot or dummy text", docs=DOCS, url="") -> Rule:
    return Rule(code, name, category, severity, summary, docs, check=lambda p, c: (), url=url)


RULES = {
    "JD201": rule(),
    "JD101": rule("JD101", "pay-range-missing", "pay-transparency", "warning", "Pay range missing", ""),
    "JD501": rule("JD501", "eeo-statement-missing", "eeo", "info", "No EEO statement", ""),
    "JD001": rule("JD001", "invalid-front-matter", "format", "error", "Front matter does not parse", ""),
}


def problem(path="jobs/backend.md", line=12, col=5, end_line=None, end_col=None, code="JD201",
            severity=None, message='Unfilled template slot "{{salary}}"', related=()) -> Problem:
    r = RULES[code]
    return Problem(
        path, Location(line, col, line if end_line is None else end_line, col + 12 if end_col is None else end_col),
        code, r.name, r.category, severity or r.severity, message,
        [RelatedProblem(Location(rl, rc, rl, rc + 6), rm) for rl, rc, rm in related],
    )


def report(problems=(), files=10, **kw) -> Report:
    return Report(sorted(problems, key=Problem.sort_key), dict(RULES), files, **kw)


# --------------------------------------------------------------------------- text


def test_text_line_shape_related_notes_and_summary():
    out = render("text", report([problem(related=[(3, 1, "remote stated here")])]))
    assert out == (
        'jobs/backend.md:12:5: JD201 [error] Unfilled template slot "{{salary}}" (leftover-placeholder)\n'
        "    jobs/backend.md:3:1: note: remote stated here\n"
        "\n"
        "Found 1 problem (1 error) in 1 of 10 files.\n"
    )


@pytest.mark.parametrize("severities, paths, files, errors, expected", [
    (["error", "error", "warning"], ["a.md", "a.md", "b.md"], 10, 0, "Found 3 problems (2 errors, 1 warning) in 2 of 10 files."),
    (["info", "info"], ["a.md", "a.md"], 3, 0, "Found 2 problems (2 info) in 1 of 3 files."),
    (["warning"], ["a.md"], 1, 0, "Found 1 problem (1 warning) in 1 of 1 file."),
    (["error"], ["a.md"], 4, 1, "Found 1 problem (1 error) in 1 of 4 files; 1 file could not be read."),
    ([], [], 10, 0, "All 10 files passed."),
    ([], [], 1, 0, "1 file passed."),
    ([], [], 0, 0, "No files to check."),
    ([], [], 10, 1, "No problems found in 10 files; 1 file could not be read."),
    ([], [], 0, 2, "2 files could not be read."),
])
def test_text_summary(severities, paths, files, errors, expected):
    problems = [problem(path=p, line=i + 1, severity=s) for i, (s, p) in enumerate(zip(severities, paths))]
    errs = [(f"gone{i}.md", "No such file or directory") for i in range(errors)]
    assert render("text", report(problems, files, errors=errs)).splitlines()[-1] == expected


def test_text_errors_are_listed_before_the_summary():
    out = render("text", report([problem()], errors=[("jobs/gone.md", "No such file or directory")]))
    assert out.splitlines()[1:] == ["jobs/gone.md: error: No such file or directory", "",
                                    "Found 1 problem (1 error) in 1 of 10 files; 1 file could not be read."]


def test_text_quiet_prints_nothing_for_a_clean_run_but_keeps_findings_and_summary():
    assert render("text", report(quiet=True)) == ""
    out = render("text", report([problem()], quiet=True))
    assert out.endswith("Found 1 problem (1 error) in 1 of 10 files.\n")
    assert render("text", report(quiet=True, errors=[("x.md", "gone")])).startswith("x.md: error: gone\n")


def test_text_keeps_one_line_per_finding_and_never_emits_raw_control_characters():
    hostile = problem(path="jobs/evil\nname.md", message="clear\x1b[2J screen\x9b1m, tab\tok\r\nnext")
    out = render("text", report([hostile]))
    first = out.splitlines()[0]
    assert first == r"jobs/evil\nname.md:12:5: JD201 [error] clear\x1b[2J screen\x9b1m, tab" + "\t" + r"ok\r\nnext (leftover-placeholder)"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_text_keeps_unicode_quotes_and_markup_verbatim():
    out = render("text", report([problem(message=NASTY.replace("\r\n", " "))]))
    assert 'Slot "{{salary}}" in <b>Café & Co</b> — 100%: a, b; it\'s next %0A line' in out


def test_text_color_bolds_path_and_colours_severity_only_when_asked():
    problems = [problem(line=1), problem(line=2, code="JD101"), problem(line=3, code="JD501")]
    plain = render("text", report(problems))
    assert "\x1b" not in plain
    colored = render("text", report(problems, color=True)).splitlines()
    assert colored[0] == "\x1b[1mjobs/backend.md\x1b[0m:1:5: JD201 \x1b[31m[error]\x1b[0m " \
                         'Unfilled template slot "{{salary}}" (leftover-placeholder)'
    assert "\x1b[33m[warning]\x1b[0m" in colored[1]
    assert "\x1b[34m[info]\x1b[0m" in colored[2]
    # The control-character escaping still applies to the posting's text.
    assert "\\x1b" in render("text", report([problem(message="a\x1bb")], color=True))


def test_text_statistics_most_frequent_first_before_summary():
    problems = [problem(line=i, code="JD101") for i in range(1, 13)] + [problem(line=20), problem(line=21, code="JD501")]
    lines = render("text", report(problems, statistics=True)).splitlines()
    assert lines[-6:] == [
        "",
        "12\tJD101\tpay-range-missing",
        " 1\tJD201\tleftover-placeholder",
        " 1\tJD501\teeo-statement-missing",
        "",
        "Found 14 problems (1 error, 12 warnings, 1 info) in 1 of 10 files.",
    ]
    assert "\t" not in render("text", report(problems))


# --------------------------------------------------------------------------- json


def test_json_is_problem_to_dict_in_order_pretty_and_readable():
    problems = [problem(message=NASTY, related=[(3, 1, "here")]), problem(path="b.md", code="JD101")]
    out = render("json", report(problems, errors=[("gone.md", "missing")]))
    data = json.loads(out)
    assert data == [p.to_dict() for p in sorted(problems, key=Problem.sort_key)]
    assert list(data[1]) == ["path", "line", "column", "end_line", "end_column", "code", "name",
                             "category", "severity", "message", "related"]
    assert "related" not in data[0]
    assert data[1]["message"] == NASTY
    assert "Café" in out and out.startswith("[\n  {\n    \"path\"") and out.endswith("]\n")
    # Unreadable files go to stderr (CLI), so every element keeps the finding shape.
    assert all("code" in item for item in data)


def test_json_clean_run_is_an_empty_list():
    assert render("json", report()) == "[]\n"


# --------------------------------------------------------------------------- github


def parse_command(line: str) -> tuple[str, dict, str]:
    """Decode a workflow command the way the runner does."""
    unescape = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
    match = re.fullmatch(r"::(\w+) (.*?)::(.*)", line)
    assert match, line
    decode = lambda s: re.sub(r"%(25|0D|0A|3A|2C)", lambda m: unescape[m.group(0)], s)  # noqa: E731
    props = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), {k: decode(v) for k, v in props.items()}, decode(match.group(3))


def test_github_annotation_shape():
    lines = render("github", report([problem(end_col=17)])).splitlines()
    assert lines == [
        "::error file=jobs/backend.md,line=12,endLine=12,col=5,endColumn=17,title=JD201 leftover-placeholder"
        '::jobs/backend.md:12:5: JD201 Unfilled template slot "{{salary}}"',
        "Found 1 problem (1 error) in 1 of 10 files.",
    ]


@pytest.mark.parametrize("path, message", [
    (NASTY_PATH, NASTY),
    ("a,b.md", "%25 literal, and %0A literal"),
    ("C:%2C.md", "::warning::injected\n::error file=x::second command"),
    ("./jobs/x.md", "ends with newline\n"),
])
def test_github_escaping_round_trips_and_never_starts_a_second_command(path, message):
    out = render("github", report([problem(path=path, message=message, related=[(2, 1, "other, place: 5%")])]))
    lines = out.splitlines()
    assert len(lines) == 2  # one annotation + summary, whatever the text contained
    command, props, data = parse_command(lines[0])
    expected_path = path.removeprefix("./")
    assert command == "error"
    assert props["file"] == expected_path
    assert props["title"] == "JD201 leftover-placeholder"
    assert data == f"{expected_path}:12:5: JD201 {message}\n{expected_path}:2:1: note: other, place: 5%"


def test_github_exact_escapes():
    line = render("github", report([problem(path="a,b:c%.md", message="50%, ok: a\r\nb")])).splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3Ac%25.md,")
    assert line.endswith("::a,b:c%25.md:12:5: JD201 50%25, ok: a%0D%0Ab")


@pytest.mark.parametrize("severity, command", [("error", "error"), ("warning", "warning"), ("info", "notice")])
def test_github_levels(severity, command):
    assert render("github", report([problem(severity=severity)])).startswith(f"::{command} ")


def test_github_drops_columns_the_runner_would_reject():
    multi = parse_command(render("github", report([problem(end_line=14, end_col=2)])).splitlines()[0])[1]
    assert multi["line"] == "12" and multi["endLine"] == "14"
    assert "col" not in multi and "endColumn" not in multi
    backwards = parse_command(render("github", report([problem(col=9, end_col=3)])).splitlines()[0])[1]
    assert backwards["col"] == "9" and "endColumn" not in backwards
    point = parse_command(render("github", report([problem(col=9, end_col=9)])).splitlines()[0])[1]
    assert point["col"] == "9" and point["endColumn"] == "9"


def test_github_unreadable_file_is_an_error_annotation():
    lines = render("github", report(errors=[("jobs/a,b.md", "Permission denied")])).splitlines()
    assert lines[0] == "::error file=jobs/a%2Cb.md,title=jdlint could not read file::jobs/a,b.md: error: Permission denied"
    assert lines[-1] == "No problems found in 10 files; 1 file could not be read."


def test_github_notes_when_annotations_will_be_hidden():
    ten_each = [problem(line=i, severity=s) for s in ("error", "warning", "info") for i in range(1, 11)]
    assert "Note:" not in render("github", report(ten_each))
    lines = render("github", report(ten_each + [problem(line=11, severity="warning")])).splitlines()
    assert lines[-2].startswith("Note: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step")
    assert len([x for x in lines if x.startswith("::")]) == 31  # every finding is still in the log


# --------------------------------------------------------------------------- sarif


@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def sarif(rep: Report) -> dict:
    return json.loads(render("sarif", rep))


def assert_valid(validator, doc):
    errors = sorted(validator.iter_errors(doc), key=str)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_validates_with_hostile_content_related_errors_and_absolute_paths(sarif_validator, tmp_path):
    problems = [
        problem(path=NASTY_PATH, message=NASTY, related=[(3, 1, "here"), (4, 2, "")]),
        problem(path=str(tmp_path / "abs café.md"), code="JD101", end_line=15, end_col=1),
        problem(path="b.md", code="JD501"),
    ]
    assert_valid(sarif_validator, sarif(report(problems, tool_version="0.1.0", errors=[("gone.md", "missing")])))
    assert_valid(sarif_validator, sarif(report()))


def test_sarif_driver_lists_every_rule_that_ran_with_docs(sarif_validator):
    rules = dict(RULES, JD201=rule(url="https://example.org/jd201"))
    doc = sarif(Report([problem(code="JD101")], rules, 3, tool_version="1.2.3"))
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "jdlint" and driver["version"] == "1.2.3"
    assert driver["informationUri"] == "https://github.com/jdlint/jdlint"
    assert [r["id"] for r in driver["rules"]] == ["JD001", "JD101", "JD201", "JD501"]
    jd201 = driver["rules"][2]
    assert jd201 == {
        "id": "JD201",
        "name": "leftover-placeholder",
        "shortDescription": {"text": "Unfilled template slot or dummy text"},
        "fullDescription": {"text": "Template slots such as `{{salary}}` left in a published posting."},
        "help": {"text": DOCS, "markdown": DOCS},
        "helpUri": "https://example.org/jd201",
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["placeholder"], "problem.severity": "error"},
    }
    jd101, jd501 = driver["rules"][1], driver["rules"][3]
    assert jd101["helpUri"] == "https://github.com/jdlint/jdlint/blob/main/README.md#jd101"
    assert jd101["fullDescription"] == {"text": "Pay range missing"}  # no docs: falls back to summary
    assert jd501["defaultConfiguration"] == {"level": "note"}
    assert_valid(sarif_validator, doc)


def test_sarif_result_shape(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    p = problem(path="./jobs/café & co:1.md", message=NASTY, severity="warning", related=[(3, 1, "here")])
    run = sarif(report([p]))["runs"][0]
    result = run["results"][0]
    uri = "jobs/caf%C3%A9%20&%20co%3A1.md"
    location = {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}}
    assert result == {
        "ruleId": "JD201",
        "ruleIndex": 2,
        "level": "warning",  # the configured severity, not the rule's default
        "message": {"text": NASTY},
        "locations": [{"physicalLocation": {**location, "region": {
            "startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 17}}}],
        "partialFingerprints": {"jdlint/v1": result["partialFingerprints"]["jdlint/v1"]},
        "relatedLocations": [{"id": 1, "physicalLocation": {**location, "region": {
            "startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 7}}, "message": {"text": "here"}}],
    }
    assert run["tool"]["driver"]["rules"][2]["id"] == "JD201"
    assert unquote(uri) == "jobs/café & co:1.md"
    assert re.fullmatch(r"[0-9a-f]{64}", result["partialFingerprints"]["jdlint/v1"])
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]


@pytest.mark.parametrize("severity, level", [("error", "error"), ("warning", "warning"), ("info", "note")])
def test_sarif_levels(severity, level):
    assert sarif(report([problem(severity=severity)]))["runs"][0]["results"][0]["level"] == level


def test_sarif_file_name_that_is_not_utf8_keeps_its_bytes(sarif_validator):
    path = b"jobs/caf\xe9.md".decode("utf-8", "surrogateescape")  # how os.listdir returns it
    doc = sarif(report([problem(path=path)]))
    assert doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "jobs/caf%E9.md"
    assert_valid(sarif_validator, doc)
    for fmt in ("gitlab", "junit", "text", "github"):
        assert render(fmt, report([problem(path=path)]))  # no UnicodeEncodeError


def test_sarif_absolute_path_is_a_file_uri(tmp_path):
    path = tmp_path / "a b.md"
    location = sarif(report([problem(path=str(path))]))["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"] == {"uri": path.as_uri()}


def fingerprints(fmt, problems):
    data = json.loads(render(fmt, report(problems)))
    if fmt == "sarif":
        return [r["partialFingerprints"]["jdlint/v1"] for r in data["runs"][0]["results"]]
    return [item["fingerprint"] for item in data]


@pytest.mark.parametrize("fmt", ["sarif", "gitlab"])
def test_fingerprints_unique_per_finding_and_stable_when_lines_move(fmt):
    same_message_two_lines = [problem(line=12), problem(line=30)]
    exact_duplicates = [problem(line=12), problem(line=12)]
    a, b = fingerprints(fmt, same_message_two_lines)
    assert a != b
    assert len(set(fingerprints(fmt, exact_duplicates))) == 2
    # Ten lines inserted above both: same identities, so CI sees nothing new.
    assert fingerprints(fmt, [problem(line=22), problem(line=40)]) == [a, b]
    # Anything that makes it a different finding changes it.
    assert fingerprints(fmt, [problem(path="other.md")])[0] != a
    assert fingerprints(fmt, [problem(message="Unfilled template slot \"{{city}}\"")])[0] != a
    assert fingerprints(fmt, [problem(code="JD101")])[0] != a
    # "./x" and "x" are the same file.
    assert fingerprints(fmt, [problem(path="./jobs/backend.md")])[0] == a


def test_sarif_unreadable_inputs_are_tool_notifications():
    run = sarif(report(errors=[("jobs/gone.md", "No such file or directory")]))["runs"][0]
    assert run["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{
            "level": "error",
            "message": {"text": "jobs/gone.md: No such file or directory"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "jobs/gone.md", "uriBaseId": "%SRCROOT%"}}}],
        }],
    }]
    assert run["results"] == []


def test_sarif_problem_without_a_rule_still_gets_a_descriptor(sarif_validator):
    doc = sarif(Report([problem(code="JD101")], {}, 1))
    driver_rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in driver_rules] == ["JD101"]
    assert doc["runs"][0]["results"][0]["ruleIndex"] == 0
    assert "version" not in doc["runs"][0]["tool"]["driver"]
    assert_valid(sarif_validator, doc)


# --------------------------------------------------------------------------- gitlab


def test_gitlab_issue_shape():
    issue = json.loads(render("gitlab", report([problem(path="./jobs/a.md", message=NASTY, end_line=13)])))[0]
    assert re.fullmatch(r"[0-9a-f]{32}", issue.pop("fingerprint"))
    assert issue == {
        "type": "issue",
        "check_name": "JD201",
        "description": f"{NASTY} (JD201 leftover-placeholder)",
        "categories": ["Bug Risk"],
        "severity": "critical",
        "location": {"path": "jobs/a.md", "lines": {"begin": 12, "end": 13}},
    }


@pytest.mark.parametrize("code, severity, expected, category", [
    ("JD201", "error", "critical", "Bug Risk"),
    ("JD101", "warning", "major", "Bug Risk"),
    ("JD501", "info", "info", "Bug Risk"),
    ("JD001", "warning", "major", "Style"),
])
def test_gitlab_severity_and_category(code, severity, expected, category):
    issue = json.loads(render("gitlab", report([problem(code=code, severity=severity)])))[0]
    assert issue["severity"] == expected and issue["categories"] == [category]


def test_gitlab_unreadable_file_and_empty_run():
    issues = json.loads(render("gitlab", report(errors=[("jobs/gone.md", "No such file")])))
    assert len(issues) == 1 and re.fullmatch(r"[0-9a-f]{32}", issues[0].pop("fingerprint"))
    assert issues[0] == {
        "type": "issue", "check_name": "jdlint-unreadable-file",
        "description": "jdlint could not read this file: No such file", "categories": ["Bug Risk"],
        "severity": "critical", "location": {"path": "jobs/gone.md", "lines": {"begin": 1, "end": 1}},
    }
    assert render("gitlab", report()) == "[]\n"


# --------------------------------------------------------------------------- junit


def junit(rep: Report) -> ET.Element:
    out = render("junit", rep)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(out.encode("utf-8"))


def test_junit_structure():
    problems = [problem(path="jobs/a.md", related=[(3, 1, "here")]), problem(path="jobs/a.md", line=20, code="JD101"),
                problem(path="jobs/b.md", code="JD501")]
    root = junit(report(problems, files=10, errors=[("jobs/gone.md", "Permission denied")]))
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "jdlint", "tests": "5", "failures": "3", "errors": "1"}
    suites = {s.get("name"): s for s in root}
    assert list(suites) == ["jobs/a.md", "jobs/b.md", "jobs/gone.md", "jdlint"]
    a = suites["jobs/a.md"]
    assert a.attrib == {"name": "jobs/a.md", "tests": "2", "failures": "2", "errors": "0"}
    case = a[0]
    assert case.attrib == {"name": "JD201 leftover-placeholder 12:5", "classname": "jobs/a.md",
                           "file": "jobs/a.md", "line": "12"}
    failure = case.find("failure")
    assert failure.attrib == {"message": 'Unfilled template slot "{{salary}}"', "type": "error"}
    assert failure.text == ('jobs/a.md:12:5: JD201 [error] Unfilled template slot "{{salary}}" (leftover-placeholder)\n'
                            "    jobs/a.md:3:1: note: here")
    assert a[1].find("failure").get("type") == "warning"
    error = suites["jobs/gone.md"].find("testcase/error")
    assert error.attrib == {"message": "Permission denied", "type": "unreadable-file"}
    passing = suites["jdlint"].findall("testcase")
    assert [c.get("name") for c in passing] == ["8 of 10 files have no problems"]
    assert list(passing[0]) == []


@pytest.mark.parametrize("files, name", [(10, "10 files checked, no problems"), (1, "1 file checked, no problems"),
                                         (0, "no files to check")])
def test_junit_clean_run_is_one_passing_test(files, name):
    root = junit(report(files=files))
    assert root.attrib == {"name": "jdlint", "tests": "1", "failures": "0", "errors": "0"}
    assert [(s.get("name"), [c.get("name") for c in s]) for s in root] == [("jdlint", [name])]


def test_junit_all_files_failing_has_no_passing_case():
    root = junit(report([problem(path="a.md"), problem(path="b.md")], files=2))
    assert root.get("tests") == "2" and [s.get("name") for s in root] == ["a.md", "b.md"]


def test_junit_escapes_markup_and_replaces_characters_xml_cannot_hold():
    message = NASTY + " nul\x00 esc\x1b bell\x07 lone\ud800 ok\U0001F600"
    path = 'jobs/<a href="x">&\x0c.md'
    root = junit(report([problem(path=path, message=message)]))
    suite = root[0]
    assert suite.get("name") == 'jobs/<a href="x">&\ufffd.md'
    failure = suite.find("testcase/failure")
    # Attributes keep newlines (&#10;), quotes, <, > and & exactly.
    assert failure.get("message") == NASTY + " nul\ufffd esc\ufffd bell\ufffd lone\ufffd ok\U0001F600"
    assert "Café & Co" in failure.text and "\\x1b" in failure.text


# --------------------------------------------------------------------------- dispatch


def test_render_dispatches_and_rejects_unknown_formats(monkeypatch):
    rep = report([problem()])
    assert set(FORMATS) == {"text", "json", "github", "sarif", "gitlab", "junit"}
    from jdlint.output import json_format
    assert render("json", rep) == json_format.render(rep)
    with pytest.raises(ValueError, match="unknown output format 'xml'; choose from text, json"):
        render("xml", rep)
    monkeypatch.setitem(output.FORMATS, "count", lambda r: f"{len(r.problems)}\n")
    assert render("count", rep) == "1\n"


def test_formats_are_imported_only_when_used():
    code = (
        "import sys; from jdlint.output import Report, render; "
        "render('text', Report([], {}, 1)); "
        "print(sorted(m for m in sys.modules if m.startswith('jdlint.output.') or m == 'xml.etree.ElementTree'))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True).stdout
    assert out.strip() == "['jdlint.output.text']"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_handles_an_empty_report_with_default_errors(fmt):
    rep = Report([], {}, 0)
    assert rep.errors == ()
    assert render(fmt, rep).endswith("\n") or fmt == "text"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_ten_thousand_problems_all_render(fmt):
    # Speed is measured in benchmarks/bench_output.py; here, only that nothing is lost.
    problems = [
        problem(path=f"jobs/posting-{i // 10:04d}.md", line=i % 10 + 1, code=("JD201", "JD101", "JD501")[i % 3],
                message=f"Unfilled template slot \"{{{{field{i % 7}}}}}\"", related=[(1, 1, "here")] if i % 5 == 0 else ())
        for i in range(10_000)
    ]
    rep = report(problems, files=1500, statistics=True)
    out = render(fmt, rep)
    assert out.count("posting-0999.md") >= 10 or fmt == "junit" and out.count("posting-0999.md") >= 1
