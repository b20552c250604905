"""Shared test helpers: lint a posting given as text, run the CLI in-process."""

from __future__ import annotations

import pytest

from jdlint.testing import lint_text


@pytest.fixture
def lint():
    """lint(text, path="posting.md", config=None, select=None) -> problems."""
    return lint_text


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    """Run `jdlint ARGS` in-process from tmp_path; returns (exit code, stdout, stderr)."""
    from jdlint.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str):
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
