"""The site as GitHub Pages serves it: no headers, the root 404.html at every missing address.

The policy in each page's <meta> must hold alone (test_privacy.py finds no other CSP
violation on any page), and a reader of a missing /sv/… address must be told in Swedish.
"""

from __future__ import annotations

import re

import pytest
from conftest import replace_in
from playwright.sync_api import Page

from .checks import axe_violations, load_problems, open_drawer, search_results
from .chromium import MOBILE, NewPage, Site

# Runs before any script of the page; Playwright's init scripts are not subject to the page's CSP.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener('securitypolicyviolation',
    event => window.cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI));
"""


def test_an_inline_script_planted_in_a_page_is_blocked(site_copy: Site, new_page: NewPage) -> None:
    replace_in(
        site_copy.directory / "verkosto" / "index.html",
        "</body>",
        "<script>document.documentElement.dataset.planted = 'ran'</script></body>",
    )
    page, log = new_page(site_copy)
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    assert response is not None and "content-security-policy" not in response.headers
    assert page.evaluate("window.cspViolations") == ["script-src-elem inline"]
    assert page.evaluate("document.documentElement.dataset.planted") is None
    problems = load_problems(log)
    assert len(problems) == 1 and "violates the following Content Security Policy" in problems[0]


# A text attachment an editor may add (docs/fi/…/ohje.txt), written as a script. GitHub Pages serves
# it as text/plain without `nosniff`, which alone would not stop Chromium from running it.
PLANTED_TEXT = "document.documentElement.dataset.planted = 'ran';\n"
META_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def plant_text_script(site: Site, text_file: str, src: str, keep_policy: bool = True) -> None:
    """`text_file` (a path in the site) holds PLANTED_TEXT, and /verkosto/ loads it with <script src>."""
    (site.directory / text_file).write_text(PLANTED_TEXT, encoding="utf-8")
    page = site.directory / "verkosto" / "index.html"
    replace_in(page, "</body>", f'<script src="{src}"></script></body>')
    if not keep_policy:
        html = page.read_text(encoding="utf-8")
        page.write_text(META_POLICY.sub("", html, count=1), encoding="utf-8")


def script_src(page: Page) -> str:
    """The page's script-src directive, as its <meta> policy gives it."""
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content") or ""
    return next(directive for directive in policy.split("; ") if directive.startswith("script-src "))


@pytest.mark.parametrize(
    ("text_file", "src"),
    [("verkosto/ohje.txt", "ohje.txt"), ("ohje.txt", "../ohje.txt"), ("ohje.txt", "/ohje.txt")],
    ids=["in-the-pages-folder", "at-the-site-root", "by-its-absolute-path"],
)
def test_a_text_file_planted_as_a_script_is_blocked(
    site_copy: Site, new_page: NewPage, text_file: str, src: str
) -> None:
    plant_text_script(site_copy, text_file, src)
    page, log = new_page(site_copy)
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    assert response is not None and "content-security-policy" not in response.headers
    served = page.request.get(site_copy.url(f"/{text_file}"))
    assert served.headers["content-type"].startswith("text/plain")
    assert "x-content-type-options" not in served.headers
    address = site_copy.url(f"/{text_file}")
    assert page.evaluate("window.cspViolations") == [f"script-src-elem {address}"]
    assert page.evaluate("document.documentElement.dataset.planted") is None
    assert sorted(load_problems(log)) == [
        f"console error: Loading the script '{address}' violates the following Content Security Policy "
        f"directive: \"{script_src(page)}\". Note that 'script-src-elem' was not explicitly set, so "
        "'script-src' is used as a fallback. The action has been blocked.",
        f"failed request {address}: csp",
    ]


def test_without_the_pages_policy_the_planted_text_file_would_run(site_copy: Site, new_page: NewPage) -> None:
    """What the policy stops: a page without it runs the text file as Pages serves it."""
    plant_text_script(site_copy, "ohje.txt", "../ohje.txt", keep_policy=False)
    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    assert page.evaluate("document.documentElement.dataset.planted") == "ran"


def lunr_file(site: Site) -> str:
    """The address of a lunr file Material publishes, though no page loads it any more."""
    assert (site.directory / "assets/javascripts/lunr/min/lunr.fi.min.js").is_file()
    return site.url("/assets/javascripts/lunr/min/lunr.fi.min.js")


