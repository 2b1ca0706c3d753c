"""A local HTTP server replaying a folder of pages and feeds, for the demo and tests."""

from __future__ import annotations

import mimetypes
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

BASE_PLACEHOLDER = "__BASE__"
_Request = socket.socket | tuple[bytes, socket.socket]
_TEXT_TYPES = {
    ".xml": "application/xml",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
    ".toml": "text/plain",
}


class _ReplayHandler(BaseHTTPRequestHandler):
    server: _ReplayServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.server.delay:
            time.sleep(self.server.delay)
        path = self.server.resolve(urlsplit(self.path).path)
        if path is None:
            self._send(404, b"not found", "text/plain")
            return
        body = path.read_bytes()
        suffix = path.suffix.lower()
        if suffix in _TEXT_TYPES:
            body = body.replace(BASE_PLACEHOLDER.encode(), self.server.public_base.encode())
            kind = _TEXT_TYPES[suffix]
            content_type = f"{kind}; charset=utf-8" if kind != "application/xml" else kind
        else:
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self._send(200, body, content_type)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: the pipeline records every fetch itself."""


class _ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, root: Path, delay: float = 0.0, port: int = 0, public_base: str | None = None
    ) -> None:
        super().__init__(("127.0.0.1", port), _ReplayHandler)
        self.root = root.resolve()
        self.delay = delay
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"
        self.public_base = public_base or self.base_url
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    def process_request(self, request: _Request, client_address: Any) -> None:
        if isinstance(request, socket.socket):
            with self._lock:
                self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: _Request) -> None:
        if isinstance(request, socket.socket):
            with self._lock:
                self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End idle keep-alive connections, which would otherwise outlive the server."""
        with self._lock:
            stale, self._open = self._open, set()
        for request in stale:
            with suppress(OSError):
                request.shutdown(socket.SHUT_RDWR)
            request.close()

    def resolve(self, url_path: str) -> Path | None:
        candidate = (self.root / unquote(url_path).lstrip("/")).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if not candidate.is_relative_to(self.root) or not candidate.is_file():
            return None
        return candidate


@contextmanager
def replay_site(
    root: Path, *, delay: float = 0.0, port: int = 0, public_base: str | None = None
) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 (`port`, or a free one), each answer `delay` s late.

    Yields the base URL it listens on. Pages name `public_base` (default: that URL) where
    they say __BASE__, for a client that reaches this server under another address.
    """
    server = _ReplayServer(root, delay, port, public_base)
    thread = threading.Thread(target=server.serve_forever, name="pantau-replay", daemon=True)
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join(timeout=5)
