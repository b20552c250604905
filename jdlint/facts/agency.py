"""Find a recruitment-agency disclaimer: a line refusing or limiting agencies
and recruiters ("No agencies please", "We do not accept unsolicited resumes
from search firms", "Principals only", "Agences s'abstenir").

No law requires one (laws.md section 4): it is house policy, checked by the
JD3xx rules only when the config says `policies.agency_disclaimer: require`
or `forbid`. `jdlint inspect` always shows what was found.

The hard part is what is NOT a disclaimer: "agency" is also a government
agency, a design agency, the agency you will join, and "recruiter" is a job
title. So a match needs an agency/recruiter noun *and* a refusal shaped like
the ones seen in real postings:

| kind | shape | example |
|---|---|---|
| `no-agencies` | "no" + agency noun, starting a sentence or clause | "No recruiters or agencies, please" |
| `refusal` | negated verb ... agency noun | "We are not open to working with external agencies" |
| `do-not-contact` | agency noun ... "please do not contact/submit/apply" | "Recruiters need not apply" |
| `unsolicited` | "unsolicited resumes/CVs" + fee, property or agency words | "Unsolicited CVs from agencies will be treated as direct applications" |
| `no-fee` | "property of" / "no fee will be paid" + agency noun | "Any CV sent by an agency becomes our property" |
| `principals-only` | "principals only" | "Principals only." |
| `approved-only` | approved/preferred agencies + only/must/prior | "Only agencies on our preferred supplier list may submit" |
| `nl`, `de`, `fr`, `es` | common local forms | "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld" |

Cost: a keyword test over the lowercased body rejects most postings; the
sentence patterns run only around agency/recruiter words that have a refusal
word nearby.
"""

from __future__ import annotations

import re

from .. import regex  # re.compile with compiled programs cached between runs
from .language import posting_looks_english
from .sentences import StemFinder, folds_oddly, lowered, sentences_at, word_start
from .types import Statement

# Lowercase anchor stems: a disclaimer names agencies or recruiters somehow.
# Each occurrence is looked at more closely; without any, there is nothing to
# do. Finding them is most of the cost on a posting without a disclaimer, so
# the list is short, and the other languages' stems are searched only when
# the posting does not look English.
_ANCHORS = ("agen", "recru", "hunt", "unsolicit", "principal", "rd part", "rd-part", "staff",
            "employment bus", "search firm")
_FOREIGN_ANCHORS = ("reclut", "acquisitie", "vermittl", "berat", "absten", "interm", "consultor", "cabinet",
                    "bureau", "werving")
# "u", "f", "g" and "p" cover the English stems in four passes.
_FIND_ANCHORS = StemFinder(_ANCHORS, pivots="ufgpvmcbh")
_FIND_ALL_ANCHORS = StemFinder(_ANCHORS + _FOREIGN_ANCHORS, pivots="ufgpvmcbh")


# Some refusal or limiting word must sit near the anchor for a closer look
# (matched on the lowercased body: case-insensitive re is ~3x slower).
_CUE = regex.compile("|".join((
    *(word_start(word, r"\b") for word in ("no", "not", "never", "only", "keine", "nicht", "geen", "niet", "pas",
                                           "please", "sans")),
    word_start("fee", r"s?\b"), r"n['’]t\b", "unsolicited", "propert", "approv", "preferred", "abstenir", "abstenerse",
    "kindly", "ignored",
)))
_WINDOW = 160
_CUE_LONGEST = 11  # the longest text _CUE can match, "unsolicited" (tests check it)

