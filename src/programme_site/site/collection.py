"""Python's cyclic garbage collection during a build: young objects only, none in our own heavy
work, and under the live preview none in a rebuild of changed pages, but in the pause after.

A whole `mkdocs build` (`young_collections_only`): Python's full collections, which scan every object the
process holds, ran eight times in a whole build at 1 000 pages per language and took 0.4 s of its
CPU, to find almost nothing: a build's objects live to its end, and the cyclic garbage of a page's
conversion dies young, in the collections of the young generations, which go on (the build's peak
memory: 399 MB with full collections, 403 MB without). The thresholds are given back when the build's
work is done (`all_collections`): given back before the search files were written, they made the
first collection after them a full one over the whole site (0.15 s to 0.2 s). Our own work that
makes many containers and no reference cycles, the checks and the search files, runs with the
collector off (`collector_paused`): its passes over those containers took another 0.2 s. And a
command's process ends without the full collection Python makes as it exits
(`no_collection_at_exit`): it scanned everything the build left (0.14 s) to free memory the process
gives back anyway.

The live preview (`IdleCollection`):

A rebuild of a few pages of a large site makes a few hundred thousand objects (every file, the
navigation, the sitemaps), and Python's full collections, which scan every object the server
holds, ran once or twice in each (0.2 s to 0.4 s a time at 1 000 pages per language). So while a
build makes only changed pages the collector is off, and the whole collection runs once the build
has ended and the browser has reloaded (`IDLE`). Memory stays bounded: a build that starts before
the previous build's garbage was collected, or after a build that failed, runs with the collector
on, so at most one build's garbage waits; a whole build runs with it on too, as its garbage is a
whole site's.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# Seconds from a build's end to its collection: after MkDocs' server has sent the reloaded page,
# which the collection (it holds the interpreter) would delay.
IDLE = 2.0
# A third threshold no build reaches: gen2 is collected after that many gen1 collections (a whole
# build at 1 000 pages per language makes about 200).
NO_FULL_COLLECTIONS = 1_000_000_000
_thresholds: tuple[int, int, int] | None = None  # those before the build, while one runs
_exit_registered = False


def young_collections_only() -> None:
    """A build starts: from now on the collector collects the young generations only."""
    global _thresholds
    if _thresholds is None:
        _thresholds = gc.get_threshold()
    gc.set_threshold(_thresholds[0], _thresholds[1], NO_FULL_COLLECTIONS)


def all_collections() -> None:
    """The build's work is done: full collections again, as before it (a failed `mkdocs build` ends
    its process with them off; the live preview keeps its own rule, `IdleCollection`)."""
    global _thresholds
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None


def no_collection_at_exit() -> None:
    """The process ends with the collector off: what it holds is freed as the process ends, without
    a last collection scanning it first (the module docstring). Once per process."""
    global _exit_registered
    if not _exit_registered:
        atexit.register(gc.disable)
        _exit_registered = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Work that makes many containers and no reference cycles runs without the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class IdleCollection:
    idle: float = IDLE
    collected: bool = True  # whether the garbage of every build so far has been collected
    _timer: threading.Timer | None = field(default=None, repr=False)

    def hold(self) -> None:
        """A build starts: the collector waits for its end, unless a build's garbage already waits (a
        build that started before the last collection, or one that failed and never ended)."""
        if self._timer is not None:
            self._timer.cancel()
        if self.collected:
            gc.disable()
        else:
            gc.enable()
        self.collected = False

    def resume(self) -> None:
        """The build makes the whole site: the collector runs as it goes."""
        gc.enable()

    def after_build(self) -> threading.Timer:
        """The build ended: its garbage is collected `idle` seconds from now, unless a build starts first."""
        self._timer = threading.Timer(self.idle, self._collect)
        self._timer.daemon = True
        self._timer.start()
        return self._timer

    def _collect(self) -> None:
        gc.enable()
        gc.collect()
        self.collected = True
