"""The workbench's read pages: each reads through warehouse/ and renders one template."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, timedelta
from typing import Any

import duckdb
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from pantau.errors import WarehouseError
from pantau.web.config import WebConfig
from pantau.web.marks import field_runs, term_runs
from pantau.web.render import LIST_FORMATS, list_response, page
from warehouse.db import session
from warehouse.reviews import story_reviews
from warehouse.search import SearchError, SearchQuery, parse_terms, search
from warehouse.workbench import (
    ALERT_COLUMNS,
    REVIEW_STATES,
    AlertFilter,
    alert_page,
    alert_span,
    article_detail,
    languages,
    mentions_of,
    outlet_names,
    pair_stories,
    related_stories,
    source_health,
    story_alert,
    story_detail,
)

FILTER_FIELDS = (
    "supplier", "recipient", "actor", "item", "outlet", "lang", "since", "until", "review",
    "min_score", "q",
)  # fmt: skip


# DuckDB refuses a read-only and a read-write connection to one file in one process at once,
# so this process's requests take turns; each holds the file for milliseconds.
_TURNS = threading.Lock()


@contextmanager
def opened(config: WebConfig, *, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short session for one request: read-only unless `write`; released when it ends."""
    wait = config.write_wait if write else config.read_wait
    with _TURNS:
        try:
            with session(config.db, read_only=not write, wait_seconds=wait) as con:
                yield con
        except duckdb.ConnectionException as exc:
            # Another connection of this process (e.g. an in-process ingest) holds the file.
            first = str(exc).strip().splitlines()[0]
            raise WarehouseError(f"database {config.db} is busy: {first}") from None


def reading(config: WebConfig) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
    """A short read-only session for one request (a writer waits for it, not for the app)."""
    return opened(config)


def _text(params: QueryParams, name: str) -> str | None:
    value = params.get(name, "").strip()
    return value or None


def _day(params: QueryParams, name: str) -> date | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}={value!r} is not a day: use YYYY-MM-DD") from None


def _format(params: QueryParams) -> str:
    fmt = params.get("format", "html")
    if fmt not in LIST_FORMATS:
        raise HTTPException(400, f"format={fmt!r}: use html, csv or json")
    return fmt


def parse_filter(params: QueryParams) -> AlertFilter:
    """The Alerts page's filter from its URL; a malformed value is a 400 naming the field."""
    review = params.get("review", "any") or "any"
    if review not in REVIEW_STATES:
        raise HTTPException(400, f"review={review!r}: use one of {', '.join(REVIEW_STATES)}")
    min_score = _text(params, "min_score")
    try:
        score = float(min_score) if min_score else None
    except ValueError:
        raise HTTPException(400, f"min_score={min_score!r} is not a number") from None
    supplier, recipient, actor = (_text(params, n) for n in ("supplier", "recipient", "actor"))
    return AlertFilter(
        supplier=supplier,
        recipient=recipient,
        actor=actor,
        item=_text(params, "item"),
        outlet=_text(params, "outlet"),
        lang=_text(params, "lang"),
        since=_day(params, "since"),
        until=_day(params, "until"),
        review=review,
        min_score=score,
        words=parse_terms(params.get("q", "")),
    )


def alerts_page(request: Request) -> Response:
    """Alerts (home): stories newest first, filtered by the URL, keyset-paginated."""
    config: WebConfig = request.app.state.config
    params = request.query_params
    fmt = _format(params)
    flt = parse_filter(params)
    with reading(config) as con:
        result = alert_page(con, flt, after=_text(params, "after"), limit=config.page_size)
        mentions = mentions_of(con, [r["article_id"] for r in result.rows])
        names = outlet_names(con)
        langs = languages(con)
    next_url = None
    if result.next_cursor:
        kept = {k: v for k, v in params.items() if k != "after" and v}
        next_url = "/?" + str(QueryParams({**kept, "after": result.next_cursor}))
    if fmt != "html":
        return list_response(fmt, ALERT_COLUMNS, result.rows, "alerts", next_url)
    for row in result.rows:
        row["evidence_runs"] = term_runs(row["evidence"], mentions.get(row["article_id"], []))
    filters = {n: params.get(n, "") for n in FILTER_FIELDS}
    return page(
        request.app.state.env,
        request,
        "alerts.html",
        {
            "rows": result.rows,
            "next_url": next_url,
            "filters": filters,
            "filtered": any(v for k, v in filters.items() if k != "review" or v != "any"),
            "outlets": names,
            "langs": langs,
            "actors": config.actor_names,
            "review_states": REVIEW_STATES,
            "paged": bool(_text(params, "after")),
        },
    )


