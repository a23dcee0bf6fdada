"""Every form of a word in a language's search, so that any form finds the pages with the others.

The theme's lunr search matches words as written and their starts; it joins none of a Finnish
word's forms (*pakolainen*, *pakolaisten*, *pakolaisille*). At build time `add_word_forms` groups
the words of a language's search index by their base form (lemma) and adds the groups to the
index's `config` (which the theme hands to its search worker whole) as `word_forms`,
{base form: "the other forms the pages use"}, each form written as the number of letters it
shares with the start of the base form and the letters that follow (kunta: "3nissa 4ien" for
*kunnissa*, *kuntien*), which keeps the index small. In the browser,
overrides/assets/javascripts/search-forms.js adds to each query word the other forms of its
group, so a reader who types *pakolainen* or *pakolaisille* finds every page that uses
*pakolaiset* or *pakolaisten*, with the theme's own ranking (headings first) and highlighting.
The index's entries are unchanged.

The base forms come from simplemma's Finnish and Swedish dictionaries (README: Search).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache
from typing import Any

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy

from programme_site.core.languages import LANGUAGES

# The low-memory dictionaries decode only the entries a build looks up: the Finnish and Swedish
# ones load in about 2 s of CPU instead of 4, in about 70 MB instead of 550.
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(low_memory=True))
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W\d_]{2,}")
# simplemma can answer with another form, whose own base form is the word's (kotoutumisen ->
# kotoutuminen -> kotoutua); a few rounds reach the form they all share.
_ROUNDS = 3


def words(html: str) -> set[str]:
    """The words of a search entry's text (its HTML tags left out), lower-cased."""
    return set(_WORD.findall(_TAG.sub(" ", html).lower()))


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


def word_forms(index: dict[str, Any], language: str) -> dict[str, str]:
    """{base form: its other forms in the index, shortened, space-separated}."""
    text = " ".join(f"{doc.get('title', '')} {doc.get('text', '')}" for doc in index["docs"])
    return dict(_grouped(text, language))


# Every language's build splits the whole site's index again (hooks/site_build.py), so the same
# text comes twice: the second time costs a look-up, not another pass over every word.
@lru_cache(maxsize=len(LANGUAGES))
def _grouped(text: str, language: str) -> tuple[tuple[str, str], ...]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for word in words(text):
        groups[base_form(word, language)].add(word)
    return tuple(
        (lemma, " ".join(_shortened(form, lemma) for form in sorted(forms - {lemma})))
        for lemma, forms in sorted(groups.items())
        if forms - {lemma}
    )


def add_word_forms(index: dict[str, Any], language: str) -> dict[str, Any]:
    """The index with the language's word forms grouped by base form (`config.word_forms`)."""
    return {**index, "config": {**index["config"], "word_forms": word_forms(index, language)}}
