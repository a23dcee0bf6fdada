"""The data files are valid by the build's own rules (the checker reads them with the build's loader);
every problem is one line."""

from pathlib import Path

from conftest import line_of, replace_in, run_checker

from programme_site.checker.project import Project
from programme_site.checker.run import check_project
from programme_site.core.languages import finnish_today


def test_a_swedish_data_field_left_blank(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "sv: Nätverket startar ett eget nyhetsbrev", 'sv: ""')
    line = line_of(news, 'sv: ""')
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        f"data/news.yaml:{line}: news item oma-uutiskirje, "
        "field 'title.sv': the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'.",
        "1 error. Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md.",
    ]
    assert result.returncode == 1


def test_a_finnish_contact_title_missing(project: Path) -> None:
    contacts = project / "data" / "contacts.yaml"
    replace_in(contacts, "      fi: Suunnittelija\n", "")
    assert [str(finding) for finding in check_project(project).findings] == [
        f"data/contacts.yaml:{line_of(contacts, 'sv: Planerare') - 1}: contact aino-virtanen, field 'title.fi': "
        "the Finnish text is missing or empty. Write it under 'title:' as 'fi: …'.",
    ]


def test_every_problem_in_the_data_is_a_finding_of_its_own(tmp_path: Path) -> None:
    found = {str(finding) for finding in Project.read(tmp_path, finnish_today()).findings}
    assert {
        "data/contacts.yaml: the file is missing. Restore it from the main branch.",
        "data/news.yaml: the file is missing. Restore it from the main branch.",
    } <= found


def test_three_mistakes_in_one_news_item_are_three_findings(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "    date: 2024-11-20\n    type: uutinen\n", "    date: 2024-11-31\n    type: blogi\n")
    replace_in(news, "      sv: Nätverkets årsmöte valde", "      # sv: Nätverkets årsmöte valde")
    found = [finding for finding in check_project(project).findings if finding.path == "data/news.yaml"]
    assert [(finding.path, finding.line) for finding in found] == [
        ("data/news.yaml", line_of(news, "date: 2024-11-31")),
        ("data/news.yaml", line_of(news, "type: blogi")),
        ("data/news.yaml", line_of(news, "      fi: Verkoston vuosikokous valitsi") - 1),
    ]
