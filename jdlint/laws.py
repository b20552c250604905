"""Pay-transparency laws as data, and which of them a posting owes something to.

Each law is one YAML record in `rules/laws/<CODE>.yaml` (installed as package
data of `jdlint.rules`), named by its jurisdiction code: `US-CO`, `US-NY-NYC`,
`CA-ON`, `PL`... A record says what the law is (name, citation, effective
date, later amendments), whom it binds (employer-size threshold and how staff
are counted), which jobs it reaches (remote work included) and what a posting
must contain (`requires`: pay, closed_range, max_width, max_spread, benefits,
application_deadline, ai_statement, vacancy_statement,
no_canadian_experience), each with the date it applies from and its
confidence (`status`: verified | secondary | unverified, the [V]/[S]/[?] flags
of the reference it was researched from), plus source links and the date the
record was last checked.

Policy, applied here so every pay rule behaves the same:
- A law applies as of `ctx.as_of` (default today), whatever the posting's
  `date_posted`: jdlint checks a posting as it is published, or kept
  published, now. To lint an archive as of its own time, set `as_of`.
- Unknown headcount counts as covered, and findings say so once.
- Unverified facts never produce an error: the rules with severity error use
  verified and secondary facts only; `unverified-pay-requirement` (info)
  reports the rest, hedged.
- "On request" and "before interview" laws (Connecticut, Nevada, Toledo, the
  EU directive...) are recorded but never demand anything of a posting.
- Nothing is owed by a closed posting (`status: closed`, closing date before
  `as_of`), an unpaid or volunteer role, or a federal public-service job (GS
  or Canadian federal classification) to sub-national laws.
- Remote reach is per law (`remote.covers`); laws whose remote reach the
  reference could not establish reach only jobs that name their jurisdiction.

Records are parsed on first use, one file at a time (ruamel's safe loader
costs ~0.6 ms a record, and a posting in Denver needs only Colorado's), and
cached for the life of the process.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from . import regex

STATUSES = ("verified", "secondary", "unverified")
DISCLOSURES = ("posting", "on_request", "before_interview", "not_in_force", "none")
COUNTED = ("anywhere", "in_jurisdiction", "anywhere_with_one_local")
# How a law reaches remote work:
#   all_remote - any remote job in the law's country, even one whose posting
#                excludes the jurisdiction (Colorado);
#   open       - jobs that may be done from the jurisdiction: a named place
#                there, remote open to its whole country, or remote anywhere;
#   country    - a named place, or remote work open to the whole country, but
#                not remote work with no stated area at all (laws whose only
#                remote test excludes work done outside the jurisdiction);
#   named      - only jobs whose place in the jurisdiction is named (worksite
#                laws, and laws whose remote reach is unknown).
COVERS = ("all_remote", "open", "country", "named")
REQUIREMENTS = ("pay", "closed_range", "max_width", "max_spread", "benefits", "application_deadline",
                "ai_statement", "vacancy_statement", "no_canadian_experience")
KINDS = ("union", "country", "state", "district", "province", "county", "city")
SINGLE_FIGURE = ("allowed", "unknown", "not_allowed")

HEADCOUNT_NOTE = "employer headcount unknown; set employer.headcount in .jdlint.yaml"


class LawDataError(Exception):
    """A law record is malformed."""


class Requirement(NamedTuple):
    name: str
    since: dt.date | None  # None: the law's date is unknown (unverified records only)
    status: str = "secondary"
    note: str = ""
    amount: float | None = None  # max_width: widest allowed range
    ratio: float | None = None  # max_spread: max <= min * (1 + ratio)
    exempt_above: float | None = None  # pay/max_width: not needed above this annual pay
    currency: str | None = None


class Threshold(NamedTuple):
    min_employees: int
    counted: str
    note: str = ""
    status: str = "secondary"
    when: str = ""  # e.g. "day_of_posting"


class MinimumWage(NamedTuple):
    """A minimum hourly wage from `since` (used by pay-below-minimum-wage)."""

    since: dt.date
    hourly: float
    currency: str
    citation: str
    source: str
    tipped_cash_wage: float | None = None
    note: str = ""


class Amendment(NamedTuple):
    date: dt.date
    citation: str
    summary: str


class Source(NamedTuple):
    key: str
    url: str


class Law(NamedTuple):
    code: str
    jurisdiction: str
    kind: str
    law: str
    citation: str
    citation_status: str
    effective: dt.date | None
    status: str
    disclosure: str
    threshold: Threshold
    covers: str
    remote_note: str
    remote_status: str
    requirements: dict[str, Requirement]
    single_figure: str
    single_figure_since: dt.date | None
    commission_statement_ok: bool
    amendments: tuple[Amendment, ...]
    sources: tuple[Source, ...]
    checked: dt.date
    effective_note: str = ""
    status_note: str = ""
    disclosure_note: str = ""
    notes: tuple[str, ...] = ()
    minimum_wages: tuple[MinimumWage, ...] = ()

    @property
    def verified(self) -> bool:
        """False when the reference could not confirm the law itself ([?])."""
        return self.status != "unverified"

    @property
    def country(self) -> str:
        return self.code.split("-", 1)[0]

    def requirement(self, name: str, as_of: dt.date) -> Requirement | None:
        """The requirement if this law demands it of a posting published on `as_of`.

        Verified and unverified requirements alike; an unverified law with no
        known effective date counts as possibly in force (callers hedge)."""
        if self.disclosure != "posting":
            return None
        req = self.requirements.get(name)
        if req is None:
            return None
        since = req.since or self.effective
        if since is None:
            return req if self.status == "unverified" else None
        return req if as_of >= since else None

    def minimum_wage(self, as_of: dt.date) -> MinimumWage | None:
        """The minimum wage in force on `as_of`, if the record has one."""
        current = None
        for wage in self.minimum_wages:
            if wage.since <= as_of and (current is None or wage.since > current.since):
                current = wage
        return current

    def firm(self, req: Requirement) -> bool:
        """May a finding under `req` be an error? Only if neither the law nor the fact is [?]."""
        return self.verified and req.status != "unverified"

    def single_figure_ok(self, as_of: dt.date) -> bool:
        if self.single_figure == "not_allowed":
            return False
        if self.single_figure_since is not None and as_of < self.single_figure_since:
            return False
        return True  # "allowed", or "unknown" read in the posting's favour

    @property
    def short_citation(self) -> str:
        """The citation's first part: "C.R.S. § 8-5-201" of "C.R.S. § 8-5-201; 7 CCR 1103-18 ..."."""
        return self.citation.split(";", 1)[0].split(" (", 1)[0].strip()

    def label(self) -> str:
        """'Colorado (C.R.S. § 8-5-201)', for messages naming few laws."""
        return f"{self.jurisdiction} ({self.short_citation})"


