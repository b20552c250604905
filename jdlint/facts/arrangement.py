"""Remote, hybrid, onsite or unspecified: how the posting says the work is done.

Evidence comes from the metadata (`remote: true`, `jobLocationType: TELECOMMUTE`,
`workplace_type: hybrid`, a location of "Remote"), the title ("(Remote, US)"),
"Location:" lines, and phrases in the body ("fully remote", "hybrid (2 days in
office)", "on-site", "remote possible"). "remote" alone is not evidence: "remote
sensing", "remote control", "tools for remote teams", "a remote design interview"
say nothing about this job, so only phrases about working remotely count.

A posting that offers remote work as an option ("remote OK", "remote possible",
"Remote or Berlin") is remote: the job can be performed away from the office,
which is what the pay laws keyed on remote work ask.
"""

from __future__ import annotations

import re

from .. import regex  # re.compile with compiled programs cached between runs
from .places import (
    _inside,
    _may_hold,
    anchor_hits,
    anchor_words,
    dead_ranges,
    drop_scratch,
    header_segments,
    label_values,
    lower_ascii,
    lower_window,
    on_site_start,
    words_in,
)
from .types import Evidence, WorkArrangement

_DAYS = r"(?:\d|one|two|three|four)(?:\s*(?:-|to|or)\s*(?:\d|two|three|four|five))?\s+days?"
_OFFICE = r"(?:office|studio|hq|headquarters)"
# (kind, pattern, families): a family is the anchor word a phrase contains; each
# family's phrases are compiled into one lower-case regex searched around its anchors.
# Within a family the kinds are tried in this order, so negations and qualified forms
# ("no longer working remotely", "some remote working") win over the plain ones.
_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("neg", r"\b(?:not|no longer|isn[’']t|is not|cannot be|can[’']t be|won[’']t be)\s+(?:be\s+)?(?:a\s+)?"
            r"(?:fully\s+|100%\s+)?(?:remote(?:ly)?|working remotely|work(?:ing)? from home)\b"
            r"(?:\s+(?:position|role|job|opportunity))?", "remote home"),
    ("neg", r"\bno\s+(?:remote|telecommuting|work from home)(?:\s+(?:work|working|option))?\b", "remote home telecommut"),
    ("neg", r"\bnon-?remote\b|\bremote\s+(?:work(?:ing)?\s+)?(?:is\s+)?not\s+(?:possible|available|an option|offered|allowed)"
            r"|\bunable to (?:offer|support|accommodate) remote", "remote"),
    ("duty", rf"\b{_DAYS}(?:\s+(?:a|per|each|every)\s+week)?\s+(?:in|at|from|into)\s+(?:the\s+|our\s+)?"
             rf"(?:[a-z]+\s+){{0,2}}?{_OFFICE}",
     "office days"),
    ("duty", rf"\b(?:in|at)\s+(?:the|our)\s+office\s+(?:at\s+least\s+|about\s+|around\s+|for\s+)?{_DAYS}", "office"),
    ("duty", rf"\b(?:must|required to|expected to|will need to|need to|have to|needs to)\s+(?:be\s+able\s+to\s+)?"
             rf"(?:be|work|come|commute)\s+(?:in|into|from|at|to)\s+(?:the|our)\s+{_OFFICE}"
             r"(?!\s+(?:occasionally|as needed|when needed|from time to time|for (?:team )?(?:events|offsites|meetings|onboarding)))"
             r"|\brequires?\s+work(?:ing)?\s+(?:from|in|at)\s+(?:the|our)\s+office", "office"),
    ("duty", r"\bon-?site\s+presence\s+(?:is\s+)?required|\brequired\s+to\s+(?:be|work)\s+on-?site", "site"),
    ("hybrid", r"\bhybrid(?:[ -](?:remote|role|position|work|working|schedule|model|arrangement|setup|set-up|office"
               r"|policy|job|opportunity|environment))\b|\b(?:is|a|this is)\s+hybrid\b|\bhybrid\s*[(:\-–—]\s*(?:\d|one|two|three)",
     "hybrid"),
    ("hybrid", r"\b(?:partially|partly|part[- ]time|semi)[ -]remote\b"
               r"|\bsome\s+remote\s+work(?:ing)?(?:\s+is)?(?:\s+(?:possible|allowed|available|ok|okay))?", "remote"),
    ("hybrid", r"\bmix of (?:remote|home) and (?:office|in-person|on-?site)", "remote home"),
    ("hybrid", r"\blimited\s+(?:telecommuting|remote\s+work(?:ing)?|working\s+from\s+home)", "remote home telecommut"),
    ("hybrid", r"\bwork(?:ing)?\s+from\s+home\s+(?:on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays)"
               r"|(?:\d|one|two|three)\s+days?|occasionally|some\s+days|part\s+of\s+the\s+week)"
               r"|\b(?:occasional(?:ly)?|flexible)\s+work(?:ing)?\s+from\s+home", "home"),
    ("full", r"\b(?:fully|100\s?%|completely|entirely|totally|permanently|full[- ]time|all)[ -]remote\b"
             r"|\bremote[- ](?:first|only)\b|\b(?:this|the)\s+(?:position|role|job|opportunity)\s+is\s+(?:a\s+)?remote\b"
             r"|\bwe\s+are\s+(?:a\s+)?remote\b", "remote"),
    ("full", r"\bwork\s+from\s+anywhere\b|\b(?:live|work|be\s+based)\s+(?:literally\s+)?anywhere\b", "anywhere"),
    ("full", r"\b(?:internship|position|role|job|program|programme|opportunity|contract)\s+is\s+(?:fully\s+|100%\s+)?"
             r"remote\b", "remote"),
    ("full", r"\bfully\s+distributed\b", "distributed"),
    ("option", r"\bremote(?:ly)?\s+(?:is\s+|work\s+is\s+|working\s+is\s+)?(?:ok|okay|possible|allowed|negotiable|considered"
               r"|optional|available|welcome)\b|\bremote\s+is\s+an\s+option\b|\bremote[- ]friendly\b"
               r"|\b(?:open\s+to|consider(?:ing)?|accept(?:ing)?|welcome)\s+remote\b"
               r"|\bremote\s+(?:candidates|applicants)(?:\s+(?:are|will\s+be))?\s+(?:welcome|considered|encouraged|accepted)",
     "remote"),
    ("option", r"\b(?:an?\s+)?(?:option|possibility|chance)\s+(?:to|of)\s+work(?:ing)?\s+(?:remotely|from\s+home)"
               r"|\b(?:can|may|could)\s+(?:choose\s+to\s+)?work\s+(?:remotely|from\s+home|from\s+anywhere)", "remote home anywhere"),
    ("generic", r"\bwork(?:ing)?\s+(?:remotely|remote(?!\s+(?:teams?|tools?|sensing|control)))\b|\bremote\s+work(?:ing|er|ers)?\b(?!\s+(?:tools?|software|platform|solutions?|products?))"
                r"|\b(?<!\bfor\s)(?<!\bwith\s)(?<!\bhelp\s)(?<!\bhelps\s)(?<!\bof\s)remote\s+(?:position|role|job|opportunity|team"
                r"|company|organi[sz]ation|employee|employees|volunteer|internship|contract|contractor|freelance|freelancer"
                r"|worker|workers|staff)\b", "remote"),
    ("generic", r"\btelecommut(?:e|ing)\b", "telecommut"),
    ("generic", r"\bwork(?:ing)?\s+from\s+home\b|\bwfh\b", "home"),
    ("onsite", r"\bon-?site\b(?!\s+(?:interviews?|visits?|meetings?|events?|customers?|clients?|support|training|days?"
               r"|offsites?|recruiters?|staff|gym|caf\w*|parking|daycare|childcare|amenities|kitchen|chef|lunch|meals?))",
     "site"),
    ("onsite", r"\bin[- ]office\b(?!\s+(?:days?|events?|meetings?))|\boffice[- ]based\b", "office"),
    ("onsite", r"\bin[- ]person\s+(?:role|position|job|work)\b", "person"),
    ("onsite", r"\bon\s+location\s+in\b", "location"),
    ("onsite", r"\brelocat(?:e|ion|ing)\s+to\b", "relocat"),
    ("onsite", r"\bwork(?:ing)?\b[^.\n]{0,50}?\bin\s+(?:our|the)\s+office\b", "office"),
)
_KINDS = ("neg", "duty", "hybrid", "full", "option", "generic", "onsite")


