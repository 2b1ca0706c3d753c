"""`pantau backfill`: ingest historical articles listed by a news sitemap."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import (
    AllowHostOption,
    DbOption,
    WatchlistOption,
    clean_errors,
    db_path,
    fail,
)
from pantau.settings import DEFAULT_WATCHLIST, resolve_allow_hosts


@app.command("backfill")
def backfill_command(
    sitemap: Annotated[
        str,
        typer.Option("--sitemap", help="News sitemap or sitemap index URL.", show_default=False),
    ],
    since: Annotated[
        datetime,
        typer.Option(
            "--since",
            formats=["%Y-%m-%d"],
            help="Skip entries published (or modified) before this day.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    allow_host: AllowHostOption = None,
    max_articles: Annotated[
        int, typer.Option("--max", min=1, help="Fetch at most this many articles, newest first.")
    ] = 1000,
    source_id: Annotated[
        str | None,
        typer.Option(
            "--source-id",
            help="Source id for the articles (default: the host).",
            show_default=False,
        ),
    ] = None,
    watchlist: WatchlistOption = DEFAULT_WATCHLIST,
) -> None:
    """Fetch the articles a news sitemap lists since a day, judge, store and cluster them.

    Sitemap indexes are followed (3 levels, 200 sitemaps at most).

    Example: pantau backfill --sitemap https://www.antaranews.com/sitemap.xml --since 2023-01-01
    """
    if since.date() > datetime.now(UTC).date():
        fail(f"--since {since.date()} is in the future")
    with clean_errors():
        from warehouse.db import session

        target = db_path(db)
        with session(target):
            pass
        from flows.backfill import backfill, check_host

        hosts = resolve_allow_hosts(allow_host, os.environ)
        check_host(sitemap, hosts)
        summary = backfill(
            sitemap=sitemap,
            since=since.date(),
            db=str(target),
            allow_hosts=list(hosts),
            max_articles=max_articles,
            source_id=source_id,
            watchlist=str(watchlist),
        )
    typer.echo(summary.describe())
    for error in summary.sitemap_errors[:10]:
        typer.echo(f"  sitemap error: {error}", err=True)
