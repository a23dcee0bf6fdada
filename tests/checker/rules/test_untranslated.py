"""A page declared not yet translated is published honestly and listed as a warning."""

import re
from pathlib import Path

import pytest
from conftest import build_site, built, built_page, line_of, run_checker
from rule_cases import small_project

from programme_site.checker.rules import untranslated
from programme_site.checker.run import check_project

STUB = "---\nuntranslated: true\n---\n"


def stub(project: Path, language: str, page: str, text: str = STUB) -> Path:
    path = project / "docs" / language / page
    path.write_text(text, encoding="utf-8")
    return path


def findings(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def test_an_untranslated_page_is_a_warning_not_an_error(project: Path) -> None:
    stub(project, "sv", "verkosto.md")
    result = run_checker(project)
    assert result.stdout.splitlines() == [
        "docs/sv/verkosto.md:2: warning: not yet translated into Swedish: the site shows the Finnish text of "
        "docs/fi/verkosto.md here, under a notice. When the translation is ready, write it in this file instead "
        "and run `make sync PAGE=verkosto.md`.",
        "1 warning. Nothing stops the merge; the warnings list known gaps.",
    ]
    assert result.returncode == 0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            STUB + "\nUtkast till översättning.\n",
            "is marked 'untranslated: true', so the site shows the Finnish text and nothing written here. "
            "Remove this text, or, if the translation is ready, remove the 'untranslated' line and run "
            "`make sync PAGE=verkosto.md`.",
        ),
        (
            "---\nuntranslated: false\n---\n",
            "write 'untranslated: true' to publish the other language's text here, "
            "or remove the line when the page is translated.",
        ),
    ],
)
def test_a_stub_that_is_not_honest(project: Path, text: str, problem: str) -> None:
    stub(project, "sv", "verkosto.md", text)
    assert findings(project) == [f"docs/sv/verkosto.md:2: {problem}"]


def test_both_languages_marked_untranslated(project: Path) -> None:
    stub(project, "sv", "yhteystiedot.md")
    stub(project, "fi", "yhteystiedot.md")
    assert findings(project) == [
        "docs/fi/yhteystiedot.md:2: is marked 'untranslated: true', and so is docs/sv/yhteystiedot.md: "
        "there is no text to show. Write the page in one language.",
    ]


def test_a_stub_without_a_page_to_show(project: Path) -> None:
    stub(project, "sv", "uusi.md")
    assert findings(project) == [
        "docs/sv/uusi.md:2: is marked 'untranslated: true', but docs/fi/uusi.md, whose text it would show, "
        "does not exist. Write the page in one language first.",
    ]


def test_the_shown_text_must_link_to_files_that_exist_on_its_new_site(project: Path) -> None:
    (project / "docs" / "fi" / "liite.txt").write_text("liite", encoding="utf-8")
    finnish = project / "docs" / "fi" / "verkosto.md"
    with finnish.open("a", encoding="utf-8") as file:
        file.write("\nKatso [liite](liite.txt).\n")
    stub(project, "sv", "verkosto.md")
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line_of(finnish, 'liite.txt')}: the link to 'liite.txt' leads nowhere on the "
        "Swedish site, which shows this text in docs/sv/verkosto.md: there is no docs/sv/liite.txt. "
        "Correct the link, or add the file.",
        "docs/sv/verkosto.md:2: warning: not yet translated into Swedish: the site shows the Finnish text of "
        "docs/fi/verkosto.md here, under a notice. When the translation is ready, write it in this file instead "
        "and run `make sync PAGE=verkosto.md`.",
    ]


def test_the_build_publishes_the_other_language_under_a_notice(project: Path) -> None:
    # Both directions in one build: Swedish awaiting translation, and Finnish awaiting translation.
    stub(project, "sv", "verkosto.md")
    stub(project, "fi", "yhteystiedot.md")
    site = built(project)

    swedish = built_page(site, "sv", "verkosto.md").read_text(encoding="utf-8")
    assert '<html lang="sv"' in swedish
    assert re.search(
        r'<div class="translation-notice" role="note">\s*<p>Denna sida finns ännu inte på svenska\. '
        r'Nedan finns sidans text på finska\.</p>\s*</div>\s*<div lang="fi">\s*'
        r'<h1 id="kirjastoverkosto">Kirjastoverkosto</h1>',
        swedish,
    )
    assert "Yhteinen sähköposti" in swedish  # the data block is in the text's language

    finnish = built_page(site, "fi", "yhteystiedot.md").read_text(encoding="utf-8")
    assert '<html lang="fi"' in finnish
    assert re.search(
        r"<p>Tätä sivua ei ole vielä käännetty suomeksi\. Alla on sivun ruotsinkielinen teksti\.</p>\s*</div>\s*"
        r'<div lang="sv">\s*<h1 id="kontaktuppgifter">',
        finnish,
    )

    # Translated pages are untouched.
    other = built_page(site, "sv", "index.md").read_text(encoding="utf-8")
    assert "translation-notice" not in other

    result = run_checker(project)
    assert result.returncode == 0
    assert [line.split(": warning: ")[0] for line in result.stdout.splitlines()] == [
        "docs/fi/yhteystiedot.md:2",
        "docs/sv/verkosto.md:2",
        "2 warnings. Nothing stops the merge; the warnings list known gaps.",
    ]


def test_the_build_stops_when_there_is_no_text_to_show(project: Path) -> None:
    stub(project, "sv", "verkosto.md")
    stub(project, "fi", "verkosto.md")
    result = build_site(project)
    assert result.returncode != 0
    assert (
        "docs/fi/verkosto.md:2: is marked 'untranslated: true', and so is docs/sv/verkosto.md: "
        "there is no text to show. Write the page in one language." in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_stub_is_a_warning_and_a_stub_without_a_source_an_error() -> None:
    project = small_project(
        {
            "docs/fi/tulossa.md": "---\nuntranslated: true\n---\n",
            "docs/sv/tulossa.md": "# Kommer\n",
            "docs/sv/ensam.md": "---\nuntranslated: true\n---\n",
        }
    )
    assert [str(finding) for finding in untranslated.findings(project)] == [
        "docs/fi/tulossa.md:2: warning: not yet translated into Finnish: the site shows the Swedish text of "
        "docs/sv/tulossa.md here, under a notice. When the translation is ready, write it in this file instead "
        "and run `make sync PAGE=tulossa.md`.",
        "docs/sv/ensam.md:2: is marked 'untranslated: true', but docs/fi/ensam.md, whose text it would show, "
        "does not exist. Write the page in one language first.",
    ]
