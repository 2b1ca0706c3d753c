"""`pantau web`: the analysts' workbench in a browser."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, WatchlistOption, clean_errors, db_path
from pantau.settings import DEFAULT_WATCHLIST
from pantau.web.config import DEFAULT_HOST, DEFAULT_PORT, WebConfig

HostOption = Annotated[
    str, typer.Option("--host", help="Address to bind (other than loopback needs a password).")
]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")]
WebHostOption = Annotated[
    str,
    typer.Option("--web-host", help="Workbench address (other than loopback needs a password)."),
]
WebPortOption = Annotated[int, typer.Option("--web-port", min=1, max=65535, help="Workbench port.")]
PageSizeOption = Annotated[
    int, typer.Option("--page-size", min=1, max=1000, help="Stories per page of the alerts.")
]
ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        help="Name that signs reviews (default: $PANTAU_REVIEWER or your login name).",
        show_default=False,
    ),
]


def web_config(
    db: Path, watchlist: Path, host: str, reviewer: str | None, page_size: int = 50
) -> WebConfig:
    """The workbench's settings from options and the environment, checked once."""
    from pantau.filter.watchlist import load_watchlist
    from pantau.web.config import check_bind, resolve_password, resolve_reviewer
    from warehouse.db import session

    password = resolve_password(os.environ)
    check_bind(host, password)
    if not db.exists():
        from pantau.web.config import WebError

        raise WebError(f"no database at {db}: run `pantau demo` or `pantau run` first")
    loaded = load_watchlist(watchlist)
    names = dict(loaded.names)
    groups = {g: (base, names.get(g, g)) for g, base in loaded.group_base.items()}
    with session(db):  # create or migrate it once, so every request can read it read-only
        pass
    return WebConfig(
        db=db,
        reviewer=resolve_reviewer(reviewer, os.environ),
        actor_names=names,
        password=password,
        page_size=page_size,
        groups=groups,
    )


def check_port_free(host: str, port: int) -> None:
    """Fail with one line, before announcing anything, when the port is taken."""
    import socket

    from pantau.web.config import WebError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise WebError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port"
            ) from None


@app.command("web")
def web_command(
    db: DbOption = None,
    host: HostOption = DEFAULT_HOST,
    port: PortOption = DEFAULT_PORT,
    watchlist: WatchlistOption = DEFAULT_WATCHLIST,
    reviewer: ReviewerOption = None,
    page_size: PageSizeOption = 50,
) -> None:
    """Serve the analysts' workbench: alerts, stories, reviews, trends, sources, search.

    Binds 127.0.0.1; another --host is refused unless PANTAU_WEB_PASSWORD is set, and then
    every page asks for a login.

    Example: pantau web --db data/pantau.duckdb --port 8470
    """
    from pantau.web.app import serve

    with clean_errors():
        config = web_config(db_path(db), watchlist, host, reviewer, page_size)
        check_port_free(host, port)
        shown = f"[{host}]" if ":" in host else host
        typer.echo(f"pantau: workbench on http://{shown}:{port}/ (Ctrl-C stops it)", err=True)
        serve(config, host, port)
