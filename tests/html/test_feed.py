"""Atom feeds: valid, newest first, in the right language, with absolute links to built pages."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from conftest import LANGUAGE_PREFIX, PAGES, SITE_URL, built, built_page
from fixture_site import FIXTURE

from programme_site.data.load import load_site_data
from programme_site.html.feed import news_feed

DATA = load_site_data(FIXTURE)


def site_file(site: Path, url: str) -> Path:
    """The built file an absolute URL of the site points to."""
    assert url.startswith(SITE_URL), url
    path = site / url.removeprefix(SITE_URL)
    return path / "index.html" if url.endswith("/") else path


def test_feed_entries_have_stable_ids_and_dates_with_time_zone() -> None:
    feed = feedparser.parse(
        news_feed(DATA.news, "sv", SITE_URL, "Aktuellt", "Arbets- och näringsministeriet")
    )
    assert not feed.bozo, feed.bozo_exception
    first = feed.entries[0]
    assert first.id == "tag:tem.fi,2022:kuntiinohjaaminen/news/sv/syksyn-koulutuspaiva"
    # Midnight in Helsinki, summer time.
    assert first.published == "2025-10-14T00:00:00+03:00"
    assert first.updated == "2025-10-14T00:00:00+03:00"
    assert feed.feed.updated == "2025-10-14T00:00:00+03:00"
    assert feed.feed.author == "Arbets- och näringsministeriet"
    assert first.tags[0].label == "Nyhet"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_built_feed_is_valid_atom_newest_first_in_its_language(built_site: Path, language: str) -> None:
    feed = feedparser.parse((built_site / LANGUAGE_PREFIX[language] / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.language == language
    assert feed.feed.title.startswith({"fi": "Ajankohtaista - ", "sv": "Aktuellt - "}[language])
    assert [entry.title for entry in feed.entries] == [item.title.in_language(language) for item in DATA.news]
    published = [datetime.fromisoformat(entry.published) for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    assert all(moment.tzinfo is not None for moment in published)
    assert len({entry.id for entry in feed.entries}) == len(DATA.news)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_built_feed_links_resolve_to_built_pages(built_site: Path, language: str) -> None:
    feed = feedparser.parse((built_site / LANGUAGE_PREFIX[language] / "feed.xml").read_bytes())
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == f"{SITE_URL}{LANGUAGE_PREFIX[language]}feed.xml"
    assert site_file(built_site, links["alternate"]).is_file()
    for entry in feed.entries:
        page = site_file(built_site, entry.link).read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in page
        assert entry.title in page


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_page_head_links_its_language_feed(built_site: Path, language: str) -> None:
    pages = [built_page(built_site, language, page) for page in PAGES]
    pages += list((built_site / LANGUAGE_PREFIX[language] / "ajankohtaista").glob("20*/index.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        link = re.search(
            r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">',
            html,
        )
        assert link, page
        assert Path(urljoin(page.as_uri(), link[1]).removeprefix("file://")).samefile(
            built_site / LANGUAGE_PREFIX[language] / "feed.xml"
        ), page


def test_news_page_links_the_feed_visibly(built_site: Path) -> None:
    html = built_page(built_site, "sv", "ajankohtaista.md").read_text(encoding="utf-8")
    assert '<a href="../feed.xml" type="application/atom+xml">Prenumerera på nyheterna' in html


def test_feed_dates_follow_helsinki_winter_time() -> None:
    winter = replace(DATA.news[0], date=date(2024, 1, 15))
    feed = feedparser.parse(news_feed([winter], "fi", SITE_URL, "Ajankohtaista", "TEM"))
    assert feed.entries[0].published == "2024-01-15T00:00:00+02:00"
    assert datetime.fromisoformat(feed.entries[0].published).astimezone(UTC).hour == 22


def test_feed_and_entry_ids_are_the_same_whatever_address_the_site_is_built_for(project: Path) -> None:
    """RFC 4287: ids are permanent; a preview or a new host must not make readers show items again."""
    ids = []
    for address in ("http://127.0.0.1:8000/", "https://preview.example/ohjelma/"):
        site = built(project, site_url=address)
        feeds = [feedparser.parse((site / prefix / "feed.xml").read_bytes()) for prefix in ("", "sv/")]
        assert feeds[0].feed.links[0].href.startswith(address)
        ids.append([feed.feed.id for feed in feeds] + [entry.id for feed in feeds for entry in feed.entries])
    assert ids[0] == ids[1]
    assert len(set(ids[0])) == 2 + 2 * len(DATA.news)
