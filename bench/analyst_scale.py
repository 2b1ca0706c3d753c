"""Time the analyst queries on 100,000 synthetic articles in a temporary DuckDB file.

Generates sources, articles (about 2.5 KB of made-up text each), verdicts (8% alerts),
stories of one to four reports and stored signatures, all in SQL; then times the views,
`pantau search`-style text search and an incremental update_stories run of 500 new
articles against the 100,000 stored signatures.

Run: uv run python bench/analyst_scale.py [--articles N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb

from pantau.records import Article
from warehouse.db import connect
from warehouse.search import SearchQuery, search
from warehouse.search_index import rebuild
from warehouse.store import upsert_articles
from warehouse.stories import update_stories
from warehouse.views import weekly_flow_counts

_GENERATE = """
CREATE TEMP TABLE vocab AS
SELECT list(w) AS words FROM (
    SELECT concat(chr(97 + (i % 23)::INT), chr(97 + (i // 23 % 19)::INT),
                  chr(97 + (i // 437 % 17)::INT), repeat('a', (i % 3)::INT)) AS w
    FROM range(4000) t(i)
);
CREATE TEMP TABLE paragraphs AS
SELECT p,
       array_to_string(list_transform(range(60), lambda x: words[1 + (hash(p, x) % 4000)::INT]),
                       ' ') || '.' AS para
FROM range(3000) t(p), vocab;
INSERT INTO sources (source_id, name, url, kind, lang, updated_at)
SELECT 'outlet-' || i, 'Outlet ' || i, 'https://outlet' || i || '.example/rss', 'feed', 'id', now()
FROM range(40) t(i);
CREATE TEMP TABLE gen AS
SELECT i, md5(i::VARCHAR) AS article_id, 'outlet-' || (hash(i, 'src') % 40) AS source_id,
       TIMESTAMPTZ '2023-01-01 00:00:00+00'
         + to_seconds((i * 1000.0 / {n} * 113529.6)::BIGINT) AS published_at,
       hash(i, 'alert') % 100 < 8 AS alert,
       hash(i, 'story') % 3 = 0 AS copy
FROM range({n}) t(i);
INSERT INTO articles
SELECT g.article_id, 'https://' || g.source_id || '.example/' || g.i, NULL, g.source_id,
       'Judul berita ' || g.i || CASE WHEN g.alert THEN ' korut kirim amunisi ke rusia' ELSE '' END,
       NULL, g.published_at, g.published_at + INTERVAL 20 MINUTE, 'id', NULL,
       (SELECT string_agg(para, ' ') FROM paragraphs
        WHERE p IN (hash(g.i, 1) % 3000, hash(g.i, 2) % 3000, hash(g.i, 3) % 3000,
                    hash(g.i, 4) % 3000, hash(g.i, 5) % 3000, hash(g.i, 6) % 3000))
         || ' nomor ' || g.i
         || CASE WHEN g.alert THEN ' Korut mengirim amunisi artileri ke Rusia.' ELSE '' END,
       NULL, CASE WHEN hash(g.i, 'x') % 10 = 0 THEN 'feed_summary' ELSE 'trafilatura' END,
       md5(g.article_id),
       md5((CASE WHEN g.copy AND g.i > 0 THEN g.i - 1 ELSE g.i END)::VARCHAR)
FROM gen g;
INSERT INTO verdicts
SELECT g.article_id, 'bench', g.alert, g.alert, true,
       CASE WHEN g.alert THEN 0.6 + (hash(g.i) % 40) / 100.0 ELSE 0.1 END,
       CASE WHEN g.alert THEN ['KP', 'IR', 'RU', 'CN'][1 + (hash(g.i, 's') % 4)::INT] END,
       CASE WHEN g.alert THEN ['RU', 'RU', 'IR', 'KP'][1 + (hash(g.i, 'r') % 4)::INT] END,
       CASE WHEN g.alert THEN ['KP', 'RU'] ELSE ['ID'] END,
       CASE WHEN g.alert THEN [['artillery shell', 'missile', 'drone'][1 + (hash(g.i) % 3)::INT]]
            ELSE [] END,
       'bukti', 'transfer', now(), NULL, NULL
FROM gen g;
INSERT INTO fetches (run_id, source_id, kind, url, final_url, status, http_status, error,
                     elapsed_ms, fetched_at)
SELECT 'bench', 'outlet-' || (i % 40), 'page', 'https://x.example/' || i, NULL,
       CASE WHEN i % 17 = 0 THEN 'error' ELSE 'ok' END, 200, NULL, 120,
       now() - to_seconds((i % 1209600)::BIGINT)
FROM range({n}) t(i);
INSERT INTO article_signatures
SELECT a.article_id, a.story_id, a.published_at, 300, repeat('\\x00', 512)::BLOB,
       list_transform(range(64), lambda x: (hash(a.story_id, x) >> 1)::BIGINT)
FROM articles a;
INSERT INTO stories
SELECT story_id, min(published_at), max(published_at), count(*),
       list(DISTINCT source_id), min(article_id), now()
FROM articles GROUP BY story_id;
"""

QUERIES = {
    "alerts: count": "SELECT count(*) FROM alerts",
    "alerts: latest 50": "SELECT * FROM alerts ORDER BY published_at DESC LIMIT 50",
    "KP->RU stories per week since 2023": (
        "SELECT week, sum(stories) FROM actor_pairs WHERE supplier = 'KP' AND recipient = 'RU'"
        " AND week >= DATE '2023-01-01' GROUP BY week ORDER BY week"
    ),
    "KP->RU: which outlet reported first": (
        "SELECT outlets[1] AS first_outlet, count(*) AS stories FROM alerts"
        " WHERE supplier = 'KP' AND recipient = 'RU' GROUP BY 1 ORDER BY 2 DESC"
    ),
    "daily_counts: last 90 days": (
        "SELECT * FROM daily_counts WHERE day >= current_date - 90 ORDER BY day"
    ),
    "daily_counts: all": "SELECT count(*), sum(articles) FROM daily_counts",
    "source_health": "SELECT * FROM source_health ORDER BY error_rate_7d DESC",
}


def _timed(label: str, run: Callable[[], object], results: list[tuple[str, float]]) -> None:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    results.append((label, best))
    print(f"  {best * 1000:8.1f} ms  {label}", flush=True)


def generate(path: Path, count: int) -> None:
    """Fill a fresh warehouse at `path` with `count` synthetic articles."""
    con = connect(path)
    con.execute(_GENERATE.replace("{n}", str(int(count))))
    # Written in SQL, past the Python writers: index them as migration 0070 does.
    con.execute("BEGIN TRANSACTION")
    rebuild(con)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()


def main() -> int:
    """Generate, time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "scale.duckdb"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        generate(path, args.articles)
        size = path.stat().st_size / 1e6
        print(f"generated {args.articles} articles in {time.perf_counter() - started:.1f} s;"
              f" file {size:.0f} MB")  # fmt: skip
        results: list[tuple[str, float]] = []
        con = connect(path)
        for label, sql in QUERIES.items():
            _timed(label, lambda sql=sql: con.execute(sql).fetchall(), results)
        for words in ("korut amunisi", "nomor 99999"):
            query = SearchQuery(terms=tuple(words.split()), limit=50)
            _timed(f"search {words!r}", lambda q=query: search(con, q), results)
        rx = SearchQuery(regex=r"korut\s+mengirim", since=date(2025, 1, 1), limit=50)
        _timed("search --regex 'korut\\s+mengirim' --since 2025-01-01", lambda: search(con, rx),
               results)  # fmt: skip
        _timed("weekly chart counts since 2023", lambda: weekly_flow_counts(
            con, date(2023, 1, 1)), results)  # fmt: skip
        _time_update(con, results)
        con.close()
        slow = [label for label, seconds in results if seconds >= 1.0]
        print("all under 1 s" if not slow else f"over 1 s: {', '.join(slow)}")
    return 0


def _time_update(con: duckdb.DuckDBPyConnection, results: list[tuple[str, float]]) -> None:
    """One incremental clustering run: 500 new articles against every stored signature."""
    recent = con.execute(
        "SELECT text, published_at FROM articles ORDER BY published_at DESC LIMIT 500"
    ).fetchall()
    new = [
        Article(f"new{i}", f"https://new.example/{i}", "outlet-1", when, "trafilatura", f"n{i}",
                published_at=when, text=f"{text} tambahan {i}")
        for i, (text, when) in enumerate(recent)
    ]  # fmt: skip
    upsert_articles(con, new)
    started = time.perf_counter()
    placed = update_stories(con)
    seconds = time.perf_counter() - started
    results.append(("update_stories", seconds))
    print(f"  {seconds * 1000:8.1f} ms  update_stories: {placed} new articles placed")


if __name__ == "__main__":
    sys.exit(main())
