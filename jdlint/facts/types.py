"""The facts jdlint reads from a posting, shared by rules and `jdlint inspect`.

Every fact keeps `start`/`end`: character offsets into `Posting.text`, so a
finding about it and the `line` that `inspect` prints point into the file the
user edits. Extractors live beside this module (pay.py, places.py, ...); a
`Posting` computes each fact once, on first use, and caches it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PERIODS = ("year", "month", "week", "day", "hour")
ARRANGEMENTS = ("remote", "hybrid", "onsite", "unspecified")


@dataclass(frozen=True, slots=True)
class PayFact:
    """One statement of pay. `min`/`max` are numbers in `currency` per `period`.

    A single figure has min == max. "up to $90k" has min None and
    open_ended True; "$100k+" / "starting at" / "from" have max None and
    open_ended True. A pay grade with no figures ("GS-15") has kind "grade"
    and no amounts.
    """

    min: float | None
    max: float | None
    currency: str | None  # ISO 4217, e.g. "USD"
    period: str | None  # one of PERIODS
    open_ended: bool
    start: int
    end: int
    source: str  # "metadata" or "body"
    text: str = ""
    period_inferred: bool = False  # True when guessed from the size of the figure
    currency_inferred: bool = False  # True when guessed from the place, not written
    kind: str = "amount"  # "amount" or "grade"


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in a posting, resolved to ISO 3166 codes where possible."""

    text: str
    country: str | None  # ISO 3166-1 alpha-2, e.g. "US"
    region: str | None  # ISO 3166-2, e.g. "US-NY"; None for a whole country
    start: int
    end: int
    source: str  # "metadata", "body" or "title"
    city: str | None = None  # e.g. "New York City"
    # "job": where the work is done; "limit": where applicants may be (a remote
    # region limit such as "US only"); "office": a company office mentioned in passing.
    role: str = "job"


@dataclass(frozen=True, slots=True)
class Statement:
    """A detected statement (EEO, agency disclaimer, AI use, ...)."""

    text: str
    start: int
    end: int
    kind: str = ""  # e.g. "us-eeo", "ca-employment-equity", "fr"
    covers: frozenset[str] = frozenset()  # e.g. {"disability", "veteran"}


@dataclass(frozen=True, slots=True)
class Placeholder:
    text: str
    start: int
    end: int
    kind: str  # e.g. "template-slot", "bracket-slot", "stand-in", "lorem-ipsum", "test-post", "example-domain"


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int
    says: str  # what this piece of text says, e.g. "remote", "onsite", "hybrid"


@dataclass(frozen=True, slots=True)
class WorkArrangement:
    value: str  # one of ARRANGEMENTS
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Reach:
    """Where the job can be performed, as jurisdiction codes.

    `codes` holds every jurisdiction reached ("US", "US-NY", "US-NY-NYC",
    "CA-ON", ...). `anywhere` is True for remote work with no limit, which
    reaches every jurisdiction. `unknown` is True when the posting names no
    place and no remote statement, so no pay law can be checked.
    """

    codes: frozenset[str] = frozenset()
    anywhere: bool = False
    unknown: bool = False
    # Countries whose every subdivision is reached ("Remote (US)" -> {"US"}).
    whole_countries: frozenset[str] = frozenset()
    notes: tuple[str, ...] = field(default=())

    def reaches(self, code: str) -> bool:
        """Does the job reach `code` (e.g. "US-CO", "US-NY-NYC", "CA-ON")?"""
        if self.anywhere:
            return True
        if code in self.codes:
            return True
        country = code.split("-", 1)[0]
        # A whole country reaches its states, provinces and cities.
        return country in self.whole_countries
