"""The data files: where each is, its list of entries and their fields, and its other top-level keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from programme_site.core.languages import Text
from programme_site.core.messages import N_
from programme_site.data.fields import (
    CONTACT_FIELDS,
    CONTACT_SETTINGS_FIELDS,
    NEWS_FIELDS,
    NEWS_SETTINGS_FIELDS,
    PROGRAMME_FIELDS,
    Field,
)

# The data files with texts in both languages (and a review date under `settings:`).
DATA_FILES = ("data/contacts.yaml", "data/news.yaml")


class ListMessages(NamedTuple):
    """What a file with a list of entries says when the list is missing or is not a list: whole
    sentences marked with N_, since the entries' name takes a different form in each language."""

    missing: str
    not_a_list: str


@dataclass(frozen=True)
class DataFile:
    """One data file: its list of entries (or, `single`, its one entry), and the other top-level keys it may have."""

    path: str
    about: Text
    key: str  # the list of entries, or the one entry
    what: ListMessages
    label: str  # what one entry is, in messages, with {name} (its id or number); marked with N_
    fields: tuple[Field, ...]
    settings: tuple[Field, ...]
    top_level: tuple[str, ...]
    single: bool = False


CONTACTS_FILE = DataFile(
    "data/contacts.yaml",
    Text("Sivuston yhteystiedot.", "Webbplatsens kontaktuppgifter."),
    "contacts",
    ListMessages(
        N_("the file must have a 'contacts:' list of contacts."),
        N_("'contacts:' must be a list of contacts (lines starting with '-')."),
    ),
    N_("contact {name}"),
    CONTACT_FIELDS,
    CONTACT_SETTINGS_FIELDS,
    ("contacts", "sections", "settings"),
)
NEWS_FILE = DataFile(
    "data/news.yaml",
    Text("Uutiset ja tiedotteet.", "Nyheter och pressmeddelanden."),
    "news",
    ListMessages(
        N_("the file must have a 'news:' list of news items."),
        N_("'news:' must be a list of news items (lines starting with '-')."),
    ),
    N_("news item {name}"),
    NEWS_FIELDS,
    NEWS_SETTINGS_FIELDS,
    ("news", "settings"),
)
PROGRAMME_FILE = DataFile(
    "data/programme.yaml",
    Text(
        "Toimintaohjelman tiedot, joista sivuston sivut riippuvat.",
        "Uppgifter om handlingsprogrammet som webbplatsens sidor beror på.",
    ),
    "programme",
    ListMessages(
        N_("the file must have a 'programme:' entry."),
        N_("'programme:' must be one entry of 'field: value' lines."),
    ),
    N_("programme"),
    PROGRAMME_FIELDS,
    (),
    ("programme",),
    single=True,
)
