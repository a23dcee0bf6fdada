"""Typing any form of a word into the search box finds the pages that use the word in any form.

Each word is typed in its base form and two inflected forms into the search box of the built
site. What it should find is worked out from the built site's own text (the language's search
index, whose entries are the pages' headings and text) with the lemmatizer the build uses:
every page with a word of the same base form. Recall is printed per language (`pytest -s`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page

from programme_site.core.languages import language_root
from programme_site.search.word_forms import base_form, words

from .checks import PageLog, WordSearch, open_search, search_recall, typed_search_pages, word_search_problems
from .conftest import NewPage, Site

RECALL = 0.95

# Words the pages use, each with two inflected forms a reader may type (not all of them on the site).
WORDS = {
    "fi": {
        "pakolainen": ("pakolaisille", "pakolaisten"),
        "kunta": ("kunnissa", "kuntien"),
        "kotoutuminen": ("kotoutumisen", "kotoutumista"),
        "kiintiöpakolainen": ("kiintiöpakolaisten", "kiintiöpakolaisia"),
        "palvelu": ("palvelut", "palveluja"),
        "kustannus": ("kustannukset", "kustannuksia"),
        "korvaus": ("korvaukset", "korvauksia"),
        "toimija": ("toimijat", "toimijoille"),
        "uutinen": ("uutiset", "uutisia"),
        "tieto": ("tiedot", "tietoja"),
        "muutos": ("muutokset", "muutoksen"),
        "verkosto": ("verkoston", "verkostossa"),
        "kysely": ("kyselyyn", "kyselyssä"),
        "vastaanotto": ("vastaanoton", "vastaanotossa"),
        "yhteiskunta": ("yhteiskunnan", "yhteiskunnassa"),
        "sähköposti": ("sähköpostilla", "sähköpostiin"),
        "toiminta": ("toiminnan", "toimintaa"),
        "yhteistyö": ("yhteistyön", "yhteistyöhön"),
        "ministeriö": ("ministeriön", "ministeriössä"),
        "sivusto": ("sivustolla", "sivuston"),
        "kumppanuusohjelma": ("kumppanuusohjelman", "kumppanuusohjelmaa"),
        "asettamispäätös": ("asettamispäätöksen", "asettamispäätöksessä"),
    },
    "sv": {
        "flykting": ("flyktingarna", "flyktingarnas"),
        "kommun": ("kommunerna", "kommunens"),
        "nyhet": ("nyheter", "nyheterna"),
        "tjänst": ("tjänster", "tjänsterna"),
        "ersättning": ("ersättningar", "ersättningarna"),
        "kostnad": ("kostnader", "kostnaderna"),
        "aktör": ("aktörer", "aktörerna"),
        "handlingsprogram": ("handlingsprogrammet", "handlingsprogrammets"),
        "välfärdsområde": ("välfärdsområden", "välfärdsområdet"),
        "uppgift": ("uppgifter", "uppgifterna"),
        "anvisning": ("anvisningar", "anvisningen"),
        "nätverk": ("nätverket", "nätverkets"),
        "ändring": ("ändringen", "ändringar"),
        "invandrare": ("invandraren", "invandrarnas"),
        "enkät": ("enkäten", "enkäter"),
        "webbplats": ("webbplatsen", "webbplatsens"),
        "samhälle": ("samhället", "samhällets"),
        "möjlighet": ("möjligheter", "möjligheterna"),
        "verksamhet": ("verksamheten", "verksamheter"),
        "person": ("personer", "personerna"),
        "kvotflykting": ("kvotflyktingar", "kvotflyktingarna"),
        "ministerium": ("ministeriet", "ministeriets"),
    },
}


def search_page(site: Site, new_page: NewPage, language: str) -> tuple[Page, PageLog]:
    """A new page on the language's front page with its search open, ready to type into."""
    page, log = new_page(site)
    page.goto(site.url("/" + language_root(language)))
    open_search(page, "a")
    return page, log


