"""extract_pay: pay as postings write it, in the body and in front matter.

Every phrasing below is written for these tests in the shapes real postings
use (job-board front matter, ATS exports, "Who is hiring" header lines...).
"""

from __future__ import annotations

import pytest

from jdlint.facts.pay import compare_pay, extract_pay
from jdlint.facts.types import PayFact
from jdlint.readers import parse

Y, M, W, D, H = "year", "month", "week", "day", "hour"


def body_pay(line: str, front: str = "") -> list[PayFact]:
    text = (f"---\n{front}---\n" if front else "") + "We build tools for small clinics.\n\n" + line + "\n"
    return extract_pay(parse("job.md", text))


# (line in the body, min, max, currency, period, open_ended)
PHRASINGS = [
    # United States
    ("Salary: $120,000 - $150,000 per year.", 120000, 150000, "USD", Y, False),
    ("The salary range for this position is $62,215 - $83,981 commensurate with experience.",
     62215, 83981, "USD", Y, False),
    ("Compensation: $95k–$130k + equity", 95000, 130000, "USD", Y, False),
    ("Pay: $120k–150k", 120000, 150000, "USD", Y, False),
    ("Base salary USD 200,000 to 230,000 depending on level.", 200000, 230000, "USD", Y, False),
    ("Salary $100 - $130K DOE", 100000, 130000, "USD", Y, False),
    ("Acme Health | Backend Engineer | Austin, TX | ONSITE | $90k-$140k", 90000, 140000, "USD", Y, False),
    ("Acme Health | Backend Engineer | Remote (US) | 80-100k", 80000, 100000, "USD", Y, False),
    ("JR Android Engineer ($90-100k)", 90000, 100000, "USD", Y, False),
    ("Salary: $150,000 - $120,000", 120000, 150000, "USD", Y, False),
    ("The salary for this role is between $90,000 and $110,000 a year, plus equity.", 90000, 110000, "USD", Y, False),
    ("Pay range: $75,504.00 - $94,761.00 annually", 75504, 94761, "USD", Y, False),
    ("Salary: US$160000 - US$161000 per annum", 160000, 161000, "USD", Y, False),
    ("Salary: $80,000.00 to $150,000.00 /year", 80000, 150000, "USD", Y, False),
    ("Compensation: $120,000 -$140,000", 120000, 140000, "USD", Y, False),
    ("Salary: $100,000 - 150,000", 100000, 150000, "USD", Y, False),
    ("$110k - $170k base salary, plus benefits", 110000, 170000, "USD", Y, False),
    ("Salary: $80\u00ad-$125k | Equity: 1.0%-\u00ad4.0%", 80000, 125000, "USD", Y, False),
    ("Senior Product Designer \u2014 $140K \u2014 $175K", 140000, 175000, "USD", Y, False),
    ("Salary range: $130K \u2013 $170K", 130000, 170000, "USD", Y, False),
    ("The salary range for this position is: GS-13 Step 1 - $79,468 to GS-13 Step 10 $103,309",
     79468, 103309, "USD", Y, False),
    ("Salary range: GS-15 ($136,908 to $183,500)", 136908, 183500, "USD", Y, False),
    # hourly
    ("Pay is $25/hr.", 25, 25, "USD", H, False),
    ("We pay $25 to $30 per hour.", 25, 30, "USD", H, False),
    ("The hourly rate for this fellowship is $22/hr and does not include benefits.", 22, 22, "USD", H, False),
    ("Pay Rate: $45/HR", 45, 45, "USD", H, False),
    ("Rate: $60 an hour", 60, 60, "USD", H, False),
    ("Wage: $18.50 hourly", 18.5, 18.5, "USD", H, False),
    ("Contract | Remote (US only) | $50-$60 /hour", 50, 60, "USD", H, False),
    ("Starting pay $17.25 per hour for all shifts.", 17.25, 17.25, "USD", H, False),
    ("Salary: $75 - 96 per hour", 75, 96, "USD", H, False),
    ("Target pay 45-70 per hour, W2.", 45, 70, None, H, False),
    ("Pay: $24 \u2014 $29 an hour, paid weekly.", 24, 29, "USD", H, False),
    # monthly, weekly, daily
    ("Stipend: $3,000 per month for the 10-week program.", 3000, 3000, "USD", M, False),
    ("Pay: $3-5k/monthly", 3000, 5000, "USD", M, False),
    ("Part-time | Remote | $2-6K / month", 2000, 6000, "USD", M, False),
    ("Pay: $1,200 a week", 1200, 1200, "USD", W, False),
    ("- \u00a3500/day outside IR35", 500, 500, "GBP", D, False),
    ("The daily contract rate is \u00a3450-500.", 450, 500, "GBP", D, False),
    ("Day rate: \u00a3550 - \u00a3650 per day, 6 months initial.", 550, 650, "GBP", D, False),
    ("Rate: \u20ac600 per day (freelance)", 600, 600, "EUR", D, False),
    # United Kingdom
    ("Salary \u00a340k-\u00a350k", 40000, 50000, "GBP", Y, False),
    ("Salary: \u00a335,000 - \u00a345,000 depending on experience.", 35000, 45000, "GBP", Y, False),
    ("* \u00a345k to \u00a360k depending on experience", 45000, 60000, "GBP", Y, False),
    ("* Salary of \u00a345 - 65k", 45000, 65000, "GBP", Y, False),
    ("Competitive salary: \u00a380 - \u00a3100k based on experience.", 80000, 100000, "GBP", Y, False),
    ("  * \u00a336,400 pa", 36400, 36400, "GBP", Y, False),
    ("Full Stack Developer (\u00a345-60k p.a.) | Bath", 45000, 60000, "GBP", Y, False),
    ("Salary: \u00a324-30,000", 24000, 30000, "GBP", Y, False),
    ("Salary: \u00a355,000 - \u00a380,000+ (negotiable)", 55000, 80000, "GBP", Y, True),
    ("Salary banding between \u00a350,000 and \u00a370,000", 50000, 70000, "GBP", Y, False),
    ("Salary: \u00a318K \u2013 \u00a346K", 18000, 46000, "GBP", Y, False),
    ("London (Soho) | Senior Backend Engineer | Onsite | \u00a375k+, bonus, equity", 75000, None, "GBP", Y, True),
    ("Senior Systems Administrator, \u00a350-70k", 50000, 70000, "GBP", Y, False),
    ("Python/Golang Developer: \u00a330-\u00a350K per anum", 30000, 50000, "GBP", Y, False),
    # Europe
    ("Gehalt: \u20ac45.000 \u2013 \u20ac60.000 brutto j\u00e4hrlich", 45000, 60000, "EUR", Y, False),
    ("R\u00e9mun\u00e9ration : 45 000 \u20ac brut annuel", 45000, 45000, "EUR", Y, False),
    ("Salaire : 45 000 - 55 000 \u20ac brut annuel", 45000, 55000, "EUR", Y, False),
    ("Backend Developer | Enschede | Full Time | \u20ac50K - \u20ac70K Salary", 50000, 70000, "EUR", Y, False),
    ("Software engineers | Amsterdam | EUR 35-70k + equity", 35000, 70000, "EUR", Y, False),
    ("Salary: 55k\u20ac - 70k\u20ac", 55000, 70000, "EUR", Y, False),
    ("Frontend developer, \u20ac35k-\u20ac60k p.a.", 35000, 60000, "EUR", Y, False),
    ("Salary: \u20ac 3.500 - \u20ac 4.200 per month", 3500, 4200, "EUR", M, False),
    ("Salary between \u20ac 2,651 (scale 9) and \u20ac 3,997 (scale 10) per month", 2651, 3997, "EUR", M, False),
    ("Salary: 90k-120k CHF", 90000, 120000, "CHF", Y, False),
    ("Gehalt: CHF 120'000 - 140'000", 120000, 140000, "CHF", Y, False),
    ("Wynagrodzenie: 15 000 - 20 000 PLN miesi\u0119cznie, salary per month", 15000, 20000, "PLN", M, False),
    # Canada and other dollars
    ("Compensation: CAD 90,000", 90000, 90000, "CAD", Y, False),
    ("Salary: C$80,000 - C$95,000", 80000, 95000, "CAD", Y, False),
    ("Salary: 80-110k CAD", 80000, 110000, "CAD", Y, False),
    ("Salary: $85,000 - $100,000 CAD per year", 85000, 100000, "CAD", Y, False),
    ("Salaire : 65 000 $ \u00e0 75 000 $ par ann\u00e9e", 65000, 75000, "USD", Y, False),
    ("### Salary: $110k - $170k AUD package", 110000, 170000, "AUD", Y, False),
    ("Senior developer | Melbourne | $A120k - $A160k", 120000, 160000, "AUD", Y, False),
    ("Salary: S$6,000 - S$8,000 per month", 6000, 8000, "SGD", M, False),
    ("Salary: \u20b912-18 LPA", 1200000, 1800000, "INR", Y, False),
    # open-ended
    ("Salary up to $90k", None, 90000, "USD", Y, True),
    ("Salary: $100k+", 100000, None, "USD", Y, True),
    ("Starting at $60,000 per year.", 60000, None, "USD", Y, True),
    ("Salary from \u00a330k depending on experience.", 30000, None, "GBP", Y, True),
    ("Salary: up to $65,000 | Washington, DC", None, 65000, "USD", Y, True),
    ("We'll pay $120k and up for the right person, plus equity.", 120000, None, "USD", Y, True),
    ("Compensation: at least $100k, depending on experience", 100000, None, "USD", Y, True),
    ("Pay: up to \u00a332 per hour", None, 32, "GBP", H, True),
    ("Salary range: $105k+ depending on experience + options", 105000, None, "USD", Y, True),
    ("- Upto \u20ac65K", None, 65000, "EUR", Y, True),
    # a fee for a whole piece of work has no period
    ("Salary is \u00a315K for the fixed term.", 15000, 15000, "GBP", None, False),
    ("Budgeted pay: $1,000 total for the logo and icon set.", 1000, 1000, "USD", None, False),
]


