"""The location-consistency rules JD401-JD404: contradictions they report, and what they leave alone."""

from __future__ import annotations

import pytest


def post(front: str, body: str) -> str:
    return f"---\n{front.strip()}\n---\n{body}"


def found(lint, text, code, path="posting.md"):
    return [p for p in lint(text, path, {}, select=[code]) if p.code == code]


# -- JD401 location-mismatch -------------------------------------------------------------------

def test_body_names_another_city(lint):
    text = post("title: Support Engineer\nlocation: London, UK",
                "You will help customers set up.\n\nThis role is based in our Manchester office.\n")
    [p] = found(lint, text, "JD401")
    assert p.line == 7 and "Manchester" in p.message and "London, UK" in p.message
    assert p.severity == "warning" and p.category == "location-consistency"
    [rel] = p.related
    assert rel.location.line == 3  # the front matter's location


def test_location_line_in_another_state(lint):
    text = post("title: Data Analyst\nlocation: Austin, TX", "**Location:** Denver, CO\n\nBuild dashboards.\n")
    [p] = found(lint, text, "JD401")
    assert "Denver" in p.message and "US-CO" in p.message


def test_role_located_in_another_country(lint):
    text = post("title: Backend Developer\nlocation: Berlin, Germany",
                "This position is located in Vienna, Austria. You will own our billing service.\n")
    assert len(found(lint, text, "JD401")) == 1


@pytest.mark.parametrize("front,body", [
    # the same place, said twice
    ("location: London, UK", "This role is based in our London office.\n"),
    # the company's other offices
    ("location: London, UK", "We also have offices in Berlin, Austin and Singapore.\n"),
    ("location: Austin, TX", "Acme is a San Francisco-based company founded in 2010.\n"),
    # alternatives: the text's line names the front matter's place
    ("location: San Francisco, CA", "Location: Boston, MA OR San Francisco, CA OR Portland, OR\n"),
    ("location: Cincinnati, OH", "This position will be located in Cincinnati, OH or Washington, DC.\n"),
    # the front matter lists several places, the text one of them
    ("location: Toronto, ON; Montreal, QC", "Location: Montreal, QC\n"),
    # one metro area across a state line
    ("location: Jersey City, NJ", "You will work from our New York office two days a week.\n"),
    # a city inside the front matter's region, a neighbourhood of the city
    ("location: Ontario", "This position is based in Toronto.\n"),
    ("location: New York, NY", "Location: Soho, Manhattan, NYC\n"),
    # a preferred place
    ("location: Austin, TX", "Location: Denver, CO preferred, Austin possible\n"),
    # travel and visits are not where the job is
    ("location: San Francisco, CA", "You will travel to our office in Chicago, IL once a quarter.\n"),
    # a remote front matter has no place to contradict
    ("location: Remote", "This role is based in our London office.\n"),
    # a short form of the front matter's name
    ("location: Newark on Trent, England", "We're looking for someone who can work from our offices in Newark.\n"),
])
def test_location_mismatch_leaves_alone(lint, front, body):
    assert found(lint, post(f"title: Engineer\n{front}", body), "JD401") == []


# -- JD402 remote-contradiction ----------------------------------------------------------------

@pytest.mark.parametrize("front,body", [
    ("remote: true", "This role requires you to be in the office 3 days a week.\n"),
    ("location: Remote", "You must be in the office every Monday for planning.\n"),
    ("jobLocationType: TELECOMMUTE", "Hybrid schedule: 2 days a week in our Austin office.\n"),
    ("location: Denver, CO", "This is a fully remote position. On-site presence is required on Tuesdays.\n"),
    ("location: Remote", "Please note this is not a remote position.\n"),
])
def test_remote_contradiction_finds(lint, front, body):
    [p] = found(lint, post(f"title: Account Manager\n{front}", body), "JD402")
    assert "fully remote" in p.message and p.related


def test_remote_contradiction_points_at_both(lint):
    text = "# Data Engineer\n\nThis is a fully remote position.\n\nYou must be in the office 3 days a week.\n"
    [p] = found(lint, text, "JD402")
    assert p.line == 5
    assert [r.location.line for r in p.related] == [3]


