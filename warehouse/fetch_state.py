"""Feed state and the page queue in DuckDB, written so a killed run loses and doubles nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb

from pantau.fetch_policy import SourceState
from pantau.freshness import SILENT_PREFIX, describe_age
from pantau.records import Article, FeedEntry, FetchRecord, Verdict
from warehouse.store import (
    ID_COLUMN,
    append_fetches,
    registered,
    transaction,
    upsert_articles,
    upsert_rows,
    write_verdicts,
)

STATE_COLUMNS = (
    ("source_id", "VARCHAR"),
    ("etag", "VARCHAR"),
    ("last_modified", "VARCHAR"),
    ("body_hash", "VARCHAR"),
    ("validators_trusted", "BOOLEAN"),
    ("consecutive_failures", "INTEGER"),
    ("next_attempt_at", "TIMESTAMPTZ"),
    ("last_attempt_at", "TIMESTAMPTZ"),
    ("last_success_at", "TIMESTAMPTZ"),
    ("last_error", "VARCHAR"),
    ("last_items", "INTEGER"),
    ("newest_item_at", "TIMESTAMPTZ"),
    ("challenged", "BOOLEAN"),
    ("updated_at", "TIMESTAMPTZ"),
)
QUEUE_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("source_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("summary", "VARCHAR"),
    ("published_at", "TIMESTAMPTZ"),
    ("author", "VARCHAR"),
    ("state", "VARCHAR"),
    ("attempts", "INTEGER"),
    ("last_reason", "VARCHAR"),
    ("next_attempt_at", "TIMESTAMPTZ"),
    ("first_seen_at", "TIMESTAMPTZ"),
    ("updated_at", "TIMESTAMPTZ"),
)


@dataclass(frozen=True, slots=True)
class QueuedPage:
    """An article link waiting to be fetched, and how often that was tried already."""

    article_id: str
    entry: FeedEntry
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """How one page attempt ended, for the queue: stored for good, or to try again."""

    article_id: str
    retry: bool
    reason: str | None = None


def load_states(con: duckdb.DuckDBPyConnection) -> dict[str, SourceState]:
    """Every feed's stored state."""
    names = ", ".join(name for name, _ in STATE_COLUMNS[:-1])
    rows = con.execute(f"SELECT {names} FROM source_state").fetchall()
    return {row[0]: SourceState(*row) for row in rows}


def record_feeds(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    fetches: Sequence[FetchRecord],
    states: Sequence[SourceState],
    new_pages: Sequence[QueuedPage],
    now: datetime,
) -> None:
    """In one transaction: the feed fetches, each feed's new state, its new links queued."""
    state_rows = [
        (
            s.source_id,
            s.etag,
            s.last_modified,
            s.body_hash,
            s.validators_trusted,
            s.consecutive_failures,
            s.next_attempt_at,
            s.last_attempt_at,
            s.last_success_at,
            s.last_error,
            s.last_items,
            s.newest_item_at,
            s.challenged,
            now,
        )
        for s in states
    ]
    queue_rows = [
        (
            p.article_id,
            p.entry.source_id,
            p.entry.url,
            p.entry.title,
            p.entry.summary,
            p.entry.published_at,
            p.entry.author,
            "pending",
            0,
            None,
            None,
            now,
            now,
        )
        for p in new_pages
    ]
    with transaction(con):
        append_fetches(con, fetches, run_id)
        upsert_rows(con, "source_state", STATE_COLUMNS, state_rows, key="source_id")
        upsert_rows(con, "page_queue", QUEUE_COLUMNS, queue_rows, key=None)


def known_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are stored as articles or already queued."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    with registered(con, "wanted_ids", ID_COLUMN, [(i,) for i in wanted]):
        rows = con.execute(
            "SELECT article_id FROM wanted_ids"
            " WHERE article_id IN (SELECT article_id FROM articles)"
            " OR article_id IN (SELECT article_id FROM page_queue)"
        ).fetchall()
    return {row[0] for row in rows}


def due_pages(con: duckdb.DuckDBPyConnection, now: datetime) -> list[QueuedPage]:
    """Queued pages to fetch now: never tried, or failed and due again; oldest first."""
    rows = con.execute(
        "SELECT article_id, source_id, url, title, summary, published_at, author, attempts"
        " FROM page_queue WHERE state = 'pending'"
        " OR (state = 'retry' AND coalesce(next_attempt_at <= ?, true))"
        " ORDER BY first_seen_at, article_id",
        [now],
    ).fetchall()
    return [
        QueuedPage(row[0], FeedEntry(row[1], row[2], row[3], row[4], row[5], row[6]), row[7])
        for row in rows
    ]


