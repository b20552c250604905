"""YAML (front matter, or a whole YAML posting) to values plus positions.

We compose the YAML into nodes instead of loading it, because nodes carry
marks: every key and value keeps the line and column it came from, so a
finding about `salary:` points at `salary:` in the user's file. ruamel.yaml's
C parser (ruamel.yaml.clib) composes a typical front matter in ~0.1 ms.
"""

from __future__ import annotations

from dataclasses import dataclass

_YAML = None


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


def _parser():
    global _YAML
    if _YAML is None:
        from ruamel.yaml import YAML

        try:
            _YAML = YAML(typ="safe", pure=False)
        except Exception:  # no C extension on this interpreter: slower, same result
            _YAML = YAML(typ="safe", pure=True)
    return _YAML


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
        line = min(mark.line, len(self.starts) - 1)
        return self.base + min(self.starts[line] + mark.column, self.size)

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
        node = _parser().compose(region)
    except Exception as exc:  # ruamel raises several unrelated error classes
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        offset = offsets.at(mark) if mark is not None else start
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and opened is not None and mark is not None and opened.line != mark.line:
            # "did not find expected ']'" is found at the end; say where it began.
            problem += f" ({context} that starts on line {offsets.file_line(offsets.at(opened))})"
        meta.issues.append(MetaIssue(offset, f"is not valid YAML: {problem}", "yaml-syntax"))
        return meta
    if node is None:
        return meta
    if node.id != "mapping":
        meta.issues.append(MetaIssue(offsets.at(node.start_mark),
                                     "should be a mapping of keys to values", "not-mapping"))
        return meta
    meta.values = _mapping(node, "", offsets, meta)
    return meta


def _mapping(node, prefix: str, offsets: _Offsets, meta: Meta) -> dict:
    out: dict = {}
    first_seen: dict = {}
    for key_node, value_node in node.value:
        if key_node.id == "scalar" and key_node.tag.endswith(":merge"):
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
        meta.spans[path] = Span(offsets.at(item.start_mark), offsets.at(item.start_mark),
                                offsets.at(item.start_mark), offsets.at(item.end_mark))
    return items


_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}


def _scalar(node):
    """Resolve a scalar the way YAML 1.2 safe loading would, except timestamps,
    which stay strings (postings' dates are compared as ISO dates later)."""
    value = node.value
    tag = node.tag or ""
    if node.style or tag.endswith(":str") or tag.endswith(":timestamp"):
        return value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        low = value.lower()
        return True if low in _TRUE else False if low in _FALSE else value
    if tag.endswith(":int"):
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag.endswith(":float"):
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value
