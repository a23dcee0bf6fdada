"""The site works with the keyboard alone, and focus is always seen."""

from __future__ import annotations

from pathlib import Path

from .checks import (
    SEARCH_BOX,
    SEARCH_LINK,
    focus_problems,
    focused,
    language_of,
    other_language_path,
    skip_link_problems,
    tab_stops,
    tab_to,
)
from .chromium import DESKTOP, MOBILE, NewPage, Site
from .sitewide import focus_problems_everywhere, skip_link_problems_everywhere

# How long the menu may take to slide in: a hang guard, far above what it takes on a busy machine.
SLIDE_WAIT_SECONDS = 60


def test_skip_link_is_the_first_tab_stop_and_leads_to_the_main_content(site: Site, new_page: NewPage) -> None:
    problems = skip_link_problems_everywhere(site, new_page)
    assert not problems, "\n".join(problems)


def test_focus_is_always_visible_on_desktop_and_mobile(site: Site, new_page: NewPage) -> None:
    problems = focus_problems_everywhere(site, new_page)
    assert not problems, "\n".join(problems)


def test_language_switcher_works_with_the_keyboard(site: Site, new_page: NewPage) -> None:
    page, _ = new_page(site)
    for path in ("/verkosto/", "/sv/yhteystiedot/"):
        page.goto(site.url(path))
        target = "sv" if language_of(path) == "fi" else "fi"
        assert tab_to(page, ".md-select button"), f"{path}: the language button is not reached with Tab"
        assert tab_to(page, f'a.md-select__link[hreflang="{target}"]', limit=3), (
            f"{path}: no {target} link after it"
        )
        page.keyboard.press("Enter")
        page.wait_for_url(site.url(other_language_path(path)))
        assert page.evaluate("document.documentElement.lang") == target


def test_menu_opens_with_the_keyboard_on_a_phone(site: Site, new_page: NewPage) -> None:
    page, _ = new_page(site, MOBILE)
    for key in ("Enter", " "):
        page.goto(site.url("/sv/"))
        assert tab_to(page, "button.drawer-button"), "the menu button is not reached with Tab"
        page.keyboard.press(key)
        assert tab_to(page, '.md-sidebar--primary a[href="verkosto/"]'), f"{key!r} did not open the menu"
        # The menu slides in; on a busy machine its slide may not have begun when the link gets focus.
        for _ in range(SLIDE_WAIT_SECONDS * 10):
            stop = focused(page)
            if stop and stop["visible"]:
                break
            page.wait_for_timeout(100)
        assert stop and stop["visible"], f"{key!r}: the focused menu link stays off screen: {stop}"


def test_search_works_with_the_keyboard(site: Site, new_page: NewPage) -> None:
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(site, viewport)
        page.goto(site.url("/sv/"))
        assert tab_to(page, SEARCH_BOX), "the search field is not reached with Tab"
        page.keyboard.type("bibliotek")
        page.locator(SEARCH_LINK).first.wait_for()
        page.keyboard.press("Tab")  # Tab goes on into the results, as the arrow keys do
        assert page.evaluate(f"document.activeElement.matches('{SEARCH_LINK}')")
        page.keyboard.press("Escape")  # closes the results and goes back to the field
        assert page.locator(".site-search__panel").is_hidden()
        assert page.evaluate(f"document.activeElement.matches('{SEARCH_BOX}')")
        page.keyboard.press("ArrowDown")  # opens them again at the first result
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
        assert page.evaluate(f"document.activeElement === document.querySelector('{SEARCH_LINK}')")
        chosen = page.evaluate("document.activeElement.href")
        page.keyboard.press("Enter")
        # Enter only starts the navigation: wait for the result's own page, not the one left behind.
        page.wait_for_url(chosen)
        assert chosen.startswith(site.url("/sv/"))
        assert "bibliotek" in page.locator(".md-content").inner_text().lower()


def test_focus_check_catches_a_hidden_focus_ring_and_a_missing_skip_link(
    site_copy: Site, new_page: NewPage
) -> None:
    css = site_copy.directory / "assets" / "site.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n*:focus-visible { outline: none !important; }\n")
    page_file: Path = site_copy.directory / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(html.replace('class="md-skip"', 'class="md-skip" tabindex="-1"'), encoding="utf-8")

    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/"))
    problems = focus_problems(tab_stops(page))
    assert problems and all(problem.endswith(": no visible focus indicator") for problem in problems)
    page.goto(site_copy.url("/"))
    assert skip_link_problems(page)[0].startswith("the first tab stop is a.md-header__button")


def test_focus_check_catches_a_focused_element_that_never_comes_on_screen(
    site_copy: Site, new_page: NewPage
) -> None:
    css = site_copy.directory / "assets" / "site.css"
    css.write_text(
        css.read_text(encoding="utf-8") + "\n.off-screen-test { position: fixed; top: -1000px; }\n"
    )
    page_file: Path = site_copy.directory / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(
        html.replace("<main", '<a class="off-screen-test" href="#">x</a><main', 1), encoding="utf-8"
    )

    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/"))
    problems = focus_problems(tab_stops(page))
    # Only the element held off screen: the check waits for a late scroll, then reports it.
    [problem] = problems
    assert "a.off-screen-test" in problem and problem.endswith(": focused but not visible on screen")
