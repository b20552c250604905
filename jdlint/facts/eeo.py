"""Find an equal-opportunity / non-discrimination statement, and the protected
grounds it names.

What counts (laws.md section 2):

- US EEO wording: "X is an equal opportunity employer", "EOE", "Equal
  Opportunity/Affirmative Action Employer", "All qualified applicants will
  receive consideration for employment without regard to race, color, ...".
- Canadian employment equity ("we welcome applications from women, Indigenous
  peoples, persons with disabilities and members of visible minorities") and
  Ontario AODA accommodation lines that name the AODA or the Human Rights Code.
- UK equal opportunities ("committed to equality of opportunity ... regardless
  of age, disability, gender reassignment ...").
- French ("égalité des chances", "équité en matière d'emploi", "sans
  distinction de ..."), German (AGG style "unabhängig von Geschlecht,
  Nationalität, ethnischer und sozialer Herkunft ..."), Spanish and Dutch
  common forms.

What does not: a values sentence ("we love diversity", "we value diverse
perspectives", "a diverse team"), a duty ("ensure EEO regulations are
followed"), an accommodation contact line on its own, "(m/w/d)" in a title.

A sentence counts when it holds a fixed EEO phrase, or a non-discrimination
cue ("without regard to", "do not discriminate", "regardless of", "unabhängig
von") with protected grounds after it: one ground for the strong cues, two
for the loose ones ("regardless of", "welcome applications from"), because
"regardless of skill level" and "regardless of citizenship, ... eligible to
work" are not EEO statements.

`Statement.covers` holds the normalised grounds named by any EEO sentence of
the posting (GROUND_KEYS); `text`/`start`/`end` are the statement block that
names the most grounds (adjacent EEO sentences are one block). `kind` says
which tradition the wording follows: "us-eeo", "ca-employment-equity",
"ca-accommodation", "uk-equal-opportunities", "fr", "de", "es", "nl" or
"generic"; it describes the wording, not where the job is.

Cost: a few passes over the lowercased body find anchor words (StemFinder);
only sentences around anchors are matched against the patterns, and only
those holding a phrase or cue word against the long ones.
"""

from __future__ import annotations

import re

from .. import regex  # re.compile with compiled programs cached between runs
from .language import posting_looks_english
from .sentences import StemFinder, clean, folds_oddly, lowered, sentence_bounds, sentences_at, word_start
from .types import Statement

# Anchor stems (lowercase). Nothing is matched unless one of these occurs.
# Finding them is most of the cost on a posting without a statement, so the
# list is short; other languages' stems are searched only when the posting
# does not look English.
_ANCHORS = (
    "equal", "eoe", "m/f/d/v", "discrimin", "regard", "irrespective", "affirmative", "equity", "aoda",
    "ontarians", "minorit", "indigenous", "aboriginal", "encourage", "welcome applica", "invited to apply",
)
_FOREIGN_ANCHORS = (
    "équité", "galité", "distinc", "handicap", "pendientemente", "pendamment", "unabhängig", "ungeachtet",
    "chancengleich", "behindert", "diskrimin", "igualdad", "gelijke kansen", "ongeacht", "onderscheid",
)
_FIND_ANCHORS = StemFinder(_ANCHORS)
_FIND_ALL_ANCHORS = StemFinder(_ANCHORS + _FOREIGN_ANCHORS)
# EEO shorthand is upper case; "eoe" inside a word is not it.
_CASE_SENSITIVE = regex.compile("|".join((
    word_start("EOE", r"\b"), word_start("E.O.E", r"\.?\b"),
    *(word_start(letters, r"\b") for letters in ("M/F/D/V", "F/M/D/V", "M/F/V/D")),
)))

GROUND_KEYS = (
    "race", "color", "religion", "sex", "sexual_orientation", "gender_identity", "national_origin",
    "ethnicity", "ancestry", "age", "disability", "veteran", "genetic_information", "pregnancy",
    "marital_status", "family_status", "citizenship", "indigenous", "political_opinion", "social_origin",
)

