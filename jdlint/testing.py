"""Helpers for testing rules, jdlint's own and plugin authors' alike.

    from jdlint.testing import lint_text
    problems = lint_text("---\\ntitle: x\\n---\\nSalary: TBD\\n", config={"as_of": "2026-03-01"})
"""

from __future__ import annotations

from .api import build_linter, resolve_config


def lint_text(text: str, path: str = "posting.md", config: dict | None = None, select=None,
              extra_rules=None):
    """Problems for `text`, with `config` shaped like .jdlint.yaml; no config discovery."""
    cfg = resolve_config(dict(config or {}), discover=False)
    linter = build_linter(cfg, select=select, extra_rules=extra_rules)
    return linter.lint(linter.read_bytes(text.encode("utf-8"), path))


def run_example(item, extra_rules=None):
    """Lint one entry of a rule's EXAMPLES (a posting text, or a dict with text/path/config)."""
    if isinstance(item, str):
        return lint_text(item, extra_rules=extra_rules)
    return lint_text(item["text"], item.get("path", "posting.md"), item.get("config"), extra_rules=extra_rules)
