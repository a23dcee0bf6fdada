"""What the live preview (`make serve`: `mkdocs serve --dirty`) keeps from one build to the next, so
that a save rebuilds only the pages it changed (HANDBOOK.md: The live preview).

One `PreviewSession` lives as long as the server: BuildState is made anew for every build, and this
module, part of the package, stays imported between them. Each build compares the files it reads
with the previous build's (their times and sizes) and decides which pages to rebuild: the pages of a
changed Markdown file, in both languages (a page not yet translated shows the other language's
text), and after a save of data/contacts.yaml or data/news.yaml the pages whose data markers show
data that changed (html/markers.py: MARKER_DATA), and the news pages if the news changed. Anything
else, or any doubt, means the whole site: the first build, a build after one that failed, a file
added or removed, a change to any other file, a new day (page dates and news depend on it), or a
changed page whose title the navigation shows. What a skipped page gives the rest of the site
(its search entries, its date for the sitemap, its title and anchors) is kept from the build that
made it. So are what every build would otherwise make again the same: the theme's templates
compiled, and each language's files as the i18n plugin sorts them.

A page whose Markdown file is unchanged and whose data blocks changed is patched rather than rebuilt
when that is provably what MkDocs would write: the blocks go into a page's HTML after MkDocs has
converted its Markdown (html/markers.py), so its conversion, table of contents and title are the
previous build's, and only the blocks differ. The preview keeps the conversion with its
placeholders, puts the new blocks in, swaps the page's old content for the new in the served file,
and gives the page new search entries from the new content.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from programme_site.core.errors import SiteError
from programme_site.core.files import rewrite
from programme_site.core.languages import LANGUAGES
from programme_site.html.markers import Expansion, shown_data
from programme_site.html.render import render_untranslated_page
from programme_site.pages.sources import PageSource
from programme_site.site.background import Background, Results
from programme_site.site.collection import IdleCollection
from programme_site.site.state import BuildState
from programme_site.theme.html import kept_by_finish_page

# A file's time of change (ns) and size: a save changes one or both.
Stamp = tuple[int, int]
# The data files whose changes the preview follows page by page: what data markers and news pages
# show. Every page depends on the others (the programme, the pages' addresses), and on the day.
PAGE_DATA = ("data/contacts.yaml", "data/news.yaml")
T = TypeVar("T")
# The theme's own templates, which show no page's content: the navigation, the pages' addresses, dates
# and languages, and what only a whole rebuild changes (the configuration, the files, the programme,
# the day). MkDocs' sitemap as the i18n plugin makes it, and Material's 404 page with its navigation.
THEME_PAGES = frozenset({"sitemap.xml", "404.html"})
# A page's search entries from what the search plugin reads of it (KeptBlocks.search_page) and its
# content (hooks/site_build.py).
SearchEntries = Callable[[object, str], tuple[dict[str, Any], ...]]


@dataclass(frozen=True)
class KeptBlocks:
    """What puts a page's data blocks in again without MkDocs, while its Markdown is unchanged."""

    expansion: Expansion  # its markers, and the Markdown they were expanded in
    html: str  # MkDocs' conversion of the page, with a placeholder for each block
    content: str  # the page's content: its blocks in, in the notice of a page not yet translated
    target: str  # the served file, which holds `content` exactly once
    search_page: object  # what the search plugin reads of the page beside its content


@dataclass(frozen=True)
class PageRecord:
    """What a built page gives the rest of the site, kept for the builds that skip it."""

    update_date: str  # the sitemap's <lastmod>
    title: str | None
    anchors: frozenset[str] | None  # the ids other pages' links may point to (MkDocs checks them)
    search_entries: tuple[dict[str, Any], ...]  # the search plugin's entries for the page, in order
    blocks: KeptBlocks | None = None  # None: the page has no data blocks, or is not patchable


@dataclass(frozen=True)
class Plan:
    """Which pages a build converts and writes: `pages` by source path ('sv/verkosto.md'), or every
    page (None), and why."""

    pages: frozenset[str] | None
    reason: str
    # Whether the news feeds are made anew: they show the news and what only a whole build changes.
    feeds: bool = True
    # The pages patched rather than made (MkDocs skips them), each with its new content.
    patched: Mapping[str, str] = field(default_factory=dict)

    def rebuilds(self, source: str) -> bool:
        return self.pages is None or source in self.pages


