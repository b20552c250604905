"""Output formats: each is a pure function `render(report) -> str`.

The CLI builds one `Report` and calls `render(name, report)`. Format modules are
imported only when asked for, so `jdlint check` in text mode (the pre-commit
path, where cold start counts) never pays for json, hashlib or ElementTree.

Every format is a public contract; each module's docstring documents its shape.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable

from ..model import Problem
from ..rule import Rule


@dataclass
class Report:
    problems: list[Problem]  # already sorted by path, line, column
    rules: dict[str, Rule]  # code -> Rule for every rule that ran or appears
    files_checked: int
    color: bool = False  # text format only
    statistics: bool = False  # text: append per-code counts (count, code, name)
    quiet: bool = False  # text: no summary line when nothing was found
    tool_version: str = ""
    # (path, message) for inputs that could not be read at all (exit code 2).
    errors: list[tuple[str, str]] = ()


# Name -> "module path" (imported on first use) or a callable taking a Report.
# Names follow ruff's --output-format vocabulary so users need not learn new ones.
FORMATS: dict[str, str | Callable[[Report], str]] = {
    "text": "jdlint.output.text",
    "json": "jdlint.output.json_format",
    "github": "jdlint.output.github",
    "sarif": "jdlint.output.sarif",
    "gitlab": "jdlint.output.gitlab",
    "junit": "jdlint.output.junit",
}


def posix_path(path: str) -> str:
    """`./jobs\\a.md` (Windows) or `./jobs/a.md` -> `jobs/a.md`: one spelling per
    file, so CI annotations land on the file and fingerprints survive a change
    in how jdlint was invoked."""
    return PurePath(path).as_posix()


def finding_keys(problems: list[Problem]) -> list[str]:
    """A line-independent identity per problem, for SARIF and GitLab fingerprints.

    code + path + message + "which occurrence of that triple in the file": a
    finding keeps its key when lines above it are added or removed (so CI does
    not report every finding below an edit as fixed-and-new), while two
    identical findings in one file still get different keys (GitLab shows only
    the first of equal fingerprints). Problems arrive sorted, so the occurrence
    number follows reading order.
    """
    seen: dict[tuple[str, str, str], int] = {}
    paths: dict[str, str] = {}  # PurePath is slow-ish; paths repeat a lot
    keys = []
    for p in problems:
        path = paths.get(p.path) or paths.setdefault(p.path, posix_path(p.path))
        triple = (p.code, path, p.message)
        n = seen.get(triple, 0)
        seen[triple] = n + 1
        keys.append("\0".join((*triple, str(n))))
    return keys


def json_array(items: list, indent: int = 0) -> str:
    """A JSON array with one compact item per line, nested at `indent` spaces.

    For the machine formats (SARIF, GitLab): json's C encoder only runs
    without `indent`, and fully indented output of 10,000 findings takes ~0.5 s
    and triples the file size; one finding per line stays greppable and diffable.
    """
    import json

    if not items:
        return "[]"
    pad = " " * (indent + 2)
    return "[\n" + ",\n".join(pad + json.dumps(item, ensure_ascii=False) for item in items) + "\n" + " " * indent + "]"


def render(name: str, report: Report) -> str:
    """Render `report` in the format called `name` (a key of FORMATS)."""
    try:
        target = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown output format {name!r}; choose from {', '.join(FORMATS)}") from None
    if isinstance(target, str):
        target = importlib.import_module(target).render
    return target(report)
