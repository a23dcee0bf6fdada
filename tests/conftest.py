"""Shared test helpers: projects made from the tests' own fixture site, broken on purpose, and built the
way `make build` builds.

Code tests run on the fixture site (tests/fixtures/site/, made into a project by fixture_site.py) and
plant their mistakes in its text, which they know. Only the content tests (tests/content/) read the
real pages and data; tests/live_content.py fails any other test that does.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fixture_site import PAGES, ROOT, write_fixture_project

from programme_site.core.languages import LANGUAGE_NAMES, SITE_TODAY
from programme_site.core.messages import SETTING

# The tests assert the English messages, whatever language the developer's machine speaks: the
# setting goes to this process and to every command it starts. tests/core/test_messages.py and
# tests/integration/test_translated_findings.py choose Finnish and Swedish explicitly.
os.environ[SETTING] = "en"
# The code tests read the fixture site on one fixed day, whatever the machine's clock says: on it the
# fixture's pages are up to date (updated 20.11.2026), its newest news item (14.10.2025) is current and
# its programme runs. The tests of time-aware behaviour (tests/integration/test_time_aware.py) choose
# their own days; the content tests (tests/content/) read the real site on the real day.
FIXTURE_TODAY = "2026-12-01"
os.environ[SITE_TODAY] = FIXTURE_TODAY

# The guard that keeps the code tests off the real content (tests/live_content.py), and Chromium for the
# browser tests on either site: the fixture site's and the real one's (tests/content/).
pytest_plugins = ("live_content", "browser.chromium")

__all__ = ["PAGES", "ROOT"]  # for the tests, beside what is defined here

# What a build of the real tree needs (the content tests build a copy of it).
PROJECT_PARTS = ("mkdocs.yml", "translations.lock", "docs", "data", "hooks", "overrides", "src")
LANGUAGE_PREFIX = {"fi": "", "sv": "sv/"}
# The address the tests build for (.example is reserved, RFC 2606): not the local default of
# mkdocs.yml, so a test sees whether links follow SITE_URL.
SITE_URL = "https://kuntiinohjaaminen.example/"
BUILD_SCRIPT = ROOT / "scripts" / "build_site.py"
# What `make` needs besides the site; a project with these reuses the real .venv.
MAKE_PARTS = ("Makefile", "requirements.txt", "requirements-test.txt", "pyproject.toml", "scripts")


def _copy_parts(target: Path, parts: tuple[str, ...]) -> None:
    """Parts of the real tree, folders or files, copied into the project at `target`."""
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)


def copy_project(target: Path, extra_parts: tuple[str, ...] = ()) -> Path:
    """A copy of the real tree: for the content tests, which build and check the real site."""
    target.mkdir(parents=True)
    _copy_parts(target, PROJECT_PARTS + extra_parts)
    return target


def fixture_project(target: Path, extra_parts: tuple[str, ...] = ()) -> Path:
    """The fixture site as a project at `target`, with `extra_parts` of the real tree beside it."""
    write_fixture_project(target)
    _copy_parts(target, extra_parts)
    return target


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    """Break a copied file on purpose; fail loudly if the text to break is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def append_to(path: Path, text: str) -> int:
    """Add a paragraph at the end of a page (which ends with a newline); the number of its first line."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as file:
        file.write(f"\n{text}\n")
    return lines + 2  # after the blank line before it


def copy_environment(project: Path) -> dict[str, str]:
    """The environment for a command on `project`: its own copy of the code, not the installed one."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project / "src")}


def build_site(
    project: Path, site_url: str = SITE_URL, **environment: str
) -> subprocess.CompletedProcess[str]:
    """`make build` on `project` (scripts/build_site.py): strict, into site/ only when the whole build
    succeeds. `environment` adds to the test's own (e.g. SITE_PREVIEW="true")."""
    return subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), str(project)],
        capture_output=True,
        text=True,
        env={**copy_environment(project), "SITE_URL": site_url, **environment},
        check=False,
    )


def built(project: Path, site_url: str = SITE_URL, **environment: str) -> Path:
    """The site `make build` made of `project`, which must build without a warning."""
    result = build_site(project, site_url, **environment)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stdout + result.stderr, result.stderr
    return project / "site"


