"""The site's one MkDocs hook: every event the build uses, in the order MkDocs runs them.

Each event only connects MkDocs to the domain in src/programme_site/ and turns a SiteError into a
clean build failure; the logic lives there. A build (mkdocs/commands/build.py) runs, in this order:
the configuration, the files, the navigation; each page's Markdown and HTML, page by page; the
template globals; the theme's own templates (404.html, sitemap.xml); each page's template context
and finished HTML, page by page; the end of the build. `mkdocs serve` adds its server once, and
under `--dirty` (`make serve`) the live preview rebuilds only the pages a save changed
(site/preview.py: the events below with "preview" in their comment).
mkdocs-static-i18n builds the default language first and each other language inside its
on_post_build, so every event below runs once per language, with `config.theme["language"]` the
language being built. Where the order against the i18n plugin matters, the priority is named
relative to its own (higher runs first):

    I18N = -100        its on_config, on_files, on_nav, on_post_page, on_post_build
    I18N_PAGES = 50    its on_page_markdown, on_page_context, on_template_context

tests/hooks/test_event_order.py traces a real build and fails when this file's order differs.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import date
from functools import partial, wraps
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ParamSpec, TypeVar

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

import programme_site
from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES, finnish_today, language_root
from programme_site.core.site_config import read_nav
from programme_site.core.ui_texts import ui_text
from programme_site.hosting.headers import (
    allowing_inline_script,
    page_content_security_policy,
    static_host_headers,
)
from programme_site.hosting.scripts import own_scripts
from programme_site.html.edit_links import EditLinks
from programme_site.html.feed import news_feed
from programme_site.html.markers import body_first_line, expand_markers, marker_names
from programme_site.html.render import render_page_date, render_untranslated_page
from programme_site.news.urls import feed_url
from programme_site.pages.dates import page_updated
from programme_site.pages.markup import take_recorded
from programme_site.pages.untranslated import published_text
from programme_site.search.index import language_search_index
from programme_site.search.shards import write_search_files
from programme_site.search.word_forms import add_word_forms
from programme_site.site.collection import (
    all_collections,
    collector_paused,
    no_collection_at_exit,
    young_collections_only,
)
from programme_site.site.preview import (
    THEME_PAGES,
    Plan,
    PreviewSession,
    SearchEntries,
    input_stamps,
    session,
    start_session,
)
from programme_site.site.state import BuildState
from programme_site.theme.alternates import language_alternates
from programme_site.theme.html import (
    drop_checkbox_autocomplete,
    finish_page,
    set_search_base,
    skip_hreflang_sitemap_lookup,
)
from programme_site.theme.search_entries import page_search_entries
from programme_site.theme.texts import theme_texts

I18N = -100
BEFORE_I18N = I18N + 150  # 50: before the plugin sorts the files into languages
AFTER_I18N = I18N - 100  # -200: after the plugin (and, on_post_build, after every language is built)

SEARCH_INDEX = Path("search") / "search_index.json"
# MkDocs' warning on every dirty build (mkdocs/commands/build.py), which strict mode turns into a
# failure. The live preview answers it: it rebuilds the whole site whenever more than the changed
# pages could change. Only this warning is dropped, and only under `mkdocs serve --dirty`.
DIRTY_BUILD_WARNING = "A 'dirty' build is being performed"
LOGGED_PAGES = 20  # pages named in the live preview's log line of each build

# MkDocs' own logger for plugins: its lines read `ERROR    -  file:line: …`, as PluginError's do.
_log = logging.getLogger("mkdocs.plugins.site_build")

P = ParamSpec("P")
R = TypeVar("R")

# The state of the build under way: made anew when the default language's build starts (a whole
# `mkdocs build`, or a rebuild under `mkdocs serve`), and used by the other languages' builds in it.
_build: BuildState | None = None


def _state() -> BuildState:
    assert _build is not None, "on_config starts the build before any other event"
    return _build


def _reported(event: Callable[P, R]) -> Callable[P, R]:
    """A SiteError from the domain becomes MkDocs' own build failure, no traceback: one line per
    problem (SiteErrors holds several), each an ERROR line of MkDocs' log, so that
    scripts/build_site.py can make each an annotation."""

    @wraps(event)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return event(*args, **kwargs)
        except SiteError as error:
            *listed, last = str(error).split("\n")
            for line in listed:
                _log.error(line)
            raise PluginError(last) from None

    return run


def _project_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, absolute: `mkdocs build -f mkdocs.yml` gives a relative path."""
    return Path(config.config_file_path).resolve().parent