@pytest.mark.parametrize("front,body", [
    ("location: Remote", "Remote with occasional travel to our HQ in Austin for team weeks.\n"),
    ("location: Remote", "Full support for remote work: you get to visit our SF office every couple of months.\n"),
    ("location: Remote", "You will need to come to the office for onboarding.\n"),
    ("location: Remote", "You must be able to overlap with US Eastern hours.\n"),
    ("location: Austin, TX", "Hybrid: 2 days a week in the office, the rest from home.\n"),
    ("location: Los Angeles, CA - Remote possible", "Most of the team works in the office 3 days a week.\n"),
    ("location: Anywhere in the U.S. (remote)",
     "{% comment %}\nIf this position is not remote, update the salary range.\n{% endcomment %}\nLead the team.\n"),
    ("location: Remote", "If the position isn't remote, pay depends on the duty station.\n"),
])
def test_remote_contradiction_leaves_alone(lint, front, body):
    assert found(lint, post(f"title: Account Manager\n{front}", body), "JD402") == []


# -- JD403 region-limit-contradiction ----------------------------------------------------------

@pytest.mark.parametrize("front,body,where", [
    ("title: Support Engineer (Remote, US only)\nlocation: Toronto, ON", "Help our customers.\n", "Toronto"),
    ("title: Backend Developer\nlocation: London, UK", "This is a remote role open to candidates in the US only.\n",
     "London"),
    ("title: Designer\nlocation: Remote, North America", "**Location:** Berlin, Germany\n", "Berlin"),
    ("title: Analyst\nlocation: Berlin, Germany", "You must reside in Canada.\n", "Berlin"),
])
def test_region_limit_contradiction_finds(lint, front, body, where):
    [p] = found(lint, post(front, body), "JD403")
    assert where in p.message and p.related


@pytest.mark.parametrize("front,body", [
    ("title: Support Engineer (Remote, US only)\nlocation: New York, NY", "Help our customers.\n"),
    ("title: Backend Developer\nlocation: Remote (EU)", "Our HQ is in London, and we have offices in Boston.\n"),
    ("title: Data Engineer\nlocation: Remote, US", "You must overlap with UK business hours for two hours a day.\n"),
    ("title: Designer\nlocation: Remote (North America)", "Location: Toronto, ON\n"),
    ("title: Engineer\nlocation: London, UK / EU only", "Build our booking engine.\n"),
    ("title: Engineer\nlocation: Tel Aviv / Remote (Bay Area / NYC)", "Build our database.\n"),
    ("title: Engineer\nlocation: Remote (US)", "London preferred for the odd meetup; US only otherwise.\n"),
    ("title: Engineer\nlocation: Berlin, Germany", "Open to U.S. citizens (residents of American Samoa too).\n"),
])
def test_region_limit_contradiction_leaves_alone(lint, front, body):
    assert found(lint, post(front, body), "JD403") == []


# -- JD404 title-location-mismatch -------------------------------------------------------------

@pytest.mark.parametrize("front", [
    "title: Senior Engineer - Berlin\nlocation: Munich, Germany",
    "title: Account Executive (Remote, Canada)\nlocation: Remote, US",
    "title: Data Scientist - London\nlocation: Austin, TX",
])
def test_title_location_mismatch_finds(lint, front):
    [p] = found(lint, post(front, "Build our product.\n"), "JD404")
    assert p.line == 2 and [r.location.line for r in p.related] == [3]


@pytest.mark.parametrize("front", [
    "title: Senior Engineer - Berlin\nlocation: Berlin, Germany",
    "title: Product Designer - NYC\nlocation: Jersey City, NJ",
    "title: iOS Engineer - Mobile\nlocation: Austin, TX",
    "title: Analyst - Toronto\nlocation: Ontario, Canada",
    "title: Java Developer (Perm)\nlocation: Canary Wharf, London",
    "title: Engineer - Berlin\nlocation: Remote",
    "title: Engineer (Remote, US)\nlocation: New York, NY; Remote",
])
def test_title_location_mismatch_leaves_alone(lint, front):
    assert found(lint, post(front, "Build our product.\n"), "JD404") == []
