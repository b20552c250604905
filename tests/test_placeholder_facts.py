"""find_placeholders on real-looking postings: what is a leftover slot and what is not."""

from __future__ import annotations

import pytest

from jdlint.facts.placeholders import find_placeholders
from jdlint.readers import parse
from jdlint.settings import Placeholders, Settings


def found(text: str, path: str = "job.md", settings: Settings | None = None) -> list[tuple[str, str]]:
    posting = parse(path, text, settings)
    return [(p.kind, p.text) for p in find_placeholders(posting)]


def texts(text: str, **kw) -> list[str]:
    return [t for _, t in found(text, **kw)]


# -- things that are leftover placeholders --------------------------------------------

FIND = [
    # (posting text, expected placeholder text, expected kind)
    ("We are {{company}}, a logistics startup in Leeds.\n", "{{company}}", "template-slot"),
    ("Pay: {{ salary_range }} per year, plus equity.\n", "{{ salary_range }}", "template-slot"),
    ("This role is based in our <<city>> office three days a week.\n", "<<city>>", "template-slot"),
    ("[Company Name] builds payroll software for small shops.\n", "[Company Name]", "bracket-slot"),
    ("You write services in [your language, e.g. Go, Python] every day.\n",
     "[your language, e.g. Go, Python]", "bracket-slot"),
    ("At Brightline you will [what you do] with a team of six.\n", "[what you do]", "bracket-slot"),
    ("We need [X years] of experience with Kubernetes.\n", "[X years]", "bracket-slot"),
    ("The office is in [City, State], close to transit.\n", "[City, State]", "bracket-slot"),
    ("Questions? Write to [your email address].\n", "[your email address]", "bracket-slot"),
    ("Join {company} as our second designer.\n", "{company}", "template-slot"),
    ("Join ${company_name} as our second designer.\n", "${company_name}", "template-slot"),
    ("%COMPANY% is hiring a data engineer.\n", "%COMPANY%", "template-slot"),
    ("Relocation Available: [[relocation]]\nTravel: up to 25%\n", "[[relocation]]", "template-slot"),
    ("Please send your CV to <hiring manager name> by Friday.\n", "<hiring manager name>", "bracket-slot"),
    ("## About us\n\nINSERT COMPANY BOILERPLATE HERE\n", "INSERT COMPANY BOILERPLATE HERE", "instruction"),
    ("## About us\n\nInsert a short company description here.\n", "Insert a short company description here",
     "instruction"),
    ("**Job announcement number:**\nENTER JOB ANNOUNCEMENT NUMBER\n", "ENTER JOB ANNOUNCEMENT NUMBER",
     "instruction"),
    ("## Role summary\n\nDescribe the role here.\n", "Describe the role here.", "instruction"),
    ("# About Acme\n\nYour job description here\n", "Your job description here", "instruction"),
    ("Salary: TBD\n", "TBD", "stand-in"),
    ("Location: TBA\n", "TBA", "stand-in"),
    ("---\ntitle: Django developer\nurl: T.B.D.\n---\nWe build boats.\n", "T.B.D.", "stand-in"),
    ("Start date: XXX\n", "XXX", "stand-in"),
    ("Opening and closing period: tbd EDT to tbd EDT\n", "tbd", "stand-in"),
    ("We haven't picked the stack yet; the team will decide the stack, TBD.\n", "TBD", "stand-in"),
    ("TODO: add the benefits section\n", "TODO", "stand-in"),
    ("Benefits: FIXME\n", "FIXME", "stand-in"),
    ("The salary is $XX,XXX to $XX,XXX depending on level.\n", "$XX,XXX", "stand-in"),
    ("You have X+ years of backend experience.\n", "X+ years", "stand-in"),
    ("XXX Corp is a fast-growing retailer.\n", "XXX", "stand-in"),
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nWe build boats.\n",
     "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "lorem-ipsum"),
    ("# Test job\n\nHello world.\n", "Test job", "test-post"),
    ("We make maps.\n\nThis is a test posting, please ignore.\n", "This is a test posting", "test-post"),
    ("Apply at https://www.example.com/jobs/42 today.\n", "https://www.example.com/jobs/42", "example-domain"),
    ("Send your CV to jobs@company.com.\n", "jobs@company.com", "example-domain"),
    ("Questions? you@yourcompany.com\n", "you@yourcompany.com", "example-domain"),
    ("Contact hr@example.org for details.\n", "hr@example.org", "example-domain"),
    ("Register: https://www.eventbrite.com/...\n", "https://www.eventbrite.com/...", "dummy-link"),
    ("Apply: https://usajobs.gov/job/apply/whatever\n", "https://usajobs.gov/job/apply/whatever", "dummy-link"),
    ("### Responsibilities\n\n* Item 1\n\n* Item 2\n", "Item 1", "dummy-value"),
    ("Please also apply on the city portal (Job ID 000000).\n", "000000", "dummy-value"),
    ("Start date: MM/DD/YYYY\n", "MM/DD/YYYY", "dummy-value"),
]


