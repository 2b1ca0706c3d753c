"""A fast replay server for benchmarks: a separate process, asyncio, keep-alive, files in memory.

Every file under ROOT is read once and its full HTTP response pre-built, so a request costs a
dict lookup and one write. `GET /__stats` returns request counts and the times (time.time())
of the first and last feed and page requests; `GET /__reset` clears them.
Every file carries an ETag and a Last-Modified date, and a matching If-None-Match or
If-Modified-Since gets a 304, as most outlets' feeds do.
Run: python bench/replay.py ROOT PORT  (prints "ready" on stdout once listening)
Load test: python bench/replay.py --load-test URL_LIST_FILE [--connections 16] [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

_TYPES = {".xml": "application/rss+xml", ".toml": "text/plain; charset=utf-8"}
_NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nContent-Type: text/plain\r\n\r\nnot found"
)


_LAST_MODIFIED = "Wed, 18 Jun 2025 00:00:00 GMT"


def _response(body: bytes, content_type: str, etag: str | None = None) -> bytes:
    validators = f'ETag: "{etag}"\r\nLast-Modified: {_LAST_MODIFIED}\r\n' if etag else ""
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        f"{validators}Server: pantau-bench\r\n\r\n"
    )
    return head.encode("ascii") + body


def _not_modified(etag: str) -> bytes:
    return (
        f'HTTP/1.1 304 Not Modified\r\nETag: "{etag}"\r\nLast-Modified: {_LAST_MODIFIED}\r\n'
        "Content-Length: 0\r\nServer: pantau-bench\r\n\r\n"
    ).encode("ascii")


def load_site(root: Path) -> dict[str, tuple[bytes, bytes]]:
    """Map each URL path to its pre-built 200 and 304 responses (ETag, Last-Modified)."""
    site: dict[str, tuple[bytes, bytes]] = {}
    for path in root.rglob("*"):
        if path.is_file():
            body = path.read_bytes()
            etag = hashlib.sha1(body).hexdigest()[:16]
            ctype = _TYPES.get(path.suffix, "text/html; charset=utf-8")
            site["/" + path.relative_to(root).as_posix()] = (
                _response(body, ctype, etag),
                _not_modified(etag),
            )
    return site


class Stats:
    """Request counts and first/last times by kind."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything seen so far."""
        self.counts: dict[str, int] = {"feed": 0, "page": 0, "other": 0, "not_modified": 0}
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}
        self.page_times: list[float] = []

    def hit(self, path: str) -> None:
        """Record one request for `path`."""
        kind = "feed" if path.endswith(".xml") else "other" if path.startswith("/__") else "page"
        now = time.time()
        self.counts[kind] += 1
        self.first.setdefault(kind, now)
        self.last[kind] = now
        if kind == "page":
            self.page_times.append(now)


class _Http(asyncio.Protocol):
    def __init__(self, site: dict[str, tuple[bytes, bytes]], stats: Stats) -> None:
        self.site = site
        self.stats = stats
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            lines = head.split(b"\r\n")
            parts = lines[0].split()
            target = unquote(urlsplit(parts[1].decode("latin-1")).path) if len(parts) > 1 else "/"
            self.stats.hit(target)
            self.transport.write(self._answer(target, lines[1:]))
            if any(line.lower() == b"connection: close" for line in lines[1:]):
                self.transport.close()
                return

    def _answer(self, target: str, headers: list[bytes]) -> bytes:
        if target == "/__stats":
            payload = {
                "counts": self.stats.counts,
                "first": self.stats.first,
                "last": self.stats.last,
                "page_times": self.stats.page_times,
            }
            return _response(json.dumps(payload).encode(), "application/json")
        if target == "/__reset":
            self.stats.reset()
            return _response(b"{}", "application/json")
        found = self.site.get(target) or self.site.get(target.rstrip("/") + "/index.html")
        if found is None:
            return _NOT_FOUND
        full, not_modified = found
        etag = not_modified.split(b'"')[1]
        for line in headers:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if (name == b"if-none-match" and etag in value) or (
                name == b"if-modified-since" and value.strip() == _LAST_MODIFIED.encode()
            ):
                self.stats.counts["not_modified"] += 1
                return not_modified
        return full


async def serve(root: Path, port: int) -> None:
    """Serve `root` on 127.0.0.1:port until killed."""
    site = load_site(root)
    stats = Stats()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(site, stats), "127.0.0.1", port, backlog=512)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def free_port() -> int:
    """A port on 127.0.0.1 that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(root: Path, port: int) -> subprocess.Popen[str]:
    """Start the server in its own process and wait until it listens."""
    proc = subprocess.Popen(
        [sys.executable, __file__, str(root), str(port)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        raise SystemExit("the replay server did not start")
    return proc


async def _client(host: str, port: int, paths: list[str], deadline: float, out: list[int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    done = nbytes = 0
    i = 0
    while time.perf_counter() < deadline:
        path = paths[i % len(paths)]
        i += 1
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        nbytes += len(await reader.readexactly(length))
        done += 1
    writer.close()
    out.extend((done, nbytes))


async def load_test(urls: list[str], connections: int, seconds: float) -> dict[str, float]:
    """Keep-alive GETs over `connections` connections for `seconds`; requests/s and MB/s."""
    split = urlsplit(urls[0])
    paths = [urlsplit(u).path for u in urls]
    results: list[list[int]] = [[] for _ in range(connections)]
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(
        *(
            _client(
                split.hostname or "127.0.0.1",
                split.port or 80,
                paths[i::connections] or paths,
                deadline,
                results[i],
            )
            for i in range(connections)
        )
    )
    elapsed = time.perf_counter() - start
    requests = sum(r[0] for r in results)
    mbytes = sum(r[1] for r in results) / 1e6
    return {
        "requests_per_s": requests / elapsed,
        "mb_per_s": mbytes / elapsed,
        "requests": requests,
    }


def main() -> int:
    """Serve a folder, or load-test a running server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?")
    parser.add_argument("port", nargs="?", type=int)
    parser.add_argument("--load-test", metavar="URL_LIST_FILE")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if args.load_test:
        urls = Path(args.load_test).read_text(encoding="utf-8").split()
        print(json.dumps(asyncio.run(load_test(urls, args.connections, args.seconds))))
        return 0
    asyncio.run(serve(Path(args.root), args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
