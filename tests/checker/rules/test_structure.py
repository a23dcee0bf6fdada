"""Rule 2: the same headings, lists, tables, data blocks and images in both languages."""

from pathlib import Path

import yaml
from conftest import ROOT, line_of, replace_in, run_checker
from rule_cases import FAIL, behind, findings, small_project

from programme_site.checker.rules import structure


def test_a_heading_dropped_in_swedish(project_copy: Path) -> None:
    page = project_copy / "docs" / "sv" / "asettamispaatos.md"
    replace_in(page, "## Mål\n\n", "")
    finnish = project_copy / "docs" / "fi" / "asettamispaatos.md"
    result = run_checker(project_copy)
    assert result.stdout.splitlines() == [
        behind("asettamispaatos.md", "sv"),
        f"docs/fi/asettamispaatos.md:{line_of(finnish, '## Tavoitteet')}: the heading '## Tavoitteet' has no "
        "counterpart in docs/sv/asettamispaatos.md. Add the Swedish heading there, after the section "
        f"'## Bakgrund' (line {line_of(page, '## Bakgrund')}), or remove this one.",
        f"2 errors. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_heading_at_another_level(project_copy: Path) -> None:
    page = project_copy / "docs" / "fi" / "verkosto.md"
    replace_in(page, "## Kenelle verkosto on", "### Kenelle verkosto on")
    swedish = project_copy / "docs" / "sv" / "verkosto.md"
    assert findings(project_copy) == [
        f"docs/fi/verkosto.md:{line_of(page, 'Kenelle verkosto on')}: the heading '### Kenelle verkosto on tarkoitettu' is "
        "level 3, but its counterpart '## Vem är nätverket till för?' in "
        f"docs/sv/verkosto.md:{line_of(swedish, 'Vem är nätverket till för?')} is level 2. "
        "Use the same level (the same number of #) in both languages.",
        behind("verkosto.md", "fi"),
    ]


def test_a_list_item_dropped_in_swedish(project_copy: Path) -> None:
    page = project_copy / "docs" / "sv" / "asettamispaatos.md"
    replace_in(page, "- främja flyktingars delaktighet och samhällets mottaglighet.\n", "")
    finnish = project_copy / "docs" / "fi" / "asettamispaatos.md"
    assert findings(project_copy) == [
        behind("asettamispaatos.md", "sv"),
        f"docs/fi/asettamispaatos.md:{line_of(finnish, '## Tavoitteet')}: the section '## Tavoitteet' has "
        f"3 list items, but the section '## Mål' in docs/sv/asettamispaatos.md:{line_of(page, '## Mål')} has 2. "
        "Give both languages the same list items.",
    ]


def test_a_table_row_missing_in_swedish(project_copy: Path) -> None:
    finnish, swedish = (project_copy / "docs" / language / "verkosto.md" for language in ("fi", "sv"))
    with finnish.open("a", encoding="utf-8") as file:
        file.write("\n| Kuka | Mitä |\n| --- | --- |\n| kunta | tukea |\n| järjestö | tietoa |\n")
    with swedish.open("a", encoding="utf-8") as file:
        file.write("\n| Vem | Vad |\n| --- | --- |\n| kommun | stöd |\n")
    marked = yaml.safe_load((ROOT / "translations.lock").read_text(encoding="utf-8"))["verkosto.md"][
        "in_step"
    ]
    assert findings(project_copy) == [
        "docs/fi/verkosto.md:1: this page and docs/sv/verkosto.md have both changed since they were marked in "
        f"step on {marked}. Check that they say the same, then run `make sync PAGE=verkosto.md`.",
        f"docs/fi/verkosto.md:{line_of(finnish, '## Näin liityt')}: the section '## Näin liityt postituslistalle' "
        "has 3 table rows, but the section '## Så ansluter du dig till sändlistan' in "
        f"docs/sv/verkosto.md:{line_of(swedish, '## Så ansluter')} has 2. Give both languages the same table rows.",
    ]


def test_a_data_block_for_another_section(project_copy: Path) -> None:
    page = project_copy / "docs" / "sv" / "yhteystiedot.md"
    replace_in(page, "section=ohjausryhma", "section=lyhyt")
    line = line_of(page, "section=lyhyt")
    finnish_line = line_of(project_copy / "docs" / "fi" / "yhteystiedot.md", "section=ohjausryhma")
    assert findings(project_copy) == [
        behind("yhteystiedot.md", "sv"),
        f"docs/fi/yhteystiedot.md:{finnish_line}: the data block <!-- data:contacts section=ohjausryhma --> "
        "is not in docs/sv/yhteystiedot.md. Use the same data blocks in both languages.",
        f"docs/sv/yhteystiedot.md:{line}: the data block <!-- data:contacts section=lyhyt --> "
        "is not in docs/fi/yhteystiedot.md. Use the same data blocks in both languages.",
    ]


def test_data_blocks_in_another_order(project_copy: Path) -> None:
    page = project_copy / "docs" / "fi" / "yhteystiedot.md"
    replace_in(page, "section=ohjelma", "section=TEMP")
    replace_in(page, "section=ohjausryhma", "section=ohjelma")
    replace_in(page, "section=TEMP", "section=ohjausryhma")
    assert findings(project_copy) == [
        f"docs/fi/yhteystiedot.md:{line_of(page, 'section=ohjausryhma')}: the data blocks are in a different "
        "order than in docs/sv/yhteystiedot.md. Put them in the same order in both languages.",
        behind("yhteystiedot.md", "fi"),
    ]


def test_an_image_in_one_language_only_and_an_image_without_alt_text(project_copy: Path) -> None:
    page = project_copy / "docs" / "fi" / "verkosto.md"
    (project_copy / "docs" / "assets" / "kaavio.png").write_bytes(b"png")
    replace_in(
        page,
        "## Kenelle verkosto on tarkoitettu\n",
        "## Kenelle verkosto on tarkoitettu\n\n![](../assets/kaavio.png)\n",
    )
    line = line_of(page, "kaavio.png")
    assert findings(project_copy) == [
        f"docs/fi/verkosto.md:{line}: the image ../assets/kaavio.png has no alt text. Describe it between the "
        "brackets, e.g. ![what the image shows](../assets/kaavio.png), so that screen-reader users get it too.",
        f"docs/fi/verkosto.md:{line}: the image ../assets/kaavio.png is not in docs/sv/verkosto.md. "
        "Use the same images in both languages.",
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
