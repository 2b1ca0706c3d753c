"""A local news web for source checks: fresh, stale, empty and challenged feeds, and a
stand-in for Google News (search feed, article pages with signatures, batchexecute)."""

from __future__ import annotations

import base64
import json
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape

# Google article id -> (signature, publisher path). The stand-in decodes only what it signed.
ARTICLES = {
    "CBMiTkFVX3lxTFBrb3J1dC1kcm9uZS1ydXNpYQ": ("sig-korut", "/news/korut-kirim-peluru"),
    "CBMiTkFVX3lxTFBpcmFuLXNoYWhlZC1ydXNpYQ": ("sig-iran", "/news/iran-shahed-rusia"),
    "CBMiTkFVX3lxTFBub3NpZ25hdHVyZS1oZXJlMDA": ("", "/news/never"),
}
CHALLENGE_PAGE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<script>window._cf_chl_opt={cType:'managed'};</script>"
    "<noscript>Enable JavaScript and cookies to continue</noscript></body></html>"
)
SCRIPT_WALL = "<html><head><script src='/wall.js'></script></head><body>Loading...</body></html>"


@dataclass
class SourcesSite:
    """The running site: base URL and what it was asked for."""

    base: str
    robots: str | None = None  # the robots.txt served, if any
    hits: Counter[str] = field(default_factory=Counter)
    posts: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        """host:port, for --allow-host."""
        return self.base.removeprefix("http://")


def offline_id(url: str) -> str:
    """A Google News article id of the pre-2024 kind: protobuf field 4 holding the URL."""
    data = url.encode("utf-8")
    raw = b"\x08\x13\x22" + bytes([len(data)]) + data + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def rss(items: list[tuple[str, str, datetime]], *, title: str = "Feed") -> str:
    """An RSS 2.0 document with (title, link, published) items."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for t, link, when in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>{body}"
        "</channel></rss>"
    )


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        site = self.server.site
        parts = urlsplit(self.path)
        site.hits[parts.path] += 1
        now = datetime.now(UTC)
        base = site.base
        if parts.path == "/robots.txt":
            if site.robots is None:
                self._send(404, "none", "text/plain")
            else:
                self._send(200, site.robots, "text/plain")
        elif parts.path == "/fresh.xml":
            items = [
                (f"Berita {n}", f"{base}/news/fresh-{n}", now - timedelta(hours=n)) for n in (1, 2)
            ]
            # The outlet's own copy of a story the Google News search also finds.
            items.append(("Korut kirim peluru", f"{base}/news/korut-kirim-peluru", now))
            self._send(200, rss(items), "application/rss+xml")
        elif parts.path == "/stale.xml":
            items = [
                (f"Lama {n}", f"{base}/news/old-{n}", now - timedelta(days=9 + n)) for n in (1, 2)
            ]
            self._send(200, rss(items), "application/rss+xml")
        elif parts.path == "/empty.xml":
            self._send(200, rss([]), "application/rss+xml")
        elif parts.path == "/challenge.xml":
            self._send(403, CHALLENGE_PAGE, "text/html; charset=utf-8")
        elif parts.path == "/wall.xml":
            self._send(202, SCRIPT_WALL, "text/html")
        elif parts.path == "/rss/search":
            self._search(parse_qs(parts.query), now)
        elif parts.path.startswith("/rss/articles/"):
            self._article_page(parts.path.rsplit("/", 1)[1])
        elif parts.path.startswith("/news/"):
            page = (
                f'<html><head><title>{parts.path}</title><meta property="og:site_name"'
                f' content="Warta Uji"></head><body><p>Isi berita.</p></body></html>'
            )
            self._send(200, page, "text/html; charset=utf-8")
        else:
            self._send(404, "not here", "text/plain")

    def do_POST(self) -> None:
        site = self.server.site
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        form = self.rfile.read(length).decode("ascii")
        site.hits[parts.path] += 1
        site.posts.append(form)
        if parts.path != "/_/DotsSplashUi/data/batchexecute":
            self._send(404, "not here", "text/plain")
            return
        request = json.loads(unquote(form.removeprefix("f.req=")))
        rows = []
        for _, inner, _, number in request[0]:
            _, _, article_id, _, signature = json.loads(inner)
            expected, path = ARTICLES.get(article_id, ("?", ""))
            if signature != expected:
                continue  # Google answers a bad signature with nothing for that row
            answer = json.dumps(["garturlres", f"{site.base}{path}", 1])
            rows.append(["wrb.fr", "Fbv4je", answer, None, None, None, number])
        payload = json.dumps(rows)
        self._send(200, f")]}}'\n\n{len(payload)}\n{payload}\n", "application/json")

    def _search(self, query: dict[str, list[str]], now: datetime) -> None:
        if query.get("hl") != ["id"] or query.get("ceid") != ["ID:id"]:
            self._send(400, "bad locale", "text/plain")
            return
        base = self.server.site.base
        items = [
            (f"Hasil {n}", f"{base}/rss/articles/{article_id}?oc=5", now - timedelta(hours=n))
            for n, article_id in enumerate(ARTICLES, start=1)
        ]
        # An id of the pre-2024 kind, which carries the publisher's URL itself.
        old = offline_id(f"{base}/news/offline-decoded")
        items.append(("Hasil lama", f"{base}/rss/articles/{old}?oc=5", now - timedelta(hours=5)))
        self._send(200, rss(items, title=f"{query['q'][0]} - Google News"), "application/rss+xml")

    def _article_page(self, article_id: str) -> None:
        signature, _ = ARTICLES.get(article_id, ("", ""))
        attributes = f' data-n-a-sg="{signature}" data-n-a-ts="1764700000"' if signature else ""
        page = f'<html><body><c-wiz><div jscontroller="x"{attributes}></div></c-wiz></body></html>'
        self._send(200, page, "text/html; charset=utf-8")

    def _send(self, status: int, text: str, ctype: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: SourcesSite

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up (a capped read, a closed keep-alive) is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


@contextmanager
def sources_site() -> Iterator[SourcesSite]:
    """Serve the site on 127.0.0.1 for the duration of the block."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = SourcesSite(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sources_file(site: SourcesSite, *, gnews: bool = True) -> str:
    """A sources file over the site: fresh, stale, empty, challenged, walled, gone, gnews."""
    entries = [
        ("fresh", "feed", "/fresh.xml", ""),
        ("stale", "feed", "/stale.xml", "max_silence_hours = 72\n"),
        ("empty", "feed", "/empty.xml", ""),
        ("challenged", "feed", "/challenge.xml", ""),
        ("walled", "feed", "/wall.xml", ""),
        ("gone", "feed", "/gone.xml", ""),
    ]
    text = "".join(
        f'[[sources]]\nid = "{name}"\nname = "{name.title()}"\nkind = "{kind}"\n'
        f'url = "{site.base}{path}"\n{extra}\n'
        for name, kind, path, extra in entries
    )
    if gnews:
        text += (
            '[[sources]]\nid = "gnews-korut"\nname = "Google News: Korut"\nkind = "gnews"\n'
            f'query = "Korut senjata Rusia"\nlang = "id"\nregion = "ID"\nendpoint = "{site.base}"\n'
        )
    return text
