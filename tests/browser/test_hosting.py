"""The site as GitHub Pages serves it: no headers, the root 404.html at every missing address.

The policy in each page's <meta> must hold alone (test_privacy.py finds no other CSP
violation on any page), and a reader of a missing /sv/… address must be told in Swedish.
"""

from __future__ import annotations

from conftest import replace_in

from .checks import axe_violations, load_problems
from .conftest import NewPage, Site

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
    assert page.evaluate("document.documentElement.lang") == "sv"
    assert load_problems(log) == [  # the missing address itself, and nothing else
        f"failed request {site.url('/sv/ei-ole-olemassa/')}: HTTP 404",
        "console error: Failed to load resource: the server responded with a status of 404 (Not Found)",
    ]
