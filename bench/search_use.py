"""What a reader's browser loads and waits for to search (issue 26): bytes before any interaction,
bytes a search adds, and the time from clicking into the search box to the first result on a CPU
slowed 4 times (Chromium's own throttling, as DevTools applies it: a mid-range phone).

A real browser (Playwright's Chromium) loads a front page from a local server, waits until the
network is idle, clicks into the search box and types a word. Bytes are counted as page_weight.py
counts them, from the requests the server answered: before the click, and from the click until the
network is idle again with results shown. Two designs of the same built site: the site's (the
index loaded when the search is used, search-on-demand.js) and the theme's own (the index loaded
with the page), which is the site with search-on-demand.js served empty.
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, Route, sync_playwright

from bench.page_weight import serve, weigh

THROTTLE = 4  # Emulation.setCPUThrottlingRate: 4 means four times slower
DESIGNS = ("on demand", "with the page")
ON_DEMAND_SCRIPT = "**/assets/javascripts/search-on-demand.js"
VIEWPORT = {"width": 1280, "height": 800}  # the search box in the header, one click away
RESULT_WAIT_MS = 300_000  # far above any figure: a slow machine is measured, not failed
POLL_MS, QUIET_MS = 100, 1000
LUNR_LANGUAGE = re.compile(r"/lunr/min/lunr\.(fi|sv)\.min\.js$")


@dataclass(frozen=True)
class SearchUse:
    path: str
    query: str
    design: str
    before: int  # bytes loaded before any interaction, the search index among them
    index_before: int  # of them, the search index
    per_search: int  # bytes loaded from the click into the search box until the results
    seconds: list[float]  # each run: click to the first result, CPU throttled

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def _quiet(page: Page, requests: list[tuple[str, int]]) -> None:
    """Wait until the server has answered no new request for QUIET_MS: Playwright's network idle does not
    see the search worker's requests, and a throttled page may start one after it."""
    seen, quiet = len(requests), 0
    while quiet < QUIET_MS:
        page.wait_for_timeout(POLL_MS)
        quiet = quiet + POLL_MS if len(requests) == seen else 0
        seen = len(requests)


def _theme_only(route: Route) -> None:
    route.fulfill(body="", content_type="text/javascript")


def _one_run(
    browser: Browser,
    base: str,
    requests: list[tuple[str, int]],
    site: Path,
    path: str,
    query: str,
    design: str,
) -> tuple[int, int, int, float]:
    # The pages' policy names the address they were built for; served at another, it would block
    # their scripts. Bypassing it changes no request and no byte.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    try:
        page = context.new_page()
        if design == "with the page":
            page.route(ON_DEMAND_SCRIPT, _theme_only)
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        requests.clear()
        page.goto(base + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        if design == "with the page":  # until the worker has the index: it then imports lunr's language file
            while not any(LUNR_LANGUAGE.search(requested) for requested, _ in requests):
                page.wait_for_timeout(POLL_MS)
        _quiet(page, requests)
        loaded = weigh(site, path, list(requests))
        requests.clear()
        start = time.perf_counter()
        page.locator(".md-search__input").click()
        page.keyboard.type(query)
        page.locator(".md-search-result__item").first.wait_for(timeout=RESULT_WAIT_MS)
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
    """Each {page path: query} of `searches` in each design, `runs` times in fresh browser contexts."""
    measured = []
    with serve(site, 0) as (base, requests), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for path, query in searches.items():
                for design in DESIGNS:
                    figures = [
                        _one_run(browser, base, requests, site, path, query, design) for _ in range(runs)
                    ]
                    before, index_before, per_search, _ = figures[-1]
                    measured.append(
                        SearchUse(
                            path, query, design, before, index_before, per_search, [f[3] for f in figures]
                        )
                    )
        finally:
            browser.close()
    return measured
