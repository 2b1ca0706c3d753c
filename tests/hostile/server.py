"""A threaded HTTP server on 127.0.0.1 that misbehaves per path, and a port nobody may touch."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from . import content

Handler = Callable[["_Handler"], None]
GOOD_PAGES = 6
TWO_GB = 2 * 1024**3


@dataclass
class Hostile:
    """The running site: its base URL, what it was asked for, and the forbidden port."""

    base: str
    forbidden_port: int
    closed_port: int
    hits: Counter[str] = field(default_factory=Counter)
    forbidden_connections: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    page_delay: float = 0.0
    big_items: int = 20_000

    @property
    def host(self) -> str:
        """host:port, for --allow-host."""
        return self.base.removeprefix("http://")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        site = self.server.site
        site.hits[path] += 1
        handler = ROUTES.get(path)
        if handler is None and path.startswith("/a/"):
            handler = _article
        if handler is None and path.startswith("/big/"):
            handler = _article
        if handler is None:
            self.send(404, b"not here", "text/plain")
            return
        with suppress(ConnectionError, TimeoutError, OSError):
            handler(self)

    def send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        """A complete response with a Content-Length."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def text(self, body: str, ctype: str = "application/rss+xml", **headers: str) -> None:
        """A UTF-8 document with __BASE__ replaced by the site's base URL."""
        data = body.replace("__BASE__", self.server.site.base).encode("utf-8")
        self.send(200, data, ctype, **headers)

    def stream(self, chunks: Iterator[bytes], ctype: str, **headers: str) -> None:
        """A close-delimited body, written chunk by chunk as long as the client reads."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Connection", "close")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.close_connection = True
        for chunk in chunks:
            if self.server.site.stop.is_set():
                return
            self.wfile.write(chunk)
            self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read `hits`."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Hostile) -> None:
        self.site = site
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up on a bomb or a drip is the point: stay quiet."""


def _good_feed(h: _Handler) -> None:
    site = h.server.site
    items: list[tuple[str, str | None]] = [
        (f"Berita baik nomor {i}", f"{site.base}/a/{i}.html") for i in range(GOOD_PAGES)
    ]
    items += [
        ("&lt;script&gt;alert(1)&lt;/script&gt;Judul &lt;b&gt;tebal&lt;/b&gt;", "/a/script.html"),
        ("Tautan javascript", "javascript:alert(1)"),
        ("Tautan ftp", "ftp://127.0.0.1/file"),
        ("Tanpa tautan", None),
        ("Ke port terlarang", f"http://127.0.0.1:{site.forbidden_port}/a/x.html"),
        ("Ke localhost terlarang", f"http://localhost:{site.forbidden_port}/a/y.html"),
        ("Dialihkan ke port terlarang", "/redirect-forbidden"),
        ("Port tertutup", f"http://127.0.0.1:{site.closed_port}/a/z.html"),
        ("Dokumen PDF", "/doc.pdf"),
        ("Berkas biner", "/blob"),
        ("Halaman raksasa", "/huge-page"),
        ("Bom gzip", "/bomb-page"),
        ("Halaman menetes", "/drip-page"),
        ("Halaman macet", "/hang-page"),
        ("Galat server", "/error-page"),
        ("Dilarang robots", "/private/rahasia.html"),
        ("Halaman cp1252", "/cp1252.html"),
        ("Lingkaran", "/loop-a"),
    ]
    h.text(content.rss(items))


def _article(h: _Handler) -> None:
    time.sleep(h.server.site.page_delay)
    name = urlsplit(h.path).path.rsplit("/", 1)[-1]
    h.text(content.article_page(f"Artikel {name}"), "text/html; charset=utf-8")


def _drip(h: _Handler) -> None:
    def drops() -> Iterator[bytes]:
        yield b"<html><body>"
        for _ in range(120):
            time.sleep(0.5)
            yield b"x"

    h.stream(drops(), "text/html")


def _hang(h: _Handler) -> None:
    h.server.site.stop.wait(60)