_MOD = r"(?:(?:external|outside|(?:third|3rd)[- ]party|recruitment|recruiting|staffing|search|placement|employment|talent|job|contingency|executive)\s+)"
# Agencies and recruiters as a kind of business (not "agency" alone: that
# needs a refusal shape around it, see the patterns).
_NOUN = (
    r"(?:agenc(?:y|ies)|recruiters?|head[- ]?hunters?|search\s+firms?|staffing\s+(?:firms?|agencies|companies)"
    r"|employment\s+business(?:es)?|placement\s+(?:firms?|agencies)"
    r"|recruitment\s+(?:firms?|companies|consultants?|consultanc(?:y|ies)|partners?)"
    r"|(?:third|3rd)[- ]part(?:y|ies)\s+(?:recruit\w*|agenc\w*|submissions?|resumes?|cvs?|search|staffing|vendors?))"
)
_NOUN_RE = regex.compile(_NOUN, re.I)

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((kind, regex.compile(p, re.I)) for kind, p in (
    ("no-agencies",
     r"(?<![\w'’])(no)\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+\s*(?:,|/|\bor\b|\band\b)\s*)?" + _MOD + r"*(agenc(?:y|ies)|recruiters?|head[- ]?hunters?|agents"
     r"|recruitment|(?:third|3rd)[- ]part(?:y|ies)|search\s+firms?|staffing(?:\s+(?:firms?|agencies|companies))?"
     r")\b(?!\s*(?:experience|background|exp\b|required|needed|necessary"
     r"|knowledge|skills?|industry))"),
    ("refusal",
     r"(?:\bnot\b|n['’]t\b|\bnever\b|\bno\s+longer\b|\bdecline\s+to\b|\brefuse\s+to\b)\s+(?:\w+\s+){0,3}?"
     r"(?:accept\w*|work(?:ing)?\s+with|us(?:e|ing)|engag\w*|consider\w*|respond\w*|review\w*|seek\w*"
     r"|want\w*|requir\w*|open\s+to|interested|pay|paying|tak(?:e|ing)|welcom\w*|entertain\w*"
     r"|reply\w*|return\w*|look\w*\s+for|hir(?:e|ing)|partner\w*|recogni[sz]e|honou?r)\b"
     r"[^.!?]{0,80}?(?:" + _NOUN + r"|unsolicited)"),
    ("do-not-contact",
     _NOUN + r"[^.!?]{0,80}?(?:please\s+|kindly\s+)?(?:do\s+not|don['’]?t|need\s+not|should\s+not"
     r"|must\s+not|may\s+not|not\s+to|are\s+asked\s+not\s+to|refrain\s+from)\s+(?:\w+\s+){0,2}?"
     r"(?:apply\w*|contact\w*|call\w*|e-?mail\w*|submit\w*|send\w*|reach\w*|get\s+in\s+touch|forward\w*"
     r"|approach\w*|solicit\w*|message\w*|present\w*|reply\w*|respond\w*|pitch\w*)\b"),
    ("unsolicited",
     r"unsolicited\s+(?:\w+\s+){0,2}?(?:resumes?|résumés?|cvs?|candidates?|submissions?|profiles?"
     r"|referrals?|applications?|services|introductions?)\b"),
    ("no-fee",
     r"propert(?:y|ies)\s+of|\bno\s+(?:\w+\s+)?fees?\s+(?:will|shall)\s+be\s+paid"
     r"|\bno\s+(?:agency|placement|recruitment|recruiter|finder['’]?s?)\s+fees?"
     r"|not\s+(?:be\s+)?(?:responsible|liable)\s+for\s+(?:any\s+)?(?:\w+\s+)?fees?"
     r"|(?:will\s+not|won['’]t|not|n['’]t)\s+pay\s+(?:any\s+)?(?:\w+\s+)?(?:fees?|commissions?)"),
    ("not-accepted",
     r"(?:resumes?|résumés?|cvs?|candidates?|submissions?|applications?|profiles?|referrals?)\b[^.!?]{0,60}?"
     r"\b(?:from|by|through|via)\s+[^.!?]{0,40}?(?:" + _NOUN + r"|(?:third|3rd)[- ]part(?:y|ies)|vendors?)\b"
     r"[^.!?]{0,60}?\b(?:will|shall|would|are|is)\s+not\s+(?:be\s+)?(?:accepted|considered|reviewed"
     r"|entertained|acknowledged)"),
    ("addressed",
     r"^(?:note\s*:?\s+)?(?:to\s+(?:all\s+)?|attention\s*:?\s+|attn\s*:?\s+|@|for\s+|dear\s+)?" + _MOD
     + r"*(?:agencies|recruiters|head[- ]?hunters|search\s+firms|staffing\s+(?:firms|agencies))\s*[:,\-–—]"
     r"[^.!?]*?(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bonly\b)"),
    ("principals-only", r"\bprincipals?\s+only\b|\bonly\s+principals\b"),
    ("approved-only",
     r"(?:approved|preferred|authori[sz]ed|contracted|pre-?approved|engaged)\s+(?:recruit\w*\s+|staffing\s+"
     r"|search\s+|supplier\s+|vendor\s+)?(?:agenc(?:y|ies)|suppliers?|vendors?|search\s+firms?|recruiters"
     r"|partners)|preferred\s+supplier\s+list"),
    ("nl",
     r"acquisitie\b[^.!?]{0,80}?\b(?:niet|geen)\b|\bgeen\s+(?:\w+\s+)?(?:acquisitie|bureaus|recruiters"
     r"|werving|wervings?-?\s*(?:en\s+)?selectiebureaus?|headhunters|intermediairs|tussenpersonen)"),
    ("de",
     r"\bkeine\s+(?:\w+\s+){0,2}?(?:von|über|durch)\s+(?:\w+\s+){0,2}?(?:personal)?(?:vermittl|agentur"
     r"|headhunter|personalberat|recruiter|dienstleister)\w*"
     r"|\b(?:keine|nicht\s+mit)\s+(?:externen\s+)?(?:personal)?(?:vermittler\w*|agenturen|headhunter\w*"
     r"|personalberater\w*|personaldienstleister\w*|recruitern?)"
     r"|(?:über|von|durch)\s+(?:\w+\s+){0,2}?(?:personal)?(?:vermittl|agentur|headhunter|personalberat)\w*"
     r"[^.!?]{0,60}?\bnicht\b"),
    ("fr",
     r"(?:agences?|cabinets?|recruteurs?|chasseurs?\s+de\s+têtes|intermédiaires?|sociétés?\s+de\s+recrutement)"
     r"\b[^.!?]{0,60}?s['’]abstenir|\bpas\s+d['’](?:agences?|intermédiaires?|cabinets?)\b"
     r"|\bne\s+(?:pas|plus)\s+(?:nous\s+)?(?:contacter|solliciter|démarcher)[^.!?]{0,60}?"
     r"(?:cabinets?|agences?|recruteurs?)"),
    ("es",
     r"abstenerse\s+(?:\w+\s+){0,2}?(?:agencias|consultoras|reclutadores|headhunters|intermediarios)"
     r"|(?:agencias|consultoras|reclutadores|intermediarios)\b[^.!?]{0,40}?abstenerse"
     r"|\bno\s+(?:se\s+)?(?:aceptan?|admit\w+|trabajamos\s+con)\s+(?:\w+\s+){0,3}?"
     r"(?:agencias|consultoras|reclutadores|intermediarios)"),
))
# Words each kind's pattern cannot match without: one word of each group
# (every alternative spells one out). Most sentences looked at miss a group,
# and a few `in` tests on the lowered sentence cost far less than running a
# case-insensitive pattern over it.
_NOUN_WORDS = ("agenc", "recruit", "hunter", "search", "staffing", "employment", "placement", "part")
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "no-agencies": (("no",), ("agen", "recruit", "hunter", "part", "search", "staffing")),
    "refusal": (("not", "n't", "n’t", "never", "longer", "decline", "refuse"), (*_NOUN_WORDS, "unsolicited")),
    "do-not-contact": (("not", "don", "refrain"), _NOUN_WORDS),
    "unsolicited": (("unsolicited",),),
    "no-fee": (("propert", "fee", "commission"),),
    "not-accepted": (("accepted", "considered", "reviewed", "entertained", "acknowledged"),),
    "addressed": (("agencies", "recruiters", "hunters", "search", "staffing"),),
    "principals-only": (("principal",),),
    "approved-only": (("approved", "preferred", "authori", "contracted", "engaged"),),
    "nl": (("acquisitie", "geen"),),
    "de": (("keine", "nicht"),),
    "fr": (("abstenir", "pas", "contacter", "solliciter", "marcher"),),
    "es": (("abstenerse", "agencias", "consultoras", "reclutadores", "intermediarios"),),
}

