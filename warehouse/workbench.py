"""The workbench's reads: alert lists with filters and keyset pages, stories, articles, trends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb

from pantau.records import Mention

REVIEW_STATES = ("any", "none", "reviewed", "confirm", "correct", "missed_alert", "dismiss")
ALERT_COLUMNS = (
    "story_id", "article_id", "title", "url", "first_seen", "outlets", "articles", "supplier",
    "recipient", "supplier_group", "recipient_group", "items", "score", "evidence", "review",
    "lang",
)  # fmt: skip

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """What the Alerts page lists: every field optional, all given ones must hold."""

    supplier: str | None = None
    recipient: str | None = None
    actor: str | None = None
    item: str | None = None
    outlet: str | None = None
    lang: str | None = None
    since: date | None = None
    until: date | None = None
    review: str = "any"
    min_score: float | None = None
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a keyset-paginated list and the cursor of the next one."""

    rows: list[Row]
    next_cursor: str | None


# Both sources give the same columns: standing alerts, and stories an analyst dismissed.
_ALERTS_BASE = """
SELECT al.story_id, al.article_id, al.title, al.url,
       coalesce(al.published_at, al.fetched_at) AS first_seen, al.outlets, al.articles,
       al.supplier, al.recipient, al.supplier_group, al.recipient_group, al.actors, al.items,
       al.score, al.evidence, al.review, a.lang
FROM alerts al JOIN articles a USING (article_id)
"""
_DISMISSED_BASE = """
SELECT r.story_id, a.article_id, a.title, a.url,
       coalesce(st.first_seen, a.published_at, a.fetched_at) AS first_seen,
       coalesce(st.outlets, [a.source_id]) AS outlets, coalesce(st.articles, 1) AS articles,
       v.supplier, v.recipient, v.supplier_group, v.recipient_group, v.actors, v.items,
       v.score, v.evidence, r.action AS review, a.lang
FROM standing_reviews r
JOIN articles a USING (article_id)
JOIN verdicts v USING (article_id)
LEFT JOIN stories st ON st.story_id = r.story_id
WHERE r.action = 'dismiss'
"""


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[Row]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def alert_filter_sql(f: AlertFilter) -> tuple[str, dict[str, object]]:
    """WHERE clause and parameters for a filter over the alert list's base rows."""
    where = ["TRUE"]
    params: dict[str, object] = {}
    if f.lang:
        params["lang"] = f.lang
        where.append("b.lang = $lang")
    pair = {k: v for k, v in (("supplier", f.supplier), ("recipient", f.recipient)) if v}
    if pair:
        # The story's main pair, or any other transfer it tells of (as Trends counts them).
        params.update(pair)
        main = " AND ".join(f"b.{k} = ${k}" for k in pair)
        other = " AND ".join(f"t.{k} = ${k}" for k in pair)
        where.append(
            f"(({main}) OR b.story_id IN (SELECT t.story_id FROM alert_transfers t WHERE {other}))"
        )
    if f.actor:
        params["actor"] = f.actor
        where.append("list_contains(b.actors, $actor)")
    if f.item:
        params["item"] = f.item.casefold()
        where.append("list_contains(list_transform(b.items, lambda x: lower(x)), $item)")
    if f.outlet:
        params["outlet"] = f.outlet
        where.append("list_contains(b.outlets, $outlet)")
    if f.since:
        params["since"] = f.since
        where.append("CAST(timezone('Asia/Jakarta', b.first_seen) AS DATE) >= $since")
    if f.until:
        params["until"] = f.until
        where.append("CAST(timezone('Asia/Jakarta', b.first_seen) AS DATE) <= $until")
    if f.review == "none":
        where.append("b.review IS NULL")
    elif f.review == "reviewed":
        where.append("b.review IS NOT NULL")
    elif f.review in ("confirm", "correct", "missed_alert"):
        params["review"] = f.review
        where.append("b.review = $review")
    if f.min_score is not None:
        params["min_score"] = f.min_score
        where.append("b.score >= $min_score")
    for n, word in enumerate(f.words):
        params[f"w{n}"] = f"%{word}%"
        # Headline and evidence only: a scan of 100,000 stored texts is Search's job.
        where.append(f"(b.title ILIKE $w{n} OR b.evidence ILIKE $w{n})")
    return " AND ".join(where), params


