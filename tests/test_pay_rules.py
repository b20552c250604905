"""The pay-transparency rules (JD101-JD109, JD111, JD112) on real-looking postings: what they flag and leave alone."""

from __future__ import annotations

import pytest

from jdlint import laws

NOTE = laws.HEADCOUNT_NOTE


def post(front: str, body: str = "Join our team and help us grow.\n") -> str:
    return f"---\n{front.strip()}\n---\n{body}"


def found(lint, text, code, config=None, path="posting.md"):
    return [p for p in lint(text, path, config or {}) if p.code == code]


# -- JD101 pay-range-missing ---------------------------------------------------------------------

DENVER = post("title: Data Analyst\nlocation: Denver, CO", "We are hiring a data analyst for our growth team.\n")


def test_missing_pay_names_the_law_and_points_at_the_title(lint):
    [p] = found(lint, DENVER, "JD101")
    assert p.severity == "error" and p.category == "pay-transparency"
    assert p.line == 2  # the title line
    assert "Colorado (C.R.S. § 8-5-201)" in p.message and "minimum and maximum" in p.message
    assert p.message.count(NOTE) == 1


def test_known_headcount_drops_the_note(lint):
    [p] = found(lint, DENVER, "JD101", {"employer": {"headcount": 50}})
    assert NOTE not in p.message


def test_one_finding_lists_every_law(lint):
    text = post("title: Support Engineer\nlocation: Remote (US)", "Help our customers. Apply on our site.\n")
    [p] = found(lint, text, "JD101")
    for name in ("Colorado", "California", "Washington", "New York State", "New York City", "Illinois", "Maryland"):
        assert name in p.message
    assert "Ontario" not in p.message and "British Columbia" not in p.message
    assert p.message.count(NOTE) == 1
    assert "the job is remote" in p.message


def test_city_and_state_laws_both_named(lint):
    text = post("title: Barista\nlocation: Brooklyn, NY", "Make coffee in our Williamsburg cafe.\n")
    [p] = found(lint, text, "JD101", {"employer": {"headcount": 30}})
    assert "New York State (N.Y. Lab. Law § 194-b)" in p.message
    assert "New York City (N.Y.C. Admin. Code § 8-107(32))" in p.message


def test_unusable_pay_value_is_pointed_at(lint):
    text = post("title: Analyst\nlocation: Seattle, WA\nsalary: Competitive")
    [p] = found(lint, text, "JD101", {"employer": {"headcount": 100}})
    assert p.line == 4 and "'salary: Competitive' is not a pay figure" in p.message


def test_grade_without_amounts_is_not_enough(lint):
    text = post("title: Policy Analyst\nlocation: Baltimore, MD\npay_grade: Band 4")
    [p] = found(lint, text, "JD101")
    assert "Pay grade 'Band 4' gives no amounts" in p.message and "Maryland" in p.message


@pytest.mark.parametrize("as_of,flagged", [("2025-12-31", False), ("2026-01-02", True)])
def test_ontario_from_2026(lint, as_of, flagged):
    text = post("title: Warehouse Associate\nlocation: Toronto, ON", "Pick and pack orders on day shifts.\n")
    hits = found(lint, text, "JD101", {"as_of": as_of, "employer": {"headcount": 40}})
    assert bool(hits) is flagged
    if flagged:
        assert "unless the expected pay is above $200,000" in hits[0].message


@pytest.mark.parametrize("as_of,flagged", [("2027-09-25", False), ("2027-09-26", True)])
def test_delaware_from_2027(lint, as_of, flagged):
    text = post("title: Lab Technician\nlocation: Wilmington, DE", "Run assays in our lab.\n")
    assert bool(found(lint, text, "JD101", {"as_of": as_of, "employer": {"headcount": 30}})) is flagged


@pytest.mark.parametrize("headcount,flagged", [(14, False), (15, True)])
def test_illinois_threshold(lint, headcount, flagged):
    text = post("title: Line Cook\nlocation: Chicago, IL", "Prep and cook for dinner service.\n")
    assert bool(found(lint, text, "JD101", {"employer": {"headcount": headcount}})) is flagged


def test_per_jurisdiction_headcount(lint):
    text = post("title: Analyst\nlocation: Minneapolis, MN", "Analyse sales data.\n")
    cfg = {"employer": {"headcount": 500, "headcount_by_jurisdiction": {"US-MN": 12}}}
    assert not found(lint, text, "JD101", cfg)
    cfg["employer"]["headcount_by_jurisdiction"]["US-MN"] = 30
    assert found(lint, text, "JD101", cfg)


