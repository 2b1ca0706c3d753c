"""`pantau report`: the weekly chart of alerted stories per supplier → recipient, as PNG and SVG."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path, fail
from pantau.filter.watchlist import default_watchlist_path, load_watchlist

CHART_STEM = "alert-flows-per-week"


def write_trend_chart(
    db: Path, out_dir: Path, *, since: date, until: date | None = None
) -> tuple[Path, Path]:
    """Render the chart from the warehouse at `db` into out_dir; return the PNG and SVG."""
    from pantau.report import render_trend, trend_series  # matplotlib: only when charting
    from warehouse.db import session
    from warehouse.views import weekly_flow_counts

    with session(db, read_only=True) as con:
        counts = weekly_flow_counts(con, since)
    series = trend_series(counts, start=since, end=until or datetime.now(UTC).date())
    names = dict(load_watchlist(default_watchlist_path()).names)
    out_dir.mkdir(parents=True, exist_ok=True)
    png, svg = out_dir / f"{CHART_STEM}.png", out_dir / f"{CHART_STEM}.svg"
    png.write_bytes(render_trend(series, names=names, fmt="png"))
    svg.write_bytes(render_trend(series, names=names, fmt="svg"))
    return png, svg


@app.command("report")
def report_command(
    db: DbOption = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the chart files.", metavar="DIR")
    ] = Path("data/report"),
    weeks: Annotated[
        int, typer.Option("--weeks", min=1, help="Weeks to show, ending this week.")
    ] = 26,
    since: Annotated[
        datetime | None,
        typer.Option(
            "--since",
            formats=["%Y-%m-%d"],
            help="First day to show (overrides --weeks), e.g. 2023-01-01.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Draw alerted stories per supplier → recipient per week to DIR/alert-flows-per-week.png.

    An SVG beside it holds the same chart.

    Example: pantau report --since 2023-01-01 --out data/report
    """
    today = datetime.now(UTC).date()
    start = since.date() if since else today - timedelta(weeks=weeks - 1)
    if start > today:
        fail(f"--since {start} is in the future")
    with clean_errors():
        try:
            png, svg = write_trend_chart(db_path(db), out, since=start)
        except OSError as exc:
            fail(f"cannot write the chart to {out}: {exc.strerror or exc}")
    typer.echo(f"wrote {png} and {svg}")
