"""The pre-commit hook, proven end to end: `pre-commit try-repo` against this
checkout, in a throwaway git repo of postings, fails on a bad posting and
passes on a good one. Slow (pre-commit builds a virtualenv), so it runs once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]

GOOD = """\
---
title: Backend Engineer
company: Acme Analytics
location: Berlin, Germany
---
# Backend Engineer

Acme Analytics builds tools for farmers. You will design and run our data APIs
in Python, working with a team of six engineers in our Berlin office.

## Salary

EUR 70,000 - 85,000 per year.

## About us

Acme Analytics is an equal opportunity employer. We consider all applicants
without regard to race, colour, religion, sex, sexual orientation, gender
identity, national origin, age, disability or any other protected characteristic.
"""

BAD = GOOD.replace("title: Backend Engineer\n", "title: Backend Engineer\ntitle: Backend Engineer II\n")


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.skipif(not (CHECKOUT / ".git").exists() or not (CHECKOUT / ".pre-commit-hooks.yaml").exists(),
                    reason="needs a git checkout of jdlint")
def test_pre_commit_try_repo_fails_bad_and_passes_good(tmp_path):
    postings = tmp_path / "postings"
    postings.mkdir()
    _git(postings, "init", "-q")
    (postings / "good.md").write_text(GOOD)
    (postings / "bad.md").write_text(BAD)
    _git(postings, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)  # the hook must run the jdlint pre-commit installed, not a checkout
    base = [sys.executable, "-m", "pre_commit", "try-repo", str(CHECKOUT), "jdlint", "--color", "never"]

    bad = subprocess.run(base + ["--files", "bad.md"], cwd=postings, capture_output=True, text=True, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:1: JD003" in bad.stdout, bad.stdout

    good = subprocess.run(base + ["--files", "good.md"], cwd=postings, capture_output=True, text=True, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
