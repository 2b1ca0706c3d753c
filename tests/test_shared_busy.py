"""The busy error names the holder DuckDB reports and says what to do, in one line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from holding import held

from pantau.fetch_policy import SourceState
from warehouse.db import WarehouseBusy, connect, holder_of, readers_copy
from warehouse.spool import newer_states


def test_a_read_only_notebook_is_named_with_its_pid(tmp_path: Path) -> None:
    db = tmp_path / "pantau.duckdb"
    connect(db).close()
    with held(db, "read") as notebook, pytest.raises(WarehouseBusy) as busy:
        connect(db, wait_seconds=0.2)
    message = str(busy.value)
    assert f"(PID {notebook.pid})" in message and "python" in message
    assert "another Pantau process" not in message
    assert str(tmp_path / "pantau-read.duckdb") in message and "Close it" in message
    assert "\n" not in message and busy.value.waited == 0.2


def test_names_without_a_holder_and_the_copy_beside_the_file() -> None:
    assert holder_of("IO Error: Could not set lock on file") == "another process"
    assert holder_of("lock is held in /usr/bin/duckdb (PID 77). However") == (
        "/usr/bin/duckdb (PID 77)"
    )
    assert readers_copy(Path("data/pantau.duckdb")) == Path("data/pantau-read.duckdb")
    assert readers_copy(Path("/srv/w")) == Path("/srv/w-read.duckdb")


def test_a_spooled_state_replaces_only_an_older_one() -> None:
    now = datetime(2026, 12, 3, tzinfo=UTC)

    def state(source: str, etag: str, at: datetime) -> SourceState:
        return SourceState(source, etag, None, None, True, 0, None, at, at, None)

    stored = {"a": state("a", "old", now), "b": state("b", "newer", now)}
    landed = {"a": state("a", "spooled", now + timedelta(minutes=15)),
              "b": state("b", "stale", now - timedelta(minutes=15)),
              "c": state("c", "new", now)}  # fmt: skip
    merged = newer_states(stored, landed)
    assert {k: v.etag for k, v in merged.items()} == {"a": "spooled", "b": "newer", "c": "new"}