class TemplateCache(BytecodeCache):
    """The theme's templates compiled once for the session: MkDocs makes a new Jinja environment for
    every build, which compiled every template it renders again. Kept by template and source (Jinja's own key and checksum), and by the extensions of
    the environment, which plugins add and which change what a template compiles to (MkDocs makes
    every environment alike otherwise, Theme.get_env)."""

    def __init__(self) -> None:
        self.compiled: dict[tuple[str, tuple[str, ...]], tuple[str, CodeType]] = {}

    @staticmethod
    def _key(bucket: Bucket) -> tuple[str, tuple[str, ...]]:
        return bucket.key, tuple(sorted(bucket.environment.extensions))

    def load_bytecode(self, bucket: Bucket) -> None:
        kept = self.compiled.get(self._key(bucket))
        if kept is not None and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self.compiled[self._key(bucket)] = (bucket.checksum, bucket.code)


class _Pickler(pickle.Pickler):
    """Pickles `owner` as a name only: the object that owns what is kept is not kept with it."""

    def __init__(self, file: io.BytesIO, owner: object) -> None:
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self.owner = owner

    def persistent_id(self, obj: object) -> str | None:
        return "owner" if obj is self.owner else None


class _Unpickler(pickle.Unpickler):
    """Unpickles what _Pickler pickled, with `owner` where it named its owner."""

    def __init__(self, file: io.BytesIO, owner: object) -> None:
        super().__init__(file)
        self.owner = owner

    def persistent_load(self, pid: object) -> object:
        return self.owner


