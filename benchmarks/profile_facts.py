"""CPU time of each fact extractor and rule over a folder of postings, one process.

    python benchmarks/profile_facts.py [FOLDER]      # default ../shared/corpus/bench

Facts are computed in dependency order, each timed on its own, so a rule's
time below is its own work on top of the facts it reads. Use it to find what
to optimise; `benchmarks/bench.py` measures what users see.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from jdlint.api import build_linter, resolve_config

FACTS = ("fields", "sections", "directives", "language", "pay", "places", "work_arrangement", "reach",
         "eeo_statement", "agency_disclaimer", "placeholders")


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/bench"
    files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix != ".tsv")
    linter = build_linter(resolve_config({}, discover=False))
    start = time.process_time()
    postings = [linter.read(f) for f in files]
    read = time.process_time() - start
    # warm-up: first use loads data files and caches; time a second, fresh set of postings
    for p in postings[:50]:
        for name in FACTS:
            getattr(p, name)
    postings = [linter.read(f) for f in files]
    n = len(postings)
    print(f"{n} postings; read+parse {read / n * 1e6:6.0f} us/posting")
    total = 0.0
    for name in FACTS:
        start = time.process_time()
        for p in postings:
            getattr(p, name)
        spent = time.process_time() - start
        total += spent
        print(f"  fact {name:18} {spent / n * 1e6:6.0f} us/posting")
    for code, rule in linter.enabled.items():
        ctx = linter._contexts[code]
        start = time.process_time()
        for p in postings:
            list(rule.check(p, ctx))
        spent = time.process_time() - start
        total += spent
        if spent / n * 1e6 >= 5:
            print(f"  rule {code} {rule.name:30} {spent / n * 1e6:6.0f} us/posting")
    print(f"facts + rules {total / n * 1e6:.0f} us/posting; with reading {(total + read) / n * 1e6:.0f} us/posting")


if __name__ == "__main__":
    main()
