"""The digest ledger in DuckDB: alerts to consider, what each mailbox was sent, and sends."""

from __future__ import annotations

from datetime import datetime, timedelta

import duckdb

from pantau.digest.model import AlertRow, DigestPlan, Pair, SentItem
from pantau.records import Mention
from warehouse.ledger import load_ledger, record_send, reserve_id

CONTEXT = timedelta(days=30)
"""Alerts already sent are loaded this far back, to group new reports with known stories."""

_ALERTS = """
SELECT al.article_id, al.url, al.source_id, coalesce(al.outlet, al.source_id),
       al.fetched_at, al.score, al.title, al.published_at, al.supplier, al.recipient,
       coalesce(al.items, []), al.evidence, a.text, {story}
FROM alert_articles al
JOIN articles a USING (article_id)
WHERE al.fetched_at <= $now
  AND (al.fetched_at >= $since
       OR al.article_id NOT IN (SELECT article_id FROM digest_items WHERE mail_to = $mailbox))
ORDER BY al.article_id
"""

_MENTIONS = """
SELECT m.article_id, m.kind, m.term, m.canonical, m.field, m.start_pos, m.end_pos
FROM mentions m
WHERE m.article_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY m.article_id, m.start_pos, m.end_pos
"""


# alert_transfers, not the transfers table: an analyst's correction replaces the filter's.
_TRANSFERS = """
SELECT t.article_id, t.supplier, t.recipient, t.supplier_group, t.recipient_group
FROM alert_transfers t
WHERE t.article_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY t.article_id, t.position
"""


def has_story_ids(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether articles carry a `story_id` column (added by a later migration)."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.columns"
        " WHERE table_name = 'articles' AND column_name = 'story_id'"
    ).fetchone()
    return bool(row and row[0])


def load_alerts(con: duckdb.DuckDBPyConnection, mailbox: str, now: datetime) -> list[AlertRow]:
    """Alerts the mailbox has not been sent, plus recent ones it has (for grouping)."""
    story = "CAST(a.story_id AS VARCHAR)" if has_story_ids(con) else "NULL"
    params = {"now": now, "since": now - CONTEXT, "mailbox": mailbox}
    rows = con.execute(_ALERTS.format(story=story), params).fetchall()
    mentions: dict[str, list[Mention]] = {}
    pairs: dict[str, list[Pair]] = {}
    if rows:
        ids = [row[0] for row in rows]
        for m in con.execute(_MENTIONS, {"ids": ids}).fetchall():
            mentions.setdefault(m[0], []).append(Mention(m[1], m[2], m[3], m[4], m[5], m[6]))
        for t in con.execute(_TRANSFERS, {"ids": ids}).fetchall():
            pairs.setdefault(t[0], []).append((t[1], t[2], t[3], t[4]))
    return [
        AlertRow(
            article_id=r[0],
            url=r[1],
            source_id=r[2],
            outlet=r[3],
            fetched_at=r[4],
            score=float(r[5]),
            title=r[6],
            published_at=r[7],
            supplier=r[8],
            recipient=r[9],
            items=tuple(r[10]),
            evidence=r[11],
            text=r[12],
            mentions=tuple(mentions.get(r[0], ())),
            story_id=r[13],
            transfers=tuple(pairs.get(r[0], ())),
        )
        for r in rows
    ]


def load_sent(con: duckdb.DuckDBPyConnection, mailbox: str) -> list[SentItem]:
    """Every article already accounted for in the mailbox's digests."""
    return load_ledger(con, "digest_items", "mail_to = ?", "digest_id", [mailbox])


def next_digest_id(con: duckdb.DuckDBPyConnection) -> int:
    """Reserve the id of the next digest (used in its footer query before it is sent)."""
    return reserve_id(con, "digest_id_seq", "digests", "digest_id")


def record_sent(
    con: duckdb.DuckDBPyConnection,
    plan: DigestPlan,
    *,
    message_id: str,
    subject: str,
    sent_at: datetime,
) -> None:
    """Record an accepted digest and its ledger rows in one transaction."""
    header = [
        plan.digest_id,
        plan.mailbox,
        message_id,
        subject,
        len(plan.stories),
        len(plan.more),
        plan.window_start,
        plan.now,
        sent_at,
    ]
    items = [
        (
            plan.digest_id,
            plan.mailbox,
            e.story_key,
            e.article_id,
            e.source_id,
            e.role,
            e.supplier,
            e.recipient,
            list(e.items),
        )
        for e in plan.ledger
    ]
    record_send(
        con,
        ("digests", header),
        ("digest_items", items),
        f"digest {plan.digest_id} was sent to {plan.mailbox} but could not be recorded",
    )
