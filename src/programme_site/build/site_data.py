"""Typed models of the site's data and the one place where data is validated.

Every human-readable text has a Finnish and a Swedish version (`Text`). A
problem is reported as a SiteError naming file, line, entry and field; every
problem in every entry is found in one run and raised together (SiteErrors).
The fields of each kind of entry are one table (`Field`): the validation reads
them, and build/data_schema.py makes the editors' JSON Schema of the same table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from programme_site.build.news_markdown import URL_PATTERN, markdown_problem
from programme_site.core.errors import Problems, SiteError, SiteErrors
from programme_site.core.languages import LANGUAGES, Text, finnish_today
from programme_site.core.located_yaml import Located, LocatedList, load_yaml
from programme_site.core.messages import N_, _
from programme_site.core.text_bounds import hidden_characters, hidden_problem, markdown_bounds
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
EMAIL_ADVICE = N_(
    "Put the address in a contact's 'email:' field in data/contacts.yaml, which the site shows as name(at)domain."
)
# Each language has its own sentence: the language's name takes a different form in each translation.
_TEXT_MISSING = {
    "fi": N_("the Finnish text is missing or empty. Write it under '{field}:' as 'fi: …'."),
    "sv": N_("the Swedish text is missing or empty. Write it under '{field}:' as 'sv: …'."),
}
# International form, e.g. +358 2950 47582: the tel: link is built from it.
PHONE_PATTERN = re.compile(r"\+[1-9][0-9]{0,2}( [0-9]{2,5})+")
# A title, name or role is one line of a page or a feed; a longer text is a mistake or an attack
# (`make news` once wrote a 100 000-character title). Markdown texts have core/text_bounds.py's limits.
MAX_TEXT_LENGTH = 300
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
    body: Text  # Markdown, checked by news_markdown.markdown_problem
    links: tuple[NewsLink, ...] = ()

    @property
    def type_label(self) -> Text:
        return Text(**NEWS_TYPES[self.type])


@dataclass(frozen=True)
class SiteData:
    contacts: dict[str, Contact]
    sections: dict[str, tuple[Contact, ...]]
    news: tuple[NewsItem, ...]  # newest first


def text_problem(text: str, markdown: bool = False) -> str | None:
    """What makes a data text unpublishable whatever its field: an invisible character, or its length
    (a plain text: MAX_TEXT_LENGTH; a Markdown text: the limits of a page). `make news` asks it too."""
    if hidden := hidden_characters(text):
        first = hidden[0]
        where = _("line {line}: ").format(line=first.line) if "\n" in text.strip() else ""
        return where + hidden_problem(first)
    if markdown:
        bounds = markdown_bounds(text, "")
        return bounds[0].problem if bounds else None
    if len(text) > MAX_TEXT_LENGTH:
        return _("is {length} characters long; the limit is {limit}. Shorten it.").format(
            length=len(text), limit=MAX_TEXT_LENGTH
        )
    return None


class Entry:
    """Reads the fields of one YAML entry, naming the entry in every error."""

    def __init__(
        self, path: str, mapping: Any, label: str, line: int, fields: set[str] | None = None
    ) -> None:
        """`label` names the entry in messages, in the editor's language ("news item 3").
        `fields`: the keys the entry may have; any other is refused here, all of them at once.
        Without it the caller checks the keys (read_fields does, among the other fields' problems)."""
        if not isinstance(mapping, Located):
            raise SiteError(
                path, line, _("{label} must be a set of 'field: value' lines.").format(label=label)
            )
        self.path, self.mapping, self.label = path, mapping, label
        if fields is not None and (unknown := self.unknown_fields(fields)):
            raise SiteErrors(unknown)

    def unknown_fields(self, fields: set[str], reported: str = "") -> list[SiteError]:
        """A problem for each key not in `fields`, except `reported` (refused with a message of its own)."""
        known = ", ".join(sorted(fields))
        return [
            self.problem(key, _("is not a known field. Known fields are: {known}.").format(known=known))
            for key in self.mapping
            if key not in fields and key != reported
        ]

    def line(self, field: str) -> int:
        return self.mapping.key_lines.get(field, self.mapping.line)

    def problem(self, field: str, problem: str, line: int | None = None) -> SiteError:
        """`problem`, in the editor's language, is what is wrong with the field and how to fix it."""
        where = line or self.line(field.split(".")[0])
        return SiteError(
            self.path,
            where,
            _("{label}, field '{field}': {problem}").format(label=self.label, field=field, problem=problem),
        )

    def fail(self, field: str, problem: str, line: int | None = None) -> NoReturn:
        raise self.problem(field, problem, line)

    def string(self, field: str, pattern: re.Pattern[str] | None = None, hint: str = "") -> str:
        """`hint`, in the editor's language: how to write a value that matches `pattern`."""
        value = self.mapping.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.fail(field, _("is missing or empty. Fill it in."))
        if not isinstance(value, str):
            self.fail(field, _("must be text; put it in quotes."))
        if problem := text_problem(value):
            self.fail(field, problem)
        if pattern and not pattern.fullmatch(value):
            # repr: a newline or other invisible character shows as \n, and the message stays one line.
            self.fail(field, _("{value} is not valid. {hint}").format(value=repr(value), hint=hint))
        return value

    def text(self, field: str, proper_name: bool = False, markdown: bool = False) -> Text:
        """A text in both languages; a proper name may be one string for both. In a Markdown text
        a passage in the other language can be marked, [words]{lang=fi}; a plain text is shown as written."""
        value = self.mapping.get(field)
        if proper_name and isinstance(value, str) and value.strip():
            if problem := text_problem(value):
                self.fail(field, problem)
            return Text(fi=value, sv=value)
        if not isinstance(value, Located):
            self.fail(field, _("needs a Finnish and a Swedish text, written as 'fi: …' and 'sv: …' lines."))
        found = Problems()  # each language's problem: an editor fixes both at once
        for key in sorted(set(value) - set(LANGUAGES)):
            found.add(
                self.problem(
                    f"{field}.{key}", _("is not a site language. Use 'fi' and 'sv'."), value.key_lines[key]
                )
            )
        texts = {}
        for language in LANGUAGES:
            with found.collect():
                texts[language] = self._one_text(value, field, language, markdown)
        found.raise_any()
        return Text(**texts)

    def _one_text(self, value: Located, field: str, language: str, markdown: bool) -> str:
        text = value.get(language)
        name, line = f"{field}.{language}", value.key_lines.get(language)
        if text is not None and not isinstance(text, str):
            self.fail(name, _("must be one text, not a list or entries; put it in quotes."), line)
        if not text or not text.strip():
            self.fail(name, _(_TEXT_MISSING[language]).format(field=field), line)
        if problem := text_problem(text, markdown):
            self.fail(name, problem, line)
        if email := RAW_EMAIL.search(text):
            self.fail(
                name,
                _("'{email}' would publish an e-mail address whole. {advice}").format(
                    email=email[0], advice=_(EMAIL_ADVICE)
                ),
                line,
            )
        if found := other_language_of(text, language):
            self.fail(name, wrong_language_advice(_("the text"), found, language, markdown), line)
        return text.strip()

    def markdown(self, field: str) -> Text:
        """A text in both languages whose Markdown follows news_markdown's rules."""
        texts = self.text(field, markdown=True)
        problems = [
            self.problem(f"{field}.{language}", problem, self.mapping[field].key_lines[language])
            for language in LANGUAGES
            if (problem := markdown_problem(texts.in_language(language)))
        ]
        if problems:
            raise SiteErrors(problems)
        return texts

    def whole_number(self, field: str, lowest: int, highest: int) -> int:
        value = self.mapping.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            self.fail(
                field,
                _("'{argument}' must be a whole number from {lowest} to {highest}.").format(
                    argument=value, lowest=lowest, highest=highest
                ),
            )
        return value

    def iso_date(self, field: str, latest: date | None = None) -> date:
        """A date from EARLIEST_DATE on, and not after `latest` when given."""
        value = self.string(field)
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(
                field,
                _("{value} is not a date. Write it as year-month-day, e.g. 2023-10-03.").format(
                    value=repr(value)
                ),
            )
        if day < EARLIEST_DATE:
            self.fail(
                field,
                _("{day} is before {year}. Check the year.").format(
                    day=day.isoformat(), year=EARLIEST_DATE.year
                ),
            )
        if latest and day > latest:
            self.fail(
                field,
                _("{day} is after today ({today}). Write the date the page was last changed.").format(
                    day=day.isoformat(), today=latest.isoformat()
                ),
            )
        return day


class Kind(Enum):
    """What a field holds: how it is read, and how the JSON Schema describes it."""

    ID = "id"  # lower-case letters, digits and hyphens, unique in its file
    TEXT = "text"  # a plain text in each language: fi: …, sv: …
    NAME = "name"  # a proper name, one text for both languages, or a text in each
    MARKDOWN = "markdown"  # a Markdown text in each language
    STRING = "string"  # one text matching `pattern`
    DATE = "date"  # year-month-day
    CHOICE = "choice"  # one of `choices`
    LINKS = "links"  # a list of entries with the fields `fields`
    NUMBER = "number"  # a whole number within `bounds`


@dataclass(frozen=True)
class Field:
    """One field of an entry, for the validator and the editors' JSON Schema alike."""

    name: str
    kind: Kind
    about: Text  # what the field is for, in the schema an editor's YAML tool shows
    required: bool = True
    pattern: re.Pattern[str] | None = None  # STRING: used with fullmatch
    # How to write a valid value, marked with N_ and translated where shown. CHOICE: the whole
    # message for another value, with {value} and {choices}; LINKS: the list's shape.
    hint: str = ""
    choices: tuple[str, ...] = ()
    bounds: tuple[int, int] = (0, 0)
    fields: tuple[Field, ...] = ()  # LINKS: each link's fields
    # Read by another check: review_by by checker/rules/review_dates.py, which knows the due dates.
    checked_elsewhere: bool = False


ID_HINT = N_("Use lower-case letters a-z, digits and hyphens, e.g. maria-tiainen.")
URL_HINT = N_("Write a full https:// address.")
REVIEW_BY = Field(
    "review_by",
    Kind.DATE,
    Text(
        "Päivä, johon mennessä tiedoston tiedot tarkistetaan lähteistä uudelleen.",
        "Dag då filens uppgifter senast ska kontrolleras mot källorna igen.",
    ),
    required=False,
    checked_elsewhere=True,
)
CONTACT_FIELDS = (
    Field(
        "id",
        Kind.ID,
        Text(
            "Tunniste: pienet kirjaimet a-z, numerot ja viivat.",
            "Id: små bokstäver a-z, siffror och bindestreck.",
        ),
        hint=ID_HINT,
    ),
    Field(
        "name",
        Kind.NAME,
        Text(
            "Nimi; henkilön nimi kerran, muuten fi ja sv.", "Namn; en persons namn en gång, annars fi och sv."
        ),
    ),
    Field(
        "title",
        Kind.TEXT,
        Text("Tehtävänimike tai organisaatio.", "Titel eller organisation."),
        required=False,
    ),
    Field("role", Kind.TEXT, Text("Rooli ohjelmassa.", "Roll i programmet."), required=False),
    Field(
        "email",
        Kind.STRING,
        Text(
            "Sähköpostiosoite kokonaan; sivusto näyttää sen muodossa nimi(at)osoite.",
            "Hel e-postadress; webbplatsen visar den som namn(at)adress.",
        ),
        required=False,
        pattern=EMAIL_PATTERN,
        hint=N_("Write a whole address, e.g. name@gov.fi."),
    ),
    Field(
        "phone",
        Kind.STRING,
        Text(
            "Puhelinnumero kansainvälisessä muodossa, esim. +358 2950 47582.",
            "Telefonnummer i internationell form, t.ex. +358 2950 47582.",
        ),
        required=False,
        pattern=PHONE_PATTERN,
        hint=N_("Write it in international form with spaces, e.g. +358 2950 47582."),
    ),
    Field(
        "website",
        Kind.STRING,
        Text("Verkkosivu, https://-osoite.", "Webbplats, https://-adress."),
        required=False,
        pattern=URL_PATTERN,
        hint=URL_HINT,
    ),
)
CONTACT_SETTINGS_FIELDS = (REVIEW_BY,)
NEWS_LINK_FIELDS = (
    Field("title", Kind.TEXT, Text("Linkin teksti.", "Länkens text.")),
    Field(
        "url", Kind.STRING, Text("Osoite, https://…", "Adress, https://…"), pattern=URL_PATTERN, hint=URL_HINT
    ),
)
NEWS_FIELDS = (
    Field(
        "id",
        Kind.ID,
        Text(
            "Tunniste, osa sivun osoitetta: pienet kirjaimet a-z, numerot ja viivat.",
            "Id, en del av sidans adress: små bokstäver a-z, siffror och bindestreck.",
        ),
        hint=ID_HINT,
    ),
    Field("date", Kind.DATE, Text("Julkaisupäivä, vuosi-kuukausi-päivä.", "Publiceringsdag, år-månad-dag.")),
    Field(
        "type",
        Kind.CHOICE,
        Text("Tyyppi: uutinen tai tiedote.", "Typ: uutinen (nyhet) eller tiedote (pressmeddelande)."),
        hint=N_("'{value}' is not a news type. Use one of: {choices}."),
        choices=tuple(NEWS_TYPES),
    ),
    Field("title", Kind.TEXT, Text("Otsikko suomeksi ja ruotsiksi.", "Rubrik på finska och svenska.")),
    Field(
        "body",
        Kind.MARKDOWN,
        Text(
            "Teksti (Markdown): linkit muodossa [teksti](https://osoite).",
            "Text (Markdown): länkar som [text](https://adress).",
        ),
    ),
    Field(
        "links",
        Kind.LINKS,
        Text(
            "Lisälukemista: linkit, joilla teksti (fi, sv) ja osoite.",
            "Läs mer: länkar med text (fi, sv) och adress.",
        ),
        required=False,
        hint=N_("must be a list of links, each with 'title:' (fi and sv) and 'url:'."),
        fields=NEWS_LINK_FIELDS,
    ),
)
NEWS_SETTINGS_FIELDS = (
    Field(
        "future_limit_days",
        Kind.NUMBER,
        Text(
            "Montako päivää tulevaisuuteen uutisen päivä saa olla.",
            "Hur många dagar framåt en nyhets datum får vara.",
        ),
        required=False,
        bounds=(0, 3660),
    ),
    REVIEW_BY,
)


class ListMessages(NamedTuple):
    """What a file with a list of entries says when the list is missing or is not a list: whole
    sentences marked with N_, since the entries' name takes a different form in each language."""

    missing: str
    not_a_list: str


@dataclass(frozen=True)
class DataFile:
    """One data file: its list of entries, and the other top-level keys it may have."""

    path: str
    about: Text
    key: str  # the list of entries
    what: ListMessages
    label: str  # what one entry is, in messages, with {name} (its id or number); marked with N_
    fields: tuple[Field, ...]
    settings: tuple[Field, ...]
    top_level: tuple[str, ...]


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
# What a page's front matter may say. Other keys (a mistyped `updatd:`) would be ignored
# silently, and `template:` would let a page pick any file as its template.
FRONT_MATTER_FIELDS = {"title", "updated", "review_by", "untranslated"}


def _read_field(entry: Entry, field: Field) -> Any:
    """One field's value, checked; a problem is raised (several at once for a text or a list)."""
    match field.kind:
        case Kind.ID:
            ident = entry.string(field.name, ID_PATTERN, _(field.hint))
            if len(ident) > MAX_ID_LENGTH:
                entry.fail(
                    field.name,
                    _("is {length} characters long; the limit is {limit}. Shorten it.").format(
                        length=len(ident), limit=MAX_ID_LENGTH
                    ),
                )
            return ident
        case Kind.TEXT | Kind.NAME:
            return entry.text(field.name, proper_name=field.kind is Kind.NAME)
        case Kind.MARKDOWN:
            return entry.markdown(field.name)
        case Kind.STRING:
            return entry.string(field.name, field.pattern, _(field.hint))
        case Kind.DATE:
            return entry.iso_date(field.name)
        case Kind.CHOICE:
            value = entry.string(field.name)
            if value not in field.choices:
                entry.fail(field.name, _(field.hint).format(value=value, choices=", ".join(field.choices)))
            return value
        case Kind.LINKS:
            return _read_list(entry, field)
        case Kind.NUMBER:
            return entry.whole_number(field.name, *field.bounds)


def _read_list(entry: Entry, field: Field) -> tuple[dict[str, Any], ...]:
    raw = entry.mapping.get(field.name)
    if not isinstance(raw, LocatedList) or not raw:
        entry.fail(field.name, _(field.hint))
    found = Problems()
    items = []
    for number, (raw_item, line) in enumerate(zip(raw, raw.item_lines, strict=True), start=1):
        with found.collect():
            values, problems = read_fields(
                Entry(
                    entry.path,
                    raw_item,
                    _("{label}, link {number}").format(label=entry.label, number=number),
                    line,
                ),
                field.fields,
            )
            problems.raise_any()
            items.append(values)
    found.raise_any()
    return tuple(items)


def read_fields(entry: Entry, fields: tuple[Field, ...]) -> tuple[dict[str, Any], Problems]:
    """Every field of `fields` that the entry has (or must have), and every problem in them.

    A field with a problem is left out of the values, so that no later check trips over it.
    """
    problems = Problems()
    problems.add_all(entry.unknown_fields({field.name for field in fields}))
    values: dict[str, Any] = {}
    for field in fields:
        if field.checked_elsewhere or (not field.required and field.name not in entry.mapping):
            continue
        with problems.collect():
            values[field.name] = _read_field(entry, field)
    return values, problems


def entries(
    path: str,
    document: Any,
    key: str,
    what: ListMessages,
    top_level: set[str],
    problems: Problems | None = None,
) -> list[tuple[Any, int]]:
    """The items of the file's `key:` list; `top_level` are the keys the file may have.

    A key the file may not have is raised, or with `problems` kept there while the entries are read.
    """
    if not isinstance(document, Located) or key not in document:
        raise SiteError(path, None, _(what.missing))
    unknown = Problems()
    for name in document:
        if name not in top_level:
            unknown.add(
                SiteError(
                    path,
                    document.key_lines[name],
                    _("'{key}:' is not part of this file. It has: {keys}.").format(
                        key=name, keys=", ".join(sorted(top_level))
                    ),
                )
            )
    if problems is None:
        unknown.raise_any()
    else:
        problems.add_all(unknown.errors)
    items = document[key]
    if not isinstance(items, LocatedList):
        raise SiteError(path, document.key_lines[key], _(what.not_a_list))
    return list(zip(items, items.item_lines, strict=True))


def _name(raw: Any, number: int) -> str:
    """How messages name an entry: its id when that is valid, else its number in the list."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(ident, str) and ID_PATTERN.fullmatch(ident) and len(ident) <= MAX_ID_LENGTH:
        return ident
    return str(number)


def _read_entries(
    data_file: DataFile, document: Any, problems: Problems, check: Callable[[Entry, dict[str, Any]], None]
) -> tuple[list[dict[str, Any]], set[str] | None]:
    """The valid entries of a data file's list, and the ids of all its entries (None if an id
    could not be read: then a reference to an id that is not there may be to that entry).

    Every problem of every entry goes into `problems`; `check` adds the checks that need other
    fields than its own (it may raise). An entry with a problem is left out, so nothing built
    from the data trips over it.
    """
    valid: list[dict[str, Any]] = []
    ids: set[str] | None = set()
    seen: dict[str, int] = {}
    path = data_file.path
    for number, (raw, line) in enumerate(
        entries(path, document, data_file.key, data_file.what, set(data_file.top_level), problems), start=1
    ):
        before = len(problems)
        with problems.collect():
            entry = Entry(path, raw, _(data_file.label).format(name=_name(raw, number)), line)
            values, found = read_fields(entry, data_file.fields)
            problems.add_all(found.errors)
            ident = values.get("id")
            if ident is None:
                ids = None
            elif ids is not None:
                ids.add(ident)
            if ident in seen:
                problems.add(
                    entry.problem(
                        "id",
                        _("'{id}' is already used on line {line}. Give each entry its own id.").format(
                            id=ident, line=seen[ident]
                        ),
                    )
                )
            elif ident:
                seen[ident] = entry.line("id")
            with problems.collect():
                check(entry, values)
        if len(problems) == before:
            valid.append(values)
        elif not isinstance(raw, Located):
            ids = None
    return valid, ids


def _settings(data_file: DataFile, document: Any, problems: Problems) -> dict[str, Any] | None:
    """The file's `settings:` values; None if they have a problem (it is in `problems`)."""
    settings = document.get("settings") if isinstance(document, Located) else None
    if settings is None:
        return {}
    before = len(problems)
    with problems.collect():
        values, found = read_fields(
            Entry(data_file.path, settings, _("settings"), document.key_lines["settings"]), data_file.settings
        )
        problems.add_all(found.errors)
    return values if len(problems) == before else None


