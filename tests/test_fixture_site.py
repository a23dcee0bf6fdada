"""The tests' own fixture site (tests/fixtures/site/): the real configuration with its own navigation,
every data marker the site knows, and a project made of it ready to build and check."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from fixture_site import CODE_PARTS, CONFIG, FIXTURE, PAGES, ROOT, fixture_config

from bench.synthetic_site import ConfigLoader
from programme_site.core.languages import LANGUAGES
from programme_site.html.markers import MARKERS


def _without_navigation(config: dict[str, Any]) -> tuple[dict[str, Any], list[Any], dict[str, str]]:
    """The configuration without nav and the Swedish nav_translations, and those two."""
    nav = config.pop("nav")
    i18n = next(
        plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin
    )
    swedish = next(language for language in i18n["languages"] if language["locale"] == "sv")
    return config, nav, swedish.pop("nav_translations")


def test_the_configuration_is_the_real_one_with_the_fixtures_navigation() -> None:
    real, _, _ = _without_navigation(
        yaml.load((ROOT / CONFIG).read_text(encoding="utf-8"), Loader=ConfigLoader)
    )
    fixture, nav, titles = _without_navigation(yaml.load(fixture_config(), Loader=ConfigLoader))
    assert fixture == real
    navigation = yaml.safe_load((FIXTURE / "nav.yml").read_text(encoding="utf-8"))
    assert (nav, titles) == (navigation["nav"], navigation["nav_translations"])
    assert [page for entry in nav for page in entry.values()] == list(PAGES)


def test_the_fixture_is_content_only() -> None:
    """Code and configuration come from the real tree when a project is made, so they cannot drift."""
    assert sorted(path.name for path in FIXTURE.iterdir()) == ["data", "docs", "nav.yml", "translations.lock"]
    assert sorted(path.name for path in (FIXTURE / "docs").iterdir()) == sorted(LANGUAGES)
    assert "docs/assets" in CODE_PARTS


def test_every_page_is_in_both_languages_and_every_data_marker_is_used() -> None:
    for language in LANGUAGES:
        assert sorted(path.name for path in (FIXTURE / "docs" / language).glob("*.md")) == sorted(PAGES)
    text = "".join(path.read_text(encoding="utf-8") for path in (FIXTURE / "docs").rglob("*.md"))
    assert set(re.findall(r"<!-- data:([a-z-]+)", text)) == set(MARKERS)


def test_a_project_builds_and_checks_as_the_real_one_does(project: Path, built_site: Path) -> None:
    for part in (CONFIG, *CODE_PARTS):
        assert (project / part).exists(), part
    # built_site is the fixture built by `make build`, which fails on any warning.
    assert (built_site / "index.html").is_file() and (built_site / "sv" / "index.html").is_file()
