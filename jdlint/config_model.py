"""The pydantic schema of `.jdlint.yaml` (imported only when a config exists)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Severity = Literal["error", "warning", "info"]
CanonicalField = Literal["title", "company", "locations", "country", "region", "work_arrangement",
                         "applicant_locations", "pay", "employment_type", "date_posted", "closing_date"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EmployerModel(_Strict):
    headcount: int | None = Field(default=None, ge=0)
    headcount_by_jurisdiction: dict[str, int] = Field(default_factory=dict)
    federal_contractor: bool = False

    @field_validator("headcount_by_jurisdiction")
    @classmethod
    def _codes(cls, value: dict[str, int]) -> dict[str, int]:
        for code, count in value.items():
            if not re.fullmatch(r"[A-Z]{2}(?:-[A-Z0-9]{1,3}){0,2}", code):
                raise ValueError(f"{code!r} is not a jurisdiction code like US-CO, CA-ON or US-NY-NYC")
            if count < 0:
                raise ValueError(f"{code}: headcount cannot be negative")
        return value


class PoliciesModel(_Strict):
    agency_disclaimer: Literal["require", "forbid", "ignore"] = "ignore"
    eeo_statement: Literal["require", "recommend", "ignore"] = "recommend"


class PlaceholdersModel(_Strict):
    dialects: list[Literal["liquid", "jinja", "hugo", "mustache"]] = ["liquid", "jinja", "hugo"]
    allow: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)

    @field_validator("patterns", "allow")
    @classmethod
    def _regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None
        return value


class RuleModel(BaseModel):
    """Per-rule settings: `severity`, plus any options the rule documents."""

    model_config = ConfigDict(extra="allow")
    severity: Severity | None = None


class ConfigModel(_Strict):
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    fail_on: Severity = "warning"
    include: list[str] | None = None
    exclude: list[str] | None = None
    extend_exclude: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    rule_paths: list[str] = Field(default_factory=list)
    as_of: dt.date | None = None
    employer: EmployerModel = Field(default_factory=EmployerModel)
    policies: PoliciesModel = Field(default_factory=PoliciesModel)
    placeholders: PlaceholdersModel = Field(default_factory=PlaceholdersModel)
    fields: dict[CanonicalField, list[str]] = Field(default_factory=dict)
    rules: dict[str, RuleModel] = Field(default_factory=dict)
