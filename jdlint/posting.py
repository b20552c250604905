"""One posting model, whatever file it came from.

`text` is the decoded file (newlines normalised). `body` is the same length as
`text`, with everything that is not posting prose (front matter, HTML markup,
HTML comments) replaced by spaces and newlines kept: a regex over `body` gives
offsets that are offsets in the file. Facts (pay, places, statements...) are
computed on first use by the extractors in `jdlint.facts` and cached.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from . import regex
from .fields import Field, canonical_fields
from .settings import Settings

if TYPE_CHECKING:  # readers import this module; avoid the cycle at run time
    from .readers.yamlmeta import MetaIssue, Span

_ATX = regex.compile(r"(#{1,6})[ \t]+([^\n]+?)[ \t#]*$", re.M)
_UNDERLINE = regex.compile(r"\n(=+|-+)[ \t]*$", re.M)
_FENCE = regex.compile(r"^(?:```|~~~)", re.M)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text under it, up to the next heading of the same or higher level."""

    title: str
    level: int
    start: int  # start of the heading line
    body_start: int
    end: int


class Posting:
    def __init__(self, path: str, text: str, fmt: str, body: str, meta: dict,
                 spans: dict[str, Span], issues: list[MetaIssue], settings: Settings | None = None,
                 body_start: int = 0, encoding: str = "utf-8"):
        self.path = path
        self.text = text
        self.format = fmt  # "markdown", "html", "yaml" or "text"
        self.body = body
        self.body_start = body_start
        self.meta = meta
        self.spans = spans
        # Problems found while reading (bad YAML, duplicate keys, bad bytes...).
        self.issues = issues
        self.settings = settings or Settings()
        self.encoding = encoding

    def __repr__(self) -> str:
        return f"Posting({self.path!r}, format={self.format!r})"

    # -- positions ---------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_of(self, offset: int) -> int:
        return self.line_col(offset)[0]

    # -- metadata ---------------------------------------------------------------

    @cached_property
    def fields(self) -> dict[str, Field]:
        return canonical_fields(self.meta, self.spans, self.settings.fields)

    def field(self, name: str) -> Field | None:
        return self.fields.get(name)

    @cached_property
    def title(self) -> str:
        title = self.field("title")
        return str(title.value) if title else ""

    # -- structure ---------------------------------------------------------------

    @cached_property
    def sections(self) -> list[Section]:
        """Markdown headings (ATX `## x` and setext `x` over `---`) with the text
        under each. An HTML page's body has no such markers, so it has none."""
        body = self.body
        found: list[tuple[str, int, int, int]] = []
        # Both patterns start with a literal ('#', newline), which the regex
        # engine scans for quickly; a `^`-anchored pattern is tried at every offset.
        if "#" in body:
            for m in _ATX.finditer(body):
                at = m.start()
                if at == 0 or body[at - 1] == "\n":
                    found.append((m.group(2).strip(), len(m.group(1)), at, m.end()))
        if "\n=" in body or "\n-" in body:
            for m in _UNDERLINE.finditer(body):
                start = body.rfind("\n", 0, m.start()) + 1
                title = body[start:m.start()].strip()
                if title and not title.startswith(("-", "*", "|", ">", "#", "<")):
                    found.append((title, 1 if m.group(1)[0] == "=" else 2, start, m.end()))
        if not found:
            return []
        fenced = _fenced_ranges(body)
        if fenced:
            found = [f for f in found if not any(a <= f[2] < b for a, b in fenced)]
        found.sort(key=lambda f: f[2])
        sections = []
        for i, (title, level, start, head_end) in enumerate(found):
            end = len(body)
            for _, level2, start2, _ in found[i + 1:]:
                if level2 <= level:
                    end = start2
                    break
            sections.append(Section(title, level, start, head_end, end))
        return sections

    @cached_property
    def directives(self):
        from .directives import parse

        return parse(self)

    # -- facts (computed once, on demand) ----------------------------------------

    @cached_property
    def language(self) -> str:
        from .facts.language import detect_language

        return detect_language(self.body)

    @cached_property
    def pay(self):
        from .facts.pay import extract_pay

        return extract_pay(self)

    @cached_property
    def places(self):
        from .facts.places import extract_places

        return extract_places(self)

    @cached_property
    def work_arrangement(self):
        from .facts.arrangement import classify_arrangement

        return classify_arrangement(self)

    @cached_property
    def reach(self):
        from .facts.reach import resolve_reach

        return resolve_reach(self)

    @cached_property
    def eeo_statement(self):
        from .facts.eeo import find_eeo_statement

        return find_eeo_statement(self)

    @cached_property
    def agency_disclaimer(self):
        from .facts.agency import find_agency_disclaimer

        return find_agency_disclaimer(self)

    @cached_property
    def placeholders(self):
        from .facts.placeholders import find_placeholders

        return find_placeholders(self)


def _fenced_ranges(body: str) -> list[tuple[int, int]]:
    if "```" not in body and "~~~" not in body:
        return []
    marks = [m.start() for m in _FENCE.finditer(body)]
    ranges = []
    for i in range(0, len(marks) - 1, 2):
        ranges.append((marks[i], marks[i + 1]))
    if len(marks) % 2:
        ranges.append((marks[-1], len(body)))
    return ranges
