"""Property-based tests: hostile YAML and front matter either load or give the project's own error.

Never a crash with another exception, in bounded time and memory, and never markup
let through unescaped.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import fixture_project
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from programme_site.checker.run import check_project
from programme_site.checker.translation_lock import parse_translation_lock, read_lock
from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import MAX_DEPTH, load_yaml, parse_yaml
from programme_site.core.site_config import read_nav
from programme_site.core.text_language import MIN_LETTERS
from programme_site.data.load import load_site_data, parse_contacts, parse_news
from programme_site.html.render import render_contacts, render_item_page, render_news
from programme_site.pages.sources import check_page_source

TODAY = date(2026, 11, 25)
FUZZ = settings(
    max_examples=60,
    deadline=10_000,  # generous: the machine is shared; a recursing or looping loader still fails it
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

HOSTILE_TEXT = st.sampled_from(
    ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</h2><iframe>", "&lt;b&gt;", "{{ 7*7 }}"]
)
TEXT = st.one_of(HOSTILE_TEXT, st.text(max_size=30))
# A text the validation accepts, with markup in it: what the escaping must handle.
VALID_HOSTILE = st.builds(
    lambda hostile, plain: f"{plain.strip()} {hostile}".strip(),
    HOSTILE_TEXT,
    # Without what would make a (refused) link or e-mail address (@, mailto:) or an invisible character
    # (core/text_bounds.py), and too short for the language rule to tell its language (random letters may
    # look like either): those are other tests' business.
    st.text(
        st.characters(
            codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Zl", "Zp"), exclude_characters="[]()!@:"
        ),
        max_size=MIN_LETTERS - 1,
    ),
)
LOCALISED = st.fixed_dictionaries({"fi": VALID_HOSTILE, "sv": VALID_HOSTILE})
IDS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
VALID_NEWS = st.fixed_dictionaries(
    {
        "id": IDS,
        "date": st.dates(min_value=date(2000, 1, 1), max_value=TODAY).map(date.isoformat),
        "type": st.sampled_from(["uutinen", "tiedote"]),
        "title": LOCALISED,
        "body": LOCALISED,
    },
    optional={
        "links": st.lists(
            st.fixed_dictionaries({"title": LOCALISED, "url": st.just("https://a.fi/")}),
            min_size=1,
            max_size=2,
        )
    },
)
VALID_CONTACT = st.fixed_dictionaries(
    {"id": IDS, "name": st.one_of(LOCALISED, VALID_HOSTILE)},
    optional={"title": LOCALISED, "role": LOCALISED, "phone": st.just("+358 2950 47582")},
)

# Any YAML value: odd types, nesting (also deeper than the loader allows) and big texts.
SCALAR = st.one_of(TEXT, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
ANY_VALUE = st.recursive(
    st.one_of(SCALAR, st.text(min_size=1000, max_size=5000)),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=20,
)
DEEP = st.integers(1, 5 * MAX_DEPTH).map(lambda depth: "x: " + "[" * depth + "1" + "]" * depth + "\n")
YAML_TEXT = st.one_of(
    ANY_VALUE.map(lambda value: yaml.safe_dump(value, allow_unicode=True)),
    DEEP,
    st.text(max_size=200),
)

escapes_checked = 0  # examples whose rendering the escaping assertion read; asserted below


def as_document(structure: Any, shown: str) -> Any:
    """Round-trip through the project's YAML loader, as an editor's file would be read."""
    return parse_yaml(yaml.safe_dump(structure, allow_unicode=True), shown)


def assert_escaped(html: str) -> None:
    global escapes_checked
    for dangerous in ("<script", "<img", "<iframe", "</h2><"):
        assert dangerous not in html
    escapes_checked += 1


def assert_every_example_checked(prove: Callable[[], None]) -> None:
    """Run a rendering property; it must reach its escaping assertion, not stop at validation."""
    before = escapes_checked
    prove()
    assert escapes_checked - before >= FUZZ.max_examples  # at least two renderings per example


@FUZZ
@given(st.lists(VALID_NEWS, min_size=1, max_size=4, unique_by=lambda item: item["id"]))
def news_renders_escaped(items: list[dict[str, Any]]) -> None:
    news = parse_news("data/news.yaml", as_document({"news": items}, "data/news.yaml"), today=TODAY)
    event(f"{len(news)} news items rendered")
    for language in ("fi", "sv"):
        assert_escaped(render_news(news, language, heading=2, page_url="ajankohtaista/", today=TODAY))
        for item in news:
            assert_escaped(render_item_page(item, language, TODAY))


@FUZZ
@given(st.lists(VALID_CONTACT, min_size=1, max_size=4, unique_by=lambda contact: contact["id"]))
def contacts_render_escaped(contacts: list[dict[str, Any]]) -> None:
    ids = [contact["id"] for contact in contacts]
    document = as_document({"contacts": contacts, "sections": {"s": ids}}, "data/contacts.yaml")
    _, sections = parse_contacts("data/contacts.yaml", document)
    for language in ("fi", "sv"):
        assert_escaped(render_contacts(sections["s"], language))


def test_valid_news_with_markup_renders_escaped() -> None:
    assert_every_example_checked(news_renders_escaped)


def test_valid_contacts_with_markup_render_escaped() -> None:
    assert_every_example_checked(contacts_render_escaped)


def accepted_or_reported(load: Callable[[], object], shown: str) -> None:
    try:
        load()
    except SiteError as error:
        for problem in error.errors:  # each problem of several is one line about the file
            assert str(problem).startswith(shown)
            assert "\n" not in str(problem)


@FUZZ
@given(YAML_TEXT)
def test_any_yaml_text_loads_or_gives_site_error(text: str) -> None:
    accepted_or_reported(lambda: parse_yaml(text, "data/fuzz.yaml"), "data/fuzz.yaml")


@FUZZ
@given(ANY_VALUE, ANY_VALUE)
def test_odd_data_documents_load_or_give_site_error(news: Any, contacts: Any) -> None:
    accepted_or_reported(
        lambda: parse_news("data/news.yaml", as_document({"news": news}, "data/news.yaml"), today=TODAY),
        "data/news.yaml",
    )
    accepted_or_reported(
        lambda: parse_contacts(
            "data/contacts.yaml",
            as_document({"contacts": contacts, "sections": news}, "data/contacts.yaml"),
        ),
        "data/contacts.yaml",
    )
    accepted_or_reported(
        lambda: parse_translation_lock(
            "translations.lock", as_document(news, "translations.lock"), "Run make sync."
        ),
        "translations.lock",
    )


@FUZZ
@given(
    front=st.one_of(YAML_TEXT, st.dictionaries(st.text(max_size=8), SCALAR, max_size=4).map(yaml.safe_dump)),
    closed=st.booleans(),
    tail=st.binary(max_size=40),
)
def test_front_matter_and_bytes_are_accepted_or_reported(
    tmp_path: Path, front: str, closed: bool, tail: bytes
) -> None:
    page = tmp_path / "sivu.md"
    page.write_bytes(b"---\n" + front.encode() + (b"\n---\n" if closed else b"\n") + b"# Otsikko\n" + tail)
    accepted_or_reported(lambda: check_page_source(page, "docs/fi/sivu.md", TODAY), "docs/fi/sivu.md")


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_project(tmp_path_factory.mktemp("fuzz") / "project")


# The files every loader and the checker read, and what an example writes into each.
PLANTED = {
    "data/news.yaml": lambda text: text,
    "data/contacts.yaml": lambda text: text,
    "data/language_specific_links.yaml": lambda text: text,
    "translations.lock": lambda text: text,
    "mkdocs.yml": lambda text: text,
    "docs/sv/verkosto.md": lambda text: f"---\n{text}---\n\n# Nätverket\n",
}


@settings(FUZZ, max_examples=25, deadline=30_000)
@given(target=st.sampled_from(sorted(PLANTED)), text=YAML_TEXT)
def test_every_loader_and_the_checker_report_hostile_files(
    fuzz_project: Path, target: str, text: str
) -> None:
    path = fuzz_project / target
    original = path.read_bytes()
    path.write_text(PLANTED[target](text), encoding="utf-8")
    tracemalloc.start()
    try:
        for shown, load in (
            ("data/", lambda: load_site_data(fuzz_project, TODAY)),
            ("translations.lock", lambda: read_lock(fuzz_project)),
            ("mkdocs.yml", lambda: read_nav(fuzz_project)),
            (target, lambda: load_yaml(path, target)),
        ):
            accepted_or_reported(load, shown)
        for finding in check_project(fuzz_project).findings:
            assert "\n" not in str(finding)
        # Memory stays bounded: no loader builds a structure far beyond its input.
        assert tracemalloc.get_traced_memory()[1] < 200 << 20
    finally:
        tracemalloc.stop()
        path.write_bytes(original)
