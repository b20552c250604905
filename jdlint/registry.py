"""Where rules come from: the built-in catalog, installed plugins, local paths.

- Built-in: every module in the `jdlint.rules` package (the checkout's `rules/`).
- Plugins: installed packages that declare entry points in the group
  `jdlint.rules`; an entry point names a rule module, or a callable that
  returns an iterable of rule modules / `Rule` objects.
- Local: `.py` rule modules and `.yaml` declarative rules under the paths the
  config names in `rule_paths`.

Nothing here is global state: `load_rules()` returns a fresh catalog each call.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path

from .rule import Rule, RuleError, from_module

ENTRY_POINT_GROUP = "jdlint.rules"


def builtin_rules() -> list[Rule]:
    import jdlint.rules as package

    folder = os.path.dirname(package.__file__)
    names = sorted(n[:-3] for n in os.listdir(folder) if n.endswith(".py") and not n.startswith("_"))
    rules = [from_module(importlib.import_module(f"jdlint.rules.{name}")) for name in names]
    return sorted(rules, key=lambda r: r.code)


def _any_plugin_installed() -> bool:
    """Cheap look for a `[jdlint.rules]` entry-point section on sys.path.

    importlib.metadata costs ~15 ms to import and scan, a fifth of the cold
    start budget, and almost no install has a jdlint plugin. Reading the few
    entry_points.txt files directly answers "is there any?" in ~1 ms.
    """
    marker = f"[{ENTRY_POINT_GROUP}]"
    for folder in sys.path:
        try:
            entries = os.scandir(folder or ".")
        except OSError:
            continue
        with entries:
            for entry in entries:
                if not entry.name.endswith((".dist-info", ".egg-info")):
                    continue
                try:
                    with open(os.path.join(entry.path, "entry_points.txt"), encoding="utf-8") as handle:
                        if marker in handle.read():
                            return True
                except OSError:
                    continue
    return False


def plugin_rules() -> list[Rule]:
    if not _any_plugin_installed():
        return []
    from importlib.metadata import entry_points

    rules: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"plugin {ep.name} ({ep.value})"
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the whole run down
            raise RuleError(f"{origin}: failed to load: {exc}") from None
        rules.extend(_rules_from(obj, origin))
    return rules


def _rules_from(obj, origin: str) -> list[Rule]:
    if isinstance(obj, Rule):
        obj.origin = origin
        obj.validate()
        return [obj]
    if hasattr(obj, "CODE") and hasattr(obj, "check"):
        return [from_module(obj, origin)]
    if callable(obj):
        found: list[Rule] = []
        for item in obj():
            found.extend(_rules_from(item, origin))
        return found
    raise RuleError(f"{origin}: expected a rule module, a Rule or a callable returning rules")


def local_rules(paths: list[str]) -> list[Rule]:
    rules: list[Rule] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".py", ".yaml", ".yml")
                           and not p.name.startswith("_"))
        elif path.is_file():
            files = [path]
        else:
            raise RuleError(f"rule path {raw} does not exist")
        for file in files:
            rules.extend(_load_file(file))
    return rules


def _load_file(file: Path) -> list[Rule]:
    if file.suffix == ".py":
        name = f"jdlint_local_rules.{file.stem}"
        spec = importlib.util.spec_from_file_location(name, file)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise RuleError(f"{file}: cannot import rule module: {exc}") from None
        return [from_module(module, str(file))]
    from .kinds import load_yaml_rule

    return [load_yaml_rule(file)]


def load_rules(rule_paths: list[str] | None = None, plugins: bool = True) -> dict[str, Rule]:
    """The catalog: code -> Rule. Duplicate codes or names are an error naming both origins."""
    rules = builtin_rules()
    if plugins:
        rules += plugin_rules()
    if rule_paths:
        rules += local_rules(rule_paths)
    catalog: dict[str, Rule] = {}
    names: dict[str, Rule] = {}
    for rule in rules:
        for key, seen in ((rule.code, catalog), (rule.name, names)):
            other = seen.get(key)
            if other is not None:
                raise RuleError(f"rule {key} is defined twice: by {other.origin} and by {rule.origin}")
        catalog[rule.code] = rule
        names[rule.name] = rule
    return dict(sorted(catalog.items()))
