"""The sentence around a match, for statements (EEO, agency disclaimers) that
are reported and shown as whole sentences.

Postings are ragged prose: Markdown lists, hard-wrapped paragraphs, HTML with
`<br>` and `<li>`, Hacker News comments with no punctuation at all. So a
sentence ends at `.`, `!` or `?` followed by a space (except after common
abbreviations such as "Inc." or "U.S."), at a blank line, at a line that
starts a list item, heading or a capitalised line, and at block-level HTML
tags. Bounds are searched in the original file text, where tags are still
visible; offsets are file offsets, as everywhere.
"""

from __future__ import annotations

import re
from html import unescape

from .. import regex  # re.compile with compiled programs cached between runs

# Longest sentence we look for on either side of a match; statements are short
# and a boundary-less page (one huge paragraph) must not cost a full scan.
REACH = 900
_STEP = 160  # how far back the left bound is looked for at a time

_BOUNDARY = regex.compile(
    r"[.!?。](?=[\s\"'”’)\]*_<&]|$)"  # end punctuation (checked for abbreviations below)
    r"|\n[ \t]*\n"  # blank line
    r"|\n(?=[ \t]*(?:[-*+•#>|]|\d{1,2}[.)][ \t]))"  # a list item, heading, quote or table row
    r"|\n(?=[ \t]*[^a-zà-ÿ\s(\"'“‘,;:&/])"  # a line that does not continue in lower case
    r"|<(?i:br|/?(?:p|li|div|h[1-6]|ul|ol|tr|td|th|table|section|article|blockquote|dt|dd))\b[^>]*>",
)
_CANDIDATE = regex.compile(r"[.!?。\n<]")
_ABBREVIATIONS = frozenset(
    "inc ltd co corp llc llp plc e.g i.e u.s u.k u.s.a etc st mr mrs ms dr no vs jr sr approx "
    "dept fig ca nr bzw z.b d.h usw ggf inkl mind ca".split()
)
_WORD_BEFORE = regex.compile(r"([A-Za-z][A-Za-z.]{0,5})$")
_TAG = regex.compile(r"<[^>]*>")
# List and emphasis markers trimmed off a sentence's start and end (after
# whitespace is collapsed to single spaces, so str.strip can do it).
_LEAD = " *_#>|•+-–—:;,"
_TRAIL = _LEAD + "("


def folds_oddly(text: str) -> bool:
    """Does `text` hold a letter that re.IGNORECASE matches to an ASCII letter
    but str.lower does not lower to it ("ı" and "İ" match "i", "ſ" matches
    "s")? Only then can a case-insensitive pattern and a search of the
    lowered text disagree."""
    return "ı" in text or "İ" in text or "ſ" in text


def word_start(prefix: str, rest: str = "") -> str:
    r"""`\b` + the literal word start `prefix` + the pattern `rest`, spelled
    to begin with the literal: when every alternative of a pattern begins
    with a literal character, `re` skips straight to the next possible first
    character instead of trying each alternative at each position, and an
    alternative whose next letters differ fails at once (about 10x faster
    than `\b` first). The lookbehind after the prefix says what `\b` said."""
    return re.escape(prefix) + r"(?<!\w" + re.escape(prefix) + ")" + rest


def lowered(posting) -> str:
    """`posting.body.lower()`, made once per posting: the EEO and agency finders
    and the statement rules all search it, and lowering a 2.5 KB body costs
    about 10 us. Kept on the posting itself (it has no __slots__), so it lives
    exactly as long as the posting."""
    low = posting.__dict__.get("_statements_low")
    if low is None:
        low = posting.__dict__["_statements_low"] = posting.body.lower()
    return low


# Letters rare enough in postings to hunt for, in the order a stem's pivot is
# picked (see StemFinder). Few passes matter more than the rarest letters.
_PIVOTS = "qvgmcfpuh"


