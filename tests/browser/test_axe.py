"""axe-core finds no WCAG 2.0/2.1 A or AA or best-practice violation on any page, in any state."""

from __future__ import annotations

from pathlib import Path

from .checks import axe_violations, rule_ids
from .chromium import NewPage, Site, tiny_page
from .server import serve
from .sitewide import axe_problems

# The start of a word found on pages of each language, so that the search dialog shows results.
SEARCH_WORD = {"fi": "kirja", "sv": "bibli"}
# The search and the menu are the same on every page: opened on a page of each kind in each language
# (a page in the navigation, a news item outside it, the 404 page).
OPENED = (
    "/verkosto/",
    "/ajankohtaista/2025-10-14-syksyn-koulutuspaiva/",
    "/404.html",
    "/sv/verkosto/",
    "/sv/ajankohtaista/2025-10-14-syksyn-koulutuspaiva/",
    "/sv/404.html",
)


def test_no_violations_on_any_page_on_desktop_and_mobile_with_search_and_drawer_open(
    site: Site, new_page: NewPage, axe_source: str
) -> None:
    assert set(OPENED) <= set(site.pages)
    problems = axe_problems(site, new_page, axe_source, OPENED, SEARCH_WORD)
    assert not problems, "\n".join(problems)


def test_axe_catches_low_contrast_and_an_image_without_alt(
    tmp_path: Path, new_page: NewPage, axe_source: str
) -> None:
    tiny_page(
        tmp_path,
        '<main><h1>Testi</h1><p style="color: #aaaaaa; background: #ffffff">Vaalea teksti</p>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"></main>',
    )
    with serve(tmp_path) as origin:
        page, _ = new_page(Site(tmp_path, origin, ["/"]))
        page.goto(origin + "/")
        assert rule_ids(axe_violations(page, axe_source)) == {"color-contrast", "image-alt"}
