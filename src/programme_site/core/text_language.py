"""Which language a text is in: the language rule shared by the build and the checker.

Every paragraph, heading, list item and table cell of a page, every `fi`/`sv` text
in data/ and every navigation title must be in the language it claims. A text
clearly in the other site language is an error; a text too short to tell (a name,
a number, an abbreviation such as AMIF, an address) is left alone. A passage an
editor marks as being in another language, `[Pakolaisesta kuntalaiseksi]{lang=fi}`
(WCAG 2.1 SC 3.1.2, rendered by core/language_spans.py), is not checked. Names are not
weighed either: a word with a capital letter that does not start a sentence (Rovaniemi, Kuopio
in a Swedish list of member towns) is a name, and names say nothing of the language around them.
Measured on the real site (256 passages) and the fixture site (86): no text is reported in its own
language, as before, and of the 306 long enough to tell, each checked as if pasted into the other
language's page, 301 are caught, one fewer than before: the heading 'Statens integrationsprogram
(Valko)', whose name was its strongest sign.

The identification is lingua (lingua-language-detector) restricted to Finnish,
Swedish and English, in two steps. Its low-accuracy mode (trigram models only:
about 0.03 s and 20 MB to load) screens every text; a text it takes for the other
site language is then judged by the high-accuracy mode (all n-gram models: about
1 s and 130 MB to load, more than the checker's whole budget, so loaded only when
there is a suspect). The screen alone is confidently wrong on some Swedish word
lists ('Kvalitet dessa ska bibliotek sakkunnig': Finnish 0.98) that the accurate
models get right (Swedish 0.98). On the real site nothing is a suspect, so only the
quick models are loaded. English is a third choice so that an English-looking word
(Integration, Startsida) is never taken for the other site language.

The screen itself costs about 60 microseconds a text, seconds for a site of a thousand pages per
language, so a first pass word by word leaves it the texts whose language is not already clear.
The quick models score a text by adding up the evidence of its letter trigrams, so a text's
evidence for its page's language is close to the sum of its words' (each word judged once, and
remembered); the sum differs where two words share a trigram, which the text counts once.
A text is clear, and not screened, when none of its words leans to the other site language by
more than WORD_DOUBT, its words together lean to its own language by at least CLEAR_MARGIN, and
it has no letter (such as å in a Finnish text) that lingua's rules can weigh apart from the
trigrams. Every other text is screened as before. The rule reports the same texts with the first
pass as without it on the real site and the benchmark's synthetic pages, each page also checked
as the other language, and on texts mixing Finnish and Swedish words in every proportion (the
closest calls; see WORD_DOUBT).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import chain
from typing import NamedTuple

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE
from programme_site.core.messages import N_, _
from programme_site.core.site_config import CONFIG, NavConfig

LINGUA = {"fi": Language.FINNISH, "sv": Language.SWEDISH}
SITE_LANGUAGE = {language: code for code, language in LINGUA.items()}

# Thresholds, chosen against the real site (docs/, data/, mkdocs.yml) and the texts editors paste by
# mistake (tests/core/test_text_language.py):
# - at least 12 letters: a single long word such as 'Yhteystiedot' (a copied navigation title) is
#   identified reliably, while shorter names and abbreviations ('AMIF', 'ELY-keskus', 'Migri') are
#   too short to tell and left alone ('Sakkunnig', 9 letters, is Finnish 0.83 to the quick models);
# - the accurate models at least 0.95 sure of the other language: on the real site no text of 12
#   letters or more gets more than 0.14 for the other language from the quick models ('Uutisarkisto')
#   or 0.04 from the accurate ones, while a pasted heading, paragraph, navigation title or news
#   title gets 0.98 or more.
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.95
# The time lingua takes grows with a text's length, and a long paragraph's language is clear from
# its start: the first 200 characters are enough, and keep the rule at a few milliseconds a page.
SAMPLE = 200
# The first pass (above), in natural logarithms of the ratio of the two languages' confidences: no
# word leaning more than e^5 (about 150) times to the other language, and the words together at
# least e^20 times to the text's own. Chosen against 80 000 texts that mix the words of Finnish
# and Swedish pages in random proportions (the closest calls), each checked as a Finnish and as a
# Swedish page: with the margin alone, 7 of the texts the rule reports would have been let through;
# with the word limit too, none is, at margins from 10 to 30.
WORD_DOUBT = 5.0
CLEAR_MARGIN = 20.0
# Letters lingua's rules count apart from the trigrams (å is Swedish alone of the three languages):
# a text with any letter outside its language's own is never clear in the first pass.
PLAIN_LETTERS = {"fi": re.compile(r"[^\W\d_a-zäö]"), "sv": re.compile(r"[^\W\d_a-zäöå]")}

# A passage marked as being in a language, `[text]{lang=fi}`, or an element with such an attribute
# list (`*text*{lang=fi}`, `[text](address){lang=fi}`): not checked, it says its own language.
MARKED = re.compile(
    r"(?:\[[^\]]*\](?:\([^)]*\))?|\*\*?[^*\n]+?\*\*?|_[^_\n]+_|`[^`\n]*`)\{:?[^}\n]*\blang=[^}\n]*\}"
)
ATTRIBUTE_LIST = re.compile(r"\{:?[^}\n]*\}")
CODE_SPAN = re.compile(r"`+[^`]*`+")
IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
ADDRESS_START = ("<", "http", "mailto:", "tel:", "www.")
MARKUP = "<>={}&"  # a word with one of these is markup, code or an entity (&lt;), shown as written
DOMAIN = re.compile(r"\w\.(?:fi|se|eu|com|org)\b")  # kotoutuminen.fi, also in kotoutuminen.fi-sivusto
WORD = re.compile(r"[^\W\d_]+")
# Around a word, what does not make it a name or end its sentence: "(Rovaniemi)", «Åbo», "slut."
OPENING = "([\"'«»\u201c\u201d\u201e\u2018\u2019-"  # also the typographic quotes “ ” „
CLOSING = ")]\"'«»\u201c\u201d\u2019"
SENTENCE_END = (".", "!", "?", ":")
# What every text _prose_words might drop or change has (markup, a marked passage, code, a link,
# an address); looked for as plain substrings, which is several times quicker than one pattern.
NOT_PLAIN = (*"{}`]@<>=&", "http", "mailto:", "tel:", "www.", ".fi", ".se", ".eu", ".com", ".org")


@cache
def _detector(accurate: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LINGUA.values(), Language.ENGLISH)
    return builder.build() if accurate else builder.with_low_accuracy_mode().build()


def release_models() -> None:
    """Free lingua's models (about 150 MB with the accurate ones) once a build has checked every
    text: the pages built after that need the memory, and the next check loads them again."""
    for accurate in (False, True):
        _detector(accurate).unload_language_models()


def _identified(samples: list[str], accurate: bool) -> list[tuple[str | None, float]]:
    """Each sample's most likely language (None: English) and how sure lingua is.

    One text at a time: a page or a data file has a few texts to identify, too few to share out, and
    each of the parallel call's threads loads the accurate models again (on the benchmark's 1000
    pages per language the accurate judgement took 1.0 s of CPU in parallel, 0.5 s one at a time)."""
    detector = _detector(accurate)
    return [
        (SITE_LANGUAGE.get(values[0].language), values[0].value)
        for values in map(detector.compute_language_confidence_values, samples)
    ]


def _prose_words(text: str) -> Iterator[str]:
    # Most texts have no markup: a pattern runs only where the character it needs is there.
    if "{" in text:
        text = MARKED.sub(" ", text)
    if "`" in text:
        text = CODE_SPAN.sub(" ", text)
    if "](" in text:
        text = IMAGE_OR_LINK.sub(r"\1", text)
    if "{" in text:
        text = ATTRIBUTE_LIST.sub(" ", text)
    return (word for word in text.split() if word.isalpha() or _is_prose(word))


class _Piece(NamedTuple):
    """What the rule reads of a piece of text between spaces (a word with any punctuation on it)."""

    capital: bool  # a capital letter starts it (after any opening mark): a name, unless it starts a sentence
    ends: bool  # it ends a sentence ("slut.", "(slut.)")
    words: tuple[str, ...]  # its words as the first pass reads them: runs of letters, lower-cased
    letters: int  # the letters of those words
    unusual: frozenset[str]  # the site languages with a letter of it not their own (PLAIN_LETTERS)


# The live preview's process lives for hours and a real site's words vary more than the benchmark's
# (7 500 pieces at 1 000 pages per language): about 450 bytes a piece, so at most about 45 MB.
MOST_PIECES = 100_000


class _Pieces(dict[str, _Piece]):
    """Each piece read once and remembered (a plain dictionary lookup, as for _Leans): a site's texts
    repeat their words. Reading every piece of every text again made the samples and the first pass
    1.0 s of CPU at the benchmark's 1 000 pages per language, 0.8 s read once."""

    def __missing__(self, text: str) -> _Piece:
        if len(self) >= MOST_PIECES:
            self.clear()
        lowered = text.lower()
        words = tuple(WORD.findall(lowered))
        self[text] = piece = _Piece(
            text.lstrip(OPENING)[:1].isupper(),
            text.rstrip(CLOSING).endswith(SENTENCE_END),
            words,
            sum(map(len, words)),
            frozenset(language for language, letters in PLAIN_LETTERS.items() if letters.search(lowered)),
        )
        return piece


