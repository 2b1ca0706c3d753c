"""Ingest stages over batches, shared by every flow that ingests pages.

Each stage runs as a Prefect task inside a flow run (see `stage`), and as a plain function
otherwise: Prefect is imported only when a flow runs.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import cache
from itertools import zip_longest
from pathlib import Path
from typing import ParamSpec, TypeVar, cast
from urllib.parse import urlsplit

from connectors.gnews import MAX_DECODES_PER_FEED, decode_entries
from connectors.http import Fetcher, FetchResult
from flows.pool import WorkerCrashed, WorkerPool
from pantau.feeds import ParsedFeed, parse_listing
from pantau.fetch_policy import (
    FeedAnswer,
    SourceState,
    body_hash,
    conditional_headers,
)
from pantau.freshness import Freshness, judge_freshness
from pantau.pipeline import PageJob, Processed, process_batch, process_crashed
from pantau.records import FeedEntry, FetchedPage, FetchRecord, Source

P = ParamSpec("P")
R = TypeVar("R")
BatchSink = Callable[[list[FetchRecord], list[Processed]], None]

PAGE_BATCH = 128
EXTRACT_CHUNK = 16
POOL_THRESHOLD = 48
POOL_FEEDS = 8


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """One source's feed fetch, what it listed, and what its state should remember."""

    source: Source
    record: FetchRecord
    parsed: ParsedFeed | None
    answer: FeedAnswer | None = None
    unchanged: bool = False  # 304: nothing new listed
    skipped: bool = False  # not attempted this run (deadline, host asked to wait)
    freshness: Freshness | None = None  # judged on what a 200 listed
    decoded: tuple[tuple[str, str], ...] = ()  # gnews: (Google link, publisher URL)
    note: str | None = None  # a partial problem that is not a failure (links not decoded)


async def fetch_feeds(
    fetcher: Fetcher,
    sources: Sequence[Source],
    max_items: int,
    *,
    states: Mapping[str, SourceState] | None = None,
    pool: WorkerPool | None = None,
) -> list[FeedOutcome]:
    """Fetch and parse every feed concurrently; a bad feed is an outcome, not an exception.

    With `states`, validators are sent where trusted; a 304 lists nothing. A 200 is parsed
    even when its body is unchanged (cheap once cut to `max_items`), so every run can tell
    which listed articles are known.
    """
    known = states or {}

    async def one(source: Source) -> FeedOutcome:
        state = known.get(source.id)
        result = await fetcher.get(
            source.url, source_id=source.id, kind="feed", headers=conditional_headers(state)
        )
        answer = _answer(result)
        now = result.record.fetched_at
        if result.record.status == "not_modified":
            return FeedOutcome(source, result.record, ParsedFeed(entries=()), answer, True)
        if not result.ok or result.body is None:
            return FeedOutcome(source, result.record, None, answer, skipped=result.skipped)
        final_url = result.record.final_url or source.url
        args = (result.body, result.charset, source, final_url, max_items)
        if pool is None:
            parsed = await asyncio.to_thread(parse_listing, *args)
        else:
            # Parsing is CPU work (about 0.3 ms an entry): spread it over the pool's cores.
            parsed = await _parse_in_pool(pool, args)
        if (parsed.error and not parsed.entries) or parsed.child_sitemaps:
            return FeedOutcome(source, result.record, parsed, answer)
        fresh = judge_freshness(parsed.entries, now, source.max_silence_hours)
        answer = replace(answer, items=fresh.items, newest_item_at=fresh.newest_at)
        return FeedOutcome(source, result.record, parsed, answer, freshness=fresh)

    return list(await asyncio.gather(*(one(source) for source in sources)))


async def _parse_in_pool(
    pool: WorkerPool, args: tuple[bytes, str | None, Source, str, int]
) -> ParsedFeed:
    try:
        return await pool.run_isolating(parse_listing, *args)
    except WorkerCrashed:
        return ParsedFeed(entries=(), error="parsing the feed killed its worker process")


