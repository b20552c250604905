"""The README documents the catalog as it is: its rules table matches the registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdlint.cli import rules_markdown
from jdlint.registry import builtin_rules

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.skipif(not README.exists(), reason="README not in this tree")
def test_readme_rules_table_matches_the_registry():
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- rules-table:start -->\n(.*?)<!-- rules-table:end -->", text, re.S)
    assert match, "README lacks the rules-table markers"
    expected = rules_markdown({r.code: r for r in builtin_rules()})
    assert match.group(1).strip() == expected.strip(), (
        "README rules table is out of date: regenerate it with `jdlint rules --format markdown`")


@pytest.mark.skipif(not README.exists(), reason="README not in this tree")
def test_readme_names_every_documented_config_key():
    from jdlint.config_model import ConfigModel

    text = README.read_text(encoding="utf-8")
    for key in ConfigModel.model_fields:
        assert f"`{key}`" in text, f"README config reference lacks `{key}`"
