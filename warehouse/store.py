"""Batched, idempotent writes of sources, fetches, articles and verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pantau.errors import WarehouseError
from pantau.records import Article, FetchRecord, Source, Verdict
from warehouse.db import session

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
    rows = [(s.id, s.name, s.url, s.kind, s.lang, now) for s in sources]
    columns = (
        ("source_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("url", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("lang", "VARCHAR"),
        ("updated_at", "TIMESTAMPTZ"),
    )
    _upsert(con, "sources", columns, rows, key="source_id")


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
        relation = _relation(con, _FETCH_COLUMNS, rows)
        names = ", ".join(name for name, _ in _FETCH_COLUMNS)
        con.register("fetch_batch", relation)
        try:
            con.execute(f"INSERT INTO fetches ({names}) SELECT {names} FROM fetch_batch")
        finally:
            con.unregister("fetch_batch")


def upsert_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> None:
    """Insert or update articles by article_id; within a batch the last one wins."""
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
    _upsert(con, "articles", _ARTICLE_COLUMNS, rows, key="article_id")


def write_verdicts(
    con: duckdb.DuckDBPyConnection,
    verdicts: Iterable[tuple[str, Verdict]],
    watchlist_version: str,
) -> None:
    """Upsert each article's verdict and replace its mentions."""
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
        )
        for aid, v in latest.items()
    ]
    mention_rows = [
        (aid, m.kind, m.term, m.canonical, m.field, m.start, m.end)
        for aid, v in latest.items()
        for m in v.mentions
    ]
    _upsert(con, "verdicts", _VERDICT_COLUMNS, rows, key="article_id")
    if not rows:
        return
    ids = _relation(con, (("article_id", "VARCHAR"),), [(aid,) for aid in latest])
    con.register("judged_ids", ids)
    try:
        con.execute("DELETE FROM mentions WHERE article_id IN (SELECT article_id FROM judged_ids)")
    finally:
        con.unregister("judged_ids")
    if mention_rows:
        con.register("mention_batch", _relation(con, _MENTION_COLUMNS, mention_rows))
        try:
            con.execute("INSERT INTO mentions SELECT * FROM mention_batch")
        finally:
            con.unregister("mention_batch")


def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are already stored with article text."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    con.register("wanted_ids", _relation(con, (("article_id", "VARCHAR"),), [(i,) for i in wanted]))
    try:
        rows = con.execute(
            "SELECT article_id FROM articles JOIN wanted_ids USING (article_id)"
        ).fetchall()
    finally:
        con.unregister("wanted_ids")
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


def _upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[Any, ...]],
    *,
    key: str,
) -> None:
    if not rows:
        return
    names = [name for name, _ in columns]
    updates = ", ".join(f"{name} = excluded.{name}" for name in names if name != key)
    view = f"{table}_batch"
    con.register(view, _relation(con, columns, rows))
    try:
        con.execute(
            f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM {view} "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}"
        )
    finally:
        con.unregister(view)


def store_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    fetches: Sequence[FetchRecord],
    articles: Sequence[Article],
    verdicts: Sequence[tuple[str, Verdict]],
    watchlist_version: str,
) -> None:
    """Write one batch's fetch records, articles and verdicts in a single transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        append_fetches(con, fetches, run_id)
        upsert_articles(con, articles)
        write_verdicts(con, verdicts, watchlist_version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


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
