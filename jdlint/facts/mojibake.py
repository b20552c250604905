"""Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("donâ€™t").

Each damaged line gives one `Mojibake` with the span of its damaged characters and
the repaired word. The repair comes from ftfy, the maintained library whose whole
job is undoing this damage (and telling it apart from real text like "São Paulo").

Cost: a regex for the telltale sequences (a UTF-8 lead byte read as `Â`..`ô`
followed by a continuation byte read as `€`, `™`, `©`, ...) runs over texts that
hold a likely lead character; ftfy is imported, and run on the words around each
hit, only when that regex finds something. The check itself costs ~2 us a posting;
importing ftfy costs ~60 ms (more with a cold disk cache), once per process, and is
paid as soon as one posting in a run is damaged (one in the 5,000 of the bench
corpus is): that import is nearly all of what this rule costs over a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import regex

# Lead characters of the damage seen in postings: no-break spaces and symbols (Â),
# Latin-1 letters (Ã), punctuation and euro (â), emoji (ð), Central European (Ä, Å),
# Cyrillic (Ð, Ñ), Greek (Î, Ï), Asian scripts (ã-é). Checking for them one by one
# is ~10x cheaper than the regex, which then runs only on texts that hold one.
_LEADS = "ÂÃâðÄÅÐÑÎÏãäåæçèé"


@lru_cache(maxsize=1)
def _candidate() -> re.Pattern:
    """The telltale sequences, compiled on first use (most texts never need it)."""
    # What Windows-1252 (Latin-1 where 1252 has a hole) shows for UTF-8's
    # continuation bytes 0x80-0xBF.
    continuation = "".join(bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1")
                           for b in range(0x80, 0xC0))
    # A lead byte 0xC2-0xF4 read as "Â".."ô", then a continuation byte; or "Â" before
    # a plain space, which is what a damaged no-break space becomes once an editor
    # normalises the no-break space itself.
    return regex.compile("[\u00c2-\u00f4][" + re.escape(continuation) + "]|\u00c2 ")


_TRAILING = ".,;:!?)"
_REACH = 200  # how far a word may reach, in characters


@dataclass(frozen=True, slots=True)
class Mojibake:
    text: str  # the damaged characters as written, e.g. "â€™"
    start: int
    end: int
    repaired: str  # what they should read, e.g. "’"
    word: str  # the damaged word, e.g. "donâ€™t"
    repaired_word: str  # e.g. "don’t"
    runs: int  # damaged runs on this line (one finding per line)


def find_mojibake(text: str) -> list[Mojibake]:
    """Damaged text in `text`, one entry per line: the first damaged word, spanning
    to the last damaged word of that line."""
    if text.isascii() or not any(c in text for c in _LEADS):
        return []
    candidate = _candidate()
    if not candidate.search(text):
        return []
    from ftfy import fix_encoding

    lines: list[list] = []  # [start, end, text, repaired, word, repaired_word, runs]
    checked_to = -1
    for match in candidate.finditer(text):
        if match.start() < checked_to:
            continue  # inside the word just checked
        # ftfy judges the word around the telltale characters ("donâ€™t", "Â Develop"):
        # short strings keep it cheap even on a one-line 1 MB file.
        ws = _word_start(text, match.start())
        we = _word_end(text, match.end())
        checked_to = we
        word = text[ws:we]
        fixed = fix_encoding(word)
        if fixed == word:
            continue  # real text that only looks odd ("«café»"): ftfy leaves it alone
        head = _common_prefix(word, fixed)
        tail = _common_prefix(word[head:][::-1], fixed[head:][::-1])
        start, end = ws + head, we - tail
        last = lines[-1] if lines else None
        if last is not None and "\n" not in text[last[1]:start] and start - last[0] < 2 * _REACH:
            last[1] = end
            last[6] += 1
            continue
        lines.append([start, end, text[start:end], fixed[head:len(fixed) - tail],
                      word.rstrip(_TRAILING), fixed.rstrip(_TRAILING), 1])
    return [Mojibake(text=t, start=s, end=e, repaired=r, word=w, repaired_word=rw, runs=n)
            for s, e, t, r, w, rw, n in lines]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _word_start(text: str, i: int) -> int:
    floor = max(0, i - _REACH)
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    ceiling = min(len(text), i + _REACH)
    while i < ceiling and not text[i].isspace():
        i += 1
    return i