@pytest.mark.parametrize("as_of,flagged", [("2025-07-01", True), ("2025-08-01", False)])
def test_washington_single_figure_before_amendment(lint, as_of, flagged):
    text = post("title: Cashier\nlocation: Spokane, WA\nsalary: $21 per hour")
    hits = found(lint, text, "JD101", {"as_of": as_of, "employer": {"headcount": 100}})
    assert bool(hits) is flagged
    if flagged:
        assert "single figure" in hits[0].message


@pytest.mark.parametrize("text", [
    # Pay given.
    post("title: Data Analyst\nlocation: Denver, CO\nsalary: $68,000 - $82,000 per year"),
    post("title: Data Analyst\nlocation: Denver, CO", "Pay: $32-$38 per hour, plus benefits.\n"),
    # Only "on request" laws (Connecticut, Nevada) or none at all.
    post("title: Barista\nlocation: Hartford, CT", "Make great coffee.\n"),
    post("title: Dealer\nlocation: Las Vegas, NV", "Deal cards.\n"),
    post("title: Welder\nlocation: Houston, TX", "Weld.\n"),
    post("title: Developer\nlocation: Berlin, Germany", "Write code.\n"),
    # Commission-only statement satisfies New York State.
    post("title: Sales Representative\nlocation: Syracuse, NY", "This is a commission-only position.\n"),
    # Closed postings, volunteers and federal jobs owe these laws nothing.
    post("title: Data Analyst\nlocation: Denver, CO\nstatus: closed"),
    post("title: Data Analyst\nlocation: Denver, CO\nvalidThrough: 2025-03-01"),
    post("title: Volunteer Designer\nlocation: Denver, CO", "Help our open-source project.\n"),
    post("title: Illustrator (volunteer)\nlocation: Denver, CO", "Draw for our open-source game.\n"),
    post("title: Tutor\nlocation: Denver, CO", "This is an unpaid position.\n"),
    post("title: Designer\nlocation: Denver, CO\ncompensation: gratis"),
    post("title: IT Specialist\nlocation: Denver, CO\ngs: 13", "Apply on USAJOBS.\n"),
])
def test_pay_missing_not_flagged(lint, text):
    assert not found(lint, text, "JD101", {"as_of": "2026-11-22"})


@pytest.mark.parametrize("text", [
    post("title: Volunteer Coordinator\nlocation: Denver, CO", "Recruit people for volunteer opportunities.\n"),
    post("title: Program Manager\nlocation: Denver, CO", "Manage our volunteer program and volunteer roles.\n"),
])
def test_paid_jobs_about_volunteers_are_checked(lint, text):
    assert found(lint, text, "JD101")


def test_remote_job_excluding_colorado_still_reaches_colorado(lint):
    text = post("title: Engineer\nlocation: Remote (New York or New Jersey only)", "Build our APIs.\n")
    [p] = found(lint, text, "JD101", {"employer": {"headcount": 100}})
    assert "Colorado" in p.message and "New York State" in p.message


# -- JD102 pay-range-open-ended ------------------------------------------------------------------

@pytest.mark.parametrize("text,where", [
    (post("title: Account Executive\nlocation: Seattle, WA\nsalary: $85,000+"), "Washington"),
    (post("title: Support Specialist\nlocation: Brooklyn, NY", "Help customers.\n\nPay: up to $32 per hour.\n"),
     "New York City"),
    (post("title: Cook\nlocation: Vancouver, BC", "Starting at $22 per hour.\n"), "British Columbia"),
])
def test_open_ended_pay_flagged(lint, text, where):
    [p] = found(lint, text, "JD102", {"employer": {"headcount": 100}})
    assert where in p.message and "both a minimum and a maximum" in p.message
    assert p.line >= 4  # at the pay, not the title


@pytest.mark.parametrize("text", [
    post("title: Account Executive\nlocation: Seattle, WA\nsalary: $85,000 - $105,000"),
    post("title: Account Executive\nlocation: Austin, TX\nsalary: $85,000+"),
    post("title: Support\nlocation: Brooklyn, NY\nsalary: $26 - $32 per hour",
         "Top performers earn up to $36 per hour with shift premiums.\n"),
    # California does not address open-ended ranges; New Jersey's ban is only proposed.
    post("title: Engineer\nlocation: San Diego, CA\nsalary: $120,000+"),
    post("title: Engineer\nlocation: Newark, NJ\nsalary: $120,000+"),
])
def test_open_ended_pay_not_flagged(lint, text):
    assert not found(lint, text, "JD102", {"employer": {"headcount": 100}})