# Protected grounds, found word by word: one big case-insensitive alternation
# costs about 1 ms a sentence in Python's re, a dict lookup per word ~0.1 us.
# Each entry: a word -> (ground for the word alone or None, ((rest, ground), ...))
# where `rest` is a regex matched right after the word ("gender" + " identity").
_GROUND_WORDS: dict[str, tuple[str | None, tuple[tuple[str, str], ...]]] = {}


def _words(ground: str, *forms: str) -> None:
    for form in forms:
        _GROUND_WORDS[form] = (ground, _GROUND_WORDS.get(form, (None, ()))[1])


def _phrase(first: str, rest: str, ground: str) -> None:
    alone, rests = _GROUND_WORDS.get(first, (None, ()))
    _GROUND_WORDS[first] = (alone, rests + ((rest, ground),))


_words("race", "race", "races", "racial", "racialized", "racialised", "minorities", "minority", "rasse", "raza",
       "razza", "ras")
_words("color", "color", "colour", "colors", "colours", "couleur", "hautfarbe", "huidskleur")
_words("religion", "religion", "religions", "religious", "creed", "creeds", "belief", "beliefs", "faith",
       "faiths", "religión", "religie", "weltanschauung", "croyance", "croyances", "levensovertuiging",
       "confession", "religione", "religião")
_words("sex", "sex", "gender", "genders", "women", "woman", "female", "females", "femmes", "sexe", "geschlecht",
       "geschlechts", "sexo", "género", "genero", "geslacht", "sesso")
_words("sexual_orientation", "lgbt", "lgbtq", "lgbtqia")
_words("gender_identity", "transgender")
_words("national_origin", "nationality", "nationalities", "nationalité", "nationalität", "nacionalidad",
       "nationaliteit", "nazionalità", "nacionalidade", "origin", "origins", "herkunft", "afkomst")
_words("ethnicity", "ethnicity", "ethnicities", "ethnic", "etnia", "etniciteit", "ethnie", "ethnische",
       "ethnischer", "ethnischen")
_words("ancestry", "ancestry", "descent")
_words("age", "age", "ages", "âge", "alter", "edad", "leeftijd", "età", "idade")
_words("disability", "disability", "disabilities", "disabled", "disable", "handicap", "handicaps", "handicapped",
       "handicapé", "handicapée", "handicapés", "behinderung", "behinderungen", "schwerbehinderte",
       "schwerbehinderten", "schwerbehinderter", "schwerbehindert", "discapacidad", "beperking", "beperkingen",
       "deficiência", "disabilità", "neurodivergent")
_words("veteran", "veteran", "veterans", "veteran's", "vet", "vets")
_words("genetic_information", "genetics")
_words("pregnancy", "pregnancy", "pregnant", "maternity", "childbirth", "breastfeeding", "lactation",
       "grossesse", "schwangerschaft", "embarazo", "zwangerschap")
