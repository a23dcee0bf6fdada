"""Fixtures of the browser suite: the fixture site built for and served on 127.0.0.1 (Chromium and the
pages are tests/browser/chromium.py's).

A tool that is missing makes the tests that need it skip with one line that
says which and how to install it; the rest of the suite still runs.
"""

from __future__ import annotations

import shutil
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from conftest import fixture_project

from .chromium import Site, served_site
from .server import serve
from .tools import INSTALL


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Report every test skipped for one missing tool at one place, so `-ra` says it in one line."""
    report: pytest.TestReport = yield
    if report.skipped and isinstance(report.longrepr, tuple) and report.longrepr[2].endswith(INSTALL):
        report.longrepr = (str(Path(__file__)), 1, report.longrepr[2])
    return report


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The fixture site, served."""
    with served_site(fixture_project(tmp_path_factory.mktemp("browser") / "project")) as served:
        yield served


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
