"""Search designs that scale with the query, not with the site (issue 26, item 1): measured side by
side, to choose one.

    python -m bench.search_designs [--runs 3] [--large-site BUILT_SITE] [--pagefind PATH]
                                   [--into-results bench/RESULTS.md]

Pagefind is an optional requirement of this benchmark only, never of the site: install it into a
virtual environment of its own (`python -m venv /tmp/pf && /tmp/pf/bin/pip install
'pagefind[bin]==1.5.2'`) and give its binary, `/tmp/pf/lib/python3.11/site-packages/pagefind_bin/pagefind`;
without it design A is left out. Without `--large-site` a synthetic site of `--pages` pages per
language is written and built (bench/synthetic_site.py), which takes minutes.

Three designs, each at the real size (the site built into a temporary folder) and on a built
synthetic site (1 000 pages per language), in Chromium with the CPU throttled 4 times:

(A) Pagefind as it would be deployed: a copy of the built pages with `data-pagefind-body` on the
    article (only the article is indexed) and the base forms of the page's words, and the last words
    of its compounds, as extra text in it (word_forms.py's groups; the word the reader types is
    mapped to its base form with the index's `word_forms`), indexed by the Pagefind binary given;
    also indexed without the forms, for recall. Searched through Pagefind's own JS API.
(B) Shards of our own: each language's built search index (the sections Material indexes, with our
    word forms) split by the first two letters of the pages' words; a shard holds those words' base
    forms and, for each base form, its sections with a score (a heading's word 2, the text's 1, a
    compound that ends in it 0: headings first, compounds last, then site order). Each section's
    title, address and a short text is a fragment of its own, fetched for the ten results shown.
    B is now the site's own search (issue 26): these are the files the build writes
    (src/programme_site/search/shards.py), searched by the site's own script (site-search.js).
(C) The site's search as built (B in the site's real pages), measured by bench/search_use.py. Before
    B was built, C was Material's lunr with the index loaded on demand (the history of RESULTS.md).

A and B are searched from a page of the benchmark's own (bench/search_designs.js) that loads nothing
of them before the first query (B's script aside, as the site loads it with the page); A's time is
from the query to the data of the first ten results (no drawing), B's from the query to the first
ten results drawn by the site's script (its short wait for more typing included), C's from the
click into the search box to the first result drawn. Bytes are
counted as bench/page_weight.py counts them (text as gzip -6); files Pagefind stores compressed are
counted as stored.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from bench.page_weight import find_chromium, serve, weigh
from bench.run_benchmark import (
    FRONT_PAGES,
    ROOT,
    SEARCH_INDEX,
    SEARCH_TIME_GOAL,
    SEARCH_TRANSFER_GOAL_KB,
    SEARCHES,
    build,
    met,
    progress,
    source_version,
)
from bench.search_use import THROTTLE, VIEWPORT, SearchUse, measure_search
from bench.synthetic_site import write_site
from programme_site.core.languages import LANGUAGES, language_root
from programme_site.search.shards import (
    FRAGMENT_TEXT,
    PREFIX,
    compound_heads,
    word_lemmas,
    write_search_files,
)
from programme_site.search.word_forms import base_form, words

HARNESS = Path(__file__).with_name("search_designs.js")
# The 22 words per language the real site's recall test types, each in its base form and two
# inflected forms (read from the test module, not copied).
RECALL_WORDS = ROOT / "tests" / "content" / "test_real_pages_in_browser.py"
ARTICLE = '<article class="md-content__inner md-typeset"'
SHOWN = 10
GZIP_MAGIC = b"\x1f\x8b"
PAGEFIND_SIGNATURE = b"pagefind_dcd"
RESULT_WAIT_MS = 300_000  # far above any figure: a slow machine is measured, not failed
PAGEFIND, PAGEFIND_PLAIN, SHARDS, TODAY = "A Pagefind", "A Pagefind, no word forms", "B shards", "C today"


@dataclass(frozen=True)
class Queries:
    """What one run types: a common word, then a rarer one on the same page."""

    language: str
    common: str
    rarer: str


@dataclass
class DesignUse:
    design: str
    language: str
    queries: Queries
    before: int = 0  # bytes of search loaded before the first query
    first: int = 0  # bytes the first query loaded
    second: int = 0  # bytes the second query added
    seconds: list[float] = field(default_factory=list)  # first query to its first ten results' data
    second_seconds: list[float] = field(default_factory=list)
    results: int = 0  # how many results the first query found
    requests: list[tuple[str, int]] = field(default_factory=list)  # of the first query

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


@dataclass(frozen=True)
class Recall:
    design: str
    language: str
    typed: int  # forms typed
    found: int  # (form, page using the word) pairs found
    expected: int
    missed: tuple[str, ...]  # forms that found none of their pages

    @property
    def share(self) -> float:
        return self.found / self.expected if self.expected else 1.0


@dataclass
class SiteResults:
    name: str
    pages: int  # HTML pages indexed by the designs (both languages)
    uses: list[DesignUse] = field(default_factory=list)
    recalls: list[Recall] = field(default_factory=list)
    today: list[SearchUse] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- The site's index, words and their base forms ---------------------------------------


def search_index(site: Path, language: str) -> dict[str, Any]:
    return json.loads((site / language_root(language) / SEARCH_INDEX).read_text(encoding="utf-8"))


def page_path(language: str, location: str) -> str:
    """The URL path of the page an index entry's location belongs to."""
    return "/" + language_root(language) + location.split("#")[0]


