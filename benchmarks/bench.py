"""Speed and memory of `jdlint check`, measured the way users run it: as a command.

    python benchmarks/bench.py                 # ../shared/corpus/bench if present, else synthetic
    python benchmarks/bench.py --corpus DIR    # any folder of postings
    python benchmarks/bench.py --quick         # fewer repetitions

Reports:
- cold start: wall time of `jdlint check ONE_POSTING` in a fresh process (median of N),
  next to `python -c pass` for the interpreter's own share;
- throughput: files/s and wall time on the whole folder, all rules on;
- peak memory: the largest resident set of the jdlint process and of any worker;
- linearity: wall time on 1/4, 1/2 and all of the files.

Design targets (2 cores): whole bench folder (5,000 postings, 12.6 MB) <= 2 s,
one posting cold <= 75 ms, peak memory <= 60 MiB, cost linear in files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_BENCH = HERE.parent.parent / "shared" / "corpus" / "bench"
TARGETS = {"folder_s": 2.0, "cold_ms": 75.0, "peak_mib": 60.0}


def jdlint_cmd() -> list[str]:
    exe = shutil.which("jdlint")
    return [exe] if exe else [sys.executable, "-m", "jdlint"]


def timed(cmd: list[str], cwd: str | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB of the process tree's largest member, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    # wait4's usage covers jdlint and the workers it reaped: ru_maxrss is the largest
    # of them. (RUSAGE_CHILDREN would also count every earlier run of this script.)
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def synthetic_corpus(count: int) -> Path:
    """Copies of examples/ when no real corpus is around, so the script always runs."""
    source = sorted(p for p in (HERE.parent / "examples").rglob("*") if p.is_file() and p.suffix in (".md", ".html"))
    folder = Path(tempfile.mkdtemp(prefix="jdlint-bench-"))
    for i in range(count):
        src = source[i % len(source)]
        shutil.copyfile(src, folder / f"{i:05d}-{src.name}")
    return folder


def postings(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and not p.name.endswith(".tsv"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of postings (default: ../shared/corpus/bench)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    folder = args.corpus or (SHARED_BENCH if SHARED_BENCH.is_dir() else None)
    if folder is None:
        print("no corpus given and ../shared/corpus/bench is absent: using 5,000 synthetic copies of examples/")
        folder = synthetic_corpus(5000)
    files = postings(folder)
    size_mb = sum(os.path.getsize(f) for f in files) / 1e6
    cmd = jdlint_cmd()
    base = cmd + ["check", "--exit-zero", "--format", "json", "--output", os.devnull, "--config", os.devnull]
    # An empty config file: the run must not pick up a config from the working directory.
    reps = 3 if args.quick else 7
    with tempfile.TemporaryDirectory() as empty:
        cfg = Path(empty) / "config.yaml"
        cfg.write_text("{}\n")
        base[-1] = str(cfg)

        py = statistics.median(timed([sys.executable, "-c", "pass"])[0] for _ in range(reps)) * 1000
        one = files[len(files) // 2]
        cold_cmd = cmd + ["check", "--exit-zero", "--quiet", one]
        timed(cold_cmd, cwd=empty)  # warm the OS file cache once; Python bytecode is already compiled
        colds = [timed(cold_cmd, cwd=empty)[0] * 1000 for _ in range(reps)]
        cold = statistics.median(colds)

        runs = []
        for _ in range(2 if args.quick else 3):
            wall, peak, code = timed(base + [str(folder)], cwd=empty)
            runs.append((wall, peak))
        wall = min(r[0] for r in runs)
        peak = max(r[1] for r in runs)

        linear = []
        for fraction in (0.25, 0.5, 1.0):
            subset = files[: max(1, int(len(files) * fraction))]
            t = min(timed(base + subset, cwd=empty)[0] for _ in range(2))
            linear.append((len(subset), t))

    result = {
        "corpus": str(folder), "files": len(files), "megabytes": round(size_mb, 1),
        "python_startup_ms": round(py, 1), "cold_one_posting_ms": round(cold, 1),
        "folder_seconds": round(wall, 2), "files_per_second": round(len(files) / wall),
        "peak_rss_mib": round(peak, 1),
        "linearity": [{"files": n, "seconds": round(t, 2), "ms_per_file": round(t / n * 1000, 3)} for n, t in linear],
        "cpus": os.cpu_count(),
    }
    print(f"corpus: {folder} ({len(files)} files, {size_mb:.1f} MB)")
    print(f"cold start, one posting: {cold:.0f} ms median (python -c pass: {py:.0f} ms)   target <= {TARGETS['cold_ms']:.0f} ms")
    print(f"whole folder: {wall:.2f} s = {len(files) / wall:,.0f} files/s   target <= {TARGETS['folder_s']:.1f} s")
    print(f"peak memory: {peak:.0f} MiB   target <= {TARGETS['peak_mib']:.0f} MiB")
    for n, t in linear:
        print(f"  {n:>6} files: {t:.2f} s ({t / n * 1000:.3f} ms/file)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
