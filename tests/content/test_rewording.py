"""Issue 23's acceptance: an editor's rewording of any page fails no code test.

A copy of the repository has its real pages reworded: every word of every prose line (headings,
paragraphs, list items, table cells, link texts, alt texts) becomes a placeholder word of the page's
language, and every Finnish and Swedish text of data/*.yaml a placeholder text, while the Markdown
and the YAML stay as they are (front matter, heading levels, list markers, tables, link targets, data
markers, ids, dates, numbers and addresses).

The first test shows the rewording is an editor's kind of change: every prose line differs, the
structure is the same, and the content tests' build and checker pass on the copy. The second runs the
code tests of the checker and the data (the modules that broke the real pages most, by replacing their
sentences, news ids and figures) in that copy: they pass, because they run on the fixture site, and the guard
(tests/live_content.py) would fail any of them that read the reworded pages instead. The guard is what
makes this hold for every other code test too; tests/test_live_content.py shows it failing a code test
that depends on the real wording.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_environment, copy_project, run_checker

from programme_site.checker.sync import sync
from programme_site.core.languages import finnish_today
from programme_site.pages.outline import parse_page

from .conftest import REAL_PAGES

# Common words of each language, so that the language rule still knows a reworded text's language.
PLACEHOLDERS = {
    "fi": (
        "talo",
        "metsä",
        "järvi",
        "kivi",
        "pilvi",
        "tuuli",
        "lumi",
        "kukka",
        "omena",
        "kirja",
        "pöytä",
        "katu",
    ),
    "sv": (
        "huset",
        "skogen",
        "sjön",
        "stenen",
        "molnet",
        "vinden",
        "snön",
        "blomman",
        "äpplet",
        "boken",
        "bordet",
    ),
}
# What a prose line keeps as it is: link targets, the marker of a Finnish-only link, attribute lists,
# comments (data markers), autolinks, addresses, code, and the facts (any token with a digit: dates, numbers, decisions such as VN/11845/2022);
# the words between them are reworded.
KEPT = re.compile(r"\]\([^)]*\)|\(på finska\)|\{[^}]*\}|<!--.*?-->|<[^>]*>|https?://\S+|`[^`]*`|\S*\d\S*")
WORD = re.compile(r"[^\W\d_]+")
# The parts of the repository that the code tests use, beside the content.
REPOSITORY = ("pyproject.toml", "scripts", "tests", "bench", ".vscode")
CODE_TESTS = ("tests/checker", "tests/data")


def reword(text: str, language: str) -> str:
    """`text` with each word replaced by a placeholder word of `language`, capitals kept; the parts
    KEPT, digits and punctuation as they are."""
    words = itertools.cycle(PLACEHOLDERS[language])

    def placeholder(match: re.Match[str]) -> str:
        word = next(words)
        return word.capitalize() if match[0][0].isupper() else word

    parts = KEPT.split(text)
    kept = KEPT.findall(text)
    return "".join(
        WORD.sub(placeholder, part) + (kept[index] if index < len(kept) else "")
        for index, part in enumerate(parts)
    )


def reword_page(text: str, language: str) -> str:
    """A page with its prose reworded and its front matter as it is."""
    lines = text.split("\n")
    body = lines.index("---", 1) + 1 if lines[0] == "---" else 0
    return "\n".join(lines[:body] + [reword(line, language) for line in lines[body:]])


# A Finnish or Swedish text in data/*.yaml: `fi: text`, `sv: "text"`, or the lines of a folded text under `fi: >-`.
DATA_TEXT = re.compile(r'^(?P<indent> +)(?P<language>fi|sv): (?P<quote>"?)(?P<text>.*?)(?P=quote)$')
FOLDED = re.compile(r"^(?P<indent> +)(?P<language>fi|sv): >-$")


def reword_data(text: str) -> str:
    lines, folded = [], None  # folded: (the language, the key's indentation) of a folded text
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if folded and line.strip() and indent > folded[1]:
            lines.append(reword(line, folded[0]))
            continue
        folded = None
        if match := FOLDED.match(line):
            folded = (match["language"], len(match["indent"]))
            lines.append(line)
        elif match := DATA_TEXT.match(line):
            lines.append(
                line[: match.start("text")]
                + reword(match["text"], match["language"])
                + line[match.end("text") :]
            )
        else:
            lines.append(line)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def reworded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository with every real page and data text reworded, marked in step again."""
    repository = copy_project(tmp_path_factory.mktemp("reworded") / "repository", REPOSITORY)
    for language in ("fi", "sv"):
        for page in (repository / "docs" / language).glob("*.md"):
            page.write_text(reword_page(page.read_text(encoding="utf-8"), language), encoding="utf-8")
    for data in (repository / "data").glob("*.yaml"):
        data.write_text(reword_data(data.read_text(encoding="utf-8")), encoding="utf-8")
    output, success = sync(repository, list(REAL_PAGES), finnish_today())
    assert success, output
    return repository


def test_every_sentence_is_reworded_and_the_structure_kept(reworded: Path) -> None:
    for language in ("fi", "sv"):
        for name in REAL_PAGES:
            real = (ROOT / "docs" / language / name).read_text(encoding="utf-8")
            new = (reworded / "docs" / language / name).read_text(encoding="utf-8")
            before, after = parse_page(real, name), parse_page(new, name)
            kept = [
                new_passage.text
                for old, new_passage in zip(before.passages, after.passages, strict=True)
                if WORD.search(old.text) and new_passage.text == old.text
            ]
            assert kept == [], name
            assert [(section.heading and section.heading.level) for section in after.sections] == [
                (section.heading and section.heading.level) for section in before.sections
            ], name
            for part in ("markers", "list_items", "table_rows", "facts"):
                assert [getattr(section, part) for section in after.sections] == [
                    getattr(section, part) for section in before.sections
                ], (name, part)
            assert after.links == before.links, name
    for data in ("news.yaml", "contacts.yaml"):
        real = (ROOT / "data" / data).read_text(encoding="utf-8")
        assert (reworded / "data" / data).read_text(encoding="utf-8") != real
    # The content tests' checks hold on it: the checker finds nothing, and the site builds strictly.
    check = run_checker(reworded)
    assert check.returncode == 0 and "Languages in step" in check.stdout, check.stdout
    build = subprocess.run(
        [sys.executable, str(reworded / "scripts" / "build_site.py"), str(reworded)],
        capture_output=True,
        text=True,
        env=copy_environment(reworded),
        check=False,
    )
    assert build.returncode == 0 and "WARNING" not in build.stderr, build.stderr


def test_the_code_tests_pass_with_the_pages_reworded(reworded: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *CODE_TESTS],
        cwd=reworded,
        capture_output=True,
        text=True,
        env=copy_environment(reworded),
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert " passed" in result.stdout and "LiveContentRead" not in result.stdout
    shutil.rmtree(reworded / "site", ignore_errors=True)
