"""The `digest` flow: plan each mailbox's digest, send it, then record it as sent."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

import duckdb
from prefect import flow, get_run_logger

from connectors.smtp import smtp_session
from pantau.digest import (
    DEFAULT_CAP,
    DigestPlan,
    MailSettings,
    RenderedDigest,
    SmtpSettings,
    build_message,
    ledger_key,
    mail_settings_from_env,
    plan_digest,
    render_digest,
    smtp_settings_from_env,
)
from pantau.digest.message import CHART_CID
from pantau.errors import ConfigError, DeliveryError
from pantau.filter.watchlist import load_watchlist
from pantau.freshness import SILENT_PREFIX
from pantau.report import render_trend, trend_series
from pantau.settings import DEFAULT_WATCHLIST, resolve_web_url
from warehouse.db import WAIT_SECONDS, WarehouseBusy, connect, session
from warehouse.digests import load_alerts, load_sent, next_digest_id, record_sent
from warehouse.fetch_state import source_health
from warehouse.views import weekly_flow_counts

PREVIEW_MAIL = MailSettings(sender="pantau@pantau.invalid", recipients=("preview@pantau.invalid",))
Status = Literal["sent", "nothing_new", "dry_run"]
CHART_WEEKS = 12
PREVIEW_WAIT = 5.0


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One mailbox's planned, rendered and assembled digest."""

    plan: DigestPlan
    rendered: RenderedDigest
    message: EmailMessage


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    """What happened for one mailbox."""

    mailbox: str
    status: Status
    stories: int
    more: int = 0
    digest_id: int | None = None
    files: tuple[Path, ...] = ()

    def describe(self) -> str:
        """One line for the terminal or the flow log."""
        more = f", {self.more} more left for the next digest" if self.more else ""
        if self.status == "sent":
            return f"sent digest {self.digest_id} to {self.mailbox}: {self.stories} stories{more}"
        if self.status == "dry_run":
            files = " and ".join(str(p) for p in self.files)
            return (
                f"dry run: wrote {files} ({self.stories} stories for {self.mailbox}{more};"
                " nothing marked as sent)"
            )
        return f"nothing new for {self.mailbox} since the last digest; no email sent"


def prepare(
    con: duckdb.DuckDBPyConnection,
    mail: MailSettings,
    now: datetime,
    *,
    names: Mapping[str, str] | None = None,
    cap: int = DEFAULT_CAP,
    chart: bool = True,
    web_url: str | None = None,
) -> list[Outgoing]:
    """Plan, render and assemble each mailbox's digest (nothing is sent or recorded)."""
    chart_png = _trend_chart(con, now, names) if chart else None
    quiet = quiet_sources(con, now)
    outgoing = []
    for address in mail.recipients:
        mailbox = ledger_key(address)
        plan = plan_digest(
            load_alerts(con, mailbox, now),
            load_sent(con, mailbox),
            mailbox=mailbox,
            now=now,
            cap=cap,
            digest_id=next_digest_id(con),
        )
        plan = replace(plan, quiet_sources=quiet)
        rendered = render_digest(plan, names, chart=chart_png is not None, web_url=web_url)
        message = build_message(
            rendered,
            sender=mail.sender,
            to=address,
            now=now,
            digest_id=plan.digest_id,
            chart_png=chart_png,
        )
        outgoing.append(Outgoing(plan, rendered, message))
    return outgoing


def quiet_sources(con: duckdb.DuckDBPyConnection, now: datetime) -> tuple[str, ...]:
    """Each silent or challenged source as "id (why)", for the digest's footer.

    Only sources in the latest run's sources file count: one since removed from the file
    keeps its last state in the warehouse but is nobody's concern any more.
    """
    listed = {
        row[0]
        for row in con.execute(
            "SELECT source_id FROM sources"
            " WHERE updated_at >= (SELECT max(updated_at) FROM sources) - INTERVAL 1 HOUR"
        ).fetchall()
    }
    quiet = []
    for row in source_health(con, now):
        if row.source_id not in listed:
            continue
        why = "challenged by a bot wall" if row.challenged else row.silence(now)
        if why:
            quiet.append(f"{row.source_id} ({why.removeprefix(SILENT_PREFIX)})")
    return tuple(quiet)


def _trend_chart(
    con: duckdb.DuckDBPyConnection, now: datetime, names: Mapping[str, str] | None
) -> bytes | None:
    """The alert flows per week chart of the last CHART_WEEKS weeks; None if empty."""
    since = (now - timedelta(weeks=CHART_WEEKS)).date()
    counts = weekly_flow_counts(con, since)
    if not counts:
        return None
    return render_trend(trend_series(counts, start=since, end=now.date()), names=names)