# -- JD103 pay-range-too-wide --------------------------------------------------------------------

ONTARIO = {"as_of": "2026-03-01", "employer": {"headcount": 120}}


@pytest.mark.parametrize("salary,width", [("CA$90,000 - CA$150,000", "$60,000"), ("$30 - $60 per hour", "$62,400")])
def test_wide_ontario_range_flagged(lint, salary, width):
    text = post(f"title: Product Manager\nlocation: Toronto, ON\nsalary: {salary}")
    [p] = found(lint, text, "JD103", ONTARIO)
    assert f"{width} wide" in p.message and "$50,000" in p.message and p.line == 4


@pytest.mark.parametrize("salary,config", [
    ("CA$110,000 - CA$140,000", ONTARIO),
    ("CA$180,000 - CA$260,000", ONTARIO),  # top above $200,000: exempt
    ("US$90,000 - US$150,000", ONTARIO),  # not in Canadian dollars: not converted
    ("CA$90,000 - CA$150,000", {"as_of": "2025-12-31", "employer": {"headcount": 120}}),
    ("CA$90,000 - CA$150,000", {"as_of": "2026-03-01", "employer": {"headcount": 24}}),
])
def test_ontario_range_not_flagged(lint, salary, config):
    text = post(f"title: Product Manager\nlocation: Toronto, ON\nsalary: {salary}")
    assert not found(lint, text, "JD103", config)


# -- JD104 benefits-description-missing ----------------------------------------------------------

CHICAGO = "title: Operations Manager\nlocation: Chicago, IL\nsalary: $75,000 - $90,000"


def test_benefits_missing_flagged(lint):
    text = post(CHICAGO, "Run daily operations. Our platform's benefits of speed and scale matter.\n")
    [p] = found(lint, text, "JD104", {"employer": {"headcount": 100}})
    assert "Illinois (820 ILCS 112/10)" in p.message


@pytest.mark.parametrize("body", [
    "Run daily operations.\n\n## Benefits\n\n- Employer-paid coverage\n",
    "Run daily operations. We offer health insurance and three weeks of vacation.\n",
    "Run daily operations.\n\nWhat we offer: 401(k) match, PTO, parental leave.\n",
    "Run daily operations. Competitive salary and benefits.\n",
    "Run daily operations. This role does not include benefits.\n",
])
def test_benefits_described(lint, body):
    assert not found(lint, post(CHICAGO, body), "JD104", {"employer": {"headcount": 100}})


def _benefit_words():
    from jdlint.rules.benefits_description_missing import _WORDS

    return [word for words in _WORDS.values() for word in words]


@pytest.mark.parametrize("word", _benefit_words())
def test_each_concrete_benefit_counts_alone(lint, word):
    # The words are searched group by group (a part they share first); each must still be found.
    text = post(CHICAGO, f"Run daily operations. We offer {word}.\n")
    assert not found(lint, text, "JD104", {"employer": {"headcount": 100}})
    # ... as a whole word only.
    assert found(lint, post(CHICAGO, f"Run daily operations. We offer x{word}x.\n"), "JD104",
                 {"employer": {"headcount": 100}})


def test_benefits_front_matter_field_counts(lint):
    text = post(CHICAGO + "\nbenefits: Medical, dental and vision", "Run daily operations.\n")
    assert not found(lint, text, "JD104", {"employer": {"headcount": 100}})


@pytest.mark.parametrize("as_of,flagged", [("2027-09-25", False), ("2027-09-26", True)])
def test_delaware_benefits_from_2027(lint, as_of, flagged):
    text = post("title: Lab Technician\nlocation: Wilmington, DE\nsalary: $25 - $30 per hour", "Run assays.\n")
    assert bool(found(lint, text, "JD104", {"as_of": as_of, "employer": {"headcount": 30}})) is flagged


def test_dental_practice_is_not_a_benefits_description(lint):
    text = post("title: Dental Assistant\nlocation: Denver, CO\nsalary: $22 - $27 per hour",
                "Assist our dentists in a busy dental practice.\n")
    assert found(lint, text, "JD104")


