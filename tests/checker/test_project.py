"""The checker as editors run it: a site in step passes, and a file it cannot read is one line."""

from pathlib import Path

from conftest import PAGES, run_checker

from programme_site.checker.run import check_project


def test_a_site_in_step_has_no_findings(project: Path) -> None:
    result = run_checker(project)
    assert result.stdout == (
        f"Languages in step: {len(PAGES)} pages, the navigation and the data checked, no differences.\n"
    )
    assert result.stderr == ""
    assert result.returncode == 0


def test_a_page_that_is_not_utf8(project: Path) -> None:
    (project / "docs" / "sv" / "verkosto.md").write_bytes("Nätverket".encode("latin-1"))
    assert [str(finding) for finding in check_project(project).findings] == [
        # The build's own rule and message (src/programme_site/pages/sources.py).
        "docs/sv/verkosto.md:1: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode).",
    ]
