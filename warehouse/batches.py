"""Batches as Parquet files in a shared location, merged into the warehouse by one writer.

Workers write each finished batch under `<location>/ready/<batch_id>/` (one Parquet file per
table and a `batch.json` manifest, written last); nothing else of a batch is ever visible
there. The loader may read any location DuckDB's `glob` and `read_parquet` accept: a local
or mounted (NFS, SMB) directory now, an `s3://` URL once the httpfs extension is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from pantau.records import Article, FetchRecord, Verdict
from warehouse.db import migrate, session
from warehouse.fetch_state import QUEUE_COLUMNS, STATE_COLUMNS
from warehouse.search_index import index_articles
from warehouse.store import (
    _ARTICLE_COLUMNS,
    _FETCH_COLUMNS,
    _MENTION_COLUMNS,
    _TRANSFER_COLUMNS,
    _VERDICT_COLUMNS,
    store_batch,
)

MANIFEST = "batch.json"
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": _ARTICLE_COLUMNS,
    "verdicts": _VERDICT_COLUMNS,
    "mentions": _MENTION_COLUMNS,
    "transfers": _TRANSFER_COLUMNS,
    "fetches": _FETCH_COLUMNS,
}
SETTLED_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("retry", "BOOLEAN"),
    ("reason", "VARCHAR"),
    ("max_attempts", "INTEGER"),
    ("retry_delay", "DOUBLE"),
    ("settled_at", "TIMESTAMPTZ"),
)
# Written only by a run that spooled (warehouse/spool.py), so its feed state and page queue
# land with its articles; a batch without them loads as before.
QUEUE_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "source_state": STATE_COLUMNS,
    "page_queue": QUEUE_COLUMNS,
    "settled": SETTLED_COLUMNS,
}


@dataclass(frozen=True, slots=True)
class BatchManifest:
    """What a batch holds and who wrote it; its presence marks the batch complete."""

    batch_id: str
    run_id: str
    watchlist_version: str
    articles: int
    fetches: int
    written_by: str
    written_at: datetime


@dataclass(frozen=True, slots=True)
class LoadReport:
    """One loader pass: batches merged, found already loaded, and refused with a reason."""

    loaded: tuple[BatchManifest, ...]
    already: int
    refused: tuple[tuple[str, str], ...]

    @property
    def articles(self) -> int:
        """Article rows merged (an article in two batches counts twice)."""
        return sum(m.articles for m in self.loaded)


class BatchWriter:
    """Writes batches as Parquet through one migrated in-memory DuckDB, never the warehouse."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self._con = duckdb.connect(":memory:")
        self._con.execute("SET TimeZone = 'UTC'")
        migrate(self._con)
        columns = ", ".join(f"{n} {t}" for n, t in SETTLED_COLUMNS)
        self._con.execute(f"CREATE TEMP TABLE settled ({columns})")

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The in-memory database a `fill` writes a batch's rows into."""
        return self._con

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._con.close()

    def write(
        self,
        batch_id: str,
        *,
        run_id: str,
        fetches: Sequence[FetchRecord],
        articles: Sequence[Article],
        verdicts: Sequence[tuple[str, Verdict]],
        watchlist_version: str,
    ) -> Path:
        """Write one batch and publish it with a rename; a batch already ready is kept."""

        def fill(con: duckdb.DuckDBPyConnection) -> None:
            # store_batch shapes and casts the rows exactly as the warehouse stores them; the
            # warehouse indexes them when it loads the batch.
            store_batch(
                con,
                run_id=run_id,
                fetches=fetches,
                articles=articles,
                verdicts=verdicts,
                watchlist_version=watchlist_version,
                index=False,
            )

        return self.land(batch_id, run_id=run_id, watchlist_version=watchlist_version, fill=fill)

    def land(
        self,
        batch_id: str,
        *,
        run_id: str,
        watchlist_version: str,
        fill: Callable[[duckdb.DuckDBPyConnection], None],
    ) -> Path:
        """Write what `fill` puts in the in-memory tables as one batch, published by a rename."""
        final = self.location / "ready" / batch_id
        tmp = self.location / "tmp" / f"{batch_id}.{uuid.uuid4().hex[:8]}"
        tmp.mkdir(parents=True)
        con = self._con
        try:
            fill(con)
            for table, columns in TABLES.items():
                _export(con, table, columns, tmp)
            for table, columns in QUEUE_TABLES.items():
                if _one(con, f"SELECT count(*) FROM {table}")[0]:
                    _export(con, table, columns, tmp)
            (articles_n,) = _one(con, "SELECT count(*) FROM articles")
            (fetches_n,) = _one(con, "SELECT count(*) FROM fetches")
        finally:
            for table in (*TABLES, *QUEUE_TABLES):
                con.execute(f"DELETE FROM {table}")
        manifest = BatchManifest(
            batch_id=batch_id,
            run_id=run_id,
            watchlist_version=watchlist_version,
            articles=int(articles_n),
            fetches=int(fetches_n),
            written_by=f"{socket.gethostname()}:{os.getpid()}",
            written_at=datetime.now(UTC),
        )
        (tmp / MANIFEST).write_text(_manifest_json(manifest), encoding="utf-8")
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp.rename(final)
        except OSError:
            if not (final / MANIFEST).is_file():
                raise
            shutil.rmtree(tmp)  # a retried shard wrote the same batch: the first copy stands
        return final


