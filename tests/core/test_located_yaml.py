from pathlib import Path

import pytest

from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import MAX_CHARACTERS, MAX_DEPTH, load_yaml


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "data.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_keeps_line_numbers_of_keys_and_items(tmp_path: Path) -> None:
    data = load_yaml(write(tmp_path, "news:\n  - id: a\n    date: 2023-10-03\n  - id: b\n"))
    assert data.key_lines == {"news": 1}
    assert data["news"].item_lines == [2, 4]
    assert data["news"][0].key_lines == {"id": 2, "date": 3}


def test_dates_stay_text_so_a_bad_date_can_be_reported(tmp_path: Path) -> None:
    data = load_yaml(write(tmp_path, "date: 2023-13-01\n"))
    assert data["date"] == "2023-13-01"


def test_key_written_twice_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_yaml(write(tmp_path, "id: a\ntitle: x\nid: b\n"), "data/news.yaml")
    assert str(error.value) == (
        "data/news.yaml:3: 'id' is written twice in the same entry (first on line 1). Keep one of them."
    )


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_yaml(write(tmp_path, "news:\n  - id: a\n   title: [x\n"), "data/news.yaml")
    assert str(error.value).startswith("data/news.yaml:3: this is not valid YAML")


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match=r"data/news.yaml: the file is not UTF-8 text"):
        load_yaml(write(tmp_path, b"title: \xe4\n"), "data/news.yaml")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match=r"^data/news.yaml: the file is missing"):
        load_yaml(tmp_path / "nothing.yaml", "data/news.yaml")


def test_control_character_is_reported_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_yaml(write(tmp_path, "news:\n  - id: a\x1f\n"), "data/news.yaml")
    assert str(error.value) == (
        "data/news.yaml:2: the invisible control character U+001F is not allowed here. Delete it."
    )


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_yaml(write(tmp_path, "a: 1\nb: " + "[" * 100_000 + "]" * 100_000 + "\n"), "data/x.yaml")
    assert str(error.value) == (
        f"data/x.yaml:2: the lists and entries here are nested more than {MAX_DEPTH} levels deep. "
        "Check the brackets and indentation."
    )


def test_nesting_up_to_the_limit_loads(tmp_path: Path) -> None:
    depth = MAX_DEPTH - 1  # the document's own mapping is the first level
    assert load_yaml(write(tmp_path, "a: " + "[" * depth + "]" * depth + "\n"))


def test_a_file_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_yaml(write(tmp_path, "# " + "x" * MAX_CHARACTERS), "data/x.yaml")
    assert str(error.value) == (
        f"data/x.yaml: the file has {MAX_CHARACTERS + 2:,} characters; the limit is {MAX_CHARACTERS:,}. Split it."
    )
