"""Text format: one line per problem, for people and for `path:line:col` tools.

    jobs/backend.md:12:5: JD201 [error] Unfilled template slot "{{salary}}" (leftover-placeholder)
        jobs/backend.md:3:1: note: the posting says it is remote here
    jobs/intern.md: error: cannot read file: permission denied

    Found 3 problems (2 errors, 1 warning) in 2 of 10 files.

The `path:line:col: CODE` prefix is the flake8/ruff shape, so editors and CI
problem matchers that already parse those pick jdlint up unchanged. Each problem
is exactly one line (related locations are indented `note:` lines below it):
control characters in paths or messages are shown escaped (`\\n`, `\\x1b`), so a
posting can neither break the line structure nor send escape sequences to the
terminal. Colour (ANSI) only when `report.color`: bold path, severity in red,
yellow or blue. The last line is a summary unless `report.quiet` and nothing was
found; `report.statistics` adds a `count<TAB>code<TAB>name` table before it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..model import SEVERITIES

if TYPE_CHECKING:
    from ..model import Problem
    from . import Report

_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_SEVERITY_COLOR = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[34m"}

# C0 controls (except tab), DEL and C1 controls (U+009B is CSI on some terminals).
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c != 0x09}
_ESCAPES.update({0x0A: "\\n", 0x0D: "\\r"})


def clean(s: str) -> str:
    """Show control characters escaped so one finding stays one safe line."""
    return s.translate(_ESCAPES)


def plural(n: int, word: str) -> str:
    # "info" is a mass noun: "3 info", not "3 infos".
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def format_problem(p: Problem, color: bool = False) -> str:
    """The problem's line plus its related `note:` lines (no trailing newline)."""
    path = clean(p.path)
    shown = f"{_BOLD}{path}{_RESET}" if color else path
    severity = f"[{p.severity}]"
    if color and p.severity in _SEVERITY_COLOR:
        severity = f"{_SEVERITY_COLOR[p.severity]}{severity}{_RESET}"
    loc = p.location
    line = f"{shown}:{loc.line}:{loc.column}: {p.code} {severity} {clean(p.message)} ({p.name})"
    for r in p.related:
        line += f"\n    {shown}:{r.location.line}:{r.location.column}: note: {clean(r.message)}"
    return line


def format_error(path: str, message: str, color: bool = False) -> str:
    path = clean(path)
    if color:
        return f"{_BOLD}{path}{_RESET}: {_SEVERITY_COLOR['error']}error{_RESET}: {clean(message)}"
    return f"{path}: error: {clean(message)}"


def summary(report: Report) -> str:
    """One sentence on the whole run; shared by the github format."""
    n = report.files_checked
    unreadable = f"{plural(len(report.errors), 'file')} could not be read" if report.errors else ""
    if report.problems:
        counts = Counter(p.severity for p in report.problems)
        # Known severities in rank order, then anything unexpected, never dropped.
        order = [s for s in SEVERITIES if s in counts] + sorted(set(counts) - set(SEVERITIES))
        parts = ", ".join(plural(counts[s], s) for s in order)
        files = len({p.path for p in report.problems})
        text = f"Found {plural(len(report.problems), 'problem')} ({parts}) in {files} of {plural(max(n, files), 'file')}"
        return f"{text}; {unreadable}." if unreadable else f"{text}."
    if unreadable:
        return f"No problems found in {plural(n, 'file')}; {unreadable}." if n else f"{unreadable[0].upper()}{unreadable[1:]}."
    if n == 0:
        return "No files to check."
    return "1 file passed." if n == 1 else f"All {n} files passed."


def statistics(problems: list[Problem]) -> list[str]:
    """ruff --statistics shape: most frequent first, tab-separated for `cut`."""
    counts = Counter((p.code, p.name) for p in problems)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = len(str(rows[0][1])) if rows else 0
    code_width = max((len(code) for (code, _), _ in rows), default=0)
    return [f"{count:>{width}}\t{code:<{code_width}}\t{name}" for (code, name), count in rows]


def render(report: Report) -> str:
    color = report.color
    lines = [format_problem(p, color) for p in report.problems]
    lines += [format_error(path, message, color) for path, message in report.errors]
    if report.statistics and report.problems:
        if lines:
            lines.append("")
        lines += statistics(report.problems)
    if not (report.quiet and not report.problems and not report.errors):
        if lines:
            lines.append("")
        lines.append(summary(report))
    return "\n".join(lines) + "\n" if lines else ""
