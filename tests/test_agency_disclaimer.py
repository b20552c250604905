"""Agency disclaimers: what the finder takes for one, what it must not, and the
JD301/JD302 policy rules. Examples are written in the shapes seen in real
postings (Markdown boards, ATS HTML, Hacker News comments), not copied."""

from __future__ import annotations

import pytest

from jdlint.facts.agency import find_agency_disclaimer
from jdlint.readers import parse

_FM = "---\ntitle: Backend Engineer\nlocation: London, UK\n---\n"
_INTRO = ("We build payment tools for small shops. You will own our ledger service and work closely "
          "with the product team.\n\n")


def _find(body: str, path: str = "job.md", front: str = _FM):
    return find_agency_disclaimer(parse(path, front + body))


FINDS = [
    # (posting body, expected kind, text the statement must contain)
    (_INTRO + "## How to apply\n\nSend your CV to careers@example.com.\n\nNo agencies please.\n",
     "no-agencies", "No agencies please."),
    (_INTRO + "Recruiters need not apply.\n", "do-not-contact", "Recruiters need not apply."),
    (_INTRO + "We do not accept unsolicited resumes from search firms or recruitment agencies.\n",
     "refusal", "unsolicited resumes from search firms"),
    (_INTRO + "We're not open to working with external agencies for this role.\n", "refusal",
     "not open to working with external agencies"),
    (_INTRO + "Third-party recruiters: please do not contact us about this position.\n", "do-not-contact",
     "Third-party recruiters"),
    (_INTRO + "**Principals only.**\n", "principals-only", "Principals only."),
    (_INTRO + "Unsolicited CVs will be treated as direct applications and no fee will be paid.\n",
     "unsolicited", "Unsolicited CVs"),
    (_INTRO + "This role is not open to agency submissions.\n", "refusal", "not open to agency submissions"),
    (_INTRO + "* Remote within the EU\n* No phone calls or recruiters, please\n", "no-agencies",
     "No phone calls or recruiters, please"),
    (_INTRO + "To all recruitment agencies: Example Corp does not accept agency resumes.\n", "refusal",
     "To all recruitment agencies"),
    (_INTRO + "Any CV sent to us by an employment agency without a signed agreement becomes the property of "
              "Example Corp.\n", "no-fee", "becomes the property"),
    (_INTRO + "Candidates sent by staffing agencies will not be considered.\n", "not-accepted",
     "staffing agencies will not be considered"),
    (_INTRO + "Only agencies on our preferred supplier list may submit candidates.\n", "approved-only",
     "preferred supplier list"),
    (_INTRO + "Please email jobs@example.com (strictly no recruiters)\n", "no-agencies", "no recruiters"),
    (_INTRO + "Recruiters - please don't send us candidates for this role.\n", "do-not-contact",
     "please don't send"),
]


@pytest.mark.parametrize("body,kind,phrase", FINDS, ids=[f"{k}-{i}" for i, (_, k, _) in enumerate(FINDS)])
def test_finds_disclaimers(body, kind, phrase):
    found = _find(body)
    assert found is not None, body
    assert found.kind == kind
    assert phrase in found.text
    # The span is the sentence in the file: it holds the text, not the intro.
    text = (_FM + body)[found.start:found.end]
    assert phrase.split()[0] in text and "payment tools" not in text


def test_hacker_news_comment_without_punctuation():
    text = ("Example Labs | Senior Go Engineer | Berlin or REMOTE (EU) | Full-time\n\n"
            "We build observability tooling for factories. Stack: Go, Postgres, Kafka.\n"
            "Apply via jobs@example.dev No recruiters/agencies/outsourcing\n")
    found = find_agency_disclaimer(parse("comment.txt", text))
    assert found is not None and found.kind == "no-agencies"
    assert found.text.endswith("No recruiters/agencies/outsourcing")


def test_html_list_item():
    html = ("<html><body><h1>Data Engineer</h1><p>Build our pipelines.</p>"
            "<ul><li>Remote in the UK</li><li>No agencies please</li></ul></body></html>")
    posting = parse("job.html", html)
    found = find_agency_disclaimer(posting)
    assert found is not None
    assert found.text == "No agencies please"
    assert html[found.start:found.end] == "No agencies please"


def test_markdown_with_inline_html_and_entities():
    body = _INTRO + "<p>We&nbsp;do not accept resumes from headhunters.</p>\n"
    found = _find(body)
    assert found is not None and found.text == "We do not accept resumes from headhunters."


@pytest.mark.parametrize("path,text,kind", [
    ("vacature.md", "---\ntitle: Backend ontwikkelaar\n---\nWij zoeken een ervaren ontwikkelaar voor ons team in "
     "Utrecht. Je werkt aan onze betaalsoftware en je hebt ervaring met Python.\n\nAcquisitie naar aanleiding van "
     "deze vacature wordt niet op prijs gesteld.\n", "nl"),
    ("stelle.md", "---\ntitle: Backend-Entwickler (m/w/d)\n---\nWir suchen für unser Team in Köln eine "
     "Entwicklerin oder einen Entwickler. Du arbeitest mit uns an der Plattform und bist für die Qualität "
     "verantwortlich.\n\nBitte keine Anfragen von Personalvermittlern.\n", "de"),
    ("poste.md", "---\ntitle: Développeur backend\n---\nNous recherchons un développeur pour notre équipe à Lyon. "
     "Vous serez au cœur des sujets de paiement et vous travaillerez avec les équipes produit.\n\n"
     "Agences et cabinets de recrutement s'abstenir.\n", "fr"),
    ("oferta.md", "---\ntitle: Desarrollador backend\n---\nBuscamos una persona para nuestro equipo en Madrid. "
     "Trabajarás con los equipos de producto y tus tareas serán el diseño de los servicios.\n\n"
     "Abstenerse agencias de selección.\n", "es"),
])
def test_other_languages(path, text, kind):
    found = find_agency_disclaimer(parse(path, text))
    assert found is not None and found.kind == kind


