"""Work arrangement: remote, hybrid, onsite or unspecified, with the evidence kept."""

from __future__ import annotations

import json

import pytest

from jdlint.readers import parse


def arrangement(text: str, path: str = "job.md"):
    return parse(path, text).work_arrangement


def value(text: str, path: str = "job.md") -> str:
    return arrangement(text, path).value


BODY = [
    # remote
    ("This is a fully remote position.", "remote"),
    ("We are a remote-first company with people in 12 countries.", "remote"),
    ("Be one of our first employees at a 100% remote startup.", "remote"),
    ("Appsmith is a fully distributed and remote team.", "remote"),
    ("You can work from anywhere.", "remote"),
    ("Remote applicants will be considered.", "remote"),
    ("Remote is an option for senior candidates.", "remote"),
    ("We are open to remote candidates who can work in the CET time zone.", "remote"),
    ("Join our team in Berlin, with the option to work remotely.", "remote"),
    ("If you want to work from home, that's fine too.", "remote"),
    # hybrid
    ("This is a hybrid role: 2 days a week in the office.", "hybrid"),
    ("Hybrid (3 days in office) at our Austin office.", "hybrid"),
    ("We usually work from home on Fridays.", "hybrid"),
    ("Some remote working is possible, and some on-call evenings are required.", "hybrid"),
    ("Limited telecommuting. This is primarily an office-based team.", "hybrid"),
    # onsite
    ("This is an on-site role at our plant.", "onsite"),
    ("Please note that NYC employees are no longer working remotely. This position will require work from our "
     "office at 253 Broadway.", "onsite"),
    ("This is not a remote position.", "onsite"),
    ("No telecommuting.", "onsite"),
    # nothing said about the arrangement
    ("We build remote sensing tools and remote control software.", "unspecified"),
    ("Our product helps remote teams ship faster.", "unspecified"),
    ("The process ends with a remote design interview.", "unspecified"),
    ("You will work with remote engineering teams in three countries.", "unspecified"),
    ("We support colleagues who work in many places.", "unspecified"),
    ("If the position isn't remote, pay is set by the duty station.", "unspecified"),
    ("Come to our on-site interview day.", "unspecified"),
    ("Our remoteStorage protocol keeps data with its owner.", "unspecified"),
]


@pytest.mark.parametrize("body,expected", BODY, ids=[b[:40] for b, _ in BODY])
def test_body_phrases(body, expected):
    assert value(f"# Engineer\n\n{body}\n") == expected


@pytest.mark.parametrize("front,expected", [
    ("remote: true", "remote"),
    ("remote: false", "onsite"),
    ("workplace_type: hybrid", "hybrid"),
    ("workplace_type: On-site", "onsite"),
    ("work_arrangement: Fully remote", "remote"),
    ("location: Remote", "remote"),
    ("location: Remote (US)", "remote"),
    ("location: Los Angeles, California - Remote possible", "remote"),
    ("location: Amsterdam, Netherlands / Remote", "remote"),
    ("location: Austin, TX", "unspecified"),
    ("location: Hybrid - Austin, TX", "hybrid"),
])
def test_metadata(front, expected):
    assert value(f"---\ntitle: Engineer\n{front}\n---\nBuild things.\n") == expected


def test_the_field_wins_over_the_text():
    text = "---\ntitle: Engineer\nworkplace_type: hybrid\n---\nYou can work remotely on Fridays.\n"
    assert value(text) == "hybrid"


def test_title():
    assert value("---\ntitle: Support Engineer (Remote, Canada)\n---\nHelp customers.\n") == "remote"
    assert value("---\ntitle: Hybrid Mobile Developer\n---\nBuild apps.\n") == "unspecified"


def test_telecommute_in_schema_org():
    job = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Engineer",
           "jobLocationType": "TELECOMMUTE"}
    page = ('<!DOCTYPE html><html><head><script type="application/ld+json">' + json.dumps(job)
            + "</script></head><body><p>Build our platform.</p></body></html>")
    assert value(page, "job.html") == "remote"


def test_label_line():
    assert value("# Engineer\n\n- **Location**: Remote\n") == "remote"
    assert value("# Engineer\n\n<p><strong>Location:</strong>\nVirtual (100% Remote)</p>\n") == "remote"


def test_evidence_points_at_the_words():
    text = "# Engineer\n\nThis is a fully remote position.\n"
    wa = arrangement(text)
    [e] = wa.evidence
    assert (e.says, text[e.start:e.end]) == ("remote", "fully remote")


def test_liquid_comment_is_not_evidence():
    text = ("---\ntitle: Director\n---\n{% comment %}\nIf this position is not remote, set the range.\n"
            "{% endcomment %}\nYou will lead the team.\n")
    assert value(text) == "unspecified"


@pytest.mark.parametrize("first_line,expected", [
    ("Acme | Backend Engineer | Boston, MA | Full-time | ONSITE", "onsite"),
    ("Acme | Data Engineer | REMOTE | Full-time", "remote"),
    ("London, UK - Acme - https://acme.example/ - Full time - Onsite Only", "onsite"),
    ("Acme | SF, Toronto, London | Full-time, On Site", "onsite"),
    ("Acme | Los Angeles, CA | Engineer | REMOTE OK | Fulltime", "remote"),
    ("Acme | Prague | Full-time | On-site", "onsite"),
])
def test_hacker_news_header(first_line, expected):
    assert value(f"{first_line}\n\nWe build things. Talk to our onsite recruiters.\n", "post.txt") == expected


def test_onsite_amenities_are_not_evidence():
    assert value("# Engineer\n\nWe have an onsite gym and onsite recruiters.\n") == "unspecified"


def test_front_matter_that_is_not_valid_yaml():
    text = "---\ntitle: Analyst\nlocation: Anywhere in the U.S. (remote)\ncontact:\n    name: Kim\n  bad: [\n---\nBody.\n"
    p = parse("job.md", text)
    assert p.issues and p.work_arrangement.value == "remote"
    assert p.reach.whole_countries == {"US"}
