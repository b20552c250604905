"""Precision and recall of `extract_pay` against hand labels.

    python benchmarks/eval_pay.py [CORPUS_DIR] [-v]

Reads `benchmarks/labels/pay.tsv` (pay statements judged by reading each
posting of the dev corpus) and runs `extract_pay` over the labelled files. A
fact matches a label when the file, the line of its first figure and both
amounts agree (amounts within 0.5%, an open end only with an open end). Grade
facts carry no amounts and are not scored. Currency and period are reported
separately, over the matched pairs. The corpus is not part of the repository:
without it the script says so and exits cleanly.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "labels" / "pay.tsv"
DEFAULT_CORPUS = Path(os.environ.get("JDLINT_DEV_CORPUS", "/work/shared/corpus/dev"))


def _amount(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def _same(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 0.005 * max(abs(x), abs(y), 1.0)


def load_labels(path: Path) -> dict[str, list[dict]]:
    """{file: [label, ...]}; a file judged to state no pay maps to []."""
    labels: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            found = labels.setdefault(row["file"], [])
            if row["line"] != "-":
                found.append({"line": int(row["line"]), "min": _amount(row["min"]), "max": _amount(row["max"]),
                              "currency": row["currency"] or None, "period": row["period"]})
    return labels


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"eval_pay: corpus {corpus} not found; nothing to evaluate (set JDLINT_DEV_CORPUS or pass a path)")
        return 0
    sys.path.insert(0, str(ROOT))
    from jdlint.facts.pay import extract_pay
    from jdlint.readers import parse

    labels = load_labels(LABELS)
    true_pos = false_pos = false_neg = 0
    currency_ok = period_ok = 0
    notes: list[str] = []
    for name, wanted in sorted(labels.items()):
        file = corpus / name
        if not file.is_file():
            print(f"eval_pay: {name} is labelled but missing from {corpus}")
            return 1
        posting = parse(name, file.read_bytes().decode("utf-8", errors="replace"))
        facts = [f for f in extract_pay(posting) if f.kind == "amount"]
        unmatched = list(wanted)
        for fact in facts:
            line = posting.line_of(fact.start)
            hit = next((lab for lab in unmatched if lab["line"] == line and _same(lab["min"], fact.min)
                        and _same(lab["max"], fact.max)), None)
            if hit is None:
                false_pos += 1
                notes.append(f"  false positive  {name}:{line}  {fact.min} - {fact.max} {fact.currency} "
                             f"{fact.period}  {fact.text!r}")
                continue
            unmatched.remove(hit)
            true_pos += 1
            currency_ok += (fact.currency == hit["currency"])
            period_ok += ((fact.period or "none") == hit["period"])
            if verbose and (fact.currency != hit["currency"] or (fact.period or "none") != hit["period"]):
                notes.append(f"  attribute       {name}:{line}  got {fact.currency} {fact.period}, "
                             f"labelled {hit['currency']} {hit['period']}")
        for lab in unmatched:
            false_neg += 1
            notes.append(f"  missed          {name}:{lab['line']}  {lab['min']} - {lab['max']} "
                         f"{lab['currency']} {lab['period']}")
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    print(f"postings: {len(labels)} ({sum(1 for v in labels.values() if v)} with pay), "
          f"labelled statements: {true_pos + false_neg}, facts found: {true_pos + false_pos}")
    print(f"precision: {precision:.3f} ({true_pos}/{true_pos + false_pos})")
    print(f"recall:    {recall:.3f} ({true_pos}/{true_pos + false_neg})")
    if true_pos:
        print(f"on matches, currency agrees {currency_ok}/{true_pos}, period agrees {period_ok}/{true_pos}")
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
