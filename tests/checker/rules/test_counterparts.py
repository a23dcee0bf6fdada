"""Every page exists in every language."""

from pathlib import Path

import pytest
from conftest import run_checker
from rule_cases import FAIL, NAMES, small_project

from programme_site.checker.rules import counterparts


@pytest.mark.parametrize(("deleted", "kept"), [("sv", "fi"), ("fi", "sv")])
def test_a_page_deleted_in_one_language(project: Path, deleted: str, kept: str) -> None:
    (project / "docs" / deleted / "verkosto.md").unlink()
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        f"docs/{kept}/verkosto.md:1: has no {NAMES[deleted]} counterpart: docs/{deleted}/verkosto.md is missing. "
        f"Translate the page into docs/{deleted}/verkosto.md, or, until it is translated, "
        f"create docs/{deleted}/verkosto.md containing only the three lines '---', 'untranslated: true', '---'.",
        f"1 error. {FAIL}",
    ]
    assert result.returncode == 1


def test_a_page_in_one_language_only_is_named_with_the_missing_file() -> None:
    project = small_project(
        {"docs/fi/uusi.md": "# Uusi\n", "docs/fi/index.md": "# Etusivu\n", "docs/sv/index.md": "# Start\n"}
    )
    assert [str(finding) for finding in counterparts.findings(project)] == [
        "docs/fi/uusi.md:1: has no Swedish counterpart: docs/sv/uusi.md is missing. Translate the page into "
        "docs/sv/uusi.md, or, until it is translated, create docs/sv/uusi.md containing only the three lines "
        "'---', 'untranslated: true', '---'.",
    ]
