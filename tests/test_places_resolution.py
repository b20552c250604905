"""Place names resolved to ISO 3166 codes: metadata values, schema.org, split fields."""

from __future__ import annotations

import json

import pytest

from jdlint.readers import parse


def post(front: str, body: str = "Join our team and help us grow.\n") -> str:
    return f"---\n{front.strip()}\n---\n{body}"


def places(text: str, path: str = "job.md"):
    return parse(path, text).places


def one(text: str, path: str = "job.md"):
    found = places(text, path)
    assert len(found) == 1, found
    return found[0]


# (location value, country, region, city, role)
LOCATIONS = [
    ("New York City", "US", "US-NY", "New York City", "job"),
    ("New York, NY", "US", "US-NY", "New York City", "job"),
    ("NYC", "US", "US-NY", "New York City", "job"),
    ("250 Vesey St, New York City, New York, USA", "US", "US-NY", "New York City", "job"),
    ("Toronto, ON", "CA", "CA-ON", "Toronto", "job"),
    ("London, UK", "GB", "GB-ENG", "London", "job"),
    ("London", "GB", "GB-ENG", "London", "job"),
    ("London, Ontario", "CA", "CA-ON", "London", "job"),
    ("London (South west), England", "GB", "GB-ENG", "London", "job"),
    ("Portland, OR", "US", "US-OR", "Portland", "job"),
    ("Portland, ME", "US", "US-ME", "Portland", "job"),
    ("Berlin", "DE", "DE-BE", "Berlin", "job"),
    ("Austin, TX", "US", "US-TX", "Austin", "job"),
    ("Denver, Colorado", "US", "US-CO", "Denver", "job"),
    ("Frankfurt am Main, Germany", "DE", None, "Frankfurt am Main", "job"),
    ("Zürich", "CH", "CH-ZH", "Zürich", "job"),
    ("Montreal, QC", "CA", "CA-QC", "Montréal", "job"),
    ("Ontario", "CA", "CA-ON", None, "job"),
    ("Germany", "DE", None, None, "job"),
    ("USA", "US", None, None, "job"),
    ("Near Redruth, Cornwall, UK", "GB", "GB-ENG", "Redruth", "job"),
    ("Santa Clara, CA, USA", "US", "US-CA", "Santa Clara", "job"),
    ("Washington, DC", "US", "US-DC", "Washington", "job"),
    ("Charlotte, NC", "US", "US-NC", "Charlotte", "job"),
    ("Bay Area", "US", "US-CA", None, "job"),
    # A town missing from the gazetteer: its state still counts, and "MA" is not Morocco.
    ("Norwell, MA", "US", "US-MA", None, "job"),
    ("Storrs Mansfield, CT", "US", "US-CT", None, "job"),
    # A ZIP code after the state.
    ("820 Follin Lane, Vienna, VA 22180", "US", "US-VA", "Vienna", "job"),
    # A town too small for the gazetteer that shares its name with bigger cities elsewhere.
    ("Bedford, MA", "US", "US-MA", None, "job"),
    ("Remote (US)", "US", None, None, "limit"),
    ("Remote - US", "US", None, None, "limit"),
    ("US Remote", "US", None, None, "limit"),
    ("Remote, Canada", "CA", None, None, "limit"),
    ("Anywhere in the U.S. (remote)", "US", None, None, "limit"),
]


@pytest.mark.parametrize("value,country,region,city,role", LOCATIONS, ids=[v for v, *_ in LOCATIONS])
def test_location_values(value, country, region, city, role):
    p = one(post(f"title: Engineer\nlocation: \"{value}\""))
    assert (p.country, p.region, p.city, p.role, p.source) == (country, region, city, role, "metadata")


def test_the_span_points_at_the_value_in_the_file():
    text = post("title: Engineer\nlocation: Toronto, ON")
    p = one(text)
    assert text[p.start:p.end] == "Toronto, ON" == p.text


@pytest.mark.parametrize("value", ["Remote", "REMOTE", "Anywhere", "Worldwide", "Virtual (100% Remote)", "WFH"])
def test_remote_alone_names_no_place(value):
    assert places(post(f"title: Engineer\nlocation: {value}")) == []


@pytest.mark.parametrize("value", ["CA", "IN", "OK", "ME", "EST", "ET"])
def test_ambiguous_codes_alone_are_not_places(value):
    # "CA" is California or Canada, "IN" Indiana or India, "EST" Eastern time or Estonia.
    assert places(post(f"title: Engineer\nlocation: {value}")) == []


def test_a_list_of_places_gives_one_place_each():
    found = places(post('title: Engineer\nlocation: "Washington, DC; San Francisco, CA; Chicago, IL; New York, NY"'))
    assert [(p.city, p.region) for p in found] == [("Washington", "US-DC"), ("San Francisco", "US-CA"),
                                                  ("Chicago", "US-IL"), ("New York City", "US-NY")]


def test_remote_or_a_city():
    [p] = places(post("title: Engineer\nlocation: Remote or Berlin"))
    assert (p.city, p.role) == ("Berlin", "job")


def test_headquarters_next_to_remote_is_an_office():
    [p] = places(post("title: Engineer\nlocation: Remote - HQ is San Francisco, CA"))
    assert (p.city, p.role) == ("San Francisco", "office")


def test_a_country_in_a_list_of_cities_is_not_a_limit():
    found = places(post('title: Engineer\nlocation: "Tokyo, Singapore, Bangkok (remote possible)"'))
    assert {p.role for p in found} == {"job"}
    assert {p.country for p in found} == {"JP", "SG", "TH"}


@pytest.mark.parametrize("front,expected", [
    ("country: DE", ("DE", None)),
    ("country: Canada\nstate: ON", ("CA", "CA-ON")),
    ("city: Portland\nstate: OR\ncountry: US", ("US", "US-OR")),
    ("city: Cambridge\nstate: MA", ("US", "US-MA")),
    ("state: CA", ("US", "US-CA")),
])
def test_split_fields(front, expected):
    found = places(post(f"title: Engineer\n{front}"))
    assert found and (found[0].country, found[0].region) == expected


def test_nested_position_location():
    text = post("position:\n  title: Devops\n  company: Pear Deck\n  location: Iowa City, IA")
    p = one(text)
    assert (p.city, p.region) == ("Iowa City", "US-IA")
    assert text[p.start:p.end] == "Iowa City, IA"


def html(job: dict) -> str:
    return ('<!DOCTYPE html><html><head><script type="application/ld+json">' + json.dumps(job)
            + "</script></head><body><h1>Engineer</h1><p>Build our platform.</p></body></html>")


def test_schema_org_job_location_postal_address():
    job = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Engineer",
           "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver",
                                                         "addressRegion": "CO", "addressCountry": "US"}}}
    p = one(html(job), "job.html")
    assert (p.country, p.region, p.city, p.role) == ("US", "US-CO", "Denver", "job")


def test_schema_org_applicant_location_requirements():
    job = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Engineer",
           "jobLocationType": "TELECOMMUTE",
           "applicantLocationRequirements": [{"@type": "Country", "name": "USA"},
                                             {"@type": "Country", "name": "Canada"}]}
    found = places(html(job), "job.html")
    assert [(p.country, p.role) for p in found] == [("US", "limit"), ("CA", "limit")]


def test_schema_org_state_requirement():
    job = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Engineer",
           "jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "State", "name": "Colorado"}}
    p = one(html(job), "job.html")
    assert (p.country, p.region, p.role) == ("US", "US-CO", "limit")
