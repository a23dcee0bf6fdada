"""The benchmark runner's measurements: child time and memory, failures, the fitted exponent,
the search index's size with and without the word forms, the search's targets of issue 26."""

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.run_benchmark import (
    TARGET_SIZE,
    BenchmarkError,
    IndexBytes,
    Results,
    Run,
    Runs,
    SizeResult,
    build,
    exponent,
    index_bytes,
    search_section,
    search_targets,
    targets_table,
    timed,
)
from bench.search_use import SearchUse
from bench.synthetic_site import SyntheticSite


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


def _size_result(full: float, plain: float) -> SizeResult:
    def runs(cpu: float) -> Runs:
        return Runs([Run(wall=cpu, cpu=cpu, peak_rss_mb=100.0)])

    builds = {variant: runs(full) for variant in ("full", "no_word_forms", "i18n_only")}
    builds |= {"plain_fi": runs(plain / 2), "plain_sv": runs(plain / 2)}
    return SizeResult(SyntheticSite(Path("x"), TARGET_SIZE, TARGET_SIZE), builds, 24_000, 20_000, None, None)


@pytest.mark.parametrize(
    ("full", "plain", "absolute", "scaled"),
    [
        (22.5, 18.39, "met", "met"),  # the report's own machine speed: the two limits agree
        (24.3, 20.6, "**missed**", "met"),  # a machine 12 % slower: 23.0 s scaled to 25.8 s
        (24.3, 18.39, "**missed**", "**missed**"),  # slower code on the same machine speed
    ],
)
def test_issue_13s_limit_as_written_and_at_this_runs_machine_speed(
    full: float, plain: float, absolute: str, scaled: str
) -> None:
    results = Results(datetime.now(UTC), "make bench", 1, (0.0, 0.0, 0.0), real=Runs([Run(1.0, 1.0, 50.0)]))
    results.sizes.append(_size_result(full, plain))
    rows = [row for row in targets_table(results) if "(issue 13)" in row]
    assert rows[0].startswith("| 1000 pages per language + 1000 news, with the word forms: at most 23.0 s")
    assert rows[0].endswith(f"| {absolute} |")
    assert f"({plain:.2f} s) over that report's (18.39 s), {23.0 * plain / 18.39:.1f} s" in rows[1]
    assert rows[1].endswith(f"| {full:.2f} s | {scaled} |")


def test_issue_26s_search_targets_compare_the_same_page_with_the_real_site() -> None:
    def use(path: str, index_before: int, per_search: int, seconds: float) -> SearchUse:
        return SearchUse(path, "kunta", 90_000 + index_before, index_before, per_search, [seconds])

    results = Results(datetime.now(UTC), "make bench", 1, (0.0, 0.0, 0.0))
    results.real_search = [use("/sv/", 0, 15_000, 2.0), use("/", 0, 15_000, 1.0)]
    results.sizes.append(_size_result(20.0, 18.0))
    results.sizes[0].search = [use("/", 0, 800_000, 1.5)]
    assert search_targets(results) == [
        "| 1000 pages per language, `/`: no search file before interaction | 0.0 KB | met |",
        "| 1000 pages per language, `/`: a search transfers at most 150 KB | 781.2 KB | **missed** |",
        "| 1000 pages per language, `/`: results within 2 times the real site's time, CPU throttled 4 times "
        "| 1.50 s against 1.00 s, 1.5 times | met |",
    ]


@pytest.mark.parametrize(("full", "met_or_not"), [(23.9, "met"), (24.1, "**missed**")])
def test_issue_26s_build_cpu_limit_is_against_plain_mkdocs_on_the_same_content(
    full: float, met_or_not: str
) -> None:
    results = Results(datetime.now(UTC), "make bench", 1, (0.0, 0.0, 0.0), real=Runs([Run(1.0, 1.0, 50.0)]))
    results.sizes.append(_size_result(full, 18.4))
    (row,) = [row for row in targets_table(results) if "(issue 26)" in row]
    assert (
        f"| {full / 18.4:.2f} times (rounds: {full / 18.4:.2f}; medians {full:.2f} s against 18.40 s) | {met_or_not} |"
        in row
    )


def test_issue_26s_build_cpu_ratio_is_taken_round_by_round() -> None:
    """Three rounds on a machine whose speed moves: each round's own ratio is 1.2, 1.2 and 1.5, and
    their median 1.2; the medians of the builds (30 s over 10 + 10 s) would pair builds of different
    rounds and give 1.5."""
    size = _size_result(30.0, 20.0)
    for variant, times in {
        "full": (18.0, 36.0, 30.0),
        "plain_fi": (7.5, 15.0, 10.0),
        "plain_sv": (7.5, 15.0, 10.0),
    }.items():
        size.builds[variant] = Runs([Run(wall=cpu, cpu=cpu, peak_rss_mb=100.0) for cpu in times])
    assert size.round_ratios() == [pytest.approx(1.2), pytest.approx(1.2), pytest.approx(1.5)]
    results = Results(datetime.now(UTC), "make bench", 3, (0.0, 0.0, 0.0), real=Runs([Run(1.0, 1.0, 50.0)]))
    results.sizes.append(size)
    (row,) = [row for row in targets_table(results) if "(issue 26)" in row]
    assert "| 1.20 times (rounds: 1.20, 1.20, 1.50; medians 30.00 s against 20.00 s) | met |" in row
