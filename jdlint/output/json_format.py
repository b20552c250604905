"""JSON format: a list of findings, for scripts (`jq`, dashboards, bots).

Schema (a public contract; fields are only ever added, never renamed or removed):

    [
      {
        "path": "jobs/backend.md",   # as given on the command line / found in a directory
        "line": 12,                  # 1-based
        "column": 5,                 # 1-based, in characters (Unicode code points)
        "end_line": 12,
        "end_column": 17,            # exclusive: the character after the span
        "code": "JD201",             # stable rule code
        "name": "leftover-placeholder",
        "category": "placeholder",
        "severity": "error",         # "error" | "warning" | "info" (after configuration)
        "message": "...",
        "related": [                 # only when the finding points at a second place
          {"line": 3, "column": 1, "message": "..."}
        ]
      }
    ]

Findings are sorted by path, line, column; keys always appear in this order
(`Problem.to_dict()` is the single source of the shape). A clean run prints `[]`.
Files that could not be read at all are NOT in this list, so every element has
the same shape: the CLI reports them on stderr and exits with code 2.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Report


def render(report: Report) -> str:
    # ensure_ascii=False: messages quote postings in many languages; keep them readable.
    return json.dumps([p.to_dict() for p in report.problems], indent=2, ensure_ascii=False) + "\n"
