"""Page weight: what a real browser requests, sized as a server would send it."""

import gzip
from pathlib import Path

import pytest

from bench.page_weight import category, find_chromium, measure, transferred_bytes


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/sv/", "HTML"),
        ("/404.html", "HTML"),
        ("/assets/site.css", "CSS"),
        ("/assets/javascripts/bundle.min.js", "JS"),
        ("/fonts/inter.woff2", "fonts"),
        ("/assets/images/favicon.png", "images"),
        ("/search/search_index.json", "search index"),
        ("/sv/search/shards/kö.json", "search index"),
        ("/search/fragments/12.json", "search index"),
        ("/sitemap.xml", "other"),
    ],
)
def test_category(path: str, expected: str) -> None:
    assert category(path) == expected


def test_text_is_counted_gzipped_and_images_as_stored(tmp_path: Path) -> None:
    css = tmp_path / "a.css"
    css.write_text("body { color: black; }\n" * 200, encoding="utf-8")
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG" + b"\0" * 1000)
    assert transferred_bytes(css) == len(gzip.compress(css.read_bytes(), compresslevel=6)) < 200
    assert transferred_bytes(png) == 1004


CHROMIUM = find_chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine: install Debian's chromium")
def test_browser_requests_are_counted_and_missing_files_reported(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text("p { color: #222; }\n", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" + b"\0" * 500)
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="fi"><head><link rel="stylesheet" href="style.css">'
        '<link rel="icon" href="logo.png"><script src="missing.js"></script></head><body><img src="logo.png" alt="logo"></body></html>',
        encoding="utf-8",
    )
    assert CHROMIUM is not None
    [weight] = measure(tmp_path, ["/"], CHROMIUM)
    assert sorted(path for path, _ in weight.requests) == ["/", "/logo.png", "/style.css"]
    assert weight.failed == ["/missing.js (404)"]
    assert weight.bytes_by_category["images"] == 504
    assert weight.before_interaction() == sum(size for _, size in weight.requests)
