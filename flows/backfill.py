"""The `backfill` flow: historical articles from news sitemaps, through the ingest stages."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from connectors.http import Fetcher
from flows.stages import process_entries
from pantau.clusters import Signature
from pantau.errors import ConfigError
from pantau.feeds import parse_sitemap
from pantau.filter.watchlist import load_watchlist
from pantau.pipeline import Processed
from pantau.records import FeedEntry, FetchRecord, Source
from pantau.settings import DEFAULT_DB, DEFAULT_WATCHLIST, FetchSettings
from pantau.urls import article_id
from warehouse.db import session
from warehouse.store import known_article_ids, store_batch, upsert_sources
from warehouse.stories import update_stories

MAX_DEPTH = 3
"""Sitemap indexes are followed this many levels below the given sitemap."""
MAX_SITEMAPS = 200
SITEMAP_ITEMS = 50_000
"""The sitemap protocol's own limit of URLs per file."""


@dataclass(frozen=True, slots=True)
class Crawl:
    """What the sitemaps listed, and how fetching them went."""

    entries: tuple[FeedEntry, ...]
    records: tuple[FetchRecord, ...]
    errors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BackfillSummary:
    """The outcome of one backfill run."""

    run_id: str
    sitemaps: int
    sitemap_errors: tuple[str, ...]
    listed: int
    too_old: int
    known: int
    new_articles: int
    alerts: int
    stories_placed: int

    def describe(self) -> str:
        """One line for the terminal."""
        errors = f", {len(self.sitemap_errors)} sitemap errors" if self.sitemap_errors else ""
        return (
            f"Backfilled {self.new_articles} new articles ({self.alerts} alerts) from "
            f"{self.sitemaps} sitemaps: {self.listed} listed, {self.too_old} before --since, "
            f"{self.known} already stored{errors}."
        )


def check_host(url: str, allow_hosts: tuple[str, ...]) -> None:
    """Refuse a private or loopback sitemap host unless it is explicitly allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not an http(s) sitemap URL: {url}")
    host = parts.hostname
    try:
        private = host == "localhost" or not ipaddress.ip_address(host).is_global
    except ValueError:
        private = False
    if private and parts.netloc not in allow_hosts and host not in allow_hosts:
        raise ConfigError(f"{parts.netloc} is a private address: allow it with --allow-host")


def default_source_id(url: str) -> str:
    """A source id from the sitemap's host: www.antaranews.com -> antaranews.com."""
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def _since_moment(since: date) -> datetime:
    return datetime.combine(since, time.min, tzinfo=UTC)


@task(cache_policy=NO_CACHE)
async def crawl_sitemaps(
    fetcher: Fetcher, root: str, source: Source, *, max_depth: int, max_sitemaps: int
) -> Crawl:
    """Fetch the sitemap and, breadth first, the sitemaps its indexes list (bounded)."""
    queue: deque[tuple[str, int]] = deque([(root, 0)])
    seen: set[str] = {root}
    entries: list[FeedEntry] = []
    records: list[FetchRecord] = []
    errors: list[str] = []
    while queue and len(records) < max_sitemaps:
        url, depth = queue.popleft()
        result = await fetcher.get(url, source_id=source.id, kind="feed")
        records.append(result.record)
        if not result.ok or result.body is None:
            errors.append(f"{url}: {result.record.error or 'fetch failed'}")
            continue
        body = result.body
        if body[:2] == b"\x1f\x8b":
            body = await asyncio.to_thread(gzip.decompress, body)
        final = result.record.final_url or url
        parsed = await asyncio.to_thread(
            parse_sitemap, body, source, final, max_items=SITEMAP_ITEMS
        )
        if parsed.error:
            errors.append(f"{url}: {parsed.error}")
        entries.extend(parsed.entries)
        for child in parsed.child_sitemaps:
            if depth + 1 <= max_depth and child not in seen:
                seen.add(child)
                queue.append((child, depth + 1))
    return Crawl(tuple(entries), tuple(records), tuple(errors))