def pages_by_base_form(site: Site, language: str) -> dict[str, set[str]]:
    """{base form: the URL paths of the language's pages with a word of that base form}."""
    root = language_root(language)
    index = json.loads((site.directory / root / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages: defaultdict[str, set[str]] = defaultdict(set)
    for doc in index["docs"]:
        path = "/" + root + doc["location"].split("#")[0]
        for word in words(doc["title"]) | words(doc["text"]):
            pages[base_form(word, language)].add(path)
    return pages


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_form_of_a_word_finds_the_pages_that_use_it(
    site: Site, new_page: NewPage, language: str
) -> None:
    pages = pages_by_base_form(site, language)
    page, _ = search_page(site, new_page, language)
    searches = []
    for lemma, inflected in WORDS[language].items():
        expected = frozenset(pages[base_form(lemma, language)])
        assert expected, f"no page uses '{lemma}': choose another word"
        for typed in (lemma, *inflected):
            searches.append(WordSearch(typed, expected, frozenset(typed_search_pages(page, typed))))
    recall = search_recall(searches)
    print(f"\nsearch recall, {language}: {recall:.3f} over {len(searches)} words typed")
    for search in searches:
        if search.expected - search.found:
            print(f"  {search.word}: missed {sorted(search.expected - search.found)}")
    assert word_search_problems(searches) == []
    assert recall >= RECALL


def test_results_highlight_the_forms_found_and_list_no_added_form_as_missing(
    site: Site, new_page: NewPage
) -> None:
    page, _ = search_page(site, new_page, "fi")
    typed_search_pages(page, "pakolaisille")  # a form no page uses
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    highlighted = {
        word for href in hrefs for word in parse_qs(urlsplit(href).query).get("h", [""])[0].split()
    }
    # The forms of the word, and of its compounds (kiintiöpakolaisten).
    assert highlighted and {base_form(word, "fi") for word in highlighted} == {
        "pakolainen",
        "kiintiöpakolainen",
    }
    assert page.locator(".md-search-result__terms").all_inner_texts() == []


@pytest.mark.parametrize(
    ("language", "typed"),
    [("fi", "pakolainen"), ("fi", "kunnissa"), ("sv", "flyktingarnas"), ("sv", "kommun")],
)
def test_a_heading_with_the_word_comes_first(
    site: Site, new_page: NewPage, language: str, typed: str
) -> None:
    page, _ = search_page(site, new_page, language)
    typed_search_pages(page, typed)
    first = page.locator(".md-search-result__item").first.locator("h1, h2").first.inner_text()
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


def test_search_check_catches_a_site_without_the_word_forms_script(
    site_copy: Site, new_page: NewPage
) -> None:
    # As the theme searches alone: its lunr index joins none of pakolainen's forms.
    (site_copy.directory / "assets" / "javascripts" / "search-forms.js").write_text("", encoding="utf-8")
    expected = frozenset(pages_by_base_form(site_copy, "fi")[base_form("pakolainen", "fi")])
    page, _ = search_page(site_copy, new_page, "fi")
    searches = [WordSearch("pakolainen", expected, frozenset(typed_search_pages(page, "pakolainen")))]
    assert word_search_problems(searches) and search_recall(searches) == 0


# A word, a form of it to type, and the compounds ending in it that some pages use without the word
# itself (their starts, as simplemma's base forms of compounds are not always right).
COMPOUNDS = [
    ("fi", "ohjelma", "ohjelmat", ("toimintaohjelm", "kumppanuusohjelm", "hallitusohjelm")),
    ("fi", "tieto", "tietoja", ("yhteystie", "lisätie")),
    ("fi", "laki", "lain", ("kotoutumislak", "kotoutumislai")),  # kotoutumis-: kotoutuminen as a first part
    ("sv", "program", "programmet", ("handlingsprogram", "integrationsprogram", "partnerskapsprogram")),
    ("sv", "område", "områden", ("välfärdsområde",)),
]


def words_by_page(site: Site, language: str) -> dict[str, set[str]]:
    """{URL path: the words of the page's search entries}."""
    root = language_root(language)
    index = json.loads((site.directory / root / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages: defaultdict[str, set[str]] = defaultdict(set)
    for doc in index["docs"]:
        pages["/" + root + doc["location"].split("#")[0]] |= words(doc["title"]) | words(doc["text"])
    return pages


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
        hrefs = page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
            "links => links.map(a => a.href)"
        )
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
    assert typed_search_pages(page, "kunta"), "the search stopped answering"
    assert log.console_errors == []
