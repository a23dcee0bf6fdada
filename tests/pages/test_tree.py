"""Symbolic links and stray files in the folders the build reads are refused by the build and the checker."""

import os
from pathlib import Path

import pytest
from conftest import assert_refused, run_checker

from programme_site.pages.tree import tree_problems

SECRET = "SECRET-VALUE-1234"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file and a home-like folder outside the project that a link could publish."""
    outside = tmp_path / "outside"
    (outside / ".ssh").mkdir(parents=True)
    (outside / ".ssh" / "id_rsa").write_text(SECRET, encoding="utf-8")
    (outside / "environ").write_text(f"---\nupdated: 2026-11-25\n---\n# {SECRET}\n", encoding="utf-8")
    return outside


def replace_with_link(path: Path, target: Path) -> None:
    if path.is_dir():
        for child in sorted(path.rglob("*"), reverse=True):
            child.rmdir() if child.is_dir() else child.unlink()
        path.rmdir()
    elif path.exists():
        path.unlink()
    path.symlink_to(target)


@pytest.mark.parametrize(
    ("planted", "target", "message"),
    [
        (
            "docs/fi/verkosto.md",
            "environ",
            "docs/fi/verkosto.md: is a symbolic link; the build would publish whatever it points at. "
            "Replace it with a real file (or delete it).",
        ),
        (
            "docs/assets",
            ".",
            "docs/assets: is a symbolic link; the build would publish whatever it points at. "
            "Replace it with a real folder (or delete it).",
        ),
        ("data/contacts.yaml", "environ", "data/contacts.yaml: is a symbolic link;"),
        (
            "overrides/partials/copyright.html",
            "environ",
            "overrides/partials/copyright.html: is a symbolic link;",
        ),
        ("docs/sv/notes", ".ssh", "docs/sv/notes: is a symbolic link;"),
    ],
    ids=["page", "asset-folder", "data-file", "override", "new-folder"],
)
def test_a_symbolic_link_is_refused(
    project_with_site: Path, secret: Path, planted: str, target: str, message: str
) -> None:
    replace_with_link(project_with_site / planted, secret / target)
    assert_refused(project_with_site, message, planted=SECRET)


def test_a_link_within_the_project_is_refused_too(project_with_site: Path) -> None:
    (project_with_site / "docs" / "sv" / "verkosto.md").unlink()
    (project_with_site / "docs" / "sv" / "verkosto.md").symlink_to("../fi/verkosto.md")
    assert_refused(project_with_site, "docs/sv/verkosto.md: is a symbolic link;")


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("uusi sivu.md", "uusi-sivu.md"), ("Uusi.md", "uusi.md"), ("a;rm -rf ~.md", "a-rm-rf.md")],
)
def test_a_page_name_must_make_a_clean_address(project_with_site: Path, name: str, suggestion: str) -> None:
    for language in ("fi", "sv"):
        (project_with_site / "docs" / language / name).write_text("# Otsikko\n\nPLANTED\n", encoding="utf-8")
    assert_refused(
        project_with_site,
        f"docs/fi/{name}: a page's file name may have only lower-case letters a-z, digits and hyphens, "
        f"ending in .md, so that its address is clean: rename it, e.g. to '{suggestion}', "
        "in both language folders.",
        planted="PLANTED",
    )


@pytest.mark.parametrize(
    ("planted", "message"),
    [
        (
            "docs/fi/hyokkays.html",
            "docs/fi/hyokkays.html: only Markdown pages (.md) and attachments (.pdf, .txt, .csv, .png, .jpg, "
            ".jpeg, .webp, .gif) belong in docs/fi/: this file would be published as it is, unchecked. "
            "Write the page in Markdown, or delete the file.",
        ),
        (
            "docs/assets/kuva.svg",
            "docs/assets/kuva.svg: docs/assets/ holds only the site's own .css, .js, .png, .jpg, .jpeg, .webp, "
            ".gif files. Delete this file, or write its content as a page in docs/fi/ and docs/sv/.",
        ),
        (
            "docs/sivu.html",
            "docs/sivu.html: files in docs/ belong in docs/fi/, docs/sv/ (pages) or docs/assets/ "
            "(the site's CSS, scripts and images). Move or delete it.",
        ),
    ],
    ids=["html-page", "svg-asset", "top-level"],
)
def test_a_file_that_is_not_a_page_or_asset_is_refused(
    project_with_site: Path, planted: str, message: str
) -> None:
    (project_with_site / planted).write_text("<script>alert('PLANTED')</script>", encoding="utf-8")
    assert_refused(project_with_site, message, planted="PLANTED")


def test_a_project_as_it_should_be_has_no_problems(project: Path) -> None:
    assert tree_problems(project, project / "docs") == []


def test_every_problem_is_listed_and_links_are_not_entered(tmp_path: Path) -> None:
    (tmp_path / "docs" / "fi").mkdir(parents=True)
    (tmp_path / "docs" / "fi" / "x.svg").write_text("x", encoding="utf-8")
    (tmp_path / "docs" / "fi" / "liite.pdf").write_text("x", encoding="utf-8")
    os.symlink("/", tmp_path / "docs" / "fi" / "juuri")
    assert [str(problem) for problem in tree_problems(tmp_path, tmp_path / "docs")] == [
        "docs/fi/juuri: is a symbolic link; the build would publish whatever it points at. "
        "Replace it with a real folder (or delete it).",
        "docs/fi/x.svg: only Markdown pages (.md) and attachments (.pdf, .txt, .csv, .png, .jpg, .jpeg, "
        ".webp, .gif) belong in docs/fi/: this file would be published as it is, unchecked. "
        "Write the page in Markdown, or delete the file.",
    ]


def test_make_sync_refuses_while_a_link_is_there(project: Path, secret: Path) -> None:
    replace_with_link(project / "docs" / "fi" / "verkosto.md", secret / "environ")
    result = run_checker(project, "--sync", "verkosto.md")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "docs/fi/verkosto.md: is a symbolic link; the build would publish whatever it points at. "
        "Replace it with a real file (or delete it).",
        "Nothing was marked in step: fix what is listed above first.",
    ]


def test_a_docs_folder_outside_the_project_is_refused(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    (tmp_path / "elsewhere").mkdir()
    assert [str(problem) for problem in tree_problems(tmp_path / "project", tmp_path / "elsewhere")] == [
        "../elsewhere: lies outside the project folder. Move it into the project."
    ]


def test_a_project_reached_through_a_linked_folder_is_fine(project: Path, tmp_path: Path) -> None:
    (tmp_path / "linked").symlink_to(project)
    assert tree_problems(tmp_path / "linked", tmp_path / "linked" / "docs") == []
