"""Security headers: one table, deployed as _headers and nginx snippet; the built site satisfies the CSP,
and each page's policy allows the site's own script files and nothing else."""

import html
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import ROOT, SITE_URL

from programme_site.hosting.headers import (
    SECURITY_HEADERS,
    allowing_inline_script,
    nginx_snippet,
    page_content_security_policy,
    static_host_headers,
)
from programme_site.hosting.scripts import own_scripts


def test_policy_has_what_the_observatory_scores() -> None:
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"
    assert SECURITY_HEADERS["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert SECURITY_HEADERS["Strict-Transport-Security"].startswith("max-age=63072000")
    assert "camera=()" in SECURITY_HEADERS["Permissions-Policy"]


def test_no_host_lets_a_page_start_a_worker() -> None:
    """The site's search runs in the page; nothing of it or the theme needs a worker, so none is
    allowed, in the headers, the nginx snippet and every page's policy."""
    assert "worker-src 'none'" in SECURITY_HEADERS["Content-Security-Policy"].split("; ")
    assert "worker-src 'none'" in nginx_snippet() and "worker-src 'none'" in static_host_headers()
    page = page_content_security_policy("https://example.org/", SCRIPTS).split("; ")
    assert [directive for directive in page if directive.startswith(("worker-src", "child-src"))] == [
        "worker-src 'none'"
    ]


def test_committed_nginx_snippet_is_up_to_date() -> None:
    committed = (ROOT / "hosting" / "nginx-security-headers.conf").read_text(encoding="utf-8")
    assert committed == nginx_snippet(), "hosting/nginx-security-headers.conf is stale: run `make hosting`"


def test_build_writes_the_headers_file_at_the_site_root(built_site: Path) -> None:
    assert (built_site / "_headers").read_text(encoding="utf-8") == static_host_headers()
    assert not (built_site / "sv" / "_headers").exists()


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>\s*\S", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)


def csp_blockers(html: str) -> list[str]:
    """What a CSP without 'unsafe-inline' would block in this page."""
    checks = {
        "inline script": INLINE_SCRIPT,
        "inline event handler": INLINE_HANDLER,
        "style attribute": STYLE_ATTRIBUTE,
    }
    return [name for name, pattern in checks.items() if pattern.search(html)]


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ("<script>alert(1)</script>", ["inline script"]),
        ('<button onclick="go()">x</button>', ["inline event handler"]),
        ('<p style="color:red">x</p>', ["style attribute"]),
        ('<script src="a.js"></script><script id="c" type="application/json">{}</script>', []),
    ],
)
def test_csp_blocker_detection(html: str, found: list[str]) -> None:
    assert csp_blockers(html) == found


