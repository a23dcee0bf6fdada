"""Security headers: one table, deployed as _headers and nginx snippet; the built site satisfies the CSP."""

import re
from pathlib import Path

import pytest
from conftest import ROOT

from programme_site.build.http_headers import (
    META_CONTENT_SECURITY_POLICY,
    SECURITY_HEADERS,
    nginx_snippet,
    static_host_headers,
)


def test_policy_has_what_the_observatory_scores() -> None:
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"
    assert SECURITY_HEADERS["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert SECURITY_HEADERS["Strict-Transport-Security"].startswith("max-age=63072000")
    assert "camera=()" in SECURITY_HEADERS["Permissions-Policy"]


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


def test_meta_policy_is_the_header_policy_without_what_meta_cannot_carry() -> None:
    header = SECURITY_HEADERS["Content-Security-Policy"].split("; ")
    meta = META_CONTENT_SECURITY_POLICY.split("; ")
    assert [directive for directive in header if directive not in meta] == ["frame-ancestors 'none'"]
    assert not any(directive.startswith(("report-uri", "sandbox")) for directive in meta)


META_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')


def test_every_built_page_carries_the_policy_before_what_it_governs(built_site: Path) -> None:
    """GitHub Pages sends no headers: the <meta> in each page is the policy there."""
    policy = META_CONTENT_SECURITY_POLICY.replace("'", "&#39;")
    for page in sorted(built_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        metas = list(META_POLICY.finditer(html))
        assert [meta["policy"] for meta in metas] == [policy], page
        assert metas[0].start() < min(html.index('<link rel="stylesheet"'), html.index("<script")), page
