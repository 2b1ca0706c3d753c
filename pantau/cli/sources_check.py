"""`pantau sources check`: fetch every source once, now, and say what each answered."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from pantau.cli.common import AllowHostOption, SourcesOption, clean_errors
from pantau.cli.sources import sources_app
from pantau.cli.tables import Column, Format, FormatOption, WideOption, print_listing
from pantau.freshness import describe_age
from pantau.settings import DEFAULT_SOURCES, FetchSettings, resolve_allow_hosts
from pantau.sources import load_sources

if TYPE_CHECKING:
    from flows.source_check import SourceCheck

_COLOURS = {"ok": "green", "silent": "yellow", "skipped": "yellow"}
COLUMNS = (
    Column("source_id", "source", no_wrap=True),
    Column("kind", "kind", wide_only=True),
    Column("status", "status"),
    Column("http_status", "HTTP", justify="right"),
    Column("items", "items", justify="right"),
    Column("newest_age_hours", "newest", justify="right"),
    Column("problem", "what was wrong", wide_only=True),
)


@sources_app.command("check")
def check_command(
    sources: SourcesOption = DEFAULT_SOURCES,
    allow_host: AllowHostOption = None,
    output: FormatOption = Format.table,
    wide: WideOption = False,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds allowed for each source.", min=1.0)
    ] = 30.0,
) -> None:
    """Fetch every source once, now, with the run's rules, and print what each answered.

    Per source: status (ok, silent, challenged, dead), HTTP status, items, the newest
    item's age, and what was wrong in a line below the table (a column with --wide).
    Robots.txt, destination safety, size caps and the user agent are those of `pantau run`;
    nothing is stored. Exits 1 when a source is dead or challenged, so it fits a cron job or
    CI step after editing the list.

    Example: pantau sources check --sources seeds/sources.toml
    """
    from flows.source_check import check_sources

    with clean_errors():
        source_list = load_sources(sources)
        settings = FetchSettings(retries=0, request_deadline=timeout, run_deadline=timeout * 2 + 10)
        hosts = resolve_allow_hosts(allow_host, os.environ)
        checks = check_sources(source_list, settings, hosts)
    records = [_record(check) for check in checks]
    print_listing(
        COLUMNS,
        records,
        output,
        wide=wide,
        title=f"Sources checked now ({len(checks)})",
        cells={
            "status": lambda r: Text(str(r["status"]), style=_COLOURS.get(str(r["status"]), "red")),
            "http_status": lambda r: str(r["http_status"] or "-"),
            "items": lambda r: "-" if r["items"] is None else str(r["items"]),
            "newest_age_hours": lambda r: _age(r["newest_age_hours"]),
        },
    )
    if output is Format.table and not wide:
        out = Console(soft_wrap=False, highlight=False)
        for check in checks:
            if check.problem:
                out.print(Text.assemble((check.source.id, "bold"), ": ", check.problem))
    dead = [c.source.id for c in checks if c.dead]
    if dead:
        typer.echo(f"pantau: {len(dead)} of {len(checks)} sources dead or challenged", err=True)
        raise typer.Exit(1)


def _record(check: SourceCheck) -> dict[str, object]:
    age = check.newest_age_hours
    return {
        "source_id": check.source.id,
        "kind": check.source.kind,
        "status": check.status,
        "http_status": check.http_status,
        "items": check.items,
        "newest_age_hours": None if age is None else round(age, 1),
        "problem": check.problem,
    }


def _age(hours: object) -> str:
    if not isinstance(hours, int | float):
        return "-"
    return describe_age(timedelta(hours=hours))
