"""Inline suppressions, written where the posting is edited.

In the posting text (Markdown, HTML or plain text), as HTML comments that no
renderer shows:

    <!-- jdlint-disable JD201 -- the {{ }} here is our ATS merge syntax -->
    ...
    <!-- jdlint-enable JD201 -->
    <!-- jdlint-disable-next-line JD104 -- benefits are on the linked page -->
    <!-- jdlint-disable-file JD501 -- EEO text is added by the careers site -->

In front matter (or a YAML posting), as YAML comments:

    # jdlint: disable=JD501 -- on its own line: the whole file
    salary: DOE  # jdlint: disable=JD101 -- after a value: that line only

Codes may be codes or slug names, separated by commas or spaces; no code means
every rule. Everything after ` -- ` is the reason, shown by `jdlint inspect`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import regex

_HTML = regex.compile(
    r"<!--\s*jdlint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S)
_YAML = regex.compile(r"#\s*jdlint:\s*(disable-next-line|disable-file|disable|enable)\b\s*=?([^\n]*)")


@dataclass(slots=True)
class Directive:
    kind: str  # "range", "next-line", "file", "line", "enable"
    codes: tuple[str, ...]  # as written; empty = all rules
    reason: str
    start: int  # offset of the comment
    end: int
    line: int  # line of the comment
    first_line: int = 0  # lines it covers (inclusive)
    last_line: int = 0
    used: bool = False

    def covers(self, code: str, name: str) -> bool:
        return not self.codes or code in self.codes or name in self.codes


def _split(rest: str) -> tuple[tuple[str, ...], str]:
    rest = rest.strip()
    reason = ""
    if "--" in rest:
        rest, reason = rest.split("--", 1)
    codes = tuple(c for c in re.split(r"[\s,]+", rest.strip()) if c)
    return codes, reason.strip()


def parse(posting) -> list[Directive]:
    text = posting.text
    if "jdlint" not in text:
        return []
    found: list[Directive] = []
    last_line = text.count("\n") + 1
    for m in _HTML.finditer(text):
        kind = {"disable": "range", "disable-next-line": "next-line", "disable-file": "file",
                "enable": "enable"}[m.group(1)]
        found.append(_directive(posting, kind, m))
    yaml_end = len(text) if posting.format == "yaml" else posting.body_start
    for m in _YAML.finditer(text, 0, yaml_end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        own_line = not text[line_start:m.start()].strip()
        verb = m.group(1)
        if verb == "disable":
            kind = "file" if own_line else "line"
        else:
            kind = {"disable-next-line": "next-line", "disable-file": "file", "enable": "enable"}[verb]
        found.append(_directive(posting, kind, m))
    found.sort(key=lambda d: d.start)
    _close_ranges(found, last_line)
    return found


def _directive(posting, kind: str, m: re.Match) -> Directive:
    codes, reason = _split(m.group(2))
    line = posting.line_of(m.start())
    d = Directive(kind, codes, reason, m.start(), m.end(), line, line, line)
    if kind == "file":
        d.first_line, d.last_line = 1, 10**9
    elif kind == "next-line":
        d.first_line = d.last_line = _next_content_line(posting, m.end())
    elif kind == "line":
        d.first_line = d.last_line = line
    return d


def _next_content_line(posting, offset: int) -> int:
    """The next line with text on it: a comment is often followed by a blank line."""
    text = posting.text
    nl = text.find("\n", offset)
    while nl != -1:
        end = text.find("\n", nl + 1)
        if text[nl + 1:end if end != -1 else len(text)].strip():
            return posting.line_of(nl + 1)
        nl = end
    return -1  # nothing follows: the comment covers no line


def _close_ranges(found: list[Directive], last_line: int) -> None:
    """A `disable` runs to the first `enable` that names one of its codes (or all)."""
    for i, d in enumerate(found):
        if d.kind != "range":
            continue
        d.last_line = last_line
        for e in found[i + 1:]:
            if e.kind == "enable" and (not e.codes or not d.codes or set(e.codes) & set(d.codes)):
                d.last_line = e.line
                break


def suppressing(directives: list[Directive], code: str, name: str, line: int) -> Directive | None:
    for d in directives:
        if d.kind != "enable" and d.first_line <= line <= d.last_line and d.covers(code, name):
            return d
    return None
