"""The site's search: nothing of it is fetched before the reader types, then only the shards and
fragments a query needs, and what it shows is what the reference search over the full index finds
(src/programme_site/search/shards.py: `search`), in the same order, with the count announced."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from programme_site.core.languages import language_root
from programme_site.core.ui_texts import ui_text
from programme_site.search.shards import search

from .checks import SEARCH_BOX, open_search, tab_stops, typed_search_results
from .chromium import NewPage, Site

# Per language: a base form, an inflected form, a form no page uses, the last word of compounds the
# pages use (finding them after the word's own pages), two words, and the start of a word.
QUERIES = {
    "fi": ("kunta", "palveluja", "verkostoissa", "verkosto", "kirjasto palvelu", "koulut"),
    "sv": ("kommun", "nätverkets", "tjänsterna", "bibliotek", "nätverk tjänst", "utbild"),
}
SEARCH_FILES = re.compile(r"/search/(shards\.json|shards/[a-z0-9_]+\.json|fragments/\d+\.json)$")


def search_requests(requests: list[str]) -> list[str]:
    """The requests for anything of the search: its files, Material's index or its worker."""
    return [url for url in requests if "/search/" in urlsplit(url).path or "/workers/search" in url]


def count_text(count: int, language: str) -> str:
    if not count:
        return ui_text("search_count_none", language)
    if count == 1:
        return ui_text("search_count_one", language)
    return ui_text("search_count_many", language).format(count=count)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_nothing_of_the_search_is_fetched_before_it_is_used_and_then_only_what_the_query_needs(
    site: Site, new_page: NewPage, language: str
) -> None:
    page, log = new_page(site)
    page.goto(site.url("/" + language_root(language)), wait_until="networkidle")
    page.mouse.wheel(0, 5000)
    page.keyboard.press("Tab")  # the skip link, then on through the content and the footer
    page.keyboard.press("Enter")
    assert tab_stops(page)
    page.locator(SEARCH_BOX).focus()  # a field the reader only passes through is not used
    page.wait_for_load_state("networkidle")
    assert search_requests(log.requests) == []

    open_search(page, QUERIES[language][0])
    fetched = search_requests(log.requests)
    folder = site.url(f"/{language_root(language)}search/")
    assert fetched and all(url.startswith(folder) and SEARCH_FILES.search(url) for url in fetched), fetched
    assert len(fetched) == len(set(fetched))  # each file once


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_results_shown_are_the_full_index_search_in_order_with_their_count_announced(
    site: Site, new_page: NewPage, language: str
) -> None:
    root = site.url("/" + language_root(language))
    index = json.loads(
        (site.directory / language_root(language) / "search" / "search_index.json").read_text(
            encoding="utf-8"
        )
    )
    page, _ = new_page(site)
    page.goto(root)
    status = page.locator(".site-search__status")
    assert status.get_attribute("role") == "status"  # a polite live region
    for query in (*QUERIES[language], "xyzzy"):
        page.locator(SEARCH_BOX).click()
        shown = [urlsplit(href)._replace(query="").geturl() for href, _ in typed_search_results(page, query)]
        expected = [urljoin(root, index["docs"][doc]["location"]) for doc in search(index, query)]
        assert shown == expected, query
        assert bool(expected) == (query != "xyzzy"), query
        assert status.inner_text() == count_text(len(expected), language), query
    assert page.evaluate("document.documentElement.lang") == language


def test_a_page_opened_from_a_result_marks_the_words_in_its_article_and_fetches_no_search_file(
    site: Site, new_page: NewPage
) -> None:
    page, log = new_page(site)
    page.goto(site.url("/"))
    [(href, _), *_] = open_search(page, "verkostoissa")
    page.goto(href, wait_until="networkidle")
    terms = parse_qs(urlsplit(href).query)["h"][0].split()
    marked = page.locator("mark").all_inner_texts()
    assert marked and all(word.lower().startswith(tuple(terms)) for word in marked), (terms, marked)
    assert page.locator("article mark").count() == len(marked)  # in the article only
    assert page.locator("article mark *").count() == 0  # text, never markup
    # The page marks the words it is given; its search files are the query's, fetched before it opened.
    assert {url for url in search_requests(log.requests)} == {
        url for url in search_requests(log.requests) if SEARCH_FILES.search(url)
    }
