"""A small static web server on 127.0.0.1 for the browser tests.

It compresses text with gzip as any production static host does, so that
Lighthouse measures the site and not the test server. Like GitHub Pages, where
the site is deployed, it sends no security headers unless asked and answers
every missing address with the site's root 404.html.
"""

from __future__ import annotations

import gzip
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that moved on before a response was written closed its end: nothing went wrong here.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, headers: Mapping[str, str], **kwargs: Any) -> None:
        self.extra_headers = headers
        super().__init__(*args, **kwargs)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if (
            not path.is_file()
            or "gzip" not in self.headers.get("Accept-Encoding", "")
            or not content_type.startswith(COMPRESSIBLE)
        ):
            super().do_GET()  # directories, missing files and binaries as http.server does them
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the tests record requests in the browser


@contextmanager
def serve(directory: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve `directory` (which may be filled later) on a free port; yields the origin, e.g. http://127.0.0.1:41234.

    `headers` are sent with every response; none by default, as on GitHub Pages, where the site
    has only the policy in its pages' <meta>.
    """
    handler = partial(_Handler, directory=str(directory), headers=headers or {})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
