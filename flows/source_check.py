"""`pantau sources check`: fetch every source once, now, under the run's rules, and judge it."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from connectors.http import Fetcher
from flows.stages import FeedOutcome, decode_gnews, fetch_feeds
from pantau.records import Source
from pantau.settings import FetchSettings

CheckStatus = Literal["ok", "silent", "challenged", "dead", "skipped"]
# A check only needs to see that decoding works, not to decode a whole search feed.
DECODE_SAMPLE = 3


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What one source answered just now."""

    source: Source
    status: CheckStatus
    http_status: int | None
    items: int | None
    newest_age_hours: float | None
    problem: str | None
    elapsed_ms: int

    @property
    def dead(self) -> bool:
        """Nothing usable came back: refused, failed, challenged or not a feed."""
        return self.status in ("dead", "challenged")


def check_sources(
    sources: Sequence[Source], settings: FetchSettings, allow_hosts: tuple[str, ...]
) -> list[SourceCheck]:
    """Fetch and judge every source once; one failure never stops the others."""
    return asyncio.run(_check(sources, settings, allow_hosts))


async def _check(
    sources: Sequence[Source], settings: FetchSettings, allow_hosts: tuple[str, ...]
) -> list[SourceCheck]:
    async with Fetcher(settings, allow_hosts=allow_hosts) as fetcher:
        outcomes = await fetch_feeds(fetcher, sources, settings.max_items_per_feed)
        outcomes = await decode_gnews(fetcher, outcomes, limit=DECODE_SAMPLE)
    now = datetime.now(UTC)
    return [judge(outcome, now) for outcome in outcomes]


def judge(outcome: FeedOutcome, now: datetime) -> SourceCheck:
    """One source's check line from its fetch outcome."""
    record = outcome.record
    fresh = outcome.freshness
    status: CheckStatus
    problem = record.error
    if outcome.skipped:
        status = "skipped"
    elif outcome.parsed is None:
        challenged = outcome.answer is not None and outcome.answer.challenged
        status = "challenged" if challenged else "dead"
        problem = problem or "fetch failed"
    elif fresh is None and outcome.parsed.child_sitemaps:
        status = "ok"
        problem = f"a sitemap index of {len(outcome.parsed.child_sitemaps)} sitemaps"
    elif fresh is None:
        status, problem = "dead", outcome.parsed.error
    else:
        status = "silent" if fresh.silent else "ok"
        problem = fresh.silent or outcome.parsed.error or outcome.note
    return SourceCheck(
        source=outcome.source,
        status=status,
        http_status=record.http_status,
        items=fresh.items if fresh else (0 if status == "dead" and outcome.parsed else None),
        newest_age_hours=fresh.age_hours(now) if fresh else None,
        problem=problem,
        elapsed_ms=record.elapsed_ms,
    )
