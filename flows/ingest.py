"""The `ingest` flow: feeds -> pages -> extraction and filter -> DuckDB."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from connectors.http import Fetcher
from flows.progress import current_progress
from flows.stages import FeedOutcome, fetch_feeds, process_entries
from pantau.pipeline import Processed
from pantau.records import FeedEntry, FetchRecord
from pantau.settings import DEFAULT_DB, DEFAULT_SOURCES, DEFAULT_WATCHLIST, FetchSettings
from pantau.sources import load_sources
from pantau.summary import IngestSummary, SourceTally, summary_markdown
from pantau.urls import article_id
from pantau.watchlist import load_watchlist
from warehouse.db import session
from warehouse.store import known_article_ids, store_batch, upsert_sources


def _run_name() -> str:
    return f"ingest-{datetime.now(UTC):%Y%m%d-%H%M}"


@flow(name="ingest", flow_run_name=_run_name, log_prints=False)
def ingest(
    sources: str = str(DEFAULT_SOURCES),
    db: str = str(DEFAULT_DB),
    allow_hosts: list[str] | None = None,
    watchlist: str = str(DEFAULT_WATCHLIST),
) -> IngestSummary:
    """One ingest pass over every source; per-source failures are recorded, not raised."""
    # A sync flow around one event loop of our own: Prefect's API client leaks its
    # sockets when an async flow's loop is closed by asyncio.run.
    summary = asyncio.run(
        _ingest(Path(sources), Path(db), tuple(allow_hosts or ()), Path(watchlist))
    )
    create_markdown_artifact(
        markdown=summary_markdown(summary),
        key="ingest-summary",
        description="Per-source counts of this ingest run",
    )
    return summary


async def _ingest(
    sources: Path, db_path: Path, allow_hosts: tuple[str, ...], watchlist_path: Path
) -> IngestSummary:
    logger = get_run_logger()
    started = datetime.now(UTC)
    run_id = uuid.uuid4().hex[:12]
    source_list = load_sources(sources)
    watchlist_version = load_watchlist(watchlist_path).version
    with session(db_path) as con:
        upsert_sources(con, source_list)
    tallies = {s.id: SourceTally(s.id) for s in source_list}
    progress = current_progress()
    settings = FetchSettings()
    new_alerts: list[str] = []
    async with Fetcher(settings) as fetcher:
        outcomes = await fetch_feeds(fetcher, source_list, settings.max_items_per_feed)
        entries = _new_entries(outcomes, tallies, db_path)
        with session(db_path) as con:
            store_batch(
                con,
                run_id=run_id,
                fetches=[o.record for o in outcomes],
                articles=[],
                verdicts=[],
                watchlist_version=watchlist_version,
            )
        for outcome in outcomes:
            if outcome.parsed is None or outcome.parsed.error:
                logger.warning(
                    "source %s failed: %s", outcome.source.id, tallies[outcome.source.id].feed_error
                )
        progress.start(len(entries))

        def store(records: list[FetchRecord], processed: list[Processed]) -> None:
            with session(db_path) as con:
                store_batch(
                    con,
                    run_id=run_id,
                    fetches=records,
                    articles=[p.article for p in processed],
                    verdicts=[(p.article.article_id, p.verdict) for p in processed],
                    watchlist_version=watchlist_version,
                )
            for item in processed:
                tally = tallies[item.article.source_id]
                tally.new_articles += 1
                tally.fallbacks += item.article.extraction_method != "trafilatura"
                if item.verdict.alert:
                    tally.alerts += 1
                    new_alerts.append(item.article.title or item.article.url)
            for record in records:
                tallies[record.source_id].page_errors += record.status == "error"
            progress.advance(len(processed))

        await process_entries(fetcher, entries, watchlist_path=watchlist_path, sink=store)
    summary = IngestSummary(
        run_id=run_id,
        started_at=started,
        finished_at=datetime.now(UTC),
        sources=tuple(tallies.values()),
        new_alerts=tuple(new_alerts),
    )
    logger.info(
        "ingest %s: %d new articles, %d new alerts, %d failed sources",
        run_id,
        summary.new_articles,
        len(new_alerts),
        len(summary.failed_sources),
    )
    return summary


def _new_entries(
    outcomes: Sequence[FeedOutcome], tallies: dict[str, SourceTally], db_path: Path
) -> list[FeedEntry]:
    """Entries not stored yet, each article once even when several feeds list it."""
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
    with session(db_path) as con:
        known = known_article_ids(con, by_id)
    for key in known:
        tallies[by_id[key].source_id].known += 1
    return [entry for key, entry in by_id.items() if key not in known]
