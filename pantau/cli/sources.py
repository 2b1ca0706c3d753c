"""`pantau sources`: each source's fetch health, backoff and extraction success."""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path

if TYPE_CHECKING:
    from warehouse.fetch_state import SourceHealth


class Format(StrEnum):
    """Output formats of `pantau sources`."""

    table = "table"
    csv = "csv"
    json = "json"


sources_app = typer.Typer(
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback(invoke_without_command=True)
def sources_command(
    ctx: typer.Context,
    db: DbOption = None,
    output: Annotated[
        Format, typer.Option("--format", help="table (default), csv or json.")
    ] = Format.table,
) -> None:
    """Show each source's health: last success, failures, backoff, items per day, extraction.

    The extraction rate is the share of a source's articles that trafilatura extracted in
    the last 7 days, beside the 7 days before; a drop of 20 points flags a changed layout.

    Silent sources answer but list nothing new (see max_silence_hours); challenged ones
    met a WAF or bot challenge. `pantau sources check` fetches every source now.

    Example: pantau sources --db data/pantau.duckdb --format csv
    """
    if ctx.invoked_subcommand is not None:
        return
    from warehouse.db import session
    from warehouse.fetch_state import source_health

    now = datetime.now(UTC)
    with clean_errors(), session(db_path(db), read_only=True) as con:
        rows = source_health(con, now)
    if output is Format.table:
        _table(rows, now)
    else:
        records = [_record(row, now) for row in rows]
        if output is Format.json:
            print(json.dumps(records, indent=2, ensure_ascii=False))
        else:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(_record_keys()))
            writer.writeheader()
            writer.writerows(records)


def status(row: SourceHealth, now: datetime) -> str:
    """ok, silent, challenged, failing, backing off or never fetched."""
    if row.challenged:
        return "challenged"
    if row.next_attempt_at is not None and row.next_attempt_at > now:
        return f"backing off until {row.next_attempt_at:%Y-%m-%d %H:%M} UTC"
    if row.consecutive_failures:
        return "failing"
    if row.silence(now):
        return "silent"
    return "ok" if row.last_success_at else "never fetched"


def _record_keys() -> tuple[str, ...]:
    return (
        "source_id",
        "name",
        "status",
        "last_success_at",
        "consecutive_failures",
        "last_error",
        "items_per_day",
        "extraction_rate_7d",
        "extraction_rate_prev_7d",
        "layout_changed",
        "validators_trusted",
    )


def _record(row: SourceHealth, now: datetime) -> dict[str, object]:
    values = (
        row.source_id,
        row.name,
        status(row, now),
        row.last_success_at.isoformat() if row.last_success_at else None,
        row.consecutive_failures,
        row.last_error or row.silence(now),
        round(row.items_per_day, 2),
        _round(row.extraction_rate),
        _round(row.previous_rate),
        row.layout_changed,
        row.validators_trusted,
    )
    return dict(zip(_record_keys(), values, strict=True))


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _table(rows: list[SourceHealth], now: datetime) -> None:
    table = Table(title="Source health")
    for column in ("source", "status", "last success", "fails", "items/day", "extracted 7d"):
        table.add_column(column, justify="right" if column in ("fails", "items/day") else "left")
    table.add_column("last error", overflow="fold")
    for row in rows:
        state = status(row, now)
        colour = "green" if state == "ok" else "yellow" if state != "failing" else "red"
        rate = f"{_percent(row.extraction_rate)} (was {_percent(row.previous_rate)})"
        if row.layout_changed:
            rate = f"[red]{rate} layout changed?[/]"
        table.add_row(
            row.source_id,
            f"[{colour}]{state}[/]",
            f"{row.last_success_at:%Y-%m-%d %H:%M}" if row.last_success_at else "-",
            str(row.consecutive_failures),
            f"{row.items_per_day:.1f}",
            rate,
            (row.last_error or row.silence(now) or "")[:80],
        )
    Console().print(table)
