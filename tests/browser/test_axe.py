"""axe-core finds no WCAG 2.0/2.1 A or AA or best-practice violation on any page, in any state."""

from __future__ import annotations

from pathlib import Path

from .checks import axe_violations, language_of, open_drawer, open_search, rule_ids
from .conftest import DESKTOP, MOBILE, NewPage, Site, tiny_page
from .server import serve

# The start of a word found on pages of each language, so that the search dialog shows results.
SEARCH_WORD = {"fi": "kotou", "sv": "integ"}


def test_no_violations_on_any_page_on_desktop_and_mobile_with_search_and_drawer_open(
    site: Site, new_page: NewPage, axe_source: str
) -> None:
    problems = []
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(site, viewport)
        for path in site.pages:
            where = f"{path} at {viewport['width']} px"
            page.goto(site.url(path))
            problems += [f"{where}: {v}" for v in axe_violations(page, axe_source)]
            open_search(page, SEARCH_WORD[language_of(path)])
            # The rest of the page is checked above; what opening adds is checked here.
            problems += [f"{where}, search open: {v}" for v in axe_violations(page, axe_source, ".md-search")]
            if viewport is MOBILE:
                page.keyboard.press("Escape")  # closes the search
                open_drawer(page)
                menu = axe_violations(page, axe_source, ".md-sidebar--primary")
                problems += [f"{where}, menu open: {v}" for v in menu]
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
