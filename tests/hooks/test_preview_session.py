"""What the live preview keeps from one rebuild to the next inside one `mkdocs serve --dirty` process,
seen from inside it: the rebuilds run here, in this process, as MkDocs' server runs them (a new
configuration for each, the plugins that MkDocs keeps for the session kept). These tests guard the
preview's couplings to the plugins' internals (HANDBOOK.md: Upgrading); that the served site equals a
whole build is tests/hooks/test_preview.py's proof."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SITE_URL, append_to, replace_in
from material.plugins.search.plugin import SearchPlugin
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs_static_i18n.plugin import I18n

from programme_site.core.languages import LANGUAGES
from programme_site.site import preview

Rebuild = Callable[[], MkDocsConfig]


@pytest.fixture
def rebuild(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rebuild]:
    """Builds `project` as `mkdocs serve --dirty` does, one call a build, the first whole; each returns
    the build's configuration."""
    monkeypatch.chdir(project)
    # The i18n plugin reads --dirty from the command line for its other languages' builds.
    monkeypatch.setattr(sys, "argv", ["mkdocs", "serve", "--dirty"])
    # What the session leaves in this process: the preview's session, the hook's log filter.
    monkeypatch.setattr(preview, "_session", None)
    build_log = logging.getLogger("mkdocs.commands.build")
    monkeypatch.setattr(build_log, "filters", list(build_log.filters))
    site = tmp_path / "served"
    started: list[MkDocsConfig] = []

    def run() -> MkDocsConfig:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
        config.site_url = SITE_URL
        if not started:
            config.plugins.on_startup(command="serve", dirty=True)
            started.append(config)
        build(config, serve_url=SITE_URL, dirty=True)
        return config

    yield run
    started[0].plugins.on_shutdown()


def test_material_search_keeps_no_index_of_earlier_builds(project: Path, rebuild: Rebuild) -> None:
    """Material's search plugin, kept for the session, merged each rebuild's entries into the previous
    build's index (`SearchPlugin.search_index_prev`), which the i18n plugin's merge doubled every time;
    the preview starts it from nothing in each build. If Material renames the attribute, the index
    grows again and this fails."""
    assert SearchPlugin().search_index_prev is None  # the attribute the hook resets
    rebuild()
    sizes = []
    for edit in range(3):
        append_to(project / "docs" / "fi" / "verkosto.md", f"Muutos {edit}.")
        sizes.append(len(rebuild().plugins["material/search"].search_index.entries))
    assert sizes[0] == sizes[1] == sizes[2], sizes


def _own(file: File) -> dict[str, Any]:
    return {name: value for name, value in vars(file).items() if name != "alternates"}


def _sorted_file(file: File) -> dict[str, Any]:
    """What the i18n plugin made of a file: its attributes, its alternates' and theirs."""
    alternates = getattr(file, "alternates", {})
    return _own(file) | {
        "alternates": {
            language: _own(other)
            | {"alternates": {name: _own(its) for name, its in other.alternates.items()}}
            for language, other in alternates.items()
        }
    }


def test_a_page_edit_takes_the_i18n_plugins_files_from_the_previous_build(
    project: Path, rebuild: Rebuild, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The i18n plugin's files, re-created in every language's build by `I18n.reconfigure_files`, are
    the previous build's, copied, while a rebuild makes only changed pages; and they equal what the
    plugin makes of them. If the plugin stops making its files there, this fails."""
    made: list[str] = []
    reconfigure = I18n.reconfigure_files

    def counted(i18n: I18n, files: Files, config: MkDocsConfig) -> Files:
        made.append(i18n.current_language)
        return reconfigure(i18n, files, config)

    monkeypatch.setattr(I18n, "reconfigure_files", counted)
    reused: list[str] = []
    language_files = preview.PreviewSession.language_files

    def compared(session: preview.PreviewSession, language: str, *args: Any) -> Files:
        before = len(made)
        files = language_files(session, language, *args)
        if len(made) == before:  # reused: the plugin makes the same now
            reused.append(language)
            fresh = args[2]()
            assert [_sorted_file(file) for file in files] == [_sorted_file(file) for file in fresh]
            assert files.plugin is args[1]  # this build's plugin, not the one that made them
        return files

    monkeypatch.setattr(preview.PreviewSession, "language_files", compared)
    rebuild()
    assert made == ["fi", "sv"]
    append_to(project / "docs" / "sv" / "verkosto.md", "En ändring.")
    rebuild()
    assert reused == ["fi", "sv"]
    replace_in(project / "mkdocs.yml", "site_name:", "site_name: Uusi")  # the whole site: made anew
    rebuild()
    # Made by the plugin: in the first build, by the comparison above, and in this build.
    assert (made, reused) == (["fi", "sv"] * 3, ["fi", "sv"])


def test_a_patched_page_gets_the_search_entries_the_search_plugin_makes_of_it(
    project: Path, rebuild: Rebuild
) -> None:
    """A page whose data blocks alone changed is patched, not rebuilt, and its search entries come from
    the search plugin's `SearchIndex.add_entry_from_context` run on a stand-in of the page
    (hooks/site_build.py: its meta, toc, url and title, and the new content), in the preview's
    background process. If the plugin reads
    more of a page, or makes its entries elsewhere, they differ from a whole build's and this fails."""
    rebuild()
    replace_in(project / "data" / "contacts.yaml", "+358 40 123 4567", "+358 40 000 0000")
    rebuild()
    session = preview.session()
    assert session is not None and session.plan is not None
    assert session.plan.patched and session.plan.pages == set()
    begun = session.patched_entries  # made in the preview's background process, beside the build
    assert set(begun) == set(LANGUAGES) and all(results.failure is None for results in begun.values())
    patched = session.search_entries()
    assert any("+358 40 000 0000" in entry["text"] for entry in patched)
    append_to(project / "mkdocs.yml", "# Any change to the configuration: the whole site.")
    rebuild()
    assert session.plan.pages is None
    assert session.search_entries() == patched
