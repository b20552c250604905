"""SARIF 2.1.0 format: for GitHub code scanning and other SARIF viewers.

One run. `tool.driver.rules` lists every rule that ran (sorted by code), not only
those with results, so code scanning can show each rule's help and can tell a
fixed alert from a rule that was switched off. Each rule carries its docs as
`help.markdown`, a `helpUri` (the rule's URL, else its README anchor), its
default level (error -> error, warning -> warning, info -> note) and its category
as a tag.

Each result has `ruleId`, `ruleIndex`, `level` (the configured severity),
`message.text`, one location and the finding's related locations. Columns count
Unicode code points (`columnKind`), `endColumn` is exclusive, as SARIF defines.
Paths are relative URIs against `%SRCROOT%` (the directory jdlint ran in, given
in `originalUriBaseIds`); absolute paths become `file://` URIs.

`partialFingerprints["jdlint/v1"]` is a SHA-256 of code, path, message and the
occurrence number of that triple in the file, so an alert keeps its identity
when lines move (see `finding_keys`). Unreadable inputs are error
`toolExecutionNotifications` with `executionSuccessful: false`.

The log is indented except `results`, which has one result per line (fast to
write, greppable). Messages are plain text. Related locations are not linked
from the message (SARIF's `[text](id)` syntax) because that would require
escaping every square bracket, and jdlint messages often quote placeholders
like "[Company Name]".
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from . import finding_keys, json_array, posix_path

if TYPE_CHECKING:
    from ..model import Location, Problem
    from ..rule import Rule
    from . import Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/jdlint/jdlint"
DOCS_URI = "https://github.com/jdlint/jdlint/blob/main/README.md#"
SRCROOT = "%SRCROOT%"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# GitHub code scanning ranks non-security alerts by this rule property.
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
# RFC 3986 path characters that need no encoding; everything else (":" in a
# first segment would read as a scheme, "%", spaces, non-ASCII) is encoded.
_SAFE = "/!$&'()*+,;=@"
_SECTION = re.compile(r"^##\s+What it checks\s*$(.*?)(?=^##\s|\Z)", re.M | re.S)


def artifact(path: str) -> dict:
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    # surrogateescape: a file name that is not valid UTF-8 keeps its exact bytes.
    return {"uri": quote(posix_path(path), safe=_SAFE, errors="surrogateescape"), "uriBaseId": SRCROOT}


def region(loc: Location) -> dict:
    return {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line, "endColumn": loc.end_column}


def description(rule: Rule) -> str:
    """The rule's "What it checks" paragraph, else its summary."""
    match = _SECTION.search(rule.docs or "")
    text = match.group(1).strip() if match else ""
    # Docstrings are hard-wrapped; a description is one paragraph of flowing text.
    return " ".join(text.split("\n\n", 1)[0].split()) if text else rule.summary


def descriptor(rule: Rule) -> dict:
    level = LEVEL.get(rule.severity, "warning")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": description(rule) or rule.name},
        # Markdown source reads fine as text; viewers that render Markdown use the other.
        "help": {"text": rule.docs or rule.summary or rule.name, "markdown": rule.docs or rule.summary or rule.name},
        "helpUri": rule.url or DOCS_URI + rule.code.lower(),
        "defaultConfiguration": {"level": level},
        "properties": {"tags": [rule.category], "problem.severity": PROBLEM_SEVERITY.get(rule.severity, "warning")},
    }


def _fallback(p: Problem) -> dict:
    # A problem whose rule is missing from report.rules (should not happen)
    # still needs a descriptor, or ruleIndex would point nowhere.
    return {
        "id": p.code,
        "name": p.name,
        "shortDescription": {"text": p.name},
        "helpUri": DOCS_URI + p.code.lower(),
        "defaultConfiguration": {"level": LEVEL.get(p.severity, "warning")},
        "properties": {"tags": [p.category]},
    }


def _result(p: Problem, index: int, key: str, location: dict) -> dict:
    result = {
        "ruleId": p.code,
        "ruleIndex": index,
        "level": LEVEL.get(p.severity, "warning"),
        "message": {"text": p.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region(p.location)}}],
        "partialFingerprints": {"jdlint/v1": hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()},
    }
    if p.related:
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {"artifactLocation": location, "region": region(r.location)},
                "message": {"text": r.message or p.message},
            }
            for i, r in enumerate(p.related, 1)
        ]
    return result


def render(report: Report) -> str:
    rules = {code: descriptor(rule) for code, rule in report.rules.items()}
    for p in report.problems:
        if p.code not in rules:
            rules[p.code] = _fallback(p)
    ordered = [rules[code] for code in sorted(rules)]
    index = {d["id"]: i for i, d in enumerate(ordered)}

    driver = {"name": "jdlint", "version": report.tool_version, "informationUri": INFORMATION_URI, "rules": ordered}
    if not report.tool_version:
        del driver["version"]  # SARIF wants a real version or none
    invocation: dict = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": f"{path}: {message}"}, "locations": [{"physicalLocation": {"artifactLocation": artifact(path)}}]}
            for path, message in report.errors
        ]
    artifacts: dict[str, dict] = {}  # path -> artifactLocation, built once per file
    root = Path.cwd().as_uri()
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": root if root.endswith("/") else root + "/"}},
        "columnKind": "unicodeCodePoints",
        "properties": {"filesChecked": report.files_checked},
        "results": [],  # filled in below, one result per line
    }
    results = [
        _result(p, index[p.code], key, artifacts.get(p.path) or artifacts.setdefault(p.path, artifact(p.path)))
        for p, key in zip(report.problems, finding_keys(report.problems))
    ]
    log = json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False)
    # Inside a JSON string quotes are escaped, so this text can only be the key itself.
    return log.replace('"results": []', '"results": ' + json_array(results, indent=6), 1) + "\n"
