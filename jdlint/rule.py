"""A rule: stable code, slug name, category, default severity, docs, examples, check.

A Python rule is a module (yamllint's shape) with module-level metadata, a
docstring that is its documentation (ruff's sections), and a `check` generator:

    \"\"\"Leftover template slots ...

    ## What it checks
    ## Why it matters
    ## Example
    ## How to fix
    ## Source
    \"\"\"
    CODE = "JD201"
    NAME = "leftover-placeholder"        # names what it flags
    CATEGORY = "placeholder"
    SEVERITY = "error"                   # error | warning | info
    SUMMARY = "Unfilled template slot or dummy text"
    EXAMPLES = {"bad": [...], "good": [...]}   # run by the test suite

    def check(posting, ctx):
        yield Finding(start, end, "message")

A declarative rule is a YAML file of the same fields with a `kind` (see
`jdlint.kinds`). Both become a `Rule`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .model import CATEGORIES, SEVERITIES, Finding

CODE_RE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "How to fix")


class RuleError(Exception):
    """A rule definition is broken (bad code, unknown kind, ...)."""


@dataclass(slots=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    summary: str
    docs: str
    check: Callable[..., Iterable[Finding]]
    examples: dict = field(default_factory=dict)
    origin: str = "builtin"  # "builtin", a plugin's distribution name, or a file path
    url: str = ""

    def validate(self) -> None:
        where = f"rule {self.code or '?'} ({self.origin})"
        if not CODE_RE.match(self.code or ""):
            raise RuleError(f"{where}: code must look like JD123, got {self.code!r}")
        if not NAME_RE.match(self.name or ""):
            raise RuleError(f"{where}: name must be a lowercase slug like leftover-placeholder, got {self.name!r}")
        if self.category not in CATEGORIES and not NAME_RE.match(self.category or ""):
            raise RuleError(f"{where}: category {self.category!r} is not a slug")
        if self.severity not in SEVERITIES:
            raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}, got {self.severity!r}")
        if not callable(self.check):
            raise RuleError(f"{where}: check is not callable")


def from_module(module, origin: str = "builtin") -> Rule:
    """Build a Rule from a Python rule module's metadata."""
    try:
        rule = Rule(
            code=module.CODE,
            name=module.NAME,
            category=module.CATEGORY,
            severity=module.SEVERITY,
            summary=module.SUMMARY,
            docs=(module.__doc__ or "").strip(),
            check=module.check,
            examples=getattr(module, "EXAMPLES", {}),
            origin=origin,
            url=getattr(module, "URL", ""),
        )
    except AttributeError as exc:
        raise RuleError(f"rule module {module.__name__} ({origin}) lacks {exc.name}") from None
    rule.validate()
    return rule
