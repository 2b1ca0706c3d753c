"""`pantau serve` as a child process with a Prefect home of its own (tests and bench)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import duckdb

REPO = Path(__file__).resolve().parent.parent


def start_serve(
    sources: Path,
    db: Path,
    prefect_home: Path,
    *options: str,
    stdout: int | IO[str] | None = subprocess.PIPE,
    stderr: int | IO[str] | None = subprocess.PIPE,
) -> subprocess.Popen[str]:
    """Start `pantau serve` in a session of its own, with its own local Prefect server.

    The scheduler looks for due runs every 2 s, so a short --ingest-every shows quickly.
    """
    env = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
    }
    env.pop("PREFECT_API_URL", None)
    command = [
        *(sys.executable, "-m", "pantau", "serve"),
        *("--sources", str(sources), "--db", str(db), *options),
    ]
    return subprocess.Popen(
        command,
        env=env,
        cwd=REPO,
        stdout=stdout,
        stderr=stderr,
        text=True,
        start_new_session=True,
    )


def stored_articles(db: Path) -> int:
    """Articles in `db`; 0 while it does not exist yet or a run holds it."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchall()[0][0])
    except duckdb.Error:
        return 0
