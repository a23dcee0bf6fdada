"""What a reader's browser downloads for a page: every request, sized as sent with gzip.

A real browser (headless Chromium) loads the page from a local server, so the
list of resources is what the theme actually fetches before any interaction,
including what its scripts request after load (the search's files,
sitemap), not a guess from the HTML. Text is counted gzipped at level 6 (what
a static host sends); images and fonts as stored, since they are compressed.
"""

from __future__ import annotations

import gzip
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CATEGORIES = ("HTML", "CSS", "JS", "fonts", "images", "other", "search index")
BY_SUFFIX = {
    ".html": "HTML",
    ".css": "CSS",
    ".js": "JS",
    ".woff": "fonts",
    ".woff2": "fonts",
    ".ttf": "fonts",
    ".otf": "fonts",
    ".png": "images",
    ".svg": "images",
    ".jpg": "images",
    ".jpeg": "images",
    ".gif": "images",
    ".webp": "images",
    ".ico": "images",
}
COMPRESSED = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2"}
SEARCH_FOLDER = "search"  # a language's search files: its index, shards and fragments


def find_chromium() -> str | None:
    return next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def category(path: str) -> str:
    name = PurePosixPath(path)
    if SEARCH_FOLDER in name.parts[:-1] and name.suffix == ".json":
        return "search index"
    if path.endswith("/"):
        return "HTML"
    return BY_SUFFIX.get(name.suffix, "other")


def transferred_bytes(file: Path) -> int:
    data = file.read_bytes()
    return len(data) if file.suffix in COMPRESSED else len(gzip.compress(data, compresslevel=6))


@dataclass
class PageWeight:
    url: str
    bytes_by_category: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    requests: list[tuple[str, int]] = field(default_factory=list)  # path, bytes
    failed: list[str] = field(default_factory=list)

    def before_interaction(self) -> int:
        """Everything loaded without the search index: what the 150 KB goal counts."""
        return sum(size for name, size in self.bytes_by_category.items() if name != "search index")


class _RecordingHandler(SimpleHTTPRequestHandler):
    requests: list[tuple[str, int]]

    def send_response(self, code: int, message: str | None = None) -> None:
        self.requests.append((unquote(urlsplit(self.path).path), code))
        super().send_response(code, message)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the benchmark reports the requests itself


def free_port() -> int:
    """A port to build a site for and then serve it at: its pages allow only the script files at
    the address they were built for (src/programme_site/hosting/headers.py)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(site: Path, port: int) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """`site` served on 127.0.0.1 at `port` (any free one if 0): its origin, and the requests it answers."""
    requests: list[tuple[str, int]] = []
    handler = type("Handler", (_RecordingHandler,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


def measure(site: Path, pages: list[str], chromium: str, loads: int = 3, port: int = 0) -> list[PageWeight]:
    """Load each page (a path such as `/` or `/sv/`) in fresh headless Chromiums, the site served on
    127.0.0.1 at `port` (any free one by default).

    A script may fetch in real time after the page's virtual time has run out, so on
    a busy machine one load can end before it: the page's resources are the union of
    `loads` loads, each counted once.
    """
    weights = []
    with serve(site, port) as (base, requests):
        for page in pages:
            requests.clear()
            for _ in range(loads):
                subprocess.run(
                    [
                        chromium,
                        "--headless",
                        "--no-sandbox",  # the benchmark may run as root
                        "--disable-gpu",
                        "--no-first-run",
                        # Virtual time lets the page's scripts run their start-up requests, then stops.
                        "--virtual-time-budget=30000",
                        "--dump-dom",
                        base + page,
                    ],
                    capture_output=True,
                    timeout=120,
                    check=True,
                )
            weights.append(weigh(site, page, requests))
    return weights


def weigh(site: Path, page: str, requests: list[tuple[str, int]]) -> PageWeight:
    weight = PageWeight(page)
    for path in dict.fromkeys(path for path, _ in requests):  # each path once, in first-request order
        statuses = {status for requested, status in requests if requested == path}
        file = site / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        # 304: asked again and not modified, already counted from its 200.
        if not statuses <= {200, 304} or not file.is_file():
            weight.failed.append(f"{path} ({', '.join(map(str, sorted(statuses)))})")
            continue
        size = transferred_bytes(file)
        weight.bytes_by_category[category(path)] += size
        weight.requests.append((path, size))
    return weight
