"""Precision and recall of the placeholder finder (JD201-JD204) and the mojibake
finder (JD006) on the hand-labelled corpus files.

    python benchmarks/eval_placeholders.py [--corpus DIR] [-v]

The corpus (`dev/`, `templates/`) is not part of the repository; without it the
script says so and exits 0. Labels: benchmarks/labels/placeholders.tsv. A
detection matches a label on the same file and line when one text contains the
other ("tbd" found in "tbd EDT to tbd EDT" matches the label "tbd").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from jdlint.facts.mojibake import find_mojibake  # noqa: E402
from jdlint.facts.placeholders import find_placeholders  # noqa: E402
from jdlint.readers import parse  # noqa: E402
from jdlint.readers.decode import decode  # noqa: E402

LABELS = HERE / "labels" / "placeholders.tsv"
DEFAULT_CORPUS = os.environ.get("JDLINT_CORPUS", "/work/shared/corpus")


def read_labels(path: Path) -> tuple[list[str], list[tuple[str, int, str, str]]]:
    files: list[str] = []
    labels: list[tuple[str, int, str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#") or raw.startswith("file\t"):
            continue
        name, line, kind, text = (raw.split("\t") + [""] * 4)[:4]
        if name not in files:
            files.append(name)
        if kind != "none":
            labels.append((name, int(line), kind, text))
    return files, labels


def detect(corpus: Path, name: str) -> tuple[list[tuple[int, str, str]], int]:
    text = decode((corpus / name).read_bytes()).text
    posting = parse(Path(name).name, text)
    found = [(posting.line_of(p.start), p.kind, p.text) for p in find_placeholders(posting)]
    return found, len(find_mojibake(text))


def same(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a and b) and (a in b or b in a)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not (corpus / "dev").is_dir():
        print(f"skipped: corpus not found at {corpus} (set --corpus or JDLINT_CORPUS)")
        return 0
    files, labels = read_labels(LABELS)
    by_file: dict[str, list[tuple[int, str, str]]] = {}
    mojibake = 0
    for name in files:
        by_file[name], damaged = detect(corpus, name)
        mojibake += damaged
    used: set[tuple[str, int, str, str]] = set()
    true_pos, false_pos = 0, []
    for name, found in by_file.items():
        for line, kind, text in found:
            match = next((lab for lab in labels if lab[0] == name and lab[1] == line and same(lab[3], text)
                          and lab not in used), None)
            if match is None:
                false_pos.append((name, line, kind, text))
            else:
                used.add(match)
                true_pos += 1
    missed = [lab for lab in labels if lab not in used]
    detections = true_pos + len(false_pos)
    precision = true_pos / detections if detections else 1.0
    recall = len(used) / len(labels) if labels else 1.0
    print(f"placeholders: {len(files)} files, {len(labels)} labelled, {detections} found")
    print(f"  precision {precision:.3f} ({true_pos}/{detections})   recall {recall:.3f} ({len(used)}/{len(labels)})")
    by_kind = Counter(lab[2] for lab in labels)
    hit_kind = Counter(lab[2] for lab in used)
    print("  recall by kind: " + ", ".join(f"{k} {hit_kind[k]}/{n}" for k, n in sorted(by_kind.items())))
    if args.verbose or false_pos:
        for item in false_pos:
            print("  false alarm: %s:%d %s %r" % item)
    if args.verbose or len(missed) <= 12:
        for item in missed:
            print("  missed: %s:%d %s %r" % item)
    print(f"mojibake: 0 labelled (the dev and template files have none), {mojibake} found")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
