"""The benchmark runner's measurements: child time and memory, failures, the fitted exponent,
the search index's size with and without the word forms."""

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.run_benchmark import (
    BenchmarkError,
    IndexBytes,
    Results,
    build,
    exponent,
    index_bytes,
    search_section,
    timed,
)


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


def test_index_size_without_word_forms_leaves_out_only_them(tmp_path: Path) -> None:
    for folder, forms in (("", {"kunta": "3nissa 4ien"}), ("sv", {})):
        index = {"config": {"lang": ["x"], "word_forms": forms}, "docs": [{"location": "", "text": "ä"}]}
        path = tmp_path / folder / "search" / "search_index.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    sizes = index_bytes(tmp_path)
    fi_forms = len(', "word_forms": {"kunta": "3nissa 4ien"}')
    assert sizes["fi"].with_forms - sizes["fi"].without == fi_forms
    assert sizes["sv"].with_forms - sizes["sv"].without == len(', "word_forms": {}')
    assert sizes["fi"].without == len(
        '{"config": {"lang": ["x"]}, "docs": [{"location": "", "text": "ä"}]}'.encode()
    )


def test_search_section_reports_each_language_and_ratio() -> None:
    real_index = {"fi": IndexBytes(1000, 1400), "sv": IndexBytes(1000, 1600)}
    lines = search_section(
        Results(datetime.now(UTC), "make bench", 1, (0.0, 0.0, 0.0), real_index=real_index)
    )
    assert "| real site | fi | 1.0 KB | 1.4 KB | 1.40 |" in lines
    assert "| real site | sv | 1.0 KB | 1.6 KB | 1.60 |" in lines