def _slug(mailbox: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", mailbox.lower()).strip("-") or "mailbox"


def _chart_png(message: EmailMessage) -> bytes | None:
    """The inline chart image a digest email carries, if any."""
    for part in message.walk():
        if part.get("Content-ID", "").strip("<>") == CHART_CID:
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


def write_files(out: Outgoing, out_dir: Path) -> tuple[Path, Path]:
    """Write the .eml and an HTML preview of one digest; return both paths.

    The email shows its chart through a `cid:` reference that only resolves inside the
    email, so the preview gets the chart as a PNG beside it and points there instead.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"digest-{_slug(out.plan.mailbox)}"
    eml, html = stem.with_suffix(".eml"), stem.with_suffix(".html")
    eml.write_bytes(out.message.as_bytes())
    page = out.rendered.html
    chart = _chart_png(out.message)
    if chart is not None:
        png = stem.with_suffix(".png")
        png.write_bytes(chart)
        page = page.replace(f'src="cid:{CHART_CID}"', f'src="{png.name}"')
    html.write_text(page, encoding="utf-8")
    return eml, html


def deliver(
    con: duckdb.DuckDBPyConnection, outgoing: Sequence[Outgoing], smtp: SmtpSettings
) -> list[DigestOutcome]:
    """Send each digest and record it, on the write connection `con`, as soon as it is accepted.

    The caller opened `con` for writing before anything is sent and keeps it until every
    send is recorded: a digest that could not be recorded is never sent. A scheduled ingest
    that meets the file held meanwhile lands its run in the spool instead of waiting.
    """
    done: list[DigestOutcome] = []
    failures: list[str] = []
    if not outgoing:
        return done
    with smtp_session(smtp) as mailer:
        for out in outgoing:
            try:
                mailer.send(out.message)
            except DeliveryError as exc:
                failures.append(str(exc))
                continue
            record_sent(
                con,
                out.plan,
                message_id=str(out.message["Message-ID"]),
                subject=out.rendered.subject,
                sent_at=datetime.now(UTC),
            )
            plan = out.plan
            done.append(
                DigestOutcome(
                    plan.mailbox, "sent", len(plan.stories), len(plan.more), plan.digest_id
                )
            )
    if failures:
        sent = f"; {len(done)} of {len(outgoing)} digests sent" if len(outgoing) > 1 else ""
        raise DeliveryError(failures[0] + sent + "; nothing else marked as sent")
    return done


def actor_names(watchlist: Path = DEFAULT_WATCHLIST) -> dict[str, str]:
    """Display names of the watchlist's actor codes (KP -> North Korea)."""
    return dict(load_watchlist(watchlist).names)


def run_digest(
    db_path: Path,
    mail: MailSettings,
    smtp: SmtpSettings | None,
    now: datetime,
    *,
    dry_run: Path | None = None,
    send_empty: bool = False,
    names: Mapping[str, str] | None = None,
    cap: int = DEFAULT_CAP,
    web_url: str | None = None,
    wait_seconds: float = WAIT_SECONDS,
) -> list[DigestOutcome]:
    """Plan every mailbox's digest, then send and record it (or write it, for a dry run)."""
    if dry_run is None and smtp is None:
        raise ConfigError("no SMTP settings: set PANTAU_SMTP_HOST or use --dry-run DIR")
    con = connect(
        db_path,
        wait_seconds=wait_seconds,
        busy_action="no digest was sent, since its ledger could not be written; its stories go"
        " out with the next digest",
    )
    with closing(con):
        outgoing = prepare(con, mail, now, names=names, cap=cap, web_url=web_url)
        ready = [o for o in outgoing if send_empty or not o.plan.empty]
        outcomes = [
            DigestOutcome(o.plan.mailbox, "nothing_new", 0)
            for o in outgoing
            if not (send_empty or not o.plan.empty)
        ]
        if dry_run is not None:
            return outcomes + [
                DigestOutcome(
                    o.plan.mailbox,
                    "dry_run",
                    len(o.plan.stories),
                    len(o.plan.more),
                    o.plan.digest_id,
                    write_files(o, dry_run),
                )
                for o in ready
            ]
        assert smtp is not None
        return outcomes + deliver(con, ready, smtp)


def write_preview(db_path: Path, out_dir: Path, web_url: str | None = None) -> Path | None:
    """Write a digest of every alert as HTML (+ .eml, .png) without mail settings; None if none.

    None too when another process holds the file: a preview is not worth a failed demo.
    """
    try:
        with session(db_path, wait_seconds=PREVIEW_WAIT) as con:
            now = datetime.now(UTC)
            out = prepare(con, PREVIEW_MAIL, now, names=actor_names(), web_url=web_url)[0]
    except WarehouseBusy:
        return None
    if out.plan.empty:
        return None
    return write_files(out, out_dir)[1]


@flow(name="digest")
def digest(db: str, dry_run: str | None = None, send_empty: bool = False) -> list[DigestOutcome]:
    """Email each mailbox the arms-supply stories it has not had (PANTAU_SMTP_*, _MAIL_*)."""
    env = os.environ
    mail = mail_settings_from_env(env)
    smtp = None if dry_run else smtp_settings_from_env(env)
    outcomes = run_digest(
        Path(db),
        mail,
        smtp,
        datetime.now(UTC),
        dry_run=Path(dry_run) if dry_run else None,
        send_empty=send_empty,
        names=actor_names(),
        web_url=resolve_web_url(env),
    )
    logger = get_run_logger()
    for outcome in outcomes:
        logger.info(outcome.describe())
    return outcomes