def _family(name: str) -> re.Pattern:
    groups = []
    for kind in _KINDS:
        parts = [pat for k, pat, fams in _PHRASES if k == kind and name in fams.split()]
        if parts:
            groups.append(f"(?P<{kind}>{'|'.join(parts)})")
    # Every phrase starts at a word boundary. Said once in front, the regex engine drops
    # most positions of the window after one test instead of trying each phrase there
    # (3x faster on the "remote" family).
    return regex.compile(rf"\b(?=\w)(?:{'|'.join(groups)})")


_FAMILIES = {name: _family(name) for name in
             ("remote", "home", "telecommut", "office", "days", "site", "hybrid", "anywhere", "distributed",
              "person", "location", "relocat")}
# anchor (found with str.find in the lower-cased body) -> family
# ("site" and "person" are shared with places.py, and checked for "on-"/"in " below.)
_ANCHORS = {"remote": "remote", "from home": "home", "wfh": "home", "telecommut": "telecommut",
            "office": "office", "days ": "days", "site": "site", "hybrid": "hybrid", "anywhere": "anywhere",
            "distributed": "distributed", "person": "person", "on location": "location", "relocat": "relocat"}
_ANCHOR_WORDS = anchor_words(_ANCHORS)

# Label values and metadata values: one or two words decide.
# Each word starts at a word boundary, said once in front (see _family).
_VALUE = regex.compile(
    r"\b(?=\w)(?:(?P<hybrid>hybrid\b)|(?P<onsite>on[- ]?site\b|in[- ]?office\b|in[- ]person\b|office\b)"
    r"|(?P<remote>remote(?:ly)?\b|telecommute\b|telework\b|virtual\b|anywhere\b|worldwide\b|wfh\b"
    r"|work from home\b|distributed\b))", re.I)
