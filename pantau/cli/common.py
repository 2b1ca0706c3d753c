"""Options and error handling shared by every `pantau` command."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from pantau.errors import PantauError
from pantau.settings import resolve_db

SourcesOption = Annotated[Path, typer.Option("--sources", help="Sources file (TOML).")]
WatchlistOption = Annotated[Path, typer.Option("--watchlist", help="Watchlist file (TOML).")]
AllowHostOption = Annotated[
    list[str] | None,
    typer.Option("--allow-host", help="Allow fetching from this private HOST[:PORT]."),
]
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="DuckDB file (default: $PANTAU_DB or data/pantau.duckdb).", show_default=False
    ),
]


def db_path(option: Path | None) -> Path:
    """The database path this command uses."""
    return resolve_db(option, os.environ)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clean error line and exit non-zero."""
    typer.echo(f"pantau: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn Pantau's own errors and interrupts into one line on stderr."""
    try:
        yield
    except PantauError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted", 130)


def echo_err(message: str) -> None:
    """Write a line to stderr."""
    print(message, file=sys.stderr)
