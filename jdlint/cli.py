"""The `jdlint` command. Commands stay thin: plumbing lives in api/runner/output.

Exit codes (a contract): 0 nothing at or above the failure level; 1 findings at
or above it; 2 usage, config or input errors (a missing path, an unreadable
config...). Input errors do not stop the run: the other files are checked.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "github", "sarif", "gitlab", "junit")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-01-31") from None


def _codes(ctx, param, value):
    out = []
    for item in value or ():
        out.extend(c for c in item.replace(" ", ",").split(",") if c)
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="jdlint")
def cli():
    """jdlint: a compliance and quality linter for job postings.

    Checks pay transparency by jurisdiction, leftover placeholders, agency
    disclaimers, location consistency and EEO statements. Start with
    `jdlint check jobs/`, configure with `jdlint init`.
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: github under GitHub Actions, else text.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--select", multiple=True, callback=_codes, help="Only these rules (codes, prefixes, names, categories).")
@click.option("--ignore", multiple=True, callback=_codes, help="Skip these rules (codes, prefixes, names, categories).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that fails the run (default: warning, or the config's fail_on).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: discovered).")
@click.option("--as-of", callback=_date, help="Check the laws in force on this date (default: today).")
@click.option("--stdin-filename", help="Path to report for a posting read from `-`.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary when clean.")
@click.option("--no-color", is_flag=True, help="No ANSI colours (also: NO_COLOR env var).")
def check(paths, fmt, output, select, ignore, fail_on, exit_zero, config_path, as_of, stdin_filename,
          statistics, quiet, no_color):
    """Check postings: files, folders (walked), or - for stdin."""
    from .api import build_linter, file_globs
    from .output import Report, render
    from .runner import run

    config = _load(config_path)
    linter = build_linter(config, select, ignore, as_of)
    paths = list(paths) or ["."]
    stdin = [p for p in paths if p == "-"]
    result = run(linter, [p for p in paths if p != "-"], *file_globs(config))
    if stdin:
        data = sys.stdin.buffer.read()
        posting = linter.read_bytes(data, stdin_filename or "<stdin>")
        result.problems.extend(linter.lint(posting))
        result.files_checked += 1
        result.problems.sort(key=lambda p: p.sort_key())
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    color = fmt == "text" and not no_color and not output and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    report = Report(result.problems, linter.enabled | {p.code: linter.catalog[p.code]
                                                       for p in result.problems if p.code in linter.catalog},
                    result.files_checked, color=color, statistics=statistics, quiet=quiet,
                    # Machine formats carry input errors too (SARIF notifications...);
                    # people read them on stderr, below.
                    tool_version=__version__, errors=list(result.errors) if fmt != "text" else [])
    _emit(render(fmt, report), output)
    for path, message in result.errors:
        click.echo(f"jdlint: error: {path}: {message}", err=True)
    if result.errors:
        return EXIT_ERROR
    level = fail_on or config.fail_on
    from .model import SEVERITY_RANK

    failing = any(SEVERITY_RANK[p.severity] <= SEVERITY_RANK[level] for p in result.problems)
    return EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--as-of", callback=_date, help="Date for facts that depend on it (default: today).")
def inspect(paths, fmt, config_path, as_of):
    """Print what jdlint read from each posting: pay, places, jurisdictions, statements."""
    import json

    from .api import build_linter, file_globs
    from .files import collect
    from .inspect import facts, render_text

    config = _load(config_path)
    linter = build_linter(config, as_of=as_of)
    items, errors = [], []
    for path, display in collect(paths, *file_globs(config)):
        if not path:
            errors.append(display)
            continue
        items.append(facts(linter.read(path, display)))
    _emit(json.dumps(items, indent=2, ensure_ascii=False) if fmt == "json" else render_text(items), None)
    for message in errors:
        click.echo(f"jdlint: error: {message}", err=True)
    return EXIT_ERROR if errors else EXIT_CLEAN


