"""JUnit XML format: for CI test-report dashboards (GitLab, Jenkins, Azure).

JUnit has no formal spec; this follows the common shape (ruff, textlint):

    <testsuites name="jdlint" tests="4" failures="2" errors="1">
      <testsuite name="jobs/a.md" tests="2" failures="2" errors="0">
        <testcase name="JD201 leftover-placeholder 12:5" classname="jobs/a.md" file="jobs/a.md" line="12">
          <failure message="Unfilled template slot ..." type="error">jobs/a.md:12:5: JD201 [error] ...</failure>
        </testcase>
      </testsuite>
      <testsuite name="jobs/b.md" tests="1" failures="0" errors="1">
        <testcase name="read file" classname="jobs/b.md" file="jobs/b.md">
          <error message="permission denied" type="unreadable-file">jobs/b.md: error: permission denied</error>
        </testcase>
      </testsuite>
      <testsuite name="jdlint" tests="1" failures="0" errors="0">
        <testcase name="8 of 10 files have no problems" classname="jdlint"/>
      </testsuite>
    </testsuites>

One suite per file with problems, one failing testcase per problem (`type` is
the severity, the body is the text format's line with its notes). The files
without problems are only a count in the report, so they share one passing
testcase; a clean run is therefore one passing test, which dashboards show as a
pass rather than as "no tests". Characters XML 1.0 cannot carry (most control
characters, lone surrogates) become U+FFFD, so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from .text import format_error, format_problem, plural

if TYPE_CHECKING:
    from ..model import Problem
    from . import Report

_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(s: str) -> str:
    return _ILLEGAL.sub("\ufffd", s)


def _suite(parent: ET.Element, name: str, tests: int, failures: int, errors: int) -> ET.Element:
    return ET.SubElement(
        parent, "testsuite", name=xml_safe(name), tests=str(tests), failures=str(failures), errors=str(errors)
    )


def _testcase(suite: ET.Element, p: Problem) -> None:
    path = xml_safe(p.path)
    loc = p.location
    case = ET.SubElement(
        suite, "testcase", name=f"{p.code} {p.name} {loc.line}:{loc.column}", classname=path, file=path, line=str(loc.line)
    )
    failure = ET.SubElement(case, "failure", message=xml_safe(p.message), type=p.severity)
    failure.text = xml_safe(format_problem(p))


def render(report: Report) -> str:
    by_path: dict[str, list[Problem]] = {}
    for p in report.problems:
        by_path.setdefault(p.path, []).append(p)
    clean = max(report.files_checked - len(by_path), 0)
    passing = 1 if clean or not by_path else 0
    total = len(report.problems) + len(report.errors) + passing
    root = ET.Element(
        "testsuites", name="jdlint", tests=str(total), failures=str(len(report.problems)), errors=str(len(report.errors))
    )
    for path, problems in by_path.items():
        suite = _suite(root, path, len(problems), len(problems), 0)
        for p in problems:
            _testcase(suite, p)
    for path, message in report.errors:
        suite = _suite(root, path, 1, 0, 1)
        case = ET.SubElement(suite, "testcase", name="read file", classname=xml_safe(path), file=xml_safe(path))
        error = ET.SubElement(case, "error", message=xml_safe(message), type="unreadable-file")
        error.text = xml_safe(format_error(path, message))
    if passing:
        n = report.files_checked
        if by_path:
            name = f"{clean} of {plural(n, 'file')} {'has' if clean == 1 else 'have'} no problems"
        else:
            name = f"{plural(n, 'file')} checked, no problems" if n else "no files to check"
        ET.SubElement(_suite(root, "jdlint", 1, 0, 0), "testcase", name=name, classname="jdlint")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
