"""Precision and recall of the statement finders against hand labels.

    python benchmarks/eval_statements.py                  # labels vs ../shared/corpus/dev
    python benchmarks/eval_statements.py --corpus DIR     # another copy of the dev corpus
    python benchmarks/eval_statements.py --show           # also list every disagreement
    python benchmarks/eval_statements.py --speed          # also time the finders on ../shared/corpus/bench
    python benchmarks/eval_statements.py --corpus ../shared/corpus/bench \
        --labels benchmarks/labels/statements_bench.tsv    # held-out random sample (also: _bench_enriched.tsv)

The labels (benchmarks/labels/statements.tsv) say, for each dev posting read by
a person, whether it has an EEO statement and an agency disclaimer and on which
line each starts. A found statement counts as a true positive when the posting
has one; "line ok" says how many of those start on the labelled line. The
corpus is not part of the repository: without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "labels" / "statements.tsv"
SHARED = ROOT.parent / "shared" / "corpus"

sys.path.insert(0, str(ROOT))

CHECKS = (("eeo", "eeo_statement"), ("agency", "agency_disclaimer"))


def read_labels(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def evaluate(corpus: Path, labels: list[dict], show: bool) -> dict:
    from jdlint.readers import parse

    stats = {name: {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "line_ok": 0} for name, _ in CHECKS}
    misses = []
    for row in labels:
        path = corpus / row["file"]
        text = path.read_text(encoding="utf-8", errors="replace")
        posting = parse(row["file"], text)
        for name, attribute in CHECKS:
            found = getattr(posting, attribute)
            labelled = row[name] == "yes"
            s = stats[name]
            if found is not None and labelled:
                s["tp"] += 1
                if str(posting.line_of(found.start)) == row[f"{name}_line"]:
                    s["line_ok"] += 1
                elif show:
                    misses.append(f"{name} line: {row['file']} labelled {row[name + '_line']}, "
                                  f"found {posting.line_of(found.start)}: {found.text[:80]!r}")
            elif found is not None:
                s["fp"] += 1
                misses.append(f"{name} FP: {row['file']}:{posting.line_of(found.start)} {found.text[:100]!r}")
            elif labelled:
                s["fn"] += 1
                misses.append(f"{name} FN: {row['file']}:{row[name + '_line']}")
            else:
                s["tn"] += 1
    if show:
        for line in misses:
            print("  " + line)
    return stats


def report(stats: dict, n: int) -> None:
    print(f"{n} labelled postings")
    print(f"{'check':<8} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} {'precision':>10} {'recall':>8} {'line ok':>8}")
    for name, s in stats.items():
        found, actual = s["tp"] + s["fp"], s["tp"] + s["fn"]
        precision = s["tp"] / found if found else float("nan")
        recall = s["tp"] / actual if actual else float("nan")
        print(f"{name:<8} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} {s['tn']:>4} {precision:>10.3f} {recall:>8.3f} "
              f"{s['line_ok']:>4}/{s['tp']:<3}")


def speed(bench: Path) -> None:
    from jdlint.facts.agency import find_agency_disclaimer
    from jdlint.facts.eeo import find_eeo_statement
    from jdlint.facts.language import detect_language
    from jdlint.readers import parse

    postings = []
    for name in sorted(os.listdir(bench)):
        if name.endswith(".tsv"):
            continue
        text = (bench / name).read_text(encoding="utf-8", errors="replace")
        postings.append(parse(name, text))
    print(f"\nspeed over {len(postings)} postings in {bench} (best of 5, CPU microseconds a posting):")
    for label, fn in (("language", lambda p: detect_language(p.body)), ("eeo", find_eeo_statement),
                      ("agency", find_agency_disclaimer)):
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            for posting in postings:
                fn(posting)
            best = min(best, time.process_time() - start)
        print(f"  {label:<9} {best / len(postings) * 1e6:7.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "dev")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    parser.add_argument("--speed", action="store_true", help="time the finders on the bench corpus")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus} (it is not part of the repository)")
        return 0
    labels = read_labels(args.labels)
    stats = evaluate(args.corpus, labels, args.show)
    report(stats, len(labels))
    bench = SHARED / "bench"
    if args.speed and bench.is_dir():
        speed(bench)
    return 0


if __name__ == "__main__":
    sys.exit(main())
