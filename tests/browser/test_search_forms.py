"""Typing any form of a word into the search box finds the pages that use the word in any form.

Each word is typed in its base form and two inflected forms into the search box of the built
site. What it should find is worked out from the built site's own text (the language's search
index, whose entries are the pages' headings and text) with the lemmatizer the build uses:
every page with a word of the same base form. Recall is printed per language (`pytest -s`).
The fixture site's words are here; the real site's recall is a content test
(tests/content/test_real_pages_in_browser.py).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from programme_site.search.shards import write_search_files
from programme_site.search.word_forms import base_form, words

from .checks import SEARCH_LINK, WordSearch, search_recall, typed_search_pages, word_search_problems
from .chromium import NewPage, Site
from .sitewide import pages_by_base_form, search_page, word_searches, words_by_page

RECALL = 1.0  # every page that uses a typed word in any form is found (issue 26 keeps it at 1.0)

# Words the fixture's pages use, each with two inflected forms a reader may type (not all on the site).
WORDS = {
    "fi": {
        "kirjasto": ("kirjastoissa", "kirjastojen"),
        "kunta": ("kunnissa", "kuntien"),
        "verkosto": ("verkoston", "verkostoon"),
        "palvelu": ("palveluja", "palveluista"),
        "uutinen": ("uutiset", "uutisia"),
        "koulutuspäivä": ("koulutuspäivään", "koulutuspäivät"),
    },
    "sv": {
        "bibliotek": ("biblioteket", "bibliotekens"),
        "kommun": ("kommunerna", "kommunens"),
        "nätverk": ("nätverket", "nätverkets"),
        "tjänst": ("tjänster", "tjänsterna"),
        "nyhet": ("nyheter", "nyheterna"),
        "utbildningsdag": ("utbildningsdagen", "utbildningsdagar"),
    },
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_form_of_a_word_finds_the_pages_that_use_it(
    site: Site, new_page: NewPage, language: str
) -> None:
    searches = word_searches(site, new_page, language, WORDS[language])
    recall = search_recall(searches)
    print(f"\nsearch recall, {language}: {recall:.3f} over {len(searches)} words typed")
    assert word_search_problems(searches) == []
    assert recall >= RECALL


def test_results_highlight_the_forms_of_the_word_and_its_compounds(site: Site, new_page: NewPage) -> None:
    page, _ = search_page(site, new_page, "fi")
    typed_search_pages(page, "verkostoissa")  # a form no page uses
    hrefs = page.locator(SEARCH_LINK).evaluate_all("links => links.map(a => a.href)")
    highlighted = {
        word for href in hrefs for word in parse_qs(urlsplit(href).query).get("h", [""])[0].split()
    }
    # The forms of the word, and of its compounds (kirjastoverkoston, yhteistyöverkostosta).
    assert highlighted and {base_form(word, "fi") for word in highlighted} == {
        "verkosto",
        "kirjastoverkosto",
        "yhteistyöverkosto",
    }


@pytest.mark.parametrize(
    ("language", "typed"),
    [("fi", "vuosikokous"), ("fi", "palveluja"), ("sv", "nätverkets"), ("sv", "bibliotek")],
)
def test_a_heading_with_the_word_comes_first(
    site: Site, new_page: NewPage, language: str, typed: str
) -> None:
    page, _ = search_page(site, new_page, language)
    typed_search_pages(page, typed)
    first = page.locator(".site-search__title").first.inner_text()
    assert base_form(typed, language) in {base_form(word, language) for word in words(first)}, first


def test_recall_counts_the_pages_found_of_those_expected() -> None:
    searches = [
        WordSearch("kunta", frozenset({"/a/", "/b/"}), frozenset({"/a/", "/c/"})),
        WordSearch("kunnissa", frozenset({"/a/", "/b/"}), frozenset({"/a/", "/b/"})),
    ]
    assert search_recall(searches) == 0.75


def test_word_check_reports_a_word_that_finds_none_of_its_pages() -> None:
    searches = [
        WordSearch("kunta", frozenset({"/a/"}), frozenset({"/a/"})),
        WordSearch("kunnissa", frozenset({"/a/"}), frozenset({"/c/"})),
    ]
    assert word_search_problems(searches) == ["'kunnissa' found none of the 1 pages that use it: ['/a/']"]


def test_search_check_catches_a_site_without_word_forms(site_copy: Site, new_page: NewPage) -> None:
    # The search's files written from the index without its word forms: tehdä and the form the page
    # uses (tekee) are then words of their own.
    folder = site_copy.directory / "search"
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    write_search_files({**index, "config": {"lang": index["config"]["lang"]}}, folder)
    expected = frozenset(pages_by_base_form(site_copy, "fi")[base_form("tehdä", "fi")])
    page, _ = search_page(site_copy, new_page, "fi")
    searches = [WordSearch("tehdä", expected, frozenset(typed_search_pages(page, "tehdä")))]
    assert word_search_problems(searches) and search_recall(searches) == 0


# A word, a form of it to type, and the compounds ending in it that some pages use without the word
# itself (their starts, as simplemma's base forms of compounds are not always right).
COMPOUNDS = [
    ("fi", "tieto", "tietoa", ("lisätie",)),
    ("fi", "verkosto", "verkoston", ("kirjastoverkost", "yhteistyöverkost")),
    ("sv", "bibliotek", "biblioteket", ("kommunbibliotek", "närbibliotek")),
    ("sv", "nätverk", "nätverkets", ("biblioteksnätverk", "samarbetsnätverk")),
    ("sv", "adress", "adressen", ("postadress",)),
]


def pages_with_only_compounds(site: Site, language: str, lemma: str, compounds: tuple[str, ...]) -> set[str]:
    """The pages with a word that starts as one of `compounds` and none that starts with a form of
    `lemma` (the theme finds a word's start as the word: tieto- in tietokoneen)."""
    pages = words_by_page(site, language)
    forms = (lemma, *{word for used in pages.values() for word in used if base_form(word, language) == lemma})
    return {
        path
        for path, used in pages.items()
        if any(word.startswith(compounds) for word in used)
        and not any(word.startswith(forms) for word in used)
    }


@pytest.mark.parametrize(("language", "lemma", "inflected", "compounds"), COMPOUNDS)
def test_a_word_finds_its_compounds_after_the_pages_that_use_it(
    site: Site, new_page: NewPage, language: str, lemma: str, inflected: str, compounds: tuple[str, ...]
) -> None:
    own = pages_by_base_form(site, language)[lemma]
    only_compounds = pages_with_only_compounds(site, language, lemma, compounds)
    assert own and only_compounds, f"choose a word with pages of both kinds, not '{lemma}'"
    page, _ = search_page(site, new_page, language)
    for typed in (lemma, inflected):
        found = typed_search_pages(page, typed)
        assert own | only_compounds <= found, f"'{typed}' missed {sorted((own | only_compounds) - found)}"
        hrefs = page.locator(SEARCH_LINK).evaluate_all("links => links.map(a => a.href)")
        order = [urlsplit(href).path for href in hrefs]
        last_own = max(order.index(path) for path in own)
        first_compound = min(order.index(path) for path in only_compounds)
        assert last_own < first_compound, (
            f"'{typed}': a page with only a compound before one with the word: {order}"
        )


def test_a_word_that_names_a_javascript_property_is_searched_like_any_other(
    site: Site, new_page: NewPage
) -> None:
    # The forms' lookup tables must not answer for "constructor" with JavaScript's own properties.
    page, log = search_page(site, new_page, "fi")
    typed_search_pages(page, "constructor")
    assert typed_search_pages(page, "kirjasto"), "the search stopped answering"
    assert log.console_errors == []
