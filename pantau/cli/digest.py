"""`pantau digest`: email each mailbox the arms-supply stories it has not had yet."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path
from pantau.digest import MailSettings, mail_settings_from_env, smtp_settings_from_env
from pantau.settings import resolve_web_url

HELP = (
    "Email the digest of new arms-supply alerts, each story once per recipient.\n\n"
    "Settings come from the environment: PANTAU_SMTP_HOST, PANTAU_SMTP_PORT, "
    "PANTAU_SMTP_USER, PANTAU_SMTP_PASSWORD, PANTAU_SMTP_SECURITY (none | starttls | ssl), "
    "PANTAU_SMTP_CA_FILE, PANTAU_MAIL_FROM and PANTAU_MAIL_TO (comma-separated). "
    "With PANTAU_WEB_URL, headlines link to the story's page in `pantau web`.\n\n"
    "A story is sent again only when it escalates: twice as many outlets, a new supplier "
    "or recipient, or a new item.\n\n"
    "Example: PANTAU_MAIL_TO=analyst@example.org pantau digest --dry-run out/"
)

DryRunOption = Annotated[
    Path | None,
    typer.Option(
        "--dry-run",
        metavar="DIR",
        help="Write the .eml and an HTML preview to DIR; send nothing, mark nothing as sent.",
        show_default=False,
    ),
]
SendEmptyOption = Annotated[
    bool, typer.Option("--send-empty", help="Send an email even when there is nothing new.")
]


def _mail_settings(dry_run: bool) -> MailSettings:
    env = os.environ
    if dry_run and not env.get("PANTAU_MAIL_TO", "").strip():
        from flows.digest import PREVIEW_MAIL

        return PREVIEW_MAIL
    return mail_settings_from_env(env)


BusyWaitOption = Annotated[
    float,
    typer.Option(
        help="Seconds to wait for a held database; then nothing is sent (exit 1).", min=0.0
    ),
]


@app.command("digest", help=HELP)
def digest_command(
    db: DbOption = None,
    dry_run: DryRunOption = None,
    send_empty: SendEmptyOption = False,
    busy_wait: BusyWaitOption = 30.0,
) -> None:
    """Email each recipient the alerts it has not had yet (or preview them).

    Settings come from PANTAU_SMTP_HOST, PANTAU_SMTP_PORT, PANTAU_SMTP_USER,
    PANTAU_SMTP_PASSWORD, PANTAU_SMTP_SECURITY, PANTAU_MAIL_FROM and PANTAU_MAIL_TO.

    Example: pantau digest --dry-run data/digest
    """
    with clean_errors():
        mail = _mail_settings(dry_run is not None)
        smtp = None if dry_run is not None else smtp_settings_from_env(os.environ)
        # Imported here so `pantau --help` and other commands do not pay for Prefect's import.
        from flows.digest import actor_names, run_digest

        outcomes = run_digest(
            db_path(db),
            mail,
            smtp,
            datetime.now(UTC),
            dry_run=dry_run,
            send_empty=send_empty,
            names=actor_names(),
            web_url=resolve_web_url(os.environ),
            wait_seconds=busy_wait,
        )
        for outcome in outcomes:
            typer.echo(f"pantau: {outcome.describe()}")
