"""`pantau sources check`: fetch every source once, now, and say what each answered."""

from __future__ import annotations

import csv
import json
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from pantau.cli.common import AllowHostOption, SourcesOption, clean_errors
from pantau.cli.sources import Format, sources_app
from pantau.freshness import describe_age
from pantau.settings import DEFAULT_SOURCES, FetchSettings, resolve_allow_hosts
from pantau.sources import load_sources

if TYPE_CHECKING:
    from flows.source_check import SourceCheck

_COLOURS = {"ok": "green", "silent": "yellow", "skipped": "yellow"}
_KEYS = ("source_id", "kind", "status", "http_status", "items", "newest_age_hours", "problem")


@sources_app.command("check")
def check_command(
    sources: SourcesOption = DEFAULT_SOURCES,
    allow_host: AllowHostOption = None,
    output: Annotated[
        Format, typer.Option("--format", help="table (default), csv or json.")
    ] = Format.table,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds allowed for each source.", min=1.0)
    ] = 30.0,
) -> None:
    """Fetch every source once, now, with the run's rules, and print what each answered.

    Per source: status (ok, silent, challenged, dead), HTTP status, items, the newest
    item's age and what was wrong. Robots.txt, destination safety, size caps and the user
    agent are those of `pantau run`; nothing is stored. Exits 1 when a source is dead or
    challenged, so it fits a cron job or CI step after editing the list.

    Example: pantau sources check --sources seeds/sources.toml
    """
    from datetime import timedelta

    from flows.source_check import check_sources

    with clean_errors():
        source_list = load_sources(sources)
        settings = FetchSettings(retries=0, request_deadline=timeout, run_deadline=timeout * 2 + 10)
        hosts = resolve_allow_hosts(allow_host, os.environ)
        checks = check_sources(source_list, settings, hosts)
    records = [_record(check) for check in checks]
    if output is Format.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
    elif output is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_KEYS))
        writer.writeheader()
        writer.writerows(records)
    else:
        table = Table(title=f"Sources checked now ({len(checks)})")
        for column in ("source", "status", "HTTP", "items", "newest"):
            table.add_column(column, justify="right" if column in ("HTTP", "items") else "left")
        table.add_column("what was wrong", overflow="fold")
        for check in checks:
            colour = _COLOURS.get(check.status, "red")
            age = check.newest_age_hours
            table.add_row(
                check.source.id,
                f"[{colour}]{check.status}[/]",
                str(check.http_status or "-"),
                "-" if check.items is None else str(check.items),
                "-" if age is None else describe_age(timedelta(hours=age)),
                check.problem or "",
            )
        Console().print(table)
    dead = [c.source.id for c in checks if c.dead]
    if dead:
        typer.echo(f"pantau: {len(dead)} of {len(checks)} sources dead or challenged", err=True)
        raise typer.Exit(1)


def _record(check: SourceCheck) -> dict[str, object]:
    age = check.newest_age_hours
    values = (
        check.source.id,
        check.source.kind,
        check.status,
        check.http_status,
        check.items,
        None if age is None else round(age, 1),
        check.problem,
    )
    return dict(zip(_KEYS, values, strict=True))