# -- loading -------------------------------------------------------------------------

def _law_dir() -> Path:
    here = Path(__file__).resolve().parent
    # Installed: jdlint/rules/laws. Checkout: rules/ beside jdlint/ (pyproject's package-dir).
    for candidate in (here / "rules" / "laws", here.parent / "rules" / "laws"):
        if candidate.is_dir():
            return candidate
    raise LawDataError(f"law data folder not found next to {here}")


_CODES: tuple[str, ...] | None = None
_LAWS: dict[str, Law] = {}
_YAML = None


def codes() -> tuple[str, ...]:
    """Every jurisdiction code with a record (from file names; nothing parsed)."""
    global _CODES
    if _CODES is None:
        _CODES = tuple(sorted(name[:-5] for name in os.listdir(_law_dir()) if name.endswith(".yaml")))
    return _CODES


def get(code: str) -> Law | None:
    """The law record for `code`, parsed on first use."""
    law = _LAWS.get(code)
    if law is None and code in codes():
        law = _LAWS[code] = _load(_law_dir() / f"{code}.yaml")
    return law


def all_laws() -> tuple[Law, ...]:
    return tuple(get(code) for code in codes())


def _load(path: Path) -> Law:
    data = _read_record(path)
    try:
        law = _build(data)
    except KeyError as exc:
        raise LawDataError(f"{path.name}: missing field {exc}") from None
    except (TypeError, ValueError) as exc:
        raise LawDataError(f"{path.name}: {exc}") from None
    if law.code != path.stem:
        raise LawDataError(f"{path.name}: code {law.code!r} does not match the file name")
    return law


