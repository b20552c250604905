"""HTML postings: the visible text, in place, plus schema.org JobPosting JSON-LD.

The visible text is the page with every tag, comment, script, style and <head>
replaced by spaces (newlines kept), so an offset in it is an offset in the file
and findings land on the right line and column without a mapping table.
"""

from __future__ import annotations

import json
import re
from html import unescape

from .. import regex

# Whole elements whose content is never shown; one pass, longest constructs first.
_HIDDEN = regex.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|head|template|noscript|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[A-Za-z/!?][^>]*>",
    re.S | re.I,
)
_ENTITY = regex.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_JSON_LD = regex.compile(
    r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.S | re.I
)


def blank(text: str) -> str:
    """Spaces for every character but newlines: same length, same lines."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(part) for part in text.split("\n"))


def _blank(match: re.Match) -> str:
    return blank(match.group(0))


def _entity(match: re.Match) -> str:
    # Decode in place and pad, so the text keeps its length: "&amp;" -> "&    ".
    raw = match.group(0)
    char = unescape(raw)
    if len(char) > len(raw):
        return raw
    return char + " " * (len(raw) - len(char))


def visible_text(text: str, start: int = 0) -> str:
    """`text` with everything before `start` and all markup blanked out."""
    body = _HIDDEN.sub(_blank, text[start:])
    if "&" in body:
        body = _ENTITY.sub(_entity, body)
    return _blank_prefix(text, start) + body


def _blank_prefix(text: str, start: int) -> str:
    return blank(text[:start])


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        "<html" in head and "</" in text[-4096:].lower()
    )


def job_postings(text: str) -> list[tuple[dict, int]]:
    """Each schema.org JobPosting in the page's JSON-LD, with the offset of its script."""
    found: list[tuple[dict, int]] = []
    for match in _JSON_LD.finditer(text):
        try:
            data = json.loads(match.group(1))
        except ValueError:
            continue  # broken JSON-LD is the site's bug; the visible text still gets linted
        for item in _walk(data):
            found.append((item, match.start(1)))
    return found


def _walk(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            yield data
        elif "@graph" in data:
            yield from _walk(data["@graph"])