@pytest.mark.parametrize("line,lo,hi,currency,period,open_ended", PHRASINGS, ids=[p[0][:48] for p in PHRASINGS])
def test_pay_phrasings(line, lo, hi, currency, period, open_ended):
    facts = [f for f in body_pay(line) if f.kind == "amount"]
    assert len(facts) == 1, facts
    fact = facts[0]
    assert (fact.min, fact.max) == (lo, hi)
    assert fact.currency == currency
    assert fact.period == period
    assert fact.open_ended is open_ended
    assert fact.source == "body"


def test_at_least_eighty_phrasings():
    assert len(PHRASINGS) >= 80


def test_period_is_inferred_from_size_only_when_not_written():
    hourly, daily, monthly, yearly = (body_pay(f"Salary: {x}")[0] for x in ("$28", "£450", "€4,500", "$85,000"))
    assert [f.period for f in (hourly, daily, monthly, yearly)] == [H, D, M, Y]
    assert all(f.period_inferred for f in (hourly, daily, monthly, yearly))
    assert not body_pay("Salary: $85,000 per year")[0].period_inferred


def test_inferred_period_scales_with_the_currency():
    # ¥350,000 is a monthly salary in Japan, not a yearly one.
    fact = body_pay("Salary: ¥350,000")[0]
    assert (fact.currency, fact.period, fact.period_inferred) == ("JPY", M, True)


