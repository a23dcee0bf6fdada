"""hreflang links are absolute with an x-default; the selector keeps relative links."""

from urllib.parse import urljoin

from programme_site.theme.alternates import _absolute, language_alternates

I18N_ALTERNATES = [
    {"name": "Suomi", "lang": "fi", "link": "kotoutuminen/"},
    {"name": "Svenska", "lang": "sv", "link": "sv/kotoutuminen/"},
]


def test_alternates_get_full_urls_and_keep_relative_links() -> None:
    links = language_alternates(I18N_ALTERNATES, "https://example.fi/")
    assert links == [
        {"name": "Suomi", "lang": "fi", "link": "https://example.fi/kotoutuminen/", "href": "kotoutuminen/"},
        {
            "name": "Svenska",
            "lang": "sv",
            "link": "https://example.fi/sv/kotoutuminen/",
            "href": "sv/kotoutuminen/",
        },
        {
            "name": "Suomi",
            "lang": "x-default",
            "link": "https://example.fi/kotoutuminen/",
            "href": "kotoutuminen/",
        },
    ]


def test_language_roots_keep_the_site_path() -> None:
    roots = [
        {"name": "Suomi", "lang": "fi", "link": "/ohjelma/"},
        {"name": "Svenska", "lang": "sv", "link": "/ohjelma/sv/"},
    ]
    links = language_alternates(roots, "https://example.fi/ohjelma/")
    assert [link["link"] for link in links] == [
        "https://example.fi/ohjelma/",
        "https://example.fi/ohjelma/sv/",
        "https://example.fi/ohjelma/",
    ]


def test_a_link_is_joined_to_the_site_address_as_urljoin_would() -> None:
    for site_url in ("https://example.fi/", "https://example.fi/ohjelma/", "https://example.fi/ohjelma", ""):
        for link in (
            "kotoutuminen/",
            "sv/",
            "/ohjelma/sv/",
            "../x/",
            "./x/",
            "a/../b/",
            "#top",
            "?q=1",
            "https://x.fi/",
            "",
        ):
            assert _absolute(site_url, link) == urljoin(site_url, link), (site_url, link)
