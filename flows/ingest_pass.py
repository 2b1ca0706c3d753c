"""One ingest pass: feeds -> pages -> extraction and filter -> DuckDB.

Prefect-free, so `pantau run` without a Prefect API never imports Prefect (0.8 s and 45 MB
of its start-up); the `ingest` flow in flows/ingest.py wraps this same pass.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from connectors.http import Fetcher
from flows.landing import Landing
from flows.progress import current_progress
from flows.stages import (
    POOL_FEEDS,
    FeedOutcome,
    close_pool,
    decode_gnews,
    extraction_pool,
    fetch_feeds,
    process_entries,
    run_logger,
    stage,
)
from pantau.clusters import Signature
from pantau.fetch_policy import (
    FeedAnswer,
    SourceState,
    after_attempt,
    backing_off_reason,
    is_due,
)
from pantau.filter.watchlist import load_watchlist
from pantau.pipeline import Processed
from pantau.records import FeedEntry, FetchRecord
from pantau.settings import FetchSettings
from pantau.sources import load_sources
from pantau.summary import IngestSummary, SourceTally
from pantau.urls import article_id
from warehouse.fetch_state import PageOutcome, QueuedPage


def ingest_pass(
    sources: Path,
    db: Path,
    allow_hosts: tuple[str, ...],
    watchlist: Path,
    fetch: FetchSettings,
) -> IngestSummary:
    """One ingest pass over every source; per-source failures are recorded, not raised."""
    # One event loop of our own, also inside a (sync) flow: Prefect's API client leaks its
    # sockets when an async flow's loop is closed by asyncio.run.
    return asyncio.run(_ingest(sources, db, allow_hosts, watchlist, fetch))


async def _ingest(
    sources: Path,
    db_path: Path,
    allow_hosts: tuple[str, ...],
    watchlist_path: Path,
    settings: FetchSettings,
) -> IngestSummary:
    logger = run_logger()
    started = datetime.now(UTC)
    run_id = uuid.uuid4().hex[:12]
    source_list = load_sources(sources)
    watchlist_version = load_watchlist(watchlist_path).version
    landing = Landing(
        db_path,
        run_id,
        wait=settings.warehouse_wait,
        publish=settings.publish_copy,
        logger=logger,
    )
    states = landing.start(source_list)
    tallies = {s.id: SourceTally(s.id) for s in source_list}
    due = [s for s in source_list if is_due(states.get(s.id), started)]
    for source in source_list:
        if source not in due:
            tallies[source.id].feed_error = backing_off_reason(states[source.id])
            logger.warning("source %s %s", source.id, tallies[source.id].feed_error)
    progress = current_progress()
    new_alerts: list[str] = []
    signed: dict[str, Signature] = {}
    # Enough feeds to be worth a process pool: start it now, so it parses the feeds too.
    pool = extraction_pool() if len(due) >= POOL_FEEDS else None
    try:
        async with Fetcher(settings, allow_hosts=allow_hosts) as fetcher:
            outcomes = await stage(fetch_feeds)(
                fetcher, due, settings.max_items_per_feed, states=states, pool=pool
            )
            outcomes = await decode_gnews(fetcher, outcomes, landing.decoded)
            new_pages = _new_pages(outcomes, tallies, landing)
            attempted = [o for o in outcomes if not o.skipped]
            queued = landing.record_feeds(
                run_id=run_id,
                fetches=[o.record for o in attempted],
                states=[_next_state(o, states, started, settings) for o in attempted],
                new_pages=new_pages,
                links=[(g, u, o.source.id) for o in outcomes for g, u in o.decoded],
                now=started,
            )
            for outcome in outcomes:
                if outcome.note:
                    logger.warning("source %s: %s", outcome.source.id, outcome.note)
                if tallies[outcome.source.id].feed_error:
                    logger.warning(
                        "source %s failed: %s",
                        outcome.source.id,
                        tallies[outcome.source.id].feed_error,
                    )
            progress.start(len(queued))

            def store(records: list[FetchRecord], processed: list[Processed]) -> None:
                landing.store_pages(
                    run_id=run_id,
                    fetches=records,
                    articles=[p.article for p in processed],
                    verdicts=[(p.article.article_id, p.verdict) for p in processed],
                    watchlist_version=watchlist_version,
                    outcomes=[
                        PageOutcome(p.article.article_id, p.retry, p.note) for p in processed
                    ],
                    max_attempts=settings.page_attempts,
                    retry_delay=settings.page_retry_delay,
                    now=datetime.now(UTC),
                )
                for item in processed:
                    signed[item.article.article_id] = item.signature
                    tally = _tally(tallies, item.article.source_id)
                    tally.new_articles += 1
                    tally.fallbacks += item.article.extraction_method != "trafilatura"
                    if item.verdict.alert:
                        tally.alerts += 1
                        new_alerts.append(item.article.title or item.article.url)
                for record in records:
                    _tally(tallies, record.source_id).page_errors += record.status == "error"
                progress.advance(len(processed))

            left = await process_entries(
                fetcher,
                [q.entry for q in queued],
                watchlist_path=watchlist_path,
                sink=store,
                pool=pool,
            )
    finally:
        if pool is not None:
            close_pool(pool)
    landing.finish(
        signed,
        [article_id(e.url) for e in left],
        "left for a later run: the run's deadline passed or the host asked to wait",
        datetime.now(UTC),
    )
    if left:
        logger.warning("%d pages left for the next run", len(left))
    summary = IngestSummary(
        run_id=run_id,
        started_at=started,
        finished_at=datetime.now(UTC),
        sources=tuple(tallies.values()),
        new_alerts=tuple(new_alerts),
        spooled=landing.held,
        spool_loaded=landing.loaded.loaded,
        published=str(landing.published) if landing.published else None,
    )
    logger.info(
        "ingest %s: %d new articles, %d new alerts, %d failed sources",
        run_id,
        summary.new_articles,
        len(new_alerts),
        len(summary.failed_sources),
    )
    return summary


def _tally(tallies: dict[str, SourceTally], source_id: str) -> SourceTally:
    """The source's tally; a queued page may belong to a source no longer in the seeds."""
    if source_id not in tallies:
        tallies[source_id] = SourceTally(source_id)
    return tallies[source_id]


