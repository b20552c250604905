"""Run a Linter over many files, on every core when there are enough of them.

Postings are independent, so a large run is split across worker processes.
Workers are forked after the rules are loaded, so they start with everything
imported; each returns plain Problem lists. Small runs (pre-commit passes a
handful of files) stay in one process: forking costs more than it saves.
"""

from __future__ import annotations

import os
import sys

from .engine import Linter, Result
from .files import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, collect

# Below this many files a second process does not pay for itself.
PARALLEL_MIN_FILES = 200
_WORKER_LINTER: Linter | None = None


def run(linter: Linter, paths, include=DEFAULT_INCLUDE, exclude=DEFAULT_EXCLUDE, root: str | None = None,
        jobs: int | None = None) -> Result:
    result = Result()
    files: list[tuple[str, str]] = []
    for path, display in collect(paths, include, exclude, root):
        if path:
            files.append((path, display))
        else:
            result.errors.append(_split_error(display))
    result.files_checked = len(files)
    workers = _workers(len(files), jobs)
    if workers > 1:
        result.problems = _parallel(linter, files, workers)
    else:
        for path, display in files:
            result.problems.extend(linter.lint(linter.read(path, display)))
    result.problems.sort(key=lambda p: p.sort_key())
    return result


def _split_error(message: str) -> tuple[str, str]:
    path, _, text = message.partition(": ")
    return path, text


def _workers(count: int, jobs: int | None) -> int:
    if jobs is not None:
        return max(1, min(jobs, count))
    if count < PARALLEL_MIN_FILES or not hasattr(os, "fork"):
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, 8))


def _init(linter: Linter) -> None:
    global _WORKER_LINTER
    _WORKER_LINTER = linter


def _lint_chunk(chunk):
    linter = _WORKER_LINTER
    out = []
    for path, display in chunk:
        out.extend(linter.lint(linter.read(path, display)))
    return out


def _parallel(linter: Linter, files, workers: int):
    import multiprocessing  # only large runs pay for importing it

    # Fork: the children inherit the loaded rules and imported modules for free.
    ctx = multiprocessing.get_context("fork")
    size = max(16, len(files) // (workers * 8))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    problems = []
    sys.stdout.flush()
    with ctx.Pool(workers, initializer=_init, initargs=(linter,)) as pool:
        for part in pool.imap_unordered(_lint_chunk, chunks):
            problems.extend(part)
    return problems