# -- JD105 application-deadline-missing ----------------------------------------------------------

BOULDER = "title: Dental Assistant\nlocation: Boulder, CO\nsalary: $22 - $27 per hour"
BOULDER_BODY = "Assist our dentists. Benefits: health insurance, 401(k), paid time off.\n"


def test_deadline_missing_flagged(lint):
    [p] = found(lint, post(BOULDER, BOULDER_BODY), "JD105")
    assert "Colorado" in p.message and "ongoing basis" in p.message


@pytest.mark.parametrize("extra", [
    "Apply by March 15, 2026 at careers.example.org.",
    "Application deadline: 3/15/2026.",
    "Applications close on 15 March.",
    "Applications are accepted on an ongoing basis.",
    "We review applications on a rolling basis.",
    "This position is open until filled.",
])
def test_deadline_given(lint, extra):
    assert not found(lint, post(BOULDER, BOULDER_BODY + extra + "\n"), "JD105")


def test_deadline_field_counts_and_date_boundary(lint):
    assert not found(lint, post(BOULDER + "\nvalidThrough: 2027-03-15", BOULDER_BODY), "JD105")
    assert not found(lint, post(BOULDER, BOULDER_BODY), "JD105", {"as_of": "2023-12-31"})
    assert found(lint, post(BOULDER, BOULDER_BODY), "JD105", {"as_of": "2024-01-01"})


def test_deadline_words_without_a_date_do_not_count(lint):
    body = BOULDER_BODY + "Apply by emailing jobs@example.org. We work in a deadline-driven team.\n"
    assert found(lint, post(BOULDER, body), "JD105")


def test_remote_us_job_owes_colorado_a_deadline(lint):
    text = post("title: Writer\nlocation: Remote (US only)\nsalary: $60,000 - $70,000", BOULDER_BODY)
    assert found(lint, text, "JD105")


# -- JD106-JD108 Ontario -------------------------------------------------------------------------

ON = {"as_of": "2026-02-01", "employer": {"headcount": 80}}
MISSISSAUGA = "title: Customer Service Representative\nlocation: Mississauga, ON\nsalary: $21 - $24 per hour"


@pytest.mark.parametrize("body,codes", [
    ("Help our customers by phone.\n", {"JD106", "JD107"}),
    ("Help our customers. This posting is for an existing vacancy.\n", {"JD106"}),
    ("Help our customers. We do not use artificial intelligence to screen, assess or select applicants.\n",
     {"JD107"}),
    ("Help our customers. AI is not used in our hiring process. This job posting is not for an existing "
     "vacancy; we are building a talent pool.\n", set()),
    # AI in the job's own work is not a statement about hiring.
    ("You will train AI models that screen transactions. This posting is for an existing vacancy.\n", {"JD106"}),
])
def test_ontario_statements(lint, body, codes):
    problems = {p.code for p in lint(post(MISSISSAUGA, body), "posting.md", ON)}
    assert problems & {"JD106", "JD107"} == codes


@pytest.mark.parametrize("config", [
    {"as_of": "2025-12-31", "employer": {"headcount": 80}},
    {"as_of": "2026-02-01", "employer": {"headcount": 24}},
    {"as_of": "2026-02-01", "employer": {"headcount": 300, "headcount_by_jurisdiction": {"CA-ON": 20}}},
])
def test_ontario_statements_not_owed(lint, config):
    problems = {p.code for p in lint(post(MISSISSAUGA, "Help our customers.\n"), "posting.md", config)}
    assert not problems & {"JD101", "JD103", "JD106", "JD107", "JD108"}


def test_remote_canada_reaches_ontario_but_remote_anywhere_does_not(lint):
    canada = post("title: Writer\nlocation: Remote (Canada)\nsalary: $60,000 - $70,000", "Write docs.\n")
    anywhere = post("title: Writer\nlocation: Remote\nsalary: $60,000 - $70,000", "Write docs.\n")
    assert found(lint, canada, "JD106", ON)
    assert not found(lint, anywhere, "JD106", ON)


@pytest.mark.parametrize("body", [
    "## Requirements\n\n- 3+ years of Canadian work experience in bookkeeping\n- QuickBooks\n",
    "Canadian experience is required for this role.\n",
    "Candidates must have work experience in Canada.\n",
])
def test_canadian_experience_requirement_flagged(lint, body):
    text = post("title: Bookkeeper\nlocation: Ottawa, ON", body)
    [p] = found(lint, text, "JD108", ON)
    assert "anadian" in p.message or "anada" in p.message
    assert "experience" in text.splitlines()[p.line - 1].lower()