@dataclass
class PreviewSession:
    stamps: dict[str, Stamp] = field(default_factory=dict)  # the previous build's inputs, by path
    # The previous build's state, once past its checks: its day, pages as checked, data, news pages.
    state: BuildState | None = None
    complete: bool = False  # whether the previous build ended: a failed one leaves the site half-written
    plan: Plan | None = None  # the build under way's
    records: dict[tuple[str, str], PageRecord] = field(default_factory=dict)  # by (language, source)
    # Each language's pages in the order MkDocs builds them, the order of their search entries.
    order: dict[str, list[str]] = field(default_factory=dict)
    # The search plugin's entries of the language being built that belong to pages already recorded.
    entries_seen: int = 0
    templates: TemplateCache = field(default_factory=TemplateCache)
    # Each language's files as the i18n plugin sorted them (pickled), and what they were made from.
    files: dict[str, tuple[object, bytes]] = field(default_factory=dict)
    # The pages of the language being built with data blocks, converted and not yet recorded: their
    # expansion, MkDocs' conversion and the content given back, by source path.
    converted: dict[str, tuple[Expansion, str, str]] = field(default_factory=dict)
    # Python's garbage collection, kept out of the builds of changed pages (site/collection.py).
    collection: IdleCollection = field(default_factory=IdleCollection)
    # THEME_PAGES left out of the language's build under way, which keeps them as served.
    theme_pages_aside: frozenset[str] = frozenset()
    # The process that makes the patched pages' search entries beside the build (None: made here).
    background: Background | None = None
    # The build under way's patched pages' search entries, being made there: by language, by source.
    patched_entries: dict[str, Results[str, tuple[dict[str, Any], ...]]] = field(default_factory=dict)

    def checked(self, today: date) -> Mapping[str, PageSource]:
        """The pages already checked on `today`, which need no new check while their text is the same."""
        return self.state.sources if self.state is not None and self.state.today == today else {}

    def earlier_data(self, stamps: dict[str, Stamp], today: date) -> tuple[BuildState | None, frozenset[str]]:
        """The previous build, if it loaded the data on `today` and nothing but page and data files has
        changed since (the code and templates that check the data and make the news pages are the
        same), with the data files unchanged since: what of its data this build may take."""
        if self.state is None or self.state.today != today or _beside(stamps) != _beside(self.stamps):
            return None, frozenset()
        data = (path for path, stamp in stamps.items() if path.startswith("data/"))
        return self.state, frozenset(path for path in data if self.stamps.get(path) == stamps[path])

    def start_build(self, stamps: dict[str, Stamp], state: BuildState, titled_by_page: set[str]) -> Plan:
        """Which pages this build must make, from the inputs' `stamps` (by path from the project root),
        its state once past the checks, and the page names whose title the navigation takes from
        the page itself (`titled_by_page`). Until this build ends, the next one makes every page."""
        previous, earlier, was_complete = self.stamps, self.state, self.complete
        self.stamps, self.state, self.complete = stamps, state, False
        self.converted.clear()  # a failed build may leave pages it never recorded
        self.patched_entries.clear()
        self.theme_pages_aside = frozenset()  # a failed build may not have given them back
        self.plan = _plan(
            previous, earlier if was_complete else None, stamps, state, titled_by_page, self.records
        )
        return self.plan

    def start_language(self, language: str, pages: list[str]) -> None:
        """A language's build is about to write its pages, `pages` in order (source paths)."""
        self.order[language], self.entries_seen = pages, 0

    def convert(self, source: str, expansion: Expansion, html: str, content: str) -> None:
        """The page at `source` has data blocks: MkDocs converted its Markdown to `html`, in which
        `expansion`'s blocks made `content`."""
        self.converted[source] = (expansion, html, content)

    def blocks(
        self, source: str, content: str, finished: str, target: str, search_page: object
    ) -> KeptBlocks | None:
        """What patches the page at `source` in a later build, if it can be patched: its `content`
        once the other plugins are done is what it converted to, it stands once in the `finished` page
        written to `target`, and correcting the page (theme/html.py) leaves it as it is."""
        converted = self.converted.pop(source, None)
        if converted is None:
            return None
        expansion, html, made = converted
        if content != made or finished.count(content) != 1 or not kept_by_finish_page(content):
            return None
        return KeptBlocks(expansion, html, content, target, search_page)

    def record(
        self,
        language: str,
        source: str,
        update_date: str,
        title: str | None,
        anchors: Iterable[str] | None,
        entries: list[dict[str, Any]],
        blocks: KeptBlocks | None = None,
    ) -> None:
        """Keep what the page just built gives the site: its date, title and anchors, its search
        entries (those of the search plugin's `entries`, the language's so far, added since the last
        page was recorded), and what patches its data blocks."""
        own = tuple(entries[self.entries_seen :])
        self.entries_seen = len(entries)
        kept = frozenset(anchors) if anchors is not None else None
        self.records[(language, source)] = PageRecord(update_date, title, kept, own, blocks)

    def theme_pages_kept(self, made: Sequence[str]) -> bool:
        """Whether a language's build leaves THEME_PAGES as they are served: it makes changed pages only,
        and of them none (`made`: a data edit's build that patches pages). A page made may change
        more of them than its date and title (the sitemap's alternates of a page not yet translated)."""
        return self.plan is not None and self.plan.pages is not None and not made

    def begin_patched_entries(self, search_entries: SearchEntries) -> None:
        """Begin the search entries of the pages the plan patches, in the background process, language
        by language in the order of the builds, while MkDocs builds the rest (`patch` takes them)."""
        if self.background is None or self.plan is None:
            return
        for language in LANGUAGES:
            jobs = {
                source: (self._kept(language, source).search_page, content)
                for source, content in self.plan.patched.items()
                if source.startswith(f"{language}/")
            }
            if jobs:
                self.patched_entries[language] = self.background.start(search_entries, jobs)

    def patch(self, language: str, search_entries: SearchEntries) -> None:
        """Patch the pages of `language` the plan patches, now that MkDocs has written the language's
        pages: each served file gets its page's new content, its record the search entries of it
        (`search_entries` makes those not begun in the background)."""
        patched = self.plan.patched if self.plan is not None else {}
        begun = self.patched_entries.get(language)
        for source, content in patched.items():
            if source.startswith(f"{language}/"):
                kept = self._kept(language, source)
                entries = begun[source] if begun is not None else search_entries(kept.search_page, content)
                self._patch(language, source, kept, content, entries)

    def _kept(self, language: str, source: str) -> KeptBlocks:
        kept = self.records[(language, source)].blocks
        assert kept is not None, "the plan patches only pages whose blocks are kept"
        return kept

    def _patch(
        self, language: str, source: str, kept: KeptBlocks, content: str, entries: tuple[dict[str, Any], ...]
    ) -> None:
        record = self.records[(language, source)]
        target = Path(kept.target)
        served = target.read_bytes().decode("utf-8")
        assert served.count(kept.content) == 1, f"{target}: not the page on_post_page saw"
        served = served.replace(kept.content, content)
        rewrite(target, served.encode("utf-8"))
        # Patchable again only while the new content, too, stands once in the page.
        blocks = replace(kept, content=content) if served.count(content) == 1 else None
        self.records[(language, source)] = replace(record, search_entries=entries, blocks=blocks)

    def search_entries(self) -> list[dict[str, Any]]:
        """Every page's search entries, as a whole build gives them: language by language, page by page."""
        return [
            entry
            for language, pages in self.order.items()
            for source in pages
            for entry in self.records[(language, source)].search_entries
        ]

    def language_files(
        self, language: str, made_from: object, owner: object, make: Callable[[], T], reuse: bool
    ) -> T:
        """A language's files (hooks/site_build.py: the i18n plugin's): if `reuse`, a copy of the
        previous build's when they were made from what equals `made_from`, else `make()`'s. Copies, since
        a build changes its files (their pages and texts), and `owner`, the object the files refer to
        that made them, is this build's. Kept pickled: unpickling copies them in a quarter of
        deepcopy's time."""
        kept = self.files.get(language)
        if reuse and kept is not None and kept[0] == made_from:
            return _Unpickler(io.BytesIO(kept[1]), owner).load()
        made = make()
        pickled = io.BytesIO()
        _Pickler(pickled, owner).dump(made)
        self.files[language] = (made_from, pickled.getvalue())
        return made

    def finish(self) -> None:
        """The build ended: the next one may start from it."""
        self.complete = True

    def prepare(self, search_entries: SearchEntries) -> None:
        """Between builds: the background process loads what makes search entries, so that the first
        build to patch a page does not wait for it to start."""
        if self.background is not None:
            self.background.load(search_entries)

    def close(self) -> None:
        """The server stops."""
        if self.background is not None:
            self.background.close()


