"""The checker's unit: one page in one language, read once, with its outline and fingerprint."""

from __future__ import annotations

from dataclasses import dataclass

from programme_site.pages.outline import Outline, parse_page
from programme_site.pages.sources import PageSource
from programme_site.pages.text import fingerprint


@dataclass(frozen=True)
class PageFile:
    """One page in one language: where it is, a fingerprint of its text, its outline and its text."""

    language: str
    name: str  # relative to the language folder, e.g. verkosto.md
    fingerprint: str
    outline: Outline
    text: str  # as read (pages/text.py)

    @property
    def path(self) -> str:
        return f"docs/{self.language}/{self.name}"


def read_page(source: PageSource, language: str, name: str) -> PageFile:
    """A page's fingerprint and outline, both of the text the checks have read."""
    return PageFile(
        language, name, fingerprint(source.text), parse_page(source.text, source.shown), source.text
    )
