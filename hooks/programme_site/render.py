"""Render data blocks (contacts, news) as HTML with Jinja2 templates.

Autoescape is on, so text from YAML can never become markup. News bodies are
Markdown with raw HTML switched off: it is shown as text, not run.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import markdown
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .models import Contact, NewsItem, Text
from .texts import ui_text


def finnish_date(day: date) -> str:
    """3.10.2023: the way dates are written in Finland in both Finnish and Swedish."""
    return f"{day.day}.{day.month}.{day.year}"


def email_as_text(address: str) -> str:
    """name(at)domain: readable for people, not harvestable from the HTML."""
    return address.replace("@", "(at)")


def tel_href(phone: str) -> str:
    return "tel:" + phone.replace(" ", "")


def _body_converter() -> markdown.Markdown:
    converter = markdown.Markdown(output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


# One converter, reset for each body, instead of a new one for every news item.
_BODY_CONVERTER = _body_converter()


def safe_markdown(source: str) -> Markup:
    return Markup(_BODY_CONVERTER.reset().convert(source))


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
    return env


_ENV = _environment()


def _render(template: str, language: str, **values: object) -> str:
    def localise(text: Text) -> str:
        return text.in_language(language)

    return _ENV.get_template(template).render(
        lang=language, t=lambda key: ui_text(key, language), local=localise, **values
    )


def render_contacts(contacts: Sequence[Contact], language: str) -> str:
    return _render("contacts.html", language, contacts=contacts)


def render_news(items: Sequence[NewsItem], language: str, compact: bool, heading: int) -> str:
    return _render("news.html", language, items=items, compact=compact, heading=heading)
