"""A whole `mkdocs build` collects only the young generations while it runs and gives the collector
its thresholds back at its end (site/collection.py), watched on a real build of the fixture site."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SITE_URL, fixture_project
from mkdocs.commands.build import build
from mkdocs.config import load_config

from programme_site.site.collection import NO_FULL_COLLECTIONS


def test_a_build_runs_without_full_collections_and_ends_with_the_thresholds_it_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = fixture_project(tmp_path / "project")
    monkeypatch.chdir(project)
    monkeypatch.setattr(sys, "argv", ["mkdocs", "build"])  # the i18n plugin reads the command line
    before = gc.get_threshold()
    seen: list[tuple[int, tuple[int, int, int]]] = []

    def watch(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((info["generation"], gc.get_threshold()))

    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.site_url = SITE_URL
    gc.callbacks.append(watch)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        gc.collect(0)  # a collection before the build's first event: the thresholds it found
        build(config)
        config.plugins.on_shutdown()
    finally:
        gc.callbacks.remove(watch)
    assert seen[0] == (0, before)
    # From the hook's on_config (after MkDocs' and the other plugins') to the last language's end.
    during = [generation for generation, thresholds in seen if thresholds[2] == NO_FULL_COLLECTIONS]
    assert len(during) > len(seen) / 2, seen
    assert max(during) < 2
    assert gc.get_threshold() == before
    assert (tmp_path / "site" / "sv" / "index.html").is_file()