# What every _VALUE match holds: most values ("Austin, TX", "Acme Corp") hold none.
_VALUE_WORDS = words_in("hybrid", "site", "office", "person", "remote", "telecommute", "telework", "virtual",
                        "anywhere", "worldwide", "wfh", "work from home", "distributed")
_NEG_VALUE = regex.compile(r"\b(?:no|not|non|false)\b[- ]?(?:remote|telecommute)?", re.I)
_TITLE = regex.compile(r"\b(?=\w)(?:(?P<hybrid>hybrid\b(?!\s+(?:mobile|app|apps|cloud)))|(?P<onsite>on-?site\b)"
                       r"|(?P<remote>remote\b(?!\s+(?:sensing|control|access|monitoring|desktop|support\s+engineer))))",
                       re.I)
_CONDITIONAL = regex.compile(r"\b(?:if|unless|whether|when|where)\b[^.;:]*$", re.I)


def _values(text: str):
    """_VALUE's matches in a label, header segment or metadata value."""
    return _VALUE.finditer(text) if _may_hold(text, _VALUE_WORDS) else ()


def scan(posting) -> list[tuple[Evidence, str, int]]:
    """Every piece of evidence as (evidence, kind, tier). kind is one of neg, duty,
    hybrid, full, option, generic, onsite, remote (a value), and tier orders the
    sources: 4 an arrangement field, 3 a location value / title / label, 1 prose."""
    # Kept on the posting: the fact and the remote-contradiction rule's three helpers
    # all read it, and a scan is most of the fact's cost.
    found = posting.__dict__.get("_arrangement_scan")
    if found is None:
        found = posting.__dict__["_arrangement_scan"] = tuple(_scan(posting))
    return list(found)


