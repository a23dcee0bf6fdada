"""The language rule in the checker: every text of a page and every navigation title in its language."""

from pathlib import Path

from conftest import (
    FINNISH_PARAGRAPH,
    SWEDISH_PARAGRAPH,
    language_advice,
    line_of,
    replace_in,
    run_checker,
)
from rule_cases import behind

from programme_site.checker.run import check_project


def findings(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def test_a_finnish_paragraph_pasted_into_a_swedish_page(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, SWEDISH_PARAGRAPH, FINNISH_PARAGRAPH)
    assert findings(project) == [
        behind("verkosto.md", "sv"),
        f"docs/sv/verkosto.md:{line_of(page, FINNISH_PARAGRAPH)}: this paragraph {language_advice('fi', 'sv')}",
    ]


def test_a_swedish_heading_and_list_item_in_a_finnish_page(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    replace_in(page, "## Kenelle verkosto on tarkoitettu", "## Vem är nätverket till för?")
    replace_in(
        page,
        "1. Lähetä sähköpostia verkoston yhteiseen osoitteeseen.",
        "1. Skicka e-post till nätverkets gemensamma adress.",
    )
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line_of(page, '## Vem är')}: this heading {language_advice('sv', 'fi')}",
        f"docs/fi/verkosto.md:{line_of(page, '1. Skicka')}: this list item {language_advice('sv', 'fi')}",
        behind("verkosto.md", "fi"),
    ]


def test_a_finnish_table_cell_in_a_swedish_page(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, SWEDISH_PARAGRAPH, f"| Namn |\n| --- |\n| {FINNISH_PARAGRAPH} |")
    # The table also breaks the structure (rule 2); only the language finding is this rule's.
    assert [line for line in findings(project) if "this table cell" in line] == [
        f"docs/sv/verkosto.md:{line_of(page, FINNISH_PARAGRAPH)}: this table cell {language_advice('fi', 'sv')}",
    ]


def test_the_marked_finnish_name_is_accepted_and_unmarked_it_is_not_yet_enough_to_tell(
    project: Path,
) -> None:
    # The Swedish page quotes the network's Finnish name, marked: no finding. A short quoted name
    # in a Swedish sentence is too little Finnish to report even unmarked; a whole paragraph is not.
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, "[Kirjastojen yhteistyöverkosto]{lang=fi}", "Kirjastojen yhteistyöverkosto")
    assert findings(project) == [behind("verkosto.md", "sv")]
    replace_in(page, "## Vem är nätverket till för?", f"[{FINNISH_PARAGRAPH}]{{lang=fi}}")
    assert [line for line in findings(project) if "this paragraph" in line] == []


def test_a_finnish_navigation_title_under_nav_translations(project: Path) -> None:
    config = project / "mkdocs.yml"
    replace_in(config, "Yhteystiedot: Kontaktuppgifter", "Yhteystiedot: Yhteystiedot")
    assert findings(project) == [
        f"mkdocs.yml:{line_of(config, 'Yhteystiedot: Yhteystiedot')}: the navigation title 'Yhteystiedot' "
        "is in Finnish, not Swedish. Translate it into Swedish.",
    ]


def test_sync_refuses_a_page_with_text_in_the_wrong_language(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, SWEDISH_PARAGRAPH, FINNISH_PARAGRAPH)
    lock = (project / "translations.lock").read_text(encoding="utf-8")
    result = run_checker(project, "--sync", "verkosto.md")
    assert result.stdout.splitlines() == [
        f"docs/sv/verkosto.md:{line_of(page, FINNISH_PARAGRAPH)}: this paragraph {language_advice('fi', 'sv')}",
        "verkosto.md: not marked in step. Translate the page and fix what is listed above first.",
    ]
    assert result.returncode == 1
    assert (project / "translations.lock").read_text(encoding="utf-8") == lock