_words("marital_status", "marital", "familienstand", "marriage")
_words("citizenship", "citizenship", "citoyenneté", "staatsangehörigkeit")
_words("indigenous", "indigenous", "aboriginal", "inuit", "métis", "autochtones")
for _first, _rest, _ground in (
    ("sexual", r"\s+(?:orientation|preference|identit)", "sexual_orientation"),
    ("orientation", r"\s+sexuelle", "sexual_orientation"),
    ("orientations", r"\s+sexuelles", "sexual_orientation"),
    ("sexuelle", r"\s+(?:orientierung|identität)", "sexual_orientation"),
    ("sexueller", r"\s+(?:orientierung|identität)", "sexual_orientation"),
    ("sexuellen", r"\s+(?:orientierung|identität)", "sexual_orientation"),
    ("orientación", r"\s+sexual", "sexual_orientation"),
    ("seksuele", r"\s+(?:geaardheid|oriëntatie)", "sexual_orientation"),
    ("orientamento", r"\s+sessuale", "sexual_orientation"),
    ("orientação", r"\s+sexual", "sexual_orientation"),
    ("gender", r"\s+(?:identit|expression|reassignment)", "gender_identity"),
    ("identité", r"\s+de\s+genre", "gender_identity"),
    ("identidad", r"\s+de\s+género", "gender_identity"),
    ("genetic", r"\s+(?:information|characteristics|predisposition|testing)", "genetic_information"),
    ("national", r"\s+(?:or\s+ethnic\s+)?origin", "national_origin"),
    ("place", r"\s+of\s+origin", "national_origin"),
    ("origine", r"\s+(?:nationale|ethnique)", "national_origin"),
    ("origen", r"\s+(?:nacional|étnico)", "national_origin"),
    ("etnische", r"\s+afkomst", "ethnicity"),
    ("social", r"\s+origin", "social_origin"),
    ("socio", r"-?economic", "social_origin"),
    ("socioeconomic", r"", "social_origin"),
    ("soziale", r"\s+herkunft", "social_origin"),
    ("sozialer", r"\s+herkunft", "social_origin"),
    ("sozialen", r"\s+herkunft", "social_origin"),
    ("origine", r"\s+sociale", "social_origin"),
    ("political", r"\s+(?:opinion|affiliation|belief|view)", "political_opinion"),
    ("politische", r"\s+\w+", "political_opinion"),
    ("politischer", r"\s+\w+", "political_opinion"),
    ("politischen", r"\s+\w+", "political_opinion"),
    ("politieke", r"\s+\w+", "political_opinion"),
    ("opinions", r"\s+politiques", "political_opinion"),
    ("family", r"\s+(?:status|responsibilit)", "family_status"),
    ("familial", r"\s+status", "family_status"),
    ("parental", r"\s+status", "family_status"),
    ("situation", r"\s+(?:de\s+famille|familiale)", "family_status"),
    ("situation", r"\s+de\s+handicap", "disability"),
    ("situation", r"\s+matrimoniale", "marital_status"),
    ("gezinssituatie", r"", "family_status"),
    ("civil", r"\s+partnership", "marital_status"),
    ("estado", r"\s+civil", "marital_status"),
    ("burgerlijke", r"\s+staat", "marital_status"),
    ("physical", r"\s+(?:or\s+mental\s+)?(?:impairment|condition|disabilit)", "disability"),
    ("mental", r"\s+(?:or\s+physical\s+)?(?:impairment|condition|disabilit)", "disability"),
    ("military", r"\s+(?:(?:and|or)\s+veteran\s+)?(?:status|service)", "veteran"),
    ("uniformed", r"\s+service", "veteran"),
    ("immigration", r"\s+status", "citizenship"),
    ("visible", r"\s+minorit", "race"),
    ("first", r"\s+nations", "indigenous"),
    ("color", r"\s+de\s+piel", "color"),
):
    _phrase(_first, _rest, _ground)
_GROUND_WORDS = {w: (alone, tuple((regex.compile(r), g) for r, g in rests)) for w, (alone, rests) in _GROUND_WORDS.items()}
_WORD = regex.compile(r"[^\W\d_]+(?:['’]s)?")

