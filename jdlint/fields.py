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
    lowered = {k.lower() if isinstance(k, str) else k: k for k in values}
    for name, keys in FIELD_KEYS.items():
        candidates = list((extra_keys or {}).get(name, ())) + list(keys)
        for key in candidates:
            real = key if key in values else lowered.get(key.lower())
            if real is None:
                continue
            value = values[real]
            if value in (None, "", [], {}):
                continue
            span = spans.get(str(real))
            if span is None:
                start = end = key_start = 0
            else:
                start, end, key_start = span.value_start, span.value_end, span.key_start
                if end <= start:
                    start, end = span.key_start, span.key_end
            fields[name] = Field(name, str(real), value, start, end, key_start)
            break
    return fields
