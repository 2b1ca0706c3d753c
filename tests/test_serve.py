"""`pantau serve` fires an ingest on its schedule and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import REPO


def _articles(db: Path) -> int:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchall()[0][0])
    except duckdb.Error:  # not created yet, or a run is writing right now
        return 0


def test_serve_runs_ingest_on_a_short_schedule_and_stops_on_sigterm(
    site: str, site_sources: Path, tmp_path: Path
) -> None:
    db = tmp_path / "served.duckdb"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
    }
    env.pop("PREFECT_API_URL", None)
    command = [
        sys.executable,
        "-m",
        "pantau",
        "serve",
        "--sources",
        str(site_sources),
        "--db",
        str(db),
        "--allow-host",
        site.removeprefix("http://"),
        "--ingest-every",
        "5",
        "--no-digest",
    ]
    serve = subprocess.Popen(
        command,
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 150
        while _articles(db) < 5 and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(1)
        assert _articles(db) == 5, "no scheduled ingest landed its articles"
    finally:
        serve.send_signal(signal.SIGTERM)
        _, err = serve.communicate(timeout=60)
    assert serve.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT count(DISTINCT run_id) FROM fetches").fetchall()[0][0]
    assert runs >= 1
