"""The real content: it builds strictly the way `make build` builds it, it passes `make check`, and every
page and data file has what the site needs of it.

These tests read the real pages and data on purpose, and they are the only ones that may
(tests/live_content.py): when one fails, the content needs a fix, not the code.
"""

from __future__ import annotations

from datetime import date

import pytest
from browser.chromium import Site
from conftest import ROOT, built_page, run_checker

from programme_site.data.files import CONTACTS_FILE, NEWS_FILE, DataFile
from programme_site.pages.dates import front_matter_date
from programme_site.pages.front_matter import front_matter

from .conftest import REAL_PAGES

LANGUAGES = ("fi", "sv")


def test_the_real_site_builds_strictly_with_every_page_in_both_languages(real_site: Site) -> None:
    # real_site is built by scripts/build_site.py, which fails on any warning (--strict).
    for page in REAL_PAGES:
        for language in LANGUAGES:
            html = built_page(real_site.directory, language, page).read_text(encoding="utf-8")
            assert f'<html lang="{language}"' in html, (language, page)


def test_make_check_passes_on_the_real_tree() -> None:
    # Warnings (a review date due, a page not yet translated) list known gaps and do not stop a merge.
    result = run_checker(ROOT)
    assert result.returncode == 0, result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", REAL_PAGES)
def test_every_real_page_has_its_dates_in_front_matter(language: str, page: str) -> None:
    # 'updated:' so that a shallow CI clone shows the same dates as a full one; 'review_by:' for the review.
    source = (ROOT / "docs" / language / page).read_text(encoding="utf-8")
    assert front_matter_date(source, page, date.max) is not None, f"docs/{language}/{page}: add 'updated:'"
    meta, _ = front_matter(source, page)
    assert meta is not None and "review_by" in meta, f"docs/{language}/{page}: add 'review_by:'"


@pytest.mark.parametrize("data_file", [NEWS_FILE, CONTACTS_FILE], ids=lambda data_file: data_file.key)
def test_the_real_data_files_name_their_schema_on_their_first_line(data_file: DataFile) -> None:
    # Editors' editors (VS Code's YAML extension) check and complete the file by it.
    first = (ROOT / data_file.path).read_text(encoding="utf-8").split("\n")[0]
    assert first == f"# yaml-language-server: $schema=schema/{data_file.key}.schema.json"
