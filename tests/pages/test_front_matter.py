"""The one front-matter reader reads a page as MkDocs does; a stub saved without a final newline is a stub."""

from pathlib import Path

import pytest
from conftest import built, built_page, run_checker
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from programme_site.core.errors import SiteError
from programme_site.core.languages import finnish_today
from programme_site.pages.front_matter import front_matter, untranslated_line
from programme_site.pages.outline import parse_page
from programme_site.pages.sources import check_page_source
from programme_site.pages.text import decoded
from programme_site.pages.untranslated import published_text

# No newline after the closing '---', as GitHub's web editor often saves a file: the one reading
# (pages/text.py) ends it with one, as the build hands it to MkDocs.
STUB = decoded(b"---\nupdated: 2023-01-01\nuntranslated: true\n---", "docs/sv/verkosto.md")


def test_the_reader_sees_the_whole_block() -> None:
    meta, lines = front_matter(STUB, "docs/sv/verkosto.md")
    assert meta == {"updated": "2023-01-01", "untranslated": True}
    assert lines == 4
    assert untranslated_line(meta, "docs/sv/verkosto.md") == 3


def test_the_checker_reads_it_as_a_stub_with_no_text() -> None:
    outline = parse_page(STUB, "docs/sv/verkosto.md")
    assert outline.untranslated_line == 3
    assert not outline.has_text


def test_the_build_publishes_the_other_language_in_its_place(project: Path) -> None:
    stub = project / "docs" / "sv" / "verkosto.md"
    stub.write_text(STUB.removesuffix("\n"), encoding="utf-8")
    check_page_source(stub, "docs/sv/verkosto.md", finnish_today())  # not "the page has no text"
    language, text = published_text(project, "sv", "verkosto.md")
    assert language == "fi"
    assert text == (project / "docs" / "fi" / "verkosto.md").read_text(encoding="utf-8")
    html = built_page(built(project), "sv", "verkosto.md").read_text(encoding="utf-8")
    assert "Denna sida finns ännu inte på svenska" in html
    checker = run_checker(project)
    assert "docs/sv/verkosto.md:3: warning: not yet translated into Swedish" in checker.stdout


def test_an_untranslated_value_other_than_true_is_named() -> None:
    meta, _ = front_matter("---\nuntranslated: yes please\n---\n", "docs/sv/a.md")
    with pytest.raises(SiteError, match=r"^docs/sv/a.md:2: write 'untranslated: true'"):
        untranslated_line(meta, "docs/sv/a.md")


def test_a_page_read_again_shares_the_first_reading_and_a_broken_one_fails_every_time() -> None:
    first = front_matter(STUB, "docs/sv/verkosto.md")
    assert front_matter(STUB, "docs/sv/verkosto.md") is first
    for _ in range(2):
        with pytest.raises(SiteError, match="never closed"):
            front_matter("---\ntitle: x\n", "docs/fi/x.md")


LINES = st.sampled_from(
    [
        "---",
        "...",
        "--- ",
        "----",
        "title: Otsikko",
        "updated: 2026-11-25",
        "  jatko",
        "",
        "# Otsikko",
        "Teksti.",
    ]
)


@given(st.lists(LINES, max_size=8).map("\n".join), st.booleans())
def test_what_the_reader_accepts_mkdocs_reads_the_same(page: str, final_newline: bool) -> None:
    """Wherever the reader finds no problem, MkDocs finds the same front matter and the same Markdown."""
    text = decoded((page + ("\n" if final_newline else "")).encode(), "docs/fi/x.md")
    try:
        meta, lines = front_matter(text, "docs/fi/x.md")
    except SiteError:
        return  # refused: MkDocs never reads it
    markdown, mkdocs_meta = get_data(text)
    # MkDocs reads `2026-11-25` as a date; this reader keeps it a text to check.
    assert {key: str(value) for key, value in mkdocs_meta.items()} == {
        key: str(value) for key, value in (meta or {}).items()
    }
    assert markdown == "\n".join(text.split("\n")[lines:]).lstrip("\n")