@pytest.mark.parametrize("front,line,currency", [
    ("title: Developer\nlocation: Toronto, ON\n", "Salary: $90,000 - $110,000", "CAD"),
    ("title: Developer\nlocation: Sydney, Australia\n", "Salary: $120k - $140k", "AUD"),
    ("title: Developer\nlocation: Austin, TX\n", "Salary: $120k - $140k", "USD"),
    ("title: Developer\nlocation: Remote (US or Canada)\n", "Salary: $120k - $140k", "USD"),
    ("", "Salary: $120k - $140k", "USD"),
])
def test_a_bare_dollar_is_read_by_place(front, line, currency):
    fact = body_pay(line, front)[0]
    assert fact.currency == currency
    assert not fact.currency_inferred  # a currency sign is written


def test_dollar_place_from_the_body_when_metadata_is_silent():
    text = "Backend Developer - Vancouver, British Columbia\n\nSalary: $95,000 - $115,000\n"
    assert extract_pay(parse("job.md", text))[0].currency == "CAD"


def test_figures_with_no_currency_take_it_from_place_and_say_so():
    fact = body_pay("Salary: 45,000 - 55,000", "title: Developer\nlocation: Leeds, UK\n")[0]
    assert (fact.min, fact.max, fact.currency, fact.currency_inferred) == (45000, 55000, "GBP", True)
    unknown = body_pay("Salary: 45,000 - 55,000")[0]
    assert unknown.currency is None and not unknown.currency_inferred


