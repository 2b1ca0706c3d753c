"""The `ingest` flow: feeds -> pages -> extraction and filter -> DuckDB."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from connectors.http import Fetcher
from flows.progress import current_progress
from pantau.feeds import ParsedFeed, parse_feed, parse_sitemap
from pantau.pipeline import PageJob, Processed, process_batch
from pantau.records import FeedEntry, FetchedPage, FetchRecord, Source
from pantau.settings import DEFAULT_DB, DEFAULT_SOURCES, DEFAULT_WATCHLIST, FetchSettings
from pantau.sources import load_sources
from pantau.summary import IngestSummary, SourceTally, summary_markdown
from pantau.urls import article_id
from pantau.watchlist import load_watchlist
from warehouse.db import session
from warehouse.store import known_article_ids, store_batch, upsert_sources

PAGE_BATCH = 64
POOL_THRESHOLD = 48


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """One source's feed fetch and what it listed."""

    source: Source
    record: FetchRecord
    parsed: ParsedFeed | None


@task(cache_policy=NO_CACHE)
async def fetch_feeds(
    fetcher: Fetcher, sources: Sequence[Source], max_items: int
) -> list[FeedOutcome]:
    """Fetch and parse every feed concurrently; a bad feed is an outcome, not an exception."""

    async def one(source: Source) -> FeedOutcome:
        result = await fetcher.get(source.url, source_id=source.id, kind="feed")
        if not result.ok or result.body is None:
            return FeedOutcome(source, result.record, None)
        parse = parse_sitemap if source.kind == "sitemap" else parse_feed
        final_url = result.record.final_url or source.url
        parsed = await asyncio.to_thread(parse, result.body, source, final_url, max_items=max_items)
        return FeedOutcome(source, result.record, parsed)

    return list(await asyncio.gather(*(one(source) for source in sources)))


@task(cache_policy=NO_CACHE)
async def fetch_pages(
    fetcher: Fetcher, entries: Sequence[FeedEntry]
) -> tuple[list[PageJob], list[FetchRecord]]:
    """Fetch a batch of article pages concurrently."""

    async def one(entry: FeedEntry) -> tuple[PageJob, FetchRecord]:
        result = await fetcher.get(entry.url, source_id=entry.source_id, kind="page")
        record = result.record
        if not result.ok or result.body is None:
            return PageJob(entry, record.fetched_at, fetch_error=record.error), record
        page = FetchedPage(
            entry=entry,
            requested_url=entry.url,
            final_url=record.final_url or entry.url,
            fetched_at=record.fetched_at,
            http_status=record.http_status or 200,
            body=result.body,
            content_type=result.content_type,
            encoding=result.charset,
        )
        return PageJob(entry, record.fetched_at, page=page), record

    pairs = await asyncio.gather(*(one(entry) for entry in entries))
    return [job for job, _ in pairs], [record for _, record in pairs]


@task(cache_policy=NO_CACHE)
async def extract_and_judge(
    jobs: list[PageJob], executor: Executor | None, watchlist_path: Path
) -> list[Processed]:
    """Extract and classify a batch, in the process pool when there is one."""
    loop = asyncio.get_running_loop()
    if executor is None:
        return await asyncio.to_thread(process_batch, jobs, watchlist_path)
    return await loop.run_in_executor(executor, process_batch, jobs, watchlist_path)


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
        executor = _pool() if len(entries) >= POOL_THRESHOLD else None
        try:
            batches = [entries[i : i + PAGE_BATCH] for i in range(0, len(entries), PAGE_BATCH)]
            pending = [_batch(fetcher, batch, executor, watchlist_path) for batch in batches]
            for finished in asyncio.as_completed(pending):
                records, processed = await finished
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
        finally:
            if executor is not None:
                executor.shutdown(cancel_futures=True)
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


async def _batch(
    fetcher: Fetcher, entries: list[FeedEntry], executor: Executor | None, watchlist: Path
) -> tuple[list[FetchRecord], list[Processed]]:
    jobs, records = await fetch_pages(fetcher, entries)
    processed = await extract_and_judge(jobs, executor, watchlist)
    return records, processed


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


def _pool() -> ProcessPoolExecutor:
    context = get_context("forkserver")
    context.set_forkserver_preload(["pantau.pipeline"])
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=context)
