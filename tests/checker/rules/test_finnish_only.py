"""A Swedish text that links a page in Finnish only says so, "(på finska)", on the fixture site
(its data/language_specific_links.yaml lists https://ohjeet.example/ as Finnish only)."""

from pathlib import Path

from conftest import line_of, replace_in

from programme_site.checker.run import check_project

UNMARKED = (
    "the link to https://ohjeet.example/ goes to a page in Finnish only: write '(på finska)' right after "
    "the link, so that a Swedish reader knows before following it."
)


def messages(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def test_a_marked_link_passes(project: Path) -> None:
    assert not [message for message in messages(project) if "Finnish only" in message]


def test_an_unmarked_link_on_a_swedish_page_names_its_line(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    replace_in(page, "(https://ohjeet.example/) (på finska)", "(https://ohjeet.example/)")
    assert f"docs/sv/verkosto.md:{line_of(page, 'ohjeet.example')}: {UNMARKED}" in messages(project)


def test_unmarked_links_in_the_swedish_news_texts_name_their_lines(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "(https://ohjeet.example/) (på finska).", "(https://ohjeet.example/).")
    replace_in(news, "prenumerera på nyhetsbrevet (på finska)", "prenumerera på nyhetsbrevet")
    found = [message for message in messages(project) if "Finnish only" in message]
    assert found == [
        f"data/news.yaml:{line_of(news, 'sv: Nyhetsbrevet kommer ut')}: {UNMARKED}",
        f"data/news.yaml:{line_of(news, 'sv: Anvisningar för att prenumerera')}: {UNMARKED}",
    ]


def test_a_finnish_page_needs_no_marker(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    assert "(https://ohjeet.example/)" in page.read_text(encoding="utf-8")
    assert "(på finska)" not in page.read_text(encoding="utf-8")
    assert not [message for message in messages(project) if "Finnish only" in message]
