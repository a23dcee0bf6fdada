"""The benchmark's worst-case pages stay at the limits: accepted as they are, refused with one more."""

import pytest

from bench.worst_case import CASES, site_markdown
from programme_site.core.text_bounds import MAX_PAGE_CHARACTERS, markdown_bounds


@pytest.mark.parametrize("name", CASES)
def test_each_worst_case_is_accepted_and_as_long_as_a_page_may_be(name: str) -> None:
    page = CASES[name]()
    assert markdown_bounds(page, "docs/fi/sivu.md") == []
    assert MAX_PAGE_CHARACTERS * 0.95 < len(page) <= MAX_PAGE_CHARACTERS


@pytest.mark.parametrize(
    ("name", "one_more"), [("unclosed '[' (links)", "[a "), ("unclosed '<' at line starts", "<b c\n\n")]
)
def test_one_opener_more_is_refused(name: str, one_more: str) -> None:
    assert markdown_bounds(one_more + CASES[name](), "docs/fi/sivu.md") != []


def test_the_pages_are_converted_with_the_site_s_extensions() -> None:
    assert "<p>sana</p>" in site_markdown().convert("sana")
    assert '<span lang="sv">ord</span>' in site_markdown().convert("[ord]{lang=sv}")
