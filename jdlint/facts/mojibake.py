"""Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("donâ€™t").

Each damaged line gives one `Mojibake` with the span of its damaged characters and
the repaired line. The repair comes from ftfy, the maintained library whose whole
job is undoing this damage (and telling it apart from real text like "São Paulo").

Cost: a regex for the telltale sequences (a UTF-8 lead byte read as `Â`..`ô`
followed by a continuation byte read as `€`, `™`, `©`, ...) runs over texts that
hold a likely lead character; ftfy is imported, and run line by line, only when
that regex finds something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    return re.compile("[\u00c2-\u00f4][" + re.escape(continuation) + "]|\u00c2 ")


_TRAILING = ".,;:!?)"


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
    """Damaged runs in `text`, one entry per line (the first run, spanning to the last)."""
    if text.isascii() or not any(c in text for c in _LEADS):
        return []
    candidate = _candidate()
    if not candidate.search(text):
        return []
    from difflib import SequenceMatcher

    from ftfy import fix_encoding

    found: list[Mojibake] = []
    seen_lines: set[int] = set()
    for match in candidate.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if line_start in seen_lines:
            continue
        seen_lines.add(line_start)
        line_end = text.find("\n", match.start())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        fixed = fix_encoding(line)
        if fixed == line:
            continue  # real text that only looks odd ("«café»"): ftfy leaves it alone
        runs: list[list[int]] = []
        for op, i1, i2, j1, j2 in SequenceMatcher(None, line, fixed, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            if runs and runs[-1][1] == i1:
                runs[-1][1], runs[-1][3] = i2, j2  # "Â " -> NBSP can come as two touching edits
            else:
                runs.append([i1, i2, j1, j2])
        if not runs:
            continue
        i1, i2, j1, j2 = runs[0]
        # Before the first edit the two lines are the same, so the word starts at the same place.
        w1 = _word_start(line, i1)
        found.append(Mojibake(
            text=line[i1:i2], start=line_start + i1, end=line_start + runs[-1][1],
            repaired=fixed[j1:j2], word=line[w1:_word_end(line, i2)].rstrip(_TRAILING),
            repaired_word=fixed[w1:_word_end(fixed, j2)].rstrip(_TRAILING), runs=len(runs)))
    return found


def _word_start(line: str, i: int) -> int:
    while i > 0 and not line[i - 1].isspace():
        i -= 1
    return i


def _word_end(line: str, i: int) -> int:
    while i < len(line) and not line[i].isspace():
        i += 1
    return i
