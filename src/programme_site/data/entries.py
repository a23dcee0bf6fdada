"""The one validator of YAML entries: each field read as its table says (data/fields.py), every problem
named with its file, line, entry and field, and every problem of every entry found in one run
(SiteErrors). It serves data/load.py, the front matter of pages and the checker's address pairs."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, NoReturn

from programme_site.core.email_addresses import EMAIL_ADVICE, RAW_EMAIL
from programme_site.core.errors import Problems, SiteError, SiteErrors
from programme_site.core.languages import LANGUAGES, Text
from programme_site.core.located_yaml import Located, LocatedList
from programme_site.core.messages import N_, _
from programme_site.core.text_bounds import hidden_characters, hidden_problem, markdown_bounds
from programme_site.core.text_language import other_language_of, wrong_language_advice
from programme_site.data.fields import EARLIEST_DATE, ID_PATTERN, MAX_ID_LENGTH, MAX_TEXT_LENGTH, Field, Kind
from programme_site.data.files import DataFile, ListMessages
from programme_site.data.markdown import markdown_problem

# Each language has its own sentence: the language's name takes a different form in each translation.
_TEXT_MISSING = {
    "fi": N_("the Finnish text is missing or empty. Write it under '{field}:' as 'fi: …'."),
    "sv": N_("the Swedish text is missing or empty. Write it under '{field}:' as 'sv: …'."),
}


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
        """A text in both languages whose Markdown follows data/markdown.py's rules."""
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


def read_entries(
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


def read_settings(data_file: DataFile, document: Any, problems: Problems) -> dict[str, Any] | None:
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