def _answer(result: FetchResult) -> FeedAnswer:
    return FeedAnswer(
        ok=result.ok,
        not_modified=result.record.status == "not_modified",
        error=result.record.error,
        etag=result.etag,
        last_modified=result.last_modified,
        body_hash=body_hash(result.body) if result.body is not None else None,
        retry_after=result.retry_after,
        challenged=result.challenged,
    )


async def decode_gnews(
    fetcher: Fetcher,
    outcomes: Sequence[FeedOutcome],
    known: Callable[[list[str]], frozenset[str]] = lambda _: frozenset(),
    *,
    limit: int = MAX_DECODES_PER_FEED,
) -> list[FeedOutcome]:
    """Google News search feeds with their article links decoded to the publishers' URLs.

    `known` says which Google links earlier runs decoded already: those are dropped
    without asking Google again. A link that cannot be decoded waits for the next run.
    """

    searches = [o for o in outcomes if o.source.kind == "gnews" and o.parsed is not None]
    links = [e.url for o in searches if o.parsed is not None for e in o.parsed.entries]
    seen = await asyncio.to_thread(known, links) if links else frozenset()

    async def one(outcome: FeedOutcome) -> FeedOutcome:
        parsed = outcome.parsed
        if outcome.source.kind != "gnews" or parsed is None or not parsed.entries:
            return outcome
        feed_url = outcome.record.final_url or outcome.source.url
        decoded = await decode_entries(
            fetcher, outcome.source, feed_url, parsed.entries, known=seen, limit=limit
        )
        skipped = parsed.skipped_links + decoded.failed
        if decoded.entries or not decoded.error:
            parsed = replace(parsed, entries=decoded.entries, skipped_links=skipped)
            return replace(outcome, parsed=parsed, decoded=decoded.links, note=decoded.error)
        # Nothing decoded at all: Google's answers changed or refuse us; a failure to see.
        parsed = replace(parsed, entries=(), skipped_links=skipped, error=decoded.error)
        return replace(outcome, parsed=parsed, decoded=decoded.links)

    return list(await asyncio.gather(*(one(outcome) for outcome in outcomes)))


@dataclass(frozen=True, slots=True)
class PageFetches:
    """A fetched batch: jobs to extract, their fetch records, entries left for a later run."""

    jobs: list[PageJob]
    records: list[FetchRecord]
    skipped: list[FeedEntry]


async def fetch_pages(fetcher: Fetcher, entries: Sequence[FeedEntry]) -> PageFetches:
    """Fetch a batch of article pages concurrently."""

    async def one(entry: FeedEntry) -> tuple[PageJob | None, FetchRecord]:
        result = await fetcher.get(entry.url, source_id=entry.source_id, kind="page")
        record = result.record
        if result.skipped:
            return None, record
        if not result.ok or result.body is None:
            job = PageJob(
                entry, record.fetched_at, fetch_error=record.error, fetch_transient=result.transient
            )
            return job, record
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
    return PageFetches(
        jobs=[job for job, _ in pairs if job is not None],
        records=[record for job, record in pairs if job is not None],
        skipped=[entry for entry, (job, _) in zip(entries, pairs, strict=True) if job is None],
    )


async def extract_and_judge(
    jobs: list[PageJob], pool: WorkerPool | None, watchlist_path: Path
) -> list[Processed]:
    """Extract and classify a batch, spread over the process pool when there is one.

    The batch goes to the pool in small chunks, so every worker takes part in it: a batch
    sent whole would keep one core busy while the other waits for the next batch's pages.
    """
    if pool is None:
        return await asyncio.to_thread(process_batch, jobs, watchlist_path)
    chunks = [jobs[i : i + EXTRACT_CHUNK] for i in range(0, len(jobs), EXTRACT_CHUNK)]
    done = await asyncio.gather(*(_extract_chunk(pool, chunk, watchlist_path) for chunk in chunks))
    return [item for chunk in done for item in chunk]


