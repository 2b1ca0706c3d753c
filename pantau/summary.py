"""The outcome of one ingest run, per source, and its markdown rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pantau.records import WIB


def window_label(start: datetime | None, end: datetime) -> str:
    """A run's time window in Jakarta time: `26 Nov 06:30-06:45 WIB`, or `to 06:45 WIB`."""
    end = end.astimezone(WIB)
    if start is None:
        return f"to {end:%d %b %H:%M} WIB"
    start = start.astimezone(WIB)
    if start.date() == end.date():
        return f"{start:%d %b %H:%M}-{end:%H:%M} WIB"
    return f"{start:%d %b %H:%M} - {end:%d %b %H:%M} WIB"


@dataclass(slots=True)
class SourceTally:
    """What one source contributed to a run."""

    source_id: str
    entries: int = 0
    new_articles: int = 0
    known: int = 0
    page_errors: int = 0
    fallbacks: int = 0
    alerts: int = 0
    feed_error: str | None = None


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """Counts and errors of one ingest run."""

    run_id: str
    started_at: datetime
    finished_at: datetime
    sources: tuple[SourceTally, ...]
    new_alerts: tuple[str, ...] = field(default_factory=tuple)
    spooled: str | None = None  # why the run landed in the spool instead of the warehouse
    spool_loaded: int = 0  # spooled batches of earlier runs loaded first
    published: str | None = None  # the readers' copy this run published

    @property
    def new_articles(self) -> int:
        """Articles stored for the first time (or refreshed) in this run."""
        return sum(s.new_articles for s in self.sources)

    @property
    def failed_sources(self) -> tuple[SourceTally, ...]:
        """Sources whose feed could not be fetched or parsed."""
        return tuple(s for s in self.sources if s.feed_error)

    @property
    def seconds(self) -> float:
        """Wall time of the run."""
        return (self.finished_at - self.started_at).total_seconds()


def summary_markdown(summary: IngestSummary) -> str:
    """A markdown table of the run, for Prefect's UI."""
    lines = [
        f"# Ingest {summary.started_at:%Y-%m-%d %H:%M} UTC ({summary.seconds:.1f} s)",
        "",
        "| source | entries | new | known | page errors | summary fallbacks | alerts"
        " | feed error |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for s in summary.sources:
        error = (s.feed_error or "").replace("|", "\\|")
        lines.append(
            f"| {s.source_id} | {s.entries} | {s.new_articles} | {s.known} | {s.page_errors}"
            f" | {s.fallbacks} | {s.alerts} | {error} |"
        )
    if summary.spooled:
        lines += ["", f"**Spooled:** {summary.spooled}"]
    lines += ["", f"New alerts: {len(summary.new_alerts)}"]
    lines += [f"- {title}" for title in summary.new_alerts]
    return "\n".join(lines) + "\n"
