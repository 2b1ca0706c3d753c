"""How long `pantau notify` holds the warehouse's write lock, per kind of channel.

The ledger is written while the database is held, so a send must be quick or an ingest
waits. This builds a temporary warehouse of synthetic alert stories, starts webhook
receivers on 127.0.0.1 (one answering at once, one that answers after a delay, one that
never answers) plus a closed port, and times one `run_notify` per channel: the time the
database was held, and what each channel got.

Run: uv run python bench/notify_hold.py [--stories N] [--slow SECONDS]
"""

from __future__ import annotations

import argparse
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from connectors.chat import load_channels
from flows.notify_run import run_notify
from pantau.settings import NotifySettings
from warehouse.db import connect

_STORIES = """
INSERT INTO sources VALUES ('s1', 'Warta Sintetis', 'https://s1.example/rss', 'feed', 'id', $now);
INSERT INTO articles (article_id, url, source_id, title, published_at, fetched_at, text,
                      extraction_method, content_hash)
SELECT 'a' || i, 'https://s1.example/a/' || i, 's1', 'Cerita sintetis nomor ' || i || ' x' || i,
       $now - to_hours(100 * i), $now - to_hours(100 * i), 'teks', 'trafilatura', 'h' || i
FROM range($n) t(i);
INSERT INTO verdicts (article_id, watchlist_version, alert, arms_supply, watched, score,
                      supplier, recipient, actors, items, evidence, rule, judged_at)
SELECT 'a' || i, 'bench', true, true, true, 0.9, 'KP', 'RU', ['KP', 'RU'], ['item ' || i],
       'bukti', 'bench', $now
FROM range($n) t(i);
"""


def _handler(delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def _receiver(delay: float) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(delay))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def _silent() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield int(sock.getsockname()[1])
    finally:
        sock.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=25)
    parser.add_argument("--slow", type=float, default=1.0, help="the slow receiver's delay")
    args = parser.parse_args()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        db = Path(tmp) / "bench.duckdb"
        con = connect(db)
        for statement in filter(str.strip, _STORIES.split(";")):
            values = {"now": now, "n": args.stories}
            params = {k: v for k, v in values.items() if re.search(rf"\${k}\b", statement)}
            con.execute(statement, params)
        con.close()
        kinds = {
            "answers at once": f"json://127.0.0.1:{stack.enter_context(_receiver(0.0))}/",
            f"answers after {args.slow:g} s": (
                f"json://127.0.0.1:{stack.enter_context(_receiver(args.slow))}/"
            ),
            "never answers": f"json://127.0.0.1:{stack.enter_context(_silent())}/",
            "port closed": f"json://127.0.0.1:{_closed_port()}/",
        }
        print(f"{args.stories} alert stories; each channel gets 2 messages (10 + 'and more')")
        print(f"{'channel':<22} {'held (s)':>9}  outcome")
        for kind, url in kinds.items():
            (channel,) = load_channels(NotifySettings(urls=url))
            started = time.perf_counter()
            (outcome,) = run_notify(db, [channel], now + timedelta(seconds=1), names={})
            held = time.perf_counter() - started
            print(f"{kind:<22} {held:>9.2f}  {outcome.status}: {outcome.error or outcome.stories}")


if __name__ == "__main__":
    main()
