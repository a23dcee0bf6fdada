"""The editors' JSON Schemas: made from the validator's tables, committed as made, and in step with it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from fixture_site import FIXTURE
from jsonschema import Draft202012Validator

from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import load_yaml, parse_yaml
from programme_site.data.fields import Field, Kind
from programme_site.data.files import CONTACTS_FILE, NEWS_FILE, PROGRAMME_FILE, DataFile
from programme_site.data.load import parse_news
from programme_site.data.schema import WORKSPACE_SETTINGS, schema_files
from programme_site.pages.tree import tree_problems

TODAY = date(2023, 10, 3)
SCHEMAS = {
    data_file.path: f"data/schema/{data_file.key}.schema.json"
    for data_file in (NEWS_FILE, CONTACTS_FILE, PROGRAMME_FILE)
}
# What a regular expression may use to mean the same in Python's re and in ECMAScript (JSON Schema).
PORTABLE_ESCAPES = {r"\S", r"\s", r"\.", r"\+"}

VALID_NEWS = """\
news:
  - id: uusi-opas-kunnille
    date: 2023-05-02
    type: tiedote
    title:
      fi: Kunnille uusi opas pakolaisten kotoutumisen tukemiseen
      sv: En ny guide för kommunerna om stödet till flyktingars integration
    body:
      fi: Työ- ja elinkeinoministeriö on julkaissut kunnille oppaan, joka kertoo korvausten hakemisesta.
      sv: Arbets- och näringsministeriet har gett ut en guide som berättar hur kommunerna söker ersättning.
    links:
      - title:
          fi: Opas kunnille
          sv: Guiden för kommunerna
        url: https://tem.fi/opas
