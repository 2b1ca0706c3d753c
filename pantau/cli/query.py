"""`pantau query`: read-only SQL over the warehouse, printed or exported to a file."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path, fail
from pantau.cli.tables import Column, Format, print_listing, write_csv, write_json

TABLE_ROWS = 200
"""Rows shown by the table format; the rest are counted (export them with --out)."""


class OutputFormat(StrEnum):
    """How query results are printed or written."""

    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


_BY_SUFFIX = {
    ".csv": OutputFormat.csv,
    ".json": OutputFormat.json,
    ".parquet": OutputFormat.parquet,
    ".pq": OutputFormat.parquet,
}
_COPY_OPTIONS = {
    OutputFormat.csv: "FORMAT csv, HEADER true",
    OutputFormat.json: "FORMAT json, ARRAY true",
    OutputFormat.parquet: "FORMAT parquet",
}


def export_format(out: Path, fmt: OutputFormat | None) -> OutputFormat:
    """The file format: --format when given, else the file's extension."""
    if fmt is not None:
        if fmt is OutputFormat.table:
            raise ValueError("--format table cannot be written to a file; use csv, json or parquet")
        return fmt
    found = _BY_SUFFIX.get(out.suffix.lower())
    if found is None:
        raise ValueError(f"cannot tell the format of {out.name}: use .csv, .json or .parquet")
    return found


def copy_sql(sql: str, out: Path, fmt: OutputFormat) -> str:
    """DuckDB's COPY statement that writes the query's result to `out`."""
    body = sql.strip().rstrip(";").strip()
    target = str(out).replace("'", "''")
    return f"COPY ({body}) TO '{target}' ({_COPY_OPTIONS[fmt]})"


@app.command("query")
def query_command(
    sql: Annotated[str, typer.Argument(help="The SQL to run (read-only).")],
    db: DbOption = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (default on screen), csv, json or parquet (files only).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write every row to FILE (.csv, .json or .parquet) instead of printing.",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run read-only SQL against the warehouse; print it or export it.

    Views: alerts (one row per alerted story), alert_articles, daily_counts, actor_pairs,
    source_health; tables: articles, verdicts, mentions, stories, sources, fetches.

    Example: pantau query "select * from actor_pairs order by week desc" --out pairs.parquet
    """
    import duckdb

    from warehouse.db import session

    with clean_errors():
        target = None
        if out is not None:
            try:
                target = export_format(out, fmt)
            except ValueError as exc:
                fail(str(exc))
        elif fmt is OutputFormat.parquet:
            fail("parquet needs a file: add --out FILE.parquet")
        with session(db_path(db), read_only=True) as con:
            try:
                if out is not None and target is not None:
                    out.parent.mkdir(parents=True, exist_ok=True)
                    written = con.execute(copy_sql(sql, out, target)).fetchall()
                    count = int(written[0][0]) if written else 0
                else:
                    cursor = con.execute(sql)
                    columns = [d[0] for d in cursor.description or []]
                    rows = cursor.fetchall()
            except duckdb.Error as exc:
                fail(f"query failed: {' '.join(str(exc).split())}")
            except OSError as exc:
                fail(f"cannot write {out}: {exc.strerror or exc}")
    if out is not None:
        typer.echo(f"wrote {count} row{'s' if count != 1 else ''} to {out}", err=True)
        return
    print_rows(columns, rows, fmt or OutputFormat.table)


def print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: OutputFormat) -> None:
    """Print a result to stdout as a table (one block per row when too wide), CSV or JSON."""
    if fmt is OutputFormat.csv:
        write_csv(columns, rows)
    elif fmt is OutputFormat.json:
        write_json([dict(zip(columns, row, strict=True)) for row in rows])
    else:
        numeric = [
            all(isinstance(row[i], int | float | Decimal) or row[i] is None for row in rows)
            and any(row[i] is not None for row in rows)
            for i in range(len(columns))
        ]
        listing = [
            Column(f"c{i}", name, justify="right" if number else "left")
            for i, (name, number) in enumerate(zip(columns, numeric, strict=True))
        ]
        records = [{f"c{i}": v for i, v in enumerate(row)} for row in rows[:TABLE_ROWS]]
        print_listing(listing, records, Format.table)
        more = len(rows) > TABLE_ROWS
        shown = f" (showing {TABLE_ROWS}; export all with --out FILE)" if more else ""
        Console(stderr=True).print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}{shown}")
