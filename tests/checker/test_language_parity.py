"""Rules 1-3 on copies of the real site, broken the way an editor would: pages, nav, structure, facts."""

from pathlib import Path

import pytest
import yaml
from conftest import ROOT, line_of, replace_in, run_checker

from programme_site.checker.language_parity import align
from programme_site.checker.project import check_project

FAIL = "Fix the errors before merging: see 'For editors: the language checker' in README.md."
NAMES = {"fi": "Finnish", "sv": "Swedish"}


def findings(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def behind(page: str, changed: str) -> str:
    """The freshness line every edit of one language also brings (rule 6, tested on its own elsewhere)."""
    marked = yaml.safe_load((ROOT / "translations.lock").read_text(encoding="utf-8"))[page]["in_step"]
    stale = "sv" if changed == "fi" else "fi"
    return (
        f"docs/{stale}/{page}:1: the {NAMES[changed]} page docs/{changed}/{page} changed after both were marked "
        f"in step on {marked}; this {NAMES[stale]} page did not. Check the {NAMES[changed]} change; if it is "
        f"right, bring this page in step with it, then run `make sync PAGE={page}`."
    )


# Rule 1: pages and navigation


@pytest.mark.parametrize(("deleted", "kept"), [("sv", "fi"), ("fi", "sv")])
def test_a_page_deleted_in_one_language(project_copy: Path, deleted: str, kept: str) -> None:
    (project_copy / "docs" / deleted / "verkosto.md").unlink()
    result = run_checker(project_copy)
    assert result.stdout.splitlines() == [
        f"docs/{kept}/verkosto.md:1: has no {NAMES[deleted]} counterpart: docs/{deleted}/verkosto.md is missing. "
        f"Translate the page into docs/{deleted}/verkosto.md, or, until it is translated, "
        f"create docs/{deleted}/verkosto.md containing only the three lines '---', 'untranslated: true', '---'.",
        f"1 error. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_nav_title_without_its_swedish_translation(project_copy: Path) -> None:
    config = project_copy / "mkdocs.yml"
    replace_in(config, "            Verkosto: Nätverket\n", "")
    assert findings(project_copy) == [
        f"mkdocs.yml:{line_of(config, '- Verkosto: verkosto.md')}: the nav title 'Verkosto' has no Swedish "
        f"translation. Add 'Verkosto: …' under nav_translations of the 'sv' language "
        f"(line {line_of(config, 'nav_translations:')}).",
    ]


def test_a_nav_entry_for_a_page_that_does_not_exist(project_copy: Path) -> None:
    config = project_copy / "mkdocs.yml"
    replace_in(config, "  - Verkosto: verkosto.md\n", "  - Verkosto: verkosto.md\n  - Uutta: uutta.md\n")
    replace_in(
        config,
        "            Verkosto: Nätverket\n",
        "            Verkosto: Nätverket\n            Uutta: Nytt\n",
    )
    line = line_of(config, "- Uutta: uutta.md")
    assert findings(project_copy) == [
        f"mkdocs.yml:{line}: the nav entry 'Uutta' names uutta.md, which is in neither docs/fi/ nor docs/sv/. "
        "Correct the file name or remove the entry.",
    ]


def test_a_translation_of_no_nav_title_is_a_warning(project_copy: Path) -> None:
    config = project_copy / "mkdocs.yml"
    replace_in(
        config,
        "            Verkosto: Nätverket\n",
        "            Verkosto: Nätverket\n            Vanha: Gammal\n",
    )
    report = check_project(project_copy)
    assert [str(finding) for finding in report.findings] == [
        f"mkdocs.yml:{line_of(config, 'Vanha: Gammal')}: warning: nav_translations has 'Vanha', which is no "
        "title in nav. Remove it, or correct it to match nav.",
    ]
    assert not report.failed


# Rule 2: structure


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


# Rule 3: facts


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


def test_align_names_what_has_no_counterpart() -> None:
    assert align([1, 2, 3, 4], [1, 3, 4], [lambda x: x]) == [(1, 1), (2, None), (3, 3), (4, 4)]
    # Left over with the same count on both sides: paired by position (a changed value).
    assert align(["a", "b"], ["a", "c"], [lambda x: x]) == [("a", "a"), ("b", "c")]
