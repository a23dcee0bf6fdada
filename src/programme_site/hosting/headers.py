"""The HTTP security headers the site is served with, in one table.

The same table produces the `_headers` file for static hosts (Netlify,
Cloudflare Pages), the nginx snippet, and the Content-Security-Policy `<meta>`
in every page for hosts that send no headers of their own (GitHub Pages).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

# The policy the built site satisfies: no inline scripts (the theme's are moved
# to files), no third-party hosts. data: images are the theme's CSS icons. No workers: the
# site's own search (overrides/assets/javascripts/site-search.js) runs in the page, and Material's
# bundle, whose search worker was the only one, no longer mounts its search (HANDBOOK.md: Search).
POLICY_DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
CONTENT_SECURITY_POLICY = "; ".join(POLICY_DIRECTIVES)
# Browsers ignore these in a <meta> policy; only a header can carry them.
HEADER_ONLY_DIRECTIVES = ("frame-ancestors", "report-uri", "sandbox")
# 'self' lets any file of the site run as a script, a text attachment too where the host sends no
# `nosniff` (GitHub Pages). In every page these allow only the site's own script files instead, each
# by its exact address: a CSP source whose path does not end in '/' matches that one file (CSP Level 2,
# in every browser the site supports). Hashes of the files (CSP Level 3, with `integrity`) would
# need no address, but browsers took external-script hashes up years apart, and one without them
# would run no script at all. The headers keep 'self' with `nosniff`: browsers enforce both
# policies, so the page's narrower one holds on every host.
NARROWED_IN_PAGES = ("script-src",)


def _address(site_url: str, path: str) -> str:
    """A file's absolute address as a CSP source. The path is percent-encoded, `;` and `,` too, so
    that no address can end a directive or start another."""
    site = urlsplit(site_url)
    base = site.path if site.path.endswith("/") else site.path + "/"
    return f"{site.scheme}://{site.netloc}{quote(base + path.lstrip('/'), safe='/%-._~!$&()*+=:@')}"


def page_content_security_policy(site_url: str, scripts: Iterable[str]) -> str:
    """The policy of every page (overrides/main.html): the table's, without what a <meta> cannot
    carry, and with `scripts` (paths from the site's root, hosting/scripts.py) as the only
    scripts, at their addresses under `site_url`. The build is made for the address it is served
    at (mkdocs.yml: site_url), and `mkdocs serve` sets its own."""
    directives = []
    for directive in POLICY_DIRECTIVES:
        name = directive.split()[0]
        if name in HEADER_ONLY_DIRECTIVES:
            continue
        if name in NARROWED_IN_PAGES:
            directive = " ".join([name, *(_address(site_url, path) for path in sorted(scripts))])
        directives.append(directive)
    return "; ".join(directives)


# Features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def static_host_headers() -> str:
    """The `_headers` file format read by Netlify and Cloudflare Pages."""
    lines = ["# Generated from src/programme_site/hosting/headers.py; do not edit.", "/*"]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    return "\n".join(lines) + "\n"


def nginx_snippet() -> str:
    """An nginx `include` for the server block; `always` adds the headers to error pages too."""
    lines = [
        "# Security headers for the programme site. Generated from",
        "# src/programme_site/hosting/headers.py by `make hosting`; do not edit by hand.",
        "# Use inside the site's server { } block: include /path/to/security-headers.conf;",
    ]
    lines += [f'add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS.items()]
    return "\n".join(lines) + "\n"


# The policy <meta> of a page as overrides/main.html writes it, up to its script-src directive.
_PAGE_SCRIPT_SOURCES = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src')


def allowing_inline_script(page: bytes, script: bytes) -> bytes:
    """`page` with its policy <meta> allowing the one inline script whose text is `script`, by its
    hash (CSP Level 2): for the live-reload script `mkdocs serve` adds to every page it serves, which
    the site's policy refuses like any other inline script. Never in a built page."""
    digest = base64.b64encode(hashlib.sha256(script).digest())
    return _PAGE_SCRIPT_SOURCES.sub(
        lambda found: found[0] + b" &#39;sha256-" + digest + b"&#39;", page, count=1
    )
