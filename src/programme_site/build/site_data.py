"""Typed models of the site's data and the one place where data is validated.

Every human-readable text has a Finnish and a Swedish version (`Text`). A
problem is reported as a SiteError naming file, line, entry and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from programme_site.build.news_markdown import URL_PATTERN, link_problem
from programme_site.core.errors import SiteError
from programme_site.core.languages import LANGUAGE_NAMES, LANGUAGES, Text, finnish_today
from programme_site.core.located_yaml import Located, LocatedList, load_yaml
from programme_site.core.text_language import other_language_of, wrong_language_advice

# The data files with texts in both languages (and a review date under `settings:`).
DATA_FILES = ("data/contacts.yaml", "data/news.yaml")

# Patterns are used with fullmatch: `$` would also accept a final newline (a YAML `|` block).
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# An id is part of a file and folder name; `make news` makes ids of at most 60 characters.
MAX_ID_LENGTH = 60
EMAIL_PATTERN = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
# An e-mail address anywhere in a text: published whole, it could be harvested.
RAW_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|mailto:", re.IGNORECASE)
EMAIL_ADVICE = (
    "Put the address in a contact's 'email:' field in data/contacts.yaml, "
    "which the site shows as name(at)domain."
)
# International form, e.g. +358 2950 47582: the tel: link is built from it.
PHONE_PATTERN = re.compile(r"\+[1-9][0-9]{0,2}( [0-9]{2,5})+")
# The programme began long after this; an earlier date is a typing mistake.
EARLIEST_DATE = date(2000, 1, 1)

# How far ahead a news date may be unless data/news.yaml says otherwise under
# `settings:`; a date beyond it is almost always a mistyped year.
DEFAULT_FUTURE_LIMIT_DAYS = 60

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
    body: Text  # Markdown, checked by markdown_text.link_problem
    links: tuple[NewsLink, ...] = ()

    @property
    def type_label(self) -> Text:
        return Text(**NEWS_TYPES[self.type])


@dataclass(frozen=True)
class SiteData:
    contacts: dict[str, Contact]
    sections: dict[str, tuple[Contact, ...]]
    news: tuple[NewsItem, ...]  # newest first


class Entry:
    """Reads the fields of one YAML entry, naming the entry in every error."""

    def __init__(self, path: str, mapping: Any, label: str, line: int, fields: set[str]) -> None:
        if not isinstance(mapping, Located):
            raise SiteError(path, line, f"{label} must be a set of 'field: value' lines.")
        self.path, self.mapping, self.label = path, mapping, label
        for key in mapping:
            if key not in fields:
                known = ", ".join(sorted(fields))
                self.fail(key, f"is not a known field. Known fields are: {known}.")

    def line(self, field: str) -> int:
        return self.mapping.key_lines.get(field, self.mapping.line)

    def fail(self, field: str, problem: str, line: int | None = None) -> NoReturn:
        where = line or self.line(field.split(".")[0])
        raise SiteError(self.path, where, f"{self.label}, field '{field}': {problem}")

    def string(self, field: str, pattern: re.Pattern[str] | None = None, hint: str = "") -> str:
        value = self.mapping.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.fail(field, "is missing or empty. Fill it in.")
        if not isinstance(value, str):
            self.fail(field, "must be text; put it in quotes.")
        if pattern and not pattern.fullmatch(value):
            # repr: a newline or other invisible character shows as \n, and the message stays one line.
            self.fail(field, f"{value!r} is not valid. {hint}")
        return value

    def optional_string(self, field: str, pattern: re.Pattern[str], hint: str) -> str | None:
        return self.string(field, pattern, hint) if field in self.mapping else None

    def text(self, field: str, proper_name: bool = False, markdown: bool = False) -> Text:
        """A text in both languages; a proper name may be one string for both. In a Markdown text
        a passage in the other language can be marked, [words]{lang=fi}; a plain text is shown as written."""
        value = self.mapping.get(field)
        if proper_name and isinstance(value, str) and value.strip():
            return Text(fi=value, sv=value)
        if not isinstance(value, Located):
            self.fail(field, "needs a Finnish and a Swedish text, written as 'fi: …' and 'sv: …' lines.")
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            self.fail(
                f"{field}.{unknown[0]}",
                "is not a site language. Use 'fi' and 'sv'.",
                value.key_lines[unknown[0]],
            )
        texts = {}
        for language in LANGUAGES:
            text = value.get(language)
            name, line = f"{field}.{language}", value.key_lines.get(language)
            if text is not None and not isinstance(text, str):
                self.fail(name, "must be one text, not a list or entries; put it in quotes.", line)
            if not text or not text.strip():
                self.fail(
                    name,
                    f"the {LANGUAGE_NAMES[language]} text is missing or empty. "
                    f"Write it under '{field}:' as '{language}: …'.",
                    line,
                )
            if email := RAW_EMAIL.search(text):
                self.fail(name, f"'{email[0]}' would publish an e-mail address whole. {EMAIL_ADVICE}", line)
            if found := other_language_of(text, language):
                self.fail(name, f"the text {wrong_language_advice(found, language, markdown)}", line)
            texts[language] = text.strip()
        return Text(**texts)

    def optional_text(self, field: str) -> Text | None:
        return self.text(field) if field in self.mapping else None

    def markdown(self, field: str) -> Text:
        """A text in both languages whose Markdown links follow markdown_text's rules."""
        texts = self.text(field, markdown=True)
        for language in LANGUAGES:
            problem = link_problem(texts.in_language(language))
            if problem:
                self.fail(f"{field}.{language}", problem, self.mapping[field].key_lines[language])
        return texts

    def whole_number(self, field: str, lowest: int, highest: int) -> int:
        value = self.mapping.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            self.fail(field, f"'{value}' must be a whole number from {lowest} to {highest}.")
        return value

    def iso_date(self, field: str, latest: date | None = None) -> date:
        """A date from EARLIEST_DATE on, and not after `latest` when given."""
        value = self.string(field)
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(field, f"{value!r} is not a date. Write it as year-month-day, e.g. 2023-10-03.")
        if day < EARLIEST_DATE:
            self.fail(field, f"{day.isoformat()} is before {EARLIEST_DATE.year}. Check the year.")
        if latest and day > latest:
            self.fail(
                field,
                f"{day.isoformat()} is after today ({latest.isoformat()}). "
                "Write the date the page was last changed.",
            )
        return day


