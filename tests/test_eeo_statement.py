"""EEO statements: detection, kinds, the grounds they cover, and the JD501-JD503
rules. Examples are written in the shapes of real postings, not copied."""

from __future__ import annotations

import pytest

from jdlint.facts.eeo import find_eeo_statement, grounds_in
from jdlint.facts.types import Reach
from jdlint.readers import parse
from jdlint.settings import Employer, Policies, RuleContext, Settings

_FM = "---\ntitle: Support Engineer\nlocation: Austin, TX\n---\n"
_INTRO = ("Help our customers get the most out of our scheduling software. You will answer tickets, "
          "write help articles and work with the product team.\n\n")

US_FULL = ("Acme is an equal opportunity employer. All qualified applicants will receive consideration for "
           "employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
           "national origin, disability, or protected veteran status.")

FINDS = [
    # (statement, kind, grounds it must cover)
    (US_FULL, "us-eeo", {"race", "color", "religion", "sex", "sexual_orientation", "gender_identity",
                         "national_origin", "disability", "veteran"}),
    ("EOE", "us-eeo", set()),
    ("Acme is an Equal Opportunity Employer.", "us-eeo", set()),
    ("Equal Opportunity Employer/Protected Veterans/Individuals with Disabilities", "us-eeo",
     {"veteran", "disability"}),
    ("Acme is an Equal Opportunity/Affirmative Action Employer - M/F/D/V.", "us-eeo", set()),
    ("We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, "
     "age, marital status, veteran status, or disability status.", "us-eeo",
     {"race", "religion", "color", "national_origin", "sex", "sexual_orientation", "age", "marital_status",
      "veteran", "disability"}),
    ("Acme is an equal opportunity employer.\nMinority/Female/Disability/Veteran", "us-eeo",
     {"race", "sex", "disability", "veteran"}),
    ("We welcome applications from women, Indigenous peoples, persons with disabilities and members of visible "
     "minorities.", "ca-employment-equity", {"sex", "indigenous", "disability", "race"}),
    ("Women, Indigenous peoples and persons with disabilities are encouraged to apply.", "ca-employment-equity",
     {"sex", "indigenous", "disability"}),
    ("Accommodations are available on request for candidates taking part in all aspects of the selection "
     "process, in line with the AODA.", "ca-accommodation", {"disability"}),
    ("We are committed to equality of opportunity and welcome applications regardless of age, disability, gender "
     "reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and "
     "sexual orientation.", "uk-equal-opportunities",
     {"age", "disability", "gender_identity", "marital_status", "pregnancy", "race", "religion", "sex",
      "sexual_orientation"}),
    ("We are an equal opportunities employer.", "uk-equal-opportunities", set()),
    ("We welcome applications from everyone regardless of age, gender, ethnicity, faith or disability.",
     "generic", {"age", "sex", "ethnicity", "religion", "disability"}),
    ("We do not discriminate based on any legally protected characteristic.", "generic", set()),
]


def _statement(body: str, front: str = _FM, path: str = "job.md"):
    return find_eeo_statement(parse(path, front + body))


@pytest.mark.parametrize("statement,kind,covers", FINDS, ids=[f"{k}-{i}" for i, (_, k, _) in enumerate(FINDS)])
def test_finds_statements(statement, kind, covers):
    text = _FM + _INTRO + statement + "\n"
    found = find_eeo_statement(parse("job.md", text))
    assert found is not None, statement
    assert found.kind == kind
    assert covers <= found.covers, sorted(covers - found.covers)
    assert text[found.start:found.end].split()[0] == statement.split()[0]
    assert "scheduling software" not in found.text


def test_letters_are_not_grounds():
    found = _statement(_INTRO + "EOE/AA/M/F/D/V\n")
    assert found is not None and not ({"disability", "veteran"} & found.covers)


