"""Places in titles and text: only in a location context, with the right role."""

from __future__ import annotations

import pytest

from jdlint.readers import parse


def places(text: str, path: str = "job.md"):
    return parse(path, text).places


def summary(text: str, path: str = "job.md"):
    return [(p.source, p.role, p.country, p.region, p.city) for p in places(text, path)]


# -- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title,expected", [
    ("Senior Engineer - Berlin", [("title", "job", "DE", "DE-BE", "Berlin")]),
    ("Backend Engineer (Remote, US)", [("title", "limit", "US", None, None)]),
    ("Account Executive | Toronto, ON", [("title", "job", "CA", "CA-ON", "Toronto")]),
    ("Data Scientist – NYC", [("title", "job", "US", "US-NY", "New York City")]),
    ("Support Engineer (Remote, Canada)", [("title", "limit", "CA", None, None)]),
])
def test_places_in_titles(title, expected):
    assert summary(f"---\ntitle: {title}\n---\nBuild our product.\n") == expected


@pytest.mark.parametrize("title", [
    "iOS Engineer - Mobile",
    "Phoenix Developer",
    "Elixir Engineer - Phoenix",
    "Python Developer - HFT",
    "Java Developer (Perm)",
    "UX Engineer (m/f/d) (2 years)",
    "Designer to improve UI of ooniprobe on desktop and mobile",
    "Customer Data Scientist/Sales Engineer (Bay",
    "Sr. Data Scientist (ML)",
])
def test_titles_without_places(title):
    assert places(f"---\ntitle: {title}\n---\nBuild our product.\n") == []


# -- body contexts ---------------------------------------------------------------------------

@pytest.mark.parametrize("body,expected", [
    ("**Location:** Austin, TX\n", ("job", "US-TX", "Austin")),
    ("- **Location**: Remote\n- **Salary**: $100k\n\nYou will be based in our London office.\n",
     ("job", "GB-ENG", "London")),
    ("This role is based in our London Office, in the heart of the City.\n", ("job", "GB-ENG", "London")),
    ("This role is in New York City.\n", ("job", "US-NY", "New York City")),
    ("This job is based in Leamington Spa, Warwickshire.\n", ("job", "GB-ENG", None)),
    ("This role is on location in Cedar Rapids, Iowa. Hours are flexible.\n", ("job", "US-IA", "Cedar Rapids")),
    ("We offer relocation to Bristol, UK.\n", ("job", "GB-ENG", "Bristol")),
    ("This position will require work from our office at 253 Broadway, in Manhattan.\n",
     ("job", "US-NY", "Manhattan")),
    ("Wikimedia is a non-profit organisation based in Berlin, Germany.\n", ("office", "DE-BE", "Berlin")),
    ("Peerio is a Montreal-based company building encryption tools.\n", ("office", "CA-QC", "Montréal")),
    ("We have offices in Austin, TX.\n", ("office", "US-TX", "Austin")),
    ("Our team meets in Denver, CO twice a year.\n", ("office", "US-CO", "Denver")),
    ("You must reside in Canada.\n", ("limit", None, None)),
    ("This role is remote, US only.\n", ("limit", None, None)),
    ("This job is open to applicants residing anywhere within the United States.\n", ("limit", None, None)),
])
def test_body_location_contexts(body, expected):
    found = places(f"# Engineer\n\n{body}")
    assert [(p.role, p.region, p.city) for p in found][-1] == expected
    assert all(p.source == "body" for p in found)


def test_html_label_with_the_value_on_the_next_line():
    text = ("---\ntitle: Contract Specialist\n---\n<p><strong>Location:</strong>\nWashington, DC; Chicago, IL; "
            "Virtual (100% Remote)</p>\n")
    found = places(text, "job.html")
    assert [(p.role, p.city) for p in found] == [("job", "Washington"), ("job", "Chicago")]


def test_hacker_news_header_line():
    text = "Acme | Backend Engineer | Boston, MA | Full-time | ONSITE\n\nWe build robots.\n"
    assert summary(text, "post.txt") == [("body", "job", "US", "US-MA", "Boston")]


@pytest.mark.parametrize("body", [
    "Reading the docs is part of the job. We build Phoenix apps in Elixir and Java, and Mobile apps too.\n",
    "Salem, our CTO, built the first version.\n",
    "We are hiring in New Jersey soon.\n",
    "Help support our remote team in India with query resolution.\n",
    "You must be authorized to work in the United States.\n",
    "Candidates need to be entitled to work in the EU.\n",
    "Open to U.S. citizens or nationals (residents of American Samoa and Swains Island).\n",
    "You must be able to overlap with US Eastern hours.\n",
    "If you're not based in Seattle, you have experience working remotely.\n",
    "Occasional travel to our office in Bamako, Mali will be required.\n",
    "Many of our users live in Brazil and India.\n",
    "We build tools for teams in the Bay Area and beyond.\n",
])
def test_prose_without_places(body):
    assert places(f"# Engineer\n\n{body}") == []


def test_liquid_comments_are_not_read():
    text = ("---\ntitle: Director\n---\n{% comment ------------------ %}\nIf this position is not remote and the "
            "position location is only Washington, DC, update the range.\n{% endcomment ------------- %}\n"
            "**Location:** Anywhere in the U.S. (remote)\n")
    assert summary(text) == [("body", "limit", "US", None, None)]


def test_a_bare_city_takes_the_country_of_the_metadata():
    text = "---\ntitle: Analyst\nlocation: Birmingham, AL\n---\nLocation: Birmingham\n"
    assert {(p.country, p.region) for p in places(text)} == {("US", "US-AL")}


def test_ambiguous_city_alone_is_left_unresolved():
    assert places("---\ntitle: Analyst\nlocation: Cambridge\n---\nBuild models.\n") == []
    found = places("---\ntitle: Analyst\nlocation: Cambridge\ncountry: UK\n---\nBuild models.\n")
    assert ("GB", "GB-ENG") in {(p.country, p.region) for p in found}


def test_east_london_in_a_london_posting():
    text = "---\ntitle: CTO\nlocation: London, England\n---\nA team of six based in East London.\n"
    assert {p.country for p in places(text)} == {"GB"}


def test_place_and_country_without_a_comma():
    text = "Acme | Junior Engineer | Washington DC USA | Full-time | Onsite\n\nBuild apps.\n"
    assert summary(text, "post.txt") == [("body", "job", "US", "US-DC", "Washington")]


def test_a_group_of_countries_is_a_limit_in_a_header_and_an_office_in_prose():
    header = "Acme | Elixir Developer | North America | Remote | Full-Time\n\nBuild apps.\n"
    assert [(p.role, p.text) for p in places(header, "post.txt")] == [("limit", "North America")]
    prose = "# Analyst\n\nHeadquartered in NJ, USA, with branch offices in Asia Pacific.\n"
    assert {p.role for p in places(prose)} == {"office"}


def test_misspelt_city_does_not_drop_the_rest_of_a_header_segment():
    text = "Acme | Hoboken, NJ and Bangaluru, India | Full-time | ONSITE\n\nBuild apps.\n"
    assert {(p.country, p.region) for p in places(text, "post.txt")} >= {("US", "US-NJ"), ("IN", None)}
