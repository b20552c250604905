"""jdlint: a compliance and quality linter for job postings."""

__version__ = "0.1.0"