async def _extract_chunk(
    pool: WorkerPool, chunk: list[PageJob], watchlist_path: Path
) -> list[Processed]:
    try:
        return await pool.run(process_batch, chunk, watchlist_path)
    except BrokenProcessPool:
        pass
    # A worker died with this chunk in it: each page alone, to find the one that did it.
    processed: list[Processed] = []
    for job in chunk:
        try:
            processed.extend(await pool.run_alone(process_batch, [job], watchlist_path))
        except WorkerCrashed:
            processed.append(process_crashed(job, watchlist_path))
    return processed


async def process_entries(
    fetcher: Fetcher,
    entries: Sequence[FeedEntry],
    *,
    watchlist_path: Path,
    sink: BatchSink,
    max_in_flight: int = 2,
    pool: WorkerPool | None = None,
) -> list[FeedEntry]:
    """Fetch, extract and judge `entries` in batches, handing each finished batch to `sink`.

    Fetching of later batches overlaps extraction of earlier ones; at most `max_in_flight`
    batches hold page bodies at once, which bounds memory. Entries are interleaved by host
    so one slow site does not fill every batch. Returns the entries not attempted: those
    left when the fetcher's run deadline passed, or whose host asked to wait.
    """
    ordered = interleave_by_host(entries)
    owned = pool is None and len(ordered) >= POOL_THRESHOLD
    if owned:
        pool = extraction_pool()
    slots = asyncio.Semaphore(max_in_flight)
    skipped: list[FeedEntry] = []

    async def one(batch: list[FeedEntry]) -> tuple[list[FetchRecord], list[Processed]]:
        async with slots:
            if fetcher.past_deadline:
                skipped.extend(batch)
                return [], []
            fetched = await stage(fetch_pages)(fetcher, batch)
            skipped.extend(fetched.skipped)
            if not fetched.jobs:
                return fetched.records, []
            processed = await stage(extract_and_judge)(fetched.jobs, pool, watchlist_path)
            return fetched.records, processed

    try:
        batches = [list(ordered[i : i + PAGE_BATCH]) for i in range(0, len(ordered), PAGE_BATCH)]
        for finished in asyncio.as_completed([one(batch) for batch in batches]):
            records, processed = await finished
            if records or processed:
                # Off the event loop, so fetching goes on while DuckDB writes.
                await asyncio.to_thread(sink, records, processed)
    finally:
        if owned and pool is not None:
            close_pool(pool)
    return skipped


def stage(work: Callable[P, R]) -> Callable[P, R]:
    """`work` as a Prefect task inside a flow run (its UI then shows the stage), else itself."""
    if not _in_flow_run():
        return work
    return cast(Callable[P, R], _as_task(work))


@cache
def _as_task(work: Callable[..., object]) -> object:
    from prefect import task
    from prefect.cache_policies import NO_CACHE

    return task(cache_policy=NO_CACHE)(work)


def _in_flow_run() -> bool:
    """Whether a Prefect flow run is current; never imports Prefect to find out."""
    if "prefect" not in sys.modules:
        return False
    from prefect.context import FlowRunContext

    return FlowRunContext.get() is not None


def run_logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """Prefect's run logger inside a flow run (its UI shows the lines), else a plain one."""
    if _in_flow_run():
        from prefect import get_run_logger

        return get_run_logger()
    return logging.getLogger("pantau.ingest")


def interleave_by_host(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """Round-robin over hosts, keeping each host's order."""
    by_host: defaultdict[str, list[FeedEntry]] = defaultdict(list)
    for entry in entries:
        by_host[urlsplit(entry.url).netloc.lower()].append(entry)
    return [e for row in zip_longest(*by_host.values()) for e in row if e is not None]


def extraction_pool() -> WorkerPool:
    """One worker process per core, started from a server that has the pipeline imported."""
    return WorkerPool(preload=["pantau.pipeline", "pantau.feeds"])


def close_pool(pool: WorkerPool) -> None:
    """Stop the pool's workers, and say in the run's log if any of them died meanwhile."""
    pool.shutdown()
    if pool.replaced:
        run_logger().warning(
            "%d worker process(es) died; the pages they held were re-run one at a time",
            pool.replaced,
        )
