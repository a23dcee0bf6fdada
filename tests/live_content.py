"""The guard that keeps the code tests off the real content: an editor's rewording never fails one.

The real pages (docs/fi/, docs/sv/), the data files (data/, but the generated data/schema/) and
translations.lock are the editors'. Only the content tests, in tests/content/, read them on purpose;
every other test runs on the tests' own fixture site (tests/fixture_site.py). While any other test
runs (its fixtures and its module's import included), a Python audit hook refuses:

- opening or listing a file or folder of the real content, in the test's own process, as reading,
  copying or walking the real tree does;
- starting a command aimed at it: one whose arguments name a file or folder of the real content, or
  a build, check or `make` of the real tree (an argument naming the project folder or its mkdocs.yml,
  or the project folder as the working folder).

The refusal is an exception where the content was reached, so the test fails there, naming the path.
That is what makes "the code tests pass whatever the wording" hold for every code test, present and
future: tests/test_live_content.py shows a test that depends on the real wording failing here, and
tests/content/test_rewording.py the code tests passing with every real page reworded.

Content tests also read the real site on the real day; the code tests read the fixture on a fixed one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from programme_site.core.languages import SITE_TODAY

ROOT = Path(__file__).resolve().parent.parent
CONTENT_TESTS = ROOT / "tests" / "content"
LIVE = tuple(os.path.join(ROOT, part) for part in ("docs/fi", "docs/sv", "data", "translations.lock"))
GENERATED = (os.path.join(ROOT, "data", "schema"),)
PROJECT = (str(ROOT), os.path.join(ROOT, "mkdocs.yml"))
# A command that runs the site's own tools: these read the tree they are pointed at.
TOOLS = ("mkdocs", "programme_site", "build_site.py")
PATH_EVENTS = {"open", "os.listdir", "os.scandir", "shutil.copytree", "shutil.copyfile"}


class LiveContentRead(Exception):
    """A code test reached the real content."""


_guarding = False  # True while a code test (or its module's import) runs
_installed = False


def _absolute(path: object, folder: str | None = None) -> str | None:
    if isinstance(path, int) or path is None:
        return None  # a file descriptor
    try:
        text = os.fsdecode(path)  # str, bytes or a path object
    except TypeError:
        return None
    return os.path.normpath(os.path.join(folder or os.getcwd(), text))


def live(path: object, folder: str | None = None) -> str | None:
    """`path` if it is (in) the real content, else None."""
    absolute = _absolute(path, folder)
    if absolute is None or absolute.startswith(GENERATED):
        return None
    for part in LIVE:
        if absolute == part or absolute.startswith(part + os.sep):
            return absolute
    return None


def _command_words(arguments: object) -> list[str]:
    if isinstance(arguments, str | bytes | os.PathLike):
        return [os.fsdecode(arguments)]
    return [os.fsdecode(word) for word in arguments] if isinstance(arguments, Sequence) else []


def aimed_at_content(arguments: object, cwd: object) -> str | None:
    """Why a command reads the real content, or None."""
    folder = _absolute(cwd) or os.getcwd()
    words = _command_words(arguments)
    # A command given another project (an existing folder or file outside this one) works there: its
    # relative words (`--sync docs/fi/x.md`) are that project's.
    elsewhere = any(
        os.path.exists(path) and not path.startswith(str(ROOT) + os.sep)
        for path in (_absolute(word, folder) for word in words[1:] if os.sep in word)
    )
    for word in words:
        if (os.path.isabs(word) or not elsewhere) and (found := live(word, folder)):
            return found
    runs_a_tool = any(tool in word for word in words for tool in TOOLS) or any(
        os.path.basename(word) == "make" for word in words
    )
    names_the_project = any(_absolute(word, folder) in PROJECT for word in words)
    if runs_a_tool and (names_the_project or (folder == str(ROOT) and not elsewhere)):
        return f"{' '.join(words)} (in {folder})"
    return None


def _audit(event: str, arguments: tuple[Any, ...]) -> None:
    if not _guarding:
        return
    if event in PATH_EVENTS:
        found = live(arguments[0])
    elif event == "subprocess.Popen":
        found = aimed_at_content(arguments[1], arguments[2])
    else:
        return
    if found:
        raise LiveContentRead(
            f"a code test reached the real content: {found}. Use the fixture site (the `project` and "
            "`built_site` fixtures, tests/fixture_site.py), or, if the test is about the real content "
            "on purpose, move it to tests/content/."
        )


def pytest_configure(config: pytest.Config) -> None:
    # An audit hook cannot be removed: it is added once, and stays idle (one test of a flag) outside code tests.
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True


def is_content_test(path: Path) -> bool:
    return path.resolve().is_relative_to(CONTENT_TESTS)


@contextmanager
def _guarded(on: bool) -> Iterator[None]:
    global _guarding
    _guarding = on
    try:
        yield
    finally:
        _guarding = False


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """A test module's own code (its import) runs under the guard as its tests do."""
    with _guarded(isinstance(collector, pytest.Module) and not is_content_test(collector.path)):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, object, object]:
    if not is_content_test(item.path):
        with _guarded(True):
            return (yield)
    # A content test, with its fixtures, reads the real site on the real day: the fixed day of the code
    # tests (SITE_TODAY, tests/conftest.py) is not the content's.
    fixed_day = os.environ.pop(SITE_TODAY, None)
    try:
        return (yield)
    finally:
        if fixed_day is not None:
            os.environ[SITE_TODAY] = fixed_day
