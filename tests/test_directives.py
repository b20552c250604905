"""Inline suppressions: ranges, next line, whole file, front matter; unknown and unused ones reported."""

from __future__ import annotations

DUP = "---\ntitle: A\n{extra}title: B\n---\n{body}\n"
# The engine's behaviour is under test, shown with the format rules' findings.
CORE = ["format", "suppression"]


def _codes(problems):
    return [(p.code, p.line) for p in problems]


def test_front_matter_comment_on_own_line_disables_for_the_file(lint):
    text = "---\n# jdlint: disable=JD003 -- the CMS writes both\ntitle: A\ntitle: B\n---\nWe are hiring.\n"
    assert _codes(lint(text, select=CORE)) == []


def test_front_matter_trailing_comment_disables_that_line_only(lint):
    text = "---\ntitle: A\ntitle: B  # jdlint: disable=duplicate-front-matter-key\nx: 1\nx: 2\n---\nHi there.\n"
    assert _codes(lint(text, select=CORE)) == [("JD003", 5)]


def test_disable_file_comment_and_unknown_code(lint):
    text = "<!-- jdlint-disable-file JD003, JD9999 -- legacy -->\n" + DUP.format(extra="", body="Hi there.")
    # (a comment before front matter means there is no front matter; use body placement)
    text = DUP.format(extra="", body="<!-- jdlint-disable-file JD003 JD999 -- legacy -->\nHello.")
    found = _codes(lint(text, select=CORE))
    assert ("JD003", 3) not in found
    assert ("JD010", 5) in found


def test_range_and_next_line(lint):
    body = ("<!-- jdlint-disable JD005 -->\n\n<!-- jdlint-enable JD005 -->\n")
    # The whole body is comments, so JD005 (empty posting) fires at the body start, inside the range.
    found = _codes(lint("---\ntitle: x\n---\n" + body, select=CORE))
    assert found == []
    found = _codes(lint("---\ntitle: x\n---\n<!-- jdlint-enable JD005 -->\n<!-- jdlint-disable JD005 -->\n",
                        select=CORE))
    assert ("JD005", 4) in found  # the disable starts after the finding's line


def test_unused_suppression_is_reported_and_can_be_silenced(lint):
    text = "We are hiring.\n<!-- jdlint-disable-next-line JD003 -- stale -->\nMore text.\n"
    assert _codes(lint(text, select=CORE)) == [("JD011", 2)]
    assert _codes(lint(text, select=["JD003"])) == []  # JD011 not enabled
    assert _codes(lint(text, config={"ignore": ["JD011"]}, select=CORE)) == []


def test_directive_for_rule_not_selected_is_not_called_unused(lint):
    text = "We are hiring.\n<!-- jdlint-disable-next-line JD003 -->\nMore.\n"
    assert _codes(lint(text, select=["JD011"])) == []


def test_next_line_skips_blank_lines(lint):
    text = "---\ntitle: x\n---\n<!-- jdlint-disable-next-line JD005 -->\n\n"
    # no content line follows: nothing is suppressed, and the comment is reported as unused
    assert _codes(lint(text, select=CORE)) == [("JD005", 4), ("JD011", 4)]
