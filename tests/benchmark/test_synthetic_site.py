"""The benchmark's synthetic site: the shape of the project, valid data, and a strict build."""

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, built, run_build

from bench.synthetic_site import (
    NAV_TITLES,
    SECTIONS,
    VARIANTS,
    ConfigLoader,
    SyntheticSite,
    page_url,
    write_site,
)
from programme_site.data.load import load_site_data
from programme_site.pages.outline import ANY_DATA_COMMENT

PAGES = SECTIONS  # the smallest site: one page per section


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> SyntheticSite:
    return write_site(tmp_path_factory.mktemp("synthetic") / "project", pages=PAGES, news=5)


def markdown_files(site: SyntheticSite, language: str) -> set[str]:
    folder = site.root / "docs" / language
    return {str(path.relative_to(folder)) for path in folder.rglob("*.md")}


def test_both_languages_have_the_same_pages(synthetic: SyntheticSite) -> None:
    names = markdown_files(synthetic, "fi")
    assert names == markdown_files(synthetic, "sv")
    assert len(names) == synthetic.content_pages() == PAGES + SECTIONS + len(NAV_TITLES)


def test_a_page_and_its_translation_share_structure_and_numbers(synthetic: SyntheticSite) -> None:
    fi, sv = (
        (synthetic.root / "docs" / language / "osio-01" / "sivu-00001.md").read_text(encoding="utf-8")
        for language in ("fi", "sv")
    )
    assert 600 < len(fi.split()) < 900

    def skeleton(text: str) -> list[str]:
        return [
            line.split(" ")[0] if not ANY_DATA_COMMENT.search(line) else line
            for line in text.splitlines()
            if line.startswith(("#", "-", "<!--"))
        ]

    assert skeleton(fi) == skeleton(sv)
    assert re.findall(r"[0-9]+", fi) == re.findall(r"[0-9]+", sv)  # dates, link targets
    assert re.findall(r"\]\(([^)]+)\)", fi) == re.findall(r"\]\(([^)]+)\)", sv)
    assert "<!-- data:contacts section=" in fi


def test_data_is_valid_for_the_real_loader(synthetic: SyntheticSite) -> None:
    data = load_site_data(synthetic.root)
    assert len(data.news) == 5
    assert [item.date.isoformat() for item in data.news[:2]] == ["2025-12-31", "2025-12-30"]
    assert all(len(members) == 4 for members in data.sections.values())


def test_every_navigation_title_has_a_swedish_translation(synthetic: SyntheticSite) -> None:
    config = yaml.safe_load(synthetic.config("full").read_text(encoding="utf-8"))
    titles = {title for item in config["nav"] for title in item}
    sv = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict))["languages"][1]
    assert set(sv["nav_translations"]) == titles
    real = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=ConfigLoader)
    assert config["hooks"] == real["hooks"]


def test_too_small_a_site_is_refused(tmp_path: Path) -> None:
    with pytest.raises(
        ValueError, match=f"a synthetic site needs at least {SECTIONS} pages and 3 news items"
    ):
        write_site(tmp_path / "project", pages=SECTIONS - 1, news=5)


def test_synthetic_site_builds_strict_with_data_rendered(synthetic: SyntheticSite) -> None:
    site = built(synthetic.root)  # as `make build` builds
    for folder, language, phone_label in (("", "fi", "Puhelin"), ("sv/", "sv", "Telefon")):
        html = (site / folder / "osio-01" / "sivu-00001" / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in html
        assert 'class="contact-card"' in html and phone_label in html
        index = json.loads((site / folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["word_forms"]
        news = (site / folder / "ajankohtaista" / "index.html").read_text(encoding="utf-8")
        assert news.count('class="news-item"') == 5
        assert '<a href="arkisto/2025/">2025</a>' in news and 'href="../feed.xml"' in news


@pytest.mark.parametrize("variant", [name for name in VARIANTS if name != "full"])
# The benchmark builds each variant with MkDocs itself, as these do: a configuration of another name.
def test_comparison_builds_run_with_the_same_content_written_in(
    synthetic: SyntheticSite, tmp_path: Path, variant: str
) -> None:
    result = run_build(synthetic.root, tmp_path / "site", config=synthetic.config(variant))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "osio-01" / "sivu-00001" / "index.html").read_text(encoding="utf-8")
    assert "<!-- data:" not in html and "<!-- data-block" not in html
    phone_label = "Telefon" if variant == "plain_sv" else "Puhelin"  # the other builds have fi at the root
    assert 'class="contact-card"' in html and phone_label in html
    news = (tmp_path / "site" / "ajankohtaista" / "index.html").read_text(encoding="utf-8")
    assert news.count('class="news-item"') == 5
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "word_forms" not in index["config"]  # the word forms are in the full build only


def test_page_url_follows_mkdocs_directory_urls() -> None:
    assert [
        page_url(source) for source in ("fi/index.md", "sv/osio-01/index.md", "sv/osio-01/sivu-00001.md")
    ] == [
        "",
        "sv/osio-01/",
        "sv/osio-01/sivu-00001/",
    ]