# -- parsed records kept between runs ------------------------------------------------
# ruamel resolves every scalar in Python: ~1 ms a record, and a run over postings
# from many places parses most of the 40 records, in every worker process. So the
# parsed data of the records shipped with jdlint is kept in one small marshal
# file in the cache folder (JDLINT_CACHE_DIR, shared with jdlint.regex), keyed
# by each file's size and modification time. Loading still goes record by
# record, and `_build` checks cached data exactly as it checks parsed YAML; any
# problem with the file only means parsing the YAML again.

_CACHE_FORMAT = 1
_DATA: dict | None = None  # path -> (size, mtime_ns, data with dates as ("date", ordinal))
_DATA_DIRTY = False
_CACHING = False  # a cache file is in use


def _read_record(path: Path):
    global _DATA_DIRTY
    cache = _data_cache()
    key = str(path)
    try:
        st = os.stat(path)
        stamp = (st.st_size, st.st_mtime_ns)
    except OSError:
        stamp = None
    entry = cache.get(key)
    if stamp is not None and type(entry) is tuple and len(entry) == 3 and entry[:2] == stamp:
        try:
            return _thaw(entry[2])
        except (TypeError, ValueError, IndexError, OverflowError):
            pass  # not written by this version: parse again
    data = _parse(path)
    if stamp is not None and _CACHING and path.parent == _law_dir():
        try:
            cache[key] = (*stamp, _freeze(data))
            _DATA_DIRTY = True
        except TypeError:
            pass  # a type marshal cannot keep: parse this record every run
    return data


def _parse(path: Path):
    global _YAML
    if _YAML is None:
        from ruamel.yaml import YAML

        _YAML = YAML(typ="safe", pure=False)
    with open(path, encoding="utf-8") as fh:
        return _YAML.load(fh.read())


def _freeze(value):
    """`value` for marshal: dates become ("date", ordinal), since YAML never loads a tuple."""
    kind = type(value)
    if kind is dict:
        return {_freeze(k): _freeze(v) for k, v in value.items()}
    if kind is list:
        return [_freeze(v) for v in value]
    if kind is dt.date:
        return ("date", value.toordinal())
    if kind in (str, int, float, bool) or value is None:
        return value
    raise TypeError(kind)


def _thaw(value):
    kind = type(value)
    if kind is dict:
        return {k if type(k) is not tuple else _thaw(k): _thaw(v) for k, v in value.items()}
    if kind is list:
        return [_thaw(v) for v in value]
    if kind is tuple:
        return dt.date.fromordinal(value[1])
    return value


def _cache_file() -> str | None:
    where = os.environ.get("JDLINT_CACHE_DIR", "")
    if where.lower() in ("off", "0", "none", "false") or os.environ.get("JDLINT_NO_CACHE"):
        return None
    if not where:
        where = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                             "jdlint")
    return os.path.join(where, f"laws-{_CACHE_FORMAT}.marshal")


def _data_cache() -> dict:
    global _DATA, _CACHING
    if _DATA is None:
        _DATA = {}
        path = _cache_file()
        _CACHING = path is not None
        if path is not None:
            try:
                import marshal

                with open(path, "rb") as fh:
                    data = marshal.loads(fh.read())
                if isinstance(data, dict):
                    _DATA = data
            except (OSError, EOFError, ValueError, TypeError):
                pass
            import atexit

            atexit.register(_save_data, path)
    return _DATA


def _save_data(path: str) -> None:
    if not _DATA_DIRTY or not _DATA:
        return
    try:
        import marshal

        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(_DATA, fh)
        os.replace(tmp, path)  # atomic: parallel runs never read half a file
    except (OSError, ValueError):
        pass


