"""Facts of the real site that changed after its sources were written still read as changed.

The ELY centres (in Swedish NTM-centralerna) ceased on 31.12.2025 (state regional administration
reform; the ministry's news of 27.11.2025). The sources of the site are from 2022-2023 and name them in
the present tense. Rather than judge tenses, which a test cannot do well, the test asks something an
editor can always satisfy: a page or news item that names the centres also says when they ceased.

These tests read the real pages and data on purpose (tests/live_content.py).
"""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT

from .conftest import REAL_PAGES

CEASED = "31.12.2025"
NAMES = {"fi": ("ELY-keskus", "ELY-keskuks"), "sv": ("NTM-central",)}


def names_the_centres(text: str, language: str) -> bool:
    return any(name in text for name in NAMES[language])


@pytest.mark.parametrize("language", sorted(NAMES))
@pytest.mark.parametrize("page", REAL_PAGES)
def test_a_page_that_names_the_ely_centres_says_they_ceased(language: str, page: str) -> None:
    text = (ROOT / "docs" / language / page).read_text(encoding="utf-8")
    if names_the_centres(text, language):
        assert CEASED in text, (
            f"docs/{language}/{page}: say that the centres ceased on {CEASED}, with a source"
        )


@pytest.mark.parametrize("language", sorted(NAMES))
def test_a_news_item_that_names_the_ely_centres_says_they_ceased(language: str) -> None:
    news = yaml.safe_load((ROOT / "data" / "news.yaml").read_text(encoding="utf-8"))["news"]
    for item in news:
        text = f"{item['title'][language]}\n{item['body'][language]}"
        if names_the_centres(text, language):
            assert CEASED in text, f"data/news.yaml, {item['id']}: say that the centres ceased on {CEASED}"