def _plan(
    previous: dict[str, Stamp],
    earlier: BuildState | None,
    stamps: dict[str, Stamp],
    state: BuildState,
    titled_by_page: set[str],
    records: Mapping[tuple[str, str], PageRecord],
) -> Plan:
    """The pages to make after the build that had `previous` stamps and left `earlier` (None: it
    did not finish), and those to patch, whose `records` keep their blocks."""
    if earlier is None:
        return Plan(None, "no finished build to start from")
    if earlier.today != state.today:
        return Plan(None, "a new day")
    if previous.keys() != stamps.keys() or earlier.news_pages.keys() != state.news_pages.keys():
        return Plan(None, "a file added or removed")
    changed = sorted(path for path, stamp in stamps.items() if previous[path] != stamp)
    names = set()
    for path in changed:
        parts = path.split("/", 2)
        if len(parts) == 3 and parts[0] == "docs" and parts[1] in LANGUAGES and path.endswith(".md"):
            names.add(parts[2])
        elif path not in PAGE_DATA:
            return Plan(None, f"{path} changed")
    if names & titled_by_page:
        return Plan(None, "a page whose title the navigation shows changed")
    pages = {f"{language}/{name}" for name in names for language in LANGUAGES}
    patched = {}
    if any(path in PAGE_DATA for path in changed):
        showing = {
            source.split("/", 1)[1]
            for source, page in state.sources.items()
            if shown_data(page.text, earlier.data) != shown_data(page.text, state.data)
        }
        for source in (f"{language}/{name}" for name in showing - names for language in LANGUAGES):
            record = records.get((source.split("/", 1)[0], source))
            content = _patched_content(record.blocks, source, state) if record else None
            if content is None:
                pages.add(source)
            else:
                patched[source] = content
    news = earlier.data.news != state.data.news
    if news:
        pages |= state.news_pages.keys()
    reason = "changed: " + ", ".join(changed) if changed else "nothing changed"
    return Plan(frozenset(pages), reason, feeds=news, patched=patched)


def _patched_content(kept: KeptBlocks | None, source: str, state: BuildState) -> str | None:
    """The content of the page at `source` with its blocks made from `state`'s data, if swapping it
    for the old in the served page makes the page MkDocs would write; None: the page is rebuilt."""
    if kept is None:
        return None
    language, text_language = source.split("/", 1)[0], kept.expansion.language
    try:
        content = kept.expansion.again(state.data, state.today).insert(kept.html)
    except SiteError:
        return None  # the rebuild reports it, as a whole build would
    if text_language != language:
        content = render_untranslated_page(content, language, text_language)
    return content if kept_by_finish_page(content) else None


def _beside(stamps: dict[str, Stamp]) -> dict[str, Stamp]:
    """The stamps of the files beside the pages and the data."""
    return {path: stamp for path, stamp in stamps.items() if not path.startswith(("docs/", "data/"))}


def input_stamps(root: Path, inputs: Iterable[Path]) -> dict[str, Stamp]:
    """The time and size of every file in `inputs` (files or folders), by path from `root` (or the
    absolute path of one outside it, such as an installed package); Python's byte-code caches left
    out, which importing the package writes."""
    stamps = {}
    for item in inputs:
        for path in item.rglob("*") if item.is_dir() else [item]:
            if path.is_file() and "__pycache__" not in path.parts:
                status = path.stat()
                shown = path.relative_to(root) if path.is_relative_to(root) else path
                stamps[shown.as_posix()] = (status.st_mtime_ns, status.st_size)
    return stamps


# The session of the running `mkdocs serve --dirty`; None in any other build, which is always whole.
_session: PreviewSession | None = None


def start_session() -> None:
    global _session
    _session = PreviewSession(background=Background())


def session() -> PreviewSession | None:
    return _session
