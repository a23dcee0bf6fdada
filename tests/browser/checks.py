"""The checks of the browser suite, as small functions.

Each returns a list of problems, one readable line each, and an empty list when
all is well. The tests run them on the fixture site (the content tests on the real
one), and on copies with a defect put in on purpose, so every check is shown to
catch what it is for.
"""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from playwright.sync_api import BrowserContext, Page, Request, Response, Route
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from bench.lighthouse import lighthouse_report as run_lighthouse
from programme_site.core.languages import LANGUAGES

from .tools import CHROMIUM, VNU_JAR

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


# --- The site's pages -------------------------------------------------------


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site as a URL path: '/', '/sv/kotoutuminen/', '/404.html'."""
    paths = []
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site).as_posix()
        paths.append("/" + relative.removesuffix("index.html"))
    return paths


def language_of(path: str) -> str:
    """The language a URL path belongs to: '/sv/…' is Swedish, everything else Finnish."""
    first = path.strip("/").split("/")[0]
    return first if first in LANGUAGES[1:] else LANGUAGES[0]


def other_language_path(path: str) -> str:
    """The same page in the other language: '/kotoutuminen/' <-> '/sv/kotoutuminen/'."""
    return path.removeprefix("/sv") if language_of(path) == "sv" else "/sv" + path


# --- Recording what a page does ---------------------------------------------


@dataclass
class PageLog:
    """Everything a page asked for and complained about while it loaded."""

    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("requestfailed", lambda request: self._failed(request))
        page.on("response", lambda response: self._response(response))
        page.on(
            "console", lambda message: message.type == "error" and self.console_errors.append(message.text)
        )
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def _failed(self, request: Request) -> None:
        self.failures.append(f"{request.url}: {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.failures.append(f"{response.url}: HTTP {response.status}")


def keep_local(context: BrowserContext, origin: str) -> None:
    """Let requests reach only the test server; any other is recorded by PageLog and then refused at once."""

    def route(route: Route) -> None:
        if route.request.url.startswith(origin + "/") or not route.request.url.startswith("http"):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.route("**/*", route)


def third_party_requests(requests: Iterable[str], origin: str) -> list[str]:
    """Requests to any host but the site's own (data: and blob: URLs are not requests to a host)."""
    own = urlsplit(origin).netloc
    return [
        url
        for url in requests
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != own
    ]


def load_problems(log: PageLog) -> list[str]:
    """Failed requests and console errors while a page loaded."""
    return [f"failed request {failure}" for failure in log.failures] + [
        f"console error: {error}" for error in log.console_errors
    ]


# --- axe-core ---------------------------------------------------------------


def axe_violations(page: Page, axe_source: str, within: str | None = None) -> list[str]:
    """Run axe-core in the page as it is now, with the WCAG 2.0/2.1 A and AA and best-practice rules,
    on the whole page or only `within` the element a CSS selector names."""
    # Evaluated, not added as a <script>, so that a Content-Security-Policy cannot block it.
    page.evaluate(axe_source)
    violations = page.evaluate(
        """([within, tags]) => axe.run(within ? {include: [within]} : document,
                {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
            .then(result => result.violations.map(v => ({
                id: v.id, help: v.help, targets: v.nodes.map(node => node.target.join(' ')),
            })))""",
        [within, AXE_TAGS],
    )
    return [f"{v['id']}: {v['help']} ({', '.join(v['targets'][:5])})" for v in violations]


def rule_ids(violations: list[str]) -> set[str]:
    return {violation.split(":")[0] for violation in violations}


def settle(page: Page) -> None:
    """Wait until the theme's fades, slides and smooth scrolling end: a half-faded text would be measured
    as low contrast, an element still scrolling into view as off screen."""
    # Still for ten frames in a row: on a busy machine a smooth scroll may begin a few frames after focus.
    page.evaluate(
        """() => new Promise(done => {
            let last = null, still = 0;
            const look = () => {
                const now = `${scrollX},${scrollY}`;
                const moving = document.getAnimations().some(animation => animation.playState === 'running');
                still = now === last && !moving ? still + 1 : 0;
                if (still >= 10) done();
                else { last = now; requestAnimationFrame(look); }
            };
            look();
        })"""
    )


SEARCH_BOX = ".site-search__input"
SEARCH_DONE = ".site-search__results[aria-busy=false]"  # the results of what the box holds are listed
SEARCH_LINK = ".site-search__link"