# Money that is not pay, numbers that are not money, and pay words with no figure.
FALSE_FRIENDS = [
    "We offer a competitive salary, DOE, negotiable.",
    "Compensation: competitive",
    "We raised $20M in our Series B from top investors.",
    "We've raised $10.5mn in funding.",
    "We manage over $5B in assets for 40,000 customers.",
    "Forward-looking fund with >\u00a380m AUM.",
    "We're transforming the $130 billion corporate training market.",
    "Equity: 0.5% - 1.0%, vesting over four years.",
    "401(k) with a 4% match, and a 401k rollover.",
    "Founded in 2015, we grew revenue 3x from 2020-2023.",
    "Call 555-123-4567 or write to 350 Fifth Avenue, New York, NY 10118.",
    "Our office is at 221B Baker Street, London NW1 6XE.",
    "We are a team of 50, part of a group with 10,000 employees.",
    "Over 250k instructors on the platform have earned more than $350m.",
    "Processing more than $2,000,000 in payments every day.",
    "Our app costs $4.99 a month after the free trial.",
    "- $5,000 sign-on bonus",
    "- $1,500 learning budget every year",
    "- $200/yr book budget",
    "- $150/month wellness stipend",
    "- $300 monthly allowance for co-working or coffee",
    "Relocation assistance up to $10,000.",
    "We offer a referral bonus of $2,000 for every hire you send us.",
    "Know someone looking? Make $5k with our referral program.",
    "Up to $500 of reimbursement for race entry fees each year.",
    "Tuition reimbursement up to $5,250 a year.",
    "Home office setup: $1,000 to spend on your desk and chair.",
    "Must be able to lift up to 50 pounds.",
    "Houses here commonly go for $150,000 to $450,000.",
    "Long-term disability (60% of salary up to $10,000.00/month).",
    "Please note the maximum salary available for the GS pay system is $183,500.",
    "Work remote for $100 per hour toward college.",
    "We pay \u00a3500 for each candidate who goes on to get hired.",
    "Running a stack of >25k servers and 16PB of data a month.",
    "See our pitch: https://youtu.be/6Cl92_FYQ8k",
    "Affordable for customers: as little as $0.39 per day.",
    "Acquired by a public company for $600M in 2015.",
    "Life insurance ($200,000.00) paid by the company.",
]


@pytest.mark.parametrize("line", FALSE_FRIENDS, ids=[x[:48] for x in FALSE_FRIENDS])
def test_false_friends_are_not_pay(line):
    assert [f for f in body_pay(line) if f.kind == "amount"] == []


