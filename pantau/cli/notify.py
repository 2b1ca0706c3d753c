"""`pantau notify`: push the alert stories each chat channel has not had yet."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path, fail
from pantau.notify import Cadence
from pantau.settings import notify_settings_from_env

HELP = (
    "Send each chat channel the arms-supply stories it has not had yet, one line per channel.\n\n"
    "Channels are Apprise URLs (Telegram, Slack, Discord, Matrix, ntfy, email, ...): "
    "PANTAU_NOTIFY_URLS (separated by spaces or commas) and/or an Apprise configuration file "
    "named by PANTAU_NOTIFY_CONFIG (its YAML or text format, with tags). A channel tagged "
    "`daily` gets a summary with --daily; every other channel gets each new story after each "
    "ingest run (tag `instant`, or no tag). PANTAU_WEB_URL makes links open the workbench.\n\n"
    "Exits non-zero when any channel failed; the others are still served, and the failed "
    "one gets its stories on the next run.\n\n"
    "Example: PANTAU_NOTIFY_URLS=tgram://BOT_TOKEN/CHAT_ID pantau notify --dry-run"
)


@app.command("notify", help=HELP)
def notify_command(
    db: DbOption = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print the messages instead; send and mark nothing."),
    ] = False,
    daily: Annotated[
        bool,
        typer.Option("--daily", help="Send the daily summary to channels tagged `daily`."),
    ] = False,
) -> None:
    """Push new alert stories to chat channels.

    Example: pantau notify --dry-run
    """
    with clean_errors():
        settings = notify_settings_from_env(os.environ)
        if not settings.configured:
            fail("no chat channels: set PANTAU_NOTIFY_URLS or PANTAU_NOTIFY_CONFIG")
        from connectors.chat import load_channels
        from flows.notify_run import run_notify

        channels = load_channels(settings)
        cadence: Cadence = "daily" if daily else "instant"
        outcomes = run_notify(
            db_path(db),
            channels,
            datetime.now(UTC),
            cadence=cadence,
            dry_run=dry_run,
            web_url=settings.web_url,
        )
        if not outcomes:
            other = "instant" if daily else "daily"
            typer.echo(f"pantau: no {cadence} channels (all {len(channels)} are {other})")
        for outcome in outcomes:
            line = f"pantau: {outcome.describe()}"
            typer.echo(line, err=outcome.failed)
            for message in outcome.messages:
                typer.echo(f"\n--- {message.title}\n{message.body}\n")
        failed = sum(o.failed for o in outcomes)
    if failed:
        raise typer.Exit(1)
