"""Review dates: a page past its review_by is listed as due, a page without one is an error."""

from datetime import date
from pathlib import Path

from conftest import PAGES, line_of, replace_in, run_checker
from rule_cases import small_project

from programme_site.checker.rules import review_dates
from programme_site.checker.run import check_project
from programme_site.core.located_yaml import parse_yaml

DUE = (
    "Check its facts against their sources, then set 'updated:' to the day of the review "
    "and 'review_by:' to the next review date."
)


def messages(project: Path, today: date) -> list[str]:
    return [str(finding) for finding in check_project(project, today).findings]


def test_a_page_past_its_review_date_is_a_warning_naming_the_file(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    assert messages(project, date(2099, 12, 31)) == []
    found = messages(project, date(2100, 1, 1))
    line = line_of(page, "review_by:")
    assert f"docs/sv/verkosto.md:{line}: warning: the review date 2099-12-31 has passed. {DUE}" in found
    # Every page in both languages and both data files are listed: make check shows all that is due.
    assert len(found) == 2 * len(PAGES) + 2
    assert all(": warning: the review date" in message for message in found)


def test_make_check_lists_a_due_data_file_without_failing(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "review_by: 2099-12-31", "review_by: 2020-01-31")
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        f"data/news.yaml:{line_of(news, 'review_by:')}: warning: the review date 2020-01-31 has passed. {DUE}",
        "1 warning. Nothing stops the merge; the warnings list known gaps.",
    ]
    assert result.returncode == 0


def test_a_page_without_a_review_date_is_an_error(project: Path) -> None:
    replace_in(project / "docs" / "fi" / "verkosto.md", "review_by: 2099-12-31\n", "")
    assert (
        "docs/fi/verkosto.md:1: the front matter has no 'review_by:' date. Add the day by which an editor "
        "checks the page's facts again, e.g. review_by: 2027-05-31."
    ) in messages(project, date(2026, 11, 26))


def test_a_review_date_that_is_not_a_date_or_not_after_updated(project: Path) -> None:
    finnish = project / "docs" / "fi" / "yhteystiedot.md"
    swedish = project / "docs" / "sv" / "yhteystiedot.md"
    replace_in(finnish, "review_by: 2099-12-31", "review_by: 31.12.2099")
    replace_in(swedish, "review_by: 2099-12-31", "review_by: 2026-11-20")
    found = messages(project, date(2026, 11, 26))
    assert (
        f"docs/fi/yhteystiedot.md:{line_of(finnish, 'review_by:')}: front matter 'review_by': '31.12.2099' "
        "is not a date. Write it as year-month-day, e.g. review_by: 2027-05-31."
    ) in found
    assert (
        f"docs/sv/yhteystiedot.md:{line_of(swedish, 'review_by:')}: 'review_by' 2026-11-20 is not after "
        "'updated' 2026-11-20. When you review a page, move both: 'updated:' to the day of the review and "
        "'review_by:' to the next review date."
    ) in found


def test_a_data_file_without_a_review_date_is_an_error(project: Path) -> None:
    contacts = project / "data" / "contacts.yaml"
    replace_in(contacts, "  review_by: 2099-12-31\n", "")
    assert (
        f"data/contacts.yaml:{line_of(contacts, 'settings:')}: there is no 'review_by:' date under 'settings:'. "
        "Add the day by which an editor checks the file's facts again, under a 'settings:' line at the top: "
        "'  review_by: 2027-05-31'."
    ) in messages(project, date(2026, 11, 26))


def test_a_page_not_yet_translated_needs_no_review_date(project: Path) -> None:
    (project / "docs" / "sv" / "verkosto.md").write_text("---\nuntranslated: true\n---\n", encoding="utf-8")
    assert not any("review" in message for message in messages(project, date(2026, 11, 26)))


def test_a_page_past_its_date_and_a_data_file_without_one(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "fi" / "sivu.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\nupdated: 2026-01-02\nreview_by: 2026-06-30\n---\n# Sivu\n")
    project = small_project({"docs/fi/sivu.md": page.read_text()}, root=tmp_path)
    project.data["data/news.yaml"] = parse_yaml("news: []\n", "data/news.yaml")
    assert [str(finding) for finding in review_dates.findings(project)] == [
        f"docs/fi/sivu.md:3: warning: the review date 2026-06-30 has passed. {DUE}",
        "data/news.yaml: there is no 'review_by:' date under 'settings:'. Add the day by which an editor checks "
        "the file's facts again, under a 'settings:' line at the top: '  review_by: 2027-05-31'.",
    ]
