"""The HTTP security headers the site is served with, in one table.

The same table produces the `_headers` file for static hosts (Netlify,
Cloudflare Pages), the nginx snippet, and the Content-Security-Policy `<meta>`
in every page for hosts that send no headers of their own (GitHub Pages).
"""

from __future__ import annotations

# The policy the built site satisfies: no inline scripts (the theme's are moved
# to files), no third-party hosts. data: images are the theme's CSS icons.
POLICY_DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
CONTENT_SECURITY_POLICY = "; ".join(POLICY_DIRECTIVES)
# Browsers ignore these in a <meta> policy; only a header can carry them.
HEADER_ONLY_DIRECTIVES = ("frame-ancestors", "report-uri", "sandbox")
# The same policy in every page, for hosts that send no headers (GitHub Pages): overrides/main.html.
META_CONTENT_SECURITY_POLICY = "; ".join(
    directive for directive in POLICY_DIRECTIVES if directive.split()[0] not in HEADER_ONLY_DIRECTIVES
)

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
    lines = ["# Generated from src/programme_site/build/http_headers.py; do not edit.", "/*"]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    return "\n".join(lines) + "\n"


def nginx_snippet() -> str:
    """An nginx `include` for the server block; `always` adds the headers to error pages too."""
    lines = [
        "# Security headers for the programme site. Generated from",
        "# src/programme_site/build/http_headers.py by `make hosting`; do not edit by hand.",
        "# Use inside the site's server { } block: include /path/to/security-headers.conf;",
    ]
    lines += [f'add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(nginx_snippet(), end="")
