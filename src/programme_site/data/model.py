"""The site's data as the build uses it: contacts and news items, every text in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from programme_site.core.languages import Text

# The kinds of news item and their labels; an item with another type is an error.
NEWS_TYPES = {
    "uutinen": {"fi": "Uutinen", "sv": "Nyhet"},
    "tiedote": {"fi": "Tiedote", "sv": "Pressmeddelande"},
}


@dataclass(frozen=True)
class Contact:
    id: str
    name: Text
    title: Text | None = None
    role: Text | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    as_of: date | None = None  # the day the title and role were as written, from their source


@dataclass(frozen=True)
class NewsLink:
    title: Text
    url: str


@dataclass(frozen=True)
class NewsItem:
    id: str
    date: date
    type: str
    title: Text
    body: Text  # Markdown, checked by data.markdown.markdown_problem
    links: tuple[NewsLink, ...] = ()
    closes: date | None = None  # the last day a call or survey it announces is open

    def has_closed(self, today: date) -> bool:
        return self.closes is not None and today > self.closes

    @property
    def type_label(self) -> Text:
        return Text(**NEWS_TYPES[self.type])


@dataclass(frozen=True)
class Programme:
    """The facts about the programme itself that the site's pages depend on (data/programme.yaml)."""

    ends: date  # after it, the site is an archive
    news_current_days: int  # how long the newest news item counts as current
    current_news: Text  # the address of current news elsewhere, in each language
    current_news_title: Text

    def has_ended(self, today: date) -> bool:
        return today > self.ends

    def news_are_old(self, newest: date, today: date) -> bool:
        return (today - newest).days > self.news_current_days


@dataclass(frozen=True)
class SiteData:
    contacts: dict[str, Contact]
    sections: dict[str, tuple[Contact, ...]]
    news: tuple[NewsItem, ...]  # newest first
    programme: Programme
