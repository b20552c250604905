"""The one place rules are called: read each file, run the enabled rules, turn
findings into problems (positions, severity, suppressions), sort.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import directives as _directives
from .model import Finding, Location, Problem, RelatedProblem
from .posting import Posting
from .readers import parse
from .readers.decode import MAX_BYTES, Undecodable, decode
from .readers.yamlmeta import MetaIssue
from .rule import Rule
from .selection import Selection
from .settings import RuleContext, Settings

UNUSED_SUPPRESSION = "JD011"
RULE_CRASHED = "JD009"
# Engine checks that have no posting-level check of their own.
_ENGINE_CODES = (UNUSED_SUPPRESSION, RULE_CRASHED)


@dataclass
class Result:
    """What a run produced: problems, how many files were checked, and the
    inputs that could not be checked at all (missing paths, unreadable folders)."""

    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


class Linter:
    def __init__(self, rules: dict[str, Rule], settings: Settings | None = None,
                 selection: Selection | None = None):
        self.catalog = rules
        self.settings = settings or Settings()
        self.selection = selection or Selection()
        self.enabled = self.selection.enabled(rules)
        self.known = frozenset(list(rules) + [r.name for r in rules.values()])
        self._severity = {code: self.selection.severity_of(r) for code, r in self.enabled.items()}
        self._contexts = {
            code: RuleContext(self.settings, self.settings.rule_options.get(code, {}), self.known)
            for code in self.enabled
        }
        # What lint() runs for every posting, worked out once.
        self._plan = [(code, rule, self._contexts[code]) for code, rule in self.enabled.items()
                      if code not in _ENGINE_CODES]

    # -- reading ---------------------------------------------------------------

    def read(self, path: str, display: str | None = None) -> Posting:
        """Read a file into a Posting. Unreadable files become postings with an issue."""
        display = display or path
        try:
            size = os.path.getsize(path)
            if size > MAX_BYTES:
                return _broken(display, f"is {size / 1048576:.0f} MB; jdlint reads postings up to "
                                        f"{MAX_BYTES // 1048576} MB, so it was skipped", "too-large", self.settings)
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            return _broken(display, f"cannot be read: {exc.strerror or exc}", "unreadable", self.settings)
        return self.read_bytes(data, display)

    def read_bytes(self, data: bytes, display: str) -> Posting:
        try:
            decoded = decode(data)
        except Undecodable as exc:
            return _broken(display, f"File {exc}", "unreadable", self.settings)
        posting = parse(display, decoded.text, self.settings, decoded.encoding)
        if decoded.damage:
            line, message = decoded.damage
            offset = posting.line_starts[min(line, len(posting.line_starts)) - 1]
            posting.issues.append(MetaIssue(offset, message, "not-utf8"))
        return posting

    # -- linting ---------------------------------------------------------------

    def lint(self, posting: Posting) -> list[Problem]:
        problems: list[Problem] = []
        ignored = self._ignored(posting.path) if self.selection.per_file_ignores else ()
        for code, rule, ctx in self._plan:
            if code in ignored:
                continue
            try:
                findings = list(rule.check(posting, ctx))
            except Exception as exc:  # one broken rule must not hide the others' findings
                problems.append(self._crash(posting, rule, exc))
                continue
            for finding in findings:
                problems.append(self._problem(posting, rule, finding))
        problems = self._suppress(posting, problems)
        problems.sort(key=Problem.sort_key)
        return problems

    def _ignored(self, path: str) -> set[str]:
        return {code for code, rule in self.enabled.items() if self.selection.ignored_for(path, rule)}

    def _problem(self, posting: Posting, rule: Rule, finding: Finding) -> Problem:
        related = [RelatedProblem(self._location(posting, r.start, r.end), r.message)
                   for r in finding.related]
        return Problem(posting.path, self._location(posting, finding.start, finding.end), rule.code,
                       rule.name, rule.category, self._severity.get(rule.code, rule.severity),
                       finding.message, related)

    @staticmethod
    def _location(posting: Posting, start: int, end: int) -> Location:
        line, col = posting.line_col(start)
        end_line, end_col = posting.line_col(max(start, end))
        return Location(line, col, end_line, end_col)

    def _crash(self, posting: Posting, rule: Rule, exc: Exception) -> Problem:
        meta = self.catalog.get(RULE_CRASHED)
        message = (f"Rule {rule.code} ({rule.name}) failed on this file: {type(exc).__name__}: {exc}. "
                   "Please report this with the file attached.")
        return Problem(posting.path, Location(1, 1, 1, 1), RULE_CRASHED,
                       meta.name if meta else "rule-crashed", "format", "error", message)

    def _suppress(self, posting: Posting, problems: list[Problem]) -> list[Problem]:
        found = posting.directives
        if not found:
            return problems
        kept = []
        for problem in problems:
            d = _directives.suppressing(found, problem.code, problem.name, problem.location.line)
            if d is None or problem.code == "JD010":
                kept.append(problem)
            else:
                d.used = True
        unused = self.enabled.get(UNUSED_SUPPRESSION)
        if unused is not None:
            kept.extend(self._unused(posting, found, unused))
        return kept

    def _unused(self, posting: Posting, found, rule: Rule):
        for d in found:
            if d.used or d.kind == "enable":
                continue
            # Only judge comments whose rules all ran: with --select, a comment
            # for a rule that did not run has nothing to suppress yet.
            if d.codes and not all(self._is_enabled(c) for c in d.codes):
                continue
            what = ", ".join(d.codes) if d.codes else "all rules"
            yield self._problem(posting, rule, Finding(
                d.start, d.end, f"Suppression for {what} suppresses nothing; delete it"))

    def _is_enabled(self, code_or_name: str) -> bool:
        if code_or_name in self.enabled:
            return True
        return any(r.name == code_or_name for r in self.enabled.values())


def _broken(path: str, message: str, kind: str, settings: Settings) -> Posting:
    if not message.startswith("File"):
        message = f"File {message}"
    return Posting(path, "", "text", "", {}, {}, [MetaIssue(0, message, kind)], settings)
