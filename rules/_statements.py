"""Shared by the statement rules (JD301, JD501-JD503): who a statement is for and
what to suggest. Not a rule (the leading underscore keeps it out of the catalog).
"""

from __future__ import annotations

import re

from jdlint import regex  # re.compile with compiled programs cached between runs
from jdlint.facts.language import first_text, posting_looks_english

_UNPAID = regex.compile(r"\s*(?:gratis|unpaid|volunteer|pro[\s-]?bono|none|free|no\s+(?:pay|compensation))\b", re.I)
_WORD = regex.compile(r"\w")


def has_prose(posting) -> bool:
    """False for an empty posting: `empty-posting` (JD005) reports those."""
    # Start past the leading blanks (front matter, an HTML head): re crawls
    # through them several times slower than first_text.
    start = first_text(posting.body)
    return start != -1 and _WORD.search(posting.body, start) is not None


def unpaid(posting) -> bool:
    """A volunteer or unpaid call for contributors ("compensation: gratis"):
    no employment, so no EEO statement to recommend."""
    pay = posting.field("pay")
    if pay is not None and isinstance(pay.value, str) and _UNPAID.match(pay.value):
        return True
    kind = posting.field("employment_type")
    if kind is not None and "volunteer" in str(kind.value).lower():
        return True
    return "volunteer" in posting.title.lower()


def reaches_us(posting) -> bool:
    """Can the job be done in the US? A posting that names no place counts: the
    US federal-contractor rules are about a US employer's postings."""
    reach = posting.reach
    return (reach.anywhere or reach.unknown or "US" in reach.codes or "US" in reach.whole_countries
            or any(code.startswith("US-") for code in reach.codes))


def federal_taglines_apply(posting, ctx) -> bool:
    """Does JD502 (federal-contractor-eeo-incomplete) judge this posting?"""
    return bool(ctx.employer.federal_contractor) and reaches_us(posting)


def _countries(reach) -> set[str] | None:
    """The countries a job can be done in, or None when anywhere or unknown."""
    if reach.anywhere or reach.unknown:
        return None
    return {code.split("-", 1)[0] for code in reach.codes} | set(reach.whole_countries)


def suggestion(posting) -> str:
    """An example statement in the posting's language and its jobs' tradition.
    Never the company field: on many boards it holds a project or team name."""
    # Full detection only when needed: most postings are plainly English.
    language = "en" if posting_looks_english(posting) else posting.language
    if language == "fr":
        return ('"Nous souscrivons au principe de l\'égalité des chances et étudions toutes les candidatures '
                'sans distinction d\'origine, de sexe, d\'âge, de handicap ou de religion."')
    if language == "de":
        return ('"Wir begrüßen alle Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und '
                'sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Identität."')
    reach = posting.reach
    countries = _countries(reach)
    if countries == {"CA"}:
        return ('"We are an equal opportunity employer and welcome applications from women, Indigenous peoples, '
                'persons with disabilities and members of visible minorities; accommodation is available on '
                'request."')
    if countries == {"GB"}:
        return ('"We are an equal opportunities employer and welcome applications regardless of age, disability, '
                'sex, race, religion or belief, or sexual orientation."')
    if "US" in reach.codes or "US" in reach.whole_countries:
        return ('"We are an equal opportunity employer and consider all qualified applicants without regard to '
                'race, color, religion, sex, national origin, age, disability or veteran status."')
    return ('"We are an equal opportunity employer and welcome applications regardless of sex, race, religion, '
            'age, disability or sexual orientation."')
