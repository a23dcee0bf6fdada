"""The checker as editors run it: the real site is in step, and every kind of data problem is one line."""

from pathlib import Path

from conftest import ROOT, line_of, replace_in, run_checker

from programme_site.checker.project import check_project


def test_the_real_site_has_no_findings() -> None:
    result = run_checker(ROOT)
    assert (
        result.stdout == "Languages in step: 7 pages, the navigation and the data checked, no differences.\n"
    )
    assert result.stderr == ""
    assert result.returncode == 0


def test_a_swedish_data_field_left_blank(project_copy: Path) -> None:
    news = project_copy / "data" / "news.yaml"
    replace_in(
        news,
        "sv: Svara på enkäten om hur flerspråkig samhällsorientering genomförs",
        'sv: ""',
    )
    line = line_of(news, 'sv: ""')
    result = run_checker(project_copy)
    assert result.stdout.splitlines() == [
        f"data/news.yaml:{line}: news item kysely-monikielinen-yhteiskuntaorientaatio, "
        "field 'title.sv': the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'.",
        "1 error. Fix the errors before merging: see 'For editors: the language checker' in README.md.",
    ]
    assert result.returncode == 1


def test_a_finnish_contact_title_missing(project_copy: Path) -> None:
    contacts = project_copy / "data" / "contacts.yaml"
    replace_in(contacts, "      fi: Asiantuntija\n", "")
    assert [str(finding) for finding in check_project(project_copy).findings] == [
        f"data/contacts.yaml:{line_of(contacts, 'sv: Sakkunnig') - 1}: contact nanni-tuominen, field 'title.fi': "
        "the Finnish text is missing or empty. Write it under 'title:' as 'fi: …'.",
    ]


def test_a_page_that_is_not_utf8(project_copy: Path) -> None:
    (project_copy / "docs" / "sv" / "verkosto.md").write_bytes("Nätverket".encode("latin-1"))
    assert [str(finding) for finding in check_project(project_copy).findings] == [
        # The build's own rule and message (src/programme_site/build/page_sources.py).
        "docs/sv/verkosto.md:1: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode).",
    ]
