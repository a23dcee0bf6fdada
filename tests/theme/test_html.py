"""Corrections to Material's markup and script."""

import json
import re

import pytest

from programme_site.core.errors import SiteError
from programme_site.theme.html import (
    drop_checkbox_autocomplete,
    finish_page,
    kept_by_finish_page,
    set_search_base,
    skip_hreflang_sitemap_lookup,
)


def test_autocomplete_goes_from_checkboxes_only() -> None:
    html = (
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<input type="text" class="md-search__input" autocomplete="off">'
    )
    assert drop_checkbox_autocomplete(html) == (
        '<input class="md-toggle" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" autocomplete="off">'
    )


def config_of(html: str) -> dict[str, object]:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert match
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("base", "root", "expected"), [("../..", "sv/", "../../sv/"), ("/", "sv/", "/sv/"), (".", "", ".")]
)
def test_search_base_points_at_the_language_folder(base: str, root: str, expected: str) -> None:
    html = f'<p>x</p><script id="__config" type="application/json">{{"base": "{base}", "t": "a\\u003cb"}}</script>'
    fixed = set_search_base(html, root)
    assert config_of(fixed) == {"base": expected, "t": "a<b"}
    assert "a<b" not in fixed  # "<" stays escaped inside the script element


def test_theme_script_stops_looking_up_sitemaps_next_to_hreflang_links() -> None:
    script = 'x=M("link[rel=alternate]").map(y)'
    fixed = skip_hreflang_sitemap_lookup(script, "bundle.js")
    assert fixed == 'x=M("link[rel=alternate]:not([hreflang])").map(y)'
    assert skip_hreflang_sitemap_lookup(fixed, "bundle.js") == fixed


def test_changed_theme_script_stops_the_build_with_what_to_check() -> None:
    with pytest.raises(SiteError) as error:
        skip_hreflang_sitemap_lookup("x=querySelectorAll('link')", "site/assets/javascripts/bundle.1.min.js")
    assert str(error.value).startswith(
        "site/assets/javascripts/bundle.1.min.js: Material's JavaScript no longer contains "
        'M("link[rel=alternate]"). Check whether the theme still fetches sitemap.xml next to every hreflang link'
    )


@pytest.mark.parametrize(
    ("part", "kept"),
    [
        ('<ul class="contacts"><li><a href="tel:+358401234567">+358 40 123 4567</a></li></ul>', True),
        ('<input type="checkbox" autocomplete="off">', False),  # the correction would change it
        ('<input type="text" autocomplete="off">', True),
        ('<script id="__config" type="application/json">{}</script>', False),
        ("<p>a script</p>", True),
    ],
)
def test_a_part_the_page_corrections_leave_as_it_is_may_be_swapped_in_a_finished_page(
    part: str, kept: bool
) -> None:
    assert kept_by_finish_page(part) is kept
    page = f'<script id="__config" type="application/json">{{"base": ".."}}</script><main>{part}</main>'
    if kept:
        assert finish_page(page, "sv/").endswith(f"<main>{part}</main>")
