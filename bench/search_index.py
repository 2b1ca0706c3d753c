"""What the search index costs: its build, its size, and each batch of new articles written.

On a copy of the analyst benchmark's warehouse (bench/analyst_scale.py; --keep reuses one):
times migration 0070's fill of every stored article (the tokeniser in Python, the postings
written sorted), weighs the file before and after, then writes batches of new articles the
way an ingest run stores a batch of pages (warehouse.store.store_batch, one transaction,
PAGE_BATCH articles), alternately with and without the index, and forces one resort.

Run: uv run python bench/search_index.py [--articles N] [--keep FILE] [--batches 6]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyst_scale import generate

from flows.stages import PAGE_BATCH
from pantau.records import Article
from warehouse.db import connect
from warehouse.search_index import resort
from warehouse.store import store_batch

_FIELDS = {f.name for f in fields(Article)}


def _before_index(path: Path) -> None:
    """Turn a warehouse back into one from before migration 0070, as users upgrade it."""
    con = duckdb.connect(str(path))
    for name in ("search_postings", "search_docs", "search_terms", "search_state"):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    for name in ("search_doc_seq", "search_term_seq"):
        con.execute(f"DROP SEQUENCE IF EXISTS {name}")
    con.execute("DELETE FROM schema_migrations WHERE number >= 70")
    con.execute("CHECKPOINT")
    con.close()


def _copy(source: Path, into: Path) -> Path:
    target = into / "w.duckdb"
    shutil.copyfile(source, target)
    return target


def _batches(con: duckdb.DuckDBPyConnection, count: int) -> list[list[Article]]:
    """`count` batches of new articles, their texts taken from stored ones."""
    rows = con.execute(
        f"SELECT title, text FROM articles USING SAMPLE {int(count * PAGE_BATCH)} ROWS"
    ).fetchall()
    now = datetime.now(UTC)
    articles = [
        Article(f"bench-{n}", f"https://bench.example/{n}", "outlet-1", now, "trafilatura",
                f"h{n}", title=f"{title} baru", published_at=now - timedelta(minutes=n),
                text=f"{text} tambahan {n}")
        for n, (title, text) in enumerate(rows)
    ]  # fmt: skip
    return [articles[i : i + PAGE_BATCH] for i in range(0, len(articles), PAGE_BATCH)]


def main() -> int:
    """Build (or reuse) the warehouse, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the 100k warehouse here once, reuse it")
    parser.add_argument("--batches", type=int, default=6, help="timed batches each way")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.keep or Path(tmp) / "source.duckdb"
        if not source.exists():
            generate(source, args.articles)
        work = _copy(source, Path(tmp))
        _before_index(work)
        before = work.stat().st_size
        started = time.perf_counter()
        con = connect(work)  # migration 0070 indexes every stored article
        fill = time.perf_counter() - started
        con.execute("CHECKPOINT")
        after = work.stat().st_size
        ((docs, postings, terms),) = con.execute(
            "SELECT (SELECT count(*) FROM search_docs), (SELECT count(*) FROM search_postings),"
            " (SELECT count(*) FROM search_terms)"
        ).fetchall()
        print(f"migration 0070 indexed {docs} articles in {fill:.1f} s: {postings:,} postings,"
              f" {terms:,} words; file {before / 1e6:.0f} MB -> {after / 1e6:.0f} MB"
              f" (+{(after - before) / 1e6:.0f} MB); peak RSS"
              f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip
        timed: dict[bool, list[float]] = {True: [], False: []}
        for n, batch in enumerate(_batches(con, 2 * args.batches)):
            index = n % 2 == 0
            started = time.perf_counter()
            store_batch(con, run_id="bench", fetches=[], articles=batch, verdicts=[],
                        watchlist_version="bench", index=index)  # fmt: skip
            timed[index].append((time.perf_counter() - started) / len(batch) * 1000)
            if not index:  # gone again, else the next indexed write would catch them up
                con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest($ids))",
                            {"ids": [a.article_id for a in batch]})  # fmt: skip
        for index, label in ((False, "without the index"), (True, "with the index")):
            print(f"store_batch of {PAGE_BATCH} new articles {label}: median"
                  f" {statistics.median(timed[index]):.2f} ms per article"
                  f" (min {min(timed[index]):.2f}, max {max(timed[index]):.2f})")  # fmt: skip
        stored = con.execute(
            f"SELECT * FROM articles USING SAMPLE {int(PAGE_BATCH)} ROWS"
        ).fetchall()
        names = [d[0] for d in con.description or []]
        again = [
            Article(**{k: v for k, v in zip(names, row, strict=True) if k in _FIELDS})
            for row in stored
        ]
        again = [replace(a, text=f"{a.text} diperbarui") for a in again]
        started = time.perf_counter()
        store_batch(con, run_id="bench", fetches=[], articles=again, verdicts=[],
                    watchlist_version="bench")  # fmt: skip
        print(f"store_batch of {PAGE_BATCH} stored articles re-extracted, with the index:"
              f" {(time.perf_counter() - started) / len(again) * 1000:.2f} ms per article"
              " (their old postings are found by a scan)")  # fmt: skip
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        resort(con)
        con.execute("COMMIT")
        print(f"resort of {postings:,} postings: {time.perf_counter() - started:.1f} s"
              " (due once appended postings reach a fifth of the table)")  # fmt: skip
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