@cli.command(name="rules")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def list_rules(fmt, config_path):
    """List every rule: code, name, category, default severity, summary."""
    import json

    from .registry import load_rules

    rules = _rules(config_path, load_rules)
    if fmt == "json":
        _emit(json.dumps([{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                           "summary": r.summary, "origin": r.origin} for r in rules.values()], indent=2), None)
        return EXIT_CLEAN
    if fmt == "markdown":
        _emit(rules_markdown(rules), None)
        return EXIT_CLEAN
    width = max((len(r.name) for r in rules.values()), default=10)
    lines = [f"{'CODE':<6}  {'NAME':<{width}}  {'CATEGORY':<20}  {'SEVERITY':<8}  SUMMARY"]
    for r in rules.values():
        lines.append(f"{r.code:<6}  {r.name:<{width}}  {r.category:<20}  {r.severity:<8}  {r.summary}")
    _emit("\n".join(lines) + "\n", None)
    return EXIT_CLEAN


def rules_markdown(rules) -> str:
    """The README's rules table (a test keeps the README in step with the catalog)."""
    lines = ["| Code | Name | Category | Severity | What it flags |", "|---|---|---|---|---|"]
    for r in rules.values():
        lines.append(f"| {r.code} | `{r.name}` | {r.category} | {r.severity} | {r.summary.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


@cli.command()
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def rule(code, fmt, config_path):
    """Print one rule's documentation (by code or name)."""
    import json

    from .registry import load_rules
    from .selection import resolve_code

    rules = _rules(config_path, load_rules)
    found = resolve_code(code, rules) or resolve_code(code.upper(), rules)
    if found is None:
        raise click.UsageError(f"no rule {code!r}; `jdlint rules` lists them")
    r = rules[found]
    if fmt == "json":
        _emit(json.dumps({"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                          "summary": r.summary, "docs": r.docs, "origin": r.origin}, indent=2), None)
    else:
        _emit(f"{r.code} {r.name}  [{r.category}, default severity {r.severity}]\n\n{r.docs}\n", None)
    return EXIT_CLEAN


@cli.command()
@click.argument("path", default=".jdlint.yaml", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path, force):
    """Write a commented starter config (default: .jdlint.yaml)."""
    from .starter import STARTER_CONFIG

    if os.path.exists(path) and not force:
        raise click.UsageError(f"{path} already exists; use --force to overwrite it")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(STARTER_CONFIG)
    click.echo(f"Wrote {path}. Set employer.headcount so the pay-transparency rules know which laws apply.")
    return EXIT_CLEAN


def _load(config_path):
    from .api import resolve_config
    from .config import load_config

    return load_config(config_path) if config_path else resolve_config(None)


def _rules(config_path, load_rules):
    config = _load(config_path)
    return load_rules(config.rule_paths)


def _emit(text: str, output: str | None) -> None:
    if output:
        # backslashreplace: a file name that is not valid UTF-8 must not crash the report
        with open(output, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
        return
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    sys.stdout.flush()


def main(argv=None) -> int:
    """Entry point: run the CLI and turn every failure into a message and an exit code."""
    from .config import ConfigError
    from .rule import RuleError

    for stream in (sys.stdout, sys.stderr):  # a C-locale terminal must not crash on "€"
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    try:
        code = cli.main(args=argv, prog_name="jdlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except click.Abort:
        click.echo("jdlint: aborted", err=True)
        return EXIT_ERROR
    except (ConfigError, RuleError) as exc:
        click.echo(f"jdlint: error: {exc}", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # never a traceback for users; JDLINT_DEBUG=1 shows it
        if os.environ.get("JDLINT_DEBUG"):
            raise
        click.echo(f"jdlint: internal error: {type(exc).__name__}: {exc} "
                   "(run with JDLINT_DEBUG=1 for details and report it)", err=True)
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN
