"""Reading mkdocs.yml's navigation and its translations, with lines, whatever tags the file uses."""

from pathlib import Path

import pytest
from conftest import line_of, replace_in

from programme_site.core.errors import SiteError
from programme_site.core.site_config import NavEntry, read_nav


def test_the_real_navigation(project: Path) -> None:
    nav = read_nav(project)
    config = project / "mkdocs.yml"
    assert nav.entries[1] == NavEntry(line_of(config, "- Verkosto: verkosto.md"), "Verkosto", "verkosto.md")
    block, titles = nav.translations["sv"]
    assert block == line_of(config, "nav_translations:")
    assert titles["Verkosto"].text == "Nätverket"


def test_sections_links_and_python_tags(project: Path) -> None:
    config = project / "mkdocs.yml"
    replace_in(
        config,
        "  - Verkosto: verkosto.md\n",
        "  - Ohjelma:\n      - verkosto.md\n      - TEM: https://tem.fi/\n",
    )
    replace_in(
        config,
        "markdown_extensions:\n",
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
    )
    entries = read_nav(project).entries
    line = line_of(config, "- Ohjelma:")
    assert entries[1:4] == [
        NavEntry(line, "Ohjelma", None),
        NavEntry(line + 1, None, "verkosto.md"),
        NavEntry(line + 2, "TEM", None),
    ]


def test_a_site_without_the_i18n_plugin(project: Path) -> None:
    replace_in(project / "mkdocs.yml", "  - i18n:\n", "  - i18n_off:\n")
    with pytest.raises(SiteError) as error:
        read_nav(project)
    assert (
        str(error.value)
        == "mkdocs.yml: the i18n plugin is not configured, so the site has one language. Restore it."
    )
