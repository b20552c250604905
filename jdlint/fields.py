"""Canonical posting metadata from the many front-matter dialects in the wild.

Job boards name the same thing a dozen ways (`location`, `city`, `jobLocation`,
`job_location`...). Each canonical field lists the keys seen in real postings
repos and the schema.org JobPosting names; the first key present wins. A config
can put its own keys in front (`fields: {locations: [where]}`).
"""

from __future__ import annotations

from dataclasses import dataclass

FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "job_title", "jobtitle", "position", "position_title", "role_title", "name"),
    "company": ("company", "company_name", "hiringOrganization", "organization", "organisation",
                "employer", "org", "agency"),
    "locations": ("locations", "location", "jobLocation", "job_location", "job_locations",
                  "city", "office", "offices", "place", "where", "location_name"),
    "country": ("country", "addressCountry"),
    "region": ("state", "region", "province", "addressRegion"),
    "work_arrangement": ("remote", "remote_ok", "is_remote", "work_arrangement", "workplace_type",
                         "workplace", "work_type", "jobLocationType", "location_type", "remote_type",
                         "telecommute", "work_mode"),
    "applicant_locations": ("applicantLocationRequirements", "applicant_location", "remote_region",
                            "remote_regions", "eligible_locations", "timezone_requirements"),
    "pay": ("salary", "compensation", "pay", "salary_range", "pay_range", "baseSalary", "wage",
            "wages", "remuneration", "salary_min", "salary_max", "estimatedSalary"),
    "employment_type": ("employmentType", "employment_type", "job_type", "jobtype", "contract",
                        "type", "schedule", "contract_type"),
    "date_posted": ("datePosted", "date_posted", "date", "posted", "posted_on", "created",
                    "published", "publish_date", "opens"),
    "closing_date": ("validThrough", "closing_date", "close_date", "closes", "deadline",
                     "application_deadline", "apply_by", "expires", "expiry", "expiration_date",
                     "end_date"),
}


# Some exports wrap the whole posting in one mapping (`position: {title: ...}`).
WRAPPER_KEYS = ("position", "job", "posting", "jobPosting", "job_posting", "vacancy")
# Fields whose value is text: a mapping under these keys is not the value.
SCALAR_FIELDS = ("title", "employment_type", "date_posted", "closing_date")


@dataclass(frozen=True, slots=True)
class Field:
    """A canonical field found in a posting's metadata."""

    name: str  # canonical name, e.g. "pay"
    key: str  # the key as written, e.g. "compensation" or "baseSalary"
    value: object
    start: int  # span of the value in the file (the key's span when the value is empty)
    end: int
    key_start: int


def canonical_fields(values: dict, spans: dict, extra_keys: dict[str, list[str]] | None = None
                     ) -> dict[str, Field]:
    """The canonical fields present in `values` (a posting's metadata)."""
    fields: dict[str, Field] = {}
    if not values:
        return fields
    sources = [(values, "")]
    for wrapper in WRAPPER_KEYS:
        inner = values.get(wrapper)
        if isinstance(inner, dict) and ("title" in inner or "location" in inner):
            sources.append((inner, f"{wrapper}."))
    for name, keys in FIELD_KEYS.items():
        candidates = list((extra_keys or {}).get(name, ())) + list(keys)
        for source, prefix in sources:
            found = _first(name, candidates, source, prefix, spans)
            if found is not None:
                fields[name] = found
                break
    return fields


def _first(name: str, candidates, values: dict, prefix: str, spans: dict) -> Field | None:
    lowered = {k.lower() if isinstance(k, str) else k: k for k in values}
    for key in candidates:
        real = key if key in values else lowered.get(key.lower())
        if real is None:
            continue
        value = values[real]
        if value in (None, "", [], {}) or (name in SCALAR_FIELDS and isinstance(value, (dict, list))):
            continue
        span = spans.get(f"{prefix}{real}")
        if span is None:
            start = end = key_start = 0
        else:
            start, end, key_start = span.value_start, span.value_end, span.key_start
            if end <= start:
                start, end = span.key_start, span.key_end
        return Field(name, f"{prefix}{real}", value, start, end, key_start)
    return None
