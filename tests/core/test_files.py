"""Files written again where they are (core/files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from programme_site.core.files import rewrite


@pytest.mark.parametrize("data", [b"", b"short", "pitkä teksti, joka on vanhaa pidempi".encode() * 10])
def test_a_file_written_again_holds_exactly_the_new_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html>the served page as it was</html>")
    rewrite(path, data)
    assert path.read_bytes() == data


def test_a_file_not_yet_there_is_made(tmp_path: Path) -> None:
    rewrite(tmp_path / "new.json", b"[]")
    assert (tmp_path / "new.json").read_bytes() == b"[]"


def test_a_missing_folder_is_an_error_as_for_any_write(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        rewrite(tmp_path / "no-folder" / "x.json", b"[]")
