"""What a reader's browser loads and waits for to search (issue 26): bytes before any interaction,
bytes a search adds, and the time from clicking into the search box to the first result on a CPU
slowed 4 times (Chromium's own throttling, as DevTools applies it: a mid-range phone).

A real browser (Playwright's Chromium) loads a front page from a local server, waits until the
network is idle, clicks into the search box and types a word. Bytes are counted as page_weight.py
counts them, from the requests the server answered: before the click (of them, any file of the
search: there should be none), and from the click until the network is idle again with results shown
(the shards and fragments the query needs; HANDBOOK.md: Search).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from bench.page_weight import serve, weigh

THROTTLE = 4  # Emulation.setCPUThrottlingRate: 4 means four times slower
VIEWPORT = {"width": 1280, "height": 800}  # the search box in the header, one click away
RESULT_WAIT_MS = 300_000  # far above any figure: a slow machine is measured, not failed
POLL_MS, QUIET_MS = 100, 1000


@dataclass(frozen=True)
class SearchUse:
    path: str
    query: str
    before: int  # bytes loaded before any interaction
    index_before: int  # of them, the search's files (page_weight.py's "search index")
    per_search: int  # bytes loaded from the click into the search box until the results
    seconds: list[float]  # each run: click to the first result, CPU throttled

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def _quiet(page: Page, requests: list[tuple[str, int]]) -> None:
    """Wait until the server has answered no new request for QUIET_MS: a throttled page may start one
    after Playwright's network idle."""
    seen, quiet = len(requests), 0
    while quiet < QUIET_MS:
        page.wait_for_timeout(POLL_MS)
        quiet = quiet + POLL_MS if len(requests) == seen else 0
        seen = len(requests)


def _one_run(
    browser: Browser,
    base: str,
    requests: list[tuple[str, int]],
    site: Path,
    path: str,
    query: str,
) -> tuple[int, int, int, float]:
    # The pages' policy names the address they were built for; served at another, it would block
    # their scripts. Bypassing it changes no request and no byte.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    try:
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        requests.clear()
        page.goto(base + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        _quiet(page, requests)
        loaded = weigh(site, path, list(requests))
        requests.clear()
        start = time.perf_counter()
        page.locator(".site-search__input").click()
        page.keyboard.type(query)
        page.locator(".site-search__link").first.wait_for(timeout=RESULT_WAIT_MS)
        seconds = time.perf_counter() - start
        _quiet(page, requests)
        searched = weigh(site, path, list(requests))
        if loaded.failed or searched.failed:
            raise RuntimeError(f"{path}: failed requests {loaded.failed + searched.failed}")
        before = sum(size for _, size in loaded.requests)
        per_search = sum(size for _, size in searched.requests)
        return before, loaded.bytes_by_category["search index"], per_search, seconds
    finally:
        context.close()


def measure_search(site: Path, searches: dict[str, str], chromium: str, runs: int) -> list[SearchUse]:
    """Each {page path: query} of `searches`, `runs` times in fresh browser contexts."""
    measured = []
    with serve(site, 0) as (base, requests), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for path, query in searches.items():
                figures = [_one_run(browser, base, requests, site, path, query) for _ in range(runs)]
                before, index_before, per_search, _ = figures[-1]
                measured.append(
                    SearchUse(path, query, before, index_before, per_search, [f[3] for f in figures])
                )
        finally:
            browser.close()
    return measured
