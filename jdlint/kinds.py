"""Declarative rules: word and phrase checks written in YAML, no Python needed.

Vale's rule kinds, in jdlint's terms. A YAML rule file holds the same metadata
as a Python rule (code, name, category, severity, summary, docs, examples) plus
a `kind`, a `scope` and the kind's own keys:

| kind | keys | reports |
|---|---|---|
| existence | tokens, exceptions | each match of a token that is not an exception |
| substitution | swap {pattern: preferred} | each match, suggesting the preferred wording |
| occurrence | token, min, max | fewer than `min` matches (at the scope) or more than `max` |
| conditional | first, second | a match of `first` when `second` appears nowhere in the scope |

Scopes: `body` (default), `title`, `heading` (each heading line),
`section:<regex>` (the text under matching headings), `field:<key>` (a
front-matter value, dotted for nested keys). Tokens are regular expressions,
matched as whole words unless `nonword: true`; `ignorecase` defaults to true.
Messages may use `{match}` and, for substitution, `{preferred}`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from .model import Finding
from .rule import Rule, RuleError

KINDS = ("existence", "substitution", "occurrence", "conditional")


def _schema():
    # Built on first use: pydantic is only imported when a YAML rule exists.
    from pydantic import BaseModel, ConfigDict, Field, model_validator

    class YamlRule(BaseModel):
        model_config = ConfigDict(extra="forbid")
        code: str
        name: str
        category: str
        severity: Literal["error", "warning", "info"] = "warning"
        summary: str
        message: str
        docs: str = ""
        link: str = ""
        kind: Literal["existence", "substitution", "occurrence", "conditional"]
        scope: str = "body"
        ignorecase: bool = True
        nonword: bool = False
        tokens: list[str] = Field(default_factory=list)
        exceptions: list[str] = Field(default_factory=list)
        swap: dict[str, str] = Field(default_factory=dict)
        token: str = ""
        min: int | None = None
        max: int | None = None
        first: str = ""
        second: str = ""
        examples: dict[Literal["bad", "good"], list] = Field(default_factory=dict)

        @model_validator(mode="after")
        def _kind_keys(self):
            need = {"existence": self.tokens, "substitution": self.swap, "occurrence": self.token,
                    "conditional": self.first and self.second}[self.kind]
            if not need:
                keys = {"existence": "tokens", "substitution": "swap", "occurrence": "token",
                        "conditional": "first and second"}[self.kind]
                raise ValueError(f"kind {self.kind} needs {keys}")
            if self.kind == "occurrence" and self.min is None and self.max is None:
                raise ValueError("kind occurrence needs min or max")
            if not re.fullmatch(r"body|title|heading|section:.+|field:[\w.\-]+", self.scope):
                raise ValueError(f"unknown scope {self.scope!r} (body, title, heading, section:<regex>, field:<key>)")
            return self

    return YamlRule


def load_yaml_rule(path: Path) -> Rule:
    from pydantic import ValidationError

    from .readers.yamlmeta import read_mapping

    text = path.read_text(encoding="utf-8")
    meta = read_mapping(text, 0, len(text))
    if meta.issues:
        line = text.count("\n", 0, meta.issues[0].offset) + 1
        raise RuleError(f"{path}:{line}: rule file {meta.issues[0].message}")
    try:
        spec = _schema().model_validate(meta.values)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        span = meta.spans.get(key)
        line = text.count("\n", 0, span.key_start) + 1 if span else 1
        what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise RuleError(f"{path}:{line}: {key or 'rule'}: {what}") from None
    try:
        check = _checker(spec)
    except re.error as exc:
        raise RuleError(f"{path}: bad regular expression: {exc}") from None
    docs = spec.docs or f"{spec.summary}\n\n## What it checks\nDeclarative `{spec.kind}` rule, scope `{spec.scope}`."
    rule = Rule(spec.code, spec.name, spec.category, spec.severity, spec.summary, docs.strip(), check,
                dict(spec.examples), str(path), spec.link)
    rule.validate()
    return rule


def _compile(patterns: list[str], spec) -> re.Pattern:
    body = "|".join(f"(?:{p})" for p in patterns)
    if not spec.nonword:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.I if spec.ignorecase else 0)


def _windows(posting, scope: str) -> list[tuple[str, int, int]]:
    """(source text, start, end) windows of the posting a scope covers."""
    if scope == "body":
        return [(posting.body, 0, len(posting.body))]
    if scope == "title":
        title = posting.field("title")
        return [(posting.text, title.start, title.end)] if title else []
    if scope == "heading":
        return [(posting.body, s.start, s.body_start) for s in posting.sections]
    if scope.startswith("section:"):
        wanted = re.compile(scope[len("section:"):], re.I)
        return [(posting.body, s.body_start, s.end) for s in posting.sections if wanted.search(s.title)]
    span = posting.spans.get(scope[len("field:"):])
    return [(posting.text, span.value_start, span.value_end)] if span else []


def _checker(spec):
    scope, message = spec.scope, spec.message
    if spec.kind == "existence":
        tokens = _compile(spec.tokens, spec)
        exceptions = _compile(spec.exceptions, spec) if spec.exceptions else None

        def check(posting, ctx):
            for source, start, end in _windows(posting, scope):
                for m in tokens.finditer(source, start, end):
                    if exceptions is None or not exceptions.fullmatch(m.group(0)):
                        yield Finding(m.start(), m.end(), message.format(match=m.group(0)))
        return check
    if spec.kind == "substitution":
        swaps = [(_compile([pattern], spec), preferred) for pattern, preferred in spec.swap.items()]

        def check(posting, ctx):
            for source, start, end in _windows(posting, scope):
                for regex, preferred in swaps:
                    for m in regex.finditer(source, start, end):
                        if m.group(0) != preferred:
                            yield Finding(m.start(), m.end(), message.format(match=m.group(0), preferred=preferred))
        return check
    if spec.kind == "occurrence":
        token = _compile([spec.token], spec)

        def check(posting, ctx):
            windows = _windows(posting, scope)
            matches = [m for source, start, end in windows for m in token.finditer(source, start, end)]
            if spec.min is not None and len(matches) < spec.min:
                at = windows[0][1] if windows else 0
                yield Finding(at, at, message.format(match=spec.token, count=len(matches)))
            if spec.max is not None and len(matches) > spec.max:
                m = matches[spec.max]
                yield Finding(m.start(), m.end(), message.format(match=m.group(0), count=len(matches)))
        return check
    first, second = _compile([spec.first], spec), _compile([spec.second], spec)

    def check(posting, ctx):
        windows = _windows(posting, scope)
        if any(second.search(source, start, end) for source, start, end in windows):
            return
        for source, start, end in windows:
            for m in first.finditer(source, start, end):
                yield Finding(m.start(), m.end(), message.format(match=m.group(0)))
    return check
