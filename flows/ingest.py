"""The `ingest` flow: one ingest pass, recorded in Prefect with its summary artifact."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from flows.ingest_pass import ingest_pass
from flows.notify_run import notify_after_ingest
from pantau.settings import DEFAULT_DB, DEFAULT_SOURCES, DEFAULT_WATCHLIST, FetchSettings
from pantau.summary import IngestSummary, summary_markdown, window_label
from warehouse.store import last_feed_fetch


def _run_name() -> str:
    """`ingest 26 Nov 06:30-06:45 WIB`: from the previous run's feeds to this run's start."""
    scheduled = flow_run.scheduled_start_time
    end = scheduled if isinstance(scheduled, datetime) else datetime.now(UTC)
    db = Path(str(flow_run.parameters.get("db") or DEFAULT_DB))
    return f"ingest {window_label(last_feed_fetch(db), end)}"


@flow(name="ingest", flow_run_name=_run_name, log_prints=False)
def ingest(
    sources: str = str(DEFAULT_SOURCES),
    db: str = str(DEFAULT_DB),
    allow_hosts: list[str] | None = None,
    watchlist: str = str(DEFAULT_WATCHLIST),
    fetch: FetchSettings | None = None,
    notify: bool = True,
) -> IngestSummary:
    """One ingest pass over every source; per-source failures are recorded, not raised.

    With `notify` and chat channels configured (PANTAU_NOTIFY_*), new alerts are then pushed
    to the instant channels; a failing channel is logged and never fails the run.
    """
    summary = ingest_pass(
        Path(sources),
        Path(db),
        tuple(allow_hosts or ()),
        Path(watchlist),
        fetch or FetchSettings(),
    )
    create_markdown_artifact(
        markdown=summary_markdown(summary),
        key="ingest-summary",
        description="Per-source counts of this ingest run",
    )
    if notify:
        for line in notify_after_ingest(Path(db), os.environ):
            get_run_logger().info(line)
    return summary
