"""GitLab Code Quality format (the CodeClimate subset GitLab reads).

Publish with `artifacts: reports: codequality: jdlint.json`. A JSON list, one
issue per line (shown spread out here):

    [
      {
        "type": "issue",
        "check_name": "JD201",
        "description": "Unfilled template slot \\"{{salary}}\\" (JD201 leftover-placeholder)",
        "categories": ["Bug Risk"],
        "severity": "critical",
        "fingerprint": "5d41402abc4b2a76b9719d911017c592",
        "location": {"path": "jobs/a.md", "lines": {"begin": 12, "end": 12}}
      }
    ]

Severity: error -> critical, warning -> major, info -> info. GitLab ranks
info < minor < major < critical < blocker; jdlint's three levels take three of
them spread across the scale, leaving blocker for nothing (jdlint cannot know
what blocks a merge in your project).

The description ends with the code and rule name because GitLab's merge request
widget shows the description but not check_name, and the code is what a user
needs to look the rule up or suppress it.

`fingerprint` is an MD5 hex of code, path, message and the occurrence number
of that triple in the file (see `finding_keys`): unique per finding, since GitLab
shows only the first of equal fingerprints, and independent of line numbers, so
an edit above a finding does not make the widget report it fixed and new again.

Categories (CodeClimate's fixed list): "Style" for format findings, "Bug Risk"
for the rest (a missing pay range or stray placeholder is a defect in the
posting, not a matter of style). An unreadable input becomes a critical issue
with `check_name` "jdlint-unreadable-file" on line 1 of that path.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from . import finding_keys, json_array, posix_path

if TYPE_CHECKING:
    from . import Report

SEVERITY = {"error": "critical", "warning": "major", "info": "info"}
_STYLE_CATEGORIES = {"format", "suppression"}


def _md5(key: str) -> str:
    return hashlib.md5(key.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()


def render(report: Report) -> str:
    issues = []
    paths: dict[str, str] = {}
    for p, key in zip(report.problems, finding_keys(report.problems)):
        loc = p.location
        issues.append(
            {
                "type": "issue",
                "check_name": p.code,
                "description": f"{p.message} ({p.code} {p.name})",
                "categories": ["Style" if p.category in _STYLE_CATEGORIES else "Bug Risk"],
                "severity": SEVERITY.get(p.severity, "major"),
                "fingerprint": _md5(key),
                "location": {
                    "path": paths.get(p.path) or paths.setdefault(p.path, posix_path(p.path)),
                    "lines": {"begin": loc.line, "end": max(loc.end_line, loc.line)},
                },
            }
        )
    for path, message in report.errors:
        path = posix_path(path)
        issues.append(
            {
                "type": "issue",
                "check_name": "jdlint-unreadable-file",
                "description": f"jdlint could not read this file: {message}",
                "categories": ["Bug Risk"],
                "severity": "critical",
                "fingerprint": _md5("\0".join(("unreadable", path, message))),
                "location": {"path": path, "lines": {"begin": 1, "end": 1}},
            }
        )
    return json_array(issues) + "\n"
