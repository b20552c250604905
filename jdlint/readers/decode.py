"""Bytes to text, saying plainly what was wrong with the bytes.

A posting file may be UTF-8 (with or without BOM), UTF-16 with a BOM (Windows
exports), invalid UTF-8 (Latin-1 exports), binary, empty or huge. Each case
gives text to lint, or a reason it cannot be linted, never an exception.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Postings are a few KB; 10 MB is three orders of magnitude past any real one.
MAX_BYTES = 10 * 1024 * 1024


@dataclass(slots=True)
class Decoded:
    text: str  # newlines normalised to "\n"
    encoding: str
    # (1-based line, message) of the first undecodable byte, if any.
    damage: tuple[int, str] | None = None


class Undecodable(Exception):
    """The bytes are not a text posting (binary); the message says why."""


def decode(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[3:], "utf-8-sig")
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return Decoded(_newlines(data[len(bom):].decode(name)), name)
            except UnicodeDecodeError as exc:
                raise Undecodable(f"starts with a {name} byte-order mark but is not valid {name} "
                                  f"(byte {exc.start + len(bom)})") from None
    if b"\x00" in data[:8192]:
        raise Undecodable("looks like a binary file (contains NUL bytes), not a text posting")
    return _utf8(data, "utf-8")


def _utf8(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(_newlines(data.decode("utf-8")), name)
    except UnicodeDecodeError as exc:
        # Most often a Latin-1 or Windows-1252 export. Decode what we can, keep
        # going, and report the first bad byte so the user can re-save the file.
        text = data.decode("utf-8", errors="replace")
        bad = data[exc.start:exc.start + 1].hex()
        line = data.count(b"\n", 0, exc.start) + 1
        return Decoded(_newlines(text), name,
                       (line, f"is not valid UTF-8 (byte 0x{bad} at offset {exc.start}); "
                                   "re-save the file as UTF-8"))


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