_PIECES = _Pieces()


def _readable_pieces(text: str, limit: int | None = None) -> list[str]:
    """The pieces (words with their punctuation) of one Markdown text the rule reads: without marked
    passages, code, markup, addresses or names; with a `limit`, only as many as the first `limit`
    characters of their text take, the last one cut there.

    A word with a capital letter that does not start a sentence is a name (Finnish and Swedish
    write common nouns in lower case), and a place name says nothing of the language around it:
    'Rovaniemi, Kuopio, Jyväskylä' made a Swedish paragraph Finnish."""
    plain = not any(mark in text for mark in NOT_PLAIN)  # most texts: all prose, only spaces change
    pieces: list[str] = []
    length = -1  # of the pieces' text, a space between each two
    starts_sentence = True
    for word in text.split() if plain else _prose_words(text):
        piece = _PIECES[word]
        if starts_sentence or not piece.capital:
            pieces.append(word)
            length += len(word) + 1
            if limit is not None and length >= limit:
                pieces[-1] = word[: len(word) - (length - limit)]
                break
        starts_sentence = piece.ends
    return pieces


def readable_text(text: str) -> str:
    """The words of one Markdown text the rule reads (`_readable_pieces`)."""
    return " ".join(_readable_pieces(text))


def _sample(text: str) -> str:
    """readable_text(text)[:SAMPLE], reading only as many of its words as that takes."""
    return " ".join(_readable_pieces(text, SAMPLE))


