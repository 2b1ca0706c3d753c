"""`pantau query`: read-only SQL over the warehouse, printed or exported to a file."""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path, fail

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
    """Print a result to stdout as a table, CSV or JSON."""
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_csv_value(v) for v in row] for row in rows])
    elif fmt is OutputFormat.json:
        records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(columns, rows)


def _print_table(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    numeric = [
        all(isinstance(row[i], int | float | Decimal) or row[i] is None for row in rows)
        and any(row[i] is not None for row in rows)
        for i in range(len(columns))
    ]
    table = Table(show_lines=False, header_style="bold", pad_edge=False)
    for name, is_number in zip(columns, numeric, strict=True):
        table.add_column(name, justify="right" if is_number else "left", overflow="fold")
    for row in rows[:TABLE_ROWS]:
        table.add_row(*(_cell(v) for v in row))
    Console().print(table)
    shown = f" (showing {TABLE_ROWS}; export all with --out FILE)" if len(rows) > TABLE_ROWS else ""
    Console(stderr=True).print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}{shown}")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(_plain(v)) for v in value)
    return _plain(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.utcoffset() is not None:
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0")
    if isinstance(value, list | tuple):
        text = ", ".join("" if v is None else str(_plain(v)) for v in value)
    else:
        text = str(_plain(value))
    return text if len(text) <= 120 else text[:117] + "..."