"""


def schema_of(data_file: DataFile) -> dict[str, Any]:
    return json.loads((ROOT / SCHEMAS[data_file.path]).read_text(encoding="utf-8"))


def schema_problems(data_file: DataFile, document: Any) -> list[str]:
    return [error.message for error in Draft202012Validator(schema_of(data_file)).iter_errors(document)]


def test_the_committed_schemas_are_the_generated_ones() -> None:
    generated = schema_files()
    assert sorted(generated) == sorted(SCHEMAS.values())
    for shown, text in generated.items():
        assert (ROOT / shown).read_text(encoding="utf-8") == text, f"{shown} is out of date: run make schema"


def test_the_schema_folder_is_allowed_where_the_build_reads(project: Path) -> None:
    shutil.copytree(ROOT / "data" / "schema", project / "data" / "schema")
    assert tree_problems(project, project / "docs") == []


@pytest.mark.parametrize("data_file", [NEWS_FILE, CONTACTS_FILE], ids=lambda data_file: data_file.key)
def test_the_schemas_are_valid_json_schemas(data_file: DataFile) -> None:
    Draft202012Validator.check_schema(schema_of(data_file))


def fields_in(schema: dict[str, Any], fields: tuple[Field, ...]) -> list[str]:
    """The table's fields that the entry's schema lacks or describes differently (by name)."""
    missing = []
    for field in fields:
        described = schema["properties"].get(field.name)
        if described is None or (field.required != (field.name in schema["required"])):
            missing.append(field.name)
        elif field.kind is Kind.LINKS:
            missing += [f"{field.name}.{name}" for name in fields_in(described["items"], field.fields)]
    return missing + sorted(set(schema["properties"]) - {field.name for field in fields})


@pytest.mark.parametrize("data_file", [NEWS_FILE, CONTACTS_FILE], ids=lambda data_file: data_file.key)
def test_every_field_the_validator_accepts_is_in_the_schema(data_file: DataFile) -> None:
    schema = schema_of(data_file)
    assert list(schema["properties"]) == list(data_file.top_level)
    assert fields_in(schema["properties"][data_file.key]["items"], data_file.fields) == []
    assert fields_in(schema["properties"]["settings"], data_file.settings) == []


def keys_outside(node: Any, schema: dict[str, Any], where: str) -> list[str]:
    """Every key of a data file that its schema does not describe."""
    if isinstance(node, list):
        return [key for item in node for key in keys_outside(item, schema.get("items", {}), where)]
    if not isinstance(node, dict):
        return []
    outside = []
    for key, value in node.items():
        described = schema.get("properties", {}).get(key) or schema.get("additionalProperties")
        if not isinstance(described, dict):
            outside.append(f"{where}.{key}")
            continue
        for choice in described.get("anyOf", [described]):
            if isinstance(value, dict) == (choice.get("type") == "object"):
                outside += keys_outside(value, choice, f"{where}.{key}")
                break
    return outside


@pytest.mark.parametrize("data_file", [NEWS_FILE, CONTACTS_FILE], ids=lambda data_file: data_file.key)
def test_valid_data_files_are_schema_valid_and_use_only_described_keys(data_file: DataFile) -> None:
    document = load_yaml(FIXTURE / data_file.path, data_file.path)
    assert keys_outside(document, schema_of(data_file), data_file.key) == []
    assert schema_problems(data_file, document) == []


def test_a_schema_valid_sample_passes_the_validation() -> None:
    document = parse_yaml(VALID_NEWS, "sample.yaml")
    assert schema_problems(NEWS_FILE, document) == []
    (item,) = parse_news("sample.yaml", document, TODAY)
    assert (item.id, item.links[0].url) == ("uusi-opas-kunnille", "https://tem.fi/opas")


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("      sv: En ny guide för kommunerna om stödet till flyktingars integration\n", "", "'title.sv'"),
        ("    type: tiedote\n", "    type: tiedote\n    tekija: Maria Tiainen\n", "'tekija'"),
        ("id: uusi-opas-kunnille", "id: Uusi_opas", "'id'"),
        ("url: https://tem.fi/opas", "url: http://tem.fi/opas", "'url'"),
        ("type: tiedote", "type: blogi", "'type'"),
        ("date: 2023-05-02", "date: 2.5.2023", "'date'"),
    ],
)
def test_an_invalid_sample_fails_the_schema_and_the_validation(old: str, new: str, field: str) -> None:
    assert old in VALID_NEWS
    document = parse_yaml(VALID_NEWS.replace(old, new), "sample.yaml")
    assert schema_problems(NEWS_FILE, document) != []
    with pytest.raises(SiteError, match=f"field {re.escape(field)}"):
        parse_news("sample.yaml", document, TODAY)


def test_patterns_mean_the_same_in_python_and_json_schema() -> None:
    text = "".join(schema_files().values())
    patterns = re.findall(r'"pattern": "((?:[^"\\]|\\.)*)"', text)
    assert patterns
    for pattern in (json.loads(f'"{escaped}"') for escaped in patterns):
        escapes = set(re.findall(r"\\.", pattern))
        assert escapes <= PORTABLE_ESCAPES, (
            f"{pattern}: {escapes - PORTABLE_ESCAPES} may differ in ECMAScript"
        )
        assert "(?" not in pattern.removeprefix("^(?:"), f"{pattern}: a Python-only group"
        assert pattern == r"\S" or (pattern.startswith("^(?:") and pattern.endswith(")$")), pattern


# github.dev and VS Code check the data files while an editor types: .vscode/settings.json maps every
# schema `make schema` writes, and only those, to its data file, and the YAML extension is recommended.


def test_the_settings_name_every_schema_make_schema_writes_and_only_those(tmp_path: Path) -> None:
    # `make schema`, into an empty folder: what it writes is what the settings must name.
    result = subprocess.run(
        [sys.executable, "-m", "programme_site.data", "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    written = sorted(
        path.relative_to(tmp_path).as_posix() for path in (tmp_path / "data" / "schema").iterdir()
    )
    assert written and all(name.endswith(".schema.json") for name in written), result.stdout
    committed = json.loads((ROOT / WORKSPACE_SETTINGS).read_text(encoding="utf-8"))
    assert (tmp_path / WORKSPACE_SETTINGS).read_text(encoding="utf-8") == (
        ROOT / WORKSPACE_SETTINGS
    ).read_text(encoding="utf-8"), "run make schema"
    schemas = committed["yaml.schemas"]
    assert sorted(schemas) == written
    # Each data file is the one whose first line names that schema (the fixture's copies of them).
    for schema, data_file in schemas.items():
        first_line = (FIXTURE / data_file).read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema={schema.removeprefix('data/')}", data_file


def test_the_yaml_extension_is_recommended() -> None:
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert extensions == {"recommendations": ["redhat.vscode-yaml"]}
