"""Reach: the jurisdictions a job can be performed in, as the pay-law rules ask for them."""

from __future__ import annotations

import pytest

from jdlint.readers import parse


def reach(text: str, path: str = "job.md"):
    return parse(path, text).reach


def at(location: str, body: str = "Build our product.\n"):
    return reach(f"---\ntitle: Engineer\nlocation: \"{location}\"\n---\n{body}")


@pytest.mark.parametrize("location,codes", [
    ("New York City", {"US", "US-NY", "US-NY-NYC"}),
    ("Brooklyn, NY", {"US", "US-NY", "US-NY-NYC"}),
    ("Jersey City, NJ", {"US", "US-NJ", "US-NJ-JC"}),
    ("White Plains, NY", {"US", "US-NY", "US-NY-WCH"}),
    ("Yonkers, NY", {"US", "US-NY", "US-NY-WCH"}),
    ("Westchester County, NY", {"US", "US-NY", "US-NY-WCH"}),
    ("Albany, NY", {"US", "US-NY", "US-NY-ALB"}),
    ("Ithaca, NY", {"US", "US-NY", "US-NY-ITH"}),
    ("Cleveland, OH", {"US", "US-OH", "US-OH-CLE"}),
    ("Columbus, Ohio", {"US", "US-OH", "US-OH-CMH"}),
    ("Toledo, OH", {"US", "US-OH", "US-OH-TOL"}),
    ("Cincinnati, OH", {"US", "US-OH", "US-OH-CIN"}),
    ("Toronto, ON", {"CA", "CA-ON"}),
    ("Vancouver, BC", {"CA", "CA-BC"}),
    ("Denver, Colorado", {"US", "US-CO"}),
    ("Berlin", {"DE", "DE-BE"}),
])
def test_onsite_places(location, codes):
    r = at(location)
    assert r.codes == codes
    assert not r.anywhere and not r.unknown and not r.whole_countries


def test_new_york_city_reaches_its_laws():
    r = at("New York, NY")
    assert r.reaches("US-NY-NYC") and r.reaches("US-NY") and r.reaches("US")
    assert not r.reaches("US-CO") and not r.reaches("US-NJ-JC")


def test_remote_in_a_country_reaches_every_state():
    r = at("Remote (US)")
    assert r.whole_countries == {"US"} and "US" in r.codes
    assert r.reaches("US-CO") and r.reaches("US-NY-NYC") and r.reaches("US-WA")
    assert not r.reaches("CA-ON") and not r.anywhere


def test_remote_in_canada_reaches_every_province():
    r = at("Remote, Canada")
    assert r.whole_countries == {"CA"}
    assert r.reaches("CA-BC") and r.reaches("CA-ON") and not r.reaches("US-CO")


def test_remote_with_no_limit_reaches_anywhere():
    r = at("Remote")
    assert r.anywhere and r.reaches("US-CO") and r.reaches("CA-BC")
    assert r.notes


def test_onsite_in_a_country_reaches_the_country_only():
    # An onsite job "in Germany" is at one site the posting does not name: no Land is reached.
    r = reach("---\ntitle: Engineer\ncountry: Germany\n---\nThis is an on-site role.\n")
    assert r.codes == {"DE"} and not r.whole_countries
    assert not r.reaches("DE-BY")
    r = at("USA")
    assert r.codes == {"US"} and not r.reaches("US-CO")


def test_remote_with_a_listed_place_takes_its_country():
    r = at("Los Angeles, California - Remote possible")
    assert r.whole_countries == {"US"} and r.reaches("US-CO") and "US-CA" in r.codes


def test_remote_limited_to_a_state():
    r = reach("# Engineer\n\nThis is a fully remote role; you must reside in Colorado.\n")
    assert r.codes == {"US", "US-CO"} and not r.whole_countries
    assert r.reaches("US-CO") and not r.reaches("US-CA")


def test_remote_limited_to_a_group_of_countries():
    r = at("Remote (EU)")
    assert {"DE", "FR", "PL"} <= r.whole_countries and "GB" not in r.whole_countries
    assert r.reaches("DE-BY")


def test_alternatives_all_count():
    r = at("Washington, DC; Chicago, IL; New York, NY")
    assert {"US-DC", "US-IL", "US-NY", "US-NY-NYC"} <= r.codes


def test_company_base_stands_in_when_no_workplace_is_named():
    r = reach("# Designer\n\nWikimedia Deutschland is a non-profit organisation based in Berlin, Germany.\n")
    assert r.codes == {"DE", "DE-BE"}
    assert any("company" in n for n in r.notes)


def test_nothing_known():
    r = reach("---\ntitle: Engineer\n---\nJoin our platform team.\n")
    assert r.unknown and not r.reaches("US-CO")


def test_onsite_with_no_place_is_unknown():
    r = reach("# Engineer\n\nThis is an on-site role.\n")
    assert r.unknown


def test_notes_explain_the_resolution():
    assert any("every subdivision of US" in n for n in at("Remote (US)").notes)
    assert any("US-NY-NYC" in n for n in at("New York, NY").notes)
