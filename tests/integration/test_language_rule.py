"""The language rule end to end: `make check`, `make build` and `make sync` on copies of the fixture site."""

import re
from pathlib import Path

import pytest
from conftest import (
    FINNISH_PARAGRAPH,
    ROOT,
    SWEDISH_PARAGRAPH,
    assert_refused,
    built_page,
    language_advice,
    line_of,
    make_project,
    replace_in,
    run_checker,
    run_make,
)

from programme_site.data.markdown import to_html

SWEDISH_NEWS_TITLE = "Höstens utbildningsdag samlade bibliotekens personal"
FINNISH_NEWS_TITLE = "Syksyn koulutuspäivä kokosi kirjastojen väkeä"


# (file, text replaced, text planted, the start of the message after file:line)
CASES = {
    "finnish paragraph in a swedish page": (
        "docs/sv/verkosto.md",
        SWEDISH_PARAGRAPH,
        FINNISH_PARAGRAPH,
        f"this paragraph {language_advice('fi', 'sv')}",
    ),
    "swedish heading in a finnish page": (
        "docs/fi/verkosto.md",
        "## Kenelle verkosto on tarkoitettu",
        "## Vem är nätverket till för?",
        f"this heading {language_advice('sv', 'fi')}",
    ),
    "finnish text in an sv data field": (
        "data/news.yaml",
        f"sv: {SWEDISH_NEWS_TITLE}",
        f"sv: {FINNISH_NEWS_TITLE}",  # the Finnish title copied into the Swedish field
        "news item syksyn-koulutuspaiva, field 'title.sv': the text is in Finnish, "
        "not Swedish. Translate it into Swedish.",
    ),
    "finnish navigation title under nav_translations": (
        "mkdocs.yml",
        "Yhteystiedot: Kontaktuppgifter",
        "Yhteystiedot: Yhteystiedot",
        "the navigation title 'Yhteystiedot' is in Finnish, not Swedish. Translate it into Swedish.",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_text_in_the_other_language_fails_check_and_build(project: Path, name: str) -> None:
    file, old, new, message = CASES[name]
    replace_in(project / file, old, new)
    assert_refused(project, f"{file}:{line_of(project / file, new)}: {message}")


def test_make_sync_refuses_a_finnish_paragraph_in_a_swedish_page(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, SWEDISH_PARAGRAPH, FINNISH_PARAGRAPH)
    lock = (project / "translations.lock").read_bytes()
    result = run_make(project, "make sync PAGE=verkosto.md")
    assert result.returncode != 0
    assert result.stdout.splitlines()[-2:] == [
        f"docs/sv/verkosto.md:{line_of(page, FINNISH_PARAGRAPH)}: this paragraph {language_advice('fi', 'sv')}",
        "verkosto.md: not marked in step. Translate the page and fix what is listed above first.",
    ]
    assert (project / "translations.lock").read_bytes() == lock


def test_the_marked_finnish_name_is_published_with_its_language(built_site: Path) -> None:
    html = built_page(built_site, "sv", "verkosto.md").read_text(encoding="utf-8")
    assert 'Dess finska namn är <span lang="fi">Kirjastojen yhteistyöverkosto</span>.' in html


@pytest.mark.parametrize(("language", "marked"), [("fi", "sv"), ("sv", "fi")])
def test_the_guide_shows_a_marked_passage_that_works(project: Path, language: str, marked: str) -> None:
    """CONTRIBUTING.md's example in each language, put on a page of that language, renders with its lang."""
    examples = re.findall(r"```md\n(.*?)\n```", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"))
    example = next(line for line in examples if f"{{lang={marked}}}" in line)
    page = project / "docs" / language / "verkosto.md"
    replace_in(page, "\n## ", f"\n{example}\n\n## ")
    assert "Translate it into" not in run_checker(project).stdout
    words = re.search(r"\[([^\]]+)\]", example)
    assert words
    assert f'<span lang="{marked}">{words[1]}</span>' in to_html(example)
