"""The records that flow through jdlint: what a rule yields and what a user reads.

Rules yield a small `Finding` (a span of the file's text and a message). The engine
turns each into a `Problem` (path, line, column, rule metadata, severity) after
applying configuration and suppressions. Two records, so rules never compute line
numbers and formatters never see offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
# Lower number = more severe; used for --fail-on and sorting of summaries.
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

CATEGORIES = (
    "pay-transparency",
    "placeholder",
    "agency-disclaimer",
    "location-consistency",
    "eeo",
    "format",
    "suppression",
)


@dataclass(frozen=True, slots=True)
class Related:
    """A second place a finding points at (the other half of a contradiction)."""

    start: int
    end: int
    message: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: a span of the posting's text (character offsets into
    the decoded file) and a message. `end` may equal `start` for a point."""

    start: int
    end: int
    message: str
    related: tuple[Related, ...] = ()
    # A rule that reports several kinds of thing may tag a finding (e.g. which
    # law) so suppressions and statistics stay readable; optional.
    detail: str = ""


@dataclass(slots=True)
class Location:
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int
    end_column: int


@dataclass(slots=True)
class RelatedProblem:
    location: Location
    message: str


@dataclass(slots=True)
class Problem:
    """A finding as the user sees it. `to_dict` is the public JSON contract."""

    path: str
    location: Location
    code: str
    name: str
    category: str
    severity: str
    message: str
    related: list[RelatedProblem] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def sort_key(self) -> tuple:
        return (self.path, self.location.line, self.location.column, self.code, self.message)

    def to_dict(self) -> dict:
        loc = self.location
        data = {
            "path": self.path,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
        }
        if self.related:
            data["related"] = [
                {"line": r.location.line, "column": r.location.column, "message": r.message}
                for r in self.related
            ]
        return data


class InputError(Exception):
    """A file or path jdlint cannot read at all (exit code 2, run goes on)."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
