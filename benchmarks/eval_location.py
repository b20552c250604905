"""Accuracy, precision and recall of work arrangement and reach against hand labels.

    python benchmarks/eval_location.py                  # labels vs ../shared/corpus/dev
    python benchmarks/eval_location.py --corpus DIR     # another copy of the dev corpus
    python benchmarks/eval_location.py --show           # also list every disagreement
    python benchmarks/eval_location.py --speed          # also time the extractors on ../shared/corpus/bench
    python benchmarks/eval_location.py --corpus ../shared/corpus/bench \
        --labels benchmarks/labels/location_bench2.tsv   # held-out random sample (also: location_bench.tsv)

The labels (benchmarks/labels/location.tsv) give, for each dev posting read by a
person, the work arrangement and where the job can be done (countries, first-level
regions, city/county pay-law codes). jdlint's answer is `posting.work_arrangement`
and `posting.reach`: `anywhere` counts as "*", `unknown` as "-". Countries,
regions and local codes are scored as (posting, code) pairs. The corpus is not
part of the repository: without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "labels" / "location.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
ARRANGEMENTS = ("remote", "hybrid", "onsite", "unspecified")


def read_labels(path: Path) -> dict[str, dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["file"]: row for row in csv.DictReader(lines, delimiter="\t")}


def codes(cell: str) -> set[str]:
    if cell in ("", "-"):
        return set()
    out: set[str] = set()
    for item in cell.split(";"):
        if item.startswith("@"):  # a group of countries, as jdlint defines it ("@north america")
            from jdlint.facts import geo

            out |= geo.group(item[1:]) or set()
        else:
            out.add(item)
    return out


def predicted(posting) -> dict:
    reach = posting.reach
    if reach.anywhere:
        countries = {"*"}
    elif reach.unknown:
        countries = set()
    else:
        countries = {c for c in reach.codes if "-" not in c} | set(reach.whole_countries)
    return {
        "arrangement": posting.work_arrangement.value,
        "countries": countries,
        "regions": {c for c in reach.codes if c.count("-") == 1},
        "local": {c for c in reach.codes if c.count("-") == 2},
    }


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"precision {p:6.1%} ({tp}/{tp + fp})  recall {r:6.1%} ({tp}/{tp + fn})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    ap.add_argument("--speed", action="store_true", help="time places + arrangement + reach on the bench corpus")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to evaluate (labels are for the dev corpus)")
        return 0
    sys.path.insert(0, str(ROOT))
    from jdlint.readers import parse
    from jdlint.readers.decode import decode

    labels = read_labels(args.labels)
    right = 0
    per_class = {a: [0, 0, 0] for a in ARRANGEMENTS}  # tp, fp, fn
    pairs = {k: [0, 0, 0] for k in ("countries", "regions", "local")}
    exact = 0
    misses = []
    for name, row in sorted(labels.items()):
        path = args.corpus / name
        if not path.exists():
            print(f"missing from the corpus: {name}")
            continue
        text = decode(path.read_bytes()).text
        got = predicted(parse(name, text))
        want = row["arrangement"]
        if got["arrangement"] == want:
            right += 1
            per_class[want][0] += 1
        else:
            per_class[got["arrangement"]][1] += 1
            per_class[want][2] += 1
            misses.append(f"{name}: arrangement {got['arrangement']} (label {want})")
        for key in pairs:
            label = codes(row[key])
            tp, fp, fn = len(got[key] & label), len(got[key] - label), len(label - got[key])
            pairs[key][0] += tp
            pairs[key][1] += fp
            pairs[key][2] += fn
            if fp or fn:
                misses.append(f"{name}: {key} {sorted(got[key]) or '-'} (label {sorted(label) or '-'})")
        exact += got["countries"] == codes(row["countries"])
    n = len(labels)
    print(f"{n} labelled postings ({args.labels.name})")
    print(f"arrangement accuracy {right / n:6.1%} ({right}/{n})")
    for a in ARRANGEMENTS:
        print(f"  {a:<12} {prf(*per_class[a])}")
    print(f"countries exactly right {exact / n:6.1%} ({exact}/{n})")
    for key, (tp, fp, fn) in pairs.items():
        print(f"  {key:<12} {prf(tp, fp, fn)}")
    if args.show:
        print("\n".join(misses))
    if args.speed:
        speed(args.corpus.parent / "bench")
    return 0


def speed(bench: Path) -> None:
    """µs a posting for places + work arrangement + reach, parsing excluded, in a pass that
    starts with empty memo tables (as a fresh `jdlint check` does), best of three."""
    import time

    from jdlint.facts import geo, places
    from jdlint.readers import parse
    from jdlint.readers.decode import decode

    if not bench.is_dir():
        print(f"no bench corpus at {bench}")
        return
    texts = [(p.name, decode(p.read_bytes()).text) for p in sorted(bench.iterdir()) if p.name != "manifest.tsv"]
    geo.index()
    runs = []
    for _ in range(4):
        places._MEMO.clear()
        places._CAND_MEMO.clear()
        geo._CITY_MEMO.clear()
        postings = [parse(name, text) for name, text in texts]
        for posting in postings:
            posting.fields  # canonical fields are shared with every rule: not counted
        t = time.perf_counter()
        for posting in postings:
            posting.places, posting.work_arrangement, posting.reach
        runs.append(1e6 * (time.perf_counter() - t) / len(postings))
    print(f"speed: {min(runs[1:]):.0f} µs a posting over {len(texts)} bench postings "
          f"(runs after warm-up: {', '.join(f'{r:.0f}' for r in runs[1:])}); gazetteer load "
          f"{1000 * geo.LOAD_STATS['seconds']:.1f} ms from the {geo.LOAD_STATS['source']}")


if __name__ == "__main__":
    sys.exit(main())
