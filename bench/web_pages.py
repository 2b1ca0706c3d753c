"""Time every workbench page's server-side handling at 100,000 articles, and weigh a page.

Builds the analyst benchmark's database (bench/analyst_scale.py), records 2,000 reviews,
then calls the Starlette app directly (no sockets, no browser), so each figure is the
server's own time for one request: routing, a fresh read-only DuckDB session, the queries
and the template. Prints p50/p95 per page (target: p95 < 300 ms) and the bytes of the
alerts page with its CSS and scripts (target: < 200 KB).

Run: uv run python bench/web_pages.py [--articles N] [--keep FILE] [--rounds R]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyst_scale import generate

from pantau.filter.watchlist import load_watchlist
from pantau.settings import DEFAULT_WATCHLIST
from pantau.web.app import create_app
from pantau.web.config import WebConfig
from pantau.web.security import csrf_token
from warehouse.db import connect

Answer = tuple[int, bytes, float, float]


async def _call(app: Any, method: str, url: str, body: bytes = b"", sid: str = "bench") -> Answer:
    parts = urlsplit(url)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": parts.path,
        "raw_path": parts.path.encode(),
        "query_string": parts.query.encode(),
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1:8470"),
            (b"cookie", f"pantau_sid={sid}".encode()),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"content-length", str(len(body)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8470),
        "state": {},
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    started, cpu = time.perf_counter(), time.process_time()
    await app(scope, receive, send)
    took, cpu_took = time.perf_counter() - started, time.process_time() - cpu
    return status, b"".join(chunks), took, cpu_took


def _add_reviews(path: Path, count: int) -> None:
    """Record `count` reviews across the alerted stories, as analysts would."""
    con = connect(path)
    con.execute(
        "INSERT INTO reviews (story_id, article_id, action, reason, supplier, recipient, items,"
        " note, reviewer, reviewed_at)"
        " SELECT story_id, article_id,"
        " ['confirm', 'dismiss', 'correct', 'confirm'][1 + (hash(article_id) % 4)::INT],"
        " NULL, supplier, recipient, items, NULL, 'bench', now()"
        f" FROM alerts USING SAMPLE {int(count)} ROWS"
    )
    con.execute("CHECKPOINT")
    con.close()


def _targets(path: Path) -> dict[str, list[str]]:
    con = connect(path, read_only=True)
    stories = [r[0] for r in con.execute("SELECT story_id FROM alerts USING SAMPLE 200").fetchall()]
    articles = [
        r[0] for r in con.execute("SELECT article_id FROM articles USING SAMPLE 200").fetchall()
    ]
    deep = con.execute(
        "SELECT coalesce(published_at, fetched_at), story_id FROM alerts"
        " ORDER BY 1 DESC, 2 DESC LIMIT 1 OFFSET 4000"
    ).fetchone()
    con.close()
    assert deep is not None
    cursor = f"{deep[0].isoformat()}~{deep[1]}".replace("+", "%2B")
    return {
        "alerts (home)": ["/"],
        "alerts: KP->RU, 2025": ["/?supplier=KP&recipient=RU&since=2025-01-01&until=2025-12-31"],
        "alerts: words 'amunisi artileri'": ["/?q=amunisi+artileri"],
        "alerts: page 81 (keyset)": [f"/?after={cursor}"],
        "alerts: reviewed, score >= 0.9": ["/?review=reviewed&min_score=0.9"],
        "alerts: dismissed": ["/?review=dismiss"],
        "alerts as CSV": ["/?format=csv"],
        "alerts as JSON": ["/?format=json&supplier=IR"],
        "story": [f"/story/{s}" for s in stories],
        "article": [f"/article/{a}" for a in articles],
        "trends (last 12 weeks)": ["/trends"],
        "trends (all years)": ["/trends?since=2023-01-01&until=2026-12-31"],
        "sources": ["/sources"],
        "search: common pair 'korut amunisi'": ["/search?q=korut+amunisi"],
        "search: rare 'nomor 99999'": ["/search?q=nomor+99999"],
        "search: phrase '\"mengirim amunisi\"'": ["/search?q=%22mengirim+amunisi%22"],
        "search: affix 'kirim' (mengirim)": ["/search?q=kirim"],
        "search: 'amunisi', alerts, 2025": ["/search?q=amunisi&alerts=1&since=2025-01-01"],
        "search: 'korut' as CSV": ["/search?q=korut&format=csv"],
        "review (POST, write session)": [f"POST {s}" for s in stories],
    }


async def _bench(app: Any, targets: dict[str, list[str]], rounds: int, secret: bytes) -> bool:
    token = csrf_token(secret, "bench")
    ok = True
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; CPU ms is the"
          " process's CPU time (all threads), which other load does not inflate")  # fmt: skip
    print(f"{'page':38} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'CPU p50':>8} {'CPU p95':>8}"
          f"  (n={rounds})")  # fmt: skip
    for label, urls in targets.items():
        times: list[float] = []
        cpus: list[float] = []
        for n in range(rounds + 2):
            url = urls[n % len(urls)]
            if url.startswith("POST "):
                story = url.split()[1]
                form = f"csrf={token}&story_id={story}&article_id={story}&action=confirm"
                status, _, took, cpu = await _call(app, "POST", "/review", form.encode())
                expected = 303
            else:
                status, _, took, cpu = await _call(app, "GET", url)
                expected = 200
            if status != expected:
                raise SystemExit(f"{label}: {url} answered {status}")
            if n >= 2:  # the first two warm the caches
                times.append(took * 1000)
                cpus.append(cpu * 1000)
        times.sort()
        cpus.sort()
        cpu50, cpu95 = statistics.median(cpus), cpus[round(0.95 * (len(cpus) - 1))]
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        flag = "" if p95 < 300 else "  OVER 300 ms"
        ok = ok and not flag
        print(f"{label:38} {p50:7.1f} {p95:7.1f} {times[-1]:7.1f} {cpu50:8.1f} {cpu95:8.1f}{flag}",
              flush=True)  # fmt: skip
    return ok


async def _weight(app: Any) -> int:
    total = zipped = 0
    parts = ["/", "/static/app.css", "/static/keys.js", "/static/htmx.min.js"]
    for url in parts:
        _, body, _, _ = await _call(app, "GET", url)
        total += len(body)
        zipped += len(gzip.compress(body))
        print(f"  {len(body) / 1024:7.1f} KB  {url}")
    verdict = "under" if total < 200 * 1024 else "OVER"
    print(f"alerts page with CSS and scripts: {total / 1024:.1f} KB ({verdict} 200 KB);"
          f" {zipped / 1024:.1f} KB gzipped")  # fmt: skip
    return total


def main() -> int:
    """Generate (or reuse), time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the database here once and reuse it")
    parser.add_argument("--rounds", type=int, default=40, help="timed requests per page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "web.duckdb"
        if not path.exists():
            started = time.perf_counter()
            generate(path, args.articles)
            connect(path).close()
            _add_reviews(path, 2000)
            print(f"generated {args.articles} articles and 2000 reviews in"
                  f" {time.perf_counter() - started:.1f} s")  # fmt: skip
        started = time.perf_counter()
        connect(path).close()  # a file kept from before a migration (0070: the search index)
        print(f"migrated in {time.perf_counter() - started:.1f} s;"
              f" file {path.stat().st_size / 1e6:.0f} MB")  # fmt: skip
        names = dict(load_watchlist(DEFAULT_WATCHLIST).names)
        config = WebConfig(db=path, reviewer="bench", actor_names=names)
        app = create_app(config)
        targets = _targets(path)
        ok = asyncio.run(_bench(app, targets, args.rounds, config.secret))
        weight = asyncio.run(_weight(app))
    print("every page p95 under 300 ms" if ok else "some page p95 over 300 ms")
    return 0 if ok and weight < 200 * 1024 else 1


if __name__ == "__main__":
    raise SystemExit(main())
