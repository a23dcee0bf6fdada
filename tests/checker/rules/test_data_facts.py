"""Facts in data: a fact changed in one language of a news item or contact is caught."""

from datetime import date
from pathlib import Path

from conftest import line_of, replace_in, run_checker
from fixture_site import FIXTURE
from rule_cases import page_file, small_project

from programme_site.checker.rules import data_facts, facts, structure
from programme_site.checker.rules.data_facts import data_fact_differences
from programme_site.core.located_yaml import parse_yaml
from programme_site.data.load import load_site_data
from programme_site.html.news_pages import generated_pages

TODAY = date(2026, 12, 1)  # the code tests' day (tests/conftest.py)


def test_same_facts_written_differently_agree() -> None:
    document = parse_yaml(
        "text:\n  fi: Hinta 7,35 milj. euroa 1 050 henkilölle.\n  sv: Priset 7.35 milj. euro för 1050 personer.\n",
        "d.yaml",
    )
    assert data_fact_differences("d.yaml", document) == []


def test_a_date_changed_only_in_finnish_news(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "pidettiin 20.11.2024", "pidettiin 21.11.2024")
    result = run_checker(project)
    assert result.stdout.splitlines()[0] == (
        f"data/news.yaml:{line_of(news, 'sv: Årsmötet hölls')}: the Finnish and Swedish texts give different "
        "facts (21.11.2024 only in Finnish; 20.11.2024 only in Swedish). "
        "Give both languages the same numbers, dates and addresses."
    )
    assert result.returncode == 1


def test_generated_news_pages_pass_the_page_comparison() -> None:
    """Item and archive pages come from one data entry; compared like hand-written pages, they agree."""
    news = load_site_data(FIXTURE).news
    pages = {page.source_path: page.markdown for page in generated_pages(news, TODAY)}
    finnish = [path for path in pages if path.startswith("fi/")]
    assert len(finnish) == len(news) + 2  # every item and the archives of 2024 and 2025
    for path in finnish:
        name = path.removeprefix("fi/")
        finnish, swedish = (
            page_file(f"docs/fi/{name}", pages[path]),
            page_file(f"docs/sv/{name}", pages[f"sv/{name}"]),
        )
        assert structure.page_structure(finnish, swedish) + facts.page_facts(finnish, swedish) == [], name


def test_the_rule_compares_every_data_file_the_project_read() -> None:
    project = small_project({})
    project.data["data/news.yaml"] = parse_yaml(
        "text:\n  fi: Voimassa 3.10.2023.\n  sv: Gäller 4.10.2023.\n", "data/news.yaml"
    )
    assert [str(finding) for finding in data_facts.findings(project)] == [
        "data/news.yaml:3: the Finnish and Swedish texts give different facts "
        "(3.10.2023 only in Finnish; 4.10.2023 only in Swedish). "
        "Give both languages the same numbers, dates and addresses.",
    ]