def _language(config: MkDocsConfig) -> str:
    return str(config.theme["language"])


def _text_language(page: Page, config: MkDocsConfig) -> str:
    """The language of a page's text: on a page not yet translated it is not the build's."""
    return getattr(page.file, "locale", _language(config))


def _not_dirty_build_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(DIRTY_BUILD_WARNING)


# 0. Once, before the first build: the process will end without a last collection
# (site/collection.py), and `mkdocs serve --dirty` starts the live preview (the i18n plugin reads
# --dirty from the command line for its other languages' builds, so both languages agree).
def on_startup(command: str, dirty: bool) -> None:
    no_collection_at_exit()
    if command == "serve" and dirty:
        start_session()
        logging.getLogger("mkdocs.commands.build").addFilter(_not_dirty_build_warning)


def _inputs(config: MkDocsConfig) -> list[Path]:
    """What a build reads: the files `on_serve` and MkDocs watch, and the hooks."""
    root = _project_root(config)
    inputs = [Path(config.config_file_path), Path(config.docs_dir), root / "data", root / "hooks"]
    inputs.append(Path(programme_site.__file__).parent)
    if config.theme.custom_dir:
        inputs.append(Path(config.theme.custom_dir))
    return inputs


def _forget_earlier_search_index(config: MkDocsConfig) -> None:
    """Preview: Material's search plugin lives as long as the server and, under --dirty, merges each
    build's entries into the previous build's index (`search_index_prev`); the i18n plugin's merge of
    the languages feeds that index back in, so it doubled with every rebuild, and so did its cost. The
    preview writes the index from its own records (`_write_search_indexes`): each build starts the
    plugin from nothing."""
    search = config.plugins.get("material/search")
    if search is not None:
        search.search_index_prev = None


def _reuse_language_files(preview: PreviewSession, config: MkDocsConfig) -> None:
    """Preview: the i18n plugin re-creates every file of both languages in each language's build
    (`reconfigure_files`: a third of a two-page rebuild at 1 000 pages per language), from the files
    MkDocs found, the configuration and the language. While a rebuild makes only changed pages (the
    configuration, the theme and the set of files are the previous build's) and MkDocs hands it the
    same files, a copy of what it made in the previous build is the same."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return
    reconfigure = type(i18n).reconfigure_files

    def reconfigure_files(files: Files, mkdocs_config: MkDocsConfig) -> Files:
        language, plan = i18n.current_language, preview.plan
        made_from = tuple(tuple(vars(file).items()) for file in files)
        make = partial(reconfigure, i18n, files, mkdocs_config)
        reuse = plan is not None and plan.pages is not None
        return preview.language_files(language, made_from, i18n, make, reuse)

    i18n.reconfigure_files = reconfigure_files


def _start_preview_build(preview: PreviewSession, config: MkDocsConfig, today: date) -> BuildState:
    """A build's state under the live preview, from what its previous build left, and the pages it
    makes. The files' stamps are taken before the checks read them: a save during the build shows in
    the next one."""
    preview.collection.hold()
    _forget_earlier_search_index(config)
    _reuse_language_files(preview, config)
    root = _project_root(config)
    stamps = input_stamps(root, _inputs(config))
    checked, (earlier, unchanged) = preview.checked(today), preview.earlier_data(stamps, today)
    state = BuildState.start(root, Path(config.docs_dir), today, checked, earlier, unchanged)
    titled_by_page = {entry.page for entry in read_nav(root).entries if entry.page and entry.title is None}
    plan = preview.start_build(stamps, state, titled_by_page)
    whole = plan.pages is None
    if whole:
        preview.collection.resume()
    preview.begin_patched_entries(_patched_search_entries(config))
    _log.info("Live preview: %s (%s)", "the whole site" if whole else "changed pages only", plan.reason)
    return state


# 1. Configuration: after the i18n plugin has set the language of this build.
@event_priority(AFTER_I18N)
@_reported
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    if _language(config) == DEFAULT_LANGUAGE:
        preview, today = session(), finnish_today()
        if preview is None:
            young_collections_only()
            _build = BuildState.start(_project_root(config), Path(config.docs_dir), today)
        else:
            _build = _start_preview_build(preview, config, today)
    _state().languages_open += 1
    return config


def _plan() -> Plan | None:
    """The live preview's choice of pages for the build under way (None: no preview, every page)."""
    preview = session()
    return preview.plan if preview is not None else None