class StemFinder:
    """Every offset, sorted, at which one of `stems` (lowercase) occurs in a
    lowercased body: what a `str.find` loop per stem would give, from one `re`
    pass per pivot letter instead of one `str.find` pass per stem.

    Each stem is found through its pivot, the first of `pivots` it holds: `re`
    scans for a pattern that starts with one literal letter about as fast as
    `str.find` scans for a word, and stops only at that letter. There the
    rest of the stem is a literal (rejected at its first letter, cheaply) and
    a lookbehind checks what came before. Four to six pivots cover a dozen
    stems; a stem with no pivot letter ("eoe") gets a `str.find` loop.
    """

    def __init__(self, stems: tuple[str, ...], pivots: str = _PIVOTS):
        by_pivot: dict[str, list[tuple[str, int, bool]]] = {}
        self.plain: list[str] = []
        for stem in stems:
            pivot = next((c for c in pivots if c in stem), None)
            if pivot is None:
                self.plain.append(stem)
                continue
            # A find loop resumes after each hit, so "aodaoda" holds "aoda" once.
            overlaps = any(stem.startswith(stem[k:]) for k in range(1, len(stem)))
            by_pivot.setdefault(pivot, []).append((stem, stem.rindex(pivot), overlaps))
        self.passes = []
        for pivot, found in by_pivot.items():
            # The pattern consumes the rest of a stem; with the pivot's last
            # occurrence in the stem, that rest never holds the next pivot.
            # Stems that end at the pivot (a lookbehind only) go last: an
            # alternative that starts with a literal fails fastest.
            shapes = "|".join(re.escape(stem[at + 1:]) + (f"(?<={re.escape(stem)})" if at else "")
                              for stem, at, _ in sorted(found, key=lambda f: f[1] + 1 == len(f[0])))
            self.passes.append((regex.compile(f"{re.escape(pivot)}(?:{shapes})").finditer, tuple(found)))

    def __call__(self, low: str) -> list[int]:
        found: list[int] = []
        for finditer, stems in self.passes:
            resume: dict[str, int] = {}
            for m in finditer(low):
                for stem, at, overlaps in stems:  # the pattern says one is here; which?
                    start = m.start() - at
                    if not low.startswith(stem, start):
                        continue
                    if overlaps:
                        if start < resume.get(stem, 0):
                            continue
                        resume[stem] = start + len(stem)
                    found.append(start)
        for stem in self.plain:
            at = low.find(stem)
            while at != -1:
                found.append(at)
                at = low.find(stem, at + len(stem))
        found.sort()
        return found


def sentences_at(posting, anchors: list[int], seen: set[int]):
    """(start, end, cleaned text) of the sentence around each anchor offset,
    each sentence once (`seen` holds the starts already given out)."""
    text, body = posting.text, posting.body
    for at in anchors:
        start, end = sentence_bounds(text, at, at + 1)
        if start in seen:
            continue
        seen.add(start)
        yield start, end, clean(body, start, end)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 6), dot)
    if word is None:
        return False
    w = word.group(1).lower()
    # "U.S." / "e.g." / a single initial ("J. Smith") are not sentence ends.
    return w in _ABBREVIATIONS or w.rstrip(".") in _ABBREVIATIONS or len(w) == 1


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence of `text` that holds text[start:end]."""
    # Scan only the few characters that can end a sentence, then confirm each
    # with an anchored match: far cheaper than running the alternation everywhere.
    lo = max(0, start - REACH)
    left = lo
    match = _BOUNDARY.match
    # The left bound is the nearest boundary before `start`: walk back in
    # steps, newest candidate first, rather than confirm every candidate of
    # the whole REACH window (most sentences start within a step).
    hi = start
    while hi > lo:
        step_lo = max(lo, hi - _STEP)
        for at in reversed([c.start() for c in _CANDIDATE.finditer(text, step_lo, hi)]):
            m = match(text, at)
            if m is not None and m.end() <= start and not _is_abbreviation(text, at):
                left = m.end()
                hi = lo  # found: stop walking
                break
        else:
            hi = step_lo
    right = min(len(text), end + REACH)
    for c in _CANDIDATE.finditer(text, end, right):
        m = match(text, c.start())
        if m is None or _is_abbreviation(text, m.start()):
            continue
        # Keep the sentence's own full stop; stop before a tag or a newline.
        right = m.start() + 1 if text[m.start()] in ".!?。" else m.start()
        break
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def clean(body: str, start: int, end: int) -> str:
    """The readable sentence: markup that survived in Markdown dropped,
    whitespace collapsed, list and emphasis markers trimmed."""
    raw = body[start:end]
    if "<" in raw:
        raw = _TAG.sub(" ", raw)
    if "&" in raw:  # Markdown keeps entities ("&nbsp;") that HTML rendering would show as text
        raw = unescape(raw)
    return " ".join(raw.split()).lstrip(_LEAD).rstrip(_TRAIL).strip()
