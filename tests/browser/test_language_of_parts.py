"""Language of parts (WCAG 2.1 SC 3.1.2): a passage marked [words]{lang=fi} reaches the browser with its lang."""

from __future__ import annotations

from .chromium import NewPage, Site


def test_the_finnish_name_on_the_swedish_page_is_read_as_finnish(site: Site, new_page: NewPage) -> None:
    page, _ = new_page(site)
    page.goto(site.url("/sv/verkosto/"))
    name = page.get_by_text("Kirjastojen yhteistyöverkosto", exact=True)
    # The language a screen reader uses is the nearest lang attribute: the span's, inside a Swedish page.
    assert name.evaluate("element => element.closest('[lang]').getAttribute('lang')") == "fi"
    assert name.evaluate("element => element.parentElement.closest('[lang]').getAttribute('lang')") == "sv"
