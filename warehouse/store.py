"""Batched, idempotent writes of sources, fetches, articles and verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pantau.errors import WarehouseError
from pantau.records import Article, FetchRecord, Source, Verdict
from warehouse.db import session
from warehouse.search_index import index_articles

ID_COLUMN = (("article_id", "VARCHAR"),)
_ARTICLE_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("canonical_url", "VARCHAR"),
    ("source_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("author", "VARCHAR"),
    ("published_at", "TIMESTAMPTZ"),
    ("fetched_at", "TIMESTAMPTZ"),
    ("lang", "VARCHAR"),
    ("site_name", "VARCHAR"),
    ("text", "VARCHAR"),
    ("summary", "VARCHAR"),
    ("extraction_method", "VARCHAR"),
    ("content_hash", "VARCHAR"),
)
_VERDICT_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("watchlist_version", "VARCHAR"),
    ("alert", "BOOLEAN"),
    ("arms_supply", "BOOLEAN"),
    ("watched", "BOOLEAN"),
    ("score", "DOUBLE"),
    ("supplier", "VARCHAR"),
    ("recipient", "VARCHAR"),
    ("actors", "VARCHAR[]"),
    ("items", "VARCHAR[]"),
    ("evidence", "VARCHAR"),
    ("rule", "VARCHAR"),
    ("judged_at", "TIMESTAMPTZ"),
    ("supplier_group", "VARCHAR"),
    ("recipient_group", "VARCHAR"),
)
_MENTION_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("term", "VARCHAR"),
    ("canonical", "VARCHAR"),
    ("field", "VARCHAR"),
    ("start_pos", "INTEGER"),
    ("end_pos", "INTEGER"),
)
_TRANSFER_COLUMNS = (
    ("article_id", "VARCHAR"),
    ("position", "INTEGER"),
    ("supplier", "VARCHAR"),
    ("recipient", "VARCHAR"),
    ("supplier_group", "VARCHAR"),
    ("recipient_group", "VARCHAR"),
    ("items", "VARCHAR[]"),
    ("stance", "VARCHAR"),
    ("evidence", "VARCHAR"),
    ("field", "VARCHAR"),
    ("start_pos", "INTEGER"),
    ("end_pos", "INTEGER"),
    ("score", "DOUBLE"),
    ("rule", "VARCHAR"),
)
_FETCH_COLUMNS = (
    ("run_id", "VARCHAR"),
    ("source_id", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("url", "VARCHAR"),
    ("final_url", "VARCHAR"),
    ("status", "VARCHAR"),
    ("http_status", "INTEGER"),
    ("error", "VARCHAR"),
    ("elapsed_ms", "INTEGER"),
    ("fetched_at", "TIMESTAMPTZ"),
)


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Sequence[Source]) -> None:
    """Insert or refresh the loaded seed entries."""
    now = datetime.now(UTC)
    rows = [
        (s.id, s.name, s.url, s.kind, s.lang, s.max_silence_hours, s.query, s.region, now)
        for s in sources
    ]
    columns = (
        ("source_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("url", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("lang", "VARCHAR"),
        ("max_silence_hours", "INTEGER"),
        ("query", "VARCHAR"),
        ("region", "VARCHAR"),
        ("updated_at", "TIMESTAMPTZ"),
    )
    upsert_rows(con, "sources", columns, rows, key="source_id")


def append_fetches(
    con: duckdb.DuckDBPyConnection, records: Sequence[FetchRecord], run_id: str
) -> None:
    """Append one row per HTTP fetch."""
    rows = [
        (
            run_id,
            r.source_id,
            r.kind,
            r.url,
            r.final_url,
            r.status,
            r.http_status,
            r.error,
            r.elapsed_ms,
            r.fetched_at,
        )
        for r in records
    ]
    if rows:
        names = ", ".join(name for name, _ in _FETCH_COLUMNS)
        with registered(con, "fetch_batch", _FETCH_COLUMNS, rows):
            con.execute(f"INSERT INTO fetches ({names}) SELECT {names} FROM fetch_batch")


def upsert_articles(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], *, index: bool = True
) -> None:
    """Insert or update articles by article_id (the last in a batch wins), and their index.

    `index=False` only where the rows are on their way to the warehouse, which indexes them
    when it loads them (a worker's batch).
    """
    latest = {a.article_id: a for a in articles}
    rows = [
        (
            a.article_id,
            a.url,
            a.canonical_url,
            a.source_id,
            a.title,
            a.author,
            a.published_at,
            a.fetched_at,
            a.lang,
            a.site_name,
            a.text,
            a.summary,
            a.extraction_method,
            a.content_hash,
        )
        for a in latest.values()
    ]
    upsert_rows(con, "articles", _ARTICLE_COLUMNS, rows, key="article_id")
    if index:
        index_articles(con, latest)


def write_verdicts(
    con: duckdb.DuckDBPyConnection,
    verdicts: Iterable[tuple[str, Verdict]],
    watchlist_version: str,
) -> None:
    """Upsert each article's verdict and replace its mentions and transfers."""
    now = datetime.now(UTC)
    latest = dict(verdicts)
    rows = [
        (
            aid,
            watchlist_version,
            v.alert,
            v.arms_supply,
            v.watched,
            v.score,
            v.supplier,
            v.recipient,
            list(v.actors),
            list(v.items),
            v.evidence,
            v.rule,
            now,
            v.supplier_group,
            v.recipient_group,
        )
        for aid, v in latest.items()
    ]
    transfer_rows = [
        (aid, n, t.supplier, t.recipient, t.supplier_group, t.recipient_group, list(t.items),
         t.stance, t.evidence, t.field, t.start, t.end, t.score, t.rule)
        for aid, v in latest.items()
        for n, t in enumerate(v.transfers)
    ]  # fmt: skip
    mention_rows = [
        (aid, m.kind, m.term, m.canonical, m.field, m.start, m.end)
        for aid, v in latest.items()
        for m in v.mentions
    ]
    upsert_rows(con, "verdicts", _VERDICT_COLUMNS, rows, key="article_id")
    if not rows:
        return
    with registered(con, "judged_ids", ID_COLUMN, [(aid,) for aid in latest]):
        con.execute("DELETE FROM mentions WHERE article_id IN (SELECT article_id FROM judged_ids)")
        con.execute("DELETE FROM transfers WHERE article_id IN (SELECT article_id FROM judged_ids)")
    if mention_rows:
        with registered(con, "mention_batch", _MENTION_COLUMNS, mention_rows):
            con.execute("INSERT INTO mentions SELECT * FROM mention_batch")
    if transfer_rows:
        with registered(con, "transfer_batch", _TRANSFER_COLUMNS, transfer_rows):
            con.execute("INSERT INTO transfers SELECT * FROM transfer_batch")


def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are already stored with article text."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    with registered(con, "wanted_ids", ID_COLUMN, [(i,) for i in wanted]):
        rows = con.execute(
            "SELECT article_id FROM articles JOIN wanted_ids USING (article_id)"
        ).fetchall()
    return {row[0] for row in rows}


def _relation(
    con: duckdb.DuckDBPyConnection,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[Any, ...]],
) -> duckdb.DuckDBPyRelation:
    """A relation over `rows` with each column cast to its declared type."""
    relation = con.values(*rows)
    casts = ", ".join(
        f"CAST(col{i} AS {sql_type}) AS {name}" for i, (name, sql_type) in enumerate(columns)
    )
    return relation.project(casts)