def test_built_pages_have_nothing_the_csp_blocks(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert pages
    blocked = {
        page.relative_to(built_site).as_posix(): csp_blockers(page.read_text(encoding="utf-8"))
        for page in pages
    }
    assert {page: found for page, found in blocked.items() if found} == {}


SCRIPTS = ["assets/javascripts/bundle.1.min.js", "assets/site.js"]


def test_the_page_policy_is_the_header_policy_narrowed_to_the_sites_own_scripts() -> None:
    header = SECURITY_HEADERS["Content-Security-Policy"].split("; ")
    page = page_content_security_policy("https://example.org/ohjelma/", SCRIPTS).split("; ")
    # What a <meta> cannot carry is left out; the rest is the table's, but for scripts.
    assert [directive for directive in header if directive not in page] == [
        "script-src 'self'",
        "frame-ancestors 'none'",
    ]
    assert [directive for directive in page if directive not in header] == [
        "script-src https://example.org/ohjelma/assets/javascripts/bundle.1.min.js "
        "https://example.org/ohjelma/assets/site.js",
    ]
    assert not any(directive.startswith(("report-uri", "sandbox")) for directive in page)
    # The hosts' headers keep the generic policy; `nosniff` there stops a text file running as a script.
    assert "script-src 'self'" in header and SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"


def test_the_served_live_reload_script_alone_is_allowed_by_its_hash() -> None:
    """`mkdocs serve` adds an inline script to every page it serves; the page's policy then allows
    that script's text, by its hash, and nothing more (hooks/site_build.py, on_serve)."""
    policy = page_content_security_policy("http://127.0.0.1:8000/", SCRIPTS)
    page = (
        f'<head><meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}"></head>'.encode()
    )
    script = b"livereload(1, 2);"
    served = allowing_inline_script(page, script)
    allowed = html.unescape(re.search(r'content="([^"]*)"', served.decode())[1]).split("; ")
    scripts = next(directive for directive in allowed if directive.startswith("script-src"))
    assert scripts.split()[:2] == ["script-src", "'sha256-02oJ9ZDGK7x2P3RtH2OlVANndh0Cvq9lInkP4oE85Lo='"]
    assert [directive for directive in allowed if directive != scripts] == [
        directive for directive in policy.split("; ") if not directive.startswith("script-src")
    ]
    assert allowing_inline_script(b"<p>No policy here.</p>", script) == b"<p>No policy here.</p>"


@pytest.mark.parametrize(
    ("site_url", "path", "source"),
    [
        # A preview, at its own folder; a site address without the closing '/'.
        ("https://example.org/pr-preview/5/", "a.js", "https://example.org/pr-preview/5/a.js"),
        ("http://127.0.0.1:8000", "/assets/a.js", "http://127.0.0.1:8000/assets/a.js"),
        # Nothing in an address can end the directive or start another.
        ("https://example.org/a b;c,d/", "x;y.js", "https://example.org/a%20b%3Bc%2Cd/x%3By.js"),
    ],
)
def test_each_file_is_allowed_by_its_exact_address(site_url: str, path: str, source: str) -> None:
    assert f"script-src {source};" in page_content_security_policy(site_url, [path])


def test_the_sites_own_scripts_are_read_from_the_files_it_publishes() -> None:
    published = [
        "assets/javascripts/bundle.a5f9d56c.min.js",
        "assets/javascripts/theme-storage.js",
        "assets/javascripts/workers/search.a7633da7.min.js",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
        "assets/javascripts/lunr/min/lunr.fi.min.js",
        "assets/javascripts/lunr/min/lunr.de.min.js",  # a language the site does not have
        "assets/javascripts/lunr/tinyseg.js",  # Japanese
        "assets/stylesheets/main.css",
        "verkosto/ohje.txt",
        "ohje.js",  # not where the site's scripts are
    ]
    # Material's search worker and lunr's files are published but run by no page: not listed.
    assert own_scripts(published, ["assets/drawer-button.js"]) == [
        "assets/drawer-button.js",
        "assets/javascripts/bundle.a5f9d56c.min.js",
        "assets/javascripts/theme-storage.js",
    ]


META_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')
SCRIPT_SRC = re.compile(r'<script src="([^"]+)"')


def page_url(site: Path, page: Path) -> str:
    """The address a built page is served at (the 404 page at every missing one)."""
    return urljoin(SITE_URL, page.relative_to(site).as_posix().removesuffix("index.html"))


def test_every_built_page_carries_the_policy_before_what_it_governs(built_site: Path) -> None:
    """GitHub Pages sends no headers: the <meta> in each page is the policy there."""
    policies = set()
    for page in sorted(built_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        metas = list(META_POLICY.finditer(text))
        assert len(metas) == 1, page
        assert metas[0].start() < min(text.index('<link rel="stylesheet"'), text.index("<script")), page
        policies.add(html.unescape(metas[0]["policy"]))
    assert len(policies) == 1


def test_the_built_policy_allows_exactly_the_scripts_the_pages_load_and_no_worker(built_site: Path) -> None:
    [policy] = {
        html.unescape(META_POLICY.search(page.read_text(encoding="utf-8"))["policy"])
        for page in built_site.rglob("*.html")
    }
    directives = {directive.split()[0]: directive.split()[1:] for directive in policy.split("; ")}
    loaded = set()
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        loaded |= {urljoin(page_url(built_site, page), src) for src in SCRIPT_SRC.findall(text)}
    assert set(directives["script-src"]) == loaded
    # Material still publishes its search worker and lunr's files; the policy allows neither.
    assert list(built_site.glob("assets/javascripts/workers/search.*.min.js"))
    assert (built_site / "assets/javascripts/lunr/min/lunr.fi.min.js").is_file()
    assert not any("/workers/" in source or "/lunr/" in source for source in directives["script-src"])
    assert directives["worker-src"] == ["'none'"]
    for source in directives["script-src"]:
        # Each an existing script file of the site, never a folder, which would allow all in it.
        assert source.startswith(SITE_URL) and source.endswith(".js"), source
        assert (built_site / source.removeprefix(SITE_URL)).is_file(), source