def open_search(page: Page, query: str) -> list[tuple[str, str]]:
    """Search for `query` as a reader does, clicking the header's search field and typing; the results
    (address, text), which must not be none."""
    page.locator(SEARCH_BOX).click()
    found = typed_search_results(page, query)
    page.locator(SEARCH_LINK).first.wait_for()
    settle(page)
    return found


def open_drawer(page: Page) -> None:
    """Open the navigation drawer with the header's menu button (shown on narrow screens)."""
    page.locator("button.drawer-button").click()
    page.locator(".md-sidebar--primary .md-nav__title").first.wait_for()
    settle(page)


# --- Search -----------------------------------------------------------------


def search_results(page: Page, query: str) -> list[str]:
    """The URL paths the site's search offers for `query`."""
    return [urlsplit(href).path for href, _ in open_search(page, query)]


def typed_search_pages(page: Page, query: str) -> set[str]:
    """The pages (URL paths, without anchors) that the search offers for `query`, typed anew into the
    search box key by key."""
    return {urlsplit(href).path for href, _ in typed_search_results(page, query)}


def typed_search_results(page: Page, query: str) -> list[tuple[str, str]]:
    """The results (address, text) in the order the search shows them for `query`, typed anew into the
    search box key by key; every result, as the search shows them ten at a time ("show more")."""
    box = page.locator(SEARCH_BOX)
    box.fill("")
    box.press_sequentially(query)  # the search runs on what was typed; the list is busy until it is shown
    page.locator(SEARCH_DONE).wait_for(state="attached")
    more = page.locator(".site-search__more")
    while more.is_visible():
        shown = page.locator(SEARCH_LINK).count()
        more.click()
        page.wait_for_function(
            "([selector, shown]) => document.querySelectorAll(selector).length > shown",
            arg=[SEARCH_LINK, shown],
        )
    return [
        (link["href"], link["text"])
        for link in page.locator(SEARCH_LINK).evaluate_all(
            "links => links.map(a => ({href: a.href, text: a.innerText}))"
        )
    ]


@dataclass(frozen=True)
class WordSearch:
    word: str  # as typed
    expected: frozenset[str]  # the pages whose text has the word in some form
    found: frozenset[str]


def search_recall(searches: list[WordSearch]) -> float:
    """The share of (word typed, page using it) pairs the search found."""
    expected = sum(len(search.expected) for search in searches)
    return sum(len(search.expected & search.found) for search in searches) / expected if expected else 1.0


def word_search_problems(searches: list[WordSearch]) -> list[str]:
    """A word that pages use in some form but whose search finds none of them."""
    return [
        f"'{search.word}' found none of the {len(search.expected)} pages that use it: {sorted(search.expected)}"
        for search in searches
        if search.expected and not search.expected & search.found
    ]


def search_language_problems(paths: list[str], language: str) -> list[str]:
    if not paths:
        return ["the search found nothing"]
    return [f"result {path} is not a {language} page" for path in paths if language_of(path) != language]


# --- Keyboard ---------------------------------------------------------------

_FOCUSED = """(firstLook) => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    if (firstLook && el.dataset.tabStopSeen) return {again: true};  // focus has come round to the start
    el.dataset.tabStopSeen = 'yes';
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        describe: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' +
            el.className.trim().split(/\\s+/).join('.') : '') + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''),
        href: el.getAttribute('href'),
        visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
            && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
}"""


# How long a focused element may take to come on screen. A condition waited for, not a time measured:
# on a loaded machine the scroll to it has been seen to stall for more than ten frames.
ON_SCREEN_WITHIN_MS = 5000


def focused(page: Page) -> dict[str, Any] | None:
    """The focused element, described; None when nothing has focus."""
    stop = page.evaluate(_FOCUSED, True)
    if stop and not stop.get("again") and not (stop["visible"] and stop["ring"]):
        # Look again once the page is still: the skip link slides into view, the page scrolls to the element.
        settle(page)
        stop = page.evaluate(_FOCUSED, False)
        if stop and not stop["visible"]:
            # Still off screen after the wait: focus_problems reports it.
            with suppress(PlaywrightTimeoutError):
                page.wait_for_function(
                    f"() => {{ const stop = ({_FOCUSED})(false); return !stop || stop.visible; }}",
                    timeout=ON_SCREEN_WITHIN_MS,
                )
            stop = page.evaluate(_FOCUSED, False)
    return stop


