"""The sentence helpers the statement finders share: stem search, word-start
patterns, sentence bounds and cleaning."""

from __future__ import annotations

import re

import pytest

from jdlint.facts.sentences import StemFinder, clean, sentence_bounds, word_start


def _find_loops(low: str, stems: tuple[str, ...]) -> list[int]:
    found = []
    for stem in stems:
        at = low.find(stem)
        while at != -1:
            found.append(at)
            at = low.find(stem, at + len(stem))
    return sorted(found)


STEMS = ("equal", "equity", "eoe", "aoda", "m/f/d/v", "regard", "agen", "encourage", "staff", "search firm",
         "rd part", "rd-part", "gg")


@pytest.mark.parametrize("low", [
    "we are an equal opportunity employer (eoe) and value equity.",
    "eoeoe aodaoda staffff encouragencourage gggg regardregard",
    "agency agents managers: no search firm, no third-party or 3rd-party... rd part",
    "m/f/d/v m/f/d/vm/f/d/v équité",
    "",
    "e",
])
def test_stem_finder_is_a_find_loop_per_stem(low):
    assert StemFinder(STEMS)(low) == _find_loops(low, STEMS)


@pytest.mark.parametrize("prefix,rest,text,found", [
    ("no", r"\b", "No agencies. no agencies", "no"),
    ("no", r"\b", "piano, nos, noo", None),
    ("EOE", r"\b", "Acme: EOE.", "EOE"),
    ("EOE", r"\b", "PEOE, EOEs", None),
    ("E.O.E", r"\.?\b", "E.O.E. here", "E.O.E"),
    ("fee", r"s?\b", "no fees", "fees"),
])
def test_word_start_is_a_word_boundary(prefix, rest, text, found):
    m = re.search(word_start(prefix, rest), text)
    assert (m.group() if m else None) == found
    plain = re.search(r"\b" + re.escape(prefix) + rest, text)
    assert (plain.group() if plain else None) == found


def test_sentence_bounds_skip_abbreviations_and_markup():
    text = "Intro line.\n\nAcme Inc. is an equal opportunity employer. Apply now!"
    at = text.index("equal")
    start, end = sentence_bounds(text, at, at + 1)
    assert text[start:end] == "Acme Inc. is an equal opportunity employer."


def test_clean_collapses_space_and_trims_markers():
    body = "  * EOE &amp;  we\n   welcome   all (  "
    assert clean(body, 0, len(body)) == "EOE & we welcome all"
