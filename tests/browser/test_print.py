"""The pages on paper: the navigation left out, the publisher named, and the addresses of outside links
shown. (Screenshots of the real pages, for a person to look at, are taken in tests/content/.)"""

from __future__ import annotations

from conftest import replace_in

from .checks import PRINT_HIDDEN, print_problems
from .chromium import NewPage, Site


def test_print_hides_navigation_keeps_the_publisher_and_shows_link_addresses(
    site: Site, new_page: NewPage
) -> None:
    page, _ = new_page(site)
    for path in ("/saavutettavuusseloste/", "/sv/saavutettavuusseloste/"):  # pages with outside links
        page.goto(site.url(path))
        assert print_problems(page) == []
        # On screen the same parts are there: the check looks at print, not at a page without them.
        assert all(page.locator(selector).first.is_visible() for selector in PRINT_HIDDEN)


def test_print_check_catches_navigation_on_paper(site_copy: Site, new_page: NewPage) -> None:
    css = site_copy.directory / "assets" / "site.css"
    replace_in(css, 'content: " (" attr(href) ")";', 'content: "";')
    css.write_text(
        css.read_text(encoding="utf-8")
        + "@media print { .md-header { display: block !important; } .md-copyright { display: none; } }\n"
    )
    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/saavutettavuusseloste/"))
    assert print_problems(page) == [
        ".md-header is shown in print",
        "the publisher's name (.md-copyright) is not shown in print",
        "link to https://valvonta.example/ does not show its address in print",
        "link to https://valvonta.example/ does not show its address in print",
    ]
