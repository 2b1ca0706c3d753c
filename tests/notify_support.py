"""A real webhook receiver on 127.0.0.1 for the chat tests, and how to run `pantau notify`."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from typer.testing import CliRunner, Result

from pantau.cli import app

TOKEN = "s3cr3tT0kenXYZ"
"""A URL secret that must never show in output, logs or the warehouse."""


@dataclass
class Hook:
    """What a receiver got: one dict per POST (its path, title and body)."""

    status: int = 200
    posts: list[dict[str, str]] = field(default_factory=list)
    fail_after: int | None = None  # answer 500 once this many posts were accepted

    @property
    def bodies(self) -> list[str]:
        return [p["message"] for p in self.posts]


def _handler(hook: Hook) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            kind = self.headers.get("Content-Type", "")
            if "json" in kind:
                data = {k: str(v) for k, v in json.loads(raw).items()}
            else:
                data = {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
            full = hook.fail_after is not None and len(hook.posts) >= hook.fail_after
            status = 500 if full else hook.status
            if status < 300:
                hook.posts.append({"path": self.path, **data})
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def receiver(hook: Hook, port: int = 0) -> Iterator[int]:
    """Serve `hook` on 127.0.0.1 for the block; yield its port."""
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(hook))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def json_url(port: int, path: str = "hook") -> str:
    """An Apprise json:// URL with a password and a path token, both secret."""
    return f"json://desk:{TOKEN}@127.0.0.1:{port}/{path}/{TOKEN}"


def notify(db: Path, env: Mapping[str, str], *args: str) -> Result:
    """Run `pantau notify --db DB ARGS` with `env` (other PANTAU_NOTIFY_* unset)."""
    base = {"PANTAU_NOTIFY_URLS": "", "PANTAU_NOTIFY_CONFIG": "", "PANTAU_WEB_URL": ""}
    return CliRunner().invoke(app, ["notify", "--db", str(db), *args], env={**base, **env})
