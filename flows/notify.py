"""The `notify` flow: push alert stories to chat channels (PANTAU_NOTIFY_URLS / _CONFIG)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger

from connectors.chat import load_channels
from flows.notify_run import NotifyOutcome, run_notify
from pantau.errors import DeliveryError
from pantau.settings import DEFAULT_DB, notify_settings_from_env


@flow(name="notify")
def notify(db: str = str(DEFAULT_DB), daily: bool = False) -> list[NotifyOutcome]:
    """Send each channel what it has not had: instant channels, or the daily summary."""
    settings = notify_settings_from_env(os.environ)
    logger = get_run_logger()
    if not settings.configured:
        logger.info("no chat channels: set PANTAU_NOTIFY_URLS or PANTAU_NOTIFY_CONFIG")
        return []
    outcomes = run_notify(
        Path(db),
        load_channels(settings),
        datetime.now(UTC),
        cadence="daily" if daily else "instant",
        web_url=settings.web_url,
    )
    for outcome in outcomes:
        (logger.warning if outcome.failed else logger.info)(outcome.describe())
    failed = [o for o in outcomes if o.failed]
    if failed:
        raise DeliveryError(f"{len(failed)} of {len(outcomes)} channels failed")
    return outcomes