NOT_DISCLAIMERS = [
    "We are a recruitment agency hiring for our client, a fast-growing fintech in Leeds. Send us your CV.\n",
    "You will work with government agency teams across the state on grant reporting.\n",
    "Coordinate with NYC agency staff on procurement and fiscal processes.\n",
    "The agency you will join builds brand campaigns for global clients.\n",
    "We are hiring technical recruiters to grow our talent team. Recruiters here own the full hiring cycle.\n",
    "No agency experience required; we will train you.\n",
    "We have no recruiters, so you will talk to the engineers directly.\n",
    "We sell furniture direct - no middlemen, no agents or importers and no high street stores.\n",
    "Our recruiters will never ask you for payment and do not contact candidates through messaging apps.\n",
    "We welcome unsolicited applications for future roles.\n",
    "Experience with third-party APIs. We do not use third-party trackers in our app.\n",
    "We are not a marketing agency: we build our own product.\n",
    "Manage relationships with preferred staffing agencies and track their fees.\n",
    "I'm an engineer here, not a recruiter, so ask me anything about the stack.\n",
]


@pytest.mark.parametrize("body", NOT_DISCLAIMERS)
def test_does_not_take_other_mentions_for_disclaimers(body):
    assert _find(_INTRO + body) is None


def test_no_keywords_no_work():
    assert _find("We make bread. Apply at the shop.\n") is None
    assert find_agency_disclaimer(parse("empty.md", "")) is None


def test_odd_case_letters_still_match():
    # re.IGNORECASE takes the long s for an "s"; the word screen in classify
    # must not skip the pattern because "ſtaffing".lower() has no "staffing".
    from jdlint.facts.agency import classify

    assert classify("No ſtaffing firms, please.") == "no-agencies"


def test_cue_longest_is_the_longest_cue():
    from re import _parser

    from jdlint.facts import agency

    assert agency._CUE_LONGEST == _parser.parse(agency._CUE.pattern).getwidth()[1]


@pytest.mark.parametrize("window", [3, 8, 12, 40])
def test_near_cue_is_a_window_search_per_anchor(monkeypatch, window):
    # Overlapping windows are searched once; the answer must be what one
    # search per anchor window gives, including cues cut off by a window's end.
    from jdlint.facts import agency

    monkeypatch.setattr(agency, "_WINDOW", window)
    low = ("xx no agencies x notable unsolicited nothing fees feesx n't please xx " * 3).lower()
    anchors = sorted({i for i in range(0, len(low), 3)} | {i for i in range(1, len(low), 7)})
    expected = [at for at in anchors if agency._CUE.search(low, max(0, at - window), at + window)]
    assert agency._near_cue(low, anchors) == expected


# -- rules -------------------------------------------------------------------------

_DISCLAIMER = _FM + _INTRO + "No recruiters or agencies, please.\n"
_PLAIN = _FM + _INTRO + "Apply at jobs@example.com.\n"


def _codes(problems, code):
    return [p for p in problems if p.code == code]


@pytest.mark.parametrize("policy,text,expected", [
    ("require", _PLAIN, 1),
    ("require", _DISCLAIMER, 0),
    ("ignore", _PLAIN, 0),
    ("forbid", _PLAIN, 0),
])
def test_jd301_only_under_require(lint, policy, text, expected):
    problems = lint(text, config={"policies": {"agency_disclaimer": policy}})
    found = _codes(problems, "JD301")
    assert len(found) == expected
    if found:
        assert found[0].severity == "error"
        assert "agency_disclaimer: require" in found[0].message


def test_jd301_leaves_empty_postings_to_jd005(lint):
    assert not _codes(lint("---\ntitle: x\n---\n", config={"policies": {"agency_disclaimer": "require"}}),
                      "JD301")


@pytest.mark.parametrize("policy,text,expected", [
    ("forbid", _DISCLAIMER, 1),
    ("forbid", _PLAIN, 0),
    ("forbid", _FM + "We are a recruitment agency hiring for our client.\n", 0),
    ("ignore", _DISCLAIMER, 0),
    ("require", _DISCLAIMER, 0),
])
def test_jd302_only_under_forbid(lint, policy, text, expected):
    problems = lint(text, config={"policies": {"agency_disclaimer": policy}})
    found = _codes(problems, "JD302")
    assert len(found) == expected
    if found:
        # Points at the disclaimer's own line.
        assert found[0].line == text.splitlines().index("No recruiters or agencies, please.") + 1
        assert "No recruiters or agencies, please." in found[0].message
