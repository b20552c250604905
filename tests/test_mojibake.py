"""Mojibake (JD006): garbled characters are found and repaired; real text in any language is not.

Damaged text is written with escapes so this file stays readable: "\u00e2\u20ac\u2122" is
what a right single quote becomes when its UTF-8 bytes are read as Windows-1252.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from jdlint.facts.mojibake import find_mojibake

APOSTROPHE = "\u00e2\u20ac\u2122"  # ’ damaged
E_ACUTE = "\u00c3\u00a9"  # é damaged
U_UMLAUT = "\u00c3\u00bc"  # ü damaged
MONEY_BAG = "\u00f0\u0178\u2019\u00b0"  # 💰 damaged
POUND = "\u00c2\u00a3"  # £ damaged
EURO = "\u00e2\u201a\u00ac"  # € damaged
TWICE = "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2"  # ’ damaged twice
OPEN_QUOTE, CLOSE_QUOTE = "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d"  # “ ” damaged

FIND = [
    # (text, damaged word as written, repaired word)
    (f"We{APOSTROPHE}re hiring a data engineer.\n", f"We{APOSTROPHE}re", "We\u2019re"),
    (f"Join our caf{E_ACUTE} team in Lyon.\n", f"caf{E_ACUTE}", "caf\u00e9"),
    (f"Office in M{U_UMLAUT}nchen.\n", f"M{U_UMLAUT}nchen", "M\u00fcnchen"),
    (f"{MONEY_BAG} Salary: 70k\n", MONEY_BAG, "\U0001f4b0"),
    (f"Salary {POUND}45,000 a year\n", f"{POUND}45,000", "\u00a345,000"),
    (f"Pay: {EURO}60,000\n", f"{EURO}60,000", "\u20ac60,000"),
    (f"We value {OPEN_QUOTE}ownership{CLOSE_QUOTE}.\n", f"{OPEN_QUOTE}ownership{CLOSE_QUOTE}",
     "\u201cownership\u201d"),
    (f"don{TWICE}t worry\n", f"don{TWICE}t", "don\u2019t"),
]


@pytest.mark.parametrize("text,word,repaired", FIND, ids=[f[2] for f in FIND])
def test_finds_and_repairs(text, word, repaired):
    [found] = find_mojibake(text)
    assert found.word == word
    assert found.repaired_word == repaired
    assert text[found.start:found.start + len(found.text)] == found.text


def test_stray_a_circumflex_from_a_no_break_space():
    text = "Duties:\n\u00c2 Develop SQL queries\n\u00c2 Clean data\n"
    found = find_mojibake(text)
    assert [(f.start, f.text, f.repaired) for f in found] == [(8, "\u00c2 ", "\u00a0"), (30, "\u00c2 ", "\u00a0")]


def test_one_finding_per_line_spanning_its_damage():
    text = f"We{APOSTROPHE}re in M{U_UMLAUT}nchen, pay {EURO}70k.\nSecond line is fine.\n"
    [found] = find_mojibake(text)
    assert found.runs == 3
    assert text[found.start:found.end].startswith(APOSTROPHE) and text[found.start:found.end].endswith(EURO)


REAL_TEXT = [
    "We\u2019re hiring in S\u00e3o Paulo, Bras\u00edlia and Macei\u00f3.\n",
    "SÃO PAULO e IRMÃ: vagas abertas.\n",
    "\u00c4rger? Nein: \u00dcber uns, M\u00fcnchen, Stra\u00dfe.\n",
    "\u00abCaf\u00e9\u00bb, na\u00efve r\u00e9sum\u00e9, \u00e0 la carte, \u00bfQu\u00e9 tal?\n",
    "\u00de\u00f3r from \u00c6r\u00f8 and Rom\u00e2nia; H\u00e0 N\u1ed9i; \u0141\u00f3d\u017a.\n",
    "Temperature 50\u00b0C \u00b1 2, \u00a9 2024, \u00bd day Fridays.\n",
    "\u041c\u044b \u0438\u0449\u0435\u043c \u0438\u043d\u0436\u0435\u043d\u0435\u0440\u0430.\n",
    "\u6771\u4eac\u30aa\u30d5\u30a3\u30b9.\n",
    "Salary \u00a345,000 \u2013 \u00a355,000 \U0001f4b0\n",
]


@pytest.mark.parametrize("text", REAL_TEXT, ids=range(len(REAL_TEXT)))
def test_real_text_is_not_mojibake(text):
    assert find_mojibake(text) == []


def test_rule_message_carries_the_repair(lint):
    text = f"---\ntitle: Caf{E_ACUTE} Manager\n---\nWe{APOSTROPHE}re hiring.\n"
    got = [(p.code, p.line, p.column, p.severity, p.message) for p in lint(text) if p.code == "JD006"]
    assert got == [
        ("JD006", 2, 11, "warning",
         f'Garbled characters "Caf{E_ACUTE}" should read "Caf\u00e9" (UTF-8 text decoded with the wrong encoding)'),
        ("JD006", 4, 3, "warning",
         f'Garbled characters "We{APOSTROPHE}re" should read "We\u2019re" (UTF-8 text decoded with the wrong '
         "encoding)"),
    ]


def test_rule_message_for_a_stray_a_circumflex(lint):
    [problem] = [p for p in lint("Benefits:\n\u00c2 Pension\n") if p.code == "JD006"]
    assert problem.message == ('Stray "\u00c2" before a space: a no-break space garbled by a wrong text encoding; '
                               "delete it")


def test_ftfy_is_imported_only_for_candidates():
    code = ("import sys; from jdlint.facts.mojibake import find_mojibake; "
            "find_mojibake('Caf\\u00e9 in S\\u00e3o Paulo \\u2019 ok'); print('ftfy' in sys.modules); "
            "find_mojibake('caf\\u00c3\\u00a9'); print('ftfy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": ":".join(sys.path)})
    assert out.stdout.split() == ["False", "True"]
