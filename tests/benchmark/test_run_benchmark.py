"""The benchmark runner's measurements: child time and memory, failures, the fitted exponent."""

import sys
from pathlib import Path

import pytest

from bench.run_benchmark import BenchmarkError, build, exponent, timed


def test_exponent_of_linear_and_quadratic_growth() -> None:
    assert exponent([(100, 2.0), (1000, 20.0), (5000, 100.0)]) == pytest.approx(1.0)
    assert exponent([(100, 1.0), (1000, 100.0)]) == pytest.approx(2.0)
    assert exponent([(100, 1.0)]) is None


def test_timed_measures_the_child_not_the_parent(tmp_path: Path) -> None:
    allocate = "import sys; data = bytearray(150 * 1024 * 1024); data[::4096] = b'x' * len(data[::4096]); sys.exit(3)"
    run, code = timed([sys.executable, "-c", allocate], tmp_path / "log", cwd=tmp_path)
    assert code == 3
    assert run.peak_rss_mb > 150
    small, _ = timed([sys.executable, "-c", "pass"], tmp_path / "log", cwd=tmp_path)
    assert small.peak_rss_mb < 100  # each child's own peak, not the largest so far


def test_timed_counts_the_child_cpu_time(tmp_path: Path) -> None:
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    run, code = timed([sys.executable, "-c", busy], tmp_path / "log", cwd=tmp_path)
    assert code == 0
    assert 0.3 <= run.cpu <= run.wall + 0.05


def test_a_failing_build_stops_the_benchmark_with_its_log(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ntheme: no-such-theme\n", encoding="utf-8")
    with pytest.raises(
        BenchmarkError, match=r"building .*mkdocs.yml failed \(exit 1\); the end of .*site.log:"
    ):
        build(config, tmp_path / "site")
