"""Read-side helpers over the analyst views: weekly trend counts (text search: warehouse.search)."""

from __future__ import annotations

from datetime import date

import duckdb

from pantau.report import WeekCount

# Flows, not mentions: a story counts once for each supplier -> recipient its transfers name
# (an armed group by its name), in the week of its first report, however many other
# countries it mentions.
_WEEKLY = """
SELECT CAST(date_trunc('week', timezone('Asia/Jakarta', coalesce(a.published_at, a.fetched_at)))
            AS DATE) AS week,
       coalesce(t.supplier_group, t.supplier) AS supplier,
       coalesce(t.recipient_group, t.recipient) AS recipient,
       count(DISTINCT a.story_id) AS stories
FROM alerts a
JOIN alert_transfers t USING (story_id)
WHERE coalesce(a.published_at, a.fetched_at) >= $since
  AND (t.supplier IS NOT NULL OR t.recipient IS NOT NULL)
GROUP BY ALL
ORDER BY week, supplier NULLS LAST, recipient NULLS LAST
"""


def weekly_flow_counts(con: duckdb.DuckDBPyConnection, since: date) -> list[WeekCount]:
    """Alerted stories per transfer flow per week (Monday, Jakarta time) since `since`."""
    rows = con.execute(_WEEKLY, {"since": since}).fetchall()
    return [WeekCount(week, supplier, recipient, int(n)) for week, supplier, recipient, n in rows]