@pytest.mark.parametrize("text,expected,kind", FIND, ids=[f[1][:30] for f in FIND])
def test_finds_leftover_placeholder(text, expected, kind):
    assert (kind, expected) in found(text)


FRONT_MATTER_FIND = [
    ("---\ntitle: Job Title\ncompany: Acme Robotics\n---\nWe build robots.\n", "Job Title", "dummy-value"),
    ('---\ntitle: "Hiring Org: Position title"\n---\nWe build robots.\n', "Hiring Org: Position title",
     "dummy-value"),
    ("---\ntitle: Designer\norganization: Organization Name\n---\nWe build robots.\n", "Organization Name",
     "dummy-value"),
    ("---\ntitle: Designer\ngithub: github-username\n---\nHi.\n", "github-username", "dummy-value"),
    ("---\ntitle: Designer\ncontributing_md: (optional)\n---\nHi.\n", "(optional)", "dummy-value"),
    ("---\ntitle: Designer\ndate_posted: yyyy-mm-dd\n---\nHi.\n", "yyyy-mm-dd", "dummy-value"),
    ("---\n_id: 00000000-0000-0000-0000-000000000000\ntitle: Designer\n---\nHi.\n",
     "00000000-0000-0000-0000-000000000000", "dummy-value"),
    ("---\ntitle: Designer\nsalary: TBD\n---\nHi.\n", "TBD", "stand-in"),
    ("---\ntitle: Designer at {{ company }}\n---\nHi.\n", "{{ company }}", "template-slot"),
    ("---\ntitle: Designer\nlocation: '[City, Country]'\n---\nHi.\n", "[City, Country]", "bracket-slot"),
    ("---\ntitle: Designer\ncontact:\n  email: test@example.com\n---\nHi.\n", "test@example.com",
     "example-domain"),
    ("---\ntitle: Designer\norg_url: http://organisation-website.com\n---\nHi.\n",
     "http://organisation-website.com", "example-domain"),
    ("---\ntitle: Test Job\ncompany: Brightline\n---\nWe build boats.\n", "Test Job", "test-post"),
    ("---\ntitle: Sample Job Advert\n---\nWe build boats.\n", "Sample Job Advert", "test-post"),
    ("---\ntitle: Engineer\ncompany: Test Co\n---\nWe build boats.\n", "Test Co", "test-post"),
]


@pytest.mark.parametrize("text,expected,kind", FRONT_MATTER_FIND, ids=[f[1][:30] for f in FRONT_MATTER_FIND])
def test_finds_placeholders_in_front_matter_values(text, expected, kind):
    assert (kind, expected) in found(text)


def test_front_matter_positions_point_at_the_value():
    text = "---\ntitle: Designer\nsalary: TBD\n---\nWe build boats.\n"
    posting = parse("job.md", text)
    [p] = find_placeholders(posting)
    assert text[p.start:p.end] == "TBD"
    assert posting.line_col(p.start) == (3, 9)


def test_body_positions_are_file_offsets():
    text = "---\ntitle: Designer\n---\n\nWe are {{company}}.\n"
    [p] = find_placeholders(parse("job.md", text))
    assert text[p.start:p.end] == "{{company}}"


def test_yaml_posting_prose_keys_are_scanned_once():
    text = "title: Designer\ndescription: |\n  Join [Company Name] today.\n"
    assert found(text, path="job.yaml") == [("bracket-slot", "[Company Name]")]


def test_json_ld_values_point_at_their_key():
    text = ('<!DOCTYPE html><html><head><script type="application/ld+json">'
            '{"@type": "JobPosting", "title": "Engineer", "hiringOrganization": "[Company Name]"}'
            '</script></head><body><p>We build boats.</p></body></html>\n')
    posting = parse("job.html", text)
    [p] = find_placeholders(posting)
    assert p.text == "[Company Name]" and text[p.start:p.end] == '"hiringOrganization"'


def test_html_visible_text_is_scanned_and_markup_is_not():
    text = ("<!DOCTYPE html><html><body><p><strong>Job announcement number:</strong>\n"
            "ENTER JOB ANNOUNCEMENT NUMBER</p><p data-x=\"[Company Name]\">Hi</p></body></html>\n")
    assert texts(text, path="job.html") == ["ENTER JOB ANNOUNCEMENT NUMBER"]


# -- things that are not ---------------------------------------------------------------