def _scan(posting) -> list[tuple[Evidence, str, int]]:
    out: list[tuple[Evidence, str, int]] = []
    _from_metadata(posting, out)
    _from_title(posting, out)
    body = posting.body
    low = lower_ascii(posting)
    hits = anchor_hits(posting, _ANCHOR_WORDS)
    if not hits:
        return out
    dead = dead_ranges(posting)
    labelled: list[tuple[int, int]] = []
    for vs, ve, value in label_values(posting):
        if _inside(vs, dead):
            continue
        if len(value) > 140:
            continue
        for m in _values(value):
            kind = m.lastgroup
            if kind == "onsite" and m.group(0).lower() == "office":
                continue  # "Location: our Berlin office" names a place, not an arrangement
            out.append((Evidence(m.group(0), vs + m.start(), vs + m.end(), kind), kind, 3))
        labelled.append((vs, ve))
    # A Hacker News style first line: its short segments are values ("REMOTE", "Onsite Only").
    header = header_segments(posting)
    first_line_end = header[-1][0] + len(header[-1][1]) if header else -1
    for at, seg in header:
        if len(seg.strip()) <= 40:
            for m in _values(seg):
                if m.lastgroup != "onsite" or m.group(0).lower() != "office":
                    out.append((Evidence(m.group(0), at + m.start(), at + m.end(), m.lastgroup), m.lastgroup, 3))
            labelled.append((at, at + len(seg)))
    # Each anchor's family of phrases runs over the lower-cased body in a short window
    # around it; a phrase found from two anchors ("remote ... office") counts once.
    taken: list[tuple[int, int]] = []
    size = len(body)
    for i, word in hits:
        if (word == "site" and on_site_start(low, body, i) < 0) or \
                (word == "person" and low[i - 3:i] not in (b"in-", b"in ")):
            continue  # "website", "personal"
        # The window: 50 characters either side of the anchor, within its line.
        ws = body.rfind("\n", max(0, i - 50), i) + 1 or max(0, i - 50)
        we = min(size, i + len(word) + 50)
        line_end = body.find("\n", i, we)
        we = we if line_end < 0 else line_end
        # The window is lower-cased with 60 characters before it: the phrases look back
        # (\b, "for remote") 7 at most, and _CONDITIONAL 51 before a phrase.
        at = max(0, ws - 60)
        window = lower_window(posting, at, we)
        for m in _FAMILIES[_ANCHORS[word]].finditer(window, ws - at):
            start, end = m.start() + at, m.end() + at
            if end <= i - 1 or start > i + len(word) or \
                    any(a < end and start < b for a, b in taken[-4:]):
                continue  # another anchor's phrase, or one already read ("2 days in office")
            taken.append((start, end))
            if _inside(start, dead) or _inside(start, labelled):
                continue
            kind = m.lastgroup
            if kind == "neg" and _CONDITIONAL.search(window, max(0, start - 50) - at, start - at):
                continue  # "If the position isn't remote, pay is set by the duty station"
            says = {"neg": "onsite", "duty": "hybrid" if "day" in m.group(0) else "onsite",
                    "full": "remote", "option": "remote", "generic": "remote"}.get(kind, kind)
            tier = 3 if start < first_line_end else 1
            out.append((Evidence(body[start:end], start, end, says), kind, tier))
    return out


def _from_metadata(posting, out) -> None:
    text = posting.text
    f = posting.field("work_arrangement")
    if f is not None:
        values = f.value if isinstance(f.value, list) else [f.value]
        for value in values:
            says = _field_says(f.key, value)
            if says:
                shown = text[f.start:f.end] if f.end > f.start else str(value)
                out.append((Evidence(shown, f.start, f.end, says), "field", 4))
    loc = posting.field("locations")
    values = []
    if loc is not None:
        values = loc.value if isinstance(loc.value, list) else [loc.value]
    else:
        for key, value in posting.meta.items():
            if isinstance(value, dict) and isinstance(value.get("location"), str):
                loc = type("F", (), {})()
                span = posting.spans.get(f"{key}.location")
                loc.start, loc.end = (span.value_start, span.value_end) if span else (0, 0)
                values = [value["location"]]
                break
    if loc is None and not posting.fields:
        from .places import broken_front_matter

        for _key, value, at in broken_front_matter(posting):
            for m in _values(value):
                if m.lastgroup != "onsite" or m.group(0).lower() != "office":
                    out.append((Evidence(m.group(0), at + m.start(), at + m.end(), m.lastgroup), m.lastgroup, 3))
    for value in values[:20]:
        if isinstance(value, str):
            for m in _values(value):
                if m.lastgroup == "onsite" and m.group(0).lower() == "office":
                    continue
                at = text.find(value, loc.start) if loc.start or loc.end else -1
                start = at + m.start() if at >= 0 else loc.start
                says = m.lastgroup
                out.append((Evidence(m.group(0), start, start + len(m.group(0)), says), says, 3))