# "No" in lower case mid-sentence is a disclaimer only after these words
# ("..., no agencies", "Please no recruiters"), not after "we have".
_NO_LEADS = frozenset(("please", "strictly", "absolutely", "sorry", "and", "but", "also", "thanks", "note",
                       "ps", "again", "definitely", "really", "so", "or", "and/or"))
_UNSOLICITED_ALSO = regex.compile(
    r"agenc|recruit|headhunt|search\s+firm|(?:third|3rd)[- ]part|\bfees?\b|propert|ignored|discard|delet|destroy"
    r"|treated\s+as|deemed|without\s+(?:a\s+|prior\s+)?(?:signed|written|prior)|no\s+obligation"
    r"|not\s+(?:be\s+)?(?:accepted|considered|responsible|liable)|n['’]t\s+(?:be\s+)?(?:accepted|considered)"
    r"|do(?:es)?\s+not\s+accept",
    re.I,
)
_LIMITING = regex.compile(r"\bonly\b|\bmust\b|\bprior\b|\bsolely\b|\bexclusively\b|\bwithout\b", re.I)
_APPLYING = regex.compile(r"please|recruit|appl(?:y|ic)|\bcvs?\b|resum|candidat|hir(?:e|ing)|role|position", re.I)
_OWN = regex.compile(r"\b(?:our|your)\s+(?:\w+\s+)?$", re.I)