def run_build(
    project: Path,
    site_dir: Path,
    config: Path | None = None,
    cwd: Path | None = None,
    site_url: str = SITE_URL,
) -> subprocess.CompletedProcess[str]:
    """MkDocs itself, strict, without scripts/build_site.py around it: only for tests about what
    MkDocs does on its own (a config file of another name, a plain build that must write nothing)."""
    env = {**copy_environment(project), "SITE_URL": site_url}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config or project / "mkdocs.yml"),
            "-d",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes, to show a failed build changed nothing."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()
    }


def built_page(site: Path, language: str, page: str) -> Path:
    name = page.removesuffix(".md")
    folder = "" if name == "index" else f"{name}/"
    return site / LANGUAGE_PREFIX[language] / folder / "index.html"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the fixture site as a project, to break on purpose."""
    return fixture_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site, built once by `make build` for every test that only reads it."""
    return built(fixture_project(tmp_path_factory.mktemp("fixture") / "project"))


# A pull request's preview as the Checks workflow builds it: its own address, SITE_PREVIEW=true, and
# what its edit links are made of, GitHub's address and repository from the runner and the branch.
PREVIEW_URL = "https://kuntiinohjaaminen.example/pr-preview/5/"
EDIT_LINKS_ENVIRONMENT = {
    "GITHUB_SERVER_URL": "https://github.example",
    "GITHUB_REPOSITORY": "tem/kuntiin",
    "SITE_EDIT_BRANCH": "i25-editor-route",
}


@pytest.fixture(scope="session")
def preview_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built once as a pull request's preview, for every test that only reads it."""
    project = fixture_project(tmp_path_factory.mktemp("preview") / "project")
    return built(project, PREVIEW_URL, SITE_PREVIEW="true", **EDIT_LINKS_ENVIRONMENT)


@pytest.fixture
def project_with_site(project: Path, built_site: Path) -> Path:
    """A fixture project with a built site/ in it, for builds that must leave site/ alone."""
    shutil.copytree(built_site, project / "site")
    return project


def assert_refused(project: Path, message: str, planted: str | None = None) -> None:
    """Both `make build` and `make check` refuse `project` with `message`, and site/ stays as it was.

    `planted` is text of the bad input: a plain `mkdocs build` must stop before writing any of it.
    """
    before = snapshot(project / "site")
    build = build_site(project)
    assert build.returncode != 0
    assert message in build.stderr, build.stderr
    assert "The build failed; site/ was not changed." in build.stderr
    check = run_checker(project)
    assert check.returncode != 0
    assert message in check.stdout, check.stdout
    for output in (build.stdout, build.stderr, check.stdout, check.stderr):
        assert "Traceback" not in output
    assert snapshot(project / "site") == before
    assert [path.name for path in project.iterdir() if path.name.startswith(".site-")] == []
    if planted:
        direct = project / "direct-build"
        assert run_build(project, direct).returncode != 0
        written = snapshot(direct) if direct.exists() else {}
        assert not any(planted.encode() in content for content in written.values())


def line_of(path: Path, text: str) -> int:
    """The number of the first line of `path` that contains `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def run_checker(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The language checker as `make check` runs it, on `project`."""
    return subprocess.run(
        [sys.executable, "-m", "programme_site.checker", "--root", str(project), *args],
        capture_output=True,
        text=True,
        env=copy_environment(project),
        check=False,
    )


def make_project(tmp_path: Path) -> Path:
    """The fixture site as a project that `make` commands can run in."""
    return fixture_project(tmp_path / "project", MAKE_PARTS)


def make_in_copy(words: list[str]) -> list[str]:
    """A `make` command line for a copy of the tree: it uses the real .venv as it is. `-o` keeps make
    from reinstalling it from the copy (the copy's files are newer), which would point the real
    environment's editable install at a temporary folder."""
    assert words[0] == "make", f"only make commands run here: {words}"
    venv = ROOT / ".venv"
    # --no-print-directory: under `make test` this make is nested and would add "Entering directory" lines.
    return [*words, "--no-print-directory", f"VENV={venv}", "-o", str(venv / "bin" / ".installed")]


