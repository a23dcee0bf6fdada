"""SiteErrors: every problem of a run, one per line, the list capped with how many more there are."""

from __future__ import annotations

import pytest

from programme_site.core.errors import Problems, SiteError, SiteErrors


def errors(count: int) -> list[SiteError]:
    return [SiteError("data/news.yaml", number, f"problem {number}.") for number in range(1, count + 1)]


def test_one_line_per_problem() -> None:
    assert str(SiteErrors(errors(3))).split("\n") == [
        "data/news.yaml:1: problem 1.",
        "data/news.yaml:2: problem 2.",
        "data/news.yaml:3: problem 3.",
    ]


def test_the_list_is_capped_and_says_how_many_more() -> None:
    lines = str(SiteErrors(errors(53))).split("\n")
    assert len(lines) == SiteErrors.SHOWN + 1
    assert lines[SiteErrors.SHOWN - 1] == "data/news.yaml:50: problem 50."
    assert lines[-1] == "… and 3 more problems"
    assert str(SiteErrors(errors(51))).split("\n")[-1] == "… and 1 more problem"
    assert len(SiteErrors(errors(50)).lines()) == 50


def test_it_is_a_site_error_for_whatever_reports_one() -> None:
    error = SiteErrors(errors(2))
    assert isinstance(error, SiteError)
    assert (error.path, error.line, error.problem) == ("data/news.yaml", 1, "problem 1.")


def test_problems_collect_and_flatten() -> None:
    problems = Problems()
    with problems.collect():
        raise SiteErrors(errors(2))
    with problems.collect():
        raise SiteError("docs/fi/sivu.md", 4, "another.")
    with problems.collect():
        pass
    assert len(problems) == 3
    with pytest.raises(SiteErrors) as raised:
        problems.raise_any()
    assert [str(error) for error in raised.value.errors][-1] == "docs/fi/sivu.md:4: another."
    Problems().raise_any()  # nothing found: nothing raised
