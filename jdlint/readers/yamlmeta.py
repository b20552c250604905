"""YAML (front matter, or a whole YAML posting) to values plus positions.

We compose the YAML into nodes instead of loading it, because nodes carry
marks: every key and value keeps the line and column it came from, so a
finding about `salary:` points at `salary:` in the user's file. ruamel.yaml's
C parser (ruamel.yaml.clib) composes a typical front matter in ~0.1 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import regex

_YAML = None  # the compose function, chosen on first use


@dataclass(frozen=True, slots=True)
class Span:
    """Offsets into the posting text of a key and its value."""

    key_start: int
    key_end: int
    value_start: int
    value_end: int


@dataclass(frozen=True, slots=True)
class MetaIssue:
    offset: int
    message: str
    kind: str  # "yaml-syntax", "duplicate-key", "not-mapping"


@dataclass(slots=True)
class Meta:
    values: dict
    spans: dict[str, Span]  # dotted key path ("contact.email", "tags.0") -> span
    issues: list[MetaIssue]


_PLAIN = "?plain"  # our tag for a plain scalar whose type we resolve ourselves


def _compose(region: str):
    """Compose YAML into nodes with marks, as fast as this interpreter allows.

    ruamel's own C-backed loader still resolves every scalar's type in Python
    (0.35 s over the 1,831 front matters of the bench corpus). We only need
    nodes and marks, and resolve the few scalar types we care about in
    `_scalar`, so the C parser runs with a no-op resolver: 4x faster.
    """
    global _YAML
    if _YAML is None:
        try:
            from _ruamel_yaml import CParser
            from ruamel.yaml.nodes import ScalarNode, SequenceNode

            class _Composer(CParser):
                def resolve(self, kind, value, implicit):
                    if kind is ScalarNode:
                        return _PLAIN if implicit[0] else "tag:yaml.org,2002:str"
                    return "tag:yaml.org,2002:seq" if kind is SequenceNode else "tag:yaml.org,2002:map"

                def descend_resolver(self, *args):
                    pass

                def ascend_resolver(self, *args):
                    pass

            _YAML = lambda text: _Composer(text).get_single_node()  # noqa: E731
        except ImportError:  # no C extension on this interpreter: slower, same result
            from ruamel.yaml import YAML

            _YAML = YAML(typ="safe", pure=True).compose
    return _YAML(region)


class _Offsets:
    """Maps a node mark (line, column within the YAML region) to a text offset."""

    def __init__(self, text: str, region: str, base: int):
        self.text = text
        self.base = base
        self.starts = [0]
        find = region.find
        i = find("\n")
        while i != -1:
            self.starts.append(i + 1)
            i = find("\n", i + 1)
        self.size = len(region)

    def at(self, mark) -> int:
        # Called four times per key: kept to plain arithmetic.
        starts = self.starts
        line = mark.line
        if line >= len(starts):
            line = len(starts) - 1
        offset = starts[line] + mark.column
        return self.base + (offset if offset < self.size else self.size)

    def file_line(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def read_mapping(text: str, start: int, end: int) -> Meta:
    """Read text[start:end] as a YAML mapping. Never raises on bad YAML."""
    region = text[start:end]
    offsets = _Offsets(text, region, start)
    meta = Meta({}, {}, [])
    if not region.strip():
        return meta
    try:
        node = _compose(region)
    except Exception as exc:  # ruamel raises several unrelated error classes
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        offset = offsets.at(mark) if mark is not None else start
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and opened is not None and mark is not None and opened.line != mark.line:
            # "did not find expected ']'" is found at the end; say where it began.
            problem += f" ({context} that starts on line {offsets.file_line(offsets.at(opened))})"
        meta.issues.append(MetaIssue(offset, f"is not valid YAML: {problem}", "yaml-syntax"))
        _salvage(region, start, meta)
        return meta
    if node is None:
        return meta
    if node.id != "mapping":
        meta.issues.append(MetaIssue(offsets.at(node.start_mark),
                                     "should be a mapping of keys to values", "not-mapping"))
        return meta
    meta.values = _mapping(node, "", offsets, meta)
    return meta


_TOP_LEVEL = regex.compile(r"^([A-Za-z_][\w\-]*)[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$", re.M)


def _salvage(region: str, start: int, meta: Meta) -> None:
    """Best-effort values from YAML that does not parse: each top-level
    `key: value` line. The posting is already reported as broken (JD002); this
    keeps one stray colon from hiding its title, location and pay from every
    other check (and from turning them into false "missing" findings)."""
    for m in _TOP_LEVEL.finditer(region):
        key, raw = m.group(1), m.group(2)
        if key in meta.values or raw.startswith(("|", ">", "&", "*", "!", "[", "{")):
            continue
        value = raw[1:-1] if len(raw) > 1 and raw[0] == raw[-1] and raw[0] in "'\"" else _plain(raw)
        meta.values[key] = value
        meta.spans[key] = Span(start + m.start(1), start + m.end(1), start + m.start(2), start + m.end(2))


def _mapping(node, prefix: str, offsets: _Offsets, meta: Meta) -> dict:
    out: dict = {}
    first_seen: dict = {}
    for key_node, value_node in node.value:
        if key_node.id == "scalar" and (_tag(key_node).endswith("merge") or (
                _tag(key_node) == _PLAIN and key_node.value == "<<")):
            if value_node.id == "mapping":  # `<<: *anchor`: fold the anchor's keys in
                for k, v in _mapping(value_node, prefix, offsets, meta).items():
                    out.setdefault(k, v)
            continue
        key = _scalar(key_node) if key_node.id == "scalar" else str(_value(key_node, "", offsets, meta))
        path = f"{prefix}{key}"
        key_start = offsets.at(key_node.start_mark)
        if key in first_seen:
            line = offsets.file_line(first_seen[key])
            meta.issues.append(MetaIssue(
                key_start, f"has the key '{path}' twice (first at line {line}); "
                           "the later value wins, remove one", "duplicate-key"))
        first_seen[key] = key_start
        out[key] = _value(value_node, path + ".", offsets, meta)
        meta.spans[path] = Span(key_start, offsets.at(key_node.end_mark),
                                offsets.at(value_node.start_mark), offsets.at(value_node.end_mark))
    return out


def _value(node, prefix: str, offsets: _Offsets, meta: Meta):
    if node.id == "scalar":
        return _scalar(node)
    if node.id == "mapping":
        return _mapping(node, prefix, offsets, meta)
    items = []
    for i, item in enumerate(node.value):
        path = f"{prefix}{i}"
        items.append(_value(item, path + ".", offsets, meta))
        at = offsets.at(item.start_mark)
        meta.spans[path] = Span(at, at, at, offsets.at(item.end_mark))
    return items


_INT = regex.compile(r"[-+]?(?:[0-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+)\Z")
_FLOAT = regex.compile(r"[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?\Z")


def _scalar(node):
    """A scalar's value as YAML 1.2 safe loading would give it, except
    timestamps, which stay strings (dates are compared as ISO dates later)."""
    value = node.value
    tag = _tag(node)
    if tag == _PLAIN:
        return _plain(value)
    if tag.endswith("null"):
        return None
    if tag.endswith("bool"):
        return value.lower() == "true" if value.lower() in ("true", "false") else value
    if tag.endswith(("int", "float")):
        return _plain(value)
    return value


def _tag(node) -> str:
    # ruamel's Node.tag property URI-decodes on every access (a third of our
    # parse time); the raw suffix is what our resolver set, or "int" for `!!int`.
    ctag = node.ctag
    return (ctag.suffix or "") if ctag is not None else ""


def _plain(value: str):
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    low = value.lower()
    if low in ("true", "false"):
        return low == "true"
    if _INT.match(value):
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:  # "0123": a leading zero is not an int in YAML 1.2
            return value
    if _FLOAT.match(value) and any(c.isdigit() for c in value):
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value
