"""Render time of each output format for 10,000 problems: `python benchmarks/bench_output.py`."""

from __future__ import annotations

import time

from jdlint.model import Location, Problem
from jdlint.output import FORMATS, Report, render
from jdlint.rule import Rule


def main() -> None:
    rules = {c: Rule(c, f"rule-{c.lower()}", "placeholder", "error", "Summary", "## What it checks\nx",
                     lambda p, c: ()) for c in ("JD201", "JD101", "JD501")}
    problems = [Problem(f"jobs/posting-{i // 10:04d}.md", Location(i % 10 + 1, 1, i % 10 + 1, 5),
                        ("JD201", "JD101", "JD501")[i % 3], "rule", "placeholder", "error",
                        f"Unfilled template slot {{{{field{i % 7}}}}}") for i in range(10_000)]
    report = Report(problems, rules, 1500, statistics=True)
    for name in sorted(FORMATS):
        best = min(_time(name, report) for _ in range(3))
        print(f"{name:7} {best * 1000:6.0f} ms for 10,000 problems")


def _time(name, report) -> float:
    start = time.perf_counter()
    render(name, report)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