def test_pay_beside_false_friends_is_kept_alone():
    facts = body_pay("Salary $120k plus a $5,000 sign-on bonus and a $1,500 learning budget.")
    assert [(f.min, f.max) for f in facts] == [(120000, 120000)]
    facts = body_pay("Base salary $130,000 - $150,000 + bonus + equity")
    assert [(f.min, f.max) for f in facts] == [(130000, 150000)]


@pytest.mark.parametrize("line,grade", [
    ("Grade: GS-15", "GS-15"),
    ("Pay grade GS-13/14.", "GS-13/14"),
    ("Compensation/Grade Level: GS-13 to GS-15", "GS-13 to GS-15"),
    ("Classification: IT-02", "IT-02"),
    ("NHS Band 5 staff nurse, full time.", "Band 5"),
])
def test_pay_grades_without_figures(line, grade):
    facts = body_pay(line)
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.kind, fact.text, fact.min, fact.max) == ("grade", grade, None, None)


def test_grades_named_as_qualifications_are_not_this_jobs_pay():
    line = "You must have one year of specialized experience equivalent to the GS-12 level."
    assert body_pay(line) == []


def test_a_grade_beside_its_figures_is_not_repeated():
    facts = body_pay("Salary range: GS-15 ($136,908 to $183,500)")
    assert [f.kind for f in facts] == ["amount"]


def test_template_comments_are_not_the_posting():
    text = ("---\ntitle: Analyst\n---\n{% comment %}\nExample: GS-15 Step 1: $172,075\n{% endcomment %}\n"
            "Salary: $90,000 - $110,000\n")
    facts = extract_pay(parse("job.md", text))
    assert [(f.min, f.max) for f in facts] == [(90000, 110000)]


def test_min_and_max_table_cells_make_one_range():
    text = "| Grade | Step 1 (minimum) | Step 10 (maximum) |\n|---|---|---|\n| GS-14 | $116,393 | $151,308 |\n"
    facts = [f for f in extract_pay(parse("job.md", text)) if f.kind == "amount"]
    assert [(f.min, f.max) for f in facts] == [(116393, 151308)]


def test_template_include_arguments_make_one_range():
    text = 'Salary:\n{% include salary_range.html min="$143,736" max="$191,900" %}\n'
    facts = extract_pay(parse("job.md", text))
    assert [(f.min, f.max) for f in facts] == [(143736, 191900)]


# -- metadata ---------------------------------------------------------------------

def meta_pay(front: str, body: str = "We build tools for small clinics.\n") -> list[PayFact]:
    return extract_pay(parse("job.md", f"---\n{front}---\n{body}"))


@pytest.mark.parametrize("front,lo,hi,currency,period,open_ended", [
    ("salary: $120,000 - $150,000\n", 120000, 150000, "USD", Y, False),
    ("compensation: '£40k-£50k'\n", 40000, 50000, "GBP", Y, False),
    ("pay: $25/hr\n", 25, 25, "USD", H, False),
    ("salary: 85000\n", 85000, 85000, None, Y, False),
    ("salary: up to $90k\n", None, 90000, "USD", Y, True),
    ("salary: $100k+\n", 100000, None, "USD", Y, True),
    ("salary_min: 70000\nsalary_max: 85000\nsalary_currency: EUR\n", 70000, 85000, "EUR", Y, False),
    ("min_payrange: $ 143,736\nmax_payrange: $ 191,900\n", 143736, 191900, None, Y, False),
    ("salary:\n  min: 30\n  max: 35\n  currency: CAD\n  period: hourly\n", 30, 35, "CAD", H, False),
    ("compensation: 5k - 10k fixed bid\n", 5000, 10000, None, None, False),
])
def test_metadata_fields(front, lo, hi, currency, period, open_ended):
    facts = meta_pay("title: Analyst\n" + front)
    assert len(facts) == 1, facts
    fact = facts[0]
    assert (fact.min, fact.max, fact.currency, fact.period, fact.open_ended) == (lo, hi, currency, period, open_ended)
    assert fact.source == "metadata"


