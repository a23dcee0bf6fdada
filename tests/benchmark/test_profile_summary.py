"""The profile summary finds our hooks' time in a real pyinstrument profile."""

import importlib.util
import time
from pathlib import Path

from pyinstrument import Profiler

from bench.profile_summary import COST_CENTRES, summarise

HOOK = """
import time
from functools import wraps


def _reported(event):
    @wraps(event)
    def run(*args):
        return event(*args)

    return run


@_reported
def on_page_markdown():
    return _work()


def _work():
    end = time.perf_counter() + 0.2
    while time.perf_counter() < end:
        pass
"""


def test_hook_time_is_counted_once_under_the_event_mkdocs_calls(tmp_path: Path) -> None:
    hook_file = tmp_path / "hooks" / "slow_hook.py"
    hook_file.parent.mkdir()
    hook_file.write_text(HOOK, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("slow_hook", hook_file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    profiler = Profiler(interval=0.001)
    profiler.start()
    module.on_page_markdown()
    time.sleep(0.05)
    session = profiler.stop()
    session.save(str(tmp_path / "profile.pyisession"))

    summary = summarise(tmp_path / "profile.pyisession")

    assert [cost.label for cost in summary.hooks] == ["on_page_markdown (slow_hook.py)"]
    assert 0.15 < summary.hooks[0].seconds <= summary.total
    assert [cost.label for cost in summary.centres] == [label for label, _, _ in COST_CENTRES]
    assert all(cost.seconds == 0 for cost in summary.centres)  # no MkDocs in this profile
