"""Chromium for the browser tests, and a built site served on 127.0.0.1: one browser for the whole
session (Playwright runs one at a time), pages in fresh contexts. A plugin of the whole suite
(tests/conftest.py), for the browser suite on the fixture site and the content tests on the real one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import built
from playwright.sync_api import Browser, Page, sync_playwright

from .checks import PageLog, keep_local, site_pages
from .server import serve
from .tools import AXE_SCRIPT, CHROME_FLAGS, CHROMIUM, missing

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 740}


@dataclass(frozen=True)
class Site:
    directory: Path
    origin: str  # http://127.0.0.1:<port>
    pages: list[str]  # URL paths of every HTML page

    def url(self, path: str) -> str:
        return self.origin + path


def tiny_page(directory: Path, body: str, head: str = "") -> Path:
    """A small Finnish page, `directory`/index.html, with a defect for a check to find."""
    page = directory / "index.html"
    page.write_text(
        f'<!doctype html>\n<html lang="fi">\n<title>Testi</title>{head}\n{body}\n</html>\n', encoding="utf-8"
    )
    return page


@contextmanager
def served_site(project: Path) -> Iterator[Site]:
    """`project` built by `make build` for the address it is served at, as on the real host.

    Served without headers, as GitHub Pages serves it: the <meta> policy alone holds, and any CSP
    violation is a console error (test_privacy.py).
    """
    directory = project / "site"
    with serve(directory) as origin:
        built(project, f"{origin}/")
        yield Site(directory, origin, site_pages(directory))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    reason = missing("chromium")
    if reason:
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROME_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    reason = missing("chromium", "axe")
    if reason:
        pytest.skip(reason)
    return AXE_SCRIPT.read_text(encoding="utf-8")


def page_in_new_context(
    browser: Browser, site: Site, viewport: dict[str, int] = DESKTOP
) -> tuple[Page, PageLog]:
    """A page in a fresh browser context that records what it does and lets no request leave the test server."""
    context = browser.new_context(viewport=viewport)
    keep_local(context, site.origin)
    page = context.new_page()
    log = PageLog()
    log.watch(page)
    return page, log


NewPage = Callable[..., tuple[Page, PageLog]]


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """new_page(site, viewport=DESKTOP): page_in_new_context, closed after the test."""
    pages: list[Page] = []

    def new(site: Site, viewport: dict[str, int] = DESKTOP) -> tuple[Page, PageLog]:
        page, log = page_in_new_context(browser, site, viewport)
        pages.append(page)
        return page, log

    yield new
    for page in pages:
        page.context.close()
