"""The chat ledger in DuckDB: alerts a channel has not had, what it was sent, and sends."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import duckdb

from pantau.digest.model import AlertRow, DigestPlan, SentItem
from pantau.notify import ChannelInfo
from warehouse.digests import CONTEXT
from warehouse.ledger import load_ledger, record_send, reserve_id

# An armed group stands as its name (Houthis), not its base country's code.
# Only stories the `alerts` view still lists: once it honours analysts' reviews, a dismissed
# story drops out of every channel through it.
_ALERTS = """
SELECT al.article_id, al.url, al.source_id, coalesce(al.outlet, al.source_id),
       al.fetched_at, al.score, al.title, al.published_at,
       coalesce(al.supplier_group, al.supplier), coalesce(al.recipient_group, al.recipient),
       coalesce(al.items, []), al.story_id
FROM alert_articles al
WHERE al.fetched_at <= $now
  AND al.story_id IN (SELECT story_id FROM alerts)
  AND (al.fetched_at >= $since
       OR al.article_id NOT IN (SELECT article_id FROM notification_items
                                WHERE channel_id = $channel AND cadence = $cadence))
ORDER BY al.article_id
"""


def load_alerts(
    con: duckdb.DuckDBPyConnection, channel: ChannelInfo, now: datetime
) -> list[AlertRow]:
    """Alerts the channel has not been sent, plus recent ones it has (for grouping)."""
    params = {
        "now": now,
        "since": now - CONTEXT,
        "channel": channel.channel_id,
        "cadence": channel.cadence,
    }
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
            story_id=r[11],
        )
        for r in con.execute(_ALERTS, params).fetchall()
    ]


def load_sent(con: duckdb.DuckDBPyConnection, channel: ChannelInfo) -> list[SentItem]:
    """Every article already accounted for in the channel's sends of this cadence."""
    where = "channel_id = ? AND cadence = ?"
    params = [channel.channel_id, channel.cadence]
    return load_ledger(con, "notification_items", where, "notification_id", params)


def record_sent(
    con: duckdb.DuckDBPyConnection,
    channel: ChannelInfo,
    plan: DigestPlan,
    *,
    accounted: Collection[str],
    messages: int,
    sent_at: datetime,
) -> int:
    """Record a delivered send and its ledger rows in one transaction; return its id.

    The plan's ledger (shown and folded reports) is written as planned; the stories past
    the message cap (`plan.more`) were only counted, so their unsent reports become
    'counted' rows and are not pushed again unless they escalate.
    """
    notification_id = reserve_id(con, "notification_id_seq", "notifications", "notification_id")
    rows: list[tuple[str, str, str, str, str | None, str | None, list[str]]] = [
        (e.story_key, e.article_id, e.source_id, e.role, e.supplier, e.recipient, list(e.items))
        for e in plan.ledger
    ]
    rows.extend(
        (s.key, a.article_id, a.source_id, "counted", a.supplier, a.recipient, list(a.items))
        for s in plan.more
        for a in s.articles
        if a.article_id not in accounted
    )
    header = [
        notification_id,
        channel.channel_id,
        channel.cadence,
        channel.label,
        messages,
        len(plan.stories),
        len(plan.more),
        plan.window_start,
        plan.now,
        sent_at,
    ]
    record_send(
        con,
        ("notifications", header),
        (
            "notification_items",
            [(notification_id, channel.channel_id, channel.cadence, *r) for r in rows],
        ),
        f"stories were sent to {channel.label} but could not be recorded",
    )
    return notification_id
