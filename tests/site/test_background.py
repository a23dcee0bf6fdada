"""The live preview's background process (site/background.py): work handed to it is done in another
process, and work it cannot take is done here, with the same results."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

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


def test_a_process_that_died_is_replaced_and_its_work_done_here_meanwhile(background: Background) -> None:
    dead = background.start(os.getpid, {"pid": ()})["pid"]
    os.kill(dead, signal.SIGKILL)
    pids = []
    for _ in range(20):  # the executor notices the death on its own thread: a bound, not a time
        pids.append(background.start(os.getpid, {"pid": ()})["pid"])
        if pids[-1] not in (dead, os.getpid()):
            break
        time.sleep(0.1)
    assert set(pids[:-1]) <= {os.getpid()}  # meanwhile, done here
    assert pids[-1] not in (dead, os.getpid())  # then in a new process


SERVER = """
import os, sys
from programme_site.site.background import Background

# Kept, as the live preview keeps its own: a pool no one holds shuts its process down, which could
# then end before the test looked at it.
background = Background()
print(background.start(os.getpid, {"pid": ()})["pid"], flush=True)
sys.stdin.read()  # until the test kills this process
"""


def test_the_process_ends_when_the_server_is_killed_without_shutting_it_down(tmp_path: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    worker = int(server.stdout.readline())
    assert _running(worker)
    server.kill()
    server.wait()
    deadline = time.monotonic() + 60  # a bound on waiting, not a measurement
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(worker)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