def store_pages(
    con: duckdb.DuckDBPyConnection,
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
    """In one transaction: fetches, articles, verdicts, and the queue rows they settle."""
    done = [(o.article_id,) for o in outcomes if not o.retry]
    retry = [(o.article_id, o.reason) for o in outcomes if o.retry]
    with transaction(con):
        append_fetches(con, fetches, run_id)
        upsert_articles(con, articles)
        write_verdicts(con, verdicts, watchlist_version)
        if done:
            with registered(con, "done_ids", ID_COLUMN, done):
                con.execute(
                    "DELETE FROM page_queue WHERE article_id IN (SELECT article_id FROM done_ids)"
                )
        if retry:
            columns = (("article_id", "VARCHAR"), ("reason", "VARCHAR"))
            with registered(con, "retry_ids", columns, retry):
                con.execute(
                    "UPDATE page_queue q SET attempts = q.attempts + 1, last_reason = r.reason,"
                    " state = CASE WHEN q.attempts + 1 >= ? THEN 'gave_up' ELSE 'retry' END,"
                    " next_attempt_at = ? + to_seconds(? * pow(2, q.attempts)),"
                    " updated_at = ? FROM retry_ids r WHERE q.article_id = r.article_id",
                    [max_attempts, now, retry_delay, now],
                )


def note_skipped(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], reason: str, now: datetime
) -> None:
    """Say why queued pages were left for a later run (their attempts do not count)."""
    if not article_ids:
        return
    with registered(con, "skipped_ids", ID_COLUMN, [(a,) for a in article_ids]):
        con.execute(
            "UPDATE page_queue SET last_reason = ?, updated_at = ?"
            " WHERE article_id IN (SELECT article_id FROM skipped_ids)",
            [reason, now],
        )


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """One source's fetch health and extraction success over the last two weeks."""

    source_id: str
    name: str
    last_success_at: datetime | None
    consecutive_failures: int
    next_attempt_at: datetime | None
    last_error: str | None
    validators_trusted: bool
    articles_7d: int
    extracted_7d: int
    articles_prev_7d: int
    extracted_prev_7d: int
    last_items: int | None = None
    newest_item_at: datetime | None = None
    challenged: bool = False
    max_silence_hours: int = 48

    def silence(self, now: datetime) -> str | None:
        """Why the source counts as silent now (see pantau/freshness.py), or None."""
        if self.last_success_at is None or self.last_items is None:
            return None
        if self.last_items == 0:
            return f"{SILENT_PREFIX}the feed answered with no items"
        if self.newest_item_at is None:
            return None
        age = now - self.newest_item_at
        if age <= timedelta(hours=self.max_silence_hours):
            return None
        return (
            f"{SILENT_PREFIX}newest item is {describe_age(age)} old"
            f" (limit {self.max_silence_hours} h)"
        )

    @property
    def items_per_day(self) -> float:
        """Articles stored per day over the last 7 days."""
        return self.articles_7d / 7

    @property
    def extraction_rate(self) -> float | None:
        """Share of the last 7 days' articles extracted by trafilatura."""
        return self.extracted_7d / self.articles_7d if self.articles_7d else None

    @property
    def previous_rate(self) -> float | None:
        """The same share over the 7 days before."""
        return self.extracted_prev_7d / self.articles_prev_7d if self.articles_prev_7d else None

    @property
    def layout_changed(self) -> bool:
        """Extraction success fell by 20 points or more: the site's layout probably changed."""
        now, before = self.extraction_rate, self.previous_rate
        enough = self.articles_7d >= 5 and self.articles_prev_7d >= 5
        return enough and now is not None and before is not None and now <= before - 0.2


_HEALTH_SQL = """
WITH recent AS (
    SELECT source_id,
        count(*) FILTER (fetched_at >= $now - INTERVAL 7 DAY) AS n7,
        count(*) FILTER (fetched_at >= $now - INTERVAL 7 DAY
                         AND extraction_method = 'trafilatura') AS ok7,
        count(*) FILTER (fetched_at >= $now - INTERVAL 14 DAY
                         AND fetched_at < $now - INTERVAL 7 DAY) AS n14,
        count(*) FILTER (fetched_at >= $now - INTERVAL 14 DAY
                         AND fetched_at < $now - INTERVAL 7 DAY
                         AND extraction_method = 'trafilatura') AS ok14
    FROM articles
    WHERE fetched_at >= $now - INTERVAL 14 DAY
    GROUP BY source_id
)
SELECT s.source_id, s.name, st.last_success_at, coalesce(st.consecutive_failures, 0),
       st.next_attempt_at, st.last_error, coalesce(st.validators_trusted, true),
       coalesce(r.n7, 0), coalesce(r.ok7, 0), coalesce(r.n14, 0), coalesce(r.ok14, 0),
       st.last_items, st.newest_item_at, coalesce(st.challenged, false),
       coalesce(s.max_silence_hours, 48)
FROM sources s
LEFT JOIN source_state st USING (source_id)
LEFT JOIN recent r USING (source_id)
ORDER BY s.source_id
"""


def source_health(con: duckdb.DuckDBPyConnection, now: datetime) -> list[SourceHealth]:
    """Every known source's health as of `now`."""
    rows = con.execute(_HEALTH_SQL, {"now": now}).fetchall()
    return [SourceHealth(*row) for row in rows]