def alert_page(
    con: duckdb.DuckDBPyConnection, f: AlertFilter, *, after: str | None, limit: int
) -> Page:
    """Alerted stories matching `f`, newest first, the page after cursor `after`."""
    where, params = alert_filter_sql(f)
    base = _DISMISSED_BASE if f.review == "dismiss" else _ALERTS_BASE
    if after:
        seen, _, story_id = after.partition("~")
        try:
            params["after_seen"] = datetime.fromisoformat(seen)
        except ValueError:
            params["after_seen"] = datetime.max
        params["after_id"] = story_id
        where += " AND (b.first_seen, b.story_id) < ($after_seen, $after_id)"
    params["limit"] = limit + 1
    columns = ", ".join(f"b.{c}" for c in ALERT_COLUMNS)
    sql = (
        f"WITH b AS ({base}) SELECT {columns} FROM b WHERE {where}"
        " ORDER BY b.first_seen DESC, b.story_id DESC LIMIT $limit"
    )
    rows = _rows(con.execute(sql, params))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = f"{rows[-1]['first_seen'].isoformat()}~{rows[-1]['story_id']}" if more else None
    return Page(rows, cursor)


def mentions_of(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, list[Mention]]:
    """Stored mentions per article, in text order."""
    found: dict[str, list[Mention]] = {}
    if not article_ids:
        return found
    rows = con.execute(
        "SELECT article_id, kind, term, canonical, field, start_pos, end_pos FROM mentions"
        " WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY article_id, start_pos",
        {"ids": article_ids},
    ).fetchall()
    for r in rows:
        found.setdefault(r[0], []).append(Mention(r[1], r[2], r[3], r[4], r[5], r[6]))
    return found


# Reports of one story: its own articles, found by story_id without scanning every article.
_MEMBERS = """
SELECT article_id FROM articles
WHERE story_id = $story OR (story_id IS NULL AND article_id = $story)
"""

_REPORTS = f"""
WITH standing AS (
    SELECT article_id FROM alert_articles WHERE article_id IN ({_MEMBERS})
)
SELECT a.article_id, a.title, a.url, a.source_id, coalesce(s.name, a.source_id) AS outlet,
       a.published_at, a.fetched_at, coalesce(a.published_at, a.fetched_at) AS seen, a.lang,
       v.alert, v.score, v.supplier, v.recipient, v.items, v.rule, v.evidence,
       a.article_id IN (SELECT article_id FROM standing) AS standing_alert
FROM articles a
LEFT JOIN verdicts v USING (article_id)
LEFT JOIN sources s ON s.source_id = a.source_id
WHERE a.article_id IN ({_MEMBERS})
ORDER BY seen, a.article_id
"""

# The story's standing alert: its earliest alerting report, as the `alerts` view shows it.
_STORY_ALERT = f"""
SELECT aa.story_id, aa.article_id, aa.title, aa.url,
       coalesce(aa.published_at, aa.fetched_at) AS first_seen,
       coalesce(st.outlets, [aa.source_id]) AS outlets, coalesce(st.articles, 1) AS articles,
       aa.supplier, aa.recipient, aa.supplier_group, aa.recipient_group, aa.actors, aa.items,
       aa.score, aa.evidence, aa.review, a.lang
FROM alert_articles aa
JOIN articles a USING (article_id)
LEFT JOIN stories st ON st.story_id = aa.story_id
WHERE aa.article_id IN ({_MEMBERS})
ORDER BY first_seen, aa.article_id
LIMIT 1
"""

_RELATED = """
WITH near AS (
    SELECT story_id, arg_min(title, (coalesce(published_at, fetched_at), article_id)) AS title,
           min(coalesce(published_at, fetched_at)) AS first_seen,
           arg_min(source_id, (coalesce(published_at, fetched_at), article_id)) AS source_id
    FROM alert_articles
    WHERE story_id <> $story AND supplier IS NOT DISTINCT FROM $supplier
      AND recipient IS NOT DISTINCT FROM $recipient
      AND coalesce(published_at, fetched_at)
          BETWEEN $seen - INTERVAL 7 DAY AND $seen + INTERVAL 7 DAY
    GROUP BY story_id
)
SELECT n.story_id, n.title, n.first_seen, coalesce(st.outlets, [n.source_id]) AS outlets
FROM near n LEFT JOIN stories st USING (story_id)
ORDER BY n.first_seen DESC
LIMIT 20
"""


def story_detail(con: duckdb.DuckDBPyConnection, story_id: str) -> tuple[Row | None, list[Row]]:
    """The story's standing alert row (None if it is not an alert) and every report of it."""
    alert = _rows(con.execute(_STORY_ALERT, {"story": story_id}))
    reports = _rows(con.execute(_REPORTS, {"story": story_id}))
    return (alert[0] if alert else None), reports


