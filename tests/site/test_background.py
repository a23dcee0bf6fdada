"""The live preview's background process (site/background.py): work handed to it is done in another
process, and work it cannot take is done here, with the same results."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from programme_site.site.background import Background


@pytest.fixture
def background() -> Iterator[Background]:
    started = Background()
    yield started
    started.close()


def test_the_work_is_done_in_another_process(background: Background) -> None:
    results = background.start(os.getpid, {"first": (), "second": ()})
    assert results["first"] != os.getpid() and results["second"] == results["first"]
    assert results.failure is None


def test_work_the_process_cannot_take_is_done_here_with_the_same_results(background: Background) -> None:
    results = background.start(lambda word: word.upper(), {1: ("yksi",), 2: ("två",)})  # no pickle
    assert (results[1], results[2]) == ("YKSI", "TVÅ")
    assert results.failure is not None


def test_a_job_that_fails_there_fails_here_as_without_the_process(background: Background) -> None:
    results = background.start(int, {"broken": ("ei numero",)})
    with pytest.raises(ValueError):
        results["broken"]
    assert isinstance(results.failure, ValueError)
