"""How the live preview chooses the pages a build makes (site/preview.py), on made-up inputs; the
real thing is proved against whole builds under `mkdocs serve` in tests/hooks/test_preview.py."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fixture_site import FIXTURE
from jinja2 import Environment, FileSystemLoader

from programme_site.core.site_config import MarkdownConfig
from programme_site.data.load import load_site_data
from programme_site.data.model import SiteData
from programme_site.html.markers import MARKER_DATA, MARKERS, PLACEHOLDER, expand_markers
from programme_site.html.news_pages import GeneratedPage
from programme_site.html.render import render_untranslated_page
from programme_site.pages.sources import PageSource
from programme_site.site.preview import KeptBlocks, PreviewSession, TemplateCache, input_stamps
from programme_site.site.state import BuildState

DAY = date(2026, 12, 1)
SOURCES = {
    source: PageSource(f"docs/{source}", text, 1)
    for source, text in {
        "fi/index.md": "# Etusivu\n\n<!-- data:news latest=3 -->\n\n<!-- data:contacts section=lyhyt -->\n",
        "sv/index.md": "# Startsida\n\n<!-- data:news latest=3 -->\n\n<!-- data:contacts section=lyhyt -->\n",
        "fi/yhteystiedot.md": "# Yhteystiedot\n\n<!-- data:contacts section=johto -->\n",
        # Not yet translated: the Swedish page shows the Finnish text, and so its contacts.
        "sv/yhteystiedot.md": "---\nuntranslated: true\n---\n",
        "fi/verkosto.md": "# Verkosto\n",
        "sv/verkosto.md": "# Nätverket\n",
    }.items()
}
DATA = load_site_data(FIXTURE, DAY)
NEWS = ("fi/ajankohtaista/2025-10-14-x.md", "sv/ajankohtaista/2025-10-14-x.md")
STAMPS = {
    "mkdocs.yml": (1, 10),
    "data/contacts.yaml": (1, 10),
    "data/news.yaml": (1, 10),
    "data/programme.yaml": (1, 10),
    **{f"docs/{source}": (1, 10) for source in SOURCES},
}


def build_state(data: SiteData = DATA, day: date = DAY, news: tuple[str, ...] = NEWS) -> BuildState:
    """A build's state once past its checks, as the preview sees it."""
    pages = {path: GeneratedPage(path, "", day) for path in news}
    return BuildState(FIXTURE, day, data, pages, SOURCES, MarkdownConfig([], {}), None)


def after_one_build() -> PreviewSession:
    preview = PreviewSession()
    assert preview.start_build(STAMPS, build_state(), set()).pages is None
    preview.finish()
    return preview


def changed(*paths: str) -> dict[str, tuple[int, int]]:
    return {path: (2, 10) if path in paths else stamp for path, stamp in STAMPS.items()}


# A contact of the section `johto` only, a contact of both sections, and a news item: data as a save
# of data/contacts.yaml or data/news.yaml would change it.
JOHTO_ONLY = replace(DATA, sections={**DATA.sections, "johto": ()})
IN_BOTH = replace(DATA, sections={name: contacts[:-1] for name, contacts in DATA.sections.items()})
NEWS_ITEM = replace(DATA, news=DATA.news[1:])


@pytest.mark.parametrize(
    ("paths", "data", "pages"),
    [
        ((), DATA, set()),
        (("docs/fi/verkosto.md",), DATA, {"fi/verkosto.md", "sv/verkosto.md"}),
        (("docs/sv/verkosto.md",), DATA, {"fi/verkosto.md", "sv/verkosto.md"}),
        (("data/contacts.yaml",), JOHTO_ONLY, {"fi/yhteystiedot.md", "sv/yhteystiedot.md"}),
        (
            ("data/contacts.yaml",),
            IN_BOTH,
            {"fi/yhteystiedot.md", "sv/yhteystiedot.md", "fi/index.md", "sv/index.md"},
        ),
        (("data/contacts.yaml",), DATA, set()),  # a comment or spacing: no page shows it
        (("data/news.yaml",), NEWS_ITEM, {"fi/index.md", "sv/index.md", *NEWS}),
    ],
)
def test_a_page_or_data_edit_rebuilds_the_pages_that_show_it_in_both_languages(
    paths: tuple[str, ...], data: SiteData, pages: set[str]
) -> None:
    plan = after_one_build().start_build(changed(*paths), build_state(data), set())
    assert plan.pages == pages
    assert plan.feeds == (data.news != DATA.news)  # the news feeds only when the news changed


