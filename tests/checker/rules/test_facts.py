"""Rule 3: both versions of a page give the same facts."""

from pathlib import Path

from conftest import line_of, replace_in, run_checker
from rule_cases import FAIL, behind, findings, small_project

from programme_site.checker.rules import facts


def test_a_date_changed_only_in_finnish(project_copy: Path) -> None:
    page = project_copy / "docs" / "fi" / "asettamispaatos.md"
    replace_in(page, "ajalle 26.4.2022–31.12.2027", "ajalle 27.4.2022–31.12.2027")
    swedish = project_copy / "docs" / "sv" / "asettamispaatos.md"
    result = run_checker(project_copy)
    assert result.stdout.splitlines() == [
        f"docs/fi/asettamispaatos.md:{line_of(page, 'ajalle 27.4.2022')}: the Finnish text has the period "
        f"27.4.2022–31.12.2027 where docs/sv/asettamispaatos.md:{line_of(swedish, 'tiden 26.4.2022')} has "
        "26.4.2022–31.12.2027. Correct the one that is wrong, so that both languages give the same facts.",
        behind("asettamispaatos.md", "fi"),
        f"2 errors. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_fact_added_only_in_swedish(project_copy: Path) -> None:
    page = project_copy / "docs" / "sv" / "kotoutuminen.md"
    replace_in(page, "våren 2021.", "våren 2021, och den behandlades 16.6.2021.")
    assert findings(project_copy) == [
        behind("kotoutuminen.md", "sv"),
        f"docs/sv/kotoutuminen.md:{line_of(page, '16.6.2021')}: the date 16.6.2021 is in the Swedish text but not "
        "in the section '### Selonteko kotoutumisen edistämisen uudistamistarpeista' in "
        f"docs/fi/kotoutuminen.md:{line_of(project_copy / 'docs/fi/kotoutuminen.md', '### Selonteko')}. "
        "Give both languages the same facts.",
    ]


def test_the_same_facts_written_differently_are_in_step(project_copy: Path) -> None:
    page = project_copy / "docs" / "sv" / "asettamispaatos.md"
    replace_in(page, "7,35 miljoner", "7.35 miljoner")
    replace_in(page, "(1 050 personer)", "(1050 personer)")
    replace_in(page, "70 %", "70 procent")
    assert findings(project_copy) == [behind("asettamispaatos.md", "sv")]


def test_a_number_changed_in_one_language_is_named_with_both_values() -> None:
    project = small_project(
        {"docs/fi/sivu.md": "# Sivu\n\nHinta 7,35 euroa.\n", "docs/sv/sivu.md": "# Sida\n\nPris 7,53 euro.\n"}
    )
    assert [str(finding) for finding in facts.findings(project)] == [
        "docs/fi/sivu.md:3: the Finnish text has the number 7,35 where docs/sv/sivu.md:3 has 7,53. "
        "Correct the one that is wrong, so that both languages give the same facts.",
    ]
