"""The nav entries name pages, and every nav title is translated."""

from pathlib import Path

from conftest import line_of, replace_in
from rule_cases import findings, small_project

from programme_site.checker.rules import nav_titles
from programme_site.checker.run import check_project
from programme_site.core.site_config import NavConfig, NavEntry


def test_a_nav_title_without_its_swedish_translation(project: Path) -> None:
    config = project / "mkdocs.yml"
    replace_in(config, "            Verkosto: Nätverket\n", "")
    assert findings(project) == [
        f"mkdocs.yml:{line_of(config, '- Verkosto: verkosto.md')}: the nav title 'Verkosto' has no Swedish "
        f"translation. Add 'Verkosto: …' under nav_translations of the 'sv' language "
        f"(line {line_of(config, 'nav_translations:')}).",
    ]


def test_a_nav_entry_for_a_page_that_does_not_exist(project: Path) -> None:
    config = project / "mkdocs.yml"
    replace_in(config, "  - Verkosto: verkosto.md\n", "  - Verkosto: verkosto.md\n  - Uutta: uutta.md\n")
    replace_in(
        config,
        "            Verkosto: Nätverket\n",
        "            Verkosto: Nätverket\n            Uutta: Nytt\n",
    )
    line = line_of(config, "- Uutta: uutta.md")
    assert findings(project) == [
        f"mkdocs.yml:{line}: the nav entry 'Uutta' names uutta.md, which is in neither docs/fi/ nor docs/sv/. "
        "Correct the file name or remove the entry.",
    ]


def test_a_translation_of_no_nav_title_is_a_warning(project: Path) -> None:
    config = project / "mkdocs.yml"
    replace_in(
        config,
        "            Verkosto: Nätverket\n",
        "            Verkosto: Nätverket\n            Vanha: Gammal\n",
    )
    report = check_project(project)
    assert [str(finding) for finding in report.findings] == [
        f"mkdocs.yml:{line_of(config, 'Vanha: Gammal')}: warning: nav_translations has 'Vanha', which is no "
        "title in nav. Remove it, or correct it to match nav.",
    ]
    assert not report.failed


def test_an_entry_for_no_page_and_a_title_without_translation() -> None:
    project = small_project({})
    project.nav = NavConfig([NavEntry(3, "Uusi", "uusi.md")], {"sv": (12, {})})
    assert [str(finding) for finding in nav_titles.findings(project)] == [
        "mkdocs.yml:3: the nav entry 'Uusi' names uusi.md, which is in neither docs/fi/ nor docs/sv/. "
        "Correct the file name or remove the entry.",
        "mkdocs.yml:3: the nav title 'Uusi' has no Swedish translation. "
        "Add 'Uusi: …' under nav_translations of the 'sv' language (line 12).",
    ]


def test_no_findings_when_mkdocs_yml_could_not_be_read() -> None:
    assert nav_titles.findings(small_project({})) == []
