"""The Atom feed of the news in one language, made with feedgen.

Entry ids are tag: URIs (RFC 4151) built from the site's host, the item's date
and id, so they stay the same however the site's pages move. An item has a
date but no time: it is dated midnight at the start of that day, Helsinki time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator

from .models import TIME_ZONE, NewsItem
from .render import render_feed_content
from .urls import feed_url, item_url, news_url


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=TIME_ZONE)


def news_feed(news: Sequence[NewsItem], language: str, site_url: str, title: str, author: str) -> bytes:
    """The feed as Atom XML; `news` is newest first, `site_url` ends with '/'."""
    host = urlsplit(site_url).hostname
    feed = FeedGenerator()
    feed.id(site_url + feed_url(language))
    feed.title(title)
    feed.author(name=author)
    feed.language(language)
    feed.link(href=site_url + feed_url(language), rel="self", type="application/atom+xml")
    feed.link(href=site_url + news_url(language), rel="alternate", type="text/html", hreflang=language)
    if news:  # otherwise feedgen dates the feed now
        feed.updated(_moment(news[0].date))
    for item in news:
        entry = feed.add_entry(order="append")  # feedgen prepends by default; keep newest first
        entry.id(f"tag:{host},{item.date.isoformat()}:{language}/{item.id}")
        entry.title(item.title.in_language(language))
        entry.link(href=site_url + item_url(item, language), rel="alternate", type="text/html")
        entry.published(_moment(item.date))
        entry.updated(_moment(item.date))
        entry.category(term=item.type, label=item.type_label.in_language(language))
        entry.content(render_feed_content(item, language), type="html")
    return feed.atom_str(pretty=True)
