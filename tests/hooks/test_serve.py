"""`mkdocs serve` stays live: a change to the data, a theme override or a template of the build shows
on the next reload, as an editor previewing a change expects, and a page open in the browser reloads
by itself."""

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import append_to, copy_environment, free_port, replace_in, serves
from playwright.sync_api import Browser, ConsoleMessage

from bench.serve_preview import serve_flags


def page_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def shows(url: str, text: str, seconds: float = 60) -> bool:
    """Whether the page at `url` comes to show `text` within `seconds` (a rebuild takes a moment)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if text in page_text(url):
                return True
        except OSError:  # mid-rebuild, a busy machine's server may answer late: ask again
            pass
        time.sleep(0.5)
    return False


@pytest.fixture
def served(project: Path) -> Iterator[str]:
    """The fixture site served as `make serve` serves it, on 127.0.0.1, with its own copy of the build's code."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            *serve_flags(),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            "mkdocs.yml",
        ],
        cwd=project,
        env=copy_environment(project),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert serves(f"http://127.0.0.1:{port}/", 90), "mkdocs serve did not start"
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize(
    ("changed", "old", "new", "page"),
    [
        # A news title in the data: the front page lists the newest items.
        ("data/news.yaml", "fi: Syksyn koulutuspäivä", "fi: SERVE-TESTI Syksyn koulutuspäivä", ""),
        # A theme override: the footer of every page.
        (
            "overrides/partials/copyright.html",
            "{{ config.copyright }}",
            "SERVE-TESTI {{ config.copyright }}",
            "",
        ),
        # A template of the build: the news list, on the Swedish front page too.
        (
            "src/programme_site/html/templates/news.html",
            '<div class="news-list">',
            '<div class="news-list">SERVE-TESTI',
            "sv/",
        ),
        # A template behind the generated news pages (made once per build, not once per serve).
        (
            "src/programme_site/html/templates/news_item_page.md",
            '<article class="news-article">',
            '<article class="news-article">SERVE-TESTI',
            "ajankohtaista/2025-10-14-syksyn-koulutuspaiva/",
        ),
    ],
)
def test_a_change_shows_on_the_next_reload(
    project: Path, served: str, changed: str, old: str, new: str, page: str
) -> None:
    url = served + page
    assert "SERVE-TESTI" not in page_text(url)
    replace_in(project / changed, old, new)
    assert shows(url, "SERVE-TESTI"), f"a change to {changed} did not show at {url}"


def test_a_page_open_in_the_browser_shows_a_save_without_a_reload_by_hand(
    project: Path, served: str, browser: Browser
) -> None:
    """The server's live-reload script, inline in every page it serves, runs under the site's policy,
    which allows it by its hash (hooks/site_build.py, on_serve): the page reloads after the rebuild."""
    page = browser.new_page()
    refused: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    page.on("console", on_console)
    page.goto(served + "verkosto/", wait_until="load")
    try:
        with page.expect_navigation(timeout=90_000):  # the reload: a bound, not a measurement
            append_to(project / "docs" / "fi" / "verkosto.md", "Itsestään näkyvä muutos.")
        assert "Itsestään näkyvä muutos." in page.content()
        assert not refused
    finally:
        page.close()
