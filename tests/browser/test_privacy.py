"""Loading a page asks nothing of any other host, sets no cookie, and fails no request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from programme_site.hosting.headers import SECURITY_HEADERS

from .checks import PageLog, load_problems, third_party_requests
from .chromium import Site, page_in_new_context, tiny_page
from .server import serve

Visit = tuple[PageLog, list[dict[str, Any]]]


def visit_every_page(browser: Browser, site: Site) -> Visit:
    """Load every page in one browser context; what they asked for, and the cookies the context holds after."""
    page, log = page_in_new_context(browser, site)
    for path in site.pages:
        page.goto(site.url(path), wait_until="networkidle")  # the search index and its language files too
    cookies = page.context.cookies()
    page.context.close()
    return log, cookies


@pytest.fixture(scope="module")
def every_page(browser: Browser, site: Site) -> Visit:
    return visit_every_page(browser, site)


def test_no_request_to_another_host_and_no_cookies(site: Site, every_page: Visit) -> None:
    log, cookies = every_page
    assert len(log.requests) > len(site.pages)
    assert third_party_requests(log.requests, site.origin) == []
    assert cookies == []


def test_no_console_errors_or_failed_requests(every_page: Visit) -> None:
    log, _ = every_page
    assert load_problems(log) == []


def test_privacy_checks_catch_an_outside_font_a_cookie_and_a_missing_file(
    tmp_path: Path, browser: Browser
) -> None:
    tiny_page(
        tmp_path,
        '<script>document.cookie = "seuranta=1"</script><img src="puuttuu.png" alt="Puuttuu">',
        head='<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
    )
    with serve(tmp_path) as origin:
        site = Site(tmp_path, origin, ["/"])
        log, cookies = visit_every_page(browser, site)
    assert third_party_requests(log.requests, origin) == ["https://fonts.googleapis.com/css?family=Roboto"]
    assert [cookie["name"] for cookie in cookies] == ["seuranta"]
    problems = load_problems(log)
    assert f"failed request {origin}/puuttuu.png: HTTP 404" in problems
    assert any(problem.startswith("failed request https://fonts.googleapis.com/") for problem in problems)


def test_console_check_catches_what_the_content_security_policy_blocks(
    tmp_path: Path, browser: Browser
) -> None:
    """The site is served with its production headers; an inline script or style would be refused."""
    tiny_page(tmp_path, '<script>document.title = "x"</script><p style="color: red">Teksti</p>')
    with serve(tmp_path, SECURITY_HEADERS) as origin:
        log, _ = visit_every_page(browser, Site(tmp_path, origin, ["/"]))
    problems = load_problems(log)
    assert any(
        "Executing inline script violates the following Content Security Policy" in p for p in problems
    )
    assert any("Applying inline style violates the following Content Security Policy" in p for p in problems)