# Fixed phrases that make a sentence an EEO statement by themselves. Group
# names are the language or kind tag.
_PHRASES = regex.compile(
    r"(?P<en>equal[\s-]+(?:employment[\s-]+)?opportunit(?:y|ies)\b[\s/&,()a-z-]{0,40}?\b(?:employers?|workplace)\b"
    r"|affirmative\s+action(?:\s*/\s*equal\s+opportunity)?\s+employer"
    r"|(?:committed\s+to|commitment\s+to|dedicated\s+to)\s+(?:[\w,]+\s+){0,6}?(?:equal(?:ity\s+of)?\s+"
    r"(?:employment\s+)?opportunit(?:y|ies)|employment\s+equity)"
    r"|(?:provides?|providing|offers?|offering|believes?\s+in|affords?|practices?|promotes?)\s+(?:the\s+principles?\s+of\s+)?"
    r"(?:equal(?:ity\s+of)?\s+(?:employment\s+)?opportunit(?:y|ies)|employment\s+equity)"
    r"|equal\s+(?:employment\s+)?opportunit(?:y|ies)\s*(?:\(EEO\)\s*)?(?:is|are)\s+(?:a\s+)?(?:fundamental|core"
    r"|guiding|central|founding)\s+(?:principle|value)"
    r"|equal\s+opportunities\s+(?:policy|employer|organi[sz]ation)|employment\s+equity\s+employer)"
    r"|(?P<fr>égalité\s+des\s+chances|équité\s+en\s+matière\s+d['’]emploi"
    r"|ouverts?\s+aux\s+personnes\s+en\s+situation\s+de\s+handicap)"
    r"|(?P<de>schwerbehinderte\s+(?:\w+\s+){0,4}?bei\s+gleicher\s+(?:eignung|qualifikation)"
    r"|chancengleichheit)"
    r"|(?P<es>igualdad\s+de\s+oportunidades)"
    r"|(?P<nl>gelijke\s+kansen)",
)
# Non-discrimination cues that need grounds after them: `strong` cues need
# one ground, `loose` ones two (not counting citizenship, see the docstring).
_CUES = regex.compile(
    r"(?P<strong>without\s+regards?\s+(?:to|for)|(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?discriminat\w*"
    r"|prohibits?\s+(?:\w+\s+){0,2}?discrimination|free\s+(?:of|from)\s+(?:\w+\s+){0,3}?discrimination"
    r"|non-?discrimination|without\s+discrimination|no\s+discrimination|discrimination\s+(?:is|will)\s+not"
    r"|equal\s+(?:employment\s+)?opportunit|all\s+qualified\s+(?:applicants|candidates)|sans\s+(?:distinction"
    r"|discrimination)|aucune\s+discrimination|sin\s+(?:distinción|discriminación)|zonder\s+onderscheid"
    r"|(?:keine|nicht)\s+(?:\w+\s+){0,2}?diskriminier\w*|affirmative\s+action)"
    r"|(?P<loose>regardless\s+of|irrespective\s+of|(?:welcome|encourage|invite)s?\s+(?:\w+\s+){0,4}?"
    r"(?:applica\w+|candidates|people|individuals|everyone)\s+(?:from|of)|unabhängig\s+von|ungeachtet"
    r"|independientemente\s+de|ongeacht|indépendamment\s+de"
    r"|(?:are|is)\s+(?:\w+\s+)?(?:encouraged|invited|welcome)\s+to\s+apply)",
)
# Words without which _PHRASES / _CUES cannot match (each of their
# alternatives spells one out; _PHRASES's "equity" is "employment equity"):
# most sentences looked at have none, and a few `in` tests cost far less
# than running those long patterns over them.
_PHRASE_WORDS = ("equal", "affirmative", "égalité", "équité", "handicap", "schwerbehinderte", "chancengleichheit",
                 "igualdad", "gelijke")
_CUE_WORDS = ("discrimin", "without", "equal", "qualified", "regardless", "irrespective", "welcome", "encourage",
              "invite", "affirmative", "sans", "distinci", "onderscheid", "diskriminier", "unabhängig", "ungeachtet",
              "independientemente", "ongeacht", "indépendamment")
_HIRING = regex.compile(
    r"appl(?:y|ic)|candidat|hir(?:e|ing)|recruit|employment|employer|consider|opportunit|select|attract|talent"
    r"|promot|bewerb|kandidat|sollicit|postul|solicit|empleo|emploi|einstell")
# These patterns run on the lowercased sentence: case-insensitive matching is
# about three times slower in Python's re.
_PROTECTED_CLASS = regex.compile(
    r"protected\s+(?:class|characteristic|status|categor|group|basis|ground)\w*|employment\s+decisions?")
