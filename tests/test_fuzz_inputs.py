"""Property-based tests: hostile YAML and front matter either load or give the project's own error.

Never a crash with another exception, and never markup let through unescaped.
"""

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from programme_site.errors import SiteError
from programme_site.models import parse_contacts, parse_news
from programme_site.page_sources import check_page_source
from programme_site.render import render_contacts, render_item_page, render_news
from programme_site.yaml_source import parse_yaml

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

HOSTILE_TEXT = st.sampled_from(
    ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</h2><iframe>", "&lt;b&gt;", "{{ 7*7 }}"]
)
TEXT = st.one_of(HOSTILE_TEXT, st.text(max_size=30))
SCALAR = st.one_of(TEXT, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
LOCALISED = st.one_of(
    st.fixed_dictionaries({"fi": TEXT, "sv": TEXT}),
    st.dictionaries(st.sampled_from(["fi", "sv", "en"]), SCALAR, max_size=3),
    SCALAR,
)
NEWS_ITEM = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8})?", fullmatch=True), SCALAR),
        "date": st.one_of(st.dates().map(str), TEXT),
        "type": st.sampled_from(["uutinen", "tiedote", "blogi", ""]),
        "title": LOCALISED,
        "body": LOCALISED,
        "links": st.lists(
            st.fixed_dictionaries({"title": LOCALISED, "url": st.one_of(TEXT, st.just("https://a.fi/"))})
        ),
        "extra": SCALAR,
    },
)
CONTACT = st.fixed_dictionaries(
    {},
    optional={
        "id": st.from_regex(r"[a-z]{1,6}", fullmatch=True),
        "name": LOCALISED,
        "title": LOCALISED,
        "email": st.one_of(st.emails(), TEXT),
        "phone": st.one_of(st.just("+358 2950 47582"), TEXT),
        "website": st.one_of(st.just("https://example.org/"), TEXT),
    },
)


def as_document(structure: Any) -> Any:
    """Round-trip through the project's YAML loader, as an editor's file would be read."""
    return parse_yaml(yaml.safe_dump(structure, allow_unicode=True), "data/fuzz.yaml")


def assert_escaped(html: str) -> None:
    for dangerous in ("<script", "<img", "<iframe", "</h2><"):
        assert dangerous not in html


@FUZZ
@given(st.text(max_size=200))
def test_any_text_as_yaml_loads_or_gives_site_error(text: str) -> None:
    try:
        parse_yaml(text, "data/fuzz.yaml")
    except SiteError as error:
        assert str(error).startswith("data/fuzz.yaml")


@FUZZ
@given(st.lists(NEWS_ITEM, max_size=4))
def test_news_loads_or_gives_site_error_and_renders_escaped(items: list[dict[str, Any]]) -> None:
    try:
        news = parse_news("data/news.yaml", as_document({"news": items}), today=date(2026, 11, 25))
    except SiteError as error:
        assert str(error).startswith("data/news.yaml")
        return
    for language in ("fi", "sv"):
        assert_escaped(render_news(news, language, heading=2, page_url="ajankohtaista/"))
        for item in news:
            assert_escaped(render_item_page(item, language))


@FUZZ
@given(st.lists(CONTACT, max_size=4))
def test_contacts_load_or_give_site_error_and_render_escaped(contacts: list[dict[str, Any]]) -> None:
    ids = [c["id"] for c in contacts if isinstance(c.get("id"), str)]
    try:
        loaded, _ = parse_contacts(
            "data/contacts.yaml", as_document({"contacts": contacts, "sections": {"s": ids or ["x"]}})
        )
    except SiteError as error:
        assert str(error).startswith("data/contacts.yaml")
        return
    for language in ("fi", "sv"):
        assert_escaped(render_contacts(tuple(loaded.values()), language))


@FUZZ
@given(
    front=st.one_of(
        st.text(max_size=80), st.dictionaries(st.text(max_size=8), SCALAR, max_size=4).map(yaml.safe_dump)
    ),
    closed=st.booleans(),
    tail=st.binary(max_size=40),
)
def test_front_matter_and_bytes_are_accepted_or_reported(
    tmp_path: Path, front: str, closed: bool, tail: bytes
) -> None:
    page = tmp_path / "sivu.md"
    page.write_bytes(b"---\n" + front.encode() + (b"\n---\n" if closed else b"\n") + b"# Otsikko\n" + tail)
    try:
        check_page_source(page, "docs/fi/sivu.md", date(2026, 11, 25))
    except SiteError as error:
        assert str(error).startswith("docs/fi/sivu.md")
