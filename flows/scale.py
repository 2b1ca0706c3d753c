"""Scale-out past one machine: fan feeds out to shard runs on many workers, load Parquet back.

`scale-fanout` and `load-batches` open the DuckDB file, so they run beside it; any number of
Prefect workers, on any machine that mounts `batches_dir`, run `extract-shard`, which never
opens the warehouse: it lands each finished batch as Parquet (see warehouse/batches.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.client.schemas.objects import FlowRun
from prefect.deployments import run_deployment

from connectors.http import Fetcher
from flows.stages import (
    PAGE_BATCH,
    POOL_THRESHOLD,
    decode_gnews,
    fetch_feeds,
    interleave_by_host,
    process_entries,
)
from pantau.filter.watchlist import load_watchlist
from pantau.pipeline import Processed
from pantau.records import FeedEntry, FetchRecord
from pantau.settings import DEFAULT_DB, DEFAULT_SOURCES, DEFAULT_WATCHLIST, FetchSettings
from pantau.sources import load_sources
from pantau.urls import article_id
from warehouse.batches import BatchWriter, LoadReport, load_all
from warehouse.db import session
from warehouse.fetch_state import known_ids
from warehouse.store import store_batch, upsert_sources

SHARD_DEPLOYMENT = "extract-shard/extract-shard"
# Below the stages' pool threshold, a chunk is extracted in a thread: one core per shard run.
CHUNK = min(POOL_THRESHOLD, PAGE_BATCH) - 1


@dataclass(frozen=True, slots=True)
class ShardOrder:
    """A work order for one shard run, kept as JSON under `<batches_dir>/orders/`."""

    order_id: str
    run_id: str
    entries: tuple[FeedEntry, ...]
    allow_hosts: tuple[str, ...]
    watchlist: str
    fetch: FetchSettings
    pool: bool = False  # True: one process per core inside the run, for a lone big worker

    def to_json(self) -> str:
        """The order as JSON."""
        raw = asdict(self)
        raw["entries"] = [
            {**asdict(e), "published_at": e.published_at and e.published_at.isoformat()}
            for e in self.entries
        ]
        return json.dumps(raw, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ShardOrder:
        """Read an order written by `to_json`."""
        raw = json.loads(text)
        entries = tuple(
            FeedEntry(
                **{
                    **e,
                    "published_at": e["published_at"] and datetime.fromisoformat(e["published_at"]),
                }
            )
            for e in raw["entries"]
        )
        known = {f.name for f in fields(FetchSettings)}
        fetch = FetchSettings(**{k: v for k, v in raw["fetch"].items() if k in known})
        return cls(
            order_id=raw["order_id"],
            run_id=raw["run_id"],
            entries=entries,
            allow_hosts=tuple(raw["allow_hosts"]),
            watchlist=raw["watchlist"],
            fetch=fetch,
            pool=bool(raw.get("pool", False)),
        )


@dataclass(frozen=True, slots=True)
class FanoutSummary:
    """What a fan-out found and handed out."""

    run_id: str
    entries: int
    known: int
    orders: tuple[str, ...]
    flow_runs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ShardSummary:
    """What one shard run wrote; also kept as `<batches_dir>/done/<order_id>.json`."""

    order_id: str
    batches: tuple[str, ...]
    articles: int
    left: int
    started_at: datetime
    finished_at: datetime
    ran_on: str


@flow(name="scale-fanout", log_prints=False)
def fanout(
    batches_dir: str,
    sources: str = str(DEFAULT_SOURCES),
    db: str = str(DEFAULT_DB),
    shard_size: int = 200,
    allow_hosts: list[str] | None = None,
    watchlist: str = str(DEFAULT_WATCHLIST),
    fetch: FetchSettings | None = None,
    pool: bool = False,
    shard_deployment: str = SHARD_DEPLOYMENT,
) -> FanoutSummary:
    """Fetch the feeds, write one order per shard of new entries, start a shard run for each."""
    logger = get_run_logger()
    settings = fetch or FetchSettings()
    run_id = uuid.uuid4().hex[:12]
    entries, known = asyncio.run(
        _new_entries(
            Path(sources), Path(db), run_id, tuple(allow_hosts or ()), settings, Path(watchlist)
        )
    )
    orders_dir = Path(batches_dir) / "orders"
    orders_dir.mkdir(parents=True, exist_ok=True)
    orders, runs = [], []
    step = max(1, shard_size)
    for start in range(0, len(entries), step):
        order = ShardOrder(
            order_id=f"{run_id}-{start // step:04d}",
            run_id=run_id,
            entries=tuple(entries[start : start + step]),
            allow_hosts=tuple(allow_hosts or ()),
            watchlist=watchlist,
            fetch=settings,
            pool=pool,
        )
        path = orders_dir / f"{order.order_id}.json"
        _write_atomically(path, order.to_json())
        run = run_deployment(
            shard_deployment,
            parameters={"order": str(path)},
            timeout=0,
            idempotency_key=order.order_id,
            as_subflow=False,
        )
        assert isinstance(run, FlowRun)  # called from sync code, so not a coroutine
        orders.append(str(path))
        runs.append(str(run.id))
    logger.info(
        "fan-out %s: %d new entries (%d known) in %d shard runs",
        run_id,
        len(entries),
        known,
        len(orders),
    )
    return FanoutSummary(run_id, len(entries), known, tuple(orders), tuple(runs))


async def _new_entries(
    sources: Path,
    db: Path,
    run_id: str,
    allow_hosts: tuple[str, ...],
    settings: FetchSettings,
    watchlist: Path,
) -> tuple[list[FeedEntry], int]:
    """Entries neither stored nor queued, interleaved by host; the feed fetches are stored."""
    source_list = load_sources(sources)
    async with Fetcher(settings, allow_hosts=allow_hosts) as fetcher:
        outcomes = await fetch_feeds(fetcher, source_list, settings.max_items_per_feed)
        outcomes = await decode_gnews(fetcher, outcomes)  # Google's links to publishers' URLs
    by_id: dict[str, FeedEntry] = {}
    for outcome in outcomes:
        for entry in outcome.parsed.entries if outcome.parsed else ():
            by_id.setdefault(article_id(entry.url), entry)
    watchlist_version = load_watchlist(watchlist).version
    with session(db) as con:
        upsert_sources(con, source_list)
        store_batch(
            con,
            run_id=run_id,
            fetches=[o.record for o in outcomes],
            articles=[],
            verdicts=[],
            watchlist_version=watchlist_version,
        )
        known = known_ids(con, by_id)
    fresh = [entry for key, entry in by_id.items() if key not in known]
    return interleave_by_host(fresh), len(known)


@flow(name="extract-shard", log_prints=False)
def extract_shard(order: str) -> ShardSummary:
    """Fetch, extract and judge one order's entries; land each batch as Parquet beside it."""
    path = Path(order)
    work = ShardOrder.from_json(path.read_text(encoding="utf-8"))
    batches_dir = path.parent.parent
    summary = asyncio.run(_extract(work, batches_dir))
    done = batches_dir / "done" / f"{work.order_id}.json"
    _write_atomically(done, _summary_json(summary))
    get_run_logger().info(
        "shard %s: %d articles in %d batches, %d left for a later run",
        work.order_id,
        summary.articles,
        len(summary.batches),
        summary.left,
    )
    return summary


