"""`jdlint inspect`: what jdlint read from each posting. A public contract.

JSON: a list with one object per posting:

| key | value |
|---|---|
| `path` | the file, as given |
| `format` | `markdown`, `html`, `yaml` or `text` |
| `language` | ISO 639-1 code of the body (`en`, `fr`...) or `und` |
| `title`, `company` | from the metadata, or null |
| `pay` | list of `{min, max, currency, period, open_ended, line, source, text, period_inferred, currency_inferred, kind}`; `source` is `metadata` or `body`; `period` is year/month/week/day/hour; `kind` is `amount` or `grade` (a pay grade with no figures) |
| `eeo_statement`, `agency_disclaimer` | `{line, text, kind, covers}` or null; `covers` lists the protected grounds an EEO statement names (`disability`, `veteran`, `race`...) |
| `placeholders` | list of `{text, line, column, kind}` |
| `work_arrangement` | `remote`, `hybrid`, `onsite` or `unspecified` |
| `locations` | list of `{text, country, region, city, role, line, source}` with ISO 3166 codes |
| `jurisdictions` | codes where the job can be performed (`US`, `US-CO`, `US-NY-NYC`, `CA-ON`...); a country open to remote work in all of it lists the country and each subdivision; `["*"]` means anywhere |
| `jurisdiction_notes` | how the jurisdictions were worked out |

Keys are only ever added, never renamed or removed.
"""

from __future__ import annotations

from .posting import Posting


def facts(posting: Posting) -> dict:
    line = posting.line_of
    title = posting.field("title")
    company = posting.field("company")
    reach = posting.reach
    return {
        "path": posting.path,
        "format": posting.format,
        "language": posting.language,
        "title": _text(title.value) if title else None,
        "company": _text(company.value) if company else None,
        "pay": [
            {"min": p.min, "max": p.max, "currency": p.currency, "period": p.period,
             "open_ended": p.open_ended, "line": line(p.start), "source": p.source, "text": p.text,
             "period_inferred": p.period_inferred, "currency_inferred": p.currency_inferred, "kind": p.kind}
            for p in posting.pay
        ],
        "eeo_statement": _statement(posting, posting.eeo_statement),
        "agency_disclaimer": _statement(posting, posting.agency_disclaimer),
        "placeholders": [
            {"text": p.text, "line": line(p.start), "column": posting.line_col(p.start)[1], "kind": p.kind}
            for p in posting.placeholders
        ],
        "work_arrangement": posting.work_arrangement.value,
        "locations": [
            {"text": p.text, "country": p.country, "region": p.region, "city": p.city, "role": p.role,
             "line": line(p.start), "source": p.source}
            for p in posting.places
        ],
        "jurisdictions": jurisdictions(reach),
        "jurisdiction_notes": list(reach.notes),
    }


def _text(value) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("value") or value)
    return str(value)


def _statement(posting: Posting, statement) -> dict | None:
    if statement is None:
        return None
    return {"line": posting.line_of(statement.start), "text": statement.text, "kind": statement.kind,
            "covers": sorted(statement.covers)}


def jurisdictions(reach) -> list[str]:
    if reach.anywhere:
        return ["*"]
    codes = set(reach.codes)
    if reach.whole_countries:
        import pycountry

        for country in reach.whole_countries:
            codes.add(country)
            for sub in pycountry.subdivisions.get(country_code=country) or ():
                if sub.parent_code is None:
                    codes.add(sub.code)
    return sorted(codes)


def render_text(items: list[dict]) -> str:
    """The same facts, for people."""
    out = []
    for item in items:
        out.append(f"{item['path']}  ({item['format']}, {item['language']})")
        out.append(f"  title: {item['title'] or '-'}    company: {item['company'] or '-'}")
        out.append(f"  work arrangement: {item['work_arrangement']}")
        for loc in item["locations"]:
            code = loc["region"] or loc["country"] or "?"
            out.append(f"  location: {loc['text']} -> {code} ({loc['role']}, line {loc['line']})")
        juris = item["jurisdictions"]
        shown = ", ".join(juris[:12]) + (f" ... ({len(juris)} in all)" if len(juris) > 12 else "")
        out.append(f"  jurisdictions: {shown or 'none found'}")
        for note in item["jurisdiction_notes"]:
            out.append(f"    {note}")
        for pay in item["pay"]:
            out.append(f"  pay (line {pay['line']}, {pay['source']}): {_pay(pay)}")
        if not item["pay"]:
            out.append("  pay: none found")
        for key, label in (("eeo_statement", "EEO statement"), ("agency_disclaimer", "agency disclaimer")):
            st = item[key]
            out.append(f"  {label}: " + (f"line {st['line']}: {_short(st['text'])}" if st else "none found"))
            if st and st["covers"]:
                out.append(f"    covers: {', '.join(st['covers'])}")
        for ph in item["placeholders"]:
            out.append(f"  placeholder: {ph['text']!r} at {ph['line']}:{ph['column']}")
        out.append("")
    return "\n".join(out)


def _pay(pay: dict) -> str:
    if pay["kind"] == "grade":
        return f"pay grade {pay['text']} (no amount)"
    low = "?" if pay["min"] is None else f"{pay['min']:,.0f}" if pay["min"] >= 100 else f"{pay['min']:g}"
    high = "?" if pay["max"] is None else f"{pay['max']:,.0f}" if pay["max"] >= 100 else f"{pay['max']:g}"
    amount = low if pay["min"] == pay["max"] else f"{low} to {high}"
    period = pay["period"] or "?"
    notes = [n for n, flag in (("period guessed from size", pay["period_inferred"]),
                               ("currency guessed from place", pay["currency_inferred"]),
                               ("open-ended", pay["open_ended"])) if flag]
    return f"{pay['currency'] or '?'} {amount} per {period}" + (f" ({'; '.join(notes)})" if notes else "")


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
