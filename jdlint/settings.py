"""The resolved settings a run uses: what rules and fact extractors may read.

Plain dataclasses, not pydantic models: a run with no config file never pays
for importing pydantic. `jdlint.config` validates a config file with pydantic
and produces one of these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Employer:
    # None = unknown; the pay rules then treat every size threshold as met and say so.
    headcount: int | None = None
    # Per jurisdiction code ("US-CO": 3, "CA-ON": 40) where a law counts local staff.
    headcount_by_jurisdiction: dict[str, int] = field(default_factory=dict)
    federal_contractor: bool = False


@dataclass(slots=True)
class Policies:
    agency_disclaimer: str = "ignore"  # require | forbid | ignore
    eeo_statement: str = "recommend"  # require | recommend | ignore


@dataclass(slots=True)
class Placeholders:
    # Template engines whose syntax is code meant to render, not a leftover slot.
    dialects: tuple[str, ...] = ("liquid", "jinja", "hugo")
    allow: tuple[str, ...] = ()  # exact texts (or regexes) that are never placeholders
    patterns: tuple[str, ...] = ()  # extra regexes that always are


@dataclass(slots=True)
class Settings:
    as_of: dt.date = field(default_factory=dt.date.today)
    employer: Employer = field(default_factory=Employer)
    policies: Policies = field(default_factory=Policies)
    placeholders: Placeholders = field(default_factory=Placeholders)
    # Extra front-matter keys for canonical fields: {"locations": ["where"]}.
    fields: dict[str, list[str]] = field(default_factory=dict)
    # Per-rule options from the config, keyed by rule code.
    rule_options: dict[str, dict] = field(default_factory=dict)


@dataclass(slots=True)
class RuleContext:
    """What a rule's `check(posting, ctx)` may read besides the posting."""

    settings: Settings
    options: dict = field(default_factory=dict)
    # Codes and names of every rule in the catalog (for checking suppressions).
    known: frozenset[str] = frozenset()

    @property
    def as_of(self) -> dt.date:
        return self.settings.as_of

    @property
    def employer(self) -> Employer:
        return self.settings.employer

    @property
    def policies(self) -> Policies:
        return self.settings.policies
