"""github.dev and VS Code check the data files while an editor types: .vscode/settings.json maps every
schema `make schema` writes, and only those, to its data file, and the YAML extension is recommended."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from fixture_site import FIXTURE

from programme_site.data.schema import WORKSPACE_SETTINGS


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