_CA_ACCOMMODATION = regex.compile(r"\baoda\b|accessibility\s+for\s+ontarians|ontario\s+human\s+rights\s+code")

_KIND_PATTERNS = (
    ("ca-employment-equity",
     r"employment\s+equity|équité\s+en\s+matière|visible\s+minorit|indigenous|aboriginal|first\s+nations"
     r"|raciali[sz]ed"),
    # US wording before UK: "equal opportunity employer ... pregnancy and maternity" is still US-style.
    ("us-eeo",
     r"\beoe\b|equal[\s-]+employment[\s-]+opportunit|equal[\s-]+opportunity\b|affirmative\s+action|veteran"
     r"|all\s+qualified\s+applicants|genetic\s+information|m/f/d/v"),
    ("uk-equal-opportunities",
     r"equal\s+opportunities|equality\s+of\s+opportunity|equality\s+act|gender\s+reassignment"
     r"|civil\s+partnership|pregnancy\s+and\s+maternity|religion\s+or\s+belief"),
)
# Matched on the lowered statement: with re.IGNORECASE these patterns cannot
# skip ahead and cost ~30 us a statement. The case-insensitive ones are for
# text holding a letter that re folds differently from str.lower.
_KIND_MARKERS = tuple((kind, regex.compile(pattern)) for kind, pattern in _KIND_PATTERNS)
_KIND_MARKERS_ANY_CASE = tuple((kind, regex.compile(pattern, re.I)) for kind, pattern in _KIND_PATTERNS)
# How far after an EEO sentence a list of grounds may start (whitespace, markup).
_NEXT_GAP = 80
_NEXT_TEXT = regex.compile(r"[^\s<>*_#|-]")
# Sentences closer than this are one statement block.
_BLOCK_GAP = 300


def find_eeo_statement(posting) -> Statement | None:
    """The posting's EEO statement (see the module docs), or None."""
    found = eeo_sentences(posting)
    if not found:
        return None
    blocks: list[list[tuple[int, int, str, frozenset[str]]]] = []
    for item in found:
        if blocks and item[0] - blocks[-1][-1][1] <= _BLOCK_GAP:
            blocks[-1].append(item)
        else:
            blocks.append([item])
    covers = frozenset().union(*(item[3] for item in found))
    best = max(blocks, key=lambda b: (len(frozenset().union(*(i[3] for i in b))), -b[0][0]))
    start, end = best[0][0], best[-1][1]
    text = clean(posting.body, start, end)
    return Statement(text, start, end, _kind(text, [i[2] for i in best]), covers)


def eeo_sentences(posting) -> list[tuple[int, int, str, frozenset[str]]]:
    """Every EEO sentence in the posting as (start, end, tag, grounds), in order."""
    low = lowered(posting)
    anchors = (_FIND_ANCHORS if posting_looks_english(posting) else _FIND_ALL_ANCHORS)(low)
    if not anchors:
        return []
    seen: set[int] = set()
    found = []
    for start, end, sentence in sentences_at(posting, anchors, seen):
        judged = judge(sentence)
        if judged is None:
            continue
        found.append((start, end, judged[0], judged[1]))
        # A tagline often goes on in a list with no cue of its own:
        # "... Affirmative Action Employer.\nMinority/Female/Disability/Veteran".
        for _ in range(2):
            more = _continuation(posting, end)
            if more is None or more[0] in seen:
                break
            seen.add(more[0])
            found.append(more)
            end = more[1]
    found.sort()
    return found


def _continuation(posting, end: int) -> tuple[int, int, str, frozenset[str]] | None:
    """The sentence right after `end` when it is a list of protected grounds."""
    nxt = _NEXT_TEXT.search(posting.body, end, end + _NEXT_GAP)
    if nxt is None:
        return None
    start, stop = sentence_bounds(posting.text, nxt.start(), nxt.start() + 1)
    if start < end:
        return None
    sentence = clean(posting.body, start, stop)
    grounds = grounds_in(sentence.lower())
    if len(grounds) >= 3 or (len(grounds) == 2 and (len(sentence) <= 250 or sentence.count("/") >= 2)):
        return start, stop, "en", grounds
    return None


