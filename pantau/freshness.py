"""Whether a feed that answered is still publishing: items, newest item, silence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pantau.records import FeedEntry

SILENT_PREFIX = "silent: "


@dataclass(frozen=True, slots=True)
class Freshness:
    """How many items a feed listed, how new the newest was, and whether it fell silent."""

    items: int
    newest_at: datetime | None
    silent: str | None = None  # why the feed counts as silent, or None

    def age_hours(self, now: datetime) -> float | None:
        """Hours since the newest item was published, or None without dates."""
        if self.newest_at is None:
            return None
        return max(0.0, (now - self.newest_at).total_seconds() / 3600)


def judge_freshness(
    entries: Sequence[FeedEntry], now: datetime, max_silence_hours: int
) -> Freshness:
    """Silent when the feed lists nothing, or when its newest dated item is too old."""
    dated = [e.published_at for e in entries if e.published_at is not None]
    newest = max(dated) if dated else None
    if not entries:
        return Freshness(0, None, f"{SILENT_PREFIX}the feed answered with no items")
    if newest is not None and now - newest > timedelta(hours=max_silence_hours):
        return Freshness(
            len(entries),
            newest,
            f"{SILENT_PREFIX}newest item is {describe_age(now - newest)} old"
            f" (limit {max_silence_hours} h)",
        )
    return Freshness(len(entries), newest)


def describe_age(age: timedelta) -> str:
    """A short human age: 35 min, 7 h, 3 d."""
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 72 else f"{hours // 24} d"
