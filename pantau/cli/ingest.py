"""`pantau run` and `pantau demo`: one ingest pass through the Prefect flow."""

from __future__ import annotations

import logging
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.text import Text

from pantau.cli.app import app
from pantau.cli.common import (
    AllowHostOption,
    DbOption,
    SourcesOption,
    WatchlistOption,
    clean_errors,
    db_path,
)
from pantau.errors import ConfigError
from pantau.prefect_env import quiet_prefect_console
from pantau.settings import (
    DEFAULT_SOURCES,
    DEFAULT_WATCHLIST,
    SEEDS_DIR,
    FetchSettings,
    resolve_allow_hosts,
)
from pantau.sources import load_sources
from pantau.summary import IngestSummary

SAMPLE_DIR = SEEDS_DIR / "sample"
SAMPLE_SITE = SAMPLE_DIR / "site"
DEMO_BASE = "http://127.0.0.1:47661"
"""Where the offline sample's URLs point, whichever port its server takes."""
console = Console(stderr=True)
_DEFAULTS = FetchSettings()


class _RichProgress:
    """Shows page progress on stderr when the run has enough pages to be worth it."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task: int | None = None

    def start(self, total: int) -> None:
        if total >= 20:
            self._task = self._progress.add_task("pages", total=total)

    def advance(self, count: int) -> None:
        if self._task is not None:
            self._progress.advance(self._task, count)  # type: ignore[arg-type]


def run_ingest(
    sources: Path,
    db: Path,
    allow_hosts: tuple[str, ...],
    watchlist: Path,
    *,
    show_progress: bool = True,
    fetch: FetchSettings | None = None,
) -> IngestSummary:
    """Validate inputs, then run the ingest flow once and return its summary."""
    load_sources(sources)
    _check_allow_hosts(allow_hosts)
    quiet_prefect_console(os.environ)
    from warehouse.db import WarehouseBusy, session  # deferred: keeps `pantau -h` fast

    try:
        # Migrated before the run starts; a held file is the run's to handle (it spools).
        with session(db, wait_seconds=0.0):
            pass
    except WarehouseBusy:
        pass
    from flows.progress import use_progress

    progress = Progress(
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not show_progress,
    )
    # This command prints its own summary, failed sources included; the run's warnings
    # would repeat them.
    logging.getLogger("pantau").setLevel(logging.ERROR)
    with progress:
        use_progress(_RichProgress(progress))
        if os.environ.get("PREFECT_API_URL"):
            # With a Prefect API the run is recorded there, as a flow run.
            from flows.ingest import ingest

            return ingest(
                sources=str(sources),
                db=str(db),
                allow_hosts=list(allow_hosts),
                watchlist=str(watchlist),
                fetch=fetch,
                notify=False,  # the command notifies after printing its summary
            )
        # Otherwise the same pass runs without Prefect, rather than import it and start an
        # ephemeral server (about 10 s and 190 MB) for one pass.
        from flows.ingest_pass import ingest_pass

        return ingest_pass(sources, db, allow_hosts, watchlist, fetch or FetchSettings())


def _check_allow_hosts(allow_hosts: tuple[str, ...]) -> None:
    from connectors.safety import AllowList

    try:
        AllowList.parse(allow_hosts)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def print_summary(
    summary: IngestSummary, db: Path | None = None, *, on_purpose: frozenset[str] = frozenset()
) -> None:
    """A short report of the run: counts, each failed source in one line, pages left.

    Sources in `on_purpose` are meant to fail (the demo's broken feed) and are said to be.
    """
    out = Console(highlight=False)
    failed = len(summary.failed_sources)
    out.print(
        f"Ingested {_count(len(summary.sources), 'source')} in {summary.seconds:.1f} s: "
        f"{_count(summary.new_articles, 'new article')}, "
        f"{_count(len(summary.new_alerts), 'new alert')}, "
        f"{failed} failed."
    )
    for tally in summary.failed_sources:
        why = " (on purpose: the sample shows a failed feed)"
        out.print(
            Text.assemble(
                (f"  source {tally.source_id} failed: ", "yellow"),
                tally.feed_error or "",
                why if tally.source_id in on_purpose else "",
            )
        )
    if summary.spooled:
        out.print(f"  [yellow]spooled:[/] {summary.spooled}", highlight=False, soft_wrap=True)
    if summary.spool_loaded:
        out.print(f"  Loaded {summary.spool_loaded} spooled batches of earlier runs first.")
    waiting = _pages_waiting(db) if db is not None and not summary.spooled else 0
    if waiting:
        out.print(f"  {waiting} pages wait for a later run (deadline, retry or a host's request).")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _pages_waiting(db: Path) -> int:
    from warehouse.db import WarehouseBusy, session

    try:
        with session(db, read_only=True, wait_seconds=2.0) as con:
            row = con.execute(
                "SELECT count(*) FROM page_queue WHERE state IN ('pending', 'retry')"
            ).fetchone()
    except WarehouseBusy:
        return 0  # a writer holds it: the count is only a courtesy
    return int(row[0]) if row else 0


@app.command("run")
def run_command(
    sources: SourcesOption = DEFAULT_SOURCES,
    db: DbOption = None,
    allow_host: AllowHostOption = None,
    watchlist: WatchlistOption = DEFAULT_WATCHLIST,
    deadline: Annotated[
        float,
        typer.Option(help="Seconds after which the run starts no new fetch.", min=1.0),
    ] = _DEFAULTS.run_deadline,
    host_interval: Annotated[
        float,
        typer.Option(help="Minimum seconds between two requests to one host.", min=0.0),
    ] = _DEFAULTS.min_host_interval,
    busy_wait: Annotated[
        float,
        typer.Option(
            help="Seconds a write waits for a held database before the run spools beside it.",
            min=0.0,
        ),
    ] = _DEFAULTS.warehouse_wait,
    publish: Annotated[
        bool,
        typer.Option(help="Publish the readers' copy (<db>-read.duckdb) after the run."),
    ] = _DEFAULTS.publish_copy,
) -> None:
    """Run one ingest pass over the live feeds.

    Fetching is polite (robots.txt, per-host pacing) and bounded (timeouts, size caps,
    a run deadline); private and loopback addresses are refused unless allowed with
    --allow-host HOST[:PORT] or PANTAU_ALLOW_HOSTS.

    Example: pantau run --db data/pantau.duckdb --deadline 300
    """
    fetch = FetchSettings(
        run_deadline=deadline,
        min_host_interval=host_interval,
        warehouse_wait=busy_wait,
        publish_copy=publish,
    )
    target = db_path(db)
    with clean_errors():
        summary = run_ingest(
            sources,
            target,
            resolve_allow_hosts(allow_host, os.environ),
            watchlist,
            fetch=fetch,
        )
        print_summary(summary, target)
        from flows.notify_run import notify_after_ingest

        for line in notify_after_ingest(target, os.environ):
            typer.echo(f"pantau: {line}")


@app.command("demo")
def demo_command(db: DbOption = None) -> None:
    """Serve the offline sample on 127.0.0.1 and ingest it through the same flow.

    Example: pantau demo && pantau query "select title from alerts"
    """
    from connectors.replay import replay_site

    target = db_path(db)
    site = replay_site(SAMPLE_SITE, public_base=DEMO_BASE)
    with clean_errors(), site as base_url, tempfile.TemporaryDirectory() as tmp:
        text = (SAMPLE_DIR / "sources.toml").read_text(encoding="utf-8")
        sources = Path(tmp) / "sources.toml"
        sources.write_text(text.replace("__BASE__", DEMO_BASE), encoding="utf-8")
        served = base_url.removeprefix("http://")
        # The sample keeps its fixed URLs, so a second demo finds what the first stored, while
        # the server takes any free port. Our own replay server: no need to pace requests to it.
        fetch = FetchSettings(
            min_host_interval=0.0, connect_to=(f"{DEMO_BASE.removeprefix('http://')}:{served}",)
        )
        summary = run_ingest(sources, target, (served,), DEFAULT_WATCHLIST, fetch=fetch)
        from flows.digest import write_preview

        preview = write_preview(target, target.parent / "digest-preview")
    print_summary(summary, target, on_purpose=_broken_on_purpose())
    _print_demo_footer(target, preview)


def _broken_on_purpose() -> frozenset[str]:
    """The sample's feeds that are missing by design (its [[broken]] entries)."""
    content = tomllib.loads((SAMPLE_DIR / "_content" / "outlets.toml").read_text(encoding="utf-8"))
    return frozenset(str(entry["id"]) for entry in content.get("broken", ()))


def _print_demo_footer(db: Path, preview: Path | None) -> None:
    from warehouse.db import session

    with session(db, read_only=True) as con:
        articles, alerts = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM alerts)"
        ).fetchone() or (0, 0)
    db_arg = "" if db == db_path(None) else f" --db {db}"
    shown = f"\nThe alert digest email, previewed: {preview}" if preview else ""
    Console().print(
        f"\nThe database {db} now holds {articles} articles and {alerts} alerts.{shown}\nTry:\n"
        f'  uv run pantau query "select outlet, title, supplier, recipient from alerts"{db_arg}\n'
        f'  uv run pantau query "select source_id, count(*) from articles group by 1"{db_arg}\n'
        f"  uv run pantau digest --dry-run data/digest{db_arg}\n"
        f"  uv run pantau run{db_arg}    # the live feeds in seeds/sources.toml\n"
        f"Then browse and review the alerts in the workbench:\n"
        f"  uv run pantau web{db_arg}    # http://127.0.0.1:8470/",
        highlight=False,
        soft_wrap=True,
    )