@pytest.mark.parametrize("path,text,kind,covers", [
    ("poste.md", "---\ntitle: Analyste\n---\nNous recherchons une personne pour notre équipe à Montréal. Vous "
     "travaillerez avec les équipes produit.\n\nNous sommes un employeur qui souscrit au principe de l'équité en "
     "matière d'emploi.\n", "ca-employment-equity", set()),
    ("poste.md", "---\ntitle: Analyste\n---\nNous recherchons une personne pour notre équipe à Lyon. Vous "
     "travaillerez avec les équipes produit.\n\nAcme s'engage pour l'égalité des chances et étudie toutes les "
     "candidatures sans distinction d'origine, de sexe ou d'âge.\n", "fr", {"sex", "age"}),
    ("stelle.md", "---\ntitle: Entwickler (m/w/d)\n---\nWir suchen für unser Team in Köln eine Entwicklerin oder "
     "einen Entwickler. Du arbeitest mit uns an der Plattform.\n\nWir begrüßen Bewerbungen unabhängig von "
     "Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller "
     "Identität.\n", "de", {"sex", "national_origin", "ethnicity", "social_origin", "religion", "disability",
                            "age", "sexual_orientation"}),
    ("oferta.md", "---\ntitle: Analista\n---\nBuscamos una persona para nuestro equipo en Madrid. Trabajarás con "
     "los equipos de producto.\n\nSomos una empresa comprometida con la igualdad de oportunidades.\n", "es", set()),
    ("vacature.md", "---\ntitle: Analist\n---\nWij zoeken een collega voor ons team in Utrecht. Je werkt met de "
     "productteams.\n\nWij bieden gelijke kansen aan iedereen, ongeacht leeftijd, geslacht of afkomst.\n", "nl",
     {"age", "sex", "national_origin"}),
])
def test_other_languages_and_traditions(path, text, kind, covers):
    found = find_eeo_statement(parse(path, text))
    assert found is not None
    assert found.kind == kind
    assert covers <= found.covers


def test_statement_block_spans_adjacent_sentences():
    found = _statement(_INTRO + US_FULL + "\n")
    assert found.text == US_FULL


def test_covers_union_of_separate_statements():
    body = _INTRO + "Acme is an equal opportunity employer.\n\n" + "Lorem ipsum dolor sit amet. " * 20 + \
        "\n\nWe consider applicants without regard to disability or protected veteran status.\n"
    found = _statement(body)
    assert {"disability", "veteran"} <= found.covers
    # The block shown is the one naming the most grounds.
    assert found.text.startswith("We consider applicants")


def test_html_entities_and_markup():
    html = ("<html><body><h1>Support Engineer</h1><p>Help customers.</p>"
            "<p>We are an&nbsp;<strong>equal opportunity</strong>&nbsp;employer.</p></body></html>")
    found = find_eeo_statement(parse("job.html", html))
    assert found is not None and found.text == "We are an equal opportunity employer."


NOT_STATEMENTS = [
    "We love diversity!",
    "We value diverse perspectives and build diverse teams.",
    "We are building a diverse, inclusive team where everyone belongs.",
    "- Ensure Equal Employment Opportunity (EEO) regulations are followed throughout hiring and selection.",
    "- Drive recruitment and ensure equal opportunity in recruitment, selection and training.",
    "Commitment to the mission of advancing greater equality and opportunity.",
    "Regardless of skill level, we will mentor you.",
    "As a US employer we verify that all employees, regardless of citizenship or national origin, are eligible "
    "to work in the United States.",
    "If you need a reasonable accommodation during the hiring process, email jobs@example.com.",
    "Our product lets anyone trade regardless of geographic, regulatory or logistical boundaries.",
    "The contractor will not discharge or in any other manner discriminate against employees or applicants "
    "because they have inquired about their pay.",
    "Equal pay for equal work is something we care about.",
    # Grounds named, but about how staff feel, not about hiring.
    "We foster a workforce where all employees, regardless of race, ethnicity or gender, feel valued and included.",
]


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_values_and_duties_are_not_statements(sentence):
    assert _statement(_INTRO + sentence + "\n") is None


def test_gender_marker_in_german_title_is_not_a_statement():
    text = "---\ntitle: UX Designer (m/w/d)\n---\nWir suchen Verstärkung für unser Team in Hamburg.\n"
    assert find_eeo_statement(parse("stelle.md", text)) is None


@pytest.mark.parametrize("text,expected", [
    ("regardless of social origin", {"social_origin"}),
    ("gender identity or expression", {"gender_identity"}),
    ("sex, gender, women", {"sex"}),
    ("physical or mental disability", {"disability"}),
    ("status as a protected veteran", {"veteran"}),
    ("the race to ship", {"race"}),  # grounds are only read inside EEO sentences
    ("team lead, vetted suppliers", set()),
])
def test_grounds(text, expected):
    assert grounds_in(text) == expected


# -- rules -------------------------------------------------------------------------

def _codes(problems, code):
    return [p for p in problems if p.code == code]


_PLAIN = _FM + _INTRO
_CONTRACTOR = {"employer": {"federal_contractor": True}}


def test_jd501_recommends_by_default(lint):
    found = _codes(lint(_PLAIN), "JD501")
    assert len(found) == 1 and found[0].severity == "warning"
    assert "No equal-opportunity statement" in found[0].message
    assert "veteran status" in found[0].message  # a US job gets US wording
    assert found[0].line == 2  # the title


