"""Which language a posting is written in, cheaply: count function words.

Rules use the language to pick wording (an EEO statement in French is
"égalité des chances", not "equal opportunity") and `inspect` shows it. The
detector looks at the first 2.5 KB of the body only and counts short function
words that are frequent in one language and rare in the others ("the", "und",
"les", "het", "los", "não", "della"). Words shared between languages ("de",
"in", "a", "la", "die", "is") are left out on purpose: they would only blur the
count. When too few function words are seen, or two languages score close,
the answer is "und" (undetermined, as in BCP 47) rather than a guess.
"""

from __future__ import annotations

from .sentences import lowered

# How much of the body is read; function words are dense, 2.5 KB is plenty.
SAMPLE = 2500
MIN_HITS = 4  # fewer distinctive words than this: "und"
MARGIN = 1.5  # the winner needs this many times the runner-up's count

_STOPWORDS = {
    "en": "the and of to you we our with for are will this that your from have be an or "
          "at by they their who what which would has been about into it's you'll we're "
          "can not all more than also",
    "fr": "les des et une est vous nous pour dans avec sur sont être du au aux votre notre ce "
          "cette qui pas ou mais nos vos leur leurs ses très été avez êtes sera",
    "de": "und der das ist nicht wir sie mit für auf dem den ein eine einer eines zu bei "
          "sind oder auch wird werden unser unsere ihre ihr uns dich du deine nach über",
    "es": "los las por para una con es en el su sus nuestro nuestra somos como más "
          "está están ser tu tus usted y puesto empresa trabajo",
    "nl": "het een van en zijn wij je jij jouw ons onze voor niet met ook naar bij wordt "
          "worden heb hebt heeft dat deze ben bent kun kunt om tot",
    "pt": "os uma não para por mais como você nossa nosso são ser está em ao aos das "
          "pelo pela seu sua também trabalho empresa vaga",
    "it": "della delle degli gli che sono una con nel nella anche più siamo "
          "sei tuo tua nostro nostra essere lavoro azienda dei alla",
}

_LANG_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _LANG_OF[_w] = _LANG_OF.get(_w, ()) + (_lang,)
# A word listed under several languages tells nothing; keep only distinctive ones.
_LANG_OF = {w: langs[0] for w, langs in _LANG_OF.items() if len(langs) == 1}
_LANG_OF.update({w.capitalize(): lang for w, lang in list(_LANG_OF.items())})

_STEP = 4096


def first_text(text: str) -> int:
    """Offset of the first non-space character of `text`, or -1. Bodies often
    open with thousands of blanked characters (front matter, an HTML head):
    str.lstrip gets through them several times faster than a `\\S` search."""
    for at in range(0, len(text), _STEP):
        chunk = text[at:at + _STEP]
        rest = chunk.lstrip()
        if rest:
            return at + len(chunk) - len(rest)
    return -1


def detect_language(body: str) -> str:
    """ISO 639-1 code of the body's language ("en", "fr", "de", "es", "nl",
    "pt", "it"), or "und" when unsure."""
    first = first_text(body)
    if first == -1:
        return "und"
    # Whitespace split, no lowercasing: function words rarely touch punctuation,
    # and capitalised forms are in the table. Tokenising with a regex or
    # str.translate costs 5-10x more on non-ASCII text.
    sample = body[first:first + SAMPLE]
    counts: dict[str, int] = {}
    get = _LANG_OF.get
    for lang in filter(None, map(get, sample.split())):  # only function words reach the loop
        counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return "und"
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits < MIN_HITS or hits < MARGIN * runner_up:
        return "und"
    return best


def looks_english(low: str) -> bool:
    """A quick "is this English?" for the statement finders, which only need
    to know whether to look for other languages' wording too: one or two
    `str.find` calls on the lowercased body instead of a full `detect_language`.
    Over the bench corpus no non-English posting passes it."""
    start = first_text(low)
    if start == -1:
        return True
    end = start + SAMPLE
    # Not " we ": Dutch says it too.
    return low.find(" the ", start, end) != -1 or low.find(" you ", start, end) != -1


def posting_looks_english(posting) -> bool:
    """`looks_english` of the posting's body, worked out once per posting: the
    EEO and agency finders and the EEO rules all ask."""
    english = posting.__dict__.get("_looks_english")
    if english is None:
        english = posting.__dict__["_looks_english"] = looks_english(lowered(posting))
    return english
