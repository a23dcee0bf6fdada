"""The project's documents stay true: every file, test and make target they name exists, every
link between them resolves, and the README stays short enough to read in five minutes."""

from __future__ import annotations

import re
import subprocess
from fnmatch import fnmatch

import pytest
from conftest import ROOT

DOCUMENTS = ("README.md", "HANDBOOK.md", "SECURITY.md", "CONTRIBUTING.md")
PACKAGE = ROOT / "src" / "programme_site"
# Built output, the virtual environment and other tools' files: named in the documents, not in the repository.
ELSEWHERE = ("site/", ".venv/", "node_modules", "test-output/", "search/search_index.json")
FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
CODE = re.compile(r"`([^`\n]+)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def text(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def prose(name: str) -> str:
    """The document without its fenced code blocks."""
    return FENCE.sub("", text(name))


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", "")).replace(" ", "-")


def anchors(name: str) -> set[str]:
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6} (.+)$", prose(name), re.MULTILINE):
        slug = anchor(heading)
        number = 0
        while (slug if number == 0 else f"{slug}-{number}") in found:
            number += 1
        found.add(slug if number == 0 else f"{slug}-{number}")
    return found


def tracked() -> list[str]:
    result = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.split()


def expand(path: str) -> list[str]:
    """`a/{fi,sv}/b` is two paths."""
    match = re.search(r"\{([^{}]*,[^{}]*)\}", path)
    if not match:
        return [path]
    return [expand(path[: match.start()] + part + path[match.end() :])[0] for part in match[1].split(",")]


def exists(path: str) -> bool:
    """A path from the project's root, or from src/programme_site/ (`checker/run.py`); `*` as a glob."""
    if "*" in path:  # matched against git's list, not by listing the real content's folders
        files = tracked()
        return any(
            fnmatch(file, pattern) for file in files for pattern in (path, f"src/programme_site/{path}")
        )
    return any((base / path).exists() for base in (ROOT, PACKAGE))


def named_paths(name: str) -> list[str]:
    """The repository paths the document names in backticks: those that start with a folder or file
    at the project's root, or with a package of src/programme_site/."""
    roots = {entry.split("/")[0] for entry in tracked()}
    roots |= {path.name for path in PACKAGE.iterdir() if path.is_dir() and not path.name.startswith("__")}
    paths = []
    for code in CODE.findall(text(name)):
        code = code.split("::")[0]
        if (
            " " in code
            or "<" in code
            or "…" in code
            or code.startswith(ELSEWHERE)
            or code.endswith(ELSEWHERE)
        ):
            continue
        if code.split("/")[0] in roots and ("/" in code or code in roots):
            paths += expand(code)
    return paths


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_path_named_exists(name: str) -> None:
    paths = named_paths(name)
    assert paths
    assert [path for path in paths if not exists(path)] == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_test_named_exists(name: str) -> None:
    missing = []
    for path, function in re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text(name)):
        source = ROOT / path
        if not source.is_file() or not re.search(
            rf"^def {function}\(", source.read_text("utf-8"), re.MULTILINE
        ):
            missing.append(f"{path}::{function}")
    assert missing == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_make_target_named_exists(name: str) -> None:
    targets = set(re.findall(r"^([\w.-]+):", text("Makefile"), re.MULTILINE))
    named = set(
        re.findall(
            r"\bmake ([a-z][\w-]*)", "\n".join([*CODE.findall(text(name)), *FENCE.findall(text(name))])
        )
    )
    assert named - targets == set()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_link_between_the_documents_resolves(name: str) -> None:
    broken = []
    for target in LINK.findall(CODE.sub("", prose(name))):
        if re.match(r"[a-z]+:", target):
            continue  # an address outside the repository
        path, _, fragment = target.partition("#")
        document = path or name
        resolves = (ROOT / document).exists() and (
            not fragment or (document.endswith(".md") and fragment in anchors(document))
        )
        if not resolves:
            broken.append(target)
    assert broken == []


def test_the_readme_is_read_in_five_minutes() -> None:
    assert len(text("README.md").encode("utf-8")) < 10_000


def test_the_readme_lists_every_package() -> None:
    readme = text("README.md")
    packages = sorted(
        path.name for path in PACKAGE.iterdir() if path.is_dir() and not path.name.startswith("__")
    )
    assert [package for package in packages if f"`src/programme_site/{package}/`" not in readme] == []


def test_the_anchor_helper_reads_headings_as_github_does() -> None:
    assert anchor("På svenska") == "på-svenska"
    assert anchor("Sivu, jota ei ole vielä käännetty") == "sivu-jota-ei-ole-vielä-käännetty"
    assert anchor("Ohjeet sisällön muokkaajille · Anvisningar för redaktörer") == (
        "ohjeet-sisällön-muokkaajille--anvisningar-för-redaktörer"
    )
