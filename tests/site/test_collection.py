"""Garbage collection during a build: young generations only, none in our own heavy work, and the
thresholds given back at the end; under the live preview off while a build of changed pages runs,
on again and run after it, and never more than one build's garbage waiting (site/collection.py)."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from programme_site.site.collection import (
    NO_FULL_COLLECTIONS,
    IdleCollection,
    all_collections,
    collector_paused,
    young_collections_only,
)


class _Cycle:
    def __init__(self) -> None:
        self.itself = self


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    all_collections()
    gc.set_threshold(*thresholds)
    gc.enable()


def test_a_build_collects_the_young_generations_only_and_gives_the_thresholds_back_at_its_end() -> None:
    gc.set_threshold(700, 10, 10)
    young_collections_only()
    assert gc.get_threshold() == (700, 10, NO_FULL_COLLECTIONS)
    young_collections_only()  # again, before the first ended: the thresholds it found stay
    all_collections()
    assert gc.get_threshold() == (700, 10, 10)
    all_collections()  # no build under way: nothing to give back
    assert gc.get_threshold() == (700, 10, 10)


def test_paused_work_runs_without_the_collector_and_leaves_it_as_it_was() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # a live preview's rebuild of changed pages
    with collector_paused():
        pass
    assert not gc.isenabled()
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a check failed")
    assert gc.isenabled()


def test_a_build_of_changed_pages_runs_without_the_collector_and_its_garbage_is_collected_after() -> None:
    collection = IdleCollection(idle=0)
    collection.hold()
    assert not gc.isenabled()
    garbage = _Cycle()
    left = weakref.ref(garbage)
    del garbage
    assert left() is not None  # a cycle: only the collector frees it
    collection.after_build().join()
    assert gc.isenabled() and collection.collected
    assert left() is None


def test_a_build_that_starts_before_the_last_ones_garbage_is_collected_runs_with_the_collector() -> None:
    collection = IdleCollection(idle=3600)
    collection.hold()
    timer = collection.after_build()
    collection.hold()  # the next save, before the pause
    assert gc.isenabled()
    timer.join()  # cancelled: it does not wait the hour
    assert not collection.collected


def test_a_build_after_one_that_failed_runs_with_the_collector() -> None:
    collection = IdleCollection()
    collection.hold()  # a build that stops at its checks: no after_build
    collection.hold()
    assert gc.isenabled()


def test_a_whole_build_runs_with_the_collector() -> None:
    collection = IdleCollection()
    collection.hold()
    collection.resume()
    assert gc.isenabled()


# A process that prints each collection as it starts, and whether it asked for none at exit.
_EXITING = """
import gc, os, sys
from programme_site.site.collection import no_collection_at_exit
if sys.argv[1] == "asked":
    no_collection_at_exit()
    no_collection_at_exit()  # a second command in the same process: still one rule
gc.callbacks.append(lambda phase, info: phase == "start" and os.write(1, b"collected "))
print("ended", flush=True)
"""


@pytest.mark.parametrize(("asked", "collected"), [("asked", False), ("not asked", True)])
def test_a_process_that_asks_ends_without_a_last_collection(
    asked: str, collected: bool, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _EXITING, asked],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.stdout.startswith("ended")
    assert ("collected" in done.stdout) is collected  # Python's own collection as it exits