def _huge(h: _Handler) -> None:
    chunk = b" " * 65536
    h.stream((chunk for _ in range(TWO_GB // len(chunk))), "text/html")


def _bomb(ctype: str) -> Handler:
    def handler(h: _Handler) -> None:
        h.send(200, content.gzip_bomb(), ctype, Content_Encoding="gzip")

    return handler


def _redirect(target: Callable[[Hostile], str]) -> Handler:
    def handler(h: _Handler) -> None:
        h.send(302, b"", "text/plain", Location=target(h.server.site))

    return handler


def _status(code: int, **headers: str) -> Handler:
    def handler(h: _Handler) -> None:
        h.send(code, b"no", "text/plain", **headers)

    return handler


def _cp1252_feed(h: _Handler) -> None:
    body = content.rss([("Kopi \u201cLuwak\u201d \u2013 caf\u00e9 \u20ac5", "/a/kopi.html")])
    h.send(200, body.encode("cp1252"), "application/rss+xml; charset=windows-1252")


def _latin1_feed(h: _Handler) -> None:
    declaration = '<?xml version="1.0" encoding="ISO-8859-1"?>'
    body = content.rss(
        [("Se\u00f1or caf\u00e9 \u00e0 la cr\u00e8me", "/a/latin.html")], declaration=declaration
    )
    h.send(200, body.encode("latin-1"), "application/xml")


def _cp1252_page(h: _Handler) -> None:
    page = content.article_page("Caf\u00e9 \u201cKopi\u201d \u2013 ulasan", charset="windows-1252")
    h.send(200, page.encode("cp1252"), "text/html")


def _truncated(h: _Handler) -> None:
    whole = content.rss([(f"Potongan {i}", f"/a/t{i}.html") for i in range(3)])
    cut = whole.index("<item>", whole.index("Potongan 2") - 40)
    h.text(whole[: cut + 30])


def _big(h: _Handler) -> None:
    h.send(
        200, content.big_feed(h.server.site.base, h.server.site.big_items), "application/rss+xml"
    )


_ROBOTS = "User-agent: *\nDisallow: /private/\n"

ROUTES: dict[str, Handler] = {
    "/robots.txt": lambda h: h.text(_ROBOTS, "text/plain"),
    "/feed/good.xml": _good_feed,
    "/feed/500.xml": _status(500),
    "/feed/404.xml": _status(404),
    "/feed/429.xml": _status(429, Retry_After="3600"),
    "/feed/503.xml": _status(503, Retry_After="1"),
    "/feed/hang.xml": _hang,
    "/feed/drip.xml": _drip,
    "/feed/huge.xml": _huge,
    "/feed/bomb.xml": _bomb("application/rss+xml"),
    "/feed/lol.xml": lambda h: h.text(content.BILLION_LAUGHS),
    "/feed/xxe.xml": lambda h: h.text(content.xxe_feed(h.server.site.forbidden_port)),
    "/feed/truncated.xml": _truncated,
    "/feed/binary.xml": lambda h: h.send(200, content.PNG, "application/rss+xml"),
    "/feed/loop.xml": _redirect(lambda s: "/feed/loop2.xml"),
    "/feed/loop2.xml": _redirect(lambda s: "/feed/loop.xml"),
    "/feed/cp1252.xml": _cp1252_feed,
    "/feed/latin1.xml": _latin1_feed,
    "/feed/big.xml": _big,
    "/feed/to-forbidden.xml": _redirect(lambda s: f"http://127.0.0.1:{s.forbidden_port}/f.xml"),
    "/redirect-forbidden": _redirect(lambda s: f"http://127.0.0.1:{s.forbidden_port}/r.html"),
    "/doc.pdf": lambda h: h.send(200, b"%PDF-1.4\n" + bytes(2000), "application/pdf"),
    "/blob": lambda h: h.send(200, content.PNG, "application/octet-stream"),
    "/huge-page": _huge,
    "/bomb-page": _bomb("text/html"),
    "/drip-page": _drip,
    "/hang-page": _hang,
    "/error-page": _status(503),
    "/cp1252.html": _cp1252_page,
    "/loop-a": _redirect(lambda s: "/loop-b"),
    "/loop-b": _redirect(lambda s: "/loop-a"),
}

SOURCES = {
    "good": "/feed/good.xml",
    "e500": "/feed/500.xml",
    "e404": "/feed/404.xml",
    "e429": "/feed/429.xml",
    "e503": "/feed/503.xml",
    "hang": "/feed/hang.xml",
    "drip": "/feed/drip.xml",
    "huge": "/feed/huge.xml",
    "bomb": "/feed/bomb.xml",
    "lol": "/feed/lol.xml",
    "xxe": "/feed/xxe.xml",
    "truncated": "/feed/truncated.xml",
    "binary": "/feed/binary.xml",
    "loop": "/feed/loop.xml",
    "cp1252": "/feed/cp1252.xml",
    "latin1": "/feed/latin1.xml",
    "big": "/feed/big.xml",
    "to-forbidden": "/feed/to-forbidden.xml",
}


def sources_toml(site: Hostile, names: list[str] | None = None) -> str:
    """A sources file over the site's feeds, plus a closed port and the forbidden port."""
    lines = []
    for name in names or list(SOURCES):
        lines.append(_source(name, f"{site.base}{SOURCES[name]}"))
    if names is None:
        lines.append(_source("closed", f"http://127.0.0.1:{site.closed_port}/rss.xml"))
        lines.append(_source("forbidden", f"http://127.0.0.1:{site.forbidden_port}/rss.xml"))
    return "\n".join(lines)


def _source(source_id: str, url: str) -> str:
    return f'[[sources]]\nid = "{source_id}"\nname = "Uji {source_id}"\nurl = "{url}"\n'


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _watch_forbidden(listener: socket.socket, site: Hostile) -> None:
    """Record every connection made to the forbidden port (there must be none)."""
    listener.settimeout(0.2)
    while not site.stop.is_set():
        try:
            conn, peer = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return
        site.forbidden_connections.append(f"{peer[0]}:{peer[1]}")
        conn.close()


@contextmanager
def hostile_site() -> Iterator[Hostile]:
    """Run the hostile site and the forbidden listener until the block ends."""
    content.gzip_bomb()  # built before any request waits for it
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    site = Hostile(base="", forbidden_port=listener.getsockname()[1], closed_port=_closed_port())
    server = _Server(site)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threads = [
        threading.Thread(target=server.serve_forever, daemon=True),
        threading.Thread(target=_watch_forbidden, args=(listener, site), daemon=True),
    ]
    for thread in threads:
        thread.start()
    try:
        yield site
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()
        listener.close()
        for thread in threads:
            thread.join(timeout=5)
