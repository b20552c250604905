"""Third-party rules arrive through the `jdlint.rules` entry-point group."""

from __future__ import annotations

import sys
import textwrap

import pytest

from jdlint.registry import load_rules
from jdlint.rule import RuleError
from jdlint.testing import lint_text

RULE_MODULE = textwrap.dedent('''\
    """Flags the word 'synergy'.

    ## What it checks
    The word synergy.
    ## Why it matters
    It says nothing.
    ## Example
    Unlock synergy.
    ## How to fix
    Say what the team does.
    """
    from jdlint.model import Finding

    CODE = "ACME301"
    NAME = "synergy-wording"
    CATEGORY = "style"
    SEVERITY = "warning"
    SUMMARY = "Empty corporate wording"
    EXAMPLES = {"bad": ["Unlock synergy."], "good": ["Build tools."]}

    def check(posting, ctx):
        at = posting.body.find("synergy")
        if at >= 0:
            yield Finding(at, at + 7, "Say what the team does instead of 'synergy'")
    ''')


def _install(tmp_path, monkeypatch, entry: str, module: str = RULE_MODULE):
    (tmp_path / "acme_jdlint.py").write_text(module)
    dist = tmp_path / "acme_jdlint-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-jdlint\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[jdlint.rules]\nacme = {entry}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "acme_jdlint", raising=False)


def test_plugin_module_rules_are_loaded_and_run(tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "acme_jdlint")
    rules = load_rules()
    assert rules["ACME301"].origin.startswith("plugin acme")
    found = [p for p in lint_text("We unlock synergy daily.\n") if p.code == "ACME301"]
    assert [(p.line, p.column, p.severity) for p in found] == [(1, 11, "warning")]


def test_plugin_callable_returning_modules(tmp_path, monkeypatch):
    module = RULE_MODULE + "\n\ndef all_rules():\n    import acme_jdlint\n    return [acme_jdlint]\n"
    _install(tmp_path, monkeypatch, "acme_jdlint:all_rules", module)
    assert "ACME301" in load_rules()


def test_broken_plugin_is_a_clear_error(tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "acme_jdlint", "raise ImportError('missing dependency foo')\n")
    with pytest.raises(RuleError, match="plugin acme .*failed to load: missing dependency foo"):
        load_rules()


def test_plugin_clashing_with_a_builtin_code(tmp_path, monkeypatch):
    _install(tmp_path, monkeypatch, "acme_jdlint", RULE_MODULE.replace("ACME301", "JD201"))
    with pytest.raises(RuleError, match="JD201 is defined twice"):
        load_rules()