def entries(path: str, document: Any, key: str, what: str, top_level: set[str]) -> list[tuple[Any, int]]:
    """The items of the file's `key:` list; `top_level` are the keys the file may have."""
    if not isinstance(document, Located) or key not in document:
        raise SiteError(path, None, f"the file must have a '{key}:' list of {what}.")
    for name in document:
        if name not in top_level:
            raise SiteError(
                path,
                document.key_lines[name],
                f"'{name}:' is not part of this file. It has: {', '.join(sorted(top_level))}.",
            )
    items = document[key]
    if not isinstance(items, LocatedList):
        raise SiteError(
            path, document.key_lines[key], f"'{key}:' must be a list of {what} (lines starting with '-')."
        )
    return list(zip(items, items.item_lines, strict=True))


def _name(raw: Any, number: int) -> str:
    """How messages name an entry: its id when that is valid, else its number in the list."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(ident, str) and ID_PATTERN.fullmatch(ident) and len(ident) <= MAX_ID_LENGTH:
        return ident
    return str(number)


def _unique_id(path: str, entry: Entry, seen: dict[str, int]) -> str:
    ident = entry.string(
        "id", ID_PATTERN, "Use lower-case letters a-z, digits and hyphens, e.g. maria-tiainen."
    )
    if len(ident) > MAX_ID_LENGTH:
        entry.fail("id", f"is {len(ident)} characters long; the limit is {MAX_ID_LENGTH}. Shorten it.")
    if ident in seen:
        entry.fail("id", f"'{ident}' is already used on line {seen[ident]}. Give each entry its own id.")
    seen[ident] = entry.line("id")
    return ident


CONTACT_FIELDS = {"id", "name", "title", "role", "email", "phone", "website"}
NEWS_FIELDS = {"id", "date", "type", "title", "body", "links"}
NEWS_LINK_FIELDS = {"title", "url"}
NEWS_SETTINGS_FIELDS = {"future_limit_days", "review_by"}  # review_by: review_dates.py
# What a page's front matter may say. Other keys (a mistyped `updatd:`) would be ignored
# silently, and `template:` would let a page pick any file as its template.
FRONT_MATTER_FIELDS = {"title", "updated", "review_by", "untranslated"}


def check_front_matter(path: str, meta: Located, latest: date | None) -> date | None:
    """Check a page's front matter; return its `updated:` date, if it has one.

    `latest` is the newest `updated:` allowed (today), or None for a generated news page
    whose date was already checked in data/news.yaml against `future_limit_days`.
    """
    if "template" in meta:
        raise SiteError(
            path,
            meta.key_lines["template"],
            "front matter 'template': a page cannot choose its template; every page uses the theme's. "
            "Remove the line.",
        )
    entry = Entry(path, meta, "front matter", meta.line, FRONT_MATTER_FIELDS)
    if "title" in meta:
        entry.string("title")
    if "review_by" in meta:
        entry.iso_date("review_by")
    return entry.iso_date("updated", latest) if "updated" in meta else None


def parse_contacts(path: str, document: Any) -> tuple[dict[str, Contact], dict[str, tuple[Contact, ...]]]:
    contacts: dict[str, Contact] = {}
    seen: dict[str, int] = {}
    for number, (raw, line) in enumerate(
        entries(path, document, "contacts", "contacts", {"contacts", "sections", "settings"}), start=1
    ):
        label = f"contact {_name(raw, number)}"
        entry = Entry(path, raw, label, line, CONTACT_FIELDS)
        ident = _unique_id(path, entry, seen)
        contacts[ident] = Contact(
            id=ident,
            name=entry.text("name", proper_name=True),
            title=entry.optional_text("title"),
            role=entry.optional_text("role"),
            email=entry.optional_string("email", EMAIL_PATTERN, "Write a whole address, e.g. name@gov.fi."),
            phone=entry.optional_string(
                "phone", PHONE_PATTERN, "Write it in international form with spaces, e.g. +358 2950 47582."
            ),
            website=entry.optional_string("website", URL_PATTERN, "Write a full https:// address."),
        )
    sections_raw = document.get("sections")
    if not isinstance(sections_raw, Located):
        raise SiteError(
            path, None, "the file must have a 'sections:' list naming which contacts each page shows."
        )
    sections: dict[str, tuple[Contact, ...]] = {}
    for name, members in sections_raw.items():
        line = sections_raw.key_lines[name]
        if not isinstance(members, LocatedList) or not members:
            raise SiteError(path, line, f"section '{name}' must list contact ids, e.g. [maria-tiainen].")
        for member, member_line in zip(members, members.item_lines, strict=True):
            if not isinstance(member, str):
                raise SiteError(
                    path,
                    member_line,
                    f"section '{name}' must list contact ids, each one id like maria-tiainen.",
                )
            if member not in contacts:
                raise SiteError(
                    path,
                    member_line,
                    f"section '{name}' names contact '{member}', which is not in 'contacts:'.",
                )
        sections[name] = tuple(contacts[member] for member in members)
    return contacts, sections


def _future_limit_days(path: str, document: Any) -> int:
    settings = document.get("settings") if isinstance(document, Located) else None
    if settings is None:
        return DEFAULT_FUTURE_LIMIT_DAYS
    entry = Entry(path, settings, "settings", document.key_lines["settings"], NEWS_SETTINGS_FIELDS)
    if "future_limit_days" in settings:
        return entry.whole_number("future_limit_days", 0, 3660)
    return DEFAULT_FUTURE_LIMIT_DAYS


def _news_links(path: str, entry: Entry, ident: str) -> tuple[NewsLink, ...]:
    raw = entry.mapping.get("links")
    if raw is None:
        return ()
    if not isinstance(raw, LocatedList) or not raw:
        entry.fail("links", "must be a list of links, each with 'title:' (fi and sv) and 'url:'.")
    links = []
    for number, (raw_link, line) in enumerate(zip(raw, raw.item_lines, strict=True), start=1):
        link = Entry(path, raw_link, f"news item {ident}, link {number}", line, NEWS_LINK_FIELDS)
        links.append(
            NewsLink(
                title=link.text("title"),
                url=link.string("url", URL_PATTERN, "Write a full https:// address."),
            )
        )
    return tuple(links)


def parse_news(path: str, document: Any, today: date) -> tuple[NewsItem, ...]:
    limit = _future_limit_days(path, document)
    items: list[NewsItem] = []
    seen: dict[str, int] = {}
    for number, (raw, line) in enumerate(
        entries(path, document, "news", "news items", {"news", "settings"}), start=1
    ):
        label = f"news item {_name(raw, number)}"
        entry = Entry(path, raw, label, line, NEWS_FIELDS)
        ident = _unique_id(path, entry, seen)
        news_type = entry.string("type")
        if news_type not in NEWS_TYPES:
            entry.fail("type", f"'{news_type}' is not a news type. Use one of: {', '.join(NEWS_TYPES)}.")
        day = entry.iso_date("date")
        if day > today + timedelta(days=limit):
            entry.fail(
                "date",
                f"{day.isoformat()} is more than {limit} days after today "
                f"({today.isoformat()}). Check the year; the limit is 'future_limit_days' under 'settings:'.",
            )
        items.append(
            NewsItem(
                id=ident,
                date=day,
                type=news_type,
                title=entry.text("title"),
                body=entry.markdown("body"),
                links=_news_links(path, entry, ident),
            )
        )
    return tuple(sorted(items, key=lambda item: (item.date, item.id), reverse=True))


def load_site_data(root: Path, today: date | None = None) -> SiteData:
    """Load and check everything under `data/`; `root` is the project folder.

    `today` (default: today in Finland) is what news dates are checked against.
    """

    def read(name: str) -> tuple[str, Any]:
        shown = f"data/{name}"
        return shown, load_yaml(root / "data" / name, shown)

    contacts, sections = parse_contacts(*read("contacts.yaml"))
    news = parse_news(*read("news.yaml"), today=today or finnish_today())
    return SiteData(contacts=contacts, sections=sections, news=news)