def tab_stops(page: Page, limit: int = 150) -> list[dict[str, Any]]:
    """Press Tab from the top of the page until focus leaves the page; describe each element focused."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = focused(page)
        if stop is None or stop.get("again"):
            break
        stops.append(stop)
    return stops


def focus_problems(stops: list[dict[str, Any]]) -> list[str]:
    """Focus must always be seen: on an element on screen, with a focus ring."""
    problems = []
    for number, stop in enumerate(stops, start=1):
        if not stop["visible"]:
            problems.append(f"tab stop {number}, {stop['describe']}: focused but not visible on screen")
        elif not stop["ring"]:
            problems.append(f"tab stop {number}, {stop['describe']}: no visible focus indicator")
    return problems


def skip_link_problems(page: Page) -> list[str]:
    """The first Tab reaches a skip link; Enter on it moves to the page's own content, so the next Tab
    goes on from there and not through the header and navigation again."""
    page.keyboard.press("Tab")
    first = focused(page)
    if first is None or "md-skip" not in first["describe"]:
        return [f"the first tab stop is {first and first['describe']}, not the skip link"]
    target = first["href"] or ""
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    landed = page.evaluate(
        """target => {
            const element = document.getElementById(decodeURIComponent(target.slice(1)));
            const next = document.activeElement;
            return {
                inContent: !!element && !!element.closest('article'),
                onward: !!element && (next === document.body ||
                    !!(element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)),
            };
        }""",
        target,
    )
    if not landed["inContent"]:
        return [f"the skip link goes to {target!r}, which is not in the page's content"]
    if not landed["onward"]:
        return [f"after the skip link to {target!r} the next Tab goes back before it"]
    return []


def tab_to(page: Page, wanted: str, limit: int = 150) -> bool:
    """Press Tab until the element matching the CSS selector `wanted` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("wanted => document.activeElement?.matches(wanted) ?? false", wanted):
            return True
    return False


# --- Language ---------------------------------------------------------------


def language_problems(page: Page, path: str) -> list[str]:
    """The page's lang is its language, and the selector's links go to the same page in each language
    (from a page of its own, like 404.html, to each language's front page)."""
    problems = []
    lang = page.evaluate("document.documentElement.lang")
    if lang != language_of(path):
        problems.append(f"{path}: <html lang={lang!r}>, but the page is in {language_of(path)!r}")
    for language in LANGUAGES:
        if path.endswith(".html"):
            expected = "/" if language == LANGUAGES[0] else f"/{language}/"
        else:
            expected = path if language == language_of(path) else other_language_path(path)
        links = page.locator(f'a.md-select__link[hreflang="{language}"]')
        if links.count() != 1:
            problems.append(f"{path}: the language selector has {links.count()} links to {language!r}")
            continue
        target = urlsplit(links.first.evaluate("a => a.href")).path
        if target != expected:
            problems.append(f"{path}: the selector's {language!r} link goes to {target}, not {expected}")
    return problems


def hreflang_problems(site: Path, origin: str) -> list[str]:
    """Each page in the sitemap names itself and its other-language version in the sitemap and in its head."""
    problems = []
    root = ET.parse(site / "sitemap.xml").getroot()
    listed = {urlsplit(loc.text or "").path for loc in root.iterfind("s:url/s:loc", SITEMAP_NS)}
    for url in root.iterfind("s:url", SITEMAP_NS):
        path = urlsplit(url.findtext("s:loc", "", SITEMAP_NS)).path
        expected = {
            language_of(path): origin + path,
            language_of(other_language_path(path)): origin + other_language_path(path),
        }
        in_sitemap = {
            link.get("hreflang", ""): link.get("href", "") for link in url.iterfind("x:link", SITEMAP_NS)
        }
        if in_sitemap != expected:
            problems.append(f"sitemap.xml: {path} has alternates {in_sitemap}, expected {expected}")
        if other_language_path(path) not in listed:
            problems.append(f"sitemap.xml: {path} is listed but {other_language_path(path)} is not")
        in_head = _parse(site / path.lstrip("/") / "index.html").hreflang
        if in_head != {**expected, "x-default": expected[LANGUAGES[0]]}:
            problems.append(f"{path}: hreflang links {in_head}, expected {expected} and x-default")
    for path in site_pages(site):
        if not path.endswith(".html") and path not in listed:
            problems.append(f"sitemap.xml: {path} is not listed")
    return problems


