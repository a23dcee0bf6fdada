"""One URL scheme for the news pages and feeds in both languages, and links relative to the page."""

from datetime import date

import pytest

from programme_site.core.languages import Text
from programme_site.data.model import NewsItem
from programme_site.news.urls import (
    archive_url,
    feed_url,
    item_url,
    news_url,
    relative_url,
    source_path,
)

ITEM = NewsItem("uusi-ohje", date(2023, 10, 3), "uutinen", Text("a", "b"), Text("a", "b"))


def test_urls_in_each_language() -> None:
    assert item_url(ITEM, "fi") == "ajankohtaista/2023-10-03-uusi-ohje/"
    assert item_url(ITEM, "sv") == "sv/ajankohtaista/2023-10-03-uusi-ohje/"
    assert archive_url(2023, "sv") == "sv/ajankohtaista/arkisto/2023/"
    assert news_url("fi") == "ajankohtaista/"
    assert feed_url("fi") == "feed.xml"
    assert feed_url("sv") == "sv/feed.xml"


def test_generated_pages_sit_in_the_language_folders() -> None:
    assert source_path(item_url(ITEM, "fi"), "fi") == "fi/ajankohtaista/2023-10-03-uusi-ohje.md"
    assert source_path(archive_url(2023, "sv"), "sv") == "sv/ajankohtaista/arkisto/2023.md"


@pytest.mark.parametrize(
    ("target", "page_url", "expected"),
    [
        ("ajankohtaista/2023-10-03-x/", "", "ajankohtaista/2023-10-03-x/"),
        ("ajankohtaista/2023-10-03-x/", "ajankohtaista/", "2023-10-03-x/"),
        ("ajankohtaista/", "ajankohtaista/2023-10-03-x/", "../"),
        ("ajankohtaista/", "ajankohtaista/arkisto/2023/", "../../"),
        ("sv/feed.xml", "sv/ajankohtaista/", "../feed.xml"),
        ("feed.xml", "", "feed.xml"),
        ("", "sv/", "../"),
        ("", "", "./"),
    ],
)
def test_relative_url(target: str, page_url: str, expected: str) -> None:
    assert relative_url(target, page_url) == expected
