"""Python's cyclic garbage collection moved out of the live preview's rebuilds, into the pause after.

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

import gc
import threading
from dataclasses import dataclass, field

# Seconds from a build's end to its collection: after MkDocs' server has sent the reloaded page,
# which the collection (it holds the interpreter) would delay.
IDLE = 2.0


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