def check_front_matter(path: str, meta: Located, latest: date | None) -> date | None:
    """Check a page's front matter; return its `updated:` date, if it has one.

    `latest` is the newest `updated:` allowed (today), or None for a generated news page
    whose date was already checked in data/news.yaml against `future_limit_days`.
    Every problem in it is raised at once.
    """
    problems = Problems()
    if "template" in meta:
        problems.add(
            SiteError(
                path,
                meta.key_lines["template"],
                _(
                    "front matter 'template': a page cannot choose its template; every page uses the theme's. "
                    "Remove the line."
                ),
            )
        )
    entry = Entry(path, meta, _("front matter"), meta.line)
    problems.add_all(entry.unknown_fields(FRONT_MATTER_FIELDS, reported="template"))
    updated = None
    with problems.collect():
        if "title" in meta and any(mark in entry.string("title") for mark in "<>"):
            # The theme prints a front-matter title as it is, into <title> and the page header.
            entry.fail(
                "title",
                _(
                    "is shown as the page's title in the browser tab and the header, where '<' and '>' would "
                    "be read as markup. Write it without them."
                ),
            )
    with problems.collect():
        if "review_by" in meta:
            entry.iso_date("review_by")
    with problems.collect():
        updated = entry.iso_date("updated", latest) if "updated" in meta else None
    problems.raise_any()
    return updated


