"""Where one ingest run writes: the warehouse while it can open it, else the spool beside it.

A reader that holds the DuckDB file (a notebook, DBeaver, the duckdb CLI) keeps every
writer out. Once a write cannot get the file within the wait, the run lands that write and
every later one in the spool (warehouse/spool.py) and still exits 0; the next run that
opens the warehouse loads the spool first. Once spooling, a run never writes directly
again, so the spool's batches and the warehouse's rows never interleave out of order.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from pantau.clusters import Signature
from pantau.errors import WarehouseError
from pantau.fetch_policy import SourceState
from pantau.records import Article, FetchRecord, Source, Verdict
from warehouse.db import WarehouseBusy, connect, readers_copy, session
from warehouse.fetch_state import (
    PageOutcome,
    QueuedPage,
    due_pages,
    known_ids,
    load_states,
    note_skipped,
    record_feeds,
    store_pages,
)
from warehouse.gnews_links import decoded_links, record_links
from warehouse.publish import publish_copy
from warehouse.spool import Spool, SpoolLoad, load_spool, newer_states, spooled
from warehouse.store import upsert_sources

Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]
READ_WAIT = 1.0  # a spooling run's reads: a read-only open succeeds beside other readers


class Landing:
    """One run's writes, to the warehouse or (once it is held) to the spool."""

    def __init__(
        self, db: Path, run_id: str, *, wait: float, publish: bool, logger: Logger
    ) -> None:
        self.db = db
        self.wait = wait
        self.publish = publish
        self.logger = logger
        self.spool = Spool(db, run_id)
        self.held: str | None = None  # why this run spools, once it does
        self.loaded = SpoolLoad(0, 0, ())
        self.stored = 0
        self.published: Path | None = None

    def start(self, sources: Sequence[Source]) -> dict[str, SourceState]:
        """Load what earlier runs spooled, register the sources, return every feed's state."""
        with self._writer() as con:
            if con is None:
                return self._spool_states()
            self.loaded = load_spool(con, self.db)
            upsert_sources(con, sources)
            states = load_states(con)
        for refused in self.loaded.refused:
            self.logger.warning("spooled batch set aside in %s: %s", self.spool.location, refused)
        self.stored += self.loaded.articles
        return states

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored, queued, or waiting in the spool."""
        wanted = list(ids)
        with self._writer() as con:
            if con is not None:
                return known_ids(con, wanted)
        found = {i for i in wanted if i in spooled(self.db).article_ids}
        with self._reader() as con:
            if con is not None:
                found |= known_ids(con, wanted)
        return found

    def decoded(self, google_urls: list[str]) -> frozenset[str]:
        """Which Google News links were decoded before (none known while the file is held)."""
        with self._writer() as con:
            if con is not None:
                return decoded_links(con, google_urls)
        with self._reader() as con:
            return decoded_links(con, google_urls) if con is not None else frozenset()

    def record_feeds(
        self,
        *,
        run_id: str,
        fetches: Sequence[FetchRecord],
        states: Sequence[SourceState],
        new_pages: Sequence[QueuedPage],
        links: Sequence[tuple[str, str, str]] = (),
        now: datetime,
    ) -> list[QueuedPage]:
        """Record the feeds and queue their new links; return the pages to fetch now.

        `links` (Google link, publisher URL, source id) only spare later runs a decoding
        request, so a spooling run does not carry them.
        """
        with self._writer() as con:
            if con is not None:
                record_feeds(
                    con,
                    run_id=run_id,
                    fetches=fetches,
                    states=states,
                    new_pages=new_pages,
                    now=now,
                )
                record_links(con, links, now)
                return due_pages(con, now)
        self.spool.land_feeds(fetches=fetches, states=states, new_pages=new_pages, now=now)
        # Pages queued in the warehouse wait for a run that can settle them there.
        return list(new_pages)

    def store_pages(
        self,
        *,
        run_id: str,
        fetches: Sequence[FetchRecord],
        articles: Sequence[Article],
        verdicts: Sequence[tuple[str, Verdict]],
        watchlist_version: str,
        outcomes: Sequence[PageOutcome],
        max_attempts: int,
        retry_delay: float,
        now: datetime,
    ) -> None:
        """Store a batch of pages and settle their queue rows, in one transaction or batch."""
        self.stored += len(articles)
        with self._writer() as con:
            if con is not None:
                store_pages(
                    con,
                    run_id=run_id,
                    fetches=fetches,
                    articles=articles,
                    verdicts=verdicts,
                    watchlist_version=watchlist_version,
                    outcomes=outcomes,
                    max_attempts=max_attempts,
                    retry_delay=retry_delay,
                    now=now,
                )
                return
        self.spool.land_pages(
            fetches=fetches,
            articles=articles,
            verdicts=verdicts,
            watchlist_version=watchlist_version,
            outcomes=outcomes,
            max_attempts=max_attempts,
            retry_delay=retry_delay,
            now=now,
        )

    def finish(
        self, signed: Mapping[str, Signature], left: Sequence[str], reason: str, now: datetime
    ) -> None:
        """Cluster, note the pages left, publish the readers' copy; all skipped when spooling."""
        self.spool.close()
        if self.held is not None:
            return
        # Imported here: a run with no new pages never needs numpy.
        from warehouse.stories import update_stories

        try:
            with session(self.db, wait_seconds=self.wait) as con:
                update_stories(con, signed=signed)
                note_skipped(con, left, reason, now)
                if self.publish and (self.stored or not readers_copy(self.db).exists()):
                    started = time.perf_counter()
                    self.published = publish_copy(con, self.db)
                    self.logger.info(
                        "published the readers' copy %s in %.2f s",
                        self.published,
                        time.perf_counter() - started,
                    )
        except WarehouseBusy as busy:
            # Stored already; the next run clusters what this one could not.
            self.logger.warning("%s; stories are clustered by the next run", busy)

    def _hold(self, busy: WarehouseBusy) -> None:
        self.held = (
            f"{busy.path} was held by {busy.holder} for {busy.waited:g} s;"
            f" this run landed in {self.spool.location}, loaded by the next run"
        )
        self.spool.note(self.held)
        self.logger.warning(self.held)

    def _spool_states(self) -> dict[str, SourceState]:
        stored: dict[str, SourceState] = {}
        with self._reader() as con:
            if con is not None:
                stored = load_states(con)
        return newer_states(stored, spooled(self.db).states)

    @contextmanager
    def _writer(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """The warehouse for one write while this run may use it; None once it spools.

        The first write that cannot get the file within the wait turns the run to the spool
        for good, so the spool's batches and the warehouse's rows never interleave.
        """
        con = None
        if self.held is None:
            try:
                con = connect(self.db, wait_seconds=self.wait)
            except WarehouseBusy as busy:
                self._hold(busy)
        if con is None:
            yield None
            return
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _reader(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only session if one opens quickly (a read-only holder allows it), else None."""
        try:
            con = connect(self.db, read_only=True, wait_seconds=READ_WAIT)
        except WarehouseError:
            yield None
            return
        try:
            yield con
        finally:
            con.close()
