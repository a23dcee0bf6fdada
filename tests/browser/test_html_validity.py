"""The Nu HTML Checker finds no error in any built page."""

from __future__ import annotations

from pathlib import Path

import pytest

from .checks import vnu_errors
from .chromium import Site, tiny_page
from .tools import missing


@pytest.fixture(scope="module", autouse=True)
def nu_checker() -> None:
    reason = missing("java", "vnu")
    if reason:
        pytest.skip(reason)


def test_every_page_is_valid_html(site: Site) -> None:
    pages = sorted(site.directory.rglob("*.html"))
    assert len(pages) == len(site.pages)
    errors = vnu_errors(pages, site.directory)
    assert not errors, "\n".join(errors)


def test_checker_catches_the_themes_own_error(tmp_path: Path) -> None:
    page = tiny_page(tmp_path, '<input type="checkbox" autocomplete="off">')
    errors = vnu_errors([page], tmp_path)
    assert len(errors) == 1
    assert errors[0].startswith(
        "index.html:4: Attribute “autocomplete” is only allowed when the input type is"
    )