@pytest.mark.parametrize("body", [
    "## Requirements\n\n- 3+ years of bookkeeping experience\n- Knowledge of Canadian payroll legislation\n",
    "Canadian experience is an asset but not required.\n",
    "Canadian work experience preferred.\n",
])
def test_canadian_experience_not_a_requirement(lint, body):
    assert not found(lint, post("title: Bookkeeper\nlocation: Ottawa, ON", body), "JD108", ON)


def test_canadian_experience_outside_ontario_not_flagged(lint):
    text = post("title: Bookkeeper\nlocation: Calgary, AB", "Canadian work experience required.\n")
    assert not found(lint, text, "JD108", ON)


# -- JD109 job-location-unknown ------------------------------------------------------------------

def test_location_unknown_is_info(lint):
    [p] = found(lint, post("title: Backend Engineer", "Join our platform team and build APIs.\n"), "JD109")
    assert p.severity == "info" and "could not be checked" in p.message and "no pay either" in p.message


@pytest.mark.parametrize("text", [
    post("title: Backend Engineer\nlocation: Denver, CO\nsalary: $120,000 - $140,000"),
    post("title: Backend Engineer", "This is a fully remote role open to candidates anywhere in Canada.\n"),
    post("title: Volunteer Illustrator", "Draw our mascot.\n"),
    post("title: Backend Engineer\nstatus: closed"),
])
def test_location_known_or_irrelevant(lint, text):
    assert not found(lint, text, "JD109")


# -- JD112 unverified-pay-requirement ------------------------------------------------------------

def test_new_jersey_proposed_spread_is_info(lint):
    text = post("title: Retail Associate\nlocation: Newark, NJ\nsalary: $16 - $30 per hour",
                "Help customers. Benefits: health insurance and paid time off.\n")
    [p] = found(lint, text, "JD112", {"employer": {"headcount": 50}})
    assert p.severity == "info" and "88% above" in p.message and "unverified" in p.message
    assert not found(lint, text, "JD103", {"employer": {"headcount": 50}})


def test_maine_pay_is_info_not_error(lint):
    text = post("title: Line Cook\nlocation: Portland, ME", "Cook for our dinner service.\n")
    assert found(lint, text, "JD112", {"employer": {"headcount": 30}})
    assert not found(lint, text, "JD101", {"employer": {"headcount": 30}})


def test_unverified_city_law_defers_to_verified_state_law(lint):
    text = post("title: Line Cook\nlocation: Ithaca, NY", "Cook for our dinner service.\n")
    assert found(lint, text, "JD101", {"employer": {"headcount": 30}})
    assert not found(lint, text, "JD112", {"employer": {"headcount": 30}})


# -- JD111 pay-below-minimum-wage ----------------------------------------------------------------

TULSA = "title: Dishwasher\nlocation: Tulsa, OK"


@pytest.mark.parametrize("body,figure", [
    ("Pay: $6.50 per hour.\n", "$6.50"),
    ("Pay: $6 - $9 per hour.\n", "$6.00"),
    ("Servers earn $2.00 per hour plus tips.\n", "$2.00"),
])
def test_below_federal_minimum(lint, body, figure):
    [p] = found(lint, post(TULSA, body), "JD111")
    assert p.severity == "warning" and f"Pay of {figure} an hour" in p.message and "29 U.S.C. § 206" in p.message


@pytest.mark.parametrize("front,body,config", [
    (TULSA, "Pay: $12.50 per hour.\n", {}),
    (TULSA, "Pay: $2.13 per hour plus tips.\n", {}),
    (TULSA, "Pay: $6.50 per hour.\n", {"as_of": "2009-07-23"}),  # $6.55 then; jdlint records only $7.25
    ("title: Dishwasher\nlocation: Leeds, UK", "Pay: £6.50 per hour.\n", {}),
    ("title: Tester\nlocation: Remote", "Pay: $6.50 per hour.\n", {}),  # may be done outside the US
    (TULSA + "\nstatus: filled", "Pay: $6.50 per hour.\n", {}),
])
def test_not_below_federal_minimum(lint, front, body, config):
    assert not found(lint, post(front, body), "JD111", config)