class _Leans(dict[str, float]):
    """How much more each lower-case word is in `language` than in the other site language to the
    quick models: the logarithm of the ratio of their confidences; 0 when they cannot tell (a word
    of two letters has no trigram) or when their rules leave one of the two out (å: Swedish alone).
    Each word is judged once and remembered; a plain dictionary lookup, as the first pass makes one
    for each word of every text."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.own = LINGUA[language]
        self.other = next(lingua for code, lingua in LINGUA.items() if code != language)

    def __missing__(self, word: str) -> float:
        values = {
            value.language: value.value
            for value in _detector(accurate=False).compute_language_confidence_values(word)
        }
        own, other = values.get(self.own, 0.0), values.get(self.other, 0.0)
        self[word] = lean = math.log(own / other) if own and other else 0.0
        return lean


_LEANS = {language: _Leans(language) for language in LINGUA}


def _needs_screening(sample: list[str], language: str) -> bool:
    """Whether a sample (its pieces) is long enough to tell and not clearly in `language` to the
    first pass (module docstring): then lingua's quick models screen it. The pieces are read as
    the sample's text would be: a word never runs from one piece into the next."""
    pieces = list(map(_PIECES.__getitem__, sample))
    if sum(piece.letters for piece in pieces) < MIN_LETTERS:
        return False
    if any(language in piece.unusual for piece in pieces):
        return True
    word_leans = list(
        map(_LEANS[language].__getitem__, set(chain.from_iterable(piece.words for piece in pieces)))
    )
    return min(word_leans) < -WORD_DOUBT or sum(word_leans) < CLEAR_MARGIN


