"""Lighthouse's performance figure in `make bench`: read from the report, shown as a median, never a test."""

from datetime import UTC, datetime

from bench.lighthouse import METRICS, Performance, performance
from bench.run_benchmark import Results, lighthouse_section

REPORT = {
    "categories": {"performance": {"score": 0.93}},
    "audits": {
        "first-contentful-paint": {"numericValue": 1812.4},
        "largest-contentful-paint": {"numericValue": 2010.0},
        "total-blocking-time": {"numericValue": 250.0},
        "speed-index": {"numericValue": 1900.0},
        "cumulative-layout-shift": {"numericValue": 0.0123},
    },
}


def run(score: float, blocking: float) -> Performance:
    return Performance(
        "/sv/kotoutuminen/", score, {audit: 1000.0 for audit in METRICS} | {"total-blocking-time": blocking}
    )


def test_the_score_and_metrics_are_read_from_the_report() -> None:
    figures = performance("/sv/", REPORT)
    assert (figures.path, figures.score) == ("/sv/", 0.93)
    assert figures.shown("first-contentful-paint") == "1.81 s"
    assert figures.shown("cumulative-layout-shift") == "0.012"


def test_the_section_shows_the_median_of_the_runs_and_each_runs_score() -> None:
    results = Results(datetime.now(UTC), "make bench", 3, (0.0, 0.0, 0.0))
    results.lighthouse = [[run(0.99, 100.0), run(0.93, 400.0), run(0.97, 200.0)]]
    row = next(line for line in lighthouse_section(results) if line.startswith("| `"))
    assert row.startswith("| `/sv/kotoutuminen/` | **0.97** | 0.99, 0.93, 0.97 | 1.00 s | 1.00 s | 0.20 s |")


def test_without_lighthouse_the_section_says_so() -> None:
    lines = lighthouse_section(Results(datetime.now(UTC), "make bench", 1, (0.0, 0.0, 0.0)))
    assert lines[0].startswith("not measured: needs Chromium and Lighthouse")