@pytest.mark.parametrize("front", ["compensation: gratis\n", "compensation: paid\n", "salary: DOE\n",
                                   "salary: Competitive\n", "pay_frequency: biweekly\n"])
def test_metadata_words_alone_are_no_pay(front):
    assert meta_pay("title: Analyst\n" + front) == []


SCHEMA_BASE_SALARY = """title: Support Specialist
baseSalary:
  "@type": MonetaryAmount
  currency: USD
  value:
    "@type": QuantitativeValue
    minValue: 24
    maxValue: 29
    unitText: HOUR
"""


def test_schema_org_base_salary():
    fact = meta_pay(SCHEMA_BASE_SALARY)[0]
    assert (fact.min, fact.max, fact.currency, fact.period) == (24, 29, "USD", H)
    assert not fact.period_inferred and not fact.currency_inferred


def test_schema_org_single_value_nested_under_another_key():
    front = ("jsonld:\n  baseSalary:\n    currency: GBP\n    value:\n      value: 42000\n"
             "      unitText: YEAR\n")
    fact = meta_pay("title: Analyst\n" + front)[0]
    assert (fact.min, fact.max, fact.currency, fact.period) == (42000, 42000, "GBP", Y)


def test_schema_org_in_json_ld_of_an_html_page():
    page = ('<!DOCTYPE html><html><head><script type="application/ld+json">{"@context": "https://schema.org/",'
            ' "@type": "JobPosting", "title": "Analyst", "baseSalary": {"@type": "MonetaryAmount", '
            '"currency": "EUR", "value": {"@type": "QuantitativeValue", "minValue": 50000, "maxValue": 60000, '
            '"unitText": "YEAR"}}}</script></head><body><p>Join our data team.</p></body></html>')
    posting = parse("job.html", page)
    fact = extract_pay(posting)[0]
    assert (fact.min, fact.max, fact.currency, fact.source) == (50000, 60000, "EUR", "metadata")
    assert page[fact.start:fact.end] == '"baseSalary"'


def test_metadata_grade():
    fact = meta_pay("title: Analyst\ngs: 15\n")[0]
    assert (fact.kind, fact.text, fact.source) == ("grade", "GS-15", "metadata")


def test_metadata_fact_points_at_the_value_in_the_file():
    text = "---\ntitle: Analyst\nsalary: \"$120,000 - $150,000\"\nlocation: Denver, CO\n---\nJoin us.\n"
    posting = parse("job.md", text)
    fact = extract_pay(posting)[0]
    assert posting.line_of(fact.start) == 3
    assert text[fact.start:fact.end] == "$120,000 - $150,000"


def test_split_min_max_fields_point_from_the_first_value_to_the_last():
    text = "---\ntitle: Analyst\nsalary_min: 70000\nsalary_max: 85000\n---\nJoin us.\n"
    posting = parse("job.md", text)
    fact = extract_pay(posting)[0]
    assert text[fact.start:fact.end] == "70000\nsalary_max: 85000"


def test_same_pay_in_front_matter_and_body_gives_both_facts():
    facts = meta_pay("title: Analyst\nsalary: $90,000 - $110,000\n", "Salary: $90,000 - $110,000 a year.\n")
    assert [(f.source, f.min, f.max) for f in facts] == [("metadata", 90000, 110000), ("body", 90000, 110000)]


def test_configured_field_names_are_read():
    from jdlint.settings import Settings

    settings = Settings(fields={"pay": ["verguetung"]})
    posting = parse("job.md", "---\ntitle: Analyst\nverguetung: 60.000 € brutto jährlich\n---\nJoin us.\n", settings)
    fact = extract_pay(posting)[0]
    assert (fact.min, fact.currency, fact.period, fact.source) == (60000, "EUR", Y, "metadata")


