"""Search designs (bench/search_designs.py): the report's shape on a tiny built site, and where the
report goes in RESULTS.md (the shards themselves: tests/search/test_shards.py). Nothing here asserts a
time."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.page_weight import find_chromium
from bench.search_designs import (
    SHARDS,
    SUBSECTION,
    measure_site,
    recall_words,
    replace_subsection,
    section,
)

# A built site of two pages per language, as MkDocs and our hook write it: each language's search
# index (with word forms) and each page's article.
PAGES = {
    "fi": [
        ("", "Etusivu", "Kunta ja pakolainen."),
        ("kunnat/", "Kunnat", "Kunnissa pakolaisten palvelu; kotikunta."),
    ],
    "sv": [
        ("", "Startsida", "Kommun och flykting."),
        ("kommuner/", "Kommunerna", "Kommunerna och flyktingar; hemkommun."),
    ],
}
CONFIG = {
    "fi": {
        "word_forms": {"kunta": "3nat 3nissa", "pakolainen": "6sten"},
        "word_compounds": {"kunta": "koti"},
    },
    "sv": {"word_forms": {"kommun": "6erna", "flykting": "8ar"}, "word_compounds": {"kommun": "hem"}},
}


def write_built_site(root: Path) -> Path:
    for language, pages in PAGES.items():
        folder = root if language == "fi" else root / language
        docs = [
            {"location": location, "title": title, "text": f"<p>{text}</p>"}
            for location, title, text in pages
        ]
        index = {"config": {"lang": [language], **CONFIG[language]}, "docs": docs}
        (folder / "search").mkdir(parents=True, exist_ok=True)
        (folder / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
        for location, title, text in pages:
            (folder / location).mkdir(parents=True, exist_ok=True)
            (folder / location / "index.html").write_text(
                f'<!doctype html><html lang="{language}"><head><title>{title}</title></head><body>'
                f'<nav>Valikko</nav><article class="md-content__inner md-typeset"><h1>{title}</h1>'
                f"<p>{text}</p></article></body></html>",
                encoding="utf-8",
            )
    return root


def test_the_recall_words_are_the_real_sites_recall_tests() -> None:
    # The shape only: the words themselves follow the real pages' wording, which editors change.
    words = recall_words()
    assert set(words) == {"fi", "sv"}
    assert all(words[language] for language in words)
    assert all(
        isinstance(forms, tuple) and forms and all(isinstance(form, str) for form in forms)
        for language in words
        for forms in words[language].values()
    )


def test_the_section_replaces_only_its_own_subsection() -> None:
    report = "# R\n\n## Appendix\n\n### Live preview\n\nA.\n\n### Search designs at 1 000 pages\n\nOld.\n"
    replaced = replace_subsection(report, f"{SUBSECTION}: new\n\nNew.\n")
    assert replaced == "# R\n\n## Appendix\n\n### Live preview\n\nA.\n\n### Search designs: new\n\nNew.\n"
    assert replace_subsection("# R\n", f"{SUBSECTION}: new\n").endswith("\n\n### Search designs: new\n")


CHROMIUM = find_chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine: install Debian's chromium")
def test_the_report_has_a_table_per_site_recall_and_a_recommendation(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    site = write_built_site(tmp_path / "site")
    pagefind = shutil.which("pagefind")  # design A only where Pagefind is installed
    # The browser tests run earlier in this process may still hold Playwright's sync API open on this
    # thread (tests/browser/chromium.py), where a second one refuses to start: the benchmark, which
    # starts its own, runs on a thread of its own.
    with ThreadPoolExecutor(max_workers=1) as thread:
        measuring = thread.submit(
            measure_site, "tiny", site, CHROMIUM, 1, pagefind, tmp_path / "work", today=False
        )
        results = measuring.result()
    designs = {SHARDS} | ({"A Pagefind"} if pagefind else set())
    assert {(use.design, use.language) for use in results.uses} == {
        (d, lang) for d in designs for lang in PAGES
    }
    assert all(use.first > 0 and len(use.seconds) == 1 for use in results.uses)
    assert all(found.expected for found in results.recalls)
    written = section([results], datetime.now(UTC), ((0.0,) * 3, (0.0,) * 3), "tools")
    assert written.startswith(SUBSECTION)
    assert "#### tiny" in written and "Recall:" in written and "Not measured:" in written
    table = [line for line in written.splitlines() if line.startswith(f"| {SHARDS} |")]
    assert len(table) == 2 and all(line.count("|") == 11 for line in table)