async def _extract(order: ShardOrder, batches_dir: Path) -> ShardSummary:
    started = datetime.now(UTC)
    watchlist_path = Path(order.watchlist)
    version = load_watchlist(watchlist_path).version
    written: list[str] = []
    articles = 0

    def sink(records: list[FetchRecord], processed: list[Processed]) -> None:
        nonlocal articles
        batch_id = f"{order.order_id}-{_fingerprint(records, processed)}"
        writer.write(
            batch_id,
            run_id=order.run_id,
            fetches=records,
            articles=[p.article for p in processed],
            verdicts=[(p.article.article_id, p.verdict) for p in processed],
            watchlist_version=version,
        )
        written.append(batch_id)
        articles += len(processed)

    with BatchWriter(batches_dir) as writer:
        async with Fetcher(order.fetch, allow_hosts=order.allow_hosts) as fetcher:
            if order.pool:
                chunks = [list(order.entries)]
            else:
                chunks = [
                    list(order.entries[i : i + CHUNK]) for i in range(0, len(order.entries), CHUNK)
                ]
            slots = asyncio.Semaphore(4)

            async def one(chunk: Sequence[FeedEntry]) -> list[FeedEntry]:
                async with slots:
                    return await process_entries(
                        fetcher, chunk, watchlist_path=watchlist_path, sink=sink
                    )

            left = await asyncio.gather(*(one(chunk) for chunk in chunks))
    return ShardSummary(
        order_id=order.order_id,
        batches=tuple(written),
        articles=articles,
        left=sum(len(x) for x in left),
        started_at=started,
        finished_at=datetime.now(UTC),
        ran_on=f"{socket.gethostname()}:{os.getpid()}:{os.getppid()}",
    )


@flow(name="load-batches", log_prints=False)
def load_batches(batches_dir: str, db: str = str(DEFAULT_DB)) -> LoadReport:
    """The single writer: merge every ready batch not yet in the ledger into DuckDB."""
    logger = get_run_logger()
    report = load_all(Path(db), batches_dir)
    for batch_id, reason in report.refused:
        logger.warning("batch %s not loaded: %s", batch_id, reason)
    logger.info(
        "loaded %d batches (%d articles); %d were loaded before; %d refused",
        len(report.loaded),
        report.articles,
        report.already,
        len(report.refused),
    )
    return report


def _fingerprint(records: Sequence[FetchRecord], processed: Sequence[Processed]) -> str:
    """Stable across retries of the same order: the batch's URLs, not its position."""
    urls = sorted({r.url for r in records} | {p.article.url for p in processed})
    return hashlib.sha1("\n".join(urls).encode("utf-8")).hexdigest()[:12]


def _summary_json(summary: ShardSummary) -> str:
    raw = asdict(summary)
    raw["started_at"] = summary.started_at.isoformat()
    raw["finished_at"] = summary.finished_at.isoformat()
    return json.dumps(raw, indent=1)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