# -- positions ----------------------------------------------------------------------

def test_body_facts_point_at_their_line_and_text():
    text = ("---\ntitle: Support Specialist\n---\n## About the role\n\nHelp our customers.\n\n"
            "## Pay\n\nThe range for this role is $24 - $29 per hour, plus benefits.\n")
    posting = parse("job.md", text)
    fact = extract_pay(posting)[0]
    assert posting.line_of(fact.start) == 10
    assert text[fact.start:fact.end] == "$24 - $29 per hour"
    assert fact.text == "$24 - $29 per hour"


def test_facts_in_html_point_into_the_file():
    page = ("<!DOCTYPE html><html><body>\n<h2>Compensation</h2>\n<p><strong>Salary range:</strong> "
            "$90,000&nbsp;to $110,000</p>\n</body></html>\n")
    posting = parse("job.html", page)
    fact = extract_pay(posting)[0]
    assert posting.line_of(fact.start) == 3
    assert page[fact.start:fact.start + 7] == "$90,000"
    assert (fact.min, fact.max) == (90000, 110000)


def test_facts_come_in_file_order_and_are_deterministic():
    text = ("---\ntitle: Analyst\nsalary: $90k - $110k\n---\nHourly: $45 - $55 per hour.\n\n"
            "Salary: $90,000 - $110,000 a year.\n")
    first = extract_pay(parse("job.md", text))
    second = extract_pay(parse("job.md", text))
    assert first == second
    assert [f.start for f in first] == sorted(f.start for f in first)


@pytest.mark.parametrize("text", [
    "", "$", "$$$ k", "Salary: $", "Salary: -", "k" * 5000, "$" * 3000, "1" * 4000 + "k",
    "Salary: " + "$1," * 500, "---\nsalary: [1, 2, {min: x}]\n---\n", "---\nbaseSalary: {value: {value: null}}\n---\n",
    "---\nsalary: {min: 100, max: 50}\n---\n", "£\u00ad-\u00ad£", "Between $ and $", "$1e9 salary",
])
def test_odd_input_does_not_crash(text):
    extract_pay(parse("job.md", text))


# -- comparing two statements (the logic behind JD110) ----------------------------------

def fact(lo, hi, period="year", currency="USD", inferred=False, open_ended=False) -> PayFact:
    return PayFact(min=lo, max=hi, currency=currency, period=period, open_ended=open_ended, start=0, end=0,
                   source="body", period_inferred=inferred)


@pytest.mark.parametrize("a,b,verdict", [
    (fact(90000, 110000), fact(90000, 110000), "same"),
    (fact(75504, 94761), fact(75500, 94800), "same"),
    (fact(90000, 110000), fact(95000, 115000), "differs"),
    (fact(75000, 110000), fact(75000, 120000), "differs"),
    (fact(100000, 150000), fact(120000, 140000), "unknown"),  # a band and one level's part of it
    (fact(120000, 120000), fact(100000, 140000), "same"),  # a midpoint
    (fact(90000, 90000), fact(100000, 140000), "differs"),
    (fact(24, 24, "hour"), fact(50000, 50000), "same"),  # annualised when both periods are written
    (fact(24, 24, "hour"), fact(90000, 90000), "differs"),
    (fact(24, 24, "hour", inferred=True), fact(90000, 90000), "unknown"),
    (fact(90000, 110000, currency="CAD"), fact(70000, 80000, currency="USD"), "unknown"),
    (fact(None, 150000, open_ended=True), fact(100000, 150000), "same"),
    (fact(None, 90000, open_ended=True), fact(100000, 150000), "differs"),
    (fact(100000, None, open_ended=True), fact(90000, 120000), "same"),
])
def test_compare_pay(a, b, verdict):
    assert compare_pay(a, b) == verdict
    assert compare_pay(b, a) == verdict