# 1b. Before the files are read (preview): a whole rebuild starts from an empty folder, as a build
# without --dirty does, so that nothing of a removed page or a failed build stays served.
def on_pre_build(config: MkDocsConfig) -> None:
    plan = _plan()
    if plan is not None and plan.pages is None and _language(config) == DEFAULT_LANGUAGE:
        clean_directory(config.site_dir)


# 2. Files: the news pages join the docs before the i18n plugin pairs each page's languages
# (it re-creates files from the docs folder, so their content comes in on_nav) ...
@event_priority(BEFORE_I18N)
@_reported
def _add_news_pages(files: Files, config: MkDocsConfig) -> Files:
    for source in _state().news_pages:
        # Out of the navigation: Material writes the whole nav into every page.
        files.append(
            File(
                source,
                config.docs_dir,
                config.site_dir,
                config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )
    return files


# ... and once the plugin has chosen this language's files, each page gets the text the checks read
# (pages/text.py), so that MkDocs converts exactly that; a page not yet translated gets the other
# language's text. `file.locale` is the plugin's own mark of a page in another language.
@event_priority(AFTER_I18N)
@_reported
def _give_checked_texts(files: Files, config: MkDocsConfig) -> Files:
    language, state = _language(config), _state()
    for file in files.documentation_pages():
        # Skip the other language's pages and the news pages, which have no file.
        if getattr(file, "locale", language) != language or file.src_uri not in state.sources:
            continue
        published = published_text(state.root, language, file.src_uri.removeprefix(f"{language}/"))
        if published:
            file.locale, file.content_string = published
        else:
            file.content_string = state.sources[file.src_uri].text
    return files


def _unchanged() -> bool:
    return False


# ... and under the preview, the pages this build does not make are marked unchanged: MkDocs' dirty
# build then neither converts nor writes them (File.is_modified), and their pages stay as served.
@event_priority(AFTER_I18N)
def _keep_unchanged(files: Files, config: MkDocsConfig) -> Files:
    plan = _plan()
    if plan is None or plan.pages is None:
        return files
    for file in files.documentation_pages():
        if not plan.rebuilds(file.src_uri):
            file.is_modified = _unchanged  # type: ignore[method-assign]
    return files


on_files = CombinedEvent(_add_news_pages, _give_checked_texts, _keep_unchanged)


# 3. Navigation (before the i18n plugin's): the news pages get their front matter, the rest of
# their Markdown being one HTML block that goes in as it is (html/news_pages.py).
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    pages = _state().news_pages
    for file in files:
        if file.src_uri in pages:
            file.content_string = pages[file.src_uri].front_matter
            file.generated_by = "site_build"
    return nav


# 4. Each page's Markdown (after the i18n plugin's), page by page: its date, then its data blocks.
@_reported
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = _state()
    path = f"docs/{page.file.src_uri}"
    # The date goes where MkDocs keeps it for the sitemap's <lastmod>. A news page has no file of
    # its own; its date is the item's, checked in data/news.yaml.
    generated = state.news_pages.get(page.file.src_uri) if page.file.generated_by else None
    updated = generated.updated if generated else None
    if updated is None:
        own = page.file.src_uri in state.sources and _text_language(page, config) == _language(config)
        source = state.root / path if own else None
        updated = page_updated(page.file.content_string, path, source, state.today)
    page.update_date = updated.isoformat()
    first_line = body_first_line(page.file.content_string, markdown)
    expansion = expand_markers(
        markdown, state.data, _text_language(page, config), path, page.url, state.today, first_line
    )
    state.expansions[page.file.src_uri] = expansion
    return expansion.markdown


# 5. Each page's HTML: what Markdown made of it is judged (pages/markup.py: the whole build stops
# at on_env if anything is refused), then the data blocks go in, and a page not yet translated gets
# its notice; the preview keeps what redoes the blocks without MkDocs.
@_reported
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = _state()
    expansion = state.expansions.pop(page.file.src_uri)
    markup = take_recorded()
    language, text_language = _language(config), _text_language(page, config)
    generated = state.news_pages.get(page.file.src_uri) if page.file.generated_by else None
    if generated is None:  # a news page is the build's own HTML, from checked data
        name = page.file.src_uri.removeprefix(f"{language}/")
        state.judge(f"{text_language}/{name}", markup, expansion.placeholders)
    content = expansion.insert(html) if generated is None else generated.html
    if text_language != language:
        content = render_untranslated_page(content, language, text_language)
    preview = session()
    if preview is not None and expansion.blocks:
        preview.convert(page.file.src_uri, expansion, html, content)
    return content


def _feed_title(config: MkDocsConfig) -> str:
    return f"{ui_text('news_feed_title', _language(config))} - {config.site_name}"


# 6. The theme's template globals, once every page of this language is converted and before any is
# written: a page whose markup is refused stops the build here.
@_reported
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    _state().raise_markup_problems()
    language = _language(config)
    preview = session()
    if preview is not None:
        env.bytecode_cache = preview.templates  # before any template of this build is loaded
        _restore_skipped_pages(preview, config, files, language)
    env.globals.update(
        site_text=partial(ui_text, language=language),
        language_root=language_root(language),
        # The 404 page speaks every language: GitHub Pages serves the root one at /sv/… addresses too.
        ui_text=ui_text,
        other_languages={other: language_root(other) for other in LANGUAGES if other != language},
        content_security_policy=page_content_security_policy(
            config.site_url or "", own_scripts((file.url for file in files), config.extra_javascript)
        ),
        # overrides/main.html links the feed from every page's head.
        news_feed_url=feed_url(language),
        news_feed_title=_feed_title(config),
        # overrides/partials/language.html: the theme's own texts, each looked up once a build.
        theme_text=theme_texts(env, language),
        # overrides/main.html: every page's banner once the programme has ended; the 404 page's in
        # every language.
        archive_notice=_state().archive_notice,
    )
    return env


def _restore_skipped_pages(
    preview: PreviewSession, config: MkDocsConfig, files: Files, language: str
) -> None:
    """Preview: a page this build skipped gets back what the sitemap, other pages' links and the
    navigation read of it, from the build that made it; and the theme's sitemap and 404 page are not
    made again by a build that makes no page (`theme_pages_kept`)."""
    # The pages a build makes (draft pages, which the project has none of, aside: MkDocs makes them
    # only in the default language's build under serve).
    pages = [file.page for file in files.documentation_pages()]
    built = []
    for page in pages:
        assert page is not None, "MkDocs makes a page of every documentation file before on_env"
        if page.markdown is not None:  # converted in this build
            built.append(page.file.src_uri)
            continue
        record = preview.records[(language, page.file.src_uri)]
        page.update_date = record.update_date
        if page.title is None:
            page.title = record.title
        page.present_anchor_ids = set(record.anchors) if record.anchors is not None else None
    preview.start_language(language, [file.src_uri for file in files.documentation_pages()])
    kept = preview.theme_pages_kept(built)
    if kept:  # MkDocs renders only the theme's templates left; _finish_language gives them back
        preview.theme_pages_aside = frozenset(config.theme.static_templates & THEME_PAGES)
        config.theme.static_templates -= preview.theme_pages_aside
    # The pages by name, the first LOGGED_PAGES of them: a data edit may rebuild hundreds.
    named = " ".join(built[:LOGGED_PAGES]) + (" …" if len(built) > LOGGED_PAGES else "")
    patched = sum(source.startswith(f"{language}/") for source in preview.plan.patched) if preview.plan else 0
    _log.info(
        "Live preview (%s): %d of %d pages rebuilt, %d patched%s: %s",
        language,
        len(built),
        len(pages),
        patched,
        ", sitemap and 404 page kept" if kept else "",
        named,
    )


# 7. A page of its own, like 404.html, has no other-language version: it offers the front pages,
# which the i18n plugin keeps as the item while pages get theirs as the attribute.
def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    if template_name == "404.html" and config.extra.get("alternate"):
        config.extra.alternate = language_alternates(config.extra["alternate"], config.site_url or "")
    return context


# 8. Templates of their own: the 404 page and the sitemap.
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    language = _language(config)
    root = Path(config.site_dir) / language_root(language)
    if template_name == "sitemap.xml" and language != DEFAULT_LANGUAGE:
        # Each language's build writes the sitemap of every language built so far to the site root;
        # the theme looks for one in each language's folder too.
        root.mkdir(parents=True, exist_ok=True)
        (root / template_name).write_text(output, encoding="utf-8")
    if not template_name.endswith(".html"):
        return output
    output = drop_checkbox_autocomplete(output)
    if template_name != "404.html":
        return output
    output = set_search_base(output, language_root(language))
    if language == DEFAULT_LANGUAGE:
        return output
    # Every language's build writes 404.html to the site root: keep the default language's there.
    root.mkdir(parents=True, exist_ok=True)
    (root / template_name).write_text(output, encoding="utf-8")
    return ""  # MkDocs skips writing an empty template


# 9. Each page's template context (after the i18n plugin's, which sets the page's alternates): its
# date, and in a preview its edit links.
def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        config.extra.alternate = language_alternates(alternates, config.site_url or "")
    day = date.fromisoformat(page.update_date)
    context["page_date"] = render_page_date(day, _text_language(page, config))
    # A pull request's preview links the page's files in GitHub's editor (html/edit_links.py).
    links = EditLinks.from_environment(os.environ, bool(config.extra.get("preview")))
    if links is not None:
        language, state = _language(config), _state()
        generated = state.news_pages.get(page.file.src_uri) if page.file.generated_by else None
        if generated is None:
            name = page.file.src_uri.removeprefix(f"{language}/")
            contacts = "contacts" in marker_names(page.file.content_string)
            context["edit_links"] = links.page(language, name, contacts=contacts)
        else:
            line = state.news_item_line(generated.item_id) if generated.item_id else None
            context["edit_links"] = links.page(language, None, news_line=line)
    return context


def _search_entries(config: MkDocsConfig) -> list[dict[str, Any]]:
    """The search plugin's entries of the language being built (none with the plugin off)."""
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    return index.entries if index is not None else []


def _patched_search_entries(config: MkDocsConfig) -> SearchEntries:
    """Preview: a patched page's search entries, made as the search plugin makes a page's in its
    on_page_context (`SearchIndex.add_entry_from_context`, its own section parser): from the page's
    new content and what the plugin reads of the page beside it, kept by on_post_page (none with the
    plugin off). Picklable, for the preview's background process."""
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    return partial(
        page_search_entries, type(index) if index is not None else None, getattr(index, "config", {})
    )


# 10. Each page's finished HTML: its language's search index, and Material's markup corrected; the
# preview keeps what the page gives the rest of the site, for the builds that skip or patch it.
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    finished = finish_page(output, language_root(_language(config)))
    preview = session()
    if preview is not None:
        language, entries, source = _language(config), _search_entries(config), page.file.src_uri
        search_page = SimpleNamespace(meta=page.meta, toc=page.toc, url=page.url, title=page.title)
        blocks = preview.blocks(source, page.content or "", finished, page.file.abs_dest_path, search_page)
        preview.record(
            language, source, page.update_date, page.title, page.present_anchor_ids, entries, blocks
        )
    return finished


# 11. The end of this language's build (before the i18n plugin builds the next language): under the
# preview its patched pages; its feed (under the preview, only when the news changed: else the served
# one is the same), the theme's script corrected, and for the whole site the hosts' headers ...
@_reported
def _finish_language(config: MkDocsConfig) -> None:
    language = _language(config)
    site = Path(config.site_dir)
    plan = _plan()
    preview = session()
    if preview is not None:  # the pages whose data blocks alone changed
        preview.patch(language, _patched_search_entries(config))
        config.theme.static_templates |= preview.theme_pages_aside  # for the next language's build
        preview.theme_pages_aside = frozenset()
    if plan is None or plan.feeds:
        feed = news_feed(_state().data.news, language, config.site_url, _feed_title(config), config.copyright)
        target = site / feed_url(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(feed)
    for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
        script = skip_hreflang_sitemap_lookup(bundle.read_text(encoding="utf-8"), str(bundle))
        bundle.write_text(script, encoding="utf-8")
    if language == DEFAULT_LANGUAGE:  # one file for the whole site, at its root
        (site / "_headers").write_text(static_host_headers(), encoding="utf-8")


# ... and after the i18n plugin has merged every language's pages into one search index, each
# language gets its own, with its words' forms grouped by base form
# (`extra: search_word_forms: false` leaves them out; the benchmark compares). The plugin builds the other languages inside the
# default language's on_post_build, so the index is whole when the last open build ends: only then
# is it split, for every language (config.theme then names the last language built, not the
# default).
@event_priority(AFTER_I18N)
def _split_search_index(config: MkDocsConfig) -> None:
    state = _state()
    state.languages_open -= 1
    if state.languages_open:
        return  # another language's build is still open
    site, preview = Path(config.site_dir), session()
    if (site / SEARCH_INDEX).is_file():  # not with the search plugin off
        _write_search_indexes(site, config, preview)
    all_collections()
    if preview is not None:
        preview.finish()
        preview.prepare(_patched_search_entries(config))
        preview.collection.after_build()


@collector_paused()  # many small containers, no cycles (site/collection.py)
def _write_search_indexes(site: Path, config: MkDocsConfig, preview: PreviewSession | None) -> None:
    index = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))
    if preview is not None:
        # A dirty build's index has only the rebuilt pages' entries, merged with earlier builds' by
        # the search plugin's own rule: the preview's records give every page's, as a whole build.
        index["docs"] = preview.search_entries()
    for language in LANGUAGES:
        target = site / language_root(language) / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        own = language_search_index(index, language)
        if config.extra.get("search_word_forms", True):
            own = add_word_forms(own, language)
        target.write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
        # What the site's search fetches; the full index stays as the reference the tests compare with.
        write_search_files(own, target.parent)


