"""Pairing up the sections of a page's two language versions."""

from programme_site.checker.section_pairs import align


def test_align_names_what_has_no_counterpart() -> None:
    assert align([1, 2, 3, 4], [1, 3, 4], [lambda x: x]) == [(1, 1), (2, None), (3, 3), (4, 4)]
    # Left over with the same count on both sides: paired by position (a changed value).
    assert align(["a", "b"], ["a", "c"], [lambda x: x]) == [("a", "a"), ("b", "c")]
