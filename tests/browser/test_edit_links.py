"""A preview's edit links in a real browser: no axe violation, reached with Tab, each in its language."""

from __future__ import annotations

from pathlib import Path

from .checks import axe_violations, site_pages, tab_to
from .chromium import NewPage, Site
from .server import serve


def test_the_edit_links_are_accessible_and_reached_with_the_keyboard(
    preview_build: Path, new_page: NewPage, axe_source: str
) -> None:
    with serve(preview_build) as origin:
        site = Site(preview_build, origin, site_pages(preview_build))
        for path, other in (("/yhteystiedot/", "sv"), ("/sv/yhteystiedot/", "fi")):
            page, _ = new_page(site)
            page.goto(site.url(path))
            assert axe_violations(page, axe_source) == [], path
            assert tab_to(page, "nav.edit-links a"), f"{path}: the edit links are not reached with Tab"
            languages = page.eval_on_selector_all(
                "nav.edit-links a", "links => links.map(link => link.closest('[lang]').lang)"
            )
            own = "sv" if other == "fi" else "fi"
            assert languages == [own, other, own], path
