"""Tables the CLI prints: readable in 80 columns, every field in CSV and JSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pantau.records import WIB


class Format(StrEnum):
    """How a command prints what it lists."""

    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="table (default), csv or json (every field).")
]
WideOption = Annotated[
    bool, typer.Option("--wide", "-w", help="Show every column in the table, not the main ones.")
]


@dataclass(frozen=True, slots=True)
class Column:
    """One field of a listing: its key in CSV/JSON and how the table shows it."""

    key: str
    header: str
    wide_only: bool = False
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    max_width: int | None = None


def print_listing(
    columns: Sequence[Column],
    records: Sequence[Mapping[str, Any]],
    fmt: Format,
    *,
    wide: bool = False,
    title: str | None = None,
    cells: Mapping[str, Any] | None = None,
) -> None:
    """Print records as a table (main columns unless `wide`), CSV or JSON (every key).

    `cells` maps a column key to a function giving the table's text (a str, or a rich Text
    for colour) for a record, where the table shows a field differently from its raw value.
    """
    if fmt is Format.csv:
        write_csv([c.key for c in columns], [[r.get(c.key) for c in columns] for r in records])
        return
    if fmt is Format.json:
        write_json([{c.key: r.get(c.key) for c in columns} for r in records])
        return
    shown = [c for c in columns if wide or not c.wide_only]
    render = cells or {}
    rows = [
        [_text(render[c.key](r)) if c.key in render else _text(cell(r.get(c.key))) for c in shown]
        for r in records
    ]
    console = Console(soft_wrap=False, highlight=False)
    if fits(shown, rows, console.width):
        table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold")
        for c in shown:
            table.add_column(c.header, justify=c.justify, no_wrap=c.no_wrap, max_width=c.max_width)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    else:
        print_expanded([c.header for c in shown], rows, console, title=title)


def fits(columns: Sequence[Column], rows: Sequence[Sequence[Text]], width: int) -> bool:
    """Whether a table keeps each column at least as wide as its header and short values.

    Folding every cell into a few letters is worse than one record per block, as psql's
    expanded display does.
    """
    total = 0
    for n, column in enumerate(columns):
        longest = max((len(row[n].plain) for row in rows), default=0)
        wanted = min(longest, column.max_width or 24, 24)
        if column.no_wrap:
            wanted = longest
        total += max(len(column.header), wanted) + 2
    return total <= width


def print_expanded(
    headers: Sequence[str], rows: Sequence[Sequence[Text]], console: Console, *, title: str | None
) -> None:
    """One block per record, one line per field: readable at any terminal width."""
    if title:
        console.print(Text(title, style="bold"))
    for number, row in enumerate(rows, start=1):
        console.print(Text(f"-[ {number} ]" + "-" * max(0, min(console.width, 40) - 8)))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for header, value in zip(headers, row, strict=True):
            grid.add_row(header, value)
        console.print(grid)


def write_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Rows as CSV on stdout; lists joined with '; '."""
    writer = csv.writer(sys.stdout)
    writer.writerow(columns)
    writer.writerows([[_csv_value(v) for v in row] for row in rows])


def write_json(records: Sequence[Mapping[str, Any]]) -> None:
    """Records as a JSON array on stdout."""
    plain = [{k: plain_value(v) for k, v in r.items()} for r in records]
    json.dump(plain, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def plain_value(value: Any) -> Any:
    """A JSON-ready form of a DuckDB value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [plain_value(v) for v in value]
    return value


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(plain_value(v)) for v in value)
    return plain_value(value)


def cell(value: Any, limit: int = 120) -> str:
    """A value as table text: times in UTC, lists joined, long text cut."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.utcoffset() is not None:
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0")
    if isinstance(value, list | tuple):
        text = ", ".join("" if v is None else str(plain_value(v)) for v in value)
    else:
        text = str(plain_value(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wib_day(value: datetime | None) -> str:
    """A timestamp's day in Jakarta time, e.g. 2026-11-24."""
    return f"{value.astimezone(WIB):%Y-%m-%d}" if value is not None else "-"


def age(value: datetime | None, now: datetime) -> str:
    """How long ago, in the largest whole unit: 45 min ago, 3 h ago, 2 d ago."""
    if value is None:
        return "-"
    seconds = max(0.0, (now - value).total_seconds())
    if seconds < 3600:
        return f"{seconds // 60:.0f} min ago"
    if seconds < 2 * 86400:
        return f"{seconds // 3600:.0f} h ago"
    return f"{seconds // 86400:.0f} d ago"


def _text(value: Any) -> Text:
    # Never parse markup in values: titles and errors come from feeds.
    return value if isinstance(value, Text) else Text(str(value))
