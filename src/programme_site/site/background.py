"""A process of the live preview's own, beside `mkdocs serve`, for work a rebuild can start early and
needs only late: the search entries of the pages a data edit patches (site/preview.py), which the
search plugin's parser makes at about a millisecond a page, are made there on another core while
MkDocs builds the rest of the site.

The process is started once a session and fed by pickling (a spawned interpreter: a forked copy of
the server would inherit its threads' locks). If it cannot take the work or fails at it, the work is
done in the server's process, as without it, so a failure there costs time, never a result; a
process that died is replaced at the next work.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from typing import Any, Generic, TypeVar

# Seconds between the process's looks at whether the server's process still runs.
WATCH = 0.5
K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


def _end_with(server: int) -> None:
    """In the process, first: it ends once the server's process has ended, however that ended (a
    server stopped by a signal runs no `on_shutdown`, and the process would wait for work forever)."""

    def watch() -> None:
        while os.getppid() == server:
            time.sleep(WATCH)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _made(make: Callable[..., R], jobs: list[tuple[Any, ...]]) -> list[R]:
    return [make(*job) for job in jobs]


class Results(Generic[K, R]):
    """What a `Background.start` makes, by key; the first reading waits for all of it."""

    def __init__(
        self, future: Future[list[R]], make: Callable[..., R], jobs: dict[K, tuple[Any, ...]]
    ) -> None:
        self._future, self._make, self._jobs = future, make, jobs
        self._made: dict[K, R] | None = None
        self.failure: BaseException | None = None  # why the work was done here, if it was

    def __getitem__(self, key: K) -> R:
        if self._made is None:
            try:
                made = self._future.result()
            except Exception as failure:  # whatever failed in or on the way to the process
                self.failure = failure
                made = _made(self._make, list(self._jobs.values()))
            self._made = dict(zip(self._jobs, made, strict=True))
        return self._made[key]


def _process() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_end_with,
        initargs=(os.getpid(),),
    )


class Background:
    def __init__(self) -> None:
        self._pool = _process()

    def _submit(self, make: Callable[..., R], jobs: list[tuple[Any, ...]]) -> Future[list[R]]:
        try:
            return self._pool.submit(_made, make, jobs)
        except BrokenExecutor:  # the process died (killed, out of memory): a new one takes the work
            self._pool = _process()
            return self._pool.submit(_made, make, jobs)

    def start(self, make: Callable[..., R], jobs: Mapping[K, tuple[Any, ...]]) -> Results[K, R]:
        """`make(*job)` for every job, begun in the process now, in the jobs' order."""
        return Results(self._submit(make, list(jobs.values())), make, dict(jobs))

    def load(self, make: Callable[..., object]) -> None:
        """The process imports what `make` needs now, not at its first work."""
        self._submit(make, [])

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
