"""Fixtures of the browser suite: the real site built for and served on 127.0.0.1, and Chromium.

A tool that is missing makes the tests that need it skip with one line that
says which and how to install it; the rest of the suite still runs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_project, run_build
from playwright.sync_api import Browser, Page, sync_playwright

from .checks import PageLog, keep_local, site_pages
from .server import serve
from .tools import AXE_SCRIPT, CHROME_FLAGS, CHROMIUM, INSTALL, missing

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 740}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Report every test skipped for one missing tool at one place, so `-ra` says it in one line."""
    report: pytest.TestReport = yield
    if report.skipped and isinstance(report.longrepr, tuple) and report.longrepr[2].endswith(INSTALL):
        report.longrepr = (str(Path(__file__)), 1, report.longrepr[2])
    return report


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


def build_for(origin: str, root: Path, site_dir: Path) -> None:
    """Build the real project with site_url set to where it is served, as it is on the real host."""
    project = copy_project(root / "project")
    result = run_build(project, site_dir, site_url=f"{origin}/")
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("browser")
    directory = root / "site"
    # Without headers, as GitHub Pages serves it: the <meta> policy alone holds, and any CSP
    # violation is a console error (test_privacy.py).
    with serve(directory) as origin:
        build_for(origin, root, directory)
        yield Site(directory, origin, site_pages(directory))


@pytest.fixture
def site_copy(site: Site, tmp_path: Path) -> Iterator[Site]:
    """A copy of the built site on its own server, to break on purpose, as built for the copy's address:
    the build writes its address (site_url) into the pages' links and policy, and only there, so
    the copy gets the new address in its place, in a moment instead of another build."""
    directory = tmp_path / "site"
    with serve(directory) as origin:
        shutil.copytree(site.directory, directory)
        for file in directory.rglob("*"):
            if file.is_file() and site.origin.encode() in (content := file.read_bytes()):
                file.write_bytes(content.replace(site.origin.encode(), origin.encode()))
        yield Site(directory, origin, site.pages)


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