def find_agency_disclaimer(posting) -> Statement | None:
    """The first agency disclaimer in the posting's prose, as a sentence, or None."""
    low = lowered(posting)
    anchors = (_FIND_ANCHORS if posting_looks_english(posting) else _FIND_ALL_ANCHORS)(low)
    if not anchors:
        return None
    near_cue = _near_cue(low, anchors)
    for start, end, sentence in sentences_at(posting, near_cue, set()):
        kind = classify(sentence)
        if kind:
            return Statement(sentence, start, end, kind)
    return None


def _near_cue(low: str, anchors: list[int]) -> list[int]:
    """The anchors with a cue near them, `[at for at in anchors if
    _CUE.search(low, at - _WINDOW, at + _WINDOW)]`, without searching the
    same text again when windows overlap (anchors cluster)."""
    near = []
    last = None  # the last search's match, or None when it found none
    last_end = 0  # the end of the last search's window
    for at in anchors:
        lo, hi = max(0, at - _WINDOW), at + _WINDOW
        # A match that ended before its window's end did not depend on where
        # that window ended: it holds in this later, longer-reaching window too.
        if last is not None and last.start() >= lo and last.end() < last_end:
            near.append(at)
            continue
        # After a window without any, a cue can start only near its end:
        # one starting earlier would have fitted in it whole.
        begin = lo if last is not None else max(lo, last_end - _CUE_LONGEST - 1)
        last, last_end = _CUE.search(low, begin, hi), hi
        if last is not None:
            near.append(at)
    return near


def classify(sentence: str) -> str:
    """The kind of disclaimer `sentence` is (see the table above), or ""."""
    low = sentence.lower()
    screen = not folds_oddly(sentence)  # then the word test could miss what re.I matches
    for kind, pattern in _PATTERNS:
        if screen and not _holds(low, _NEEDS[kind]):
            continue
        for m in pattern.finditer(sentence):
            if _accept(kind, m, sentence):
                return kind
    return ""


def _holds(low: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    for words in groups:
        for word in words:
            if word in low:
                break
        else:
            return False
    return True


def _accept(kind: str, m: re.Match, sentence: str) -> bool:
    if kind == "no-agencies":
        # "no agents or importers" is a shop's business model; sales agents,
        # estate agents... so "agents" needs a word about applying nearby.
        if m.group(2).lower() == "agents" and not _APPLYING.search(sentence):
            return False
        if m.group(1)[0] == "N":  # "No agencies", "NO RECRUITERS": starts a clause on its own
            return True
        before = sentence[:m.start(1)].rstrip()
        if not before or before[-1] in "([{*-–—•|:;,.!?/\"'“‘>":
            return True
        return before.rsplit(None, 1)[-1].strip("([{*_\"'“‘,").lower() in _NO_LEADS
    if kind == "do-not-contact":
        # "Our recruiters will not call you from a personal number" is a scam
        # warning about the company's own recruiters, not a disclaimer.
        return not _OWN.search(sentence, 0, m.start())
    if kind == "unsolicited":
        return bool(_UNSOLICITED_ALSO.search(sentence))
    if kind == "no-fee":
        # "We charge candidates no fees" is an agency's own pitch.
        return bool(_NOUN_RE.search(sentence) or "unsolicited" in sentence.lower()) \
            and "charge" not in sentence.lower()
    if kind == "approved-only":
        return bool(_LIMITING.search(sentence)) and bool(re.search(r"agenc|recruit|search\s+firm", sentence, re.I))
    return True