# --- Links ------------------------------------------------------------------


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.hreflang: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        for name in ("href", "src"):
            if name in values:
                self.links.append(values[name])
        if tag == "link" and values.get("rel") == "alternate" and "hreflang" in values:
            self.hreflang[values["hreflang"]] = values["href"]


def _parse(file: Path) -> _LinkCollector:
    parser = _LinkCollector()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def _target_file(site: Path, path: str) -> Path | None:
    target = site / unquote(path).lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def broken_links(site: Path, origin: str) -> list[str]:
    """Every link and anchor inside the built site leads to a file and, for #anchor, to an element with that id."""
    parsed: dict[Path, _LinkCollector] = {}
    problems = []
    for file in sorted(site.rglob("*.html")):
        page_url = origin + "/" + file.relative_to(site).as_posix()
        parser = parsed.setdefault(file, _parse(file))
        for link in parser.links:
            url = urlsplit(urljoin(page_url, link))
            if url.scheme not in ("http", "https") or f"{url.scheme}://{url.netloc}" != origin:
                continue  # tel:, data:, and other sites are not this check's business
            target = _target_file(site, url.path)
            where = f"{file.relative_to(site)}: link {link!r}"
            if target is None:
                problems.append(f"{where}: {url.path} does not exist")
            elif url.fragment and target.suffix == ".html":
                ids = parsed.setdefault(target, _parse(target)).ids
                if unquote(url.fragment) not in ids:
                    problems.append(
                        f"{where}: no element with id {url.fragment!r} in {target.relative_to(site)}"
                    )
    return problems


# --- The Nu HTML Checker ----------------------------------------------------


def vnu_errors(files: list[Path], base: Path) -> list[str]:
    """Errors the Nu HTML Checker finds, as 'file:line: message'."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except ValueError:
        return [f"the Nu HTML Checker did not run: {result.stderr.strip() or result.stdout.strip()}"]
    return [
        f"{Path(unquote(urlsplit(m.get('url', '')).path)).relative_to(base)}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
    ]


# --- Lighthouse -------------------------------------------------------------

# Mobile (Lighthouse's default form factor and throttling); the least each category must score.
# Performance is a timing, and `make bench` reports it (bench/lighthouse.py); these audits time nothing.
LIGHTHOUSE_MINIMUM = {"accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


def lighthouse_report(url: str, output: Path) -> dict[str, Any]:
    return run_lighthouse(url, output, list(LIGHTHOUSE_MINIMUM), str(CHROMIUM))


def lighthouse_problems(report: dict[str, Any]) -> list[str]:
    """Categories below their minimum, each with the audits that failed in it."""
    problems = [f"Lighthouse: {report['runtimeError']['message']}"] if report.get("runtimeError") else []
    audits = report["audits"]
    for name, minimum in LIGHTHOUSE_MINIMUM.items():
        category = report["categories"][name]
        score = category["score"] or 0
        if score < minimum:
            failing = sorted(
                ref["id"]
                for ref in category["auditRefs"]
                if audits[ref["id"]]["score"] is not None
                and audits[ref["id"]]["score"] < 1
                and ref["weight"] > 0
            )
            problems.append(f"{name} {score:.2f} (at least {minimum}): {', '.join(failing)}")
    return problems


def failed_audits(report: dict[str, Any]) -> set[str]:
    return {
        audit["id"]
        for audit in report["audits"].values()
        if audit["score"] is not None and audit["scoreDisplayMode"] == "binary" and audit["score"] < 1
    }


# --- Print ------------------------------------------------------------------

PRINT_HIDDEN = (".md-header", ".md-sidebar", ".md-footer__inner")
# A printed page must say who published it: the footer's copyright line names the ministry.
PUBLISHER = ".md-copyright"


def print_problems(page: Page) -> list[str]:
    """On paper the navigation is gone and each outside link shows where it goes."""
    page.emulate_media(media="print")
    problems = [
        f"{selector} is shown in print"
        for selector in PRINT_HIDDEN
        if page.locator(selector).first.is_visible()
    ]
    if not page.locator(PUBLISHER).first.is_visible():
        problems.append(f"the publisher's name ({PUBLISHER}) is not shown in print")
    links = page.evaluate(
        """() => [...document.querySelectorAll('.md-content a[href^="http"]')]
            .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])"""
    )
    if not links:
        problems.append("the page has no outside link to check")
    problems += [
        f"link to {href} does not show its address in print" for href, after in links if href not in after
    ]
    page.emulate_media(media="screen")
    return problems
