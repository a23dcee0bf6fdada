"""The browser checks walked over every page of a served site, and the search as a reader types into it.

The browser suite runs them on the fixture site (what the code makes of any page) and the content
tests on the real site (tests/content/test_real_pages_in_browser.py: what the real pages are).
"""

from __future__ import annotations

from playwright.sync_api import Page

from bench.search_designs import expected_pages
from bench.search_designs import words_by_page as index_words_by_page
from programme_site.core.languages import language_root
from programme_site.search.word_forms import base_form

from .checks import (
    SEARCH_BOX,
    PageLog,
    WordSearch,
    axe_violations,
    focus_problems,
    language_of,
    language_problems,
    open_drawer,
    open_search,
    skip_link_problems,
    tab_stops,
    typed_search_pages,
)
from .chromium import DESKTOP, MOBILE, NewPage, Site


def axe_problems(
    site: Site,
    new_page: NewPage,
    axe_source: str,
    opened: tuple[str, ...] = (),
    search_words: dict[str, str] | None = None,
) -> list[str]:
    """axe-core's findings on every page on desktop and mobile; on the pages `opened` also with the
    search open, showing results for `search_words` (the start of a word in each language), and, on
    mobile, the menu open."""
    problems = []
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(site, viewport)
        for path in site.pages:
            where = f"{path} at {viewport['width']} px"
            page.goto(site.url(path))
            problems += [f"{where}: {v}" for v in axe_violations(page, axe_source)]
            if path not in opened or search_words is None:
                continue
            open_search(page, search_words[language_of(path)])
            # The rest of the page is checked above; what opening adds is checked here.
            problems += [
                f"{where}, search open: {v}" for v in axe_violations(page, axe_source, ".site-search")
            ]
            if viewport is MOBILE:
                page.keyboard.press("Escape")  # closes the search
                open_drawer(page)
                menu = axe_violations(page, axe_source, ".md-sidebar--primary")
                problems += [f"{where}, menu open: {v}" for v in menu]
    return problems


def skip_link_problems_everywhere(site: Site, new_page: NewPage) -> list[str]:
    page, _ = new_page(site)
    problems = []
    for path in site.pages:
        page.goto(site.url(path))
        problems += [f"{path}: {problem}" for problem in skip_link_problems(page)]
    return problems


def focus_problems_everywhere(site: Site, new_page: NewPage) -> list[str]:
    """Every page tabbed through on desktop and mobile: focus always on screen with a ring."""
    problems = []
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(site, viewport)
        for path in site.pages:
            page.goto(site.url(path))
            stops = tab_stops(page)
            if len(stops) <= 5:
                problems.append(f"{path}: only {len(stops)} tab stops")
            problems += [f"{path} at {viewport['width']} px: {problem}" for problem in focus_problems(stops)]
    return problems


def language_problems_everywhere(site: Site, new_page: NewPage) -> list[str]:
    page, _ = new_page(site)
    problems = []
    for path in site.pages:
        page.goto(site.url(path))
        problems += language_problems(page, path)
    return problems


def search_page(site: Site, new_page: NewPage, language: str) -> tuple[Page, PageLog]:
    """A new page on the language's front page with its search field clicked, ready to type into."""
    page, log = new_page(site)
    page.goto(site.url("/" + language_root(language)))
    page.locator(SEARCH_BOX).click()
    return page, log


def words_by_page(site: Site, language: str) -> dict[str, set[str]]:
    """{URL path: the words of the page's search entries}, from the language's search index (read as
    the search benchmark reads it, so that both expect the same pages)."""
    return index_words_by_page(site.directory, language)


def pages_by_base_form(site: Site, language: str) -> dict[str, set[str]]:
    """{base form: the URL paths of the language's pages with a word of that base form}."""
    return expected_pages(site.directory, language)


def word_searches(
    site: Site, new_page: NewPage, language: str, forms: dict[str, tuple[str, ...]]
) -> list[WordSearch]:
    """Each word of `forms` ({base form: inflected forms}) typed in every form into the search box, with
    the pages it should find (every page with a word of the same base form) and those it found."""
    pages = pages_by_base_form(site, language)
    page, _ = search_page(site, new_page, language)
    searches = []
    for lemma, inflected in forms.items():
        expected = frozenset(pages[base_form(lemma, language)])
        assert expected, f"no page uses '{lemma}': choose another word"
        for typed in (lemma, *inflected):
            searches.append(WordSearch(typed, expected, frozenset(typed_search_pages(page, typed))))
    return searches