def _export(
    con: duckdb.DuckDBPyConnection, table: str, columns: tuple[tuple[str, str], ...], into: Path
) -> None:
    names = ", ".join(name for name, _ in columns)
    target = str(into / f"{table}.parquet").replace("'", "''")
    con.execute(f"COPY (SELECT {names} FROM {table}) TO '{target}' (FORMAT parquet)")


def pending_batches(con: duckdb.DuckDBPyConnection, location: str) -> tuple[list[str], int]:
    """Ready batches under `location` the ledger does not list (by id), and how many it does."""
    pattern = f"{location.rstrip('/')}/ready/*/{MANIFEST}"
    files = [str(row[0]) for row in con.execute("SELECT file FROM glob(?)", [pattern]).fetchall()]
    done = {row[0] for row in con.execute("SELECT batch_id FROM loaded_batches").fetchall()}
    batches = [f.rsplit("/", 1)[0] for f in files]
    pending = sorted((b for b in batches if _batch_id(b) not in done), key=_batch_id)
    return pending, len(batches) - len(pending)


def load_batch(con: duckdb.DuckDBPyConnection, batch: str) -> BatchManifest | None:
    """Merge one batch in one transaction; None when the ledger already lists it.

    Articles and verdicts are upserted, each judged article's mentions and transfers replaced,
    fetches appended, and the batch recorded in `loaded_batches`; loading it again changes
    nothing.
    """
    manifest = read_manifest(con, batch)
    if manifest.batch_id != _batch_id(batch):
        raise BatchRefused(f"manifest names batch {manifest.batch_id}")
    con.execute("BEGIN TRANSACTION")
    try:
        if _one(con, "SELECT count(*) FROM loaded_batches WHERE batch_id = ?", [manifest.batch_id])[
            0
        ]:
            con.execute("ROLLBACK")
            return None
        # A batch written before migration 0020 has no transfers file: its verdicts load alone.
        has_transfers = _exists(con, f"{batch}/transfers.parquet")
        tables = [t for t in TABLES if t != "transfers" or has_transfers]
        counts = {table: _count(con, f"{batch}/{table}.parquet") for table in tables}
        if (counts["articles"], counts["fetches"]) != (manifest.articles, manifest.fetches):
            raise BatchRefused(f"holds {counts} rows, its manifest says otherwise")
        _upsert(con, "articles", f"{batch}/articles.parquet", key="article_id")
        loaded = con.execute(
            "SELECT article_id FROM read_parquet(?)", [f"{batch}/articles.parquet"]
        ).fetchall()
        index_articles(con, (str(row[0]) for row in loaded))
        _upsert(con, "verdicts", f"{batch}/verdicts.parquet", key="article_id")
        con.execute(
            "DELETE FROM mentions WHERE article_id IN (SELECT article_id FROM read_parquet(?))",
            [f"{batch}/verdicts.parquet"],
        )
        _insert(con, "mentions", f"{batch}/mentions.parquet")
        con.execute(
            "DELETE FROM transfers WHERE article_id IN (SELECT article_id FROM read_parquet(?))",
            [f"{batch}/verdicts.parquet"],
        )
        if has_transfers:
            _insert(con, "transfers", f"{batch}/transfers.parquet")
        _insert(con, "fetches", f"{batch}/fetches.parquet")
        _load_queue_tables(con, batch)
        con.execute(
            "INSERT INTO loaded_batches VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                manifest.batch_id,
                manifest.run_id,
                manifest.articles,
                manifest.fetches,
                manifest.written_by,
                manifest.written_at,
                datetime.now(UTC),
            ],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return manifest


def load_all(db: Path, location: str) -> LoadReport:
    """Merge every pending batch, each in its own short session so readers get turns."""
    with session(db) as con:
        pending, already = pending_batches(con, location)
    loaded: list[BatchManifest] = []
    refused: list[tuple[str, str]] = []
    skipped = 0  # loaded by another loader since the listing
    for batch in pending:
        with session(db) as con:
            try:
                manifest = load_batch(con, batch)
            except (BatchRefused, duckdb.Error) as exc:
                refused.append((_batch_id(batch), _first_line(exc)))
                continue
        if manifest is None:
            skipped += 1
        else:
            loaded.append(manifest)
    return LoadReport(tuple(loaded), already + skipped, tuple(refused))


