"""`pantau search`: find articles by words or a regular expression, offline."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path
from pantau.cli.query import OutputFormat, print_rows


@app.command("search")
def search_command(
    words: Annotated[
        str,
        typer.Argument(help='Words that must all appear; "quoted phrases" stay together.'),
    ] = "",
    regex: Annotated[
        str | None,
        typer.Option(
            "--regex",
            "-e",
            help="A regular expression (case-insensitive, RE2).",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            "--since",
            formats=["%Y-%m-%d"],
            help="Published on or after this day.",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        datetime | None,
        typer.Option(
            "--until",
            formats=["%Y-%m-%d"],
            help="Published on or before this day.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="Only this source id (repeatable).", show_default=False),
    ] = None,
    alerts: Annotated[bool, typer.Option("--alerts", help="Only articles that alerted.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Rows to show.")] = 50,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, csv or json.")] = (
        OutputFormat.table
    ),
    db: DbOption = None,
) -> None:
    """Search article titles and text, newest first (substring match, case-insensitive).

    Example: pantau search "korut amunisi" --since 2023-01-01 --alerts
    """
    from warehouse.db import session
    from warehouse.views import SearchQuery, parse_terms, search

    query = SearchQuery(
        terms=parse_terms(words),
        regex=regex,
        since=since.date() if since else None,
        until=until.date() if until else None,
        sources=tuple(source or ()),
        alerts_only=alerts,
        limit=limit,
    )
    with clean_errors():
        if fmt is OutputFormat.parquet:
            raise typer.BadParameter("parquet needs a file: use pantau query ... --out FILE")
        with session(db_path(db), read_only=True) as con:
            columns, rows = search(con, query)
    print_rows(columns, rows, fmt)