NOT_PLACEHOLDERS = [
    # template code meant to render
    "**Job title:** {{ page.title }}\n",
    "{% include apply.html %}\n\nWe build boats.\n",
    "Pay: {{ site.data.pay | first }}\n",
    "Salary: {{ .Params.salary }}\n",
    "{% if page.remote %}Remote OK{% endif %}\n",
    "{{ content }}\n",
    "Apply via {{ _('the form') }}.\n",
    "{{#benefits}}* {{.}}{{/benefits}}\n",
    "{{< apply-button >}}\n",
    "{% comment %}\nDescribe the role here. [Company Name] {{company}}\n{% endcomment %}\nWe build boats.\n",
    "Use `{{ company }}` in your Jinja templates.\n",
    "```\nhello = \"{{name}}\"\n```\n\nWe build boats.\n",
    # Markdown syntax
    "Read [our handbook](https://handbook.acme.dev) before applying.\n",
    "![Company Logo](logo.png)\n\nWe build boats.\n",
    "We ship weekly.[^1]\n\n[^1]: Except in August.\n",
    "- [ ] Portfolio\n- [x] CV\n",
    "See the [company name][about] page.\n\n[about]: https://acme.dev/about\n",
    "See the [Company Name] page.\n\n[Company Name]: https://acme.dev/about\n",
    # bracketed remarks in ordinary prose
    "Backend engineer [remote OK] in Lisbon.\n",
    "Portfolio [optional] and CV.\n",
    "We are hiring designers [2 positions].\n",
    "Interview: take-home test [1.5 hours], then a call [30 mins].\n",
    "Health cover [70% coverage for your family].\n",
    "[POSITION SUMMARY] The analyst drives cross-team projects.\n",
    "[Compensation]\n\n$90,000 to $110,000 a year.\n",
    "Senior engineers [Senior Levels] | Denver, CO\n",
    "Help desk duties [varies based on role].\n",
    "As one reviewer put it, \"this could be a game changer for [my] work.\"\n",
    "We omitted a bit of the quote: \"great team [...] great pay\".\n",
    "Experience with cloud platforms [e.g. AWS, GCP] is a plus.\n",
    "{Lightning Protocol Engineer}:\n\nYou will design routing.\n",
    # hidden addresses
    "Write to name [at] company [dot] com.\n",
    "Shoot me an email at com.gmail@{{username}}\n",
    "Contact me at robin (at) <company name> (dot) com\n",
    "Email jobs at <company name>.com\n",
    "Reach me at savraj@ [our domain] and mention HN.\n",
    "Contact lee [at] [ourdomain] if interested!\n",
    "Our privacy centers live at privacy.<company>.com.\n",
    "Email {first}.{last}@brightline.io\n",
    # the applicant fills these in, on purpose
    'Use "[Position] - [Your Name]" as the subject of your e-mail.\n',
    "Email us with the subject “<Role Name> application : HN”.\n",
    "Start your cover letter with \"Dear [Hiring Manager Name]\" so we know you read this.\n",
    '<span style="color:#000000">Apply now</span>\n',
    # dataset masking tokens
    "Email [email protected] to apply.\n",
    "Email <EMAIL> to apply.\n",
    "Contact [REDACTED] for details.\n",
    "Call *** *** to apply.\n",
    "Phone: (XXX) XXX-XXXX\n",
    # words that merely contain the letters
    "TBD Pharma is hiring a chemist.\n",
    "We practise trunk-based development (TBD) and ship daily.\n",
    "Sizes XXXL to XS in our merch store.\n",
    "You will build a todo list app in React.\n",
    "Build our TODO list app in React.\n",
    "We are not looking for \"X years in the job already\".\n",
    "Please use the date format YYYY-MM-DD in the form.\n",
    "Salary: £30,000 - £60,000, bonus 10% to 20%.\n",
    "Test Engineer, QA\n\nYou will test payment flows.\n",
    "This is an example of how we work: small teams.\n",
    "You will test post-processing pipelines.\n",
    "Do not apply if you need visa sponsorship.\n",
    "Phone: N/A\n",
    "Set %PATH% on Windows build agents.\n",
    "Bonus 5% to 10%.\n",
    "<strong>Apply</strong> <br> <div class=\"x\">now</div>\n",
    "Details and how to apply are here.\n",
    "Apply here.\n",
    "Your next adventure starts here.\n",
    "More details here: https://acme.dev/jobs\n",
    "Lorem is our designer's cat.\n",
    "We are a team of 100000 people.\n",
    "Contact us at jobs@acme.com or https://acme.com/careers\n",
]


@pytest.mark.parametrize("text", NOT_PLACEHOLDERS, ids=[t[:40] for t in NOT_PLACEHOLDERS])
def test_does_not_flag(text):
    assert found(text) == []


