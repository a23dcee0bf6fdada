"""What a person looks at: screenshots of the main pages, and the pages on paper."""

from __future__ import annotations

import struct
from pathlib import Path

from conftest import ROOT, replace_in

from .checks import PRINT_HIDDEN, print_problems
from .conftest import DESKTOP, MOBILE, NewPage, Site

SCREENSHOTS = ROOT / "test-output" / "screenshots"
# The front page, the contacts and the news, in both languages.
PAGES = {
    "etusivu": "/",
    "yhteystiedot": "/yhteystiedot/",
    "ajankohtaista": "/ajankohtaista/",
    "sv-startsida": "/sv/",
    "sv-kontaktuppgifter": "/sv/yhteystiedot/",
    "sv-aktuellt": "/sv/ajankohtaista/",
}


def png_width(file: Path) -> int:
    header = file.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{file} is not a PNG"
    return struct.unpack(">I", header[16:20])[0]


def test_screenshots_for_a_person_to_look_at(site: Site, new_page: NewPage) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(site, viewport)
        for name, path in PAGES.items():
            page.goto(site.url(path), wait_until="networkidle")
            file = SCREENSHOTS / f"{name}-{viewport['width']}.png"
            page.screenshot(path=file, full_page=True)
            assert png_width(file) == viewport["width"]


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
        "link to https://www.finlex.fi/fi/lainsaadanto/2019/306 does not show its address in print",
        "link to https://www.saavutettavuusvaatimukset.fi/ does not show its address in print",
        "link to https://www.saavutettavuusvaatimukset.fi/ does not show its address in print",
    ]
