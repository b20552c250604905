"""GitHub Actions format: workflow commands that become annotations on the diff.

    ::error file=jobs/a.md,line=12,endLine=12,col=5,endColumn=17,title=JD201 leftover-placeholder::jobs/a.md:12:5: JD201 Unfilled ...
    ::warning file=...            (warning)
    ::notice file=...             (info)
    Found 3 problems (2 errors, 1 warning) in 2 of 10 files.

The message repeats `path:line:col: CODE`, as ruff does, because the job log
shows only the message of each command: that way the log is a complete list
even when GitHub drops annotations (it shows at most 10 per level per step and
50 per job; when a run exceeds that, a note line says so). Related locations
become extra lines of the annotation. Unreadable inputs are `::error file=path`
annotations. Values are escaped as the runner expects (data: % CR LF; properties
also : and ,), so a message or path can never start a second command.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from . import posix_path
from .text import summary

if TYPE_CHECKING:
    from ..model import Problem
    from . import Report

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
PER_LEVEL_LIMIT = 10  # annotations of each level GitHub keeps per step
PER_JOB_LIMIT = 50


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _annotation(p: Problem) -> str:
    loc = p.location
    path = posix_path(p.path)
    end_line = max(loc.end_line, loc.line)
    props = [f"file={escape_property(path)}", f"line={loc.line}", f"endLine={end_line}"]
    # The runner discards the whole annotation if col/endColumn are given for a
    # span over several lines, or if endColumn < col (ruff issue 22074).
    if end_line == loc.line:
        props.append(f"col={loc.column}")
        if loc.end_column >= loc.column:
            props.append(f"endColumn={loc.end_column}")
    props.append(f"title={escape_property(f'{p.code} {p.name}')}")
    message = f"{path}:{loc.line}:{loc.column}: {p.code} {p.message}"
    for r in p.related:
        message += f"\n{path}:{r.location.line}:{r.location.column}: note: {r.message}"
    return f"::{_COMMAND.get(p.severity, 'warning')} {','.join(props)}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = [_annotation(p) for p in report.problems]
    for path, message in report.errors:
        path = posix_path(path)
        lines.append(
            f"::error file={escape_property(path)},title=jdlint could not read file"
            f"::{escape_data(f'{path}: error: {message}')}"
        )
    counts = Counter(_COMMAND.get(p.severity, "warning") for p in report.problems)
    counts["error"] += len(report.errors)
    # Three levels of at most 10 stay under the job's 50, so only the per-level cap can bite in one step.
    if max(counts.values(), default=0) > PER_LEVEL_LIMIT:
        lines.append(
            f"Note: GitHub shows at most {PER_LEVEL_LIMIT} error, {PER_LEVEL_LIMIT} warning and "
            f"{PER_LEVEL_LIMIT} notice annotations per step ({PER_JOB_LIMIT} per job), so some of "
            "these are missing from the Files changed tab; every one is listed in this log."
        )
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
