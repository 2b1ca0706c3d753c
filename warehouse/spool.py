"""The spool beside the warehouse: a run that cannot open the file lands its writes here.

Each write a run would have made (its feeds with their new state and queued links, then
each batch of stored pages with the queue rows it settles) becomes one Parquet batch in the
load-batches format, published by a rename under `<db stem>.spool/ready/`. The next run that
opens the warehouse loads them first, in order, each in one transaction recorded in
`loaded_batches`, and removes them; a batch is never loaded twice.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pantau.fetch_policy import SourceState
from pantau.records import Article, FetchRecord, Verdict
from warehouse.batches import MANIFEST, BatchRefused, BatchWriter, load_batch
from warehouse.fetch_state import STATE_COLUMNS, PageOutcome, QueuedPage, record_feeds
from warehouse.store import store_batch

REASONS = "held.log"


def spool_dir(db: Path) -> Path:
    """The spool folder beside the database: data/pantau.duckdb -> data/pantau.spool."""
    return db.with_name(f"{db.stem}.spool")


def ready_batches(spool: Path) -> list[Path]:
    """Complete batches waiting in the spool, oldest first (batch ids sort by time)."""
    ready = spool / "ready"
    if not ready.is_dir():
        return []
    return sorted(p for p in ready.iterdir() if (p / MANIFEST).is_file())


class Spool:
    """Lands one run's writes as batches; ids sort by landing time, then by order in the run."""

    def __init__(self, db: Path, run_id: str) -> None:
        self.location = spool_dir(db)
        self.run_id = run_id
        self.landed = 0
        self._writer: BatchWriter | None = None

    def note(self, reason: str) -> None:
        """Say why this run spools, in the spool's log (kept until the spool is loaded)."""
        self.location.mkdir(parents=True, exist_ok=True)
        with (self.location / REASONS).open("a", encoding="utf-8") as log:
            log.write(f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} run {self.run_id}: {reason}\n")

    def land_feeds(
        self,
        *,
        fetches: Sequence[FetchRecord],
        states: Sequence[SourceState],
        new_pages: Sequence[QueuedPage],
        now: datetime,
    ) -> Path:
        """The feed fetches, each feed's new state and its newly queued links, as one batch."""

        def fill(con: duckdb.DuckDBPyConnection) -> None:
            record_feeds(
                con,
                run_id=self.run_id,
                fetches=fetches,
                states=states,
                new_pages=new_pages,
                now=now,
            )

        return self._land(fill, watchlist_version="")

    def land_pages(
        self,
        *,
        fetches: Sequence[FetchRecord],
        articles: Sequence[Article],
        verdicts: Sequence[tuple[str, Verdict]],
        watchlist_version: str,
        outcomes: Sequence[PageOutcome],
        max_attempts: int,
        retry_delay: float,
        now: datetime,
    ) -> Path:
        """A batch of stored pages and how each settles its queue row, as one batch."""

        def fill(con: duckdb.DuckDBPyConnection) -> None:
            store_batch(
                con,
                run_id=self.run_id,
                fetches=fetches,
                articles=articles,
                verdicts=verdicts,
                watchlist_version=watchlist_version,
                index=False,  # indexed when the spool is loaded
            )
            rows = [
                (o.article_id, o.retry, o.reason, max_attempts, retry_delay, now) for o in outcomes
            ]
            if rows:
                con.executemany("INSERT INTO settled VALUES (?, ?, ?, ?, ?, ?)", rows)

        return self._land(fill, watchlist_version=watchlist_version)

    def close(self) -> None:
        """Release the in-memory database the batches are shaped in."""
        if self._writer is not None:
            self._writer.__exit__(None, None, None)
            self._writer = None

    def _land(
        self, fill: Callable[[duckdb.DuckDBPyConnection], None], *, watchlist_version: str
    ) -> Path:
        if self._writer is None:
            self._writer = BatchWriter(self.location)
        self.landed += 1
        batch_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{self.run_id}-{self.landed:04d}"
        return self._writer.land(
            batch_id, run_id=self.run_id, watchlist_version=watchlist_version, fill=fill
        )


@dataclass(frozen=True, slots=True)
class Spooled:
    """What the spool already holds: feeds' latest state, and every article id it names."""

    states: dict[str, SourceState]
    article_ids: frozenset[str]


def spooled(db: Path) -> Spooled:
    """Read the spool's waiting batches, so a spooling run neither refetches nor regresses."""
    ids: set[str] = set()
    states: dict[str, SourceState] = {}
    names = ", ".join(n for n, _ in STATE_COLUMNS[:-1])
    with duckdb.connect(":memory:") as con:
        con.execute("SET TimeZone = 'UTC'")
        for batch in ready_batches(spool_dir(db)):
            try:
                for table in ("articles", "page_queue"):
                    if (batch / f"{table}.parquet").is_file():
                        rows = con.execute(
                            "SELECT article_id FROM read_parquet(?)",
                            [str(batch / f"{table}.parquet")],
                        ).fetchall()
                        ids.update(str(r[0]) for r in rows)
                if (batch / "source_state.parquet").is_file():
                    rows = con.execute(
                        f"SELECT {names} FROM read_parquet(?)",
                        [str(batch / "source_state.parquet")],
                    ).fetchall()
                    # Batches come oldest first: a later batch's state replaces an earlier one.
                    states.update({row[0]: SourceState(*row) for row in rows})
            except duckdb.IOException:
                continue  # loaded and removed by a run that holds the warehouse meanwhile
    return Spooled(states, frozenset(ids))


def newer_states(
    stored: dict[str, SourceState], landed: dict[str, SourceState]
) -> dict[str, SourceState]:
    """Each feed's state from the spool where it was attempted after the stored state."""
    merged = dict(stored)
    for source_id, state in landed.items():
        old = merged.get(source_id)
        if old is None or _attempted(state) >= _attempted(old):
            merged[source_id] = state
    return merged


def _attempted(state: SourceState) -> datetime:
    return state.last_attempt_at or datetime.min.replace(tzinfo=UTC)


def _clear_stale(tmp: Path, age: float = 3600.0) -> None:
    """Remove halves of landings a kill cut short; a running landing is younger than `age`."""
    if not tmp.is_dir():
        return
    for part in tmp.iterdir():
        if time.time() - part.stat().st_mtime > age:
            shutil.rmtree(part, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class SpoolLoad:
    """One pass over the spool: batches loaded, found loaded already, and set aside."""

    loaded: int
    articles: int
    refused: tuple[str, ...]


def load_spool(con: duckdb.DuckDBPyConnection, db: Path) -> SpoolLoad:
    """Load every waiting batch in order, each in its own transaction, then remove it."""
    spool = spool_dir(db)
    loaded = articles = 0
    refused: list[str] = []
    for batch in ready_batches(spool):
        try:
            manifest = load_batch(con, str(batch))
        except (BatchRefused, duckdb.Error) as exc:
            # Kept for a person to look at; later batches still load.
            aside = spool / "refused" / batch.name
            aside.parent.mkdir(parents=True, exist_ok=True)
            batch.rename(aside)
            refused.append(f"{batch.name}: {str(exc).strip().splitlines()[0]}")
            continue
        if manifest is not None:
            loaded += 1
            articles += manifest.articles
        shutil.rmtree(batch)  # listed in loaded_batches: removing it can no longer lose it
    if spool.is_dir() and not ready_batches(spool):
        (spool / REASONS).unlink(missing_ok=True)
        _clear_stale(spool / "tmp")
    return SpoolLoad(loaded, articles, tuple(refused))