def _is_prose(word: str) -> bool:
    """Not an address (https://…, name@host, kotoutuminen.fi) nor markup or code (<b>, src=x)."""
    if word.isalpha():  # most words: nothing more to look at
        return True
    if "@" in word or word.startswith(ADDRESS_START) or any(mark in word for mark in MARKUP):
        return False
    return "." not in word or DOMAIN.search(word) is None


def other_languages_of(texts: Sequence[str], language: str) -> list[str | None]:
    """For each text, the other site language it is clearly written in, or None (its own, or too short
    to tell). The quick models screen every text the first pass leaves; only a text they take for
    the other language is judged by the accurate ones, which are loaded on the first such text."""
    sampled = [_readable_pieces(text, SAMPLE) for text in texts]
    telling = [index for index, sample in enumerate(sampled) if _needs_screening(sample, language)]
    samples = {index: " ".join(sampled[index]) for index in telling}
    screened = _identified([samples[index] for index in telling], accurate=False)
    suspects = [
        index for index, (best, _) in zip(telling, screened, strict=True) if best not in (None, language)
    ]
    judged = _identified([samples[index] for index in suspects], accurate=True) if suspects else []
    found: list[str | None] = [None] * len(texts)
    for index, (best, confidence) in zip(suspects, judged, strict=True):
        if best not in (None, language) and confidence >= MIN_CONFIDENCE:
            found[index] = best
    return found


def other_language_of(text: str, language: str) -> str | None:
    """The other site language `text` is clearly written in, or None."""
    return other_languages_of([text], language)[0]


# Each pair of languages has its own sentences: the languages' names take different forms in each
# translation. {subject} is the text, in the editor's language ("this paragraph", "the text").
_WRONG_LANGUAGE = {
    ("sv", "fi"): N_("{subject} is in Swedish, not Finnish. Translate it into Finnish."),
    ("fi", "sv"): N_("{subject} is in Finnish, not Swedish. Translate it into Swedish."),
}
_WRONG_LANGUAGE_MARKABLE = {
    ("sv", "fi"): N_(
        "{subject} is in Swedish, not Finnish. Translate it into Finnish; if it is meant to be in Swedish "
        "(a quoted name or title), mark those words as [words]{{lang=sv}}."
    ),
    ("fi", "sv"): N_(
        "{subject} is in Finnish, not Swedish. Translate it into Swedish; if it is meant to be in Finnish "
        "(a quoted name or title), mark those words as [words]{{lang=fi}}."
    ),
}


def wrong_language_advice(subject: str, found: str, language: str, markable: bool = True) -> str:
    """The message for `subject` (in the editor's language), a text in `found` where `language`
    belongs, and how to fix it; a Markdown text can also be marked."""
    messages = _WRONG_LANGUAGE_MARKABLE if markable else _WRONG_LANGUAGE
    return _(messages[(found, language)]).format(subject=subject)


def nav_language_problems(nav: NavConfig) -> list[SiteError]:
    """A problem for each navigation title (mkdocs.yml nav and nav_translations) in the wrong language."""
    titles = [(entry.line, entry.title, DEFAULT_LANGUAGE) for entry in nav.entries if entry.title]
    titles += [
        (translation.line, translation.text, language)
        for language, (_, translated) in nav.translations.items()
        for translation in translated.values()
    ]
    return [
        SiteError(
            CONFIG,
            line,
            wrong_language_advice(
                _("the navigation title '{title}'").format(title=title), found, language, markable=False
            ),
        )
        for line, title, language in titles
        if (found := other_language_of(title, language))
    ]