def review_context(
    con: duckdb.DuckDBPyConnection,
    story_id: str,
    article_id: str,
    alert: dict[str, Any] | None = None,
    article: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """What the review panel shows: the standing fields, the history, and whose article."""
    if alert is None:
        alert = story_alert(con, story_id)
    source = alert or article or {}
    return {
        "story_id": story_id,
        "article_id": article_id,
        "alert": alert,
        "is_alert": alert is not None,
        "standing": {
            "supplier": source.get("supplier"),
            "recipient": source.get("recipient"),
            "items": ", ".join(source.get("items") or []),
        },
        "history": story_reviews(con, story_id),
    }


REPORT_COLUMNS = (
    "article_id", "seen", "outlet", "title", "url", "alert", "standing_alert", "score",
    "supplier", "recipient", "items", "rule", "evidence",
)  # fmt: skip


def story_page(request: Request) -> Response:
    """Story: every report across outlets on a timeline, each verdict, and related stories."""
    config: WebConfig = request.app.state.config
    story_id = request.path_params["story_id"]
    with reading(config) as con:
        alert, reports = story_detail(con, story_id)
        if not reports:
            raise HTTPException(404, f"no story {story_id}")
        lead = alert or reports[0]
        panel = review_context(con, story_id, lead["article_id"], alert, reports[0])
        related = related_stories(
            con, story_id, (lead.get("supplier"), lead.get("recipient")), reports[0]["seen"]
        )
        mentions = mentions_of(con, [r["article_id"] for r in reports])
        names = outlet_names(con)
    fmt = _format(request.query_params)
    if fmt != "html":
        return list_response(fmt, REPORT_COLUMNS, reports, f"story-{story_id}")
    for report in reports:
        report["evidence_runs"] = term_runs(
            report["evidence"], mentions.get(report["article_id"], [])
        )
    context = {
        "alert": alert,
        "lead": lead,
        "reports": reports,
        "related": related,
        "panel": panel,
        "outlets": names,
        "actors": config.actor_names,
    }
    return page(request.app.state.env, request, "story.html", context)


def article_page(request: Request) -> Response:
    """Article: the stored text with every matched term marked, and its verdict explained."""
    config: WebConfig = request.app.state.config
    article_id = request.path_params["article_id"]
    with reading(config) as con:
        article = article_detail(con, article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        mentions = mentions_of(con, [article_id]).get(article_id, [])
        panel = review_context(con, article["story_id"], article_id, article=article)
    context = {
        "a": article,
        "title_runs": field_runs(article["title"], mentions, "title"),
        "text_runs": field_runs(article["text"] or article["summary"], mentions, "text"),
        "marked_text": bool(article["text"]),
        "mentions": mentions,
        "panel": panel,
        "actors": config.actor_names,
    }
    return page(request.app.state.env, request, "article.html", context)


def trends_page(request: Request) -> Response:
    """Trends: stories per supplier → recipient pair per week, and the pair matrix."""
    config: WebConfig = request.app.state.config
    params = request.query_params
    fmt = _format(params)
    with reading(config) as con:
        first, last = alert_span(con)
        until = _day(params, "until") or last or date.today()
        since = _day(params, "since") or max(first or until, until - timedelta(weeks=12))
        found = pair_stories(con, since, until)
    per_week: dict[tuple[date, str, str], set[str]] = {}
    per_pair: dict[tuple[str, str], set[str]] = {}
    for r in found:
        per_week.setdefault((r["week"], r["supplier"], r["recipient"]), set()).add(r["story_id"])
        per_pair.setdefault((r["supplier"], r["recipient"]), set()).add(r["story_id"])
    weeks = [
        {"week": w, "supplier": s, "recipient": r, "stories": len(ids)}
        for (w, s, r), ids in sorted(per_week.items(), key=lambda kv: (kv[0][0], -len(kv[1])))
    ]
    if fmt != "html":
        return list_response(fmt, ("week", "supplier", "recipient", "stories"), weeks, "trends")
    week_days = sorted({w for w, _, _ in per_week})
    pairs: dict[tuple[str, str], dict[date, int]] = {}
    for (week, supplier, recipient), ids in per_week.items():
        pairs.setdefault((supplier, recipient), {})[week] = len(ids)
    ordered = sorted(pairs.items(), key=lambda kv: (-len(per_pair[kv[0]]), kv[0]))
    suppliers = sorted({s for s, _ in per_pair})
    recipients = sorted({r for _, r in per_pair})
    cells = {pair: len(ids) for pair, ids in per_pair.items()}
    peak = max([*cells.values(), 1])
    context = {
        "since": since,
        "until": until,
        "weeks": week_days,
        "pairs": ordered,
        "suppliers": suppliers,
        "recipients": recipients,
        "cells": cells,
        "peak": peak,
        "actors": config.actor_names,
        "week_end": lambda d: d + timedelta(days=6),
    }
    return page(request.app.state.env, request, "trends.html", context)


SOURCE_COLUMNS = (
    "source_id", "outlet", "state", "failing_runs", "last_error", "last_fetch", "last_success",
    "last_article", "fetches_7d", "errors_7d", "error_rate_7d", "articles_per_day_7d",
    "articles_total", "extraction_rate_7d", "extraction_rate", "layout_changed",
)  # fmt: skip


def sources_page(request: Request) -> Response:
    """Sources: the source_health view, failing feeds and weak extraction first."""
    config: WebConfig = request.app.state.config
    fmt = _format(request.query_params)
    with reading(config) as con:
        rows = source_health(con)
    if fmt != "html":
        return list_response(fmt, SOURCE_COLUMNS, rows, "sources")
    return page(request.app.state.env, request, "sources.html", {"rows": rows})


def search_page(request: Request) -> Response:
    """Search over every article, alerts or not, as `pantau search` does."""
    config: WebConfig = request.app.state.config
    params = request.query_params
    fmt = _format(params)
    words = params.get("q", "")
    query = SearchQuery(
        terms=parse_terms(words),
        since=_day(params, "since"),
        until=_day(params, "until"),
        sources=tuple(v for v in params.getlist("source") if v),
        alerts_only=params.get("alerts") == "1",
        limit=100,
    )
    columns: list[str] = []
    rows: list[dict[str, Any]] = []
    problem = None
    if query.terms:
        try:
            with reading(config) as con:
                columns, found = search(con, query)
        except SearchError as exc:
            problem = str(exc)
        else:
            rows = [dict(zip(columns, r, strict=True)) for r in found]
    if fmt != "html":
        return list_response(fmt, columns, rows, "search")
    context = {"q": words, "rows": rows, "problem": problem, "alerts": query.alerts_only}
    return page(request.app.state.env, request, "search.html", context)