def entry_words(doc: dict[str, Any]) -> tuple[set[str], set[str]]:
    return words(doc.get("title", "")), words(doc.get("text", ""))


def words_by_page(site: Path, language: str) -> dict[str, set[str]]:
    """{URL path: the words of its index entries}: what the recall test expects pages to be found by."""
    pages: defaultdict[str, set[str]] = defaultdict(set)
    for doc in search_index(site, language)["docs"]:
        title, text = entry_words(doc)
        pages[page_path(language, doc["location"])] |= title | text
    return pages


def recall_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """The recall test's WORDS, read from its module's source (importing it would need pytest)."""
    tree = ast.parse(RECALL_WORDS.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "WORDS" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise ValueError(f"no WORDS in {RECALL_WORDS}")


def expected_pages(site: Path, language: str) -> dict[str, set[str]]:
    """{base form: the pages with a word of that base form}; the browser tests' recall expects the same
    (tests/browser/sitewide.py)."""
    pages: defaultdict[str, set[str]] = defaultdict(set)
    for path, used in words_by_page(site, language).items():
        for word in used:
            pages[base_form(word, language)].add(path)
    return pages


def choose_queries(site: Path, language: str, words_of: dict[str, tuple[str, ...]]) -> Queries:
    """The front page's word of bench/run_benchmark.py, then the recall list's word found on the
    fewest pages (at least two): a common query and a rarer one."""
    pages = expected_pages(site, language)
    counts = {lemma: len(pages.get(lemma, ())) for lemma in words_of}
    rarer = min((lemma for lemma, n in counts.items() if n >= 2), key=lambda lemma: (counts[lemma], lemma))
    return Queries(language, SEARCHES[FRONT_PAGES[language]], rarer)


# --- (A) Pagefind -----------------------------------------------------------------------


def extra_forms(site: Path, language: str) -> dict[str, str]:
    """{URL path: the base forms of its words and of its compounds' last words it does not use as
    they are}, space-separated: what a page adds to Pagefind's index so that a base form finds it."""
    index = search_index(site, language)
    lemmas, heads = word_lemmas(index), compound_heads(index)
    extra = {}
    for path, used in words_by_page(site, language).items():
        added = {lemmas.get(word, word) for word in used} | {heads[word] for word in used if word in heads}
        extra[path] = " ".join(sorted(added - used))
    return extra


def html_path(site: Path, file: Path) -> str:
    relative = file.relative_to(site).as_posix()
    return "/" + (relative.removesuffix("index.html") if relative.endswith("index.html") else relative)


def pagefind_copy(site: Path, copy: Path, with_forms: bool) -> int:
    """The built pages with their article marked as Pagefind's body (and, `with_forms`, the page's
    extra base forms inside it); the number of pages copied. Pages without the article (404) are left out."""
    extra = {path: forms for language in LANGUAGES for path, forms in extra_forms(site, language).items()}
    copied = 0
    for file in sorted(site.rglob("*.html")):
        html = file.read_text(encoding="utf-8")
        if ARTICLE not in html:
            continue
        forms = extra.get(html_path(site, file), "") if with_forms else ""
        added = f" data-pagefind-body><div>{forms}</div" if forms else " data-pagefind-body"
        target = copy / file.relative_to(site)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html.replace(ARTICLE, ARTICLE + added, 1), encoding="utf-8")
        copied += 1
    return copied


