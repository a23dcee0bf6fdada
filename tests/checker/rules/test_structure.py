"""The same headings, lists, tables, data blocks and images in both languages."""

from pathlib import Path

from conftest import append_to, line_of, replace_in, run_checker
from rule_cases import FAIL, behind, both_changed, findings, in_step, small_project

from programme_site.checker.rules import structure


def test_a_heading_dropped_in_swedish(project: Path) -> None:
    page = project / "docs" / "sv" / "yhteystiedot.md"
    replace_in(page, "## Styrgruppen\n\nStyrgruppens ordförande är:\n\n", "")
    finnish = project / "docs" / "fi" / "yhteystiedot.md"
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        behind("yhteystiedot.md", "sv"),
        f"docs/fi/yhteystiedot.md:{line_of(finnish, '## Ohjausryhmä')}: the heading '## Ohjausryhmä' has no "
        "counterpart in docs/sv/yhteystiedot.md. Add the Swedish heading there, after the section "
        f"'## Nätverkets kontaktpersoner' (line {line_of(page, '## Nätverkets kontaktpersoner')}), or remove this one.",
        f"2 errors. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_heading_at_another_level(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    replace_in(page, "## Kenelle verkosto on", "### Kenelle verkosto on")
    swedish = project / "docs" / "sv" / "verkosto.md"
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line_of(page, 'Kenelle verkosto on')}: the heading '### Kenelle verkosto on tarkoitettu' is "
        "level 3, but its counterpart '## Vem är nätverket till för?' in "
        f"docs/sv/verkosto.md:{line_of(swedish, 'Vem är nätverket till för?')} is level 2. "
        "Use the same level (the same number of #) in both languages.",
        behind("verkosto.md", "fi"),
    ]


def test_a_list_item_dropped_in_swedish(project: Path) -> None:
    page = project / "docs" / "sv" / "index.md"
    replace_in(page, "- Det ordnar utbildning två gånger om året.\n", "")
    finnish = project / "docs" / "fi" / "index.md"
    assert findings(project) == [
        behind("index.md", "sv"),
        f"docs/fi/index.md:{line_of(finnish, '## Mitä verkosto tekee')}: the section '## Mitä verkosto tekee' has "
        f"3 list items, but the section '## Vad nätverket gör' in docs/sv/index.md:{line_of(page, '## Vad nätverket')} has 2. "
        "Give both languages the same list items.",
    ]


def test_a_table_row_missing_in_swedish(project: Path) -> None:
    finnish, swedish = (project / "docs" / language / "yhteystiedot.md" for language in ("fi", "sv"))
    append_to(finnish, "| Kuka | Mitä |\n| --- | --- |\n| kunta | tukea |\n| järjestö | tietoa |")
    append_to(swedish, "| Vem | Vad |\n| --- | --- |\n| kommun | stöd |")
    assert findings(project) == [
        both_changed("yhteystiedot.md", in_step("yhteystiedot.md")),
        f"docs/fi/yhteystiedot.md:{line_of(finnish, '## Ohjausryhmä')}: the section '## Ohjausryhmä' "
        "has 3 table rows, but the section '## Styrgruppen' in "
        f"docs/sv/yhteystiedot.md:{line_of(swedish, '## Styrgruppen')} has 2. Give both languages the same table rows.",
    ]


def test_a_data_block_for_another_section(project: Path) -> None:
    page = project / "docs" / "sv" / "yhteystiedot.md"
    replace_in(page, "section=johto", "section=lyhyt")
    line = line_of(page, "section=lyhyt")
    finnish_line = line_of(project / "docs" / "fi" / "yhteystiedot.md", "section=johto")
    assert findings(project) == [
        behind("yhteystiedot.md", "sv"),
        f"docs/fi/yhteystiedot.md:{finnish_line}: the data block <!-- data:contacts section=johto --> "
        "is not in docs/sv/yhteystiedot.md. Use the same data blocks in both languages.",
        f"docs/sv/yhteystiedot.md:{line}: the data block <!-- data:contacts section=lyhyt --> "
        "is not in docs/fi/yhteystiedot.md. Use the same data blocks in both languages.",
    ]


def test_data_blocks_in_another_order(project: Path) -> None:
    page = project / "docs" / "fi" / "yhteystiedot.md"
    replace_in(page, "section=kaikki", "section=TEMP")
    replace_in(page, "section=johto", "section=kaikki")
    replace_in(page, "section=TEMP", "section=johto")
    assert findings(project) == [
        f"docs/fi/yhteystiedot.md:{line_of(page, 'section=johto')}: the data blocks are in a different "
        "order than in docs/sv/yhteystiedot.md. Put them in the same order in both languages.",
        behind("yhteystiedot.md", "fi"),
    ]


def test_an_image_in_one_language_only_and_an_image_without_alt_text(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    (project / "docs" / "assets" / "kaavio.png").write_bytes(b"png")
    replace_in(
        page,
        "## Kenelle verkosto on tarkoitettu\n",
        "## Kenelle verkosto on tarkoitettu\n\n![](../assets/kaavio.png)\n",
    )
    line = line_of(page, "kaavio.png")
    assert findings(project) == [
        # On one line, in the order the rules run (checker/run.py): the same in every language.
        f"docs/fi/verkosto.md:{line}: the image ../assets/kaavio.png is not in docs/sv/verkosto.md. "
        "Use the same images in both languages.",
        f"docs/fi/verkosto.md:{line}: the image ../assets/kaavio.png has no alt text. Describe it between the "
        "brackets, e.g. ![what the image shows](../assets/kaavio.png), so that screen-reader users get it too.",
        behind("verkosto.md", "fi"),
    ]


def test_a_heading_missing_and_a_list_item_fewer() -> None:
    project = small_project(
        {
            "docs/fi/sivu.md": "# Sivu\n\n- yksi\n- kaksi\n\n## Lisää\n",
            "docs/sv/sivu.md": "# Sida\n\n- ett\n",
        }
    )
    assert [str(finding) for finding in structure.findings(project)] == [
        "docs/fi/sivu.md:6: the heading '## Lisää' has no counterpart in docs/sv/sivu.md. "
        "Add the Swedish heading there, after the section '# Sida' (line 1), or remove this one.",
        "docs/fi/sivu.md:1: the page has 2 list items, but docs/sv/sivu.md has 1. "
        "Give both languages the same list items.",
    ]