def parse_contacts(
    path: str, document: Any, problems: Problems | None = None
) -> tuple[dict[str, Contact], dict[str, tuple[Contact, ...]]]:
    """The contacts and the page sections; every problem goes into `problems` (or is raised)."""
    found = Problems() if problems is None else problems
    _settings(CONTACTS_FILE, document, found)
    valid, ids = _read_entries(CONTACTS_FILE, document, found, lambda entry, values: None)
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
    settings = _settings(NEWS_FILE, document, found)
    # A limit with a problem is reported already: no date is measured against a guess.
    limit = None if settings is None else settings.get("future_limit_days", DEFAULT_FUTURE_LIMIT_DAYS)

    def check_date(entry: Entry, values: dict[str, Any]) -> None:
        day = values.get("date")
        if day and limit is not None and day > today + timedelta(days=limit):
            entry.fail(
                "date",
                _(
                    "{day} is more than {limit} days after today ({today}). "
                    "Check the year; the limit is 'future_limit_days' under 'settings:'."
                ).format(day=day.isoformat(), limit=limit, today=today.isoformat()),
            )

    valid, _ids = _read_entries(NEWS_FILE, document, found, check_date)
    items = [
        NewsItem(**{**values, "links": tuple(NewsLink(**link) for link in values.get("links", ()))})
        for values in valid
    ]
    if problems is None:
        found.raise_any()
    return tuple(sorted(items, key=lambda item: (item.date, item.id), reverse=True))


def load_site_data(root: Path, today: date | None = None) -> SiteData:
    """Load and check everything under `data/`; `root` is the project folder.

    `today` (default: today in Finland) is what news dates are checked against.
    """

    def read(name: str) -> tuple[str, Any]:
        shown = f"data/{name}"
        return shown, load_yaml(root / "data" / name, shown)

    problems = Problems()
    contacts: dict[str, Contact] = {}
    sections: dict[str, tuple[Contact, ...]] = {}
    news: tuple[NewsItem, ...] = ()
    with problems.collect():
        contacts, sections = parse_contacts(*read("contacts.yaml"), problems=problems)
    with problems.collect():
        news = parse_news(*read("news.yaml"), today=today or finnish_today(), problems=problems)
    problems.raise_any()
    return SiteData(contacts=contacts, sections=sections, news=news)
