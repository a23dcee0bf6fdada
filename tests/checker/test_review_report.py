"""The review report: the issue text listing what is past its review date, on the fixture site."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import line_of, replace_in, run_checker

from programme_site.checker.review_report import TITLE, review_report

TODAY = date(2026, 12, 1)
BLOB = "https://github.example/ministry/site/blob/0123abc"


def plant_overdue(project: Path) -> tuple[int, int]:
    """An overdue page (Swedish) and an overdue data file; their lines."""
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, "review_by: 2099-12-31", "review_by: 2026-11-25")
    news = project / "data" / "news.yaml"
    replace_in(news, "  review_by: 2099-12-31", "  review_by: 2026-11-30")
    return line_of(news, "review_by: 2026-11-30"), line_of(page, "review_by: 2026-11-25")


def test_the_issue_text_lists_each_overdue_file_with_a_link_to_its_line(project: Path) -> None:
    news_line, page_line = plant_overdue(project)
    report = review_report(project, TODAY, BLOB + "/")
    lines = report.splitlines()
    assert lines[0] == TITLE == "Tarkistettavat sivut / Sidor att granska"
    table = [line for line in lines if line.startswith("| [")]
    assert table == [
        f"| [data/news.yaml]({BLOB}/data/news.yaml#L{news_line}) | 30.11.2026 |",
        f"| [docs/sv/verkosto.md]({BLOB}/docs/sv/verkosto.md#L{page_line}) | 25.11.2026 |",
    ]
    assert "Tarkista tiedot" in report and "Granska uppgifterna" in report  # both languages
    assert lines[-1] == "Tilanne / Läget 1.12.2026."


def test_nothing_due_writes_nothing_so_the_issue_is_closed(project: Path) -> None:
    assert review_report(project, TODAY, BLOB) == ""
    # The day itself is not past it.
    replace_in(project / "docs" / "sv" / "verkosto.md", "review_by: 2099-12-31", "review_by: 2026-12-01")
    assert review_report(project, TODAY, BLOB) == ""


def test_the_command_the_workflow_runs(project: Path) -> None:
    news_line, _ = plant_overdue(project)
    result = run_checker(project, "--review-report", BLOB)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == TITLE
    assert f"({BLOB}/data/news.yaml#L{news_line})" in result.stdout