def _load_queue_tables(con: duckdb.DuckDBPyConnection, batch: str) -> None:
    """Apply a spooled run's feed state and page-queue changes, as the run would have."""
    files = {
        str(row[0]).rsplit("/", 1)[1].removesuffix(".parquet")
        for row in con.execute("SELECT file FROM glob(?)", [f"{batch}/*.parquet"]).fetchall()
    }
    if "source_state" in files:
        names = [n for n, _ in STATE_COLUMNS]
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "source_id")
        # A newer state (a run that wrote directly meanwhile) is never set back.
        con.execute(
            f"INSERT INTO source_state ({', '.join(names)}) {_select('source_state')}"
            f" ON CONFLICT (source_id) DO UPDATE SET {updates}"
            " WHERE excluded.updated_at >= source_state.updated_at",
            [f"{batch}/source_state.parquet"],
        )
    if "page_queue" in files:
        queue_names = ", ".join(n for n, _ in QUEUE_COLUMNS)
        con.execute(
            f"INSERT INTO page_queue ({queue_names}) SELECT * FROM ({_select('page_queue')})"
            " WHERE article_id NOT IN (SELECT article_id FROM articles) ON CONFLICT DO NOTHING",
            [f"{batch}/page_queue.parquet"],
        )
    if "settled" in files:
        settled = f"{batch}/settled.parquet"
        con.execute(
            "DELETE FROM page_queue WHERE article_id IN"
            " (SELECT article_id FROM read_parquet(?) WHERE NOT retry)",
            [settled],
        )
        # The same arithmetic as warehouse.fetch_state.store_pages, with the run's settings.
        con.execute(
            "UPDATE page_queue q SET attempts = q.attempts + 1, last_reason = r.reason,"
            " state = CASE WHEN q.attempts + 1 >= r.max_attempts THEN 'gave_up' ELSE 'retry' END,"
            " next_attempt_at = r.settled_at + to_seconds(r.retry_delay * pow(2, q.attempts)),"
            " updated_at = r.settled_at FROM read_parquet(?) r"
            " WHERE q.article_id = r.article_id AND r.retry",
            [settled],
        )


def read_manifest(con: duckdb.DuckDBPyConnection, batch: str) -> BatchManifest:
    """The manifest of the batch at `batch` (a directory path or URL)."""
    try:
        (text,) = _one(con, "SELECT content FROM read_text(?)", [f"{batch}/{MANIFEST}"])
        raw = json.loads(str(text))
        raw["written_at"] = datetime.fromisoformat(raw["written_at"])
        return BatchManifest(**raw)
    except (duckdb.Error, ValueError, TypeError, KeyError) as exc:
        raise BatchRefused(f"unreadable manifest: {_first_line(exc)}") from exc


class BatchRefused(Exception):
    """A batch that cannot be merged as it stands; it stays unloaded and is reported."""


def _manifest_json(manifest: BatchManifest) -> str:
    raw = asdict(manifest)
    raw["written_at"] = manifest.written_at.isoformat()
    return json.dumps(raw, indent=1)


def _upsert(con: duckdb.DuckDBPyConnection, table: str, parquet: str, *, key: str) -> None:
    names = [name for name, _ in TABLES[table]]
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != key)
    con.execute(
        f"INSERT INTO {table} ({', '.join(names)}) {_select(table)} "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates}",
        [parquet],
    )


def _insert(con: duckdb.DuckDBPyConnection, table: str, parquet: str) -> None:
    names = ", ".join(name for name, _ in TABLES[table])
    con.execute(f"INSERT INTO {table} ({names}) {_select(table)}", [parquet])


def _select(table: str) -> str:
    columns = TABLES.get(table) or QUEUE_TABLES[table]
    casts = ", ".join(f"CAST({n} AS {t}) AS {n}" for n, t in columns)
    return f"SELECT {casts} FROM read_parquet(?)"


def _exists(con: duckdb.DuckDBPyConnection, path: str) -> bool:
    return bool(_one(con, "SELECT count(*) FROM glob(?)", [path])[0])


def _count(con: duckdb.DuckDBPyConnection, parquet: str) -> int:
    return int(_one(con, "SELECT count(*) FROM read_parquet(?)", [parquet])[0])


def _one(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
) -> tuple[Any, ...]:
    row = con.execute(sql, params or []).fetchone()
    assert row is not None
    return tuple(row)


def _batch_id(batch: str) -> str:
    return batch.rstrip("/").rsplit("/", 1)[1]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
