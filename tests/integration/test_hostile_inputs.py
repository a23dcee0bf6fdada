"""Issue 15, points 5-11: bad input planted in a copy of the fixture site gets one clear message.

Each case breaks a copy on purpose and asserts the exact `file:line` message, a
non-zero exit and no traceback from `make build` (which must leave site/ as it was)
and, where the checker reads the file, from `make check` too.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import (
    build_site,
    built,
    line_of,
    make_project,
    replace_in,
    run_checker,
    run_make,
    snapshot,
)

from programme_site.core.languages import finnish_today
from programme_site.core.located_yaml import load_yaml

NEWS = "data/news.yaml"
CONTACTS = "data/contacts.yaml"
FIRST_ID = "syksyn-koulutuspaiva"
DEPTH_MESSAGE = (
    "the lists and entries here are nested more than 20 levels deep. Check the brackets and indentation."
)
EMAIL_ADVICE = "Put the address in a contact's 'email:' field in data/contacts.yaml, which the site shows as name(at)domain."


def brackets(levels: int) -> str:
    return "[" * levels + "]" * levels


@dataclass(frozen=True)
class Case:
    file: str  # the file the input is planted in, relative to the project
    at: str  # after planting, the first line with this text is the line the message names
    old: str
    new: str
    message: str  # what follows 'file:line: '
    checker: bool = True  # whether `make check` reads this input too
    build: bool = True  # whether the build reads this input


CASES = {
    # 5: nesting is refused before PyYAML composes it (1 000 levels: RecursionError; 50 000: segfault).
    "5-nested-1000-news": Case(
        NEWS, "deep:", "settings:\n", f"deep: {brackets(1000)}\nsettings:\n", DEPTH_MESSAGE
    ),
    "5-nested-50000-contacts": Case(
        CONTACTS, "deep:", "contacts:\n", f"deep: {brackets(50_000)}\ncontacts:\n", DEPTH_MESSAGE
    ),
    # 50 000 levels in a page are over its size limit before the YAML is read (test_page_sources.py).
    "5-nested-30-front-matter": Case(
        "docs/fi/verkosto.md",
        "updated: [",
        "updated: 2026-11-20",
        f"updated: {brackets(30)}",
        DEPTH_MESSAGE,
    ),
    "5-nested-50000-lock": Case(
        "translations.lock",
        "ajankohtaista.md: [",
        "ajankohtaista.md:",
        f"ajankohtaista.md: {brackets(50_000)}\nvanha.md:",
        DEPTH_MESSAGE,
        build=False,
    ),
    # 6: tracebacks
    "6-long-id": Case(
        NEWS,
        "id: aaa",
        f"id: {FIRST_ID}",
        "id: " + "a" * 300,
        "news item 1, field 'id': is 300 characters long; the limit is 60. Shorten it.",
    ),
    "6-section-member-list": Case(
        CONTACTS,
        "yhteinen:",
        "yhteinen: [yhteinen-osoite]",
        "yhteinen: [[yhteinen-osoite]]",
        "section 'yhteinen' must list contact ids, each one id like maria-tiainen.",
    ),
    "6-latest-superscript": Case(
        "docs/fi/index.md",
        "latest=²",
        "latest=2",
        "latest=²",
        "the marker argument 'latest=²' is not valid. "
        "Write name=value in lower-case letters, digits and hyphens, e.g. section=ohjelma.",
        checker=False,
    ),
    "6-template": Case(
        "docs/fi/verkosto.md",
        "template:",
        "updated: 2026-11-20\n",
        "template: ../../etc/passwd\nupdated: 2026-11-20\n",
        "front matter 'template': a page cannot choose its template; every page uses the theme's. "
        "Remove the line.",
    ),
    # 7: a YAML block scalar ends in a newline, which `$` would accept
    "7-id-block-scalar": Case(
        NEWS,
        "id: |",
        f"id: {FIRST_ID}\n",
        f"id: |\n      {FIRST_ID}\n",
        f"news item 1, field 'id': '{FIRST_ID}\\n' is not valid. "
        "Use lower-case letters a-z, digits and hyphens, e.g. maria-tiainen.",
    ),
    "7-email-block-scalar": Case(
        CONTACTS,
        "email: |",
        "email: kirjastoverkosto@example.fi\n",
        "email: |\n      kirjastoverkosto@example.fi\n",
        "contact yhteinen-osoite, field 'email': 'kirjastoverkosto@example.fi\\n' is not valid. "
        "Write a whole address, e.g. name@gov.fi.",
    ),
    # 9: silently accepted until now
    "9-unknown-top-level-key": Case(
        NEWS,
        "setings:",
        "settings:",
        "setings:",
        "'setings:' is not part of this file. It has: news, settings.",
    ),
    "9-unknown-front-matter-key": Case(
        "docs/fi/verkosto.md",
        "updatd:",
        "updated:",
        "updatd:",
        "front matter, field 'updatd': is not a known field. "
        "Known fields are: review_by, title, untranslated, updated.",
    ),
    "9-repeated-marker-argument": Case(
        "docs/fi/index.md",
        "latest=50",
        "latest=2",
        "latest=2 latest=50",
        "the marker argument 'latest' is given twice. Keep one.",
        checker=False,
    ),
    "9-news-date-1900": Case(
        NEWS,
        "date: 1900",
        "date: 2025-10-14",
        "date: 1900-10-14",
        f"news item {FIRST_ID}, field 'date': 1900-10-14 is before 2000. Check the year.",
    ),
    "9-updated-year-1": Case(
        "docs/fi/verkosto.md",
        "updated: 0001",
        "updated: 2026-11-20",
        "updated: 0001-11-25",
        "front matter, field 'updated': 0001-11-25 is before 2000. Check the year.",
    ),
    "9-email-in-news-body": Case(
        NEWS,
        "fi: >-",
        "Koulutuspäivään osallistui",
        "Kysy: matti@example.fi. Koulutuspäivään osallistui",
        f"news item {FIRST_ID}, field 'body.fi': 'matti@example.fi' would publish an e-mail address whole. "
        + EMAIL_ADVICE,
    ),
    "9-email-in-contact-role": Case(
        CONTACTS,
        "mako@gov.fi",
        "Vastaa verkoston viestinnästä.",
        "Vastaa verkoston viestinnästä, mako@gov.fi.",
        "contact aino-virtanen, field 'role.fi': 'mako@gov.fi' would publish an e-mail address whole. "
        + EMAIL_ADVICE,
    ),
    "9-email-in-page": Case(
        "docs/fi/verkosto.md",
        "matti@example.fi",
        "Verkosto perustettiin",
        "Kirjoita matti@example.fi. Verkosto perustettiin",
        f"'matti@example.fi' would publish an e-mail address whole. {EMAIL_ADVICE} "
        "Show it here with a <!-- data:contacts section=… --> marker.",
    ),
    "9-mailto-in-page": Case(
        "docs/fi/verkosto.md",
        "mailto:",
        "Verkosto perustettiin",
        "[Kirjoita](mailto:matti) Verkosto perustettiin",
        f"'mailto:' would publish an e-mail address whole. {EMAIL_ADVICE} "
        "Show it here with a <!-- data:contacts section=… --> marker.",
    ),
    # 10: messages that said something else than what is wrong
    "10-title-as-list": Case(
        NEWS,
        "fi:",
        "title:\n      fi: Syksyn",
        "title:\n      fi:\n        - Syksyn",
        f"news item {FIRST_ID}, field 'title.fi': must be one text, not a list or entries; put it in quotes.",
    ),
    "10-section-path": Case(
        "docs/fi/yhteystiedot.md",
        "section=../..",
        "section=kaikki",
        "section=../..",
        "the marker argument 'section=../..' is not valid. "
        "Write name=value in lower-case letters, digits and hyphens, e.g. section=ohjelma.",
        checker=False,
    ),
    "10-section-missing": Case(
        "docs/fi/yhteystiedot.md",
        "data:contacts -->",
        " section=kaikki",
        "",
        "marker 'contacts' needs section= to say which contacts to show: "
        "one of johto, kaikki, lyhyt, valvonta, yhteinen.",
        checker=False,
    ),
}


def assert_refused(project: Path, message: str, build: bool = True, checker: bool = True) -> None:
    """`make build` and `make check` stop with `message` on a line of its own; site/ stays as it was."""
    whole_line = re.compile(rf"(?:^|\s){re.escape(message)}$", re.MULTILINE)
    if build:
        before = snapshot(project / "site")
        result = build_site(project)
        assert result.returncode != 0
        assert whole_line.search(result.stderr), result.stderr[-3000:]
        assert "Traceback" not in result.stderr
        # Unchanged since the build before the input was planted: nothing of it is published.
        assert snapshot(project / "site") == before
    if checker:
        result = run_checker(project)
        assert result.returncode != 0
        assert whole_line.search(result.stdout), (result.stdout + result.stderr)[-3000:]
        assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def built_copy(project: Path) -> Path:
    """A copy of the tree with a successful `make build` in its site/."""
    built(project)
    return project


@pytest.mark.parametrize("name", CASES)
def test_planted_input_is_refused_with_file_and_line(built_copy: Path, name: str) -> None:
    case = CASES[name]
    path = built_copy / case.file
    replace_in(path, case.old, case.new)
    message = f"{case.file}:{line_of(path, case.at)}: {case.message}"
    assert_refused(built_copy, message, build=case.build, checker=case.checker)


def test_empty_page_is_refused(built_copy: Path) -> None:  # 9
    for language in ("fi", "sv"):
        (built_copy / "docs" / language / "tyhja.md").write_text("---\nupdated: 2026-11-25\n---\n\n")
    assert_refused(
        built_copy,
        "docs/fi/tyhja.md:1: the page has no text. Write its content, or delete the file.",
    )


def test_hand_written_page_at_a_news_address_is_refused(built_copy: Path) -> None:  # 9
    source = f"ajankohtaista/2025-10-14-{FIRST_ID}.md"
    for language, text in (("fi", "# Käsin kirjoitettu\n\nKäsin.\n"), ("sv", "# Handskriven\n\nFör hand.\n")):
        page = built_copy / "docs" / language / source
        page.parent.mkdir()
        page.write_text(text, encoding="utf-8")
    assert_refused(
        built_copy,
        f"docs/fi/{source}: this file has the address of a page made from data/news.yaml. "
        "Write the news item there and delete this file, or give the file another name.",
        checker=False,
    )


def plant_news_date(project: Path, days_ahead: int) -> tuple[str, int]:
    day = (finnish_today() + timedelta(days=days_ahead)).isoformat()
    news = project / NEWS
    replace_in(news, "date: 2025-10-14", f"date: {day}")
    return day, line_of(news, f"date: {day}")


def test_news_dated_inside_the_future_limit_is_published(project: Path) -> None:  # 8
    day, _ = plant_news_date(project, 10)
    page = built(project) / "ajankohtaista" / f"{day}-{FIRST_ID}" / "index.html"
    assert f'datetime="{day}"' in page.read_text(encoding="utf-8")
    assert run_checker(project).returncode == 0


def test_news_dated_beyond_the_future_limit_has_one_message(built_copy: Path) -> None:  # 8
    day, line = plant_news_date(built_copy, 61)
    today = finnish_today().isoformat()
    assert_refused(
        built_copy,
        f"{NEWS}:{line}: news item {FIRST_ID}, field 'date': {day} is more than 60 days after today "
        f"({today}). Check the year; the limit is 'future_limit_days' under 'settings:'.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Tuki nousee $100 euroon",
        "Lainausmerkit \"kaksi\" ja 'yksi' sekä $(touch pwned) ja `touch pwned`",
        "Kaksi\nriviä",
    ],
)
def test_make_news_keeps_the_title_intact(tmp_path: Path, title: str) -> None:  # 11
    project = make_project(tmp_path)
    result = run_make(project, shlex.join(["make", "news", f"TITLE={title}"]))
    assert result.returncode == 0, result.stderr
    newest = load_yaml(project / NEWS)["news"][0]
    assert newest["title"]["fi"] == " ".join(title.split())
    assert newest["date"] == finnish_today().isoformat()
    assert not (project / "pwned").exists()
