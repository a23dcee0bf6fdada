"""Page dates: front matter first, then git's full history, then the build date; bad dates are named."""

import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import PAGES, SITE_URL, build_site, built_page, replace_in
from fixture_site import FIXTURE

from programme_site.core.errors import SiteError
from programme_site.pages.dates import front_matter_date, git_date, page_updated

TODAY = date(2026, 11, 25)


def test_date_from_front_matter() -> None:
    source = "---\ntitle: Sivu\nupdated: 2023-10-03\n---\n\n# Sivu\n"
    assert front_matter_date(source, "docs/fi/sivu.md", TODAY) == date(2023, 10, 3)


@pytest.mark.parametrize(
    "source", ["# Sivu\n", "---\ntitle: Sivu\n---\n\n# Sivu\n", "Teksti\n---\nupdated: 2023-10-03\n---\n"]
)
def test_no_date_in_front_matter(source: str) -> None:
    assert front_matter_date(source, "docs/fi/sivu.md", TODAY) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("3.10.2023", "'3.10.2023' is not a date. Write it as year-month-day, e.g. 2023-10-03."),
        ("2023-02-30", "'2023-02-30' is not a date. Write it as year-month-day, e.g. 2023-10-03."),
        ("", "is missing or empty. Fill it in."),
        ("2026-11-26", "2026-11-26 is after today (2026-11-25). Write the date the page was last changed."),
        ("1900-01-01", "1900-01-01 is before 2000. Check the year."),
    ],
)
def test_bad_front_matter_date_names_file_and_line(value: str, problem: str) -> None:
    source = f"---\ntitle: Sivu\nupdated: {value}\n---\n"
    with pytest.raises(SiteError) as error:
        front_matter_date(source, "docs/sv/sida.md", TODAY)
    assert str(error.value) == f"docs/sv/sida.md:3: front matter, field 'updated': {problem}"


def git(folder: Path, *args: str, when: str = "2024-02-29T12:00:00+02:00") -> None:
    env = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "HOME": str(folder), "PATH": "/usr/bin:/bin"}
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.fi", "-c", "init.defaultBranch=main"]
    subprocess.run(["git", *identity, *args], cwd=folder, env=env, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository whose page was last changed on 2024-02-29 and whose newest commit is later."""
    folder = tmp_path / "repo"
    folder.mkdir()
    git(folder, "init", "-q")
    (folder / "sivu.md").write_text("# Sivu\n", encoding="utf-8")
    git(folder, "add", "sivu.md")
    git(folder, "commit", "-q", "-m", "page")
    (folder / "muu.md").write_text("# Muu\n", encoding="utf-8")
    git(folder, "add", "muu.md")
    git(folder, "commit", "-q", "-m", "other", when="2025-06-01T12:00:00+03:00")
    return folder


def test_git_date_with_full_history(repository: Path) -> None:
    assert git_date(repository / "sivu.md") == date(2024, 2, 29)
    assert page_updated("# Sivu\n", "docs/fi/sivu.md", repository / "sivu.md", TODAY) == date(2024, 2, 29)


def test_front_matter_wins_over_git(repository: Path) -> None:
    source = "---\nupdated: 2023-10-03\n---\n# Sivu\n"
    assert page_updated(source, "docs/fi/sivu.md", repository / "sivu.md", TODAY) == date(2023, 10, 3)


def test_shallow_clone_is_not_trusted(repository: Path, tmp_path: Path) -> None:
    # A shallow clone would date every old file with its newest commit (2025-06-01 here).
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repository}", "shallow")
    shallow = tmp_path / "shallow" / "sivu.md"
    assert git_date(shallow) is None
    assert page_updated("# Sivu\n", "docs/fi/sivu.md", shallow, TODAY) == TODAY


def test_uncommitted_page_and_generated_page_get_the_build_date(repository: Path) -> None:
    (repository / "uusi.md").write_text("# Uusi\n", encoding="utf-8")
    assert git_date(repository / "uusi.md") is None
    assert page_updated("# Uusi\n", "docs/fi/uusi.md", repository / "uusi.md", TODAY) == TODAY
    assert page_updated("# Uusi\n", "docs/fi/uusi.md", None, TODAY) == TODAY


def test_outside_git_the_build_date_is_used(tmp_path: Path) -> None:
    (tmp_path / "sivu.md").write_text("# Sivu\n", encoding="utf-8")
    assert git_date(tmp_path / "sivu.md") is None


@pytest.mark.parametrize(("language", "label"), [("fi", "Päivitetty"), ("sv", "Uppdaterad")])
def test_every_built_page_shows_its_date(built_site: Path, language: str, label: str) -> None:
    for page in PAGES:
        source = (FIXTURE / "docs" / language / page).read_text(encoding="utf-8")
        day = front_matter_date(source, page, date.max)
        assert day is not None
        html = built_page(built_site, language, page).read_text(encoding="utf-8")
        expected = f'{label} <time datetime="{day.isoformat()}">{day.day}.{day.month}.{day.year}</time>'
        assert expected in html, page


def test_sitemap_lastmod_is_the_page_date(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    item = f"{SITE_URL}sv/ajankohtaista/2024-04-09-lahikirjastojen-palvelut/"
    assert f"<loc>{item}</loc>\n        <lastmod>2024-04-09</lastmod>" in sitemap


def test_bad_page_date_stops_the_build(project: Path) -> None:
    replace_in(project / "docs" / "sv" / "verkosto.md", "updated: 2026-11-20", "updated: 20.11.2026")
    result = build_site(project)
    assert result.returncode != 0
    assert (
        "docs/sv/verkosto.md:2: front matter, field 'updated': '20.11.2026' is not a date. "
        "Write it as year-month-day, e.g. 2023-10-03." in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_generated_news_page_keeps_its_future_date() -> None:
    # Its date was checked in data/news.yaml against future_limit_days; no second rule applies.
    source = "---\ntitle: Uutinen\nupdated: 2026-12-05\n---\n"
    assert page_updated(source, "docs/fi/ajankohtaista/2026-12-05-x.md", None, TODAY) == date(2026, 12, 5)
