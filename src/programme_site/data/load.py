"""Load and check everything under data/: the contacts, their sections and the news, newest first.

Every problem is reported as a SiteError naming file, line, entry and field; every problem in every
entry is found in one run and raised together (SiteErrors).
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from programme_site.core.errors import Problems, SiteError
from programme_site.core.languages import Text, finnish_today
from programme_site.core.located_yaml import Located, LocatedList, load_yaml
from programme_site.core.messages import _
from programme_site.data.entries import Entry, read_entries, read_fields, read_settings
from programme_site.data.fields import DEFAULT_FUTURE_LIMIT_DAYS
from programme_site.data.files import CONTACTS_FILE, NEWS_FILE, PROGRAMME_FILE
from programme_site.data.language_links import LANGUAGE_LINKS_FILE, LanguageLinks, parse_language_links
from programme_site.data.model import Contact, NewsItem, NewsLink, Programme, SiteData


def parse_contacts(
    path: str, document: Any, problems: Problems | None = None
) -> tuple[dict[str, Contact], dict[str, tuple[Contact, ...]]]:
    """The contacts and the page sections; every problem goes into `problems` (or is raised)."""
    found = Problems() if problems is None else problems
    read_settings(CONTACTS_FILE, document, found)
    valid, ids = read_entries(CONTACTS_FILE, document, found, lambda entry, values: None)
    contacts = {values["id"]: Contact(**values) for values in valid}
    sections: dict[str, tuple[Contact, ...]] = {}
    sections_raw = document.get("sections")
    if not isinstance(sections_raw, Located):
        found.add(
            SiteError(
                path, None, _("the file must have a 'sections:' list naming which contacts each page shows.")
            )
        )
        sections_raw = Located()
    for name, members in sections_raw.items():
        line = sections_raw.key_lines[name]
        if not isinstance(members, LocatedList) or not members:
            found.add(
                SiteError(
                    path,
                    line,
                    _("section '{section}' must list contact ids, e.g. [maria-tiainen].").format(
                        section=name
                    ),
                )
            )
            continue
        for member, member_line in zip(members, members.item_lines, strict=True):
            if not isinstance(member, str):
                found.add(
                    SiteError(
                        path,
                        member_line,
                        _(
                            "section '{section}' must list contact ids, each one id like maria-tiainen."
                        ).format(section=name),
                    )
                )
            # A contact with a problem, or whose id has one, is reported already.
            elif ids is not None and member not in ids:
                found.add(
                    SiteError(
                        path,
                        member_line,
                        _(
                            "section '{section}' names contact '{contact}', which is not in 'contacts:'."
                        ).format(section=name, contact=member),
                    )
                )
        sections[name] = tuple(
            contacts[member] for member in members if isinstance(member, str) and member in contacts
        )
    if problems is None:
        found.raise_any()
    return contacts, sections


def parse_news(
    path: str, document: Any, today: date, problems: Problems | None = None
) -> tuple[NewsItem, ...]:
    """The news items, newest first; every problem goes into `problems` (or is raised)."""
    found = Problems() if problems is None else problems
    settings = read_settings(NEWS_FILE, document, found)
    # A limit with a problem is reported already: no date is measured against a guess.
    limit = None if settings is None else settings.get("future_limit_days", DEFAULT_FUTURE_LIMIT_DAYS)

    def check_date(entry: Entry, values: dict[str, Any]) -> None:
        day, closes = values.get("date"), values.get("closes")
        if day and closes and closes < day:
            entry.fail(
                "closes",
                _(
                    "{closes} is before the item's date {day}. Write the last day the call or survey is open."
                ).format(closes=closes.isoformat(), day=day.isoformat()),
            )
        if day and limit is not None and day > today + timedelta(days=limit):
            entry.fail(
                "date",
                _(
                    "{day} is more than {limit} days after today ({today}). "
                    "Check the year; the limit is 'future_limit_days' under 'settings:'."
                ).format(day=day.isoformat(), limit=limit, today=today.isoformat()),
            )

    valid, _ids = read_entries(NEWS_FILE, document, found, check_date)
    items = [
        NewsItem(**{**values, "links": tuple(NewsLink(**link) for link in values.get("links", ()))})
        for values in valid
    ]
    if problems is None:
        found.raise_any()
    return tuple(sorted(items, key=lambda item: (item.date, item.id), reverse=True))


def parse_programme(path: str, document: Any, pairs: LanguageLinks) -> Programme:
    """The programme's facts; the Swedish address of current news is the pair of the Finnish one, if
    data/language_specific_links.yaml names one."""
    if not isinstance(document, Located) or PROGRAMME_FILE.key not in document:
        raise SiteError(path, None, _(PROGRAMME_FILE.what.missing))
    entry = Entry(
        path, document[PROGRAMME_FILE.key], _(PROGRAMME_FILE.label), document.key_lines[PROGRAMME_FILE.key]
    )
    values, found = read_fields(entry, PROGRAMME_FILE.fields)
    for key in document:
        if key not in PROGRAMME_FILE.top_level:
            found.add(
                SiteError(
                    path,
                    document.key_lines[key],
                    _("'{key}:' is not part of this file. It has: {keys}.").format(
                        key=key, keys=", ".join(PROGRAMME_FILE.top_level)
                    ),
                )
            )
    found.raise_any()
    url = values["current_news_url"]
    _language, pair = pairs.by_address.get(url, ("", None))
    return Programme(
        ends=values["ends"],
        news_current_days=values["news_current_days"],
        current_news=pair.address if pair else Text(fi=url, sv=url),
        current_news_title=values["current_news_title"],
    )


def load_site_data(
    root: Path, today: date | None = None, earlier: SiteData | None = None, unchanged: Container[str] = ()
) -> SiteData:
    """Load and check everything under `data/`; `root` is the project folder.

    `today` (default: today in Finland) is what news dates are checked against. `earlier` (the live
    preview's previous build) is data loaded and checked on the same `today` by the same code: each
    part whose files are all in `unchanged` (paths from `root`, 'data/news.yaml') is taken from it,
    since no part's checks read another part's files.
    """

    def read(name: str) -> tuple[str, Any]:
        shown = f"data/{name}"
        return shown, load_yaml(root / "data" / name, shown)

    problems = Problems()
    contacts: dict[str, Contact] = {}
    sections: dict[str, tuple[Contact, ...]] = {}
    news: tuple[NewsItem, ...] = ()
    programme = None
    with problems.collect():
        if earlier is not None and CONTACTS_FILE.path in unchanged:
            contacts, sections = earlier.contacts, earlier.sections
        else:
            contacts, sections = parse_contacts(*read("contacts.yaml"), problems=problems)
    with problems.collect():
        if earlier is not None and NEWS_FILE.path in unchanged:
            news = earlier.news
        else:
            news = parse_news(*read("news.yaml"), today=today or finnish_today(), problems=problems)
    with problems.collect():
        if earlier is not None and PROGRAMME_FILE.path in unchanged and LANGUAGE_LINKS_FILE in unchanged:
            programme = earlier.programme
        else:
            pairs = LanguageLinks.of(parse_language_links(*read(LANGUAGE_LINKS_FILE.removeprefix("data/"))))
            programme = parse_programme(*read("programme.yaml"), pairs)
    problems.raise_any()
    assert programme is not None  # else a problem was raised
    return SiteData(contacts=contacts, sections=sections, news=news, programme=programme)