def _next_state(
    outcome: FeedOutcome,
    states: dict[str, SourceState],
    now: datetime,
    settings: FetchSettings,
) -> SourceState:
    """A feed that arrived but could not be parsed counts as a failure too."""
    answer = outcome.answer or FeedAnswer(ok=False, error=outcome.record.error)
    if outcome.parsed is not None and outcome.parsed.error and not outcome.parsed.entries:
        answer = replace(answer, ok=False, error=outcome.parsed.error)
    return after_attempt(states.get(outcome.source.id), outcome.source.id, answer, now, settings)


def _new_pages(
    outcomes: Sequence[FeedOutcome], tallies: dict[str, SourceTally], landing: Landing
) -> list[QueuedPage]:
    """Entries neither stored nor queued yet, each article once even when several feeds list it."""
    by_id: dict[str, FeedEntry] = {}
    for outcome in outcomes:
        tally = tallies[outcome.source.id]
        if outcome.parsed is None:
            tally.feed_error = outcome.record.error or "fetch failed"
            continue
        if outcome.parsed.error:
            tally.feed_error = outcome.parsed.error
        tally.entries = len(outcome.parsed.entries)
        for entry in outcome.parsed.entries:
            by_id.setdefault(article_id(entry.url), entry)
    known = landing.known(by_id)
    for key in known:
        tallies[by_id[key].source_id].known += 1
    return [QueuedPage(key, entry) for key, entry in by_id.items() if key not in known]
