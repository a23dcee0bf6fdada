"""The JSON Schemas of data/news.yaml, data/contacts.yaml and data/programme.yaml, made from the
validator's field tables.

An editor's YAML tool (VS Code with its YAML extension, github.dev) reads the schema
named in the data file's first line, `# yaml-language-server: $schema=schema/news.schema.json`,
and offers the fields, their descriptions in Finnish and Swedish, and warnings while the
editor types. The schema is made from the tables in data/fields.py that the build validates
with, so the two cannot drift apart; it says less than the build checks (a text's language,
its links, a date's future limit), never more. Write it with `make schema`:

    python -m programme_site.data [--root DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from programme_site.core.languages import LANGUAGES, Text
from programme_site.data.fields import ID_PATTERN, MAX_ID_LENGTH, Field, Kind
from programme_site.data.files import CONTACTS_FILE, NEWS_FILE, PROGRAMME_FILE, DataFile

SCHEMA_FOLDER = "data/schema"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
# The validator reads dates with date.fromisoformat; the schema asks for the form the messages teach.
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NOT_BLANK = {"type": "string", "pattern": r"\S"}
SECTIONS_ABOUT = Text(
    "Mitkä yhteystiedot kukin sivu näyttää: osion nimi ja lista tunnisteita.",
    "Vilka kontakter varje sida visar: avsnittets namn och en lista med id:n.",
)
SETTINGS_ABOUT = Text("Tiedoston asetukset.", "Filens inställningar.")


def anchored(pattern: re.Pattern[str]) -> str:
    """The validator's fullmatch as a JSON Schema pattern, which matches anywhere in the text."""
    return f"^(?:{pattern.pattern})$"


def _description(about: Text) -> str:
    return "\n\n".join(about.in_language(language) for language in LANGUAGES)


def _texts(what: dict[str, Any]) -> dict[str, Any]:
    """A text in each language: `fi: …` and `sv: …`."""
    return {
        "type": "object",
        "properties": {language: what for language in LANGUAGES},
        "required": list(LANGUAGES),
        "additionalProperties": False,
    }


def field_schema(field: Field) -> dict[str, Any]:
    """What one field may hold, as the validator reads it (data/entries.py, _read_field)."""
    match field.kind:
        case Kind.ID:
            shape: dict[str, Any] = {
                "type": "string",
                "pattern": anchored(ID_PATTERN),
                "maxLength": MAX_ID_LENGTH,
            }
        case Kind.TEXT | Kind.MARKDOWN:
            shape = _texts(NOT_BLANK)
        case Kind.NAME:
            shape = {"anyOf": [NOT_BLANK, _texts(NOT_BLANK)]}
        case Kind.STRING:
            assert field.pattern is not None, f"{field.name}: a STRING field has a pattern"
            shape = {"type": "string", "pattern": anchored(field.pattern)}
        case Kind.DATE:
            shape = {"type": "string", "pattern": anchored(DATE_PATTERN)}
        case Kind.CHOICE:
            shape = {"enum": list(field.choices)}
        case Kind.LINKS:
            shape = {"type": "array", "minItems": 1, "items": entry_schema(field.fields)}
        case Kind.NUMBER:
            lowest, highest = field.bounds
            shape = {"type": "integer", "minimum": lowest, "maximum": highest}
    return {"description": _description(field.about), **shape}


def entry_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {field.name: field_schema(field) for field in fields},
        "required": [field.name for field in fields if field.required],
        "additionalProperties": False,
    }


def file_schema(data_file: DataFile) -> dict[str, Any]:
    """The schema of one data file: its settings, its list of entries and, for contacts, the sections."""
    entries = (
        entry_schema(data_file.fields)
        if data_file.single
        else {"type": "array", "items": entry_schema(data_file.fields)}
    )
    properties: dict[str, Any] = {data_file.key: {"description": _description(data_file.about), **entries}}
    if "settings" in data_file.top_level:
        properties["settings"] = {
            "description": _description(SETTINGS_ABOUT),
            **entry_schema(data_file.settings),
        }
    required = [data_file.key]
    if "sections" in data_file.top_level:  # data/load.py, parse_contacts
        properties["sections"] = {
            "description": _description(SECTIONS_ABOUT),
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "string", "pattern": anchored(ID_PATTERN)},
            },
        }
        required.append("sections")
    assert set(properties) == set(data_file.top_level), f"{data_file.path}: every top-level key is described"
    return {
        "$schema": DRAFT,
        "title": Path(data_file.path).name,
        "description": _description(data_file.about),
        "type": "object",
        "properties": {key: properties[key] for key in data_file.top_level},
        "required": required,
        "additionalProperties": False,
    }


def schema_files() -> dict[str, str]:
    """Each schema file's path in the project and its text."""
    return {
        f"{SCHEMA_FOLDER}/{Path(data_file.path).stem}.schema.json": json.dumps(
            file_schema(data_file), ensure_ascii=False, indent=2
        )
        + "\n"
        for data_file in (NEWS_FILE, CONTACTS_FILE, PROGRAMME_FILE)
    }


# VS Code and github.dev (press `.` on GitHub) read the workspace's settings: its YAML extension then
# checks each data file against its schema while the editor types, as the file's first line asks.
WORKSPACE_SETTINGS = ".vscode/settings.json"


def workspace_settings(schemas: Iterable[str]) -> str:
    """.vscode/settings.json: each schema `make schema` writes mapped to its data file, data/<name>.yaml
    for data/schema/<name>.schema.json (the naming of `schema_files`)."""
    mapping = {
        schema: f"data/{Path(schema).name.removesuffix('.schema.json')}.yaml" for schema in sorted(schemas)
    }
    return json.dumps({"yaml.schemas": mapping}, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    args = parser.parse_args(argv)
    for shown, text in schema_files().items():
        path = args.root / shown
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"Wrote {shown}.")
    settings = args.root / WORKSPACE_SETTINGS
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(workspace_settings(schema_files()), encoding="utf-8")
    print(f"Wrote {WORKSPACE_SETTINGS}.")
    return 0
