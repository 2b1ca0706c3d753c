"""Time publishing the readers' copy of a warehouse of 100,000 synthetic articles.

Builds the warehouse of bench/analyst_scale.py (or opens one given with --db), then
publishes the copy the way every ingest run does (warehouse.publish.publish_copy: a
checkpoint, a file copy under a temporary name, an atomic rename) and, for comparison,
DuckDB's `ATTACH ... COPY FROM DATABASE` into a fresh file. Prints times, sizes and the
share of a 15-minute cycle.

Run: uv run python bench/publish_copy.py [--articles N] [--db FILE] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
from analyst_scale import generate

from warehouse.db import connect, readers_copy
from warehouse.publish import publish_copy

CYCLE = 15 * 60.0


def _times(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """The first time (a cold target file) and the best of `repeat`."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times[0], min(times)


def main() -> int:
    """Build or open, publish, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing warehouse to copy (kept as is)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "pantau.duckdb"
        if args.db:
            db.write_bytes(args.db.read_bytes())
        else:
            generate(db, args.articles)
        con = connect(db)
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        articles = int(row[0]) if row else 0
        first, best = _times(args.repeat, lambda: publish_copy(con, db))
        size = readers_copy(db).stat().st_size
        print(f"warehouse: {articles} articles, {db.stat().st_size / 1e6:.0f} MB")
        print(
            f"publish_copy (checkpoint + file copy + rename): first {first:.2f} s, best"
            f" {best:.2f} s, copy {size / 1e6:.0f} MB, {first / CYCLE:.2%} of a 15-minute cycle"
        )
        target = Path(tmp) / "attached.duckdb"

        def copy_database() -> None:
            target.unlink(missing_ok=True)
            con.execute(f"ATTACH '{target}' AS copy_db")
            try:
                con.execute(f"COPY FROM DATABASE {_name(con)} TO copy_db")
            finally:
                con.execute("DETACH copy_db")

        first, best = _times(args.repeat, copy_database)
        print(
            f"ATTACH + COPY FROM DATABASE: first {first:.2f} s, best {best:.2f} s, file"
            f" {target.stat().st_size / 1e6:.0f} MB, {first / CYCLE:.2%} of a 15-minute cycle"
        )
        con.close()
    return 0


def _name(con: duckdb.DuckDBPyConnection) -> str:
    """The catalog name DuckDB gave the opened warehouse (its file stem)."""
    row = con.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


if __name__ == "__main__":
    raise SystemExit(main())
