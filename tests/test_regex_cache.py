"""Patterns rebuilt from the on-disk cache behave exactly like re.compile's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

PATTERNS = [
    (r"(?P<cur>[$€£])\s?(?P<amount>\d{1,3}(?:[,.]\d{3})*)(?:\s*[-–]\s*(?P=cur)?(?P<high>\d+))?", 0),
    (r"(?<![\w.])\{\{\s*(?!page\.|site\.)[a-z_]+\s*\}\}", re.I),
    (r"^#{1,6}\s+(benefits|perks)\b.*$", re.M | re.I),
    (r"(?:égalité|unabhängig)\s+des?\s+\w+", re.I),
    (r"\bTBD\b|\bTBA\b", 0),
]
SAMPLES = ["Salary: $120,000 – $150,000", "Hello {{ company }} and {{ page.title }}", "## Benefits\nhealth",
           "égalité des chances; unabhängig von Herkunft", "Start date: TBD", "nothing here"]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    import jdlint.regex as rx

    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(rx, "_cache", None)
    monkeypatch.setattr(rx, "_dirty", False)
    return rx


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in SAMPLES:
        ma = [(m.span(), m.groups()) for m in a.finditer(text)]
        mb = [(m.span(), m.groups()) for m in b.finditer(text)]
        assert ma == mb


def test_cached_patterns_match_like_re(fresh, tmp_path):
    first = [fresh.compile(p, f) for p, f in PATTERNS]
    fresh._save()
    assert list(tmp_path.glob("regex-*.marshal"))
    fresh._cache = None  # a new process: loads from disk
    again = [fresh.compile(p, f) for p, f in PATTERNS]
    assert all((p, f) in fresh._cache for p, f in PATTERNS)
    for a, b, (p, f) in zip(first, again, PATTERNS):
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))


def test_corrupt_cache_file_is_ignored(fresh, tmp_path):
    fresh.compile(r"\bfoo\b")
    fresh._save()
    for path in tmp_path.glob("regex-*.marshal"):
        path.write_bytes(b"not marshal data")
    fresh._cache = None
    _same(fresh.compile(r"\bfoo\b"), re.compile(r"\bfoo\b"))


def test_bad_entry_is_recompiled(fresh):
    cache = fresh._load()
    cache[(r"\d+", 0)] = ("garbage",)
    _same(fresh.compile(r"\d+"), re.compile(r"\d+"))


def test_invalid_pattern_raises_like_re(fresh):
    with pytest.raises(re.error):
        fresh.compile("(unclosed")


def test_unwritable_cache_dir_is_harmless(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = ("import jdlint.regex as rx; p = rx.compile(r'a+b'); rx._save(); "
            "assert p.fullmatch('aab')")
    proc = subprocess.run([sys.executable, "-c", code], env={"JDLINT_CACHE_DIR": str(blocker / "sub"),
                                                            "PATH": ""}, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
