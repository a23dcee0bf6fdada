"""Lighthouse, mobile: accessibility, best practices and SEO 100 and performance at least 95."""

from __future__ import annotations

from pathlib import Path

import pytest

from .checks import failed_audits, lighthouse_problems, lighthouse_report
from .conftest import Site, tiny_page
from .server import serve
from .tools import missing

# The front page and a content page in each language.
PAGES = ("/", "/kotoutuminen/", "/sv/", "/sv/kotoutuminen/")


@pytest.fixture(scope="module", autouse=True)
def lighthouse() -> None:
    reason = missing("chromium", "node", "lighthouse")
    if reason:
        pytest.skip(reason)


def test_front_and_content_pages_score_full_marks(site: Site, tmp_path: Path) -> None:
    problems = []
    for number, path in enumerate(PAGES):
        report = lighthouse_report(site.url(path), tmp_path / f"report-{number}.json")
        problems += [f"{path}: {problem}" for problem in lighthouse_problems(report)]
    assert not problems, "\n".join(problems)


def test_lighthouse_catches_a_page_without_description_with_low_contrast_and_an_error(tmp_path: Path) -> None:
    tiny_page(
        tmp_path,
        '<main><h1>Testi</h1><p style="color: #bbbbbb">Vaalea teksti</p><img src="puuttuu.png" alt="Puuttuva kuva"></main>',
        head='<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    )
    with serve(tmp_path) as origin:
        report = lighthouse_report(origin + "/", tmp_path / "report.json")
    assert {"meta-description", "color-contrast", "errors-in-console"} <= failed_audits(report)
    problems = lighthouse_problems(report)
    assert [problem.split(" ")[0] for problem in problems] == ["accessibility", "best-practices", "seo"]
