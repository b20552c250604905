"""Which files a run checks.

Explicit files are checked unless excluded (pre-commit passes every staged
file, so excludes must apply to them too); folders are walked, keeping files
that match `include` and not `exclude`, never entering `.git` and other tool
folders.
"""

from __future__ import annotations

import os

from .selection import GlobSet

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.mdown", "*.html", "*.htm", "*.txt", "*.yaml", "*.yml")
# Files that live in postings repos but are not postings.
DEFAULT_EXCLUDE = (
    "README*", "CHANGELOG*", "CONTRIBUTING*", "LICENSE*", "CODE_OF_CONDUCT*", "SECURITY*",
    "_config.yml", "_config.yaml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
    ".jdlint.yaml", ".jdlint.yml", ".gitlab-ci.yml", "mkdocs.yml", "netlify.toml", "action.yml",
    ".github/", "_layouts/", "_includes/", "_site/", "_data/", "node_modules/", "vendor/",
    "requirements*.txt",
)
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "_site", ".venv", "venv", "__pycache__",
             ".tox", ".mypy_cache", ".pytest_cache", ".jekyll-cache"}


def _relative(path: str, root: str | None = None) -> str:
    """The path globs are matched against: relative to the config's folder when
    the file is inside it (globs in a config are relative to the config)."""
    absolute = os.path.abspath(path)
    base = os.path.abspath(root) if root else os.getcwd()
    if absolute.startswith(base.rstrip(os.sep) + os.sep):
        rel = os.path.relpath(absolute, base)
    else:
        rel = os.path.normpath(path)
    return rel.replace(os.sep, "/")


def excluded(path: str, exclude, root: str | None = None) -> bool:
    globs = exclude if isinstance(exclude, GlobSet) else GlobSet(exclude)
    return globs.match(_relative(path, root))


def collect(paths, include=DEFAULT_INCLUDE, exclude=DEFAULT_EXCLUDE, root: str | None = None):
    """Yield (path, display_path) for each file to check, and ("", error) for
    each path that cannot be used. Display paths are relative to the working
    directory when the file is inside it, with `/` separators."""
    include_set, exclude_set = GlobSet(include), GlobSet(exclude)
    for raw in paths:
        if os.path.isfile(raw):
            if not excluded(raw, exclude_set, root):
                yield raw, _display(raw)
            continue
        if not os.path.exists(raw):
            yield "", f"{raw}: no such file or folder"
            continue
        if not os.path.isdir(raw):
            yield "", f"{raw}: not a regular file or folder"
            continue
        found = False
        for folder, dirs, files in os.walk(raw):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not (d.startswith(".") and d != "."))
            for name in sorted(files):
                path = os.path.join(folder, name)
                rel = _relative(path, root)
                if (include_set.match(rel) or _extensionless_posting(path, name)) and not exclude_set.match(rel):
                    found = True
                    yield path, _display(path)
        if not found:
            yield "", (f"{raw}: no postings found (looked for {', '.join(include)}; "
                       "set `include` in the config for other names)")


def _extensionless_posting(path: str, name: str) -> bool:
    """Postings repos keep some postings with no extension; take such a file
    when it opens like a posting (front matter or an HTML page), so Makefile,
    CNAME and friends stay out."""
    if "." in name:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(16).lstrip().lower()
    except OSError:
        return False
    return head.startswith((b"---", b"+++", b"<!doctype html", b"<html"))


def _display(path: str) -> str:
    absolute = os.path.abspath(path)
    cwd = os.getcwd()
    if absolute.startswith(cwd + os.sep):
        return os.path.relpath(absolute, cwd).replace(os.sep, "/")
    return path.replace(os.sep, "/")
