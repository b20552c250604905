"""The commented config `jdlint init` writes."""

STARTER_CONFIG = """\
# jdlint configuration. Every key is optional; `jdlint rules` lists the rules.
# Docs: https://github.com/jdlint/jdlint#configuration

# Which rules run: codes (JD101), prefixes (JD1), names (pay-range-missing),
# categories (placeholder) or ALL. The most specific selector wins.
select: [ALL]
ignore: []

# Lowest severity that fails the run: error, warning or info.
fail_on: warning

# Severity overrides, by code, name, prefix or category.
# severity:
#   eeo: error

# Files to check when walking folders, and files to skip (globs relative to
# this file; a pattern without / matches the file name at any depth).
# include: ["*.md", "*.html"]
# extend_exclude: ["drafts/**"]

# Rules to skip for some files.
# per_file_ignores:
#   "templates/**": [placeholder]

# Facts the pay-transparency rules need. Unknown headcount = every size
# threshold treated as met.
employer:
  headcount: null            # total employees, e.g. 120
  headcount_by_jurisdiction: {}  # e.g. {US-CO: 3, CA-ON: 40}
  federal_contractor: false  # true: EEO statements must cover disability and protected veterans

# Policies: agency disclaimer require | forbid | ignore;
# EEO statement require | recommend | ignore.
policies:
  agency_disclaimer: ignore
  eeo_statement: recommend

# Check the laws in force on this date instead of today.
# as_of: 2026-01-01

# Template syntax that renders (never a leftover placeholder), and your own
# placeholder patterns or allowed texts.
placeholders:
  dialects: [liquid, jinja, hugo]
  allow: []
  patterns: []

# Your own front-matter keys for the canonical fields.
# fields:
#   locations: [where]
#   pay: [salary_band]

# Folders or files of local rules (.py rule modules, .yaml declarative rules).
# rule_paths: [.jdlint/rules]
"""
