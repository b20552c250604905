"""`.jdlint.yaml` / `[tool.jdlint]`: found, validated, turned into Settings.

Discovery: `--config FILE`, else the first `.jdlint.yaml`, `.jdlint.yml` or
`pyproject.toml` with a `[tool.jdlint]` table found walking up from the working
directory (first found wins; no cascading, as in ruff and yamllint). Relative
paths and globs in a config are relative to the folder the config is in.

Validation is pydantic's, with every error reported as `file:line: key: problem`.
pydantic is imported only when a config file exists, to keep start-up small.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field

from .selection import Selection
from .settings import Employer, Placeholders, Policies, Settings

CONFIG_NAMES = (".jdlint.yaml", ".jdlint.yml", "pyproject.toml")
FAIL_LEVELS = ("error", "warning", "info")


class ConfigError(Exception):
    """A config problem: exit code 2, message names file, line and key."""

    def __init__(self, path: str, line: int | None, message: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass
class Config:
    """A loaded config: the validated options plus where they came from."""

    path: str | None = None
    root: str = "."
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    include: list[str] | None = None
    exclude: list[str] | None = None
    extend_exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_paths: list[str] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    # dotted key -> line, for error messages about values checked after loading
    lines: dict[str, int] = field(default_factory=dict)

    def selection(self) -> Selection:
        return Selection(list(self.select), list(self.ignore), dict(self.severity), dict(self.per_file_ignores))

    def line_of(self, key: str) -> int | None:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return None


def find_config(start: str | None = None) -> str | None:
    folder = os.path.abspath(start or os.getcwd())
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as handle:
            return re.search(r"^\[tool\.jdlint(?:\.|\])", handle.read(), re.M) is not None
    except (OSError, UnicodeDecodeError):
        return False


def load_config(path: str | None) -> Config:
    """Load and validate a config file; no path means defaults."""
    if path is None:
        return Config()
    if not os.path.isfile(path):
        raise ConfigError(path, None, "config file not found")
    raw, lines = _read_raw(path)
    return _validate(path, raw, lines)


def _read_raw(path: str) -> tuple[dict, dict[str, int]]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, f"cannot be read: {exc}") from None
    if path.endswith(".toml"):
        return _read_toml(path, text)
    from .readers.yamlmeta import read_mapping

    meta = read_mapping(text, 0, len(text))
    for issue in meta.issues:
        line = text.count("\n", 0, issue.offset) + 1
        raise ConfigError(path, line, f"config {issue.message}")
    lines = {key: text.count("\n", 0, span.key_start) + 1 for key, span in meta.spans.items()}
    return meta.values, lines


def _read_toml(path: str, text: str) -> tuple[dict, dict[str, int]]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, getattr(exc, "lineno", None), f"is not valid TOML: {exc}") from None
    raw = data.get("tool", {}).get("jdlint", {})
    # tomllib keeps no positions: find each key's line inside the [tool.jdlint] tables.
    lines: dict[str, int] = {}
    table = None
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            name = header.group(1).strip()
            table = name[len("tool.jdlint"):].lstrip(".") if name.startswith("tool.jdlint") else None
            if table:
                lines.setdefault(table, number)
            continue
        key = re.match(r"^\s*([A-Za-z0-9_\-\"']+)\s*=", line)
        if key and table is not None:
            dotted = f"{table}.{key.group(1).strip(chr(34) + chr(39))}" if table else key.group(1).strip("\"'")
            lines.setdefault(dotted, number)
    return raw, lines


def _validate(path: str, raw: dict, lines: dict[str, int]) -> Config:
    from pydantic import ValidationError

    from .config_model import ConfigModel

    if not isinstance(raw, dict):
        raise ConfigError(path, 1, "config must be a mapping of options")
    try:
        model = ConfigModel.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            config = Config(lines=lines)
            line = config.line_of(key)
            what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            problems.append((line, f"{key}: {what}"))
        line, message = problems[0]
        more = "".join(f"\n  line {ln or '?'}: {m}" for ln, m in problems[1:])
        raise ConfigError(path, line, message + more) from None
    return _to_config(path, model, lines)


def _to_config(path: str, model, lines: dict[str, int]) -> Config:
    root = os.path.dirname(os.path.abspath(path))
    rule_options = {code: dict(rule.model_extra or {}) for code, rule in model.rules.items()}
    severity = dict(model.severity)
    for code, rule in model.rules.items():
        if rule.severity:
            severity[code] = rule.severity
    settings = Settings(
        as_of=model.as_of or dt.date.today(),
        employer=Employer(model.employer.headcount, dict(model.employer.headcount_by_jurisdiction),
                          model.employer.federal_contractor),
        policies=Policies(model.policies.agency_disclaimer, model.policies.eeo_statement),
        placeholders=Placeholders(tuple(model.placeholders.dialects), tuple(model.placeholders.allow),
                                  tuple(model.placeholders.patterns)),
        fields={k: list(v) for k, v in model.fields.items()},
        rule_options=rule_options,
    )
    return Config(
        path=path, root=root, select=list(model.select or ["ALL"]), ignore=list(model.ignore),
        severity=severity, fail_on=model.fail_on, include=model.include, exclude=model.exclude,
        extend_exclude=list(model.extend_exclude), per_file_ignores={k: list(v) for k, v in model.per_file_ignores.items()},
        rule_paths=[os.path.join(root, p) for p in model.rule_paths], settings=settings, lines=lines,
    )


def check_codes(config: Config, rules) -> None:
    """Every code, prefix or name the config mentions must match a rule; rule
    options keyed by a rule's name are re-keyed by its code."""
    from .selection import check_selectors, resolve_code

    where = config.path or "config"
    checks = [("select", config.select), ("ignore", config.ignore)]
    checks += [(f"per_file_ignores.{glob}", sel) for glob, sel in config.per_file_ignores.items()]
    for key, selectors in checks:
        bad = check_selectors(selectors, rules)
        if bad:
            raise ConfigError(where, config.line_of(key), f"{key}: unknown rule code or name {', '.join(bad)}")
    for selector in config.severity:
        if check_selectors([selector], rules):
            key = f"rules.{selector}" if f"rules.{selector}" in config.lines else f"severity.{selector}"
            raise ConfigError(where, config.line_of(key), f"{key}: unknown rule code or name {selector}")
    options = {}
    for key, value in config.settings.rule_options.items():
        code = resolve_code(key, rules)
        if code is None:
            raise ConfigError(where, config.line_of(f"rules.{key}"), f"rules.{key}: unknown rule code or name")
        options[code] = value
    config.settings.rule_options = options