def run_pagefind(pagefind: str, pages: Path, bundle: Path) -> None:
    subprocess.run(
        [pagefind, "--site", str(pages), "--output-path", str(bundle), "--quiet"],
        check=True,
        capture_output=True,
        timeout=1800,
    )


def pagefind_fragment_urls(bundle: Path) -> dict[str, str]:
    """{fragment id (Pagefind's result id): the page's URL path}, read from the stored fragments."""
    urls = {}
    for file in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(file.read_bytes()).removeprefix(PAGEFIND_SIGNATURE)
        urls[file.stem] = json.loads(data)["url"]
    return urls


def write_form_tables(site: Path, served: Path) -> None:
    """Each language's word_forms, as the site's index carries them: Pagefind's query mapping."""
    for language in LANGUAGES:
        target = served / "forms" / f"{language}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        forms = search_index(site, language)["config"].get("word_forms", {})
        target.write_text(json.dumps(forms, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


# --- (B) Shards: the site's own (src/programme_site/search/shards.py) ---------------------


def write_shards(site: Path, served: Path) -> dict[str, dict[str, str]]:
    """Each language's shards and fragments under served/shards/<language>/, as the site writes them;
    {language: {a page as the search shows it ("verkosto/"): its URL path}} for reading results back."""
    pages = {}
    for language in LANGUAGES:
        index = search_index(site, language)
        write_search_files(index, served / "shards" / language)
        pages[language] = {
            doc["location"].split("#")[0]: page_path(language, doc["location"]) for doc in index["docs"]
        }
    return pages


# --- In Chromium ------------------------------------------------------------------------

# Each design's call in the benchmark's page: the first ten results' data, and every result found.
SHOWN_CALL = {
    PAGEFIND: "([q]) => window.pagefindShown('pagefind', q)",
    PAGEFIND_PLAIN: "([q]) => window.pagefindShown('pagefind-plain', q)",
    SHARDS: "([q]) => window.shardsShown(q)",
}
FOUND_CALL = {
    PAGEFIND: "([q]) => window.pagefindFound('pagefind', q)",
    PAGEFIND_PLAIN: "([q]) => window.pagefindFound('pagefind-plain', q)",
    SHARDS: "([q]) => window.shardsFound(q)",
}


SITE_SEARCH = ROOT / "overrides" / "assets" / "javascripts" / "site-search.js"
# The site's search box (overrides/partials/search.html) on the benchmark's page, its files under
# /shards/<language>/; the count alone as its texts, for the benchmark to read.
SEARCH_BOX = (
    '<div class="site-search" data-index="/shards/{language}/" data-one="1" data-many="{{count}}" '
    'data-none="0" data-failed="failed"><input class="site-search__input" aria-label="search">'
    '<div class="site-search__panel" hidden><p class="site-search__status"></p>'
    '<ol class="site-search__results"></ol><button type="button" class="site-search__more" hidden>'
    "more</button></div></div>"
)


def write_harness(served: Path) -> None:
    """The benchmark's search page, one per language: Pagefind picks its index by the page's lang, the
    site's search its folder by the search box's data-index."""
    shutil.copy(HARNESS, served / HARNESS.name)
    shutil.copy(SITE_SEARCH, served / SITE_SEARCH.name)
    for language in LANGUAGES:
        (served / f"search-{language}.html").write_text(
            f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Search designs</title>'
            f'<script src="/{HARNESS.name}"></script><script src="/{SITE_SEARCH.name}" defer></script></head>'
            f"<body>{SEARCH_BOX.format(language=language)}</body></html>",
            encoding="utf-8",
        )


def harness_file(path: str) -> bool:
    return path == f"/{HARNESS.name}" or (path.startswith("/search-") and path.endswith(".html"))


def sized(served: Path, requests: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each file requested once with its bytes as page_weight.py counts them; a file stored
    gzip-compressed (Pagefind's) as stored, since a server sends it as it is."""
    weight = weigh(served, "", requests)
    # A shard missing is an answer (no page has a word that starts so); anything else is a fault.
    failed = [failure for failure in weight.failed if not failure.startswith("/shards/")]
    if failed:
        raise RuntimeError(f"failed requests: {failed}")
    counted = []
    for path, size in weight.requests:
        data = (served / path.lstrip("/")).read_bytes()
        counted.append((path, len(data) if data.startswith(GZIP_MAGIC) else size))
    return counted


def once_per_visit(path: str) -> bool:
    """The search's code: loaded once per visit, then cached."""
    return path.endswith(".js") or "/wasm." in path


@dataclass(frozen=True)
class RunFigures:
    before: int
    first: list[tuple[str, int]]
    second: int
    seconds: float
    second_seconds: float
    results: int


def one_run(
    browser: Browser, base: str, requests: list[tuple[str, int]], served: Path, design: str, queries: Queries
) -> RunFigures:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        requests.clear()
        page.goto(f"{base}/search-{queries.language}.html", wait_until="load")
        page.wait_for_load_state("networkidle")
        before = sum(size for path, size in sized(served, list(requests)) if not harness_file(path))
        requests.clear()
        first = page.evaluate(SHOWN_CALL[design], [queries.common])
        first_requests = sized(served, list(requests))
        requests.clear()
        second = page.evaluate(SHOWN_CALL[design], [queries.rarer])
        second_bytes = sum(size for _, size in sized(served, list(requests)))
        if len(first["shown"]) < min(SHOWN, first["total"]) or not first["total"]:
            raise RuntimeError(f"{design}: '{queries.common}' showed {first['shown']}")
        return RunFigures(
            before, first_requests, second_bytes, first["ms"] / 1000, second["ms"] / 1000, first["total"]
        )
    finally:
        context.close()


def found_pages(
    browser: Browser, base: str, design: str, language: str, typed: Iterable[str], pages_of: dict[str, str]
) -> dict[str, set[str]]:
    """{typed: the pages its results belong to}, the CPU not throttled (recall times nothing)."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(f"{base}/search-{language}.html", wait_until="load")
        return {
            word: {pages_of[str(result)] for result in page.evaluate(FOUND_CALL[design], [word])}
            for word in typed
        }
    finally:
        context.close()


def recall(
    site: Path, found: dict[str, set[str]], design: str, language: str, words_of: dict[str, tuple[str, ...]]
) -> Recall:
    """As tests/browser/checks.py's search_recall: the share of (form typed, page using the word)
    pairs found, over the words the site uses."""
    pages = expected_pages(site, language)
    typed = found_count = expected_count = 0
    missed = []
    for lemma, inflected in words_of.items():
        expected = pages.get(base_form(lemma, language), set())
        if not expected:
            continue
        for word in (lemma, *inflected):
            typed += 1
            expected_count += len(expected)
            found_count += len(expected & found[word])
            if not expected & found[word]:
                missed.append(word)
    return Recall(design, language, typed, found_count, expected_count, tuple(missed))


def page_of_result(
    design: str, language: str, served: Path, doc_pages: dict[str, dict[str, str]]
) -> dict[str, str]:
    """{a result as the page returns it: its page's URL path}."""
    if design == SHARDS:
        return doc_pages[language]
    bundle = "pagefind" if design == PAGEFIND else "pagefind-plain"
    return pagefind_fragment_urls(served / bundle)


# --- One site -----------------------------------------------------------------------------


def prepare(
    site: Path, served: Path, pagefind: str | None, work: Path
) -> tuple[dict[str, dict[str, str]], int, list[str]]:
    """The designs' files served from `served`: the page, B's shards, A's bundles and form tables.
    Returns B's doc pages, the pages Pagefind indexed and notes on the indexing."""
    served.mkdir(parents=True)
    write_harness(served)
    doc_pages = write_shards(site, served)
    notes, indexed = [], 0
    if pagefind:
        write_form_tables(site, served)
        for bundle, with_forms in (("pagefind", True), ("pagefind-plain", False)):
            pages = work / f"{served.name}-{bundle}-pages"
            indexed = pagefind_copy(site, pages, with_forms)
            started = datetime.now(UTC)
            run_pagefind(pagefind, pages, served / bundle)
            took = (datetime.now(UTC) - started).total_seconds()
            notes.append(
                f"Pagefind indexed {indexed} pages ({bundle}) in {took:.1f} s; the bundle: "
                f"{kb(sum(size for _, size in stored_sizes(served / bundle)))}"
            )
            shutil.rmtree(pages)
    for language in LANGUAGES:
        files = stored_sizes(served / "shards" / language)
        shard_files = [size for path, size in files if "/fragments/" not in path]
        notes.append(
            f"B's files ({language}): {len(shard_files)} shards, the largest {kb(max(shard_files))}, "
            f"{len(files) - len(shard_files)} fragments; {kb(sum(size for _, size in files))} in all"
        )
    return doc_pages, indexed, notes


def stored_sizes(folder: Path) -> list[tuple[str, int]]:
    """Every file under `folder` with its bytes as served (sized, below), by its path from `folder`."""
    paths = [
        f"/{file.relative_to(folder).as_posix()}" for file in sorted(folder.rglob("*")) if file.is_file()
    ]
    return sized(folder, [(path, 200) for path in paths])


def measure_site(
    name: str, site: Path, chromium: str, runs: int, pagefind: str | None, work: Path, today: bool = True
) -> SiteResults:
    """Every design on one built site: `runs` interleaved runs per design and language, recall, and
    (`today`) bench/search_use.py's figures for the site's search in its real pages."""
    served = work / name.replace(" ", "-")
    doc_pages, indexed, notes = prepare(site, served, pagefind, work)
    results = SiteResults(name, indexed, notes=notes)
    words_of = recall_words()
    queries = {language: choose_queries(site, language, words_of[language]) for language in LANGUAGES}
    designs = [PAGEFIND, SHARDS] if pagefind else [SHARDS]
    uses = {
        (design, language): DesignUse(design, language, queries[language])
        for design in designs
        for language in LANGUAGES
    }
    with serve(served, 0) as (base, requests), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for _ in range(runs):  # interleaved, so that the machine's load falls on every design alike
                for (design, language), use in uses.items():
                    figures = one_run(browser, base, requests, served, design, queries[language])
                    use.before, use.requests, use.results = figures.before, figures.first, figures.results
                    use.first = sum(size for _, size in figures.first)
                    use.second = figures.second
                    use.seconds.append(figures.seconds)
                    use.second_seconds.append(figures.second_seconds)
            for design in [*designs, PAGEFIND_PLAIN] if pagefind else designs:
                for language in LANGUAGES:
                    typed = [word for lemma, forms in words_of[language].items() for word in (lemma, *forms)]
                    pages_of = page_of_result(design, language, served, doc_pages)
                    found = found_pages(browser, base, design, language, typed, pages_of)
                    results.recalls.append(recall(site, found, design, language, words_of[language]))
        finally:
            browser.close()
    results.uses = list(uses.values())
    if today:
        results.today = measure_search(site, SEARCHES, chromium, runs)
    return results


# --- The report -----------------------------------------------------------------------------

SUBSECTION = "### Search designs"  # the appendix's subsection this module writes (and replaces)
COSTS = {
    PAGEFIND: (
        "the CSP's `script-src` needs `'wasm-unsafe-eval'` (it allows compiling WebAssembly, not `eval` "
        "of strings), the Pagefind binary at build time (from PyPI as `pagefind[bin]`, pinned; it needs "
        "no network when it runs), a search UI of our own in place of Material's (results list, `?h=` "
        "highlighting, result-count announcements, keyboard use, all to be built and tested), and our word "
        "forms fed in as extra text in each page's article; it removes our couplings to Material's search "
        "worker (search-on-demand.js, search-forms.js' Worker wrapper, the hook's index split)."
    ),
    SHARDS: (
        "built (issue 26): no new binary and no CSP change (plain JSON and a script of our own), a build "
        "step that writes the shards and fragments from the index the build already makes "
        "(src/programme_site/search/shards.py), a search UI of our own in place of Material's "
        "(site-search.js: results list, `?h=` highlighting, result-count announcements, keyboard use), and "
        "the ranking to keep honest ourselves (it is not lunr's); Material's search worker is no longer "
        "started, and search-on-demand.js and search-forms.js are gone."
    ),
}


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def runs_text(seconds: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in seconds)


def site_search(results: SiteResults, language: str) -> SearchUse | None:
    return next(
        (use for use in results.today if use.path == FRONT_PAGES[language]),
        None,
    )


def reference(real: SiteResults | None, language: str) -> float | None:
    """The real site's time with its search as built (C) in this run: the 2x target's base."""
    use = site_search(real, language) if real else None
    return use.median if use else None


def goals(first: int, median: float, base: float | None) -> tuple[str, str]:
    transfer = met(first / 1024 <= SEARCH_TRANSFER_GOAL_KB)
    time = f"{met(median / base <= SEARCH_TIME_GOAL)} ({median / base:.2f})" if base else "not measured"
    return transfer, time


def site_table(results: SiteResults, real: SiteResults | None) -> list[str]:
    lines = [
        f"#### {results.name}",
        "",
        "| Design | Language | Search loaded before the first query | First query | Of it code, once per visit "
        f"| Second query | Time to results, first query (runs) | Second query's time | {SEARCH_TRANSFER_GOAL_KB} KB "
        f"| {SEARCH_TIME_GOAL:g} times the real site |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for use in sorted(results.uses, key=lambda use: (use.design, use.language)):
        code = sum(size for path, size in use.requests if once_per_visit(path))
        transfer, time = goals(use.first, use.median, reference(real, use.language))
        lines.append(
            f"| {use.design} | {use.language} | {kb(use.before)} | {kb(use.first)} (*{use.queries.common}*, "
            f"{use.results} results) | {kb(code)} | {kb(use.second)} (*{use.queries.rarer}*) | "
            f"**{use.median:.2f} s** ({runs_text(use.seconds)}) | {statistics.median(use.second_seconds):.2f} s "
            f"| {transfer} | {time} |"
        )
    for language in LANGUAGES:
        use = site_search(results, language)
        if use is None:
            continue
        transfer, time = goals(use.per_search, use.median, reference(real, language))
        lines.append(
            f"| {TODAY} (the site's search in its pages) | {language} | {kb(use.index_before)} (the page: "
            f"{kb(use.before)}) | {kb(use.per_search)} (*{use.query}*) | none (its script comes with the page) "
            f"| not measured | **{use.median:.2f} s** ({runs_text(use.seconds)}) | not measured "
            f"| {transfer} | {time} |"
        )
    return lines


def recall_table(sites: list[SiteResults]) -> list[str]:
    lines = [
        "| Site | Design | Language | Forms typed (of words the site uses) | Recall | Forms that found none of "
        "their pages |",
        "| --- | --- | --- | ---: | ---: | --- |",
    ]
    for results in sites:
        for found in sorted(results.recalls, key=lambda found: (found.design, found.language)):
            missed = ", ".join(f"*{word}*" for word in found.missed) or "none"
            lines.append(
                f"| {results.name} | {found.design} | {found.language} | {found.typed} | "
                f"**{found.share:.3f}** | {missed} |"
            )
    return lines


def missed_targets(results: SiteResults, real: SiteResults | None, design: str) -> list[str]:
    """The issue's targets `design` misses in some language of `results` (all, when not measured)."""
    uses = [use for use in results.uses if use.design == design]
    transfer = f"{SEARCH_TRANSFER_GOAL_KB} KB"
    time = f"{SEARCH_TIME_GOAL:g} times the real site's time"
    if not uses:
        return [transfer, time]
    missed = [transfer] if any(use.first / 1024 > SEARCH_TRANSFER_GOAL_KB for use in uses) else []
    bases = [(use, reference(real, use.language)) for use in uses]
    if any(base is None or use.median / base > SEARCH_TIME_GOAL for use, base in bases):
        missed.append(time)
    return missed


def recall_of(sites: list[SiteResults], design: str) -> float:
    """The lowest recall of `design` at the real size (the first site), both languages."""
    return min((found.share for found in sites[0].recalls if found.design == design), default=0.0)


def recommendation(sites: list[SiteResults]) -> list[str]:
    """The design that meets both targets at the largest size with the best recall at the real size;
    the smaller bundle when they tie."""
    real, largest = sites[0], sites[-1]
    meeting = [design for design in (SHARDS, PAGEFIND) if not missed_targets(largest, real, design)]
    if not meeting:
        return ["**No design measured here meets both targets at the largest size**; see the tables."]
    first = {design: max(use.first for use in largest.uses if use.design == design) for design in meeting}
    chosen = max(meeting, key=lambda design: (recall_of(sites, design), -first[design]))
    others = [
        design
        for design in (SHARDS, PAGEFIND)
        if design != chosen and any(use.design == design for use in largest.uses)
    ]
    lines = [
        f"**Recommended: {chosen}**: it meets both targets at {largest.name.lower()}, and its recall on "
        f"the {real.name.lower()} is {recall_of(sites, chosen):.3f}. Its costs: {COSTS[chosen]}",
    ]
    for other in others:
        missed = missed_targets(largest, real, other)
        verdict = f"misses {' and '.join(missed)}" if missed else "meets both targets"
        lines += [
            "",
            f"Against it, {other} {verdict} at {largest.name.lower()}, and its recall on the "
            f"{real.name.lower()} is {recall_of(sites, other):.3f}. Its costs: {COSTS[other]}",
        ]
    return lines


NOT_MEASURED = [
    "A's UI: A is timed to the first ten results' data in the benchmark's own page, without drawing a "
    "list; B and C are timed to results drawn by the site's own script",
    "ranking quality: B ranks headings first by construction, but neither A's nor B's order was compared "
    "with lunr's beyond that",
    "`?h=` highlighting, accessibility (axe, keyboard, announcements) and the CSP: the browser tests "
    "check them on the site's search (B as built)",
    "recall of C in this run (the browser tests measure it on the real site's 22+22 words), and "
    "recall of compounds ranked after the word's own pages",
    "Pagefind with its default settings (the whole `<body>`) in this run: the earlier figures are in "
    "the history of this file",
]


def chromium_version(chromium: str) -> str:
    return subprocess.run([chromium, "--version"], capture_output=True, text=True, check=True).stdout.strip()


def pagefind_version(pagefind: str | None) -> str:
    if not pagefind:
        return "Pagefind not given (design A not measured)"
    return subprocess.run([pagefind, "--version"], capture_output=True, text=True, check=True).stdout.strip()


def section(
    sites: list[SiteResults], when: datetime, load: tuple[tuple[float, ...], tuple[float, ...]], about: str
) -> str:
    """The appendix subsection: what was measured, a table per site, recall, the recommendation."""
    before, after = (", ".join(f"{value:.2f}" for value in figures) for figures in load)
    real = sites[0]
    lines = [
        f"{SUBSECTION}: Pagefind, shards of our own and today's search ({when:%Y-%m-%d})",
        "",
        f"Written by `python -m bench.search_designs` on {when:%Y-%m-%d %H:%M} UTC from {about}. Machine load (1, 5, 15 min) {before} before and {after} after: a shared machine, so "
        "compare figures within a table, measured in the same run, rather than with other sections.",
        "",
        f"Designs: **{PAGEFIND}** (Pagefind's own JS API; only each page's article indexed, its `lang` "
        "choosing the index; the base forms of the page's words and its compounds' last words added to the "
        "article as text, and the typed word mapped to its base form with the index's `word_forms`); "
        f"**{SHARDS}** (our built search index split by the first {PREFIX} letters of the pages' words: each "
        "shard holds those words, their base forms and each base form's sections with a score: 2 for a "
        "heading, 1 for the text, 0 for a compound ending in it; results ranked by score, then in site "
        f"order; a fragment per section, its address, heading and {FRAGMENT_TEXT} characters, fetched for "
        f"the {SHOWN} shown; searched by the site's own script, site-search.js); **{TODAY}** (the site's "
        "search as built, in its real pages: bench/search_use.py on the built site). A and B are loaded on "
        "the first query by the benchmark's own page (bench/search_designs.js, not shipped); A is timed from "
        f"the query to the data of the first {SHOWN} results, B to the first {SHOWN} results drawn; C from "
        "the click into the search box to the first result drawn. Chromium's CPU throttled {THROTTLE} times; fresh browser context per run, "
        "runs interleaved across A and B; medians. Bytes as bench/page_weight.py counts them (text as "
        "gzip -6), Pagefind's files, stored compressed, as stored. *Code, once per visit*: the search's "
        "JS and WebAssembly, cached after the first query (the benchmark page's own script is not counted). "
        f"The second query is a rarer word (the recall list's word on the fewest pages) typed after the "
        f"first on the same page. The column *{SEARCH_TIME_GOAL:g} times the real site* divides by the real site's time "
        "(C, same language) in this run.",
        "",
    ]
    for results in sites:
        lines += [*site_table(results, real), ""]
        lines += [f"- {note}" for note in results.notes]
        lines += [""] if results.notes else []
    lines += [
        "Recall: each of the 22 words per language of the real site's recall test "
        "(tests/content/test_real_pages_in_browser.py) typed in its base form and two inflected forms; a "
        "page is expected when one of its words has the word's base form (simplemma), as the browser tests "
        "work it out; recall is the share of (form typed, expected page) pairs found. Only the words the "
        "site uses count. The synthetic site's pages use base forms only, so a form no page uses (*kunnissa*) "
        "has no group in the index's `word_forms` to join: its recall there measures what each design finds "
        "without word forms. Pagefind also stems the words it indexes and the query (its Finnish and "
        "Swedish stemmers); B does not, so a form that neither the pages nor `word_forms` hold finds "
        "nothing in B.",
        "",
        *recall_table(sites),
        "",
        *recommendation(sites),
        "",
        "Not measured:",
        "",
        *[f"- {item}." for item in NOT_MEASURED],
    ]
    return "\n".join(lines) + "\n"


def replace_subsection(report: str, written: str) -> str:
    """`report` with its search-designs subsection (up to the next heading of its level or above)
    replaced by `written`, or `written` appended when it has none."""
    lines = report.splitlines(keepends=True)
    start = next((n for n, line in enumerate(lines) if line.startswith(SUBSECTION)), None)
    if start is None:
        return report.rstrip("\n") + "\n\n" + written
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith(("## ", "### "))), len(lines))
    rest = "".join(lines[end:])
    return "".join(lines[:start]) + written + ("\n" + rest if rest else "")


def built_synthetic_site(pages: int, work: Path) -> Path:
    site = write_site(work / f"synthetic-{pages}", pages=pages, news=pages)
    build(site.config("full"), work / f"synthetic-{pages}-site")
    return work / f"synthetic-{pages}-site"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=1000, help="pages per language of the synthetic site")
    parser.add_argument(
        "--large-site", type=Path, help="a built synthetic site to use instead of building one"
    )
    parser.add_argument(
        "--pagefind",
        default=shutil.which("pagefind"),
        help="the Pagefind binary (design A skipped without one)",
    )
    parser.add_argument("--output", type=Path, help="write the section to this file")
    parser.add_argument(
        "--into-results", type=Path, help="replace the section in this report (bench/RESULTS.md)"
    )
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        progress("no Chromium found: install Debian's chromium")
        return 1
    # The commit as the run starts: the report names what was measured, not what came after.
    when, load_before, commit = datetime.now(UTC), os.getloadavg(), source_version()
    with tempfile.TemporaryDirectory(prefix="search-designs-") as folder:
        work = Path(folder)
        progress("Building the real site")
        build(ROOT / "mkdocs.yml", work / "real-site")
        large = args.large_site or built_synthetic_site(args.pages, work)
        sites = []
        for name, site in (
            ("Real site", work / "real-site"),
            (f"{args.pages:,} pages per language".replace(",", " "), large),
        ):
            progress(f"Measuring: {name}")
            sites.append(measure_site(name, site, chromium, args.runs, args.pagefind, work))
    about = f"commit {commit}; {chromium_version(chromium)}, {pagefind_version(args.pagefind)}"
    written = section(sites, when, (load_before, os.getloadavg()), about)
    if args.output:
        args.output.write_text(written, encoding="utf-8")
    if args.into_results:
        report = args.into_results.read_text(encoding="utf-8")
        args.into_results.write_text(replace_subsection(report, written), encoding="utf-8")
    print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
