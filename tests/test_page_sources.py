"""Page sources MkDocs would choke on or silently misread get one clear line."""

from datetime import date
from pathlib import Path

import pytest
from programme_site.errors import SiteError
from programme_site.page_sources import check_page_source, check_page_sources

TODAY = date(2026, 11, 25)


def check(tmp_path: Path, content: bytes) -> str:
    page = tmp_path / "sivu.md"
    page.write_bytes(content)
    with pytest.raises(SiteError) as error:
        check_page_source(page, "docs/fi/sivu.md", TODAY)
    return str(error.value)


def test_valid_pages_pass(tmp_path: Path) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "a.md").write_text("---\nupdated: 2026-11-25\n---\n# Otsikko\n", encoding="utf-8")
    (tmp_path / "fi" / "b.md").write_text("# Ei etukappaletta\n\n---\n\nTeksti\n", encoding="utf-8")
    check_page_sources(tmp_path, tmp_path, TODAY)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, "# Otsikko\n\nÄäkkönen\n".encode() + b"Caf\xe9\n")
    assert message == (
        "docs/fi/sivu.md:4: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode)."
    )


def test_broken_front_matter_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\ntitle: Etusivu\nupdated: 2026-11-25: x\n---\n# Otsikko\n")
    assert message.startswith("docs/fi/sivu.md:3: this is not valid YAML (mapping values are not allowed")


def test_unclosed_front_matter(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\ntitle: Etusivu\n# Otsikko\n")
    assert message == (
        "docs/fi/sivu.md:1: the front matter that starts with '---' is never closed. Add a '---' line after it."
    )


def test_front_matter_must_be_keys(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\n- a\n- b\n---\n# Otsikko\n")
    assert message == "docs/fi/sivu.md:2: the front matter must be 'key: value' lines."
