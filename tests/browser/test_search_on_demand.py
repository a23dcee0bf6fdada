"""The search index is loaded when the reader uses the search, and then finds what the whole index finds.

search-on-demand.js holds the theme's request for `search/search_index.json` until the search box
gets the focus (HANDBOOK.md: Search). Without that file a page runs Material's bundle as Material
ships it, which loads the index with the page: the same built site, served both ways, is the
comparison.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from programme_site.core.languages import language_root

from .checks import PageLog, open_search, tab_stops, typed_search_results
from .chromium import NewPage, Site

INDEX = "/search/search_index.json"
SEARCH_BOX = ".md-search__input"

# A few queries per language: a base form, an inflected form, a form the pages do not use.
QUERIES = {"fi": ("kunta", "palveluja", "verkostoissa"), "sv": ("kommun", "nätverkets", "tjänsterna")}


def index_requests(log: PageLog) -> list[str]:
    return [url for url in log.requests if url.endswith(INDEX)]


def without_on_demand(page: Page) -> None:
    """The page runs Material's bundle unchanged: search-on-demand.js is served empty."""

    def empty(route: Route) -> None:
        route.fulfill(body="", content_type="text/javascript")

    page.route("**/assets/javascripts/search-on-demand.js", empty)


def results(page: Page, queries: tuple[str, ...]) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """{query: (the announced count, the results in order)} as the open search shows them."""
    shown = {}
    for query in queries:
        found = typed_search_results(page, query)
        shown[query] = (page.locator(".md-search-result__meta").inner_text(), found)
    return shown


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_search_index_is_loaded_before_the_search_is_used_and_then_it_finds_what_the_whole_index_finds(
    site: Site, new_page: NewPage, language: str
) -> None:
    front = site.url("/" + language_root(language))
    page, log = new_page(site)
    page.goto(front, wait_until="networkidle")
    page.mouse.wheel(0, 5000)
    page.keyboard.press("Tab")  # the skip link, then on through the content and the footer
    page.keyboard.press("Enter")
    stops = tab_stops(page)
    page.wait_for_load_state("networkidle")
    assert stops and not any(SEARCH_BOX.lstrip(".") in stop["describe"] for stop in stops)
    assert index_requests(log) == []

    open_search(page, QUERIES[language][0])
    on_demand = results(page, QUERIES[language])
    assert index_requests(log) == [site.url(f"/{language_root(language)}search/search_index.json")]

    eager, eager_log = new_page(site)
    without_on_demand(eager)
    eager.goto(front, wait_until="networkidle")
    assert len(index_requests(eager_log)) == 1  # what the theme does by itself: the index with the page
    open_search(eager, QUERIES[language][0])
    assert results(eager, QUERIES[language]) == on_demand
    assert all(found for _, found in on_demand.values())


def test_a_page_opened_from_a_result_highlights_the_words_found(site: Site, new_page: NewPage) -> None:
    """The theme highlights ?h= with the index's word separator, so such a page loads the index at once."""
    page, log = new_page(site)
    page.goto(site.url("/verkosto/?h=verkosto"), wait_until="networkidle")
    assert len(index_requests(log)) == 1
    assert page.locator("article mark[data-md-highlight]").count() > 0