def test_a_lunr_file_planted_as_a_script_is_blocked(site_copy: Site, new_page: NewPage) -> None:
    """Material still publishes lunr's files, but the site's search needs none: the policy lists none."""
    address = lunr_file(site_copy)
    replace_in(
        site_copy.directory / "verkosto" / "index.html",
        "</body>",
        f'<script src="{address}"></script></body>',
    )
    page, log = new_page(site_copy)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    assert page.evaluate("window.cspViolations") == [f"script-src-elem {address}"]
    assert f"failed request {address}: csp" in load_problems(log)


# Starts a worker from `url` and tells what came of it: the worker's first message, or how it failed.
START_WORKER = """url => new Promise(resolve => {
    let worker;
    try {
        worker = new Worker(url);
    } catch (error) {
        resolve('thrown ' + error.name);
        return;
    }
    worker.onmessage = event => resolve(event.data);
    worker.onerror = () => resolve('error event');
    setTimeout(() => resolve('no message'), 3000);
})"""
PLANTED_WORKER = "postMessage('ran');\n"


def plant_worker(site: Site, keep_policy: bool = True) -> str:
    """A same-origin script file that, run as a worker, says so; the address of it."""
    (site.directory / "assets" / "planted-worker.js").write_text(PLANTED_WORKER, encoding="utf-8")
    if not keep_policy:
        page = site.directory / "verkosto" / "index.html"
        page.write_text(META_POLICY.sub("", page.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    return site.url("/assets/planted-worker.js")


def test_a_page_can_start_no_worker(site_copy: Site, new_page: NewPage) -> None:
    """Neither a script file planted in the site nor Material's search worker, which Material still
    publishes, can run as a worker: the policy's `worker-src 'none'` refuses both."""
    [material_worker] = site_copy.directory.glob("assets/javascripts/workers/search.*.min.js")
    addresses = [
        plant_worker(site_copy),
        site_copy.url("/" + material_worker.relative_to(site_copy.directory).as_posix()),
    ]
    page, _ = new_page(site_copy)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    outcomes = [page.evaluate(START_WORKER, address) for address in addresses]
    assert "ran" not in outcomes and "no message" not in outcomes, outcomes
    assert page.evaluate("window.cspViolations") == [f"worker-src {address}" for address in addresses]


def test_without_the_pages_policy_the_planted_worker_would_run(site_copy: Site, new_page: NewPage) -> None:
    """What the policy stops: a page without it starts the planted file as a worker."""
    address = plant_worker(site_copy, keep_policy=False)
    page, _ = new_page(site_copy)
    page.goto(site_copy.url("/verkosto/"), wait_until="networkidle")
    assert page.evaluate(START_WORKER, address) == "ran"


@pytest.mark.parametrize("path", ["/", "/sv/verkosto/", "/sv/ei-ole-olemassa/"])
def test_the_pages_run_every_script_of_their_own(site: Site, new_page: NewPage, path: str) -> None:
    """With only the site's own files allowed, each of them still runs, the search too, no page
    starts a worker, and the policy refuses nothing."""
    page, _ = new_page(site, MOBILE)
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(site.url(path), wait_until="networkidle")
    assert page.evaluate("typeof __md_get") == "function"  # theme-storage.js
    open_drawer(page)  # drawer-button.js
    assert page.locator("button.drawer-button").get_attribute("aria-expanded") == "true"
    page.reload(wait_until="networkidle")
    # site-search.js and the files it fetches.
    query = "kommunerna" if path == "/sv/verkosto/" else "kunnissa"
    assert search_results(page, query)
    assert page.evaluate("window.cspViolations") == []
    assert workers == []


def test_a_missing_swedish_address_gets_a_404_in_swedish(
    site: Site, new_page: NewPage, axe_source: str
) -> None:
    page, log = new_page(site)
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(site.url("/sv/ei-ole-olemassa/"), wait_until="networkidle")
    assert response is not None and response.status == 404
    swedish = page.locator('section[lang="sv"]')
    assert swedish.locator("h2").inner_text() == "Sidan hittades inte"
    assert swedish.get_by_role("link").get_attribute("href") == "/sv/"
    assert page.locator("h1").inner_text() == "Sivua ei löytynyt"
    assert page.evaluate("window.cspViolations") == []
    assert axe_violations(page, axe_source) == []
    page.get_by_role("link", name="Gå till startsidan").click()
    # The click only starts the navigation: until the new page is there, it has no document to read.
    page.wait_for_url(site.url("/sv/"))
    assert page.evaluate("document.documentElement.lang") == "sv"
    assert load_problems(log) == [  # the missing address itself, and nothing else
        f"failed request {site.url('/sv/ei-ole-olemassa/')}: HTTP 404",
        "console error: Failed to load resource: the server responded with a status of 404 (Not Found)",
    ]
