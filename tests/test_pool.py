"""A worker process killed mid-run costs at most the job that killed it (real processes)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import FIXTURES
from flows.pool import WorkerCrashed, WorkerPool
from flows.stages import close_pool, extract_and_judge, extraction_pool
from pantau.pipeline import PageJob, process_crashed
from pantau.records import FeedEntry, FetchedPage
from pantau.settings import DEFAULT_WATCHLIST

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def square_or_die(value: int) -> int:
    """Kills its own worker process on a negative value, as a crash in a C parser would."""
    if value < 0:
        os.kill(os.getpid(), signal.SIGKILL)
    return value * value


async def _square(pool: WorkerPool, value: int) -> int | None:
    try:
        return await pool.run_isolating(square_or_die, value)
    except WorkerCrashed:
        return None


def test_only_the_job_that_kills_its_worker_is_lost() -> None:
    async def main() -> tuple[list[int | None], int, int]:
        pool = WorkerPool(workers=2)
        try:
            results = await asyncio.gather(*(_square(pool, v) for v in [1, 2, 3, -1, 5, 6, 7]))
            return list(results), await pool.run(square_or_die, 9), pool.replaced
        finally:
            pool.shutdown()

    results, after, replaced = asyncio.run(main())
    assert results == [1, 4, 9, None, 25, 36, 49]
    assert after == 81 and replaced >= 1


def _jobs() -> list[PageJob]:
    jobs = []
    for name in ("teasers", "comments", "en_jsonld_date"):
        url = f"https://x.example/{name}"
        entry = FeedEntry(source_id="uji", url=url, title=None, summary="Ringkasan dari feed.")
        body = (FIXTURES / "extraction" / f"{name}.html").read_bytes()
        page = FetchedPage(entry, url, url, T0, 200, body, "text/html", None)
        jobs.extend(PageJob(entry, T0, page=page) for _ in range(12))
    return jobs


def _pool_workers() -> list[int]:
    """PIDs of this process's grandchildren: the pool workers forked by the forkserver."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    children = {pid for pid, parent in parents.items() if parent == os.getpid()}
    return [pid for pid, parent in parents.items() if parent in children]


def test_a_batch_survives_a_worker_killed_while_it_is_extracted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    jobs = _jobs() * 4

    async def main() -> tuple[list[str], int]:
        pool = extraction_pool()
        try:
            batch = asyncio.ensure_future(extract_and_judge(jobs, pool, DEFAULT_WATCHLIST))
            while not (workers := _pool_workers()):
                await asyncio.sleep(0.01)
            os.kill(workers[0], signal.SIGKILL)
            processed = await batch
            return [p.article.extraction_method for p in processed], pool.replaced
        finally:
            close_pool(pool)

    with caplog.at_level(logging.WARNING, logger="pantau.ingest"):
        methods, replaced = asyncio.run(main())
    assert methods == ["trafilatura"] * len(jobs)
    assert replaced == 1
    assert "1 worker process(es) died" in caplog.text


def test_a_page_that_kills_its_worker_keeps_the_feed_summary_and_is_not_retried() -> None:
    job = _jobs()[0]
    crashed = process_crashed(job, DEFAULT_WATCHLIST)
    assert crashed.article.text == "Ringkasan dari feed."
    assert crashed.article.extraction_method == "feed_summary"
    assert crashed.note and "killed its worker process" in crashed.note
    assert not crashed.retry