def run_make(project: Path, command: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run a `make …` command line, as an editor would type it, in `project`; `environment` adds
    to the test's own (e.g. SITE_MESSAGES_LANGUAGE="fi")."""
    return subprocess.run(
        make_in_copy(shlex.split(command)),
        cwd=project,
        env={**copy_environment(project), **environment},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,  # a hang guard, far above what any make command here takes
    )


# A news item with three mistakes: no Swedish title, a day February does not have, a type there is not.
NEWS_WITH_THREE_MISTAKES = """news:
  - id: uusi-opas-kunnille
    date: 2023-02-30
    type: blogi
    title:
      fi: Uusi opas kunnille
    body:
      fi: Opas kertoo, miten kunnat voivat hakea korvauksia.
      sv: Guiden berättar hur kommunerna kan söka ersättning.

"""
# A page pair with one mistake in each language, written before the heading named.
PAGE_MISTAKES = (
    ("fi", "## Mitä verkosto tarjoaa", '<div class="laatikko">Tärkeä tieto</div>'),
    ("sv", "## Vem är nätverket till för?", "Läs mer [här](javascript:alert(1))."),
)


def make_five_mistakes(folder: Path) -> Path:
    """The fixture site as a project that `make` commands run in, with five mistakes: the news item above
    and the page pair uusi-verkosto.md; and a site/ that a failed build must leave as it was."""
    project = make_project(folder)
    replace_in(project / "data" / "news.yaml", "news:\n", NEWS_WITH_THREE_MISTAKES)
    for language, line, mistake in PAGE_MISTAKES:
        page = project / "docs" / language / "uusi-verkosto.md"
        shutil.copy(project / "docs" / language / "verkosto.md", page)
        replace_in(page, line, f"{mistake}\n\n{line}")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the site as it was\n", encoding="utf-8")
    return project


def five_mistake_places(project: Path) -> list[str]:
    """Where the five mistakes are, as `file:line`: the news item's date, type and Swedish title,
    the Finnish page's raw HTML, the Swedish page's script link."""
    news = project / "data" / "news.yaml"
    fi, sv = (project / "docs" / language / "uusi-verkosto.md" for language in ("fi", "sv"))
    return [
        f"data/news.yaml:{line_of(news, 'date: 2023-02-30')}",
        f"data/news.yaml:{line_of(news, 'type: blogi')}",
        f"data/news.yaml:{line_of(news, 'fi: Uusi opas kunnille') - 1}",  # the 'title:' line
        f"docs/fi/uusi-verkosto.md:{line_of(fi, '<div')}",
        f"docs/sv/uusi-verkosto.md:{line_of(sv, 'javascript:')}",
    ]


def lines_starting(output: str, starts: list[str]) -> list[str]:
    """The starts that no line of the output begins with (after MkDocs' `ERROR    -  `)."""
    lines = [line.split("-  ", 1)[-1] if line.startswith("ERROR") else line for line in output.splitlines()]
    return [start for start in starts if not any(line.startswith(start) for line in lines)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serves(url: str, seconds: float) -> bool:
    """Whether `url` answers 200 within `seconds`: a server just started may need a moment."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status == 200
        except OSError:
            time.sleep(0.3)
    return False


# A Swedish paragraph of the fixture's docs/sv/verkosto.md, and its Finnish counterpart, which a test
# pastes in its place.
SWEDISH_PARAGRAPH = (
    "Nätverket är öppet för alla kommunbibliotek och deras samarbetspartner. "
    "I små kommuner är närbiblioteket ofta det enda offentliga servicestället."
)
FINNISH_PARAGRAPH = (
    "Verkosto on avoin kaikille kuntien kirjastoille ja niiden yhteistyökumppaneille. "
    "Pienissä kunnissa lähikirjasto on usein ainoa julkinen palvelupiste."
)


def language_advice(found: str, language: str) -> str:
    """The language rule's advice for a text in `found` where `language` was expected."""
    return (
        f"is in {LANGUAGE_NAMES[found]}, not {LANGUAGE_NAMES[language]}. Translate it into {LANGUAGE_NAMES[language]}; if it is meant "
        f"to be in {LANGUAGE_NAMES[found]} (a quoted name or title), mark those words as [words]{{lang={found}}}."
    )