on_post_build = CombinedEvent(_finish_language, _split_search_index)


def _allow_live_reload(server: LiveReloadServer) -> None:
    """The script that reloads a page after a rebuild, which the server puts inline before each
    served page's `</body>` (`LiveReloadServer._inject_js_into_html`), is allowed by that page's
    policy, by its hash: the policy refuses inline scripts, and the browser reloaded nothing."""
    inject = server._inject_js_into_html

    def inject_allowed(content: bytes, epoch: int) -> bytes:
        served = inject(content, epoch)
        end = content.rfind(b"</body>")
        added = served[end if end >= 0 else len(content) :][: len(served) - len(content)]
        if not (added.startswith(b"<script>") and added.endswith(b"</script>")):
            return served  # the server adds its script otherwise now: tests/hooks/test_serve.py fails
        return allowing_inline_script(served, added.removeprefix(b"<script>").removesuffix(b"</script>"))

    server._inject_js_into_html = inject_allowed  # type: ignore[method-assign]


# Under `mkdocs serve`, once: a change to the data, the theme overrides or the code and templates
# behind the build rebuilds the site too, not only a change to docs/ or mkdocs.yml; and each served
# page lets the server's live-reload script run.
def on_serve(
    server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]
) -> LiveReloadServer:
    folders = [_project_root(config) / "data", Path(programme_site.__file__).parent]
    if config.theme.custom_dir:
        folders.append(Path(config.theme.custom_dir))
    for folder in folders:
        server.watch(str(folder))
    _allow_live_reload(server)
    return server


# Once, when the command ends (every command): under `mkdocs serve` the live preview's background
# process ends with the server.
def on_shutdown() -> None:
    preview = session()
    if preview is not None:
        preview.close()
