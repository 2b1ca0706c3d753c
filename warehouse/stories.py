"""Cluster new articles into stories, run by run, hashing each article only once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb

from pantau.clusters import STORY_WINDOW, Member, Signature, StoryIndex, signature

# `body` must stay what pantau.pipeline.story_text gives: the pool signs articles from that.
_PENDING = """
SELECT article_id, coalesce(published_at, fetched_at) AS seen_at,
       coalesce(nullif(text, ''), nullif(summary, ''), title, '') AS body
FROM articles
WHERE story_id IS NULL
ORDER BY seen_at, article_id
"""

# Stored members that share a band key with a pending article, near it in time.
_CANDIDATES = """
WITH probe AS (SELECT DISTINCT unnest($bands::BIGINT[]) AS band),
near AS (
    SELECT article_id, unnest(bands) AS band
    FROM article_signatures
    WHERE seen_at BETWEEN $lo AND $hi
)
SELECT g.article_id, g.story_id, g.seen_at, g.shingles, g.minhash, g.bands, st.first_seen
FROM article_signatures g
LEFT JOIN stories st USING (story_id)
WHERE g.article_id IN (SELECT near.article_id FROM near JOIN probe USING (band))
"""

_REFRESH = """
INSERT OR REPLACE INTO stories
WITH members AS (
    SELECT a.story_id, a.article_id, a.source_id, coalesce(a.published_at, a.fetched_at) AS seen
    FROM articles a
    WHERE a.story_id IN (SELECT story_id FROM touched_stories)
), firsts AS (
    SELECT story_id, source_id, min(seen) AS first FROM members GROUP BY ALL
)
SELECT m.story_id, min(m.seen), max(m.seen), count(*),
       (SELECT list(f.source_id ORDER BY f.first, f.source_id) FROM firsts f
        WHERE f.story_id = m.story_id),
       arg_min(m.article_id, (m.seen, m.article_id)), $now
FROM members m
GROUP BY m.story_id
"""


def update_stories(
    con: duckdb.DuckDBPyConnection,
    *,
    signed: Mapping[str, Signature] | None = None,
    batch: int = 5000,
) -> int:
    """Place every article without a story_id into a story; return how many were placed.

    Articles are taken in publication order; each is hashed once, its signature stored, and
    it joins the story of its closest near-duplicate (a new story when none is close).
    `signed` holds signatures already made from the stored text (by the extraction pool),
    so only the others are hashed here.
    """
    placed = 0
    known = signed or {}
    query = _PENDING + f" LIMIT {int(batch)}"
    while True:
        pending = con.execute(query).fetchall()
        if not pending:
            return placed
        _place(con, pending, known)
        placed += len(pending)
        if len(pending) < batch:
            return placed


def _place(
    con: duckdb.DuckDBPyConnection,
    pending: Sequence[tuple[str, datetime, str]],
    known: Mapping[str, Signature],
) -> None:
    signed = [(aid, seen, known.get(aid) or signature(body)) for aid, seen, body in pending]
    params = {
        "bands": sorted({key for _, _, sig in signed for key in sig.bands}),
        "lo": min(seen for _, seen, _ in pending) - STORY_WINDOW,
        "hi": max(seen for _, seen, _ in pending) + STORY_WINDOW,
    }
    index = StoryIndex()
    for aid, story_id, seen, count, minhash, bands, first in con.execute(
        _CANDIDATES, params
    ).fetchall():
        member = Member(aid, story_id, seen, Signature(bytes(minhash), count, tuple(bands)))
        index.add(member, story_first_seen=first)
    _write(con, [(aid, index.place(aid, seen, sig), seen, sig) for aid, seen, sig in signed])


def _write(
    con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, str, datetime, Signature]]
) -> None:
    values: list[Any] = [
        (aid, sid, seen, sig.shingles, sig.minhash, list(sig.bands)) for aid, sid, seen, sig in rows
    ]
    relation = con.values(*values).project(
        "CAST(col0 AS VARCHAR) AS article_id, CAST(col1 AS VARCHAR) AS story_id,"
        " CAST(col2 AS TIMESTAMPTZ) AS seen_at, CAST(col3 AS INTEGER) AS shingles,"
        " CAST(col4 AS BLOB) AS minhash, CAST(col5 AS BIGINT[]) AS bands"
    )
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("placed_batch", relation)
        con.execute(
            "INSERT OR REPLACE INTO article_signatures"
            " SELECT article_id, story_id, seen_at, shingles, minhash, bands FROM placed_batch"
        )
        con.execute(
            "UPDATE articles SET story_id = p.story_id FROM placed_batch p"
            " WHERE articles.article_id = p.article_id"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE touched_stories AS"
            " SELECT DISTINCT story_id FROM placed_batch"
        )
        con.execute(_REFRESH, {"now": datetime.now(UTC)})
        con.execute("DROP TABLE touched_stories")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("placed_batch")
