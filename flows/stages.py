"""Ingest stages as Prefect tasks over batches, shared by every flow that ingests pages."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from connectors.http import Fetcher
from pantau.feeds import ParsedFeed, parse_feed, parse_sitemap
from pantau.pipeline import PageJob, Processed, process_batch
from pantau.records import FeedEntry, FetchedPage, FetchRecord, Source

BatchSink = Callable[[list[FetchRecord], list[Processed]], None]

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


async def process_entries(
    fetcher: Fetcher,
    entries: Sequence[FeedEntry],
    *,
    watchlist_path: Path,
    sink: BatchSink,
    max_in_flight: int = 4,
) -> None:
    """Fetch, extract and judge `entries` in batches, handing each finished batch to `sink`.

    Fetching of later batches overlaps extraction of earlier ones; at most `max_in_flight`
    batches hold page bodies at once, which bounds memory.
    """
    executor = _pool() if len(entries) >= POOL_THRESHOLD else None
    slots = asyncio.Semaphore(max_in_flight)

    async def one(batch: list[FeedEntry]) -> tuple[list[FetchRecord], list[Processed]]:
        async with slots:
            jobs, records = await fetch_pages(fetcher, batch)
            return records, await extract_and_judge(jobs, executor, watchlist_path)

    try:
        batches = [list(entries[i : i + PAGE_BATCH]) for i in range(0, len(entries), PAGE_BATCH)]
        for finished in asyncio.as_completed([one(batch) for batch in batches]):
            records, processed = await finished
            sink(records, processed)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)


def _pool() -> ProcessPoolExecutor:
    context = get_context("forkserver")
    context.set_forkserver_preload(["pantau.pipeline"])
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=context)