def _choice(value, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _date(value, what: str, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise ValueError(f"{what} must be a date (YYYY-MM-DD), got {value!r}")


def _build(d: dict) -> Law:
    if not isinstance(d, dict):
        raise TypeError("a law record must be a mapping")
    code = d["code"]
    emp = d["employer"]
    remote = d.get("remote") or {}
    reqs = {}
    for name, spec in (d.get("requires") or {}).items():
        _choice(name, REQUIREMENTS, "requires key")
        spec = spec or {}
        reqs[name] = Requirement(
            name=name,
            since=_date(spec.get("since"), f"requires.{name}.since", optional=True),
            status=_choice(spec.get("status", "secondary"), STATUSES, f"requires.{name}.status"),
            note=str(spec.get("note", "")),
            amount=spec.get("amount"),
            ratio=spec.get("ratio"),
            exempt_above=spec.get("exempt_above"),
            currency=spec.get("currency"),
        )
    status = _choice(d["status"], STATUSES, "status")
    effective = _date(d.get("effective"), "effective", optional=status == "unverified"
                      or d["disclosure"] in ("not_in_force", "none"))
    return Law(
        code=code,
        jurisdiction=d["jurisdiction"],
        kind=_choice(d["kind"], KINDS, "kind"),
        law=d["law"],
        citation=d["citation"],
        citation_status=_choice(d.get("citation_status", "secondary"), STATUSES, "citation_status"),
        effective=effective,
        status=status,
        disclosure=_choice(d["disclosure"], DISCLOSURES, "disclosure"),
        threshold=Threshold(
            min_employees=int(emp["min_employees"]),
            counted=_choice(emp["counted"], COUNTED, "employer.counted"),
            note=str(emp.get("note", "")),
            status=_choice(emp.get("status", "secondary"), STATUSES, "employer.status"),
            when=str(emp.get("when", "")),
        ),
        covers=_choice(remote.get("covers", "named"), COVERS, "remote.covers"),
        remote_note=str(remote.get("note", "")),
        remote_status=_choice(remote.get("status", "secondary"), STATUSES, "remote.status"),
        requirements=reqs,
        single_figure=_choice(d.get("single_figure", "unknown"), SINGLE_FIGURE, "single_figure"),
        single_figure_since=_date(d.get("single_figure_since"), "single_figure_since", optional=True),
        commission_statement_ok=bool(d.get("commission_statement_ok", False)),
        amendments=tuple(Amendment(_date(a["date"], "amendments.date"), a["citation"], a["summary"])
                         for a in d.get("amendments") or ()),
        sources=tuple(Source(s["key"], s["url"]) for s in d["sources"]),
        checked=_date(d["checked"], "checked"),
        effective_note=str(d.get("effective_note", "")),
        status_note=str(d.get("status_note", "")),
        disclosure_note=str(d.get("disclosure_note", "")),
        notes=tuple(d.get("notes") or ()),
        minimum_wages=tuple(
            MinimumWage(since=_date(w["since"], "minimum_wage.since"), hourly=float(w["hourly"]),
                        currency=w["currency"], citation=w["citation"], source=w["source"],
                        tipped_cash_wage=w.get("tipped_cash_wage"), note=str(w.get("note", "")))
            for w in d.get("minimum_wage") or ()),
    )


# -- applicability -------------------------------------------------------------------

class Coverage(NamedTuple):
    """A law that demands `requirement` of this posting."""

    law: Law
    requirement: Requirement
    assumed_headcount: bool = False  # covered only because the headcount is unknown
    firm: bool = True  # verified enough for an error (see Law.firm)
    remote: bool = False  # reached through remote work, not a named place


def candidate_codes(reach, remote: bool) -> tuple[str, ...]:
    """Codes of the records that could reach a job, so only those get parsed.

    A job reaches the records of its named places and their parents; remote
    work also reaches, without naming them, records whose `remote.covers`
    allows it, which a cheap look at each file's text tells before parsing."""
    if reach.unknown:
        return ()
    every = codes()
    found = set()
    have = set(every)
    for code in reach.codes:
        # The job's own code and its parents ("US-NY-NYC" -> "US", "US-NY").
        while code:
            if code in have:
                found.add(code)
            code = code.rpartition("-")[0]
    by_country = _codes_by_country()
    if reach.anywhere:
        found.update(c for c in every if _header(c)[1] in ("open", "all_remote"))
    else:
        for country in reach.whole_countries:
            found.update(c for c in by_country.get(country, ()) if _header(c)[1] != "named")
        if remote:
            # all_remote laws (Colorado) reach remote jobs anywhere in their country.
            for country in {c.split("-", 1)[0] for c in reach.codes}:
                found.update(c for c in by_country.get(country, ()) if _header(c)[1] == "all_remote")
    return tuple(c for c in every if c in found)


_HEADER = regex.compile(r"^disclosure:[ \t]*(\w+)|^[ \t]+covers:[ \t]*(\w+)", re.M)
_HEADERS: dict[str, tuple[str, str]] = {}


def _header(code: str) -> tuple[str, str]:
    """(disclosure, remote.covers) of a record, read from its text without parsing the YAML.

    Only a record that demands something of postings can matter, so others
    count as "named" (reached only by naming them, and then parsed anyway)."""
    found = _HEADERS.get(code)
    if found is None:
        disclosure, covers = "", "named"
        with open(_law_dir() / f"{code}.yaml", encoding="utf-8") as fh:
            for m in _HEADER.finditer(fh.read()):
                if m.group(1):
                    disclosure = m.group(1)
                else:
                    covers = m.group(2)
        found = _HEADERS[code] = (disclosure, covers if disclosure == "posting" else "named")
    return found


_BY_COUNTRY: dict[str, tuple[str, ...]] | None = None


def _codes_by_country() -> dict[str, tuple[str, ...]]:
    global _BY_COUNTRY
    if _BY_COUNTRY is None:
        index: dict[str, list[str]] = {}
        for code in codes():
            index.setdefault(code.split("-", 1)[0], []).append(code)
        _BY_COUNTRY = {k: tuple(v) for k, v in index.items()}
    return _BY_COUNTRY


def law_reaches(law: Law, reach, remote: bool) -> str | None:
    """How `law` reaches a job with this reach (see COVERS): "place", "remote", or None."""
    code = law.code
    if code in reach.codes or any(c.startswith(code + "-") for c in reach.codes):
        return "place"
    if law.covers == "named":
        return None
    if law.covers == "country":
        return "remote" if law.country in reach.whole_countries else None
    if reach.reaches(code):
        return "remote"
    if law.covers == "all_remote" and remote:
        country = law.country
        if country in reach.whole_countries or any(c == country or c.startswith(country + "-")
                                                   for c in reach.codes):
            return "remote"
    return None


def employer_covered(law: Law, employer) -> tuple[bool, bool]:
    """(covered, assumed): is the employer big enough, and was that assumed for lack of a count?

    `counted` says whose staff count: all of them (`anywhere`), those in the
    jurisdiction (`in_jurisdiction`; a parent jurisdiction's count or the total
    caps it), or all of them provided one works there (`anywhere_with_one_local`;
    an unknown local count is read as "yes": the employer is hiring there).
    """
    t = law.threshold
    total = employer.headcount
    if t.counted == "anywhere":
        if t.min_employees <= 1:
            return True, False
        if total is None:
            return True, True
        return total >= t.min_employees, False
    by = employer.headcount_by_jurisdiction or {}
    local = by.get(law.code)
    bounds = [n for n in (by.get(p) for p in _ancestors(law.code)) if n is not None]
    if total is not None:
        bounds.append(total)
    cap = min(bounds) if bounds else None
    if t.counted == "in_jurisdiction":
        if local is not None:
            return local >= t.min_employees, False
        if cap is not None and cap < t.min_employees:
            return False, False
        return True, total is None
    # anywhere_with_one_local
    if total is not None and total < t.min_employees:
        return False, False
    if local is not None and local < 1 or local is None and cap is not None and cap < 1:
        return False, False
    return True, total is None


def _ancestors(code: str) -> list[str]:
    parts = code.split("-")
    return ["-".join(parts[:i]) for i in range(1, len(parts))]


def covering(reach, requirement: str, *, as_of: dt.date, employer, remote: bool = False,
             laws: Iterable[Law] | None = None) -> list[Coverage]:
    """Laws that demand `requirement` of a job with this reach, as of `as_of`.

    Pure (no posting needed), so applicability can be tested with
    constructed Reach objects. Firm and unverified coverage alike; see
    `Coverage.firm`."""
    if laws is None:
        laws = _candidate_laws(reach, remote)
    return [cov for law, how, assumed in _reaching(reach, remote, employer, laws)
            if (cov := _coverage(law, how, assumed, requirement, as_of)) is not None]


def _candidate_laws(reach, remote: bool) -> list[Law]:
    return [law for law in (get(c) for c in candidate_codes(reach, remote)) if law is not None]


def _reaching(reach, remote: bool, employer, laws: Iterable[Law]) -> list[tuple[Law, str, bool]]:
    """(law, how it reaches, headcount assumed) for the laws that reach the job and
    whose employer threshold is met, in the order findings name them (US first,
    then by kind and code). None of this depends on the requirement, so a
    posting's coverage for every requirement is worked out from one list."""
    found = []
    for law in laws:
        how = law_reaches(law, reach, remote)
        if how is None:
            continue
        covered, assumed = employer_covered(law, employer)
        if covered:
            found.append((law, how, assumed))
    found.sort(key=lambda item: (item[0].country != "US", KINDS.index(item[0].kind), item[0].code))
    return found


def _coverage(law: Law, how: str, assumed: bool, requirement: str, as_of: dt.date) -> Coverage | None:
    req = law.requirement(requirement, as_of)
    if req is None:
        return None
    return Coverage(law, req, assumed, law.firm(req), how == "remote")


def posting_coverage(posting, ctx, requirement: str) -> list[Coverage]:
    """`covering` for a posting: its reach, whether it is remote, and the run's settings.

    Every pay rule asks this of the same posting, so the answer for all
    requirements is worked out once per posting (`_scope`, kept on the
    posting), from a table shared by postings with the same reach: most
    postings share a handful of reaches."""
    return _applying(posting, ctx, requirement, 0)


def firm_coverage(posting, ctx, requirement: str) -> list[Coverage]:
    """The laws that may make an unmet `requirement` an error (see `Law.firm`)."""
    return _applying(posting, ctx, requirement, 1)


def _applying(posting, ctx, requirement: str, firm: int) -> list[Coverage]:
    scope = posting.__dict__.get("_laws_scope")
    if scope is None or scope.settings is not ctx.settings:
        scope = _scope(posting, ctx)
    found = scope.table.get(requirement)
    if found is None:
        return []  # the common case, kept to a dictionary lookup: no law asks this of the job
    if scope.exempt is None:
        # Volunteers are not employees, a closed posting advertises nothing, and a
        # federal public-service job is outside state and provincial law.
        scope.exempt = states_unpaid(posting) or closed(posting, ctx.as_of)
        scope.civil = public_service(posting)
    if scope.exempt:
        return []
    if scope.civil:
        return [c for c in found[firm] if c.law.country not in scope.civil or c.law.kind in ("country", "union")]
    return list(found[firm])


def report_missing(posting, ctx, requirement: str, present, message):
    """Findings for a statement a law requires and the posting lacks: one, at its title.

    `present(posting)` says whether the posting has it; `message(demand)` words
    the finding from "Colorado (C.R.S. § 8-5-201) requires" (see `requires`).
    The notes (remote reach, assumed headcount) are appended here."""
    covs = firm_coverage(posting, ctx, requirement)
    if not covs or present(posting):
        return
    from .model import Finding

    start, end = anchor(posting)
    yield Finding(start, end, message(requires(covs)) + notes(covs))


class _Scope:
    __slots__ = ("settings", "table", "exempt", "civil")

    def __init__(self, settings, table: dict[str, tuple]):
        self.settings = settings
        self.table = table  # see _coverage_table; exemptions not yet applied
        self.exempt: bool | None = None  # computed only once some law applies
        self.civil: set[str] = set()


def _scope(posting, ctx) -> _Scope:
    """Work out the posting's coverage and keep it on the posting (for these settings):
    the first rule to ask pays, later rules, in whatever order the engine or a
    profiler runs them, only look it up (see `_applying`)."""
    settings = ctx.settings
    reach = posting.reach
    if reach.unknown:
        scope = _Scope(settings, {})
    else:
        employer = ctx.employer
        key = (employer.headcount, tuple(sorted((employer.headcount_by_jurisdiction or {}).items())))
        # Reach's notes differ from posting to posting; the laws depend only on these fields.
        table = _coverage_table((reach.codes, reach.anywhere, reach.whole_countries), ctx.as_of,
                                is_remote(posting, reach), key)
        scope = _Scope(settings, table)
    posting.__dict__["_laws_scope"] = scope
    return scope


class _Employer(NamedTuple):
    headcount: int | None
    headcount_by_jurisdiction: dict


@lru_cache(maxsize=1024)
def _coverage_table(reach_key, as_of: dt.date, remote: bool, employer_key) -> dict[str, tuple]:
    """requirement -> (coverage, the firm part of it), for every requirement some law
    reaching the job demands."""
    from .facts.types import Reach

    reach = Reach(codes=reach_key[0], anywhere=reach_key[1], whole_countries=reach_key[2])
    employer = _Employer(employer_key[0], dict(employer_key[1]))
    found: dict[str, list[Coverage]] = {}
    for law, how, assumed in _reaching(reach, remote, employer, _candidate_laws(reach, remote)):
        for requirement in law.requirements:
            cov = _coverage(law, how, assumed, requirement, as_of)
            if cov is not None:
                found.setdefault(requirement, []).append(cov)
    return {requirement: (tuple(covs), tuple(c for c in covs if c.firm)) for requirement, covs in found.items()}


# A public-service pay grade names the employer: General Schedule (GS/GG/GM) grades are
# US federal jobs, two-letter classifications with a level (IT-03, EC-05) Canadian federal
# ones. State, provincial and city laws do not bind those governments (DC's law says so
# outright), so such postings owe them nothing.
_FEDERAL_GRADE = (("US", regex.compile(r"G[SGM][- ]?\d")), ("CA", regex.compile(r"[A-Z]{2}-0[1-9]\b")))


# A rendered federal posting states the grade beside the figures ("GS-15 Step 1 $136,908"),
# where the pay extractor keeps the figures, not the grade.
_GS_TEXT = regex.compile(r"\bG[SM]-(?:1[0-5]|0?[1-9])\b")
_US_FEDERAL_TEXT = regex.compile(r"\bUSAJOBS\b|\bGeneral Schedule\b", re.I)


def public_service(posting) -> set[str]:
    """Countries whose federal public service the posting's pay grade belongs to."""
    found = set()
    for fact in posting.pay:
        if fact.kind == "grade":
            for country, pattern in _FEDERAL_GRADE:
                if pattern.match(fact.text):
                    found.add(country)
    body = posting.body
    if "US" not in found and "GS-" in body and _GS_TEXT.search(body) and _US_FEDERAL_TEXT.search(body):
        found.add("US")
    return found


_CLOSED_STATUS = regex.compile(r"^\s*(?:closed|filled|position filled|hired|solved|resolved|completed|expired|"
                            r"archived|inactive|withdrawn|cancell?ed)\b", re.I)
_STATUS_KEYS = ("status", "job_status", "posting_status")


def closed(posting, as_of: dt.date) -> bool:
    """Is the posting marked closed (`status: closed`), or past its closing date?

    Pay-transparency laws govern advertisements for open jobs; a posting kept
    in the repository as a record of a closed search is not one."""
    meta = posting.meta
    for key in _STATUS_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and _CLOSED_STATUS.match(value):
            return True
    field = posting.field("closing_date")
    if field is None:
        return False
    value = field.value
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return False
    return isinstance(value, dt.date) and value < as_of


_UNPAID = regex.compile(r"^\s*(?:unpaid|volunteer(?:ing)?|voluntary|pro[ -]bono|gratis|no pay)\b", re.I)
_UNPAID_TEXT = regex.compile(
    r"\bthis\s+(?:is\s+an?\s+)?(?:unpaid|volunteer)\s+(?:role|position|job|opportunity|internship)\b|"
    r"\b(?:this|the)\s+(?:role|position|job|opportunity|internship)\s+is\s+(?:an?\s+)?(?:unpaid|voluntary|volunteer)\b|"
    r"\bunpaid\s+(?:role|position|opportunity|internship)\b", re.I)
# "Volunteer Designer", "Illustrator (volunteer)" - but a Volunteer Coordinator is a paid job.
_VOLUNTEER_TITLE = regex.compile(r"^\s*volunteer\b|\bvolunteer\W*$|\(\s*volunteer|[-–:|]\s*volunteer\b", re.I)
_VOLUNTEER_STAFF = regex.compile(r"volunteer\s+(?:coordinator|manager|director|engagement|program|services|specialist|"
                              r"recruit|supervisor|lead|administrator|officer|liaison|relations|management)", re.I)


def states_unpaid(posting) -> bool:
    """Does the posting say the role is unpaid (a volunteer role)? That is its pay disclosure."""
    pay = posting.field("pay")
    if pay is not None and isinstance(pay.value, str) and _UNPAID.match(pay.value):
        return True
    title = posting.title
    if "olunteer" in title and _VOLUNTEER_TITLE.search(title) and not _VOLUNTEER_STAFF.search(title):
        return True
    body = posting.body
    return ("npaid" in body or "olunt" in body) and _UNPAID_TEXT.search(body) is not None


def is_remote(posting, reach=None) -> bool:
    reach = reach if reach is not None else posting.reach
    if reach.anywhere or reach.whole_countries:
        return True
    try:
        return posting.work_arrangement.value == "remote"
    except ImportError:  # arrangement extractor not installed in this build
        return False


# -- messages ------------------------------------------------------------------------

def name_laws(covs: list[Coverage], full: int = 3) -> str:
    """'Colorado (C.R.S. ...) and New York City (...)', or the jurisdictions' names only when many."""
    laws = [c.law for c in covs]
    if len(laws) <= full:
        return _join([law.label() for law in laws])
    return f"the laws of {len(laws)} jurisdictions ({_join([law.jurisdiction for law in laws])})"


def requires(covs: list[Coverage]) -> str:
    """'Colorado (C.R.S. § 8-5-201) requires' / 'the laws of 9 jurisdictions (...) require'."""
    return f"{name_laws(covs)} {'requires' if len(covs) == 1 else 'require'}"


def notes(covs: list[Coverage]) -> str:
    """The trailing notes of a message: why remote work is reached, and an assumed headcount (once)."""
    parts = []
    if covs and all(c.remote for c in covs):
        parts.append("the job is remote and may be done from there; if not, say where hires may live")
    if any(c.assumed_headcount for c in covs):
        parts.append(HEADCOUNT_NOTE)
    return f" ({'; '.join(parts)})" if parts else ""



def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_FIRST_LINE = regex.compile(r"\S[^\n]*")


def anchor(posting) -> tuple[int, int]:
    """Where a finding about the posting as a whole points: its title, first heading or first line."""
    title = posting.field("title")
    if title is not None and title.end > title.start:
        return title.start, title.end
    if posting.sections:
        first = posting.sections[0]
        return first.start, first.body_start
    m = _FIRST_LINE.search(posting.body)
    return (m.start(), m.end()) if m else (0, 0)


# -- cheap text scans the rules share -----------------------------------------------------

def lowered(posting) -> str:
    """`posting.body` in lower case, made once per posting and kept on it (same
    length, same offsets; several rules read it)."""
    low = posting.__dict__.get("_laws_lowered")
    if low is None:
        low = posting.__dict__["_laws_lowered"] = posting.body.lower()
    return low


def has_word(low: str, words: tuple[str, ...]) -> bool:
    """Does any of `words` occur in `low` as a whole word (not inside a longer word)?

    A loop of str.find is several times faster than one big case-insensitive
    regex over a 2.5 KB posting, which matters at 50-100 microseconds a posting."""
    n = len(low)
    for word in words:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (end >= n or not low[end].isalnum()):
                return True
            i = low.find(word, i + 1)
    return False


def search_near(low: str, triggers: tuple[str, ...], rx: re.Pattern, before: int = 0, after: int = 120):
    """The first match of `rx` in a window around an occurrence of one of `triggers`.

    `triggers` are literal lower-case strings every match of `rx` contains; the
    regex only runs on the few windows they mark."""
    for trigger in triggers:
        i = low.find(trigger)
        while i != -1:
            m = rx.search(low, max(0, i - before), i + len(trigger) + after)
            if m:
                return m
            i = low.find(trigger, i + 1)
    return None


# -- pay facts the rules share ----------------------------------------------------------

class PayView(NamedTuple):
    amounts: tuple = ()  # PayFacts with figures
    grades: tuple = ()  # PayFacts that are grades without figures
    closed: tuple = ()  # amounts with both a minimum and a maximum


def pay_view(posting) -> PayView:
    amounts, grades, closed = [], [], []
    for fact in posting.pay:
        if fact.kind == "grade":
            grades.append(fact)
        elif fact.min is not None or fact.max is not None:
            amounts.append(fact)
            if fact.min is not None and fact.max is not None and not fact.open_ended:
                closed.append(fact)
    return PayView(tuple(amounts), tuple(grades), tuple(closed))


_PERIOD_FACTOR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}


def annual(value: float, period: str | None) -> float | None:
    """A figure per `period` as a full-time annual amount (40 h x 52 weeks)."""
    factor = _PERIOD_FACTOR.get(period or "")
    return value * factor if factor else None
