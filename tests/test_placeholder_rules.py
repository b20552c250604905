"""JD201-JD204 as a user meets them: codes, messages, positions and config."""

from __future__ import annotations

CODES = ["JD201", "JD202", "JD203", "JD204"]


def problems(lint, text, path="posting.md", config=None):
    return [p for p in lint(text, path, config) if p.code in CODES]


def test_template_posting_reports_each_leftover_where_it_is(lint):
    text = ("---\n"
            "title: Job Title\n"
            "organization: Organization Name\n"
            "contact:\n"
            "  email: jobs@company.com\n"
            "---\n"
            "\n"
            "[Company Name] is hiring a backend engineer.\n"
            "\n"
            "Salary: TBD\n")
    got = [(p.code, p.line, p.column, p.severity) for p in problems(lint, text)]
    assert got == [
        ("JD201", 2, 8, "error"),
        ("JD201", 3, 15, "error"),
        ("JD204", 5, 10, "error"),
        ("JD201", 8, 1, "error"),
        ("JD201", 10, 9, "error"),
    ]


def test_messages_name_the_text_and_the_key(lint):
    text = "---\ntitle: Designer\nsalary: TBD\n---\nWe are {{company}}.\n"
    messages = [p.message for p in problems(lint, text)]
    assert messages == [
        "Stand-in \"TBD\" in 'salary' where a value belongs; fill it in or remove it",
        'Unfilled template slot "{{company}}"; replace it with the real value',
    ]


def test_lorem_ipsum_is_its_own_rule_once_per_paragraph(lint):
    text = ("## About the team\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
            "Sed do eiusmod tempor, dolor sit amet.\n\n## Benefits\n\nDolor sit amet.\n")
    got = [(p.code, p.line) for p in problems(lint, text)]
    assert got == [("JD202", 3), ("JD202", 8)]


def test_test_posting_title_and_note(lint):
    text = "---\ntitle: Test Job\n---\nThis is a test posting, please ignore.\n"
    got = [(p.code, p.line) for p in problems(lint, text)]
    assert got == [("JD203", 2), ("JD203", 4)]


def test_real_test_engineer_posting_is_clean(lint):
    text = ("---\ntitle: Test Engineer\ncompany: Brightline\n---\n"
            "You will test our payment flows and unit test post-processing jobs.\n"
            "Experience with test automation [e.g. Playwright] is a plus.\n")
    assert problems(lint, text) == []


def test_example_contact_in_body_and_mailto_link_is_one_problem(lint):
    text = "Apply: [hr@example.org](mailto:hr@example.org)\n"
    got = problems(lint, text)
    assert [(p.code, p.column) for p in got] == [("JD204", 9)]
    assert got[0].message == 'Sample e-mail address "hr@example.org"; put the real contact address in'


def test_jekyll_posting_with_liquid_is_clean(lint):
    text = ("---\ntitle: Product Designer\npermalink: /join/{{ title | slugify }}.html\n---\n\n"
            "{% include job/status_alert.html %}\n\n**Job title:** {{ page.title }}\n\n"
            "{% comment %}\nDescribe the role here.\n{% endcomment %}\n"
            "We design services for the public. Read [our handbook](https://handbook.tts.dev).\n")
    assert problems(lint, text) == []


def test_config_dialects_allow_and_patterns(lint):
    text = "**Job title:** {{ page.title }}\n\nJoin [Company Name] as a DESIGNER_ROLE.\n"
    assert [p.code for p in problems(lint, text)] == ["JD201"]
    config = {"placeholders": {"dialects": [], "allow": ["[Company Name]"], "patterns": [r"\b[A-Z]+_ROLE\b"]}}
    got = [(p.line, p.message) for p in problems(lint, text, config=config)]
    assert got == [
        (1, 'Unfilled template slot "{{ page.title }}"; replace it with the real value'),
        (3, '"DESIGNER_ROLE" matches a placeholder pattern from placeholders.patterns'),
    ]


def test_severity_can_be_lowered_in_config(lint):
    got = problems(lint, "Salary: TBD\n", config={"severity": {"JD201": "warning"}})
    assert [p.severity for p in got] == ["warning"]


def test_inline_suppression_silences_one_line(lint):
    text = "<!-- jdlint-disable-next-line JD201 -->\nSalary: TBD\nLocation: TBA\n"
    assert [(p.code, p.line) for p in problems(lint, text)] == [("JD201", 3)]


def test_html_page_points_into_the_file(lint):
    text = ("<!DOCTYPE html>\n<html><body>\n<p><strong>Job announcement number:</strong>\n"
            "ENTER JOB ANNOUNCEMENT NUMBER</p>\n</body></html>\n")
    got = problems(lint, text, path="index.html")
    assert [(p.code, p.line, p.column) for p in got] == [("JD201", 4, 1)]
