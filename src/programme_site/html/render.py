"""Render data blocks (contacts, news) and generated news pages with Jinja2 templates.

Autoescape is on, so text from YAML can never become markup. News bodies are
Markdown with raw HTML switched off: it is shown as text, not run.
Links between pages are relative to the page they appear on (`page_url`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import NamedTuple

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from programme_site.core.languages import Text, finnish_date
from programme_site.core.ui_texts import ui_text
from programme_site.data.markdown import to_html
from programme_site.data.model import Contact, NewsItem, Programme
from programme_site.news.urls import archive_url, feed_url, item_url, news_url, relative_url


class EditLink(NamedTuple):
    """One of a preview's links into GitHub's editor (html/edit_links.py)."""

    url: str
    text_key: str  # its words in core/ui_texts.py
    language: str  # the language of its words


def email_as_text(address: str) -> str:
    """name(at)domain: readable for people, not harvestable from the HTML."""
    return address.replace("@", "(at)")


def tel_href(phone: str) -> str:
    return "tel:" + phone.replace(" ", "")


def safe_markdown(source: str) -> Markup:
    return Markup(to_html(source))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        finnish_date=finnish_date,
        email_as_text=email_as_text,
        tel_href=tel_href,
        markdown=safe_markdown,
    )
    env.globals.update(
        item_url=item_url, news_url=news_url, archive_url=archive_url, feed_url=feed_url, ui_text=ui_text
    )
    return env


_ENV = _environment()


def _render(template: str, language: str, page_url: str = "", **values: object) -> str:
    def localise(text: Text) -> str:
        return text.in_language(language)

    return _ENV.get_template(template).render(
        lang=language,
        t=lambda key: ui_text(key, language),
        local=localise,
        href=partial(relative_url, page_url=page_url),
        **values,
    )


# Pure and called on page after page with the same arguments: a section's contacts, a page's date.
@cache
def render_contacts(contacts: tuple[Contact, ...], language: str) -> str:
    return _render("contacts.html", language, contacts=contacts)


def render_news(
    items: Sequence[NewsItem],
    language: str,
    heading: int,
    page_url: str,
    today: date,
    programme: Programme | None = None,
) -> str:
    """A list of items, each title linking to the item's own page, and each call or survey open or
    closed as of `today`. With `programme`, a list whose newest item is older than the programme's
    span for current news says so first and links to where current news are."""
    old = programme is not None and bool(items) and programme.news_are_old(items[0].date, today)
    return _render(
        "news.html",
        language,
        page_url,
        items=items,
        heading=heading,
        today=today,
        programme=programme if old else None,
    )


def render_news_archive(years: Sequence[tuple[int, int]], language: str, page_url: str) -> str:
    """Links to the yearly archive pages; `years` holds (year, number of items), newest first."""
    return _render("news_archive.html", language, page_url, years=years)


def render_feed_link(language: str, page_url: str) -> str:
    return _render("news_feed_link.html", language, page_url)


def render_item_page(item: NewsItem, language: str, today: date) -> str:
    """The Markdown source of an item's own page: front matter and one HTML block."""
    return _render("news_item_page.md", language, item_url(item, language), item=item, today=today)


def render_year_page(year: int, items: Sequence[NewsItem], language: str, today: date) -> str:
    """The Markdown source of a yearly archive page; `items` are that year's, newest first."""
    return _render(
        "news_year_page.md",
        language,
        archive_url(year, language),
        year=year,
        items=items,
        heading=2,
        today=today,
        programme=None,
    )


def render_feed_content(item: NewsItem, language: str) -> str:
    """An item's body and links as HTML for its feed entry."""
    return _render("news_feed_content.html", language, item=item)


@cache
def render_page_date(day: date, language: str) -> str:
    return _render("page_date.html", language, day=day)


def render_edit_links(links: Sequence[EditLink], language: str) -> str:
    """A preview's links into GitHub's editor (html/edit_links.py), each in its own words' language."""
    return _render("edit_links.html", language, links=links)


def forget_rendered_blocks() -> None:
    """Start a build afresh: under `mkdocs serve` a template may have changed since the last build."""
    render_contacts.cache_clear()
    render_page_date.cache_clear()


def archive_notice(programme: Programme, today: date, language: str) -> str:
    """What every page says once the programme has ended; empty before."""
    if not programme.has_ended(today):
        return ""
    return ui_text("archive_notice", language).format(date=finnish_date(programme.ends))


def render_untranslated_page(content: str, language: str, content_language: str) -> str:
    """Wrap another language's page HTML: a notice for the reader, and the text's real `lang`."""
    return _render(
        "untranslated_page.html", language, content=Markup(content), content_language=content_language
    )
