"""Lighthouse, mobile: what its accessibility, best-practices and SEO audits catch.

The real pages' scores are a content test (tests/content/test_real_pages_in_browser.py); the
performance score is a timing, reported by `make bench` (bench/lighthouse.py) and asserted nowhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .checks import failed_audits, lighthouse_problems, lighthouse_report
from .chromium import tiny_page
from .server import serve
from .tools import missing


@pytest.fixture(scope="module", autouse=True)
def lighthouse() -> None:
    reason = missing("chromium", "node", "lighthouse")
    if reason:
        pytest.skip(reason)


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
    assert "performance" not in report["categories"]  # a timing: `make bench` reports it
