"""Every form of a word in a language's search, so that any form finds the pages with the others.

Matching words as written would join none of a Finnish word's forms (*pakolainen*, *pakolaisten*,
*pakolaisille*). At build time `add_word_forms` groups the words of a language's search index by
their base form (lemma) and adds the groups to the index's `config` as `word_forms`,
{base form: "the other forms the pages use"}, each form written as the number of letters it
shares with the start of the base form and the letters that follow (kunta: "3nissa 4ien" for
*kunnissa*, *kuntien*), which keeps the index small. search/shards.py files each word under its
base form, so a reader who types *pakolainen* or *pakolaisille* finds every page that uses
*pakolaiset* or *pakolaisten*. The index's entries are unchanged.

Compounds: a word of the pages that is a word simplemma's dictionary knows followed by a form of
another word the pages use (*kiintiö|pakolaisten*, *kvot|flyktingar*) is listed under that last
word's base form in `word_compounds`, {last word's base form: "the first parts"}; the shards score
those compounds below the word's own forms, so *pakolainen* also finds *kiintiöpakolaisten*, after
the pages that use the word itself.

The base forms come from simplemma's Finnish and Swedish dictionaries (HANDBOOK.md: Search).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import defaultdict
from collections.abc import Set
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import TrieDictionaryFactory
from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy

from programme_site.core.languages import LANGUAGES
from programme_site.search.kept import index_language, reused

# simplemma's own dictionaries as MARISA tries saved on disk: a build opens them in about 10 ms of
# CPU, where decoding simplemma's packed dictionaries takes about 2 s, and looks up only the site's
# words. Making them takes about 8 s, once per environment (`make` does it when it sets up .venv, or
# the first build does); they live in the virtual environment (about 23 MB), next to the simplemma
# they were made from, or outside one in simplemma's own cache folder. The lemmas are simplemma's
# own (tests/search/test_word_forms.py compares).
_IN_VENV = sys.prefix != sys.base_prefix
_TRIES = Path(sys.prefix, "cache", "simplemma-tries", SIMPLEMMA_VERSION) if _IN_VENV else None
_DICTIONARIES = TrieDictionaryFactory(disk_cache_dir=str(_TRIES) if _TRIES else None)
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_DICTIONARIES))
_KNOWN = DictionaryLookupStrategy(_DICTIONARIES)
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W\d_]{2,}")
# simplemma can answer with another form, whose own base form is the word's (kotoutumisen ->
# kotoutuminen -> kotoutua); a few rounds reach the form they all share.
_ROUNDS = 3
# A compound's parts: simplemma's dictionary also holds fragments (-uksi, -erna) and takes endings for
# words (-joille for joka, -tään for tämä), which is why the last word must be one the pages use on
# their own and start with the same LAST_PART letters as its form in the compound (pakolai-sten), and
# the first part must not be very short.
FIRST_PART = 3
LAST_PART = 4
# In a Finnish compound a first part ending in -nen is written with -s (kotoutuminen: kotoutumis-
# palvelut, yhteinen: yhteis-kunta); the dictionary knows the word, not that form of it.
COMPOUND_STEM = {"fi": ("s", "nen")}


def words(markup: str) -> set[str]:
    """The words of a search entry's text (its HTML tags left out, its character references read:
    the search plugin writes '&' as '&amp;', which is no word 'amp'), lower-cased."""
    text = _TAG.sub(" ", markup)
    if "&" in text:
        text = html.unescape(text)
    # A word has no space in it, so each distinct piece between spaces is read once (a large site's
    # index repeats its words), and one of letters alone is a word as it is: the pattern reads only
    # the others, those with punctuation or digits (a third less time than reading all).
    found = set()
    for piece in set(text.lower().split()):
        if piece.isalpha():
            if len(piece) > 1:
                found.add(piece)
        else:
            found.update(_WORD.findall(piece))
    return found


@cache
def base_form(word: str, language: str) -> str:
    """The base form simplemma gives a lower-case word, followed until it gives itself."""
    for _ in range(_ROUNDS):
        lemma = _LEMMATIZER.lemmatize(word, lang=language).lower()
        if lemma == word:
            break
        word = lemma
    return word


def _shortened(form: str, lemma: str) -> str:
    """The form as the length of the start it shares with its base form and the rest of it."""
    shared = next(
        (n for n, (a, b) in enumerate(zip(form, lemma, strict=False)) if a != b), min(len(form), len(lemma))
    )
    return f"{shared}{form[shared:]}"


EntryWords = tuple[frozenset[str], frozenset[str]]  # the words of an entry's title and of its text
# Per language, the words of the entries of its last index: reading every entry's words is most of
# the cost of the word forms and of the shards (which read them too), and a save under the live
# preview changes few entries.
_ENTRY_WORDS: dict[str, dict[tuple[str, str], EntryWords]] = {}


def entry_words(index: dict[str, Any]) -> list[EntryWords]:
    """The words of each entry's title and text, in the index's order."""
    keys = ((doc.get("title", ""), doc.get("text", "")) for doc in index["docs"])
    return reused(
        _ENTRY_WORDS,
        index_language(index),
        keys,
        lambda key: (frozenset(words(key[0])), frozenset(words(key[1]))),
    )


def word_groups(index: dict[str, Any], language: str) -> dict[str, set[str]]:
    """{base form: the forms of it in the index}."""
    groups: defaultdict[str, set[str]] = defaultdict(set)
    # Each entry's title and text words go into the union as they are: joining them first made a
    # set per entry, most of this function's time on a large site.
    for word in set().union(*chain.from_iterable(entry_words(index))):
        groups[base_form(word, language)].add(word)
    return groups


def word_forms(groups: dict[str, set[str]]) -> dict[str, str]:
    """{base form: its other forms in the index (word_groups), shortened, space-separated}."""
    return {
        lemma: " ".join(_shortened(form, lemma) for form in sorted(forms - {lemma}))
        for lemma, forms in sorted(groups.items())
        if forms - {lemma}
    }


def _last_word(word: str, lemma: str, lemmas: Set[str], language: str) -> tuple[str, str] | None:
    """(first part, last word's base form) if `word` (of base form `lemma`) is a compound (module
    docstring): the shortest last part that is a form of another base form in `lemmas`, after a word
    the dictionary knows (or its compound form, COMPOUND_STEM). Each form is split, not only the base form: simplemma's base form of a
    compound may be wrong (toimintaohjelma -> toimintaohje)."""
    for length in range(LAST_PART, len(word) - FIRST_PART + 1):  # the shortest last part first
        first, last = word[:-length], word[-length:]
        head = base_form(last, language)
        if (
            head[:LAST_PART] == last[:LAST_PART]
            and head in lemmas
            and head != lemma
            and _known_first_part(first, language)
        ):
            return first, head
    return None


def _known_first_part(first: str, language: str) -> bool:
    if _KNOWN.get_lemma(first, language) is not None:
        return True
    written, word_ending = COMPOUND_STEM.get(language, ("", ""))
    return (
        bool(written)
        and first.endswith(written)
        and _KNOWN.get_lemma(first.removesuffix(written) + word_ending, language) is not None
    )


def word_compounds(groups: dict[str, set[str]], language: str) -> dict[str, str]:
    """{base form: the first parts of the compounds that end in it, space-separated}."""
    firsts: defaultdict[str, set[str]] = defaultdict(set)
    for lemma, forms in groups.items():
        for word in forms | {lemma}:
            if split := _last_word(word, lemma, groups.keys(), language):
                firsts[split[1]].add(split[0])
    return {head: " ".join(sorted(parts)) for head, parts in sorted(firsts.items())}


def add_word_forms(index: dict[str, Any], language: str) -> dict[str, Any]:
    """The index with the language's word forms grouped by base form (`config.word_forms`) and its
    compounds by their last word (`config.word_compounds`)."""
    groups = word_groups(index, language)
    forms = {"word_forms": word_forms(groups), "word_compounds": word_compounds(groups, language)}
    return {**index, "config": {**index["config"], **forms}}


def prepare() -> None:
    """Make the dictionaries' tries on disk now, so that no build has to (`make` runs this once)."""
    for language in LANGUAGES:
        _DICTIONARIES.get_dictionary(language)


def main(argv: list[str] | None = None) -> int:
    """`python -m programme_site.search`: prepare the dictionaries (see `prepare`)."""
    argparse.ArgumentParser(description=prepare.__doc__).parse_args(argv)
    prepare()
    return 0