@contextmanager
def registered(
    con: duckdb.DuckDBPyConnection,
    name: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[Any, ...]],
) -> Iterator[None]:
    """`rows`, typed by `columns`, visible to SQL as the view `name` for the block."""
    con.register(name, _relation(con, columns, rows))
    try:
        yield
    finally:
        con.unregister(name)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN ... COMMIT, rolled back on any exception."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def upsert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[Any, ...]],
    *,
    key: str | None,
) -> None:
    """Insert `rows`; on a `key` conflict update the other columns (no key: keep the old row)."""
    if not rows:
        return
    names = [name for name, _ in columns]
    if key is None:
        on_conflict = "DO NOTHING"
    else:
        updates = ", ".join(f"{name} = excluded.{name}" for name in names if name != key)
        on_conflict = f"({key}) DO UPDATE SET {updates}"
    view = f"{table}_batch"
    with registered(con, view, columns, rows):
        con.execute(
            f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM {view}"
            f" ON CONFLICT {on_conflict}"
        )


def store_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    fetches: Sequence[FetchRecord],
    articles: Sequence[Article],
    verdicts: Sequence[tuple[str, Verdict]],
    watchlist_version: str,
    index: bool = True,
) -> None:
    """Write one batch's fetch records, articles and verdicts in a single transaction."""
    with transaction(con):
        append_fetches(con, fetches, run_id)
        upsert_articles(con, articles, index=index)
        write_verdicts(con, verdicts, watchlist_version)


def articles_to_judge(
    con: duckdb.DuckDBPyConnection,
    watchlist_version: str,
    *,
    after: str,
    limit: int,
    everything: bool = False,
) -> list[tuple[str, str, str]]:
    """(article_id, title, text) of articles judged under another watchlist, in id order."""
    stale = "TRUE" if everything else "v.article_id IS NULL OR v.watchlist_version <> ?"
    params: list[object] = [] if everything else [watchlist_version]
    rows = con.execute(
        f"SELECT a.article_id, coalesce(a.title, ''), coalesce(a.text, '') FROM articles a "
        f"LEFT JOIN verdicts v USING (article_id) WHERE ({stale}) AND a.article_id > ? "
        f"ORDER BY a.article_id LIMIT ?",
        [*params, after, limit],
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def last_feed_fetch(db_path: Path) -> datetime | None:
    """When the feeds were last fetched, or None (no database yet, or it is busy)."""
    if not db_path.exists():
        return None
    try:
        with session(db_path, read_only=True, wait_seconds=0.5) as con:
            rows = con.execute("SELECT max(fetched_at) FROM fetches WHERE kind = 'feed'")
            value = rows.fetchall()[0][0]
    except (WarehouseError, duckdb.Error):
        return None
    return value if isinstance(value, datetime) else None