@pytest.mark.parametrize(
    ("stamps", "day", "news", "titled_by_page", "reason"),
    [
        (changed("mkdocs.yml"), DAY, NEWS, set(), "mkdocs.yml changed"),
        (changed("data/programme.yaml"), DAY, NEWS, set(), "data/programme.yaml changed"),
        ({**STAMPS, "docs/fi/uusi.md": (1, 1)}, DAY, NEWS, set(), "a file added or removed"),
        (STAMPS, DAY, NEWS[:1], set(), "a file added or removed"),
        (STAMPS, date(2026, 12, 2), NEWS, set(), "a new day"),
        (
            changed("docs/fi/verkosto.md"),
            DAY,
            NEWS,
            {"verkosto.md"},
            "a page whose title the navigation shows changed",
        ),
    ],
)
def test_anything_else_rebuilds_the_whole_site(
    stamps: dict[str, tuple[int, int]],
    day: date,
    news: tuple[str, ...],
    titled_by_page: set[str],
    reason: str,
) -> None:
    plan = after_one_build().start_build(stamps, build_state(DATA, day, news), titled_by_page)
    assert (plan.pages, plan.reason, plan.feeds) == (None, reason, True)


def test_a_build_that_did_not_finish_leaves_the_next_one_whole() -> None:
    preview = after_one_build()
    assert preview.start_build(changed("docs/fi/verkosto.md"), build_state(), set()).pages is not None
    plan = preview.start_build(STAMPS, build_state(), set())  # the previous one failed: no finish()
    assert (plan.pages, plan.reason) == (None, "no finished build to start from")


def test_the_next_build_takes_the_checked_pages_of_the_same_day_and_the_data_of_its_unchanged_files() -> None:
    preview = after_one_build()
    assert preview.checked(DAY) is SOURCES
    assert preview.checked(date(2026, 12, 2)) == {}
    data = {path for path in STAMPS if path.startswith("data/")}
    assert preview.earlier_data(changed("docs/fi/verkosto.md"), DAY) == (preview.state, data)
    contacts = preview.earlier_data(changed("data/contacts.yaml"), DAY)
    assert contacts == (preview.state, data - {"data/contacts.yaml"})
    added = preview.earlier_data({**STAMPS, "data/uusi.yaml": (1, 1)}, DAY)
    assert added == (preview.state, data)  # the new file is not among the unchanged
    nothing: tuple[None, frozenset[str]] = (None, frozenset())
    assert preview.earlier_data(changed("mkdocs.yml"), DAY) == nothing  # as for the news pages' templates
    assert preview.earlier_data(STAMPS, date(2026, 12, 2)) == nothing


def test_every_marker_says_what_of_the_data_it_shows() -> None:
    assert set(MARKER_DATA) == set(MARKERS)


def test_a_skipped_page_keeps_its_own_search_entries_in_the_whole_order() -> None:
    preview = PreviewSession()
    entries: list[dict[str, str]] = []
    for language in ("fi", "sv"):
        preview.start_language(language, [f"{language}/a.md", f"{language}/b.md"])
        entries = []
        for page in ("a", "b"):
            entries.append({"location": f"{language}/{page}/"})
            preview.record(language, f"{language}/{page}.md", "2026-12-01", page, None, entries)
    # A later build makes only fi/b.md: its entries replace its own, the others stay in place.
    preview.start_language("fi", ["fi/a.md", "fi/b.md"])
    preview.record("fi", "fi/b.md", "2026-12-01", "b", None, [{"location": "b/", "text": "new"}])
    assert preview.search_entries() == [
        {"location": "fi/a/"},
        {"location": "b/", "text": "new"},
        {"location": "sv/a/"},
        {"location": "sv/b/"},
    ]