def _field_says(key: str, value) -> str | None:
    if isinstance(value, bool):
        # `remote: true`; `remote: false` says the job is not remote.
        return "remote" if value else "onsite"
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    if low in ("yes", "true", "y", "1") and key.lower() in ("remote", "remote_ok", "is_remote", "telecommute"):
        return "remote"
    if low in ("no", "false", "n", "0"):
        return "onsite" if key.lower() in ("remote", "remote_ok", "is_remote", "telecommute") else None
    m = _VALUE.search(value)
    if m is None:
        return None
    if m.lastgroup == "remote" and _NEG_VALUE.search(value):
        return "onsite"
    return m.lastgroup


def _from_title(posting, out) -> None:
    f = posting.field("title")
    if f is None:
        return
    title = f.value.get("title") if isinstance(f.value, dict) else f.value
    if not isinstance(title, str):
        return
    at = posting.text.find(title, f.start) if (f.start or f.end) else -1
    for m in _TITLE.finditer(title):
        start = at + m.start() if at >= 0 else f.start
        out.append((Evidence(m.group(0), start, start + len(m.group(0)), m.lastgroup), m.lastgroup, 3))


def decide(evidence: list[tuple[Evidence, str, int]]) -> str:
    """The arrangement the evidence adds up to (see the module docstring)."""
    if not evidence:
        return "unspecified"
    fields = [e.says for e, kind, _ in evidence if kind == "field"]
    if fields:
        return fields[0]
    kinds = {kind for _, kind, _ in evidence}
    top = max(tier for _, _, tier in evidence)
    top_says = {e.says for e, _, tier in evidence if tier == top}
    if kinds & {"full", "option"} or (top >= 3 and "remote" in top_says):
        return "remote"
    if "hybrid" in kinds or "duty" in kinds and any(e.says == "hybrid" for e, k, _ in evidence if k == "duty"):
        return "hybrid"
    remote = [tier for e, kind, tier in evidence if kind in ("generic", "remote")]
    onsite = [tier for e, kind, tier in evidence if kind in ("onsite", "neg", "duty")]
    if remote and onsite:
        return "remote" if max(remote) > max(onsite) else "onsite" if max(onsite) > max(remote) else "hybrid"
    if remote:
        return "remote"
    if onsite:
        return "onsite"
    return "unspecified"


def classify_arrangement(posting) -> WorkArrangement:
    evidence = scan(posting)
    drop_scratch(posting, "places")
    value = decide(evidence)
    ordered = sorted(evidence, key=lambda item: (-item[2], item[0].start))
    return WorkArrangement(value, tuple(e for e, _, _ in ordered))


# A location value that offers remote work rather than stating it ("Remote possible",
# "Remote or Berlin", "Hybrid / Remote").
_NOT_FULL = regex.compile(r"possible|optional|option|\bok\b|okay|friendly|prefer|flexible|hybrid|on-?site|office"
                       r"|\bor\b|/|&|\+|negotiable|partial", re.I)


def remote_field(posting) -> Evidence | None:
    """The metadata's own remote marking (`remote: true`, `jobLocationType: TELECOMMUTE`)."""
    return next((e for e, kind, _ in scan(posting) if kind == "field" and e.says == "remote"), None)


def full_remote_evidence(posting) -> list[Evidence]:
    """Evidence that the job is entirely remote: an arrangement field, a location of
    "Remote" (not "Remote possible"), "fully remote", "100% remote". Used by the
    remote-contradiction rule."""
    out = []
    text = posting.text
    for e, kind, tier in scan(posting):
        if e.says != "remote":
            continue
        if kind in ("field", "full"):
            out.append(e)
        elif kind == "remote" and tier >= 3:
            line_start = text.rfind("\n", 0, e.start) + 1
            line_end = text.find("\n", e.end)
            line = text[line_start:len(text) if line_end < 0 else line_end]
            if not _NOT_FULL.search(line):
                out.append(e)
    return out


def office_duties(posting, hybrid: bool = False) -> list[Evidence]:
    """Statements that the hire must work in an office ("3 days a week in the office",
    "must be in the office", "not a remote position"); with `hybrid`, also the text
    calling the job hybrid."""
    kinds = ("duty", "neg", "hybrid") if hybrid else ("duty", "neg")
    return [e for e, kind, tier in scan(posting) if kind in kinds and tier < 4]
