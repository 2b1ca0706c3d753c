"""Open the DuckDB warehouse and apply its numbered migrations."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from pantau.errors import WarehouseError
from warehouse.search_index import rebuild

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL file under warehouse/migrations/."""

    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """All migrations shipped with Pantau, in order."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.number)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply each pending migration in its own transaction; return the numbers applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT number FROM schema_migrations").fetchall()}
    applied = []
    for migration in migrations():
        if migration.number in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            fill = _fills().get(migration.number)
            if fill is not None:
                fill(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.number, migration.name, datetime.now(UTC)],
            )
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.number)
    return applied


def _fills() -> dict[int, Callable[[duckdb.DuckDBPyConnection], None]]:
    """Migrations whose tables Python fills from the rows already stored, in their transaction."""
    return {70: rebuild}


_HOLDER = re.compile(r"lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
WAIT_SECONDS = 30.0


class WarehouseBusy(WarehouseError):
    """Another process kept the DuckDB file locked for longer than we waited."""

    def __init__(self, path: Path, holder: str, waited: float, *, action: str = "") -> None:
        self.path = path
        self.holder = holder
        self.waited = waited
        done = f"{action}. " if action else ""
        super().__init__(
            f"database {path} is held by {holder} (waited {waited:g} s): {done}Close it, or"
            f" open the readers' copy {readers_copy(path)} instead, which any tool may keep open"
        )


def readers_copy(path: Path) -> Path:
    """Where the copy for analysts is published: data/pantau.duckdb -> data/pantau-read.duckdb."""
    return path.with_name(f"{path.stem}-read{path.suffix or '.duckdb'}")


def holder_of(message: str) -> str:
    """The lock holder DuckDB names in its error (program and PID), else a plain phrase."""
    match = _HOLDER.search(message)
    if match is None:
        return "another process"
    return f"{match['program']} (PID {match['pid']})"


def connect(
    path: Path,
    *,
    read_only: bool = False,
    wait_seconds: float = WAIT_SECONDS,
    busy_action: str = "",
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `path` (migrated unless read-only), waiting out another writer.

    `busy_action` says, in the busy error, what the caller did or did not do because of it.
    """
    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    while True:
        try:
            return _connect_once(path, read_only=read_only)
        except _LockHeld as held:
            if time.monotonic() + delay > deadline:
                raise WarehouseBusy(
                    path, holder_of(str(held)), wait_seconds, action=busy_action
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextmanager
def session(
    path: Path, *, read_only: bool = False, wait_seconds: float = WAIT_SECONDS
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection held only for the duration of the block, so other processes get turns."""
    con = connect(path, read_only=read_only, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()


class _LockHeld(Exception):
    """Another process holds the DuckDB file lock."""


def _connect_once(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        if read_only:
            if not path.exists():
                raise WarehouseError(f"no database at {path}: run `pantau run` or `pantau demo`")
            return duckdb.connect(str(path), read_only=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path))
        con.execute("SET TimeZone = 'UTC'")
        migrate(con)
        return con
    except OSError as exc:
        raise WarehouseError(f"cannot open database {path}: {exc.strerror or exc}") from exc
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise _LockHeld(str(exc)) from exc
        raise WarehouseError(f"cannot open database {path}: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
