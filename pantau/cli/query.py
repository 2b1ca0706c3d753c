"""`pantau query`: read-only SQL over the warehouse."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path, fail


class OutputFormat(StrEnum):
    """How query results are printed."""

    table = "table"
    csv = "csv"
    json = "json"


@app.command("query")
def query_command(
    sql: Annotated[str, typer.Argument(help="The SQL to run (read-only).")],
    db: DbOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
) -> None:
    """Run read-only SQL against the warehouse.

    Example: pantau query "select outlet, title from alerts order by published_at desc"
    """
    import duckdb

    from warehouse.db import session

    with clean_errors(), session(db_path(db), read_only=True) as con:
        try:
            cursor = con.execute(sql)
        except duckdb.Error as exc:
            fail(f"query failed: {' '.join(str(exc).split())}")
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    _print(columns, rows, fmt)


def _print(columns: list[str], rows: list[tuple[Any, ...]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    elif fmt is OutputFormat.json:
        records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        table = Table(*columns, show_lines=False, header_style="bold")
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        Console().print(table)
        Console(stderr=True).print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(_plain(value))
    return text if len(text) <= 120 else text[:117] + "..."
