"""`re.compile`, with the compiled programs kept between runs.

Why: jdlint's detectors are regular expressions, a few hundred of them, and
CPython compiles each in pure Python: about 100 ms per process, more than the
whole cold-start budget of `jdlint check` on one posting (a pre-commit run).
The compiled program is a plain list of integers, so we keep it in a small
marshal file in the user's cache folder and rebuild patterns from it with
`_sre.compile`, skipping the parser and compiler.

Safety: the file is keyed by the exact interpreter version and `_sre.MAGIC`;
any entry that fails to load is compiled afresh; any problem reading or
writing the file is ignored (the cache only ever saves time). Set
JDLINT_NO_CACHE=1 to turn it off, JDLINT_CACHE_DIR to move it.
"""

from __future__ import annotations

import atexit
import os
import re
import sys

try:  # CPython internals; anything else compiles the ordinary way
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

_MAX_ENTRIES = 4000
_cache: dict | None = None
_dirty = False


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (mirrors re.compile)
    flags = int(flags)
    if _sre is None or os.environ.get("JDLINT_NO_CACHE"):
        return re.compile(pattern, flags)
    cache = _load()
    key = (pattern, flags)
    entry = cache.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:
            cache.pop(key, None)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # int(): opcodes are int subclasses, which marshal cannot store
        entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # internals changed shape: fall back, never fail
        return re.compile(pattern, flags)
    global _dirty
    cache[key] = entry
    _dirty = True
    return compiled


def _path() -> str | None:
    folder = os.environ.get("JDLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "jdlint")
    version = "-".join(map(str, sys.version_info[:3])) + f"-{sys.implementation.name}-{_sre.MAGIC}"
    return os.path.join(folder, f"regex-{version}.marshal")


def _load() -> dict:
    global _cache
    if _cache is None:
        _cache = {}
        try:
            import marshal

            with open(_path(), "rb") as handle:
                data = marshal.loads(handle.read())  # 10x faster than marshal.load(handle)
            if isinstance(data, dict):
                _cache = data
        except Exception:
            pass
        atexit.register(_save)
    return _cache


def _save() -> None:
    if not _dirty or not _cache:
        return
    try:
        import marshal
        import tempfile

        path = _path()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = _cache if len(_cache) <= _MAX_ENTRIES else {}
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".regex-")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(data, handle)
        os.replace(tmp, path)  # atomic: parallel pre-commit processes never see half a file
    except Exception:
        pass
