"""Send each chat channel the alert stories it has not had, and record what it got."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import duckdb

from connectors.chat import ChatChannel, load_channels
from pantau.digest import plan_digest
from pantau.errors import DeliveryError, PantauError
from pantau.filter.watchlist import load_watchlist
from pantau.notify import MESSAGE_CAP, Cadence, ChatMessage, render_messages
from pantau.settings import DEFAULT_WATCHLIST, notify_settings_from_env
from warehouse.db import connect
from warehouse.notifications import load_alerts, load_sent, record_sent

Status = Literal["sent", "nothing_new", "dry_run", "failed"]


@dataclass(frozen=True, slots=True)
class NotifyOutcome:
    """What happened for one channel and cadence."""

    channel: str  # the channel label: no path, no query, tokens masked
    cadence: Cadence
    status: Status
    stories: int = 0
    more: int = 0
    error: str | None = None
    messages: tuple[ChatMessage, ...] = ()

    @property
    def failed(self) -> bool:
        """Whether this channel needs another try."""
        return self.status == "failed"

    def describe(self) -> str:
        """One line for the terminal or the flow log."""
        more = f" (+{self.more} counted in an 'and more' message)" if self.more else ""
        where = f"{self.channel} [{self.cadence}]"
        if self.status == "sent":
            return f"{where}: sent {self.stories} stor{'y' if self.stories == 1 else 'ies'}{more}"
        if self.status == "dry_run":
            return f"{where}: dry run, would send {self.stories} stories{more}; nothing marked"
        if self.status == "failed" and self.stories:
            return f"{where}: sent {self.stories} stories, then FAILED, {self.error}"
        if self.status == "failed":
            return f"{where}: FAILED, {self.error}; nothing marked, the next run retries"
        return f"{where}: nothing new"


def actor_names(watchlist: Path = DEFAULT_WATCHLIST) -> dict[str, str]:
    """Display names of the watchlist's actor codes (KP -> North Korea)."""
    return dict(load_watchlist(watchlist).names)


def _serve_channel(
    con: duckdb.DuckDBPyConnection,
    channel: ChatChannel,
    now: datetime,
    *,
    dry_run: bool,
    names: Mapping[str, str],
    web_url: str | None,
) -> NotifyOutcome:
    info = channel.info
    sent = load_sent(con, info)
    plan = plan_digest(
        load_alerts(con, info, now), sent, mailbox=info.channel_id, now=now, cap=MESSAGE_CAP
    )
    messages = render_messages(
        plan.stories,
        more=len(plan.more),
        cadence=info.cadence,
        now=now,
        names=names,
        web_url=web_url,
        markdown=info.markdown,
    )
    stories, more = len(plan.stories), len(plan.more)
    if not messages:
        return NotifyOutcome(info.label, info.cadence, "nothing_new")
    if dry_run:
        return NotifyOutcome(
            info.label, info.cadence, "dry_run", stories, more, messages=tuple(messages)
        )
    try:
        channel.send(messages[0])
    except DeliveryError as exc:
        return NotifyOutcome(info.label, info.cadence, "failed", error=str(exc))
    error, delivered = None, 1
    try:
        for message in messages[1:]:
            channel.send(message)
            delivered += 1
    except DeliveryError as exc:
        # The stories were delivered; those only counted come again next time.
        error, plan = f"the 'and more' message failed: {exc}", replace(plan, more=())
    accounted = {s.article_id for s in sent}
    record_sent(con, info, plan, accounted=accounted, messages=delivered, sent_at=datetime.now(UTC))
    if error:
        return NotifyOutcome(info.label, info.cadence, "failed", stories, error=error)
    return NotifyOutcome(info.label, info.cadence, "sent", stories, more)


def run_notify(
    db_path: Path,
    channels: Sequence[ChatChannel],
    now: datetime,
    *,
    cadence: Cadence = "instant",
    dry_run: bool = False,
    names: Mapping[str, str] | None = None,
    web_url: str | None = None,
    wait_seconds: float = 30.0,
) -> list[NotifyOutcome]:
    """Serve every channel of `cadence`; a failing channel is an outcome, not an exception.

    The warehouse's write connection is held from planning until each send is recorded,
    so nothing is sent that could not be written down (and no other writer interleaves).
    """
    chosen = [c for c in channels if c.info.cadence == cadence]
    if not chosen:
        return []
    names = names if names is not None else actor_names()
    con = connect(
        db_path,
        wait_seconds=wait_seconds,
        busy_action="nothing was sent, since the channels' ledger could not be written; the"
        " stories go out with the next run",
    )
    with closing(con):
        return [
            _serve_channel(con, c, now, dry_run=dry_run, names=names, web_url=web_url)
            for c in chosen
        ]


def notify_after_ingest(db_path: Path, env: Mapping[str, str]) -> list[str]:
    """Push new alerts to instant channels after an ingest run; lines to log, never raises."""
    try:
        settings = notify_settings_from_env(env)
        if not settings.configured:
            return []
        channels = load_channels(settings)
        outcomes = run_notify(
            db_path, channels, datetime.now(UTC), cadence="instant", web_url=settings.web_url
        )
    except PantauError as exc:
        return [f"notify: FAILED, {exc}"]
    return [f"notify: {o.describe()}" for o in outcomes]