def test_front_matter_code_is_not_flagged():
    text = "---\ntitle: Designer\npermalink: /join/{{ title | slugify }}.html\nlayout: job\n---\nHi.\n"
    assert found(text) == []


def test_front_matter_comments_are_not_values():
    text = "---\n# You will see the text [ Name your file ...] in the editor.\ntitle: Designer\n---\nHi.\n"
    assert found(text) == []


def test_real_front_matter_values_pass():
    text = ("---\ntitle: Web Developer\ncompany: Filmhub\nlayout: job\nrole: web design\n"
            "organization: Wikimedia Germany e. V.\nstatus: searching\ncompensation: paid\n"
            "date_posted: 2016-10-13\n_id: e38e9be0-fd94-11e6-b6ff-e1c649c108df\ncontact: locks on github\n"
            "---\nWe build boats.\n")
    assert found(text) == []


# -- configuration -------------------------------------------------------------------------


def _settings(**kw) -> Settings:
    return Settings(placeholders=Placeholders(**kw))


def test_dialects_empty_makes_every_double_brace_a_slot():
    text = "**Job title:** {{ page.title }}\n"
    assert found(text, settings=_settings(dialects=())) == [("template-slot", "{{ page.title }}")]


def test_dialect_decides_what_is_code():
    text = "Salary: {{ .Params.salary }}\n"
    assert found(text, settings=_settings(dialects=("hugo",))) == []
    assert found(text, settings=_settings(dialects=("liquid",))) == [("template-slot", "{{ .Params.salary }}")]
    liquid = "Title: {{ page.title }}\n"
    assert found(liquid, settings=_settings(dialects=("liquid",))) == []


def test_allow_takes_exact_texts_and_regexes():
    text = "Join [Company Name] as {{role}}. Salary: TBD\n"
    kept = texts(text, settings=_settings(allow=("[Company Name]", r"\{\{\s*role\s*\}\}")))
    assert kept == ["TBD"]


def test_patterns_flag_extra_texts_in_body_and_front_matter():
    text = "---\ntitle: Designer ACME_TITLE\n---\nWe are ACME_CO, hiring now.\n"
    got = found(text, settings=_settings(patterns=(r"ACME_[A-Z]+",)))
    assert ("custom", "ACME_CO") in got and ("custom", "ACME_TITLE") in got


def test_one_finding_per_lorem_paragraph():
    text = "Lorem ipsum dolor sit amet.\nDolor sit amet again, consectetur adipiscing.\n\nReal text.\n"
    assert [k for k, _ in found(text)] == ["lorem-ipsum"]


def test_mailto_link_repeating_the_address_is_one_finding():
    text = "Apply: [jobs@example.com](mailto:jobs@example.com)\n"
    assert found(text) == [("example-domain", "jobs@example.com")]


# -- the fast paths find exactly what the full regexes find ------------------------------
# find_placeholders looks for most families only where a byte search says they can
# start (or behind a word they must contain); these cases sit at the edges of those
# shortcuts: white space beyond ASCII before a note, upper case in a link's path, an
# instruction after a tab, a "$" before stand-in X's, the blank front matter skipped.

FAST_PATH_CASES = [
    ("\xa0\xa0This is a test posting, please ignore.\n", [("test-post", "This is a test posting")]),
    ("---\ntitle: Designer\n---\n\n\n   This is a dummy posting.\n", [("test-post", "This is a dummy posting")]),
    ("We build boats.\n\nPlease ignore this job.\n", [("test-post", "Please ignore this job")]),
    ("Apply: https://careers.brightline.io/Apply/WhatEver\n",
     [("dummy-link", "https://careers.brightline.io/Apply/WhatEver")]),
    ("Apply: https://careers.brightline.io/jobs/42?ref=TBD\n", [("stand-in", "TBD")]),
    ("Learn more at www.brightline.io and http://brightline.io/about.\n", []),
    ("- Write a short bio here.\n", [("instruction", "Write a short bio here.")]),
    ("Company:\tYour company description goes here\n", [("instruction", "Your company description goes here")]),
    ("We list the details here at Brightline.\n", []),
    ("Budget: $ XX,XXX\n", [("stand-in", "$ XX,XXX")]),
    ("Pay: $XXXX per year\n", []),
    ("Refs: [1], [Company Name] and {{ company }}\n",
     [("bracket-slot", "[Company Name]"), ("template-slot", "{{ company }}")]),
    ("Lorem\tipsum dolor sit amet, consectetur adipiscing elit.\n",
     [("lorem-ipsum", "Lorem\tipsum dolor sit amet, consectetur adipiscing elit.")]),
]


@pytest.mark.parametrize("text,expected", FAST_PATH_CASES, ids=[c[0][:30] for c in FAST_PATH_CASES])
def test_fast_paths_find_what_the_regexes_find(text, expected):
    assert found(text) == expected
