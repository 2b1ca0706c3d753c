"""`pantau search`: find articles by words or a regular expression, offline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path
from pantau.cli.tables import Column, Format, FormatOption, WideOption, print_listing, wib_day

COLUMNS = (
    Column("published_at", "published", no_wrap=True),
    Column("outlet", "outlet", max_width=16),
    Column("alert", "alert"),
    Column("title", "title"),
    Column("url", "url", wide_only=True),
    Column("story_id", "story", wide_only=True),
    Column("snippet", "snippet", wide_only=True),
)


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
    reindex: Annotated[
        bool,
        typer.Option(
            "--reindex",
            help="Rebuild the word index from the stored articles first (after editing"
            " titles or text with plain SQL).",
        ),
    ] = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    db: DbOption = None,
) -> None:
    """Search article titles and text, newest first (substring match, case-insensitive).

    The table shows day (WIB), outlet, alert and title; --wide adds the URL, story id and
    a snippet, and --format csv or json gives every field.

    Example: pantau search "korut amunisi" --since 2023-01-01 --alerts
    """
    from warehouse.db import session
    from warehouse.search import SearchQuery, parse_terms, search

    if reindex:
        _reindex(db_path(db))
        if not words and not regex:
            return

    query = SearchQuery(
        terms=parse_terms(words),
        regex=regex,
        since=since.date() if since else None,
        until=until.date() if until else None,
        sources=tuple(source or ()),
        alerts_only=alerts,
        limit=limit,
    )
    with clean_errors(), session(db_path(db), read_only=True) as con:
        columns, rows = search(con, query)
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    print_listing(
        COLUMNS,
        records,
        fmt,
        wide=wide,
        cells={
            "published_at": lambda r: wib_day(r["published_at"]),
            "alert": lambda r: "alert" if r["alert"] else "",
        },
    )


def _reindex(path: Path) -> None:
    """Rebuild the search index in one transaction, and say how many articles it holds."""
    from pantau.errors import WarehouseError
    from warehouse.db import connect
    from warehouse.search_index import rebuild
    from warehouse.store import transaction

    with clean_errors():
        if not path.exists():
            raise WarehouseError(f"no database at {path}: run `pantau run` or `pantau demo`")
        con = connect(path, busy_action="the search index was not rebuilt")
        try:
            with transaction(con):
                rebuild(con)
            ((docs,),) = con.execute("SELECT count(*) FROM search_docs").fetchall()
        finally:
            con.close()
    typer.echo(f"search index rebuilt: {docs} articles", err=True)
