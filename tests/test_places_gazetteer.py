"""The gazetteer: the hand tables agree with the packages' data, and the index cache works."""

from __future__ import annotations

import os

import pytest

from jdlint.facts import geo


@pytest.mark.parametrize("city,region", [
    ("calgary", "CA-AB"), ("vancouver", "CA-BC"), ("winnipeg", "CA-MB"), ("fredericton", "CA-NB"),
    ("st johns", "CA-NL"), ("halifax", "CA-NS"), ("toronto", "CA-ON"), ("charlottetown", "CA-PE"),
    ("quebec", "CA-QC"), ("regina", "CA-SK"), ("whitehorse", "CA-YT"), ("yellowknife", "CA-NT"),
])
def test_canada_province_numbers_match_their_capitals(city, region):
    # GeoNames numbers provinces ("08"); the hand table must send each city to its province.
    assert any(c[1] == "CA" and c[2] == region for c in geo.cities(city))


@pytest.mark.parametrize("city,region", [("seattle", "US-WA"), ("edinburgh", "GB-SCT"), ("cardiff", "GB-WLS"),
                                         ("belfast", "GB-NIR"), ("zurich", "CH-ZH"), ("berlin", "DE-BE")])
def test_regions_from_geonames_admin1(city, region):
    assert geo.cities(city)[0][2] == region


def test_local_law_codes():
    assert geo.local_codes("US-NY", "New York City") == ("US-NY-NYC",)
    assert geo.local_codes("US-NY", "Brooklyn") == ("US-NY-NYC",)
    assert geo.local_codes("US-NY", "Yonkers") == ("US-NY-WCH",)
    assert geo.local_codes("US-NY", "Albany") == ("US-NY-ALB",)
    assert geo.local_codes("US-OH", "Columbus") == ("US-OH-CMH",)
    assert geo.local_codes("US-GA", "Columbus") == ()
    assert geo.local_codes(None, "Toledo") == ()
    # every city the law table names exists in the gazetteer, in that state
    for (state, city) in geo.LOCAL_CODES:
        assert any(c[2] == state for c in geo.cities(geo.norm(city))), city


def test_groups_of_countries():
    assert len(geo.group("eu")) == 27 and "GB" not in geo.group("eu")
    assert {"DE", "ZA", "AE"} <= geo.group("emea")
    assert "JP" in geo.group("apac") and "AE" not in geo.group("apac")
    assert {"US", "CA", "MX"} <= geo.group("north america")
    assert "US" not in geo.group("latam") and "BR" in geo.group("latam")
    assert geo.group("narnia") is None


def test_codes_are_read_only_in_capitals():
    assert geo.country("us", "US") == "US" and geo.country("us", "us") is None
    assert geo.country("deu", "DEU") == "DE"
    assert geo.regions("ny", "NY") == ("US-NY",)
    assert geo.regions("wa", "WA") == ("US-WA", "AU-WA")


def test_metro_distance():
    a = geo.coords("Jersey City", "US", "US-NJ")
    b = geo.coords("New York City", "US", "US-NY")
    assert geo.distance_km(a, b) < 20
    assert geo.distance_km(geo.coords("London", "GB", "GB-ENG"), geo.coords("Manchester", "GB", "GB-ENG")) > 200


def test_index_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    path = geo._cache_path()
    assert path and path.startswith(str(tmp_path))
    stale = tmp_path / "geo-00000000.marshal"
    stale.write_bytes(b"old")
    data = {"format": geo._FORMAT, "countries": {"testland": "TL"}}
    geo._write(path, data)
    assert geo._read(path) == data
    assert not stale.exists()  # an index for other package versions is removed
    assert geo._read(str(tmp_path / "missing.marshal")) is None
    (tmp_path / "bad.marshal").write_bytes(b"\x00garbage")
    assert geo._read(str(tmp_path / "bad.marshal")) is None


def test_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", "off")
    assert geo._cache_path() is None
    monkeypatch.setenv("JDLINT_CACHE_DIR", "/tmp")
    monkeypatch.setenv("JDLINT_NO_CACHE", "1")
    assert geo._cache_path() is None


def test_cache_key_changes_with_the_data_files(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JDLINT_NO_CACHE", raising=False)
    fake = tmp_path / "data.json"
    fake.write_text("1")
    monkeypatch.setattr(geo, "_data_files", lambda: [str(fake)])
    first = geo._cache_path()
    fake.write_text("22")
    os.utime(fake, (1, 1))
    assert geo._cache_path() != first
