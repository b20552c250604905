"""Reach: the jurisdictions where the job can be performed, for the pay-law rules.

How a posting's places and work arrangement become a Reach:

- Onsite, hybrid or unspecified work at named places reaches each place: its
  country, its state or province, and its city or county law code ("New York,
  NY" -> US, US-NY, US-NY-NYC). Places offered as alternatives ("Washington, DC;
  Chicago, IL") all count: the job can be performed at any of them.
- A place named only by its country ("Location: Germany") reaches that country
  code and no subdivision. An onsite job sits at one site the posting does not
  name; saying it reaches every German Land (or every US state) would apply each
  state's law to a job that is in only one of them. Rules that want to warn
  about such a posting can test `"DE" in reach.codes`.
- Remote work limited to countries ("Remote (US)", "Remote, Canada",
  applicantLocationRequirements) reaches every subdivision of them: a remote
  hire may live in any state, so every state's law can apply
  (`whole_countries`). A limit to a state or province reaches that division; a
  limit to a group ("EU", "North America") reaches every country in it.
- Remote work with no limit: if the posting names job places, the remote hire is
  taken to be in their countries (Google's reading of a remote posting without
  applicantLocationRequirements); with no place at all it reaches anywhere.
- With no job place, a company base named in passing ("a Berlin-based company",
  "our office in Austin") stands in for the workplace, and the notes say so.
- A posting with no place and no remote statement: unknown.
"""

from __future__ import annotations

from . import geo
from .types import Reach


def _codes(place) -> list[str]:
    out = []
    if place.country:
        out.append(place.country)
    if place.region:
        out.append(place.region)
        out.extend(geo.local_codes(place.region, place.city))
    return out


def _label(place) -> str:
    return place.text.strip() or place.city or place.region or place.country or "?"


def resolve_reach(posting) -> Reach:
    places = posting.places
    arrangement = posting.work_arrangement.value
    jobs = [p for p in places if p.role == "job" and (p.country or p.region)]
    limits = [p for p in places if p.role == "limit"]
    offices = [p for p in places if p.role == "office" and (p.country or p.region)]
    codes: set[str] = set()
    whole: set[str] = set()
    notes: list[str] = []

    if arrangement == "remote":
        for p in limits:
            if p.region:
                codes.update(_codes(p))
                notes.append(f"remote within {_label(p)}: reaches {p.region}")
            elif p.country:
                whole.add(p.country)
                notes.append(f"remote within {_label(p)}: reaches every subdivision of {p.country}")
            else:
                members = geo.group(geo.norm(p.text))
                if members:
                    whole.update(members)
                    notes.append(f"remote within {_label(p)}: reaches {len(members)} countries")
        for p in jobs:
            codes.update(_codes(p))
        if whole or codes and limits:
            notes.extend(f"also the listed place {_label(p)}" for p in jobs[:5])
            return Reach(frozenset(codes | whole), whole_countries=frozenset(whole), notes=tuple(notes))
        if jobs:
            countries = {p.country for p in jobs if p.country}
            whole.update(countries)
            notes.append("remote with no stated area: taken to be in the countries of the listed places ("
                         + ", ".join(sorted(countries)) + "), every subdivision")
            notes.extend(f"listed place {_label(p)}: {', '.join(_codes(p))}" for p in jobs[:5])
            return Reach(frozenset(codes | whole), whole_countries=frozenset(whole), notes=tuple(notes))
        notes.append("remote with no stated area: the job can be performed anywhere")
        return Reach(anywhere=True, notes=tuple(notes))

    chosen = jobs
    if not chosen and limits:
        chosen = [p for p in limits if p.country or p.region]
        if chosen:
            notes.append("no workplace named; using where applicants must be")
    if not chosen and offices:
        chosen = offices
        notes.append("no workplace named; assuming the job is at the company's base mentioned in the text")
    if not chosen:
        if arrangement in ("hybrid", "onsite"):
            notes.append(f"{arrangement} work at a place the posting does not name")
        else:
            notes.append("no place and no remote statement")
        return Reach(unknown=True, notes=tuple(notes))
    for p in chosen:
        found = _codes(p)
        codes.update(found)
        if p.region:
            notes.append(f"{arrangement if arrangement != 'unspecified' else 'work'} at {_label(p)}: {', '.join(found)}")
        else:
            notes.append(f"{_label(p)}: the country only ({p.country}); the state or province is not named")
    return Reach(frozenset(codes), notes=tuple(dict.fromkeys(notes)))
