"""Turn a file's text into a `Posting`, whatever the format and whatever the extension says.

Formats seen in real postings repos: Markdown with YAML front matter (also saved
as `.html` or with no extension), Markdown or plain text alone, whole-file YAML
postings (ATS exports), rendered HTML pages (optionally behind Jekyll front
matter), with schema.org JobPosting JSON-LD. The content decides, not the name.
"""

from __future__ import annotations

import re

from .. import regex
from ..posting import Posting
from ..settings import Settings
from . import html
from .yamlmeta import Meta, MetaIssue, read_mapping

_FM_OPEN = regex.compile(r"\A(?:---|\+\+\+)[ \t]*\n")
_FM_CLOSE = {"---": regex.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M), "+++": regex.compile(r"^\+\+\+[ \t]*$", re.M)}
_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", re.S)
_YAML_SUFFIXES = (".yaml", ".yml")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Keys whose values are the prose of a whole-file YAML posting.
PROSE_KEYS = ("description", "body", "content", "summary", "about", "responsibilities",
              "requirements", "qualifications", "benefits", "details", "text", "duties",
              "about_us", "about_the_role", "what_you_will_do", "what_we_offer", "perks",
              "how_to_apply", "deliverables", "notes")


def parse(path: str, text: str, settings: Settings | None = None, encoding: str = "utf-8") -> Posting:
    settings = settings or Settings()
    low = path.lower()
    if low.endswith(_YAML_SUFFIXES) and not _FM_OPEN.match(text):
        return _yaml_posting(path, text, settings, encoding)
    fm_end, meta = _front_matter(text)
    rest = text[fm_end:]
    if html.looks_like_html(rest) or (low.endswith(_HTML_SUFFIXES) and _mostly_markup(rest)):
        return _html_posting(path, text, fm_end, meta, settings, encoding)
    fmt = "text" if low.endswith(".txt") else "markdown"
    body = _blank(text[:fm_end]) + _COMMENT.sub(_blank_match, rest) if "<!--" in rest else _blank(text[:fm_end]) + rest
    return Posting(path, text, fmt, body, meta.values, meta.spans, meta.issues, settings, fm_end, encoding)


def _front_matter(text: str) -> tuple[int, Meta]:
    """(offset where the body starts, metadata) for YAML `---` or TOML `+++` front matter."""
    opened = _FM_OPEN.match(text)
    if not opened:
        return 0, Meta({}, {}, [])
    fence = text[:3]
    close = _FM_CLOSE[fence].search(text, opened.end())
    if close is None:
        issue = MetaIssue(0, f"opens front matter with '{fence}' on line 1 but never closes it; "
                             f"add a closing '{fence}' line", "unclosed")
        return 0, Meta({}, {}, [issue])
    end = close.end() + 1 if close.end() < len(text) else close.end()
    if fence == "+++":
        return end, _toml(text, opened.end(), close.start())
    return end, read_mapping(text, opened.end(), close.start())


def _toml(text: str, start: int, end: int) -> Meta:
    """Hugo's TOML front matter. tomllib gives no positions, so keys are found by line."""
    import tomllib

    from .yamlmeta import Span

    region = text[start:end]
    try:
        values = tomllib.loads(region)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 1) or 1
        offset = start + sum(len(x) + 1 for x in region.split("\n")[: line - 1])
        return Meta({}, {}, [MetaIssue(offset, f"is not valid TOML: {exc.msg if hasattr(exc, 'msg') else exc}",
                                       "yaml-syntax")])
    spans = {}
    for m in re.finditer(r"^[ \t]*([A-Za-z0-9_\-]+)[ \t]*=[ \t]*(.*)$", region, re.M):
        if m.group(1) in values and m.group(1) not in spans:
            spans[m.group(1)] = Span(start + m.start(1), start + m.end(1), start + m.start(2), start + m.end(2))
    return Meta(values, spans, [])


def _html_posting(path, text, fm_end, meta: Meta, settings, encoding) -> Posting:
    body = html.visible_text(text, fm_end)
    values, spans = dict(meta.values), dict(meta.spans)
    for job, offset in html.job_postings(text):
        _merge_json_ld(text, job, offset, values, spans)
    return Posting(path, text, "html", body, values, spans, meta.issues, settings, fm_end, encoding)


def _merge_json_ld(text: str, job: dict, offset: int, values: dict, spans: dict) -> None:
    """schema.org JobPosting fields join the metadata; front matter wins on a clash.
    Each key's span is where its quoted name appears inside the JSON-LD block."""
    from .yamlmeta import Span

    for key, value in job.items():
        if key.startswith("@") or key in values:
            continue
        values[key] = value
        at = text.find(f'"{key}"', offset)
        at = offset if at < 0 else at
        spans[key] = Span(at, at + len(key) + 2, at, at + len(key) + 2)


def _yaml_posting(path, text, settings, encoding) -> Posting:
    meta = read_mapping(text, 0, len(text))
    # The prose is the text of the description-like keys; everything else stays metadata.
    shown = sorted((span.value_start, span.value_end) for key in PROSE_KEYS
                   if (span := meta.spans.get(key)) is not None and isinstance(meta.values.get(key), str))
    parts, at = [], 0
    for start, end in shown:
        parts += [_blank(text[at:start]), text[start:end]]
        at = end
    body = "".join(parts) + _blank(text[at:])
    return Posting(path, text, "yaml", body, meta.values, meta.spans, meta.issues, settings, 0, encoding)


def _mostly_markup(text: str) -> bool:
    return text.count("<") > 20 and text.lstrip().startswith("<")


_blank = html.blank


def _blank_match(match: re.Match) -> str:
    return _blank(match.group(0))