def select_entries(
    entries: tuple[FeedEntry, ...], since: date, known: set[str], limit: int
) -> tuple[list[FeedEntry], int, int]:
    """Entries to fetch (newest first, at most `limit`), the number too old, and known."""
    cutoff = _since_moment(since)
    by_id: dict[str, FeedEntry] = {}
    too_old = 0
    for entry in entries:
        if entry.published_at is not None and entry.published_at < cutoff:
            too_old += 1
            continue
        by_id.setdefault(article_id(entry.url), entry)
    fresh = [e for key, e in by_id.items() if key not in known]
    fresh.sort(key=lambda e: e.published_at or cutoff, reverse=True)
    return fresh[:limit], too_old, len(by_id) - len(fresh)


def _run_name() -> str:
    return f"backfill-{datetime.now(UTC):%Y%m%d-%H%M}"


@flow(name="backfill", flow_run_name=_run_name, log_prints=False)
def backfill(
    sitemap: str,
    since: date,
    db: str = str(DEFAULT_DB),
    allow_hosts: list[str] | None = None,
    max_articles: int = 1000,
    source_id: str | None = None,
    watchlist: str = str(DEFAULT_WATCHLIST),
    max_depth: int = MAX_DEPTH,
    max_sitemaps: int = MAX_SITEMAPS,
) -> BackfillSummary:
    """Ingest articles a news sitemap (or sitemap index) lists since `since`, then cluster."""
    check_host(sitemap, tuple(allow_hosts or ()))
    source = Source(
        id=source_id or default_source_id(sitemap),
        name=source_id or default_source_id(sitemap),
        url=sitemap,
        kind="sitemap",
    )
    # A sync flow around one event loop of our own, as the ingest flow does.
    return asyncio.run(
        _backfill(
            source,
            since,
            Path(db),
            Path(watchlist),
            tuple(allow_hosts or ()),
            max_articles,
            max_depth,
            max_sitemaps,
        )
    )


async def _backfill(
    source: Source,
    since: date,
    db_path: Path,
    watchlist_path: Path,
    allow_hosts: tuple[str, ...],
    max_articles: int,
    max_depth: int,
    max_sitemaps: int,
) -> BackfillSummary:
    logger = get_run_logger()
    run_id = uuid.uuid4().hex[:12]
    version = load_watchlist(watchlist_path).version
    tally = {"articles": 0, "alerts": 0}
    async with Fetcher(FetchSettings(), allow_hosts=allow_hosts) as fetcher:
        crawl = await crawl_sitemaps(
            fetcher, source.url, source, max_depth=max_depth, max_sitemaps=max_sitemaps
        )
        with session(db_path) as con:
            known_sources = {r[0] for r in con.execute("SELECT source_id FROM sources").fetchall()}
            if source.id not in known_sources:
                upsert_sources(con, [source])
            known = known_article_ids(con, (article_id(e.url) for e in crawl.entries))
            store_batch(
                con,
                run_id=run_id,
                fetches=list(crawl.records),
                articles=[],
                verdicts=[],
                watchlist_version=version,
            )
        entries, too_old, already = select_entries(crawl.entries, since, known, max_articles)
        for error in crawl.errors:
            logger.warning("sitemap error: %s", error)

        signed: dict[str, Signature] = {}

        def store(records: list[FetchRecord], processed: list[Processed]) -> None:
            with session(db_path) as con:
                store_batch(
                    con,
                    run_id=run_id,
                    fetches=records,
                    articles=[p.article for p in processed],
                    verdicts=[(p.article.article_id, p.verdict) for p in processed],
                    watchlist_version=version,
                )
            tally["articles"] += len(processed)
            tally["alerts"] += sum(p.verdict.alert for p in processed)
            signed.update((p.article.article_id, p.signature) for p in processed)

        await process_entries(fetcher, entries, watchlist_path=watchlist_path, sink=store)
    with session(db_path) as con:
        placed = update_stories(con, signed=signed)
    summary = BackfillSummary(
        run_id=run_id,
        sitemaps=len(crawl.records),
        sitemap_errors=crawl.errors,
        listed=len(crawl.entries),
        too_old=too_old,
        known=already,
        new_articles=tally["articles"],
        alerts=tally["alerts"],
        stories_placed=placed,
    )
    logger.info(summary.describe())
    return summary
