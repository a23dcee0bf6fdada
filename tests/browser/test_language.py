"""Each page is in its language, links to itself in the other language, and searches its own language."""

from __future__ import annotations

import json

import pytest
from conftest import replace_in

from .checks import hreflang_problems, language_problems, search_language_problems, search_results
from .chromium import NewPage, Site
from .sitewide import language_problems_everywhere


def test_every_page_has_its_lang_and_a_selector_to_the_same_page(site: Site, new_page: NewPage) -> None:
    problems = language_problems_everywhere(site, new_page)
    assert not problems, "\n".join(problems)


def test_hreflang_links_and_the_sitemap_list_both_versions(site: Site) -> None:
    assert (site.directory / "sv" / "sitemap.xml").is_file()
    assert hreflang_problems(site.directory, site.origin) == []


def test_each_language_has_a_search_index_of_its_own_pages(site: Site) -> None:
    for language, folder in (("fi", ""), ("sv", "sv/")):
        index = json.loads(
            (site.directory / folder / "search" / "search_index.json").read_text(encoding="utf-8")
        )
        assert index["config"]["lang"] == [language]
        locations = [doc["location"] for doc in index["docs"]]
        # Relative to the language's own folder, each page once, no page of the other language.
        assert len(locations) == len(set(locations)) > 7
        assert not any(location.startswith("sv/") for location in locations)


# "Virtanen" is a name on pages of both languages; the others are words of one language.
@pytest.mark.parametrize(
    ("path", "query", "language"),
    [
        ("/sv/", "Virtanen", "sv"),
        ("/", "Virtanen", "fi"),
        ("/sv/", "nätverket", "sv"),
        ("/", "kirjasto", "fi"),
    ],
)
def test_search_finds_pages_of_the_page_language_only(
    site: Site, new_page: NewPage, path: str, query: str, language: str
) -> None:
    page, _ = new_page(site)
    page.goto(site.url(path))
    assert search_language_problems(search_results(page, query), language) == []


def test_language_check_catches_a_wrong_lang(site_copy: Site, new_page: NewPage) -> None:
    replace_in(site_copy.directory / "sv" / "verkosto" / "index.html", '<html lang="sv"', '<html lang="fi"')
    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/sv/verkosto/"))
    assert language_problems(page, "/sv/verkosto/") == [
        "/sv/verkosto/: <html lang='fi'>, but the page is in 'sv'"
    ]


def test_hreflang_check_catches_a_missing_alternate(site_copy: Site) -> None:
    page = site_copy.directory / "verkosto" / "index.html"
    replace_in(page, f'<link rel="alternate" href="{site_copy.origin}/sv/verkosto/" hreflang="sv">', "")
    problems = hreflang_problems(site_copy.directory, site_copy.origin)
    assert len(problems) == 1 and problems[0].startswith("/verkosto/: hreflang links {'fi': ")


def test_search_check_catches_a_swedish_page_searching_the_finnish_index(
    site_copy: Site, new_page: NewPage
) -> None:
    # The Swedish front page pointed at the search files at the site root, the Finnish ones.
    replace_in(site_copy.directory / "sv" / "index.html", 'data-index="search/"', 'data-index="../search/"')
    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/sv/"))
    problems = search_language_problems(search_results(page, "Virtanen"), "sv")
    assert problems and all(problem.endswith("is not a sv page") for problem in problems)
