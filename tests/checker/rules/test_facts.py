"""Both versions of a page give the same facts."""

from pathlib import Path

from conftest import append_to, line_of, replace_in, run_checker
from rule_cases import FAIL, behind, both_changed, findings, in_step, small_project

from programme_site.checker.rules import facts


def test_a_date_changed_only_in_finnish(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    replace_in(page, "perustettiin 3.2.2021", "perustettiin 4.2.2021")
    swedish = project / "docs" / "sv" / "verkosto.md"
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        f"docs/fi/verkosto.md:{line_of(page, '4.2.2021')}: the Finnish text has the date 4.2.2021 where "
        f"docs/sv/verkosto.md:{line_of(swedish, 'grundades 3.2.2021')} has 3.2.2021. Correct the one that is "
        "wrong, so that both languages give the same facts.",
        behind("verkosto.md", "fi"),
        f"2 errors. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_fact_added_only_in_swedish(project: Path) -> None:
    page = project / "docs" / "sv" / "yhteystiedot.md"
    replace_in(page, "samordnas av två personer.", "samordnas av två personer sedan 1.9.2025.")
    assert findings(project) == [
        behind("yhteystiedot.md", "sv"),
        f"docs/sv/yhteystiedot.md:{line_of(page, '1.9.2025')}: the date 1.9.2025 is in the Swedish text but not "
        "in the section '## Verkoston yhteyshenkilöt' in "
        f"docs/fi/yhteystiedot.md:{line_of(project / 'docs/fi/yhteystiedot.md', '## Verkoston yhteyshenkilöt')}. "
        "Give both languages the same facts.",
    ]


def test_the_same_facts_written_differently_are_in_step(project: Path) -> None:
    finnish, swedish = (project / "docs" / language / "verkosto.md" for language in ("fi", "sv"))
    append_to(finnish, "Hankkeen budjetti on 7,35 miljoonaa euroa, ja siitä 70 % menee 1 050 kirjastolle.")
    append_to(swedish, "Projektets budget är 7.35 miljoner euro, och 70 procent går till 1050 bibliotek.")
    assert findings(project) == [both_changed("verkosto.md", in_step("verkosto.md"))]


def test_a_number_changed_in_one_language_is_named_with_both_values() -> None:
    project = small_project(
        {"docs/fi/sivu.md": "# Sivu\n\nHinta 7,35 euroa.\n", "docs/sv/sivu.md": "# Sida\n\nPris 7,53 euro.\n"}
    )
    assert [str(finding) for finding in facts.findings(project)] == [
        "docs/fi/sivu.md:3: the Finnish text has the number 7,35 where docs/sv/sivu.md:3 has 7,53. "
        "Correct the one that is wrong, so that both languages give the same facts.",
    ]