def test_stamps_name_files_inside_the_project_by_their_path_from_it(tmp_path: Path) -> None:
    project, outside = tmp_path / "project", tmp_path / "package.py"
    (project / "docs" / "fi").mkdir(parents=True)
    (project / "docs" / "fi" / "index.md").write_text("# Etusivu\n", encoding="utf-8")
    (project / "docs" / "__pycache__").mkdir()
    (project / "docs" / "__pycache__" / "x.pyc").write_bytes(b"")
    outside.write_text("x = 1\n", encoding="utf-8")
    stamps = input_stamps(project, [project / "docs", outside])
    assert sorted(stamps) == sorted(["docs/fi/index.md", outside.as_posix()])


def test_the_session_compiles_each_template_once_until_its_source_or_the_extensions_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = TemplateCache()
    compiled = []
    compile_ = Environment.compile

    def counted(environment: Environment, *args: Any, **kwargs: Any) -> Any:
        compiled.append(args[1] if len(args) > 1 else kwargs.get("name"))
        return compile_(environment, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counted)
    (tmp_path / "page.html").write_text("{% for x in xs %}{{ x }}{% endfor %}", encoding="utf-8")

    def render(*extensions: str) -> str:
        # A new environment for each build, as MkDocs makes one.
        environment = Environment(
            loader=FileSystemLoader(tmp_path), bytecode_cache=cache, extensions=extensions
        )
        return environment.get_template("page.html").render(xs=[1, 2])

    assert render() == render() == "12"
    assert compiled == ["page.html"]
    render("jinja2.ext.loopcontrols")  # what a template compiles to depends on the extensions
    assert len(compiled) == 2
    (tmp_path / "page.html").write_text("{% for x in xs %}{{ x }}!{% endfor %}", encoding="utf-8")
    assert render() == "1!2!"
    assert len(compiled) == 3


@dataclass
class Made:
    owner: object
    text: list[str]


def test_a_languages_files_are_reused_as_copies_while_made_from_the_same() -> None:
    session, first, second = PreviewSession(), object(), object()
    made = session.language_files("fi", ("a",), first, lambda: Made(first, ["a"]), reuse=True)
    made.text.append("changed by its build")
    again = session.language_files("fi", ("a",), second, lambda: Made(second, ["new"]), reuse=True)
    assert again == Made(second, ["a"])  # the first build's, as made, belonging to this build
    assert session.language_files("fi", ("a",), first, lambda: Made(first, ["b"]), reuse=False).text == ["b"]
    assert session.language_files("fi", ("c",), first, lambda: Made(first, ["c"]), reuse=True).text == ["c"]
    assert session.language_files("sv", ("c",), first, lambda: Made(first, ["sv"]), reuse=True).text == ["sv"]


SEARCH_PAGE = object()  # what the search plugin reads of a page beside its content: the hook's own
CONVERTED = "<h1>Yhteystiedot</h1>\n" + PLACEHOLDER.format(0)  # MkDocs' conversion of yhteystiedot.md


def contacts_content(language: str, data: SiteData = DATA) -> str:
    """yhteystiedot.md's content in `language` with its block made from `data`: the Swedish page, not
    yet translated, shows the Finnish text and its block in the Swedish notice."""
    expansion = expand_markers(SOURCES["fi/yhteystiedot.md"].text, data, "fi", "docs/fi/x.md", "", DAY)
    content = expansion.insert(CONVERTED)
    return content if language == "fi" else render_untranslated_page(content, language, "fi")


def build_contacts_page(preview: PreviewSession, language: str, served: Path, finished: str = "") -> None:
    """yhteystiedot.md built in `language` as under the preview, its `finished` page written to
    `served` (by default the content in a page of its own)."""
    expansion = expand_markers(SOURCES["fi/yhteystiedot.md"].text, DATA, "fi", "docs/fi/x.md", "", DAY)
    content = contacts_content(language)
    finished = finished or f"<html><body>{content}</body></html>"
    served.write_text(finished, encoding="utf-8")
    source = f"{language}/yhteystiedot.md"
    preview.start_language(language, [source])
    preview.convert(source, expansion, CONVERTED, content)
    blocks = preview.blocks(source, content, finished, str(served), SEARCH_PAGE)
    preview.record(language, source, "2026-12-01", "Yhteystiedot", None, [{"location": "old"}], blocks)


