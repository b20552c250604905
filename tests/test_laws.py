"""The law records and the applicability logic, tested without postings (constructed Reach objects)."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest

from jdlint import laws
from jdlint.facts.types import Reach
from jdlint.settings import Employer

D = dt.date
BIG = Employer(headcount=10_000)
ALL = laws.all_laws()
BY_CODE = {law.code: law for law in ALL}

# Every jurisdiction of laws.md section 1 with a pay rule, by what it demands of a posting.
PAY_IN_POSTING = {"US-CO", "US-CA", "US-WA", "US-NY", "US-NY-NYC", "US-NY-ITH", "US-NY-WCH", "US-NY-ALB",
                  "US-IL", "US-MN", "US-VT", "US-MA", "US-MD", "US-HI", "US-DC", "US-NJ", "US-NJ-JC", "US-DE",
                  "US-VA", "US-ME", "US-OH-CLE", "US-OH-CMH", "CA-BC", "CA-ON", "CA-PE", "LT", "IT"}
NOT_IN_POSTING = {"US-OH-TOL", "US-OH-CIN", "US-CT", "US-RI", "US-NV", "EU", "PL", "MT", "SK"}
NOT_IN_FORCE = {"CA-NL", "NL"}
NO_POSTING_LAW = {"US"}  # federal level: no pay-transparency law, minimum wage only
UNVERIFIED = {"US-NY-ITH", "US-NY-ALB", "US-NY-WCH", "US-ME", "LT", "IT", "CA-NL", "US-RI"}


def place(*codes: str) -> Reach:
    """A job at a named place: its codes and their parents, as the reach extractor gives them."""
    full = set()
    for code in codes:
        parts = code.split("-")
        full.update("-".join(parts[:i]) for i in range(1, len(parts) + 1))
    return Reach(codes=frozenset(full))


def cover(reach, requirement="pay", as_of=D(2026, 11, 22), employer=BIG, remote=False):
    return {c.law.code: c for c in laws.covering(reach, requirement, as_of=as_of, employer=employer,
                                                  remote=remote)}


# -- the data ----------------------------------------------------------------------------------

def test_every_reference_jurisdiction_has_a_record():
    assert set(laws.codes()) == PAY_IN_POSTING | NOT_IN_POSTING | NOT_IN_FORCE | NO_POSTING_LAW


@pytest.mark.parametrize("law", ALL, ids=lambda law: law.code)
def test_record_is_complete(law):
    assert law.jurisdiction and law.law and law.citation
    assert law.checked == D(2026, 11, 1)
    assert law.sources and all(s.url.startswith("http") and re.match(r"^[A-Z]+\d*$", s.key) for s in law.sources)
    assert law.verified == (law.code not in UNVERIFIED)
    if law.code in PAY_IN_POSTING:
        assert law.disclosure == "posting" and "pay" in law.requirements
    elif law.code in NOT_IN_POSTING:
        assert law.disclosure in ("on_request", "before_interview") and not law.requirements
    elif law.code in NO_POSTING_LAW:
        assert law.disclosure == "none" and not law.requirements
    else:
        assert law.disclosure == "not_in_force"
    if law.verified and law.disclosure == "posting":
        assert law.effective is not None
    for req in law.requirements.values():
        since = req.since or law.effective
        assert since is None or law.effective is None or since >= law.effective


def test_amendments_are_recorded_with_their_dates():
    assert [(a.date, a.citation) for a in BY_CODE["US-CO"].amendments] == [
        (D(2024, 1, 1), "SB 23-105; 7 CCR 1103-18 (POST Rules)")]
    assert BY_CODE["US-CA"].amendments[0].date == D(2026, 1, 1) and "SB 642" in BY_CODE["US-CA"].amendments[0].citation
    assert BY_CODE["US-WA"].amendments[0].date == D(2025, 7, 27) and "5408" in BY_CODE["US-WA"].amendments[0].citation
    assert BY_CODE["US-CO"].requirements["application_deadline"].since == D(2024, 1, 1)


def test_ontario_caps_and_exemption():
    on = BY_CODE["CA-ON"]
    assert on.requirements["max_width"].amount == 50_000
    assert on.requirements["max_width"].exempt_above == 200_000
    assert on.requirements["pay"].exempt_above == 200_000
    assert on.threshold.min_employees == 25 and on.threshold.when == "day_of_posting"


def test_sources_are_the_reference_links():
    """Each record's links are the reference's Sources entries (opt-in: needs /work/shared)."""
    path = "/work/shared/reference/laws.md"
    if not os.path.exists(path):
        pytest.skip("law reference not present")
    text = open(path, encoding="utf-8").read()
    for law in ALL:
        wage_sources = {w.source for w in law.minimum_wages}  # minimum wages are not in the reference
        for source in law.sources:
            if source.url in wage_sources:
                continue
            assert source.url in text, f"{law.code}: {source.key} {source.url} not in laws.md"
            assert re.search(rf"^- {source.key} ", text, re.M), f"{law.code}: no source key {source.key}"


def test_records_load_lazily_one_file_at_a_time(monkeypatch):
    monkeypatch.setattr(laws, "_LAWS", {})
    laws.covering(place("US-CO-Denver"), "pay", as_of=D(2026, 1, 1), employer=BIG)
    assert set(laws._LAWS) == {"US", "US-CO"}
    assert laws.get("US-CO") is laws.get("US-CO")


@pytest.fixture
def law_folder(tmp_path, monkeypatch):
    """A copy of two records in their own folder, with an empty cache folder and no records loaded."""
    folder = tmp_path / "laws"
    folder.mkdir()
    for code in ("US", "US-CO"):
        (folder / f"{code}.yaml").write_text((laws._law_dir() / f"{code}.yaml").read_text("utf-8"), "utf-8")
    monkeypatch.setattr(laws, "_law_dir", lambda: folder)
    monkeypatch.setattr(laws, "_CODES", None)
    monkeypatch.setattr(laws, "_LAWS", {})
    monkeypatch.setattr(laws, "_DATA", None)
    monkeypatch.setattr(laws, "_DATA_DIRTY", False)
    monkeypatch.setattr(laws, "_CACHING", False)
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    return folder


def _next_run(monkeypatch):
    """Save the parsed-record cache as at exit, and forget everything as a new process would."""
    laws._save_data(laws._cache_file())
    monkeypatch.setattr(laws, "_LAWS", {})
    monkeypatch.setattr(laws, "_DATA", None)
    monkeypatch.setattr(laws, "_DATA_DIRTY", False)


def test_parsed_records_are_kept_between_runs(law_folder, monkeypatch):
    parsed = laws.get("US-CO")
    _next_run(monkeypatch)

    def no_yaml(path):
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr(laws, "_parse", no_yaml)
    cached = laws.get("US-CO")
    assert cached == parsed and cached is not parsed
    assert cached.effective == D(2021, 1, 1) and cached.amendments[0].date == D(2024, 1, 1)


def test_an_edited_record_is_parsed_again(law_folder, monkeypatch):
    laws.get("US-CO")
    _next_run(monkeypatch)
    path = law_folder / "US-CO.yaml"
    path.write_text(path.read_text("utf-8").replace("jurisdiction: Colorado", "jurisdiction: Colorado State"),
                    "utf-8")
    assert laws.get("US-CO").jurisdiction == "Colorado State"


def test_a_broken_cache_file_is_ignored(law_folder, monkeypatch):
    laws.get("US")
    _next_run(monkeypatch)
    with open(laws._cache_file(), "r+b") as fh:
        fh.write(b"\x00garbage")
    assert laws.get("US").code == "US"


def test_no_cache_file_when_caching_is_off(law_folder, monkeypatch):
    monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    laws.get("US")
    laws._save_data(str(law_folder / "cache.marshal"))
    assert laws._cache_file() is None and not (law_folder / "cache.marshal").exists()


@pytest.mark.parametrize("law", ALL, ids=lambda law: law.code)
def test_text_prescan_agrees_with_the_parsed_record(law):
    """candidate_codes reads disclosure and remote.covers from the text, before parsing."""
    covers = law.covers if law.disclosure == "posting" else "named"
    assert laws._header(law.code) == (law.disclosure, covers)


@pytest.mark.parametrize("change,error", [
    (("\nstatus: secondary", "\nstatus: maybe"), "US-CO.yaml: status must be one of"),
    (("effective: 2021-01-01", "effective: soon"), "US-CO.yaml: effective must be a date"),
    (("  benefits:\n", "  perks:\n"), "US-CO.yaml: requires key must be one of"),
    (("code: US-CO", "code: US-C0"), "US-CO.yaml: code 'US-C0' does not match the file name"),
])
def test_malformed_record_is_reported_with_its_file(tmp_path, change, error):
    text = (laws._law_dir() / "US-CO.yaml").read_text("utf-8")
    assert change[0] in text
    bad = tmp_path / "US-CO.yaml"
    bad.write_text(text.replace(change[0], change[1], 1), "utf-8")
    with pytest.raises(laws.LawDataError, match=re.escape(error)):
        laws._load(bad)


def test_missing_field_is_named(tmp_path):
    bad = tmp_path / "US-XX.yaml"
    bad.write_text("code: US-XX\njurisdiction: X\nkind: state\nlaw: x\ncitation: x\nstatus: secondary\n", "utf-8")
    with pytest.raises(laws.LawDataError, match="US-XX.yaml: missing field 'employer'"):
        laws._load(bad)


# -- effective dates ---------------------------------------------------------------------------

EFFECTIVE = sorted((law.code, law.requirements["pay"].since or law.effective) for law in ALL
                   if law.disclosure == "posting" and law.verified)


@pytest.mark.parametrize("code,since", EFFECTIVE, ids=[c for c, _ in EFFECTIVE])
def test_pay_applies_from_the_effective_date(code, since):
    reach = place(code)
    assert code not in cover(reach, as_of=since - dt.timedelta(days=1))
    assert code in cover(reach, as_of=since)


@pytest.mark.parametrize("code,requirement,day", [
    ("CA-ON", "pay", D(2026, 1, 1)),
    ("CA-ON", "ai_statement", D(2026, 1, 1)),
    ("CA-ON", "vacancy_statement", D(2026, 1, 1)),
    ("CA-ON", "no_canadian_experience", D(2026, 1, 1)),
    ("CA-ON", "max_width", D(2026, 1, 1)),
    ("US-DE", "pay", D(2027, 9, 26)),
    ("US-DE", "benefits", D(2027, 9, 26)),
    ("US-CO", "application_deadline", D(2024, 1, 1)),
    ("US-CO", "benefits", D(2021, 1, 1)),
    ("US-VA", "pay", D(2026, 7, 1)),
    ("US-MA", "pay", D(2025, 10, 29)),
])
def test_requirement_boundaries(code, requirement, day):
    assert code not in cover(place(code), requirement, as_of=day - dt.timedelta(days=1))
    assert code in cover(place(code), requirement, as_of=day)


def test_ontario_as_of_new_year():
    toronto = place("CA-ON")
    assert cover(toronto, as_of=D(2025, 12, 31)) == {}
    assert set(cover(toronto, as_of=D(2026, 1, 2))) == {"CA-ON"}


def test_washington_single_figure_allowed_from_amendment():
    wa = BY_CODE["US-WA"]
    assert not wa.single_figure_ok(D(2025, 7, 26))
    assert wa.single_figure_ok(D(2025, 7, 27))
    assert BY_CODE["US-NY-NYC"].single_figure_ok(D(2026, 1, 1))  # unknown reads in the posting's favour


def test_federal_minimum_wage():
    us = BY_CODE["US"]
    assert us.minimum_wage(D(2009, 7, 23)) is None
    wage = us.minimum_wage(D(2009, 7, 24))
    assert wage.hourly == 7.25 and wage.currency == "USD" and wage.tipped_cash_wage == 2.13
    assert us.minimum_wage(D(2026, 11, 22)) == wage


def test_on_request_laws_never_demand_pay():
    for code in NOT_IN_POSTING | NOT_IN_FORCE | NO_POSTING_LAW:
        assert cover(place(code)) == {} or code not in cover(place(code))
        assert cover(Reach(anywhere=True)).get(code) is None


# -- employer size -----------------------------------------------------------------------------

SIZES = [(law.code, law.threshold.min_employees) for law in ALL
         if law.disclosure == "posting" and law.threshold.min_employees > 1]


@pytest.mark.parametrize("code,threshold", SIZES, ids=[c for c, _ in SIZES])
def test_headcount_threshold_boundary(code, threshold):
    law = BY_CODE[code]
    as_of = law.effective or D(2026, 11, 22)
    below = Employer(headcount=threshold - 1)
    at = Employer(headcount=threshold)
    assert code not in cover(place(code), as_of=as_of, employer=below)
    found = cover(place(code), as_of=as_of, employer=at)
    assert code in found and not found[code].assumed_headcount


def test_unknown_headcount_is_covered_and_marked_assumed():
    found = cover(place("US-NY-NYC"), employer=Employer())
    assert {"US-NY", "US-NY-NYC"} <= set(found)
    assert all(c.assumed_headcount for c in found.values())
    assert laws.notes(list(found.values())) == f" ({laws.HEADCOUNT_NOTE})"


def test_all_employer_laws_need_no_headcount():
    found = cover(place("US-MD"), employer=Employer())
    assert "US-MD" in found and not found["US-MD"].assumed_headcount
    assert laws.notes(list(found.values())) == ""


@pytest.mark.parametrize("code,employer,covered", [
    # Ontario counts staff in Ontario (secondary reading); the total caps the local count.
    ("CA-ON", Employer(headcount=500, headcount_by_jurisdiction={"CA-ON": 24}), False),
    ("CA-ON", Employer(headcount=500, headcount_by_jurisdiction={"CA-ON": 25}), True),
    ("CA-ON", Employer(headcount=24), False),
    ("CA-ON", Employer(headcount=500), True),
    ("CA-ON", Employer(headcount_by_jurisdiction={"CA": 10}), False),
    # Minnesota: 30+ at Minnesota sites.
    ("US-MN", Employer(headcount=1000, headcount_by_jurisdiction={"US-MN": 29}), False),
    ("US-MN", Employer(headcount_by_jurisdiction={"US-MN": 30}), True),
    # Cleveland: 15+ in the city; Ohio's count caps it.
    ("US-OH-CLE", Employer(headcount=300, headcount_by_jurisdiction={"US-OH": 14}), False),
    ("US-OH-CLE", Employer(headcount=300, headcount_by_jurisdiction={"US-OH-CLE": 15}), True),
    # California: 15+ anywhere, at least one in California.
    ("US-CA", Employer(headcount=15, headcount_by_jurisdiction={"US-CA": 0}), False),
    ("US-CA", Employer(headcount=15, headcount_by_jurisdiction={"US-CA": 1}), True),
    ("US-CA", Employer(headcount=15), True),
    ("US-CA", Employer(headcount=14, headcount_by_jurisdiction={"US-CA": 14}), False),
    # Colorado: one employee in Colorado is enough; none means not covered.
    ("US-CO", Employer(headcount=3, headcount_by_jurisdiction={"US-CO": 1}), True),
    ("US-CO", Employer(headcount=3, headcount_by_jurisdiction={"US-CO": 0}), False),
    # Illinois counts staff anywhere: local counts do not matter.
    ("US-IL", Employer(headcount=15, headcount_by_jurisdiction={"US-IL": 1}), True),
])
def test_per_jurisdiction_counts(code, employer, covered):
    assert (code in cover(place(code), employer=employer)) is covered


def test_local_count_known_without_total_is_not_assumed():
    found = cover(place("CA-ON"), employer=Employer(headcount_by_jurisdiction={"CA-ON": 30}))
    assert not found["CA-ON"].assumed_headcount


# -- reach, remote work included ---------------------------------------------------------------

def test_remote_anywhere_reaches_open_and_all_remote_laws_only():
    found = cover(Reach(anywhere=True), remote=True)
    assert {"US-CO", "US-CA", "US-WA", "US-NY", "US-NY-NYC", "US-IL", "US-MD", "CA-BC"} <= set(found)
    # Worksite-only laws and laws whose remote reach is unknown need a named place; Ontario
    # needs a named place or remote work open to all of Canada.
    assert not {"US-MN", "US-HI", "US-VT", "US-MA", "US-DC", "US-OH-CLE", "US-NJ", "US-DE", "CA-PE",
                "US-ME", "IT", "LT", "CA-ON"} & set(found)


def test_remote_in_one_country_reaches_that_country():
    us = cover(Reach(codes=frozenset({"US"}), whole_countries=frozenset({"US"})), remote=True)
    assert {"US-CO", "US-CA", "US-WA", "US-NY", "US-NY-NYC", "US-IL", "US-MD"} <= set(us)
    assert not {"CA-ON", "CA-BC"} & set(us)
    canada = cover(Reach(codes=frozenset({"CA"}), whole_countries=frozenset({"CA"})), remote=True)
    assert set(canada) == {"CA-BC", "CA-ON"}


def test_colorado_reaches_remote_jobs_that_exclude_it():
    ny_only = place("US-NY")
    assert "US-CO" in cover(ny_only, remote=True)
    assert "US-CA" not in cover(ny_only, remote=True)
    # An on-site New York job is tied to a worksite outside Colorado.
    assert "US-CO" not in cover(ny_only, remote=False)
    # Remote within Canada only is not a Colorado job.
    assert "US-CO" not in cover(place("CA-ON"), remote=True)


def test_named_places_reach_state_and_city_laws():
    assert set(cover(place("US-NY-NYC"))) == {"US-NY", "US-NY-NYC"}
    assert set(cover(place("US-OH-CLE"))) == {"US-OH-CLE"}
    assert set(cover(place("US-TX"))) == set()
    # A city code alone still reaches its state's law.
    assert "US-NY" in cover(Reach(codes=frozenset({"US-NY-NYC"})))


def test_unknown_reach_reaches_nothing():
    assert cover(Reach(unknown=True)) == {}
    assert laws.candidate_codes(Reach(unknown=True), remote=False) == ()


def test_candidates_are_limited_to_the_place():
    assert laws.candidate_codes(place("US-NY-NYC"), remote=False) == ("US", "US-NY", "US-NY-NYC")
    assert "US-CO" in laws.candidate_codes(place("US-NY"), remote=True)


# -- confidence --------------------------------------------------------------------------------

def test_unverified_facts_are_not_firm():
    assert not cover(place("US-ME"))["US-ME"].firm
    nj = place("US-NJ")
    assert cover(nj)["US-NJ"].firm
    assert not cover(nj, "closed_range")["US-NJ"].firm
    assert not cover(nj, "max_spread")["US-NJ"].firm
    ithaca = cover(place("US-NY-ITH"))
    assert ithaca["US-NY"].firm and not ithaca["US-NY-ITH"].firm


def test_messages_name_laws_with_citations_or_count():
    covs = list(cover(place("US-NY-NYC")).values())
    assert laws.name_laws(covs) == ("New York State (N.Y. Lab. Law § 194-b) and New York City "
                                    "(N.Y.C. Admin. Code § 8-107(32))")
    many = list(cover(Reach(anywhere=True), remote=True).values())
    text = laws.name_laws(many)
    assert text.startswith(f"the laws of {len(many)} jurisdictions (")
    assert "Colorado" in text and "British Columbia" in text
    assert laws.requires(many[:1]) == "California (Cal. Lab. Code § 432.3) requires"
    assert all(c.remote for c in many)
    assert laws.notes(many).startswith(" (the job is remote and may be done from there")


def test_annualise():
    assert laws.annual(25, "hour") == 52_000
    assert laws.annual(5000, "month") == 60_000
    assert laws.annual(1, None) is None
