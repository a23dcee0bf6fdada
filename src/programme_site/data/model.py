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

    @property
    def type_label(self) -> Text:
        return Text(**NEWS_TYPES[self.type])


@dataclass(frozen=True)
class SiteData:
    contacts: dict[str, Contact]
    sections: dict[str, tuple[Contact, ...]]
    news: tuple[NewsItem, ...]  # newest first
