"""jdlint: a compliance and quality linter for job postings.

The public API (`lint_text`, `lint_paths`, `inspect_text`) is imported on first
use, so `import jdlint` stays cheap for the command line.
"""

__version__ = "0.1.0"
__all__ = ["lint_text", "lint_paths", "inspect_text", "__version__"]


def __getattr__(name):
    if name in ("lint_text", "lint_paths", "inspect_text"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'jdlint' has no attribute {name!r}")
