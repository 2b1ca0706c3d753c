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
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from pantau.records import Article, FetchRecord, Verdict
from warehouse.db import migrate, session
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
        final = self.location / "ready" / batch_id
        tmp = self.location / "tmp" / f"{batch_id}.{uuid.uuid4().hex[:8]}"
        tmp.mkdir(parents=True)
        con = self._con
        # store_batch shapes and casts the rows exactly as the warehouse stores them.
        store_batch(
            con,
            run_id=run_id,
            fetches=fetches,
            articles=articles,
            verdicts=verdicts,
            watchlist_version=watchlist_version,
        )
        try:
            for table, columns in TABLES.items():
                names = ", ".join(name for name, _ in columns)
                target = str(tmp / f"{table}.parquet").replace("'", "''")
                con.execute(f"COPY (SELECT {names} FROM {table}) TO '{target}' (FORMAT parquet)")
            (articles_n,) = _one(con, "SELECT count(*) FROM articles")
            (fetches_n,) = _one(con, "SELECT count(*) FROM fetches")
        finally:
            for table in TABLES:
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
    casts = ", ".join(f"CAST({n} AS {t}) AS {n}" for n, t in TABLES[table])
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