def judge(sentence: str) -> tuple[str, frozenset[str]] | None:
    """(tag, grounds) when `sentence` is an EEO statement, else None."""
    low = sentence.lower()
    phrase = (_PHRASES.search(low) if _may_state_phrase(low) else None) or _CASE_SENSITIVE.search(sentence)
    if phrase is not None:
        return (phrase.lastgroup or "en"), grounds_in(low)
    if "accommodat" in low and _CA_ACCOMMODATION.search(low):
        return "ca-accommodation", grounds_in(low) | {"disability"}
    if not _mentions(low, _CUE_WORDS):
        return None  # what follows needs a cue
    found = _grounds(low)
    grounds = frozenset(g for _, g in found)
    if not grounds:
        # "We do not discriminate based on any legally protected characteristic."
        if _PROTECTED_CLASS.search(low) and any(c.lastgroup == "strong" for c in _CUES.finditer(low)):
            return "en", grounds
        return None
    countable = len(grounds - {"citizenship"})
    for cue in _CUES.finditer(low):
        # A strong cue's ground must follow it ("without regard to race"), but
        # "equal opportunity" may come after the ground ("individuals with
        # disabilities enjoy equal employment opportunity"); a loose cue needs
        # two anywhere ("Women and minorities are encouraged to apply") and
        # a word about hiring: "all employees, regardless of race ..., feel
        # valued" is a values sentence.
        if cue.lastgroup == "strong" and (cue.group(0).startswith("equal")
                                          or any(at >= cue.end() for at, _ in found)):
            return _language_of_cue(cue.group(0)), grounds
        if cue.lastgroup == "loose" and countable >= 2 and _HIRING.search(low):
            return _language_of_cue(cue.group(0)), grounds
    return None


def _may_state_phrase(low: str) -> bool:
    return _mentions(low, _PHRASE_WORDS) or ("equity" in low and "employment" in low)


def _mentions(low: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in low:
            return True
    return False


def grounds_in(low: str, after: int = 0) -> frozenset[str]:
    """The protected grounds (GROUND_KEYS) named in the lowercased `low` from offset `after` on."""
    return frozenset(g for at, g in _grounds(low) if at >= after)


def _grounds(low: str) -> list[tuple[int, str]]:
    found = []
    skip_to = 0  # words inside a phrase already counted ("social origin" is not also "origin")
    get = _GROUND_WORDS.get
    for m in _WORD.finditer(low):
        entry = get(m.group())  # most words are not grounds: test that first
        if entry is None:
            continue
        start = m.start()
        if start < skip_to:
            continue
        alone, rests = entry
        for rest, ground in rests:
            tail = rest.match(low, m.end())
            if tail:
                found.append((start, ground))
                skip_to = tail.end()
                break
        else:
            if alone is not None:
                found.append((start, alone))
    return found


def _language_of_cue(cue: str) -> str:
    low = cue.lower()
    if low.startswith(("sans", "aucune", "indépendamment")):
        return "fr"
    if low.startswith(("unabhängig", "ungeachtet", "keine", "nicht")):
        return "de"
    if low.startswith(("sin ", "independientemente")):
        return "es"
    if low.startswith(("zonder", "ongeacht")):
        return "nl"
    return "en"


def _kind(text: str, tags: list[str]) -> str:
    if "ca-accommodation" in tags and all(t in ("ca-accommodation",) for t in tags):
        return "ca-accommodation"
    markers, text = (_KIND_MARKERS_ANY_CASE, text) if folds_oddly(text) else (_KIND_MARKERS, text.lower())
    for kind, marker in markers:
        if marker.search(text):
            return kind
    for tag in tags:
        if tag in ("fr", "de", "es", "nl"):
            return tag
    return "generic"
