"""Where a preview's edit links lead: GitHub's address and repository from the runner, the branch
percent-encoded, and nothing without all three; production only on request."""

from __future__ import annotations

import pytest

from programme_site.html.edit_links import EditLinks

GITHUB = {
    "GITHUB_SERVER_URL": "https://github.com",
    "GITHUB_REPOSITORY": "tem/kuntiin",
    "SITE_EDIT_BRANCH": "x",
}


def test_a_preview_links_the_branch_in_githubs_editor() -> None:
    links = EditLinks.from_environment(GITHUB, preview=True)
    assert links is not None
    assert links.url("docs/fi/verkosto.md") == "https://github.com/tem/kuntiin/edit/x/docs/fi/verkosto.md"
    assert links.url("data/news.yaml", 12) == "https://github.com/tem/kuntiin/edit/x/data/news.yaml#L12"


def test_production_has_no_links_unless_a_setting_asks() -> None:
    assert EditLinks.from_environment(GITHUB, preview=False) is None
    assert EditLinks.from_environment({**GITHUB, "SITE_EDIT_LINKS": "true"}, preview=False) is not None


def test_a_branch_name_is_only_part_of_the_address() -> None:
    links = EditLinks.from_environment({**GITHUB, "SITE_EDIT_BRANCH": 'editor/ä "><script>#?'}, preview=True)
    assert links is not None
    assert links.base == "https://github.com/tem/kuntiin/edit/editor/%C3%A4%20%22%3E%3Cscript%3E%23%3F/"
    html = links.page("fi", "verkosto.md")
    assert f'href="{links.base}docs/fi/verkosto.md"' in html and "<script>" not in html


@pytest.mark.parametrize(
    "changed",
    [
        {"GITHUB_SERVER_URL": "javascript:alert(1)//"},
        {"GITHUB_SERVER_URL": "http://github.com"},
        {"GITHUB_REPOSITORY": "tem/kuntiin/../other"},
        {"GITHUB_REPOSITORY": ""},
        {"SITE_EDIT_BRANCH": ""},
    ],
)
def test_no_links_without_a_sound_address(changed: dict[str, str]) -> None:
    assert EditLinks.from_environment({**GITHUB, **changed}, preview=True) is None