@pytest.mark.parametrize("text", [
    _PLAIN + "Acme is an equal opportunity employer.\n",
    "---\ntitle: Logo for our OSS project\ncompensation: gratis\n---\nDesign a logo for our CLI tool.\n",
    "---\ntitle: Volunteer translator\n---\nHelp translate our docs into Spanish.\n",
    "---\ntitle: x\n---\n",
])
def test_jd501_quiet(lint, text):
    assert not _codes(lint(text), "JD501")


def test_jd501_off_under_ignore_and_require(lint):
    assert not _codes(lint(_PLAIN, config={"policies": {"eeo_statement": "ignore"}}), "JD501")
    problems = lint(_PLAIN, config={"policies": {"eeo_statement": "require"}})
    assert not _codes(problems, "JD501")
    jd503 = _codes(problems, "JD503")
    assert len(jd503) == 1 and jd503[0].severity == "error"


def test_jd501_suggests_local_wording(lint):
    uk = "---\ntitle: Engineer\nlocation: Leeds, UK\n---\nBuild our booking platform.\n"
    assert "equal opportunities employer" in _codes(lint(uk), "JD501")[0].message
    fr = ("---\ntitle: Analyste\n---\nNous recherchons une personne pour notre équipe. Vous travaillerez avec "
          "les équipes produit et vous serez au cœur de nos sujets.\n")
    assert "égalité des chances" in _codes(lint(fr), "JD501")[0].message


def test_federal_contractor_us_job_moves_to_jd502(lint):
    problems = lint(_PLAIN, config=_CONTRACTOR)
    assert not _codes(problems, "JD501")
    jd502 = _codes(problems, "JD502")
    assert len(jd502) == 1 and "41 CFR 60-741.5(a)" in jd502[0].message


@pytest.mark.parametrize("statement,flagged,says", [
    ("EOE", True, "disability or protected veteran status"),
    ("Acme is an Equal Opportunity Employer - M/F/D/V.", True, "'D' and 'V' alone are not enough"),
    ("All qualified applicants will receive consideration for employment without regard to race, color, religion, "
     "sex or disability.", True, "does not mention protected veteran status"),
    (US_FULL, False, ""),
    ("EOE, including disability/vets.", False, ""),
    ("Acme is an Equal Opportunity Employer. EOE/AA/M/F/Vet/Disability", False, ""),
    ("Equal Opportunity Employer/Protected Veterans/Individuals with Disabilities", False, ""),
])
def test_jd502_taglines(lint, statement, flagged, says):
    text = _PLAIN + statement + "\n"
    found = _codes(lint(text, config=_CONTRACTOR), "JD502")
    assert bool(found) == flagged
    if flagged:
        assert says in found[0].message
        assert found[0].line == text.count("\n")  # on the statement's line


def test_jd502_only_for_contractors(lint):
    assert not _codes(lint(_PLAIN + "EOE\n"), "JD502")


def _ctx(**employer) -> RuleContext:
    return RuleContext(Settings(employer=Employer(**employer), policies=Policies()))


def _with_reach(text: str, reach: Reach):
    posting = parse("job.md", text)
    posting.__dict__["reach"] = reach  # the rule's logic, independent of the place resolver
    return posting


def test_jd502_leaves_non_us_jobs_alone():
    from jdlint.rules import federal_contractor_eeo_incomplete as jd502

    posting = _with_reach("---\ntitle: Engineer\n---\nBuild things.\n\nEOE\n", Reach(codes=frozenset({"GB"})))
    assert list(jd502.check(posting, _ctx(federal_contractor=True))) == []
    us = _with_reach("---\ntitle: Engineer\n---\nBuild things.\n\nEOE\n", Reach(codes=frozenset({"US", "US-TX"})))
    assert len(list(jd502.check(us, _ctx(federal_contractor=True)))) == 1


def test_jd502_says_when_it_assumed_a_us_job():
    from jdlint.rules import federal_contractor_eeo_incomplete as jd502

    posting = _with_reach("---\ntitle: Engineer\n---\nBuild things.\n", Reach(unknown=True))
    (finding,) = jd502.check(posting, _ctx(federal_contractor=True))
    assert "taken as a US one" in finding.message


def test_remote_anywhere_counts_as_us():
    from jdlint.rules import federal_contractor_eeo_incomplete as jd502

    posting = _with_reach("---\ntitle: Engineer\n---\nBuild things.\n\nEOE\n", Reach(anywhere=True))
    assert len(list(jd502.check(posting, _ctx(federal_contractor=True)))) == 1
