"""The safe build: site/ is replaced only by a complete, successful build."""

from pathlib import Path

import pytest
from conftest import build_with_script as build
from conftest import replace_in, snapshot


def test_successful_build_replaces_site(project_copy: Path) -> None:
    (project_copy / "site").mkdir()
    (project_copy / "site" / "stale.html").write_text("old", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode == 0, result.stderr
    assert (project_copy / "site" / "index.html").exists()
    assert (project_copy / "site" / "sv" / "index.html").exists()
    assert not (project_copy / "site" / "stale.html").exists()
    assert [p.name for p in project_copy.iterdir() if p.name.startswith(".site-")] == []


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (
            lambda p: replace_in(p / "data" / "contacts.yaml", "contacts:\n", "contacts:\n  - id: [\n"),
            "data/contacts.yaml:",
        ),
        (
            lambda p: (p / "docs" / "sv" / "verkosto.md").write_bytes(b"# N\xe4tverket\n"),
            "docs/sv/verkosto.md:1: this line has characters that are not UTF-8.",
        ),
        (
            lambda p: replace_in(
                p / "docs" / "fi" / "index.md", "updated: 2026-11-25", "updated: [2026-11-25"
            ),
            "docs/fi/index.md:3: this is not valid YAML",
        ),
        (lambda p: (p / "data" / "news.yaml").unlink(), "data/news.yaml: the file is missing."),
    ],
    ids=["malformed-yaml", "invalid-utf8", "front-matter", "missing-data-file"],
)
def test_failed_build_leaves_site_untouched(project_copy: Path, break_it, message: str) -> None:
    assert build(project_copy).returncode == 0
    before = snapshot(project_copy / "site")
    break_it(project_copy)
    result = build(project_copy)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "The build failed; site/ was not changed." in result.stderr
    assert snapshot(project_copy / "site") == before
    assert [p.name for p in project_copy.iterdir() if p.name.startswith(".site-")] == []
