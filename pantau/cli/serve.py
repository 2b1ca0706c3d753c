"""`pantau serve`: ingest and digest on their schedules, in one long-running process."""

from __future__ import annotations

import os
import signal
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import (
    AllowHostOption,
    DbOption,
    SourcesOption,
    WatchlistOption,
    clean_errors,
    db_path,
)
from pantau.cli.web import WebHostOption, WebPortOption
from pantau.settings import DEFAULT_SOURCES, DEFAULT_WATCHLIST, resolve_allow_hosts
from pantau.sources import load_sources
from pantau.web.config import DEFAULT_HOST, DEFAULT_PORT

JAKARTA = "Asia/Jakarta"


@app.command("serve")
def serve_command(
    sources: SourcesOption = DEFAULT_SOURCES,
    db: DbOption = None,
    allow_host: AllowHostOption = None,
    watchlist: WatchlistOption = DEFAULT_WATCHLIST,
    ingest_every: Annotated[int, typer.Option(help="Seconds between ingest runs.", min=1)] = 900,
    digest_cron: Annotated[
        str, typer.Option(help="When the digest goes out (cron, Asia/Jakarta time).")
    ] = "0 7 * * *",
    no_digest: Annotated[bool, typer.Option("--no-digest", help="Serve ingest only.")] = False,
    web: Annotated[
        bool, typer.Option("--web", help="Also serve the workbench (as `pantau web` does).")
    ] = False,
    web_host: WebHostOption = DEFAULT_HOST,
    web_port: WebPortOption = DEFAULT_PORT,
) -> None:
    """Serve the ingest (every 15 minutes) and digest (07:00 WIB) deployments until SIGTERM.

    With PANTAU_NOTIFY_URLS or PANTAU_NOTIFY_CONFIG set, each ingest run pushes its new
    alerts to chat channels, and channels tagged `daily` get a summary with the digest.

    Uses the Prefect API in PREFECT_API_URL when set; otherwise starts a local Prefect
    server on 127.0.0.1 for as long as it runs.

    With --web, the analysts' workbench is served from the same process (--web-host and
    --web-port, checked as for `pantau web`).

    Example: pantau serve --db /srv/pantau/pantau.duckdb --web
    """
    target = db_path(db)
    hosts = resolve_allow_hosts(allow_host, os.environ)
    # Until Prefect's runner takes SIGTERM over, let it unwind the stack, so that the local
    # server stops with us instead of running on as an orphan.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    with clean_errors(), ExitStack() as stack:
        load_sources(sources)
        from warehouse.db import WarehouseBusy, session

        try:
            with session(target, wait_seconds=0.0):
                pass
        except WarehouseBusy:
            pass  # a reader holds it: each run waits, then spools beside it
        if web:
            from pantau.cli.web import check_port_free, web_config
            from pantau.web.app import serving_in_background

            config = web_config(target, watchlist, web_host, None)
            check_port_free(web_host, web_port)
            stack.enter_context(serving_in_background(config, web_host, web_port))
            typer.echo(f"pantau: workbench on http://{web_host}:{web_port}/", err=True)
        if not os.environ.get("PREFECT_API_URL"):
            from connectors.prefect_server import local_prefect_server

            home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
            typer.echo("pantau: starting a local Prefect server ...", err=True)
            os.environ["PREFECT_API_URL"] = stack.enter_context(
                local_prefect_server(home / "pantau-serve")
            )
        _serve(sources, target, hosts, watchlist, ingest_every, digest_cron, no_digest)


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _serve(
    sources: Path,
    db: Path,
    hosts: tuple[str, ...],
    watchlist: Path,
    ingest_every: int,
    digest_cron: str,
    no_digest: bool,
) -> None:
    from prefect import serve
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron, Interval

    from flows.digest import digest
    from flows.ingest import ingest
    from flows.notify import notify

    # Called from sync code, to_deployment returns the deployment, not a coroutine.
    deployments: list[RunnerDeployment] = [
        ingest.to_deployment(  # type: ignore[list-item]
            name="ingest",
            schedules=[Interval(timedelta(seconds=ingest_every), timezone=JAKARTA)],
            parameters={
                "sources": str(sources.resolve()),
                "db": str(db.resolve()),
                "allow_hosts": list(hosts),
                "watchlist": str(watchlist.resolve()),
            },
            concurrency_limit=1,
        )
    ]
    if not no_digest:
        deployments.append(
            digest.to_deployment(  # type: ignore[arg-type]
                name="digest",
                schedules=[Cron(digest_cron, timezone=JAKARTA)],
                parameters={"db": str(db.resolve())},
                concurrency_limit=1,
            )
        )
        # Chat channels tagged `daily` get their summary with the digest; instant ones
        # are served by the ingest flow after each run.
        deployments.append(
            notify.to_deployment(  # type: ignore[arg-type]
                name="notify-daily",
                schedules=[Cron(digest_cron, timezone=JAKARTA)],
                parameters={"db": str(db.resolve()), "daily": True},
                concurrency_limit=1,
            )
        )
    serve(*deployments)  # returns on SIGTERM or Ctrl-C, after in-flight runs settle