def test_a_data_edit_patches_a_page_whose_blocks_are_kept_with_its_new_content_and_search_entries(
    tmp_path: Path,
) -> None:
    preview = after_one_build()
    build_contacts_page(preview, "fi", tmp_path / "fi.html")
    build_contacts_page(preview, "sv", tmp_path / "sv.html")
    plan = preview.start_build(changed("data/contacts.yaml"), build_state(JOHTO_ONLY), set())
    assert plan.pages == set()
    assert plan.patched == {
        f"{language}/yhteystiedot.md": contacts_content(language, JOHTO_ONLY) for language in ("fi", "sv")
    }
    searched: list[tuple[object, str]] = []

    def search_entries(page: object, content: str) -> tuple[dict[str, Any], ...]:
        searched.append((page, content))
        return ({"location": "new"},)

    preview.patch("fi", search_entries)
    new = contacts_content("fi", JOHTO_ONLY)
    assert new != contacts_content("fi")
    assert (tmp_path / "fi.html").read_text(encoding="utf-8") == f"<html><body>{new}</body></html>"
    assert (tmp_path / "sv.html").read_text(
        encoding="utf-8"
    ) == f"<html><body>{contacts_content('sv')}</body></html>"
    assert searched == [(SEARCH_PAGE, new)]
    record = preview.records[("fi", "fi/yhteystiedot.md")]
    assert record.search_entries == ({"location": "new"},)
    assert record.blocks is not None and record.blocks.content == new  # patchable again


def test_a_page_without_kept_blocks_or_whose_blocks_fail_is_rebuilt(tmp_path: Path) -> None:
    preview = after_one_build()
    build_contacts_page(preview, "fi", tmp_path / "fi.html")
    plan = preview.start_build(changed("data/contacts.yaml"), build_state(JOHTO_ONLY), set())
    assert (plan.pages, set(plan.patched)) == ({"sv/yhteystiedot.md"}, {"fi/yhteystiedot.md"})
    preview.finish()
    # The section gone: the block cannot be made, and the rebuild reports it as a whole build would.
    gone = replace(DATA, sections={name: c for name, c in DATA.sections.items() if name != "johto"})
    plan = preview.start_build({**STAMPS, "data/contacts.yaml": (3, 10)}, build_state(gone), set())
    assert (plan.pages, plan.patched) == ({"fi/yhteystiedot.md", "sv/yhteystiedot.md"}, {})


@pytest.mark.parametrize(
    ("finished", "content"),
    [
        ("<p>{content}</p><p>{content}</p>", None),  # twice in the page: which one to swap is unknown
        ("<p>{content}</p>", "<p>changed by another plugin</p>"),
        ('<p>{content}</p><input type="checkbox" autocomplete="off">', None),  # outside: no matter
    ],
)
def test_blocks_are_kept_only_where_swapping_the_content_is_exact(
    tmp_path: Path, finished: str, content: str | None
) -> None:
    preview = PreviewSession()
    expansion = expand_markers(SOURCES["fi/yhteystiedot.md"].text, DATA, "fi", "docs/fi/x.md", "", DAY)
    made = expansion.insert(CONVERTED)
    preview.convert("fi/yhteystiedot.md", expansion, CONVERTED, made)
    page = finished.format(content=made)
    blocks = preview.blocks("fi/yhteystiedot.md", content or made, page, "x.html", SEARCH_PAGE)
    expected = (
        KeptBlocks(expansion, CONVERTED, made, "x.html", SEARCH_PAGE) if page.count(made) == 1 else None
    )
    assert blocks == (None if content else expected)
    assert preview.blocks("fi/yhteystiedot.md", made, page, "x.html", SEARCH_PAGE) is None  # taken once
