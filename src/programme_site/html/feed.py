"""The Atom feed of the news in one language, made with feedgen.

Feed and entry ids are tag: URIs (RFC 4151) that do not depend on the address
the site is built for: RFC 4287 wants an entry's id to be permanent, and a
feed reader shows an item again when its id changes (a preview, a new host).
Their authority is the ministry's own domain tem.fi, which it held in 2022,
when it set up the programme; a tag: URI needs no more than that, and the
programme's name and the item's id under it are ours to keep unique. An item
has a date but no time: it is dated midnight at the start of that day,
Helsinki time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from feedgen.feed import FeedGenerator

from programme_site.core.languages import TIME_ZONE
from programme_site.data.model import NewsItem
from programme_site.html.render import render_feed_content
from programme_site.news.urls import feed_url, item_url, news_url

TAG_PREFIX = "tag:tem.fi,2022:kuntiinohjaaminen/"


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=TIME_ZONE)


def news_feed(news: Sequence[NewsItem], language: str, site_url: str, title: str, author: str) -> bytes:
    """The feed as Atom XML; `news` is newest first, `site_url` ends with '/'."""
    feed = FeedGenerator()
    feed.id(f"{TAG_PREFIX}feed/{language}")
    feed.title(title)
    feed.author(name=author)
    feed.language(language)
    feed.link(href=site_url + feed_url(language), rel="self", type="application/atom+xml")
    feed.link(href=site_url + news_url(language), rel="alternate", type="text/html", hreflang=language)
    if news:  # otherwise feedgen dates the feed now
        feed.updated(_moment(news[0].date))
    for item in news:
        entry = feed.add_entry(order="append")  # feedgen prepends by default; keep newest first
        entry.id(f"{TAG_PREFIX}news/{language}/{item.id}")
        entry.title(item.title.in_language(language))
        entry.link(href=site_url + item_url(item, language), rel="alternate", type="text/html")
        entry.published(_moment(item.date))
        entry.updated(_moment(item.date))
        entry.category(term=item.type, label=item.type_label.in_language(language))
        entry.content(render_feed_content(item, language), type="html")
    return feed.atom_str(pretty=True)
