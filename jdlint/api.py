"""The Python API, for job boards and scripts (and the CLI's own plumbing).

    import jdlint
    problems = jdlint.lint_text(text, path="jobs/engineer.md", config={"as_of": "2026-03-01"})
    result = jdlint.lint_paths(["jobs/"])          # Result(problems, files_checked, errors)
    facts = jdlint.inspect_text(text, path="jobs/engineer.md")   # the `inspect --format json` object

`config` may be None (discover `.jdlint.yaml` from the working directory), a
path to a config file, a mapping shaped like `.jdlint.yaml`, or a loaded
`jdlint.config.Config`. Errors in it raise `jdlint.config.ConfigError`.
"""

from __future__ import annotations

import datetime as dt
import os

from .config import Config, ConfigError, check_codes, find_config, load_config
from .engine import Linter, Result
from .model import Problem
from .registry import load_rules
from .rule import RuleError


def resolve_config(config=None, discover: bool = True) -> Config:
    if isinstance(config, Config):
        return config
    if isinstance(config, (str, os.PathLike)):
        return load_config(str(config))
    if isinstance(config, dict):
        from .config import _validate

        return _validate("<config>", config, {})
    return load_config(find_config()) if discover else Config()


def build_linter(config: Config, select=None, ignore=None, as_of: dt.date | None = None,
                 extra_rules=None) -> Linter:
    """A Linter for `config`, with command-line selections layered on top."""
    try:
        rules = load_rules(config.rule_paths)
    except RuleError as exc:
        raise ConfigError(config.path or "config", config.line_of("rule_paths"), str(exc)) from None
    if extra_rules:
        rules.update({r.code: r for r in extra_rules})
    check_codes(config, rules)
    from .selection import check_selectors

    for option, given in (("--select", select), ("--ignore", ignore)):
        bad = check_selectors(list(given or ()), rules)
        if bad:
            raise ConfigError("command line", None, f"{option}: unknown rule code or name {', '.join(bad)}")
    selection = config.selection()
    if select:
        selection.select = list(select)
    if ignore:
        selection.ignore = selection.ignore + list(ignore)
    if as_of is not None:
        config.settings.as_of = as_of
    return Linter(rules, config.settings, selection)


def lint_text(text: str, path: str = "posting.md", config=None) -> list[Problem]:
    """Lint one posting given as text; returns sorted problems."""
    linter = build_linter(resolve_config(config))
    return linter.lint(linter.read_bytes(text.encode("utf-8"), path))


def lint_paths(paths, config=None) -> Result:
    """Lint files and folders (folders are walked with the config's include/exclude)."""
    from .runner import run

    cfg = resolve_config(config)
    linter = build_linter(cfg)
    return run(linter, [str(p) for p in paths], *file_globs(cfg))


def inspect_text(text: str, path: str = "posting.md", config=None) -> dict:
    """What jdlint reads from a posting: the `jdlint inspect --format json` object."""
    from .inspect import facts

    cfg = resolve_config(config)
    linter = Linter({}, cfg.settings)
    return facts(linter.read_bytes(text.encode("utf-8"), path))


def file_globs(config: Config):
    """(include, exclude, root) for `jdlint.files.collect`."""
    from .files import DEFAULT_EXCLUDE, DEFAULT_INCLUDE

    include = tuple(config.include) if config.include is not None else DEFAULT_INCLUDE
    exclude = tuple(config.exclude) if config.exclude is not None else DEFAULT_EXCLUDE
    return include, exclude + tuple(config.extend_exclude), (config.root if config.path else None)
