"""`pantau sources`: each source's fetch health, backoff and extraction success."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.text import Text

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path
from pantau.cli.tables import Column, Format, FormatOption, WideOption, age, print_listing

if TYPE_CHECKING:
    from warehouse.fetch_state import SourceHealth


COLUMNS = (
    Column("source_id", "source", no_wrap=True),
    Column("name", "outlet", wide_only=True),
    Column("status", "status"),
    Column("last_success_at", "last ok", justify="right"),
    Column("consecutive_failures", "fails", justify="right"),
    Column("items_per_day", "items/day", justify="right"),
    Column("extraction_rate_7d", "extracted", justify="right"),
    Column("extraction_rate_prev_7d", "week before", justify="right", wide_only=True),
    Column("layout_changed", "layout changed", wide_only=True),
    Column("validators_trusted", "validators", wide_only=True),
    Column("next_attempt_at", "next try", wide_only=True),
    Column("last_error", "last error", wide_only=True, max_width=60),
)


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
    output: FormatOption = Format.table,
    wide: WideOption = False,
) -> None:
    """Show each source's health: last success, failures, backoff, items per day, extraction.

    The extraction rate is the share of a source's articles that trafilatura extracted in
    the last 7 days, beside the 7 days before; a drop of 20 points flags a changed layout.
    The table lists each problem (error, backoff, layout change) in a line below it.

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
    records = [_record(row, now) for row in rows]
    print_listing(
        COLUMNS,
        records,
        output,
        wide=wide,
        title="Source health",
        cells={
            "status": lambda r: _coloured_status(str(r["status"])),
            "last_success_at": lambda r: age(r["last_success_at"], now),
            "extraction_rate_7d": lambda r: (
                _percent(r["extraction_rate_7d"]) + ("↓" if r["layout_changed"] else "")
            ),
            "extraction_rate_prev_7d": lambda r: _percent(r["extraction_rate_prev_7d"]),
        },
    )
    if output is Format.table:
        _print_problems(rows, now)


def status(row: SourceHealth, now: datetime) -> str:
    """ok, silent, challenged, failing, backoff (waiting to try again) or never fetched."""
    if row.challenged:
        return "challenged"
    if row.next_attempt_at is not None and row.next_attempt_at > now:
        return "backoff"
    if row.consecutive_failures:
        return "failing"
    if row.silence(now):
        return "silent"
    return "ok" if row.last_success_at else "never fetched"


def problems(row: SourceHealth, now: datetime) -> list[str]:
    """What is wrong with a source, one short phrase each."""
    found = []
    silence = row.silence(now)
    if silence:
        found.append(silence)
    if row.last_error and (row.consecutive_failures or row.challenged):
        what = "a bot challenge" if row.challenged else f"{row.consecutive_failures} failure(s)"
        found.append(f"{what}, last: {row.last_error}")
    if row.next_attempt_at is not None and row.next_attempt_at > now:
        found.append(f"next try after {row.next_attempt_at:%Y-%m-%d %H:%M} UTC")
    if row.layout_changed:
        found.append(
            f"extraction fell to {_percent(row.extraction_rate)}"
            f" from {_percent(row.previous_rate)}: page layout changed?"
        )
    return found


def _record(row: SourceHealth, now: datetime) -> dict[str, object]:
    return {
        "source_id": row.source_id,
        "name": row.name,
        "status": status(row, now),
        "last_success_at": row.last_success_at,
        "consecutive_failures": row.consecutive_failures,
        "items_per_day": round(row.items_per_day, 2),
        "extraction_rate_7d": _round(row.extraction_rate),
        "extraction_rate_prev_7d": _round(row.previous_rate),
        "layout_changed": row.layout_changed,
        "validators_trusted": row.validators_trusted,
        "last_error": row.last_error or row.silence(now),
        "next_attempt_at": row.next_attempt_at,
    }


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _coloured_status(state: str) -> Text:
    colour = "green" if state == "ok" else "red" if state == "failing" else "yellow"
    return Text(state, style=colour)


def _print_problems(rows: list[SourceHealth], now: datetime) -> None:
    out = Console(soft_wrap=False, highlight=False)
    for row in rows:
        for problem in problems(row, now):
            out.print(Text.assemble((row.source_id, "bold"), ": ", problem))