def story_alert(con: duckdb.DuckDBPyConnection, story_id: str) -> Row | None:
    """The story's standing alert row, or None if it is not an alert."""
    alert = _rows(con.execute(_STORY_ALERT, {"story": story_id}))
    return alert[0] if alert else None


def related_stories(
    con: duckdb.DuckDBPyConnection,
    story_id: str,
    pair: tuple[str | None, str | None],
    seen: datetime,
) -> list[Row]:
    """Other alerted stories of the same supplier → recipient pair within 7 days."""
    params = {"story": story_id, "supplier": pair[0], "recipient": pair[1], "seen": seen}
    return _rows(con.execute(_RELATED, params))


_ARTICLE = """
SELECT a.article_id, a.title, a.url, a.canonical_url, a.source_id,
       coalesce(s.name, a.source_id) AS outlet, a.author, a.published_at, a.fetched_at, a.lang,
       a.text, a.summary, a.extraction_method, coalesce(a.story_id, a.article_id) AS story_id,
       v.alert, v.arms_supply, v.watched, v.score, v.supplier, v.recipient, v.actors, v.items,
       v.evidence, v.rule, v.watchlist_version, v.judged_at,
       a.article_id IN (SELECT article_id FROM alert_articles WHERE article_id = $id)
           AS standing_alert
FROM articles a
LEFT JOIN verdicts v USING (article_id)
LEFT JOIN sources s ON s.source_id = a.source_id
WHERE a.article_id = $id
"""


def article_detail(con: duckdb.DuckDBPyConnection, article_id: str) -> Row | None:
    """One article with its verdict, or None."""
    rows = _rows(con.execute(_ARTICLE, {"id": article_id}))
    return rows[0] if rows else None


def pair_stories(con: duckdb.DuckDBPyConnection, since: date, until: date) -> list[Row]:
    """Each alerted story's supplier → recipient pairs by week (Monday, WIB) in [since, until].

    One row per (week, supplier, recipient, story_id), for every transfer the story tells of;
    '?' stands for a party not named. One pass serves both the weekly table and the matrix.
    """
    return _rows(
        con.execute(
            "SELECT DISTINCT CAST(date_trunc('week', d) AS DATE) AS week,"
            " coalesce(supplier, '?') AS supplier, coalesce(recipient, '?') AS recipient, story_id"
            " FROM (SELECT CAST(timezone('Asia/Jakarta', coalesce(published_at, fetched_at))"
            " AS DATE) AS d, supplier, recipient, story_id FROM alert_transfers)"
            " WHERE d BETWEEN $since AND $until",
            {"since": since, "until": until},
        )
    )


def alert_span(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """First and last day (WIB) the filter flagged an article (the Trends page's default)."""
    row = con.execute(
        "SELECT CAST(timezone('Asia/Jakarta', min(coalesce(published_at, fetched_at))) AS DATE),"
        " CAST(timezone('Asia/Jakarta', max(coalesce(published_at, fetched_at))) AS DATE)"
        " FROM articles WHERE article_id IN (SELECT article_id FROM verdicts WHERE alert)"
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def source_health(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """The source_health view with each feed's failure streak: failures and flags first.

    Challenged and failing feeds, then silent ones, then a likely layout change (the last
    7 days' extraction rate 20 points under the source's overall rate), then errors.
    """
    return _rows(
        con.execute(
            "SELECT h.source_id, h.outlet, h.state,"
            " coalesce(st.consecutive_failures, 0) AS failing_runs,"
            " st.last_error, h.last_fetch, h.last_success, h.last_article, h.fetches_7d,"
            " h.errors_7d, h.error_rate_7d, h.articles_per_day_7d, h.articles_total,"
            " h.extraction_rate_7d, h.extraction_rate,"
            " coalesce(h.articles_per_day_7d * 7 >= 5"
            "   AND h.extraction_rate_7d <= h.extraction_rate - 0.2, false) AS layout_changed"
            " FROM source_health h LEFT JOIN source_state st USING (source_id)"
            " ORDER BY h.state IN ('challenged', 'failing') DESC, h.state = 'silent' DESC,"
            " layout_changed DESC, h.errors_7d DESC,"
            " coalesce(h.extraction_rate_7d, 1) ASC, h.source_id"
        )
    )


def outlet_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Source id → outlet name."""
    return {
        sid: name for sid, name in con.execute("SELECT source_id, name FROM sources").fetchall()
    }


def languages(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Languages of the sources (not a scan of every article)."""
    rows = con.execute("SELECT DISTINCT lang FROM sources WHERE lang IS NOT NULL ORDER BY 1")
    return [r[0] for r in rows.fetchall()]
