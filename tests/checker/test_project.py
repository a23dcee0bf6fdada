"""The checker as editors run it: the real site is in step, and every kind of data problem is one line."""

from pathlib import Path

from conftest import ROOT, run_checker

from programme_site.checker.run import check_project


def test_the_real_site_has_no_findings() -> None:
    result = run_checker(ROOT)
    assert (
        result.stdout == "Languages in step: 7 pages, the navigation and the data checked, no differences.\n"
    )
    assert result.stderr == ""
    assert result.returncode == 0


def test_a_page_that_is_not_utf8(project_copy: Path) -> None:
    (project_copy / "docs" / "sv" / "verkosto.md").write_bytes("Nätverket".encode("latin-1"))
    assert [str(finding) for finding in check_project(project_copy).findings] == [
        # The build's own rule and message (src/programme_site/pages/sources.py).
        "docs/sv/verkosto.md:1: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode).",
    ]
