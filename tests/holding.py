"""Second processes that hold the warehouse, a site that answers 304, and `pantau` children."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal

import duckdb

REPO = Path(__file__).resolve().parent.parent

_HOLDER = """
import duckdb, sys
how, path = sys.argv[1], sys.argv[2]
con = duckdb.connect(path, read_only=how == "read")
if how == "read":
    con.execute("SELECT count(*) FROM articles").fetchall()
else:
    con.execute("BEGIN TRANSACTION")
    con.execute("CREATE TABLE held_by_test (x INTEGER)")
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def held(db: Path, how: Literal["read", "write"] = "read") -> Iterator[subprocess.Popen[str]]:
    """Another process holding `db` for the block: a notebook's read-only connection, or a
    write transaction left open."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_HOLDER), how, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.communicate("", timeout=30)


def pantau(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m pantau ARGS` as a child without a Prefect API; return what it did."""
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "pantau", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def count(db: Path, sql: str) -> int:
    """One number from a short read-only session."""
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


class _Site(BaseHTTPRequestHandler):
    server: _SiteServer

    def do_GET(self) -> None:
        path = (self.server.root / self.path.lstrip("/")).resolve()
        if not path.is_file() or self.server.root not in path.parents:
            self.send_error(404)
            return
        body = path.read_bytes()
        tag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        sent = self.headers.get("If-None-Match")
        self.server.seen.append((self.path, sent))
        if sent == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self.send_response(200)
        kind = "application/rss+xml" if path.suffix == ".xml" else "text/html; charset=utf-8"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", tag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Site)
        self.root = root.resolve()
        self.seen: list[tuple[str, str | None]] = []


@contextmanager
def etag_site(root: Path) -> Iterator[_SiteServer]:
    """Serve `root` on 127.0.0.1 with ETags, answering 304 to a matching If-None-Match."""
    server = _SiteServer(root)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Berita bersama {n}</title></head>
<body><article><h1>Berita bersama nomor {n}</h1>
<p>Paragraf pertama berita nomor {n} tentang pasar, cuaca dan lalu lintas di Jakarta.
Warga diminta berhati-hati karena hujan deras diperkirakan turun sepanjang sore.</p>
<p>Paragraf kedua menjelaskan bahwa petugas menyiapkan pompa air di sejumlah titik rawan
banjir, sementara pedagang pasar induk melaporkan harga sayur yang stabil.</p></article>
</body></html>"""


def write_site(root: Path, base: str, numbers: range) -> None:
    """Pages for `numbers` under root/berita/ and an RSS feed listing them."""
    (root / "berita").mkdir(parents=True, exist_ok=True)
    items = []
    for n in numbers:
        page = root / "berita" / f"{n}.html"
        if not page.exists():
            page.write_text(PAGE.format(n=n), encoding="utf-8")
        items.append(
            f"<item><title>Berita bersama {n}</title><link>{base}/berita/{n}.html</link></item>"
        )
    (root / "rss.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bersama</title>'
        f"{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )
