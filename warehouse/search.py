"""Text search over every article: through the search index when it can help, else a scan.

Both give the same rows: each term must appear in the title or the text (the summary when
there is no text), as a case-insensitive substring; --regex always scans.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import duckdb

from pantau.errors import PantauError
from warehouse.search_index import WORD, index_covers

SEARCH_COLUMNS = ("published_at", "outlet", "title", "url", "story_id", "alert", "snippet")
# How long a piece must be to narrow a search: one found anywhere inside words, one that
# must start or end a word, one that must be a whole word (shorter ones are only checked).
MIN_INSIDE, MIN_EDGE, MIN_WHOLE = 3, 2, 1
# Candidates checked against their text, in date order, before a scan is the cheaper way.
CHECK_BATCHES = (100, 400)
MAX_LISTED = 500
# How each kind of lookup tests an indexed word (`term`) against the lower-cased piece.
_LOOKUP_SQL = {
    "inside": "contains(term, lower($w{n}))",
    "start": "starts_with(term, lower($w{n}))",
    "end": "ends_with(term, lower($w{n}))",
    "whole": "term = lower($w{n})",
}


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


@dataclass(frozen=True, slots=True)
class IndexPlan:
    """How the index answers a query: words to look up, and terms to check in the text."""

    lookups: tuple[tuple[str, str], ...]  # (inside | start | end | whole, piece)
    checks: tuple[str, ...]


def parse_terms(text: str) -> tuple[str, ...]:
    """Words of a query, with "quoted phrases" kept whole, lower-cased."""
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.replace('"', " ").split()
    return tuple(w.casefold() for w in words if w.strip())


def plan(terms: Sequence[str]) -> IndexPlan | None:
    """Which terms the index answers alone, which it narrows and the text decides; None: scan.

    A term made only of word characters matches exactly where some indexed word contains it.
    Any other term (a phrase, "s-300") is narrowed by its word pieces, then checked: a piece
    next to a space or a hyphen in the term must start or end a word in the text.
    """
    lookups: list[tuple[str, str]] = []
    checks: list[str] = []
    for term in terms:
        if WORD.fullmatch(term):
            if len(term) >= MIN_INSIDE:
                lookups.append(("inside", term))
                continue
            checks.append(term)
            continue
        checks.append(term)
        for piece in WORD.finditer(term):
            starts, ends = piece.start() > 0, piece.end() < len(term)
            how, least = {
                (False, False): ("inside", MIN_INSIDE),
                (True, False): ("start", MIN_EDGE),
                (False, True): ("end", MIN_EDGE),
                (True, True): ("whole", MIN_WHOLE),
            }[(starts, ends)]
            if len(piece[0]) >= least:
                lookups.append((how, piece[0]))
    if not lookups:
        return None
    return IndexPlan(tuple(dict.fromkeys(lookups)), tuple(checks))


def _term_condition(n: int, term: str, params: dict[str, object]) -> str:
    """The scan's test of one term against article `a`, its parameter added to `params`."""
    if any(c in term for c in "%_\\"):
        # LIKE wildcards in the term: match it literally (slower than ILIKE).
        params[f"t{n}"] = term
        return (
            f"contains(lower(coalesce(a.title, '') || ' ' || coalesce(a.text, a.summary, '')),"
            f" $t{n})"
        )
    params[f"t{n}"] = f"%{term}%"
    return (
        f"(a.title ILIKE $t{n} OR a.text ILIKE $t{n} OR (a.text IS NULL AND a.summary ILIKE $t{n}))"
    )


def _filters(query: SearchQuery, seen: str, source: str, params: dict[str, object]) -> list[str]:
    """Date, source and alert conditions on the columns named `seen` and `source`."""
    where = []
    if query.since:
        params["since"] = query.since
        where.append(f"{seen} >= $since")
    if query.until:
        params["until"] = query.until
        where.append(f"{seen} < $until + INTERVAL 1 DAY")
    if query.sources:
        params["sources"] = list(query.sources)
        where.append(f"list_contains($sources, {source})")
    return where


_ORDER = "coalesce(a.published_at, a.fetched_at) DESC, a.article_id"


def _rows_sql(articles: str, verdicts: str, first: str) -> str:
    """The result columns for `articles` (rows aliased `a`), newest first."""
    snippet = (
        "regexp_replace(CASE WHEN a.text IS NULL THEN left(a.summary, 160) ELSE substring(a.text,"
        f" greatest(1, instr(lower(a.text), {first}) - 60), 180) END, '\\s+', ' ', 'g')"
    )
    return (
        "SELECT a.published_at, coalesce(s.name, a.source_id) AS outlet, a.title, a.url,"
        " coalesce(a.story_id, a.article_id) AS story_id, coalesce(v.alert, false) AS alert,"
        f" {snippet} AS snippet\n"
        f"FROM {articles}\n"
        "LEFT JOIN sources s USING (source_id)\n"
        f"LEFT JOIN {verdicts} v USING (article_id)\n"
        f"ORDER BY {_ORDER}"
    )


def search_sql(query: SearchQuery) -> tuple[str, dict[str, object]]:
    """SQL and parameters for the scan: every article's title and text, newest first.

    A regular expression is matched case-insensitively with DuckDB's RE2 syntax.
    """
    if not query.terms and not query.regex:
        raise SearchError("nothing to search for: give words or --regex PATTERN")
    params: dict[str, object] = {"limit": max(1, query.limit)}
    where = [_term_condition(n, term, params) for n, term in enumerate(query.terms)]
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
    where += _filters(query, "coalesce(a.published_at, a.fetched_at)", "a.source_id", params)
    if query.alerts_only:
        where.append("v.alert")
    if query.terms:
        params["first"] = query.terms[0]
        first = "$first"
    else:
        first = "lower(regexp_extract(a.text, $rx, 0, 'i'))"
    verdicts = "LEFT JOIN verdicts v USING (article_id)\n"
    # Filter and pick the page first; snippets and joins only for the rows shown.
    sql = (
        "WITH hits AS (\n"
        "SELECT a.article_id FROM articles a\n"
        f"{verdicts if query.alerts_only else ''}"
        f"WHERE {' AND '.join(where)}\n"
        f"ORDER BY {_ORDER} LIMIT $limit)\n"
        + _rows_sql("hits JOIN articles a USING (article_id)", "verdicts", first)
    )
    return sql, params


def search(
    con: duckdb.DuckDBPyConnection, query: SearchQuery
) -> tuple[list[str], list[tuple[object, ...]]]:
    """Run a text search; return column names and rows."""
    try:
        found = _through_index(con, query)
        if found is not None:
            return found
        sql, params = search_sql(query)
        cursor = con.execute(sql, params)
        return [d[0] for d in cursor.description or []], cursor.fetchall()
    except duckdb.Error as exc:
        raise SearchError(f"search failed: {' '.join(str(exc).split())}") from None


def _through_index(
    con: duckdb.DuckDBPyConnection, query: SearchQuery
) -> tuple[list[str], list[tuple[object, ...]]] | None:
    """The search answered from the index, or None where only a scan can answer it."""
    how = plan(query.terms) if query.terms and not query.regex else None
    if how is None or not index_covers(con):
        return None
    limit = max(1, query.limit)
    candidates = _candidates(con, query, how, None if how.checks else limit)
    if how.checks:
        hits = _checked(con, candidates, how.checks, limit)
        if hits is None:
            return None
    else:
        hits = candidates
    params: dict[str, object] = {"first": query.terms[0]}
    ids = _placeholders(hits, params)
    # Only these rows of articles and verdicts, each fetched by its key, never a join that
    # would read every article.
    cursor = con.execute(
        f"WITH a AS MATERIALIZED (SELECT * FROM articles WHERE article_id IN ({ids})),\n"
        f"hit_verdicts AS MATERIALIZED (SELECT article_id, alert FROM verdicts"
        f" WHERE article_id IN ({ids}))\n" + _rows_sql("a", "hit_verdicts", "$first"),
        params,
    )
    return [d[0] for d in cursor.description or []], cursor.fetchall()


def _candidates(
    con: duckdb.DuckDBPyConnection, query: SearchQuery, how: IndexPlan, limit: int | None
) -> list[str]:
    """Article ids holding every lookup word inside one of their words, newest first."""
    params: dict[str, object] = {}
    where = []
    for n, (kind, piece) in enumerate(how.lookups):
        params[f"w{n}"] = piece
        where.append(
            "d.doc IN (SELECT doc FROM search_postings WHERE term_id IN"
            f" (SELECT term_id FROM search_terms WHERE {_LOOKUP_SQL[kind].format(n=n)}))"
        )
    where += _filters(query, "d.seen", "d.source_id", params)
    if query.alerts_only:
        where.append("d.article_id IN (SELECT article_id FROM verdicts WHERE alert)")
    if limit is not None:
        params["limit"] = limit
    rows = con.execute(
        f"SELECT d.article_id FROM search_docs d WHERE {' AND '.join(where)}"
        f" ORDER BY d.seen DESC, d.article_id{' LIMIT $limit' if limit is not None else ''}",
        params,
    ).fetchall()
    return [str(r[0]) for r in rows]


def _checked(
    con: duckdb.DuckDBPyConnection, candidates: list[str], checks: Sequence[str], limit: int
) -> list[str] | None:
    """The first `limit` candidates whose text passes every check; None if too many to try."""
    hits: list[str] = []
    start = 0
    for size in CHECK_BATCHES:
        batch = candidates[start : start + size]
        start += len(batch)
        if batch:
            params: dict[str, object] = {}
            conditions = " AND ".join(
                _term_condition(n, term, params) for n, term in enumerate(checks)
            )
            # Materialised first, so the checks read only these rows' text, not every row's.
            rows = con.execute(
                "WITH a AS MATERIALIZED (SELECT article_id, title, text, summary FROM articles"
                f" WHERE article_id IN ({_placeholders(batch, params)}))"
                f" SELECT article_id FROM a WHERE {conditions}",
                params,
            ).fetchall()
            passed = {str(r[0]) for r in rows}
            hits += [aid for aid in batch if aid in passed]
        if len(hits) >= limit or start >= len(candidates):
            return hits[:limit]
    return None


def _placeholders(ids: Sequence[str], params: dict[str, object]) -> str:
    """`ids` as bound values (never SQL text) for `IN (...)`."""
    # One parameter each lets DuckDB look rows up by key; past MAX_LISTED, one list parameter
    # costs less to plan.
    if len(ids) > MAX_LISTED:
        params["ids"] = list(ids)
        return "SELECT unnest($ids)"
    for n, value in enumerate(ids):
        params[f"i{n}"] = value
    return ", ".join(f"$i{n}" for n in range(len(ids))) or "NULL"
