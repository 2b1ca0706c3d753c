"""Read-side helpers over the analyst views: text search and weekly trend counts."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import date

import duckdb

from pantau.errors import PantauError
from pantau.report import WeekCount

SEARCH_COLUMNS = ("published_at", "outlet", "title", "url", "story_id", "alert", "snippet")


class SearchError(PantauError):
    """A search the warehouse cannot run (a bad pattern, an empty query)."""


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for: every term (or one regular expression), within filters."""

    terms: tuple[str, ...] = ()
    regex: str | None = None
    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()
    alerts_only: bool = False
    limit: int = 50


def parse_terms(text: str) -> tuple[str, ...]:
    """Words of a query, with "quoted phrases" kept whole, lower-cased."""
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.replace('"', " ").split()
    return tuple(w.casefold() for w in words if w.strip())


def search_sql(query: SearchQuery) -> tuple[str, dict[str, object]]:
    """SQL and parameters for a text search over titles and article text, newest first.

    Each term must appear in the title or the text (case-insensitive substring match);
    a regular expression is matched case-insensitively with DuckDB's RE2 syntax.
    """
    if not query.terms and not query.regex:
        raise SearchError("nothing to search for: give words or --regex PATTERN")
    params: dict[str, object] = {"limit": max(1, query.limit)}
    where = []
    body = "lower(coalesce(a.title, '') || ' ' || coalesce(a.text, a.summary, ''))"
    for n, term in enumerate(query.terms):
        if any(c in term for c in "%_\\"):
            # LIKE wildcards in the term: match it literally (slower than ILIKE).
            params[f"t{n}"] = term
            where.append(f"contains({body}, $t{n})")
        else:
            params[f"t{n}"] = f"%{term}%"
            where.append(
                f"(a.title ILIKE $t{n} OR a.text ILIKE $t{n}"
                f" OR (a.text IS NULL AND a.summary ILIKE $t{n}))"
            )
    if query.regex:
        try:
            re.compile(query.regex)
        except re.error as exc:
            raise SearchError(f"bad regular expression {query.regex!r}: {exc}") from None
        params["rx"] = query.regex
        where.append(
            "regexp_matches(coalesce(a.title, '') || ' ' || coalesce(a.text, a.summary, ''),"
            " $rx, 'i')"
        )
    if query.since:
        params["since"] = query.since
        where.append("coalesce(a.published_at, a.fetched_at) >= $since")
    if query.until:
        params["until"] = query.until
        where.append("coalesce(a.published_at, a.fetched_at) < $until + INTERVAL 1 DAY")
    if query.sources:
        params["sources"] = list(query.sources)
        where.append("list_contains($sources, a.source_id)")
    if query.alerts_only:
        where.append("v.alert")
    if query.terms:
        params["first"] = query.terms[0]
        first = "$first"
    else:
        first = "lower(regexp_extract(a.text, $rx, 0, 'i'))"
    snippet = (
        "regexp_replace(CASE WHEN a.text IS NULL THEN left(a.summary, 160) ELSE substring(a.text,"
        f" greatest(1, instr(lower(a.text), {first}) - 60), 180) END, '\\s+', ' ', 'g')"
    )
    order = "coalesce(a.published_at, a.fetched_at) DESC, a.article_id"
    verdicts = "LEFT JOIN verdicts v USING (article_id)\n"
    # Filter and pick the page first; snippets and joins only for the rows shown.
    sql = (
        "WITH hits AS (\n"
        "SELECT a.article_id FROM articles a\n"
        f"{verdicts if query.alerts_only else ''}"
        f"WHERE {' AND '.join(where)}\n"
        f"ORDER BY {order} LIMIT $limit)\n"
        "SELECT a.published_at, coalesce(s.name, a.source_id) AS outlet, a.title, a.url,"
        " coalesce(a.story_id, a.article_id) AS story_id, coalesce(v.alert, false) AS alert,"
        f" {snippet} AS snippet\n"
        "FROM hits JOIN articles a USING (article_id)\n"
        "LEFT JOIN sources s USING (source_id)\n"
        f"{verdicts}"
        f"ORDER BY {order}"
    )
    return sql, params


def search(
    con: duckdb.DuckDBPyConnection, query: SearchQuery
) -> tuple[list[str], list[tuple[object, ...]]]:
    """Run a text search; return column names and rows."""
    sql, params = search_sql(query)
    try:
        cursor = con.execute(sql, params)
    except duckdb.Error as exc:
        raise SearchError(f"search failed: {' '.join(str(exc).split())}") from None
    return [d[0] for d in cursor.description or []], cursor.fetchall()


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
