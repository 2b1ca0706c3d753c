"""`pantau serve` fires an ingest on its schedule and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
from serving import start_serve, stored_articles

from conftest import seed_prefect_home


def test_serve_runs_ingest_on_a_short_schedule_and_stops_on_sigterm(
    site: str, site_sources: Path, tmp_path: Path, prefect_db: Path
) -> None:
    db = tmp_path / "served.duckdb"
    host = site.removeprefix("http://")
    seed_prefect_home(tmp_path / "prefect" / "pantau-serve", prefect_db)
    serve = start_serve(
        site_sources,
        db,
        tmp_path / "prefect",
        *("--allow-host", host, "--ingest-every", "5", "--no-digest"),
    )
    try:
        deadline = time.monotonic() + 150
        while stored_articles(db) < 5 and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(1)
        assert stored_articles(db) == 5, "no scheduled ingest landed its articles"
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            _, err = serve.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            _, err = serve.communicate()
            raise AssertionError(f"serve ran on 60 s after SIGTERM:\n{err[-3000:]}") from None
    assert serve.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT count(DISTINCT run_id) FROM fetches").fetchall()[0][0]
    assert runs >= 1


def _prefect_servers(home: Path) -> list[int]:
    """Pids of `prefect server start` processes whose PREFECT_HOME is `home`."""
    marker = f"PREFECT_HOME={home}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
            environ = (proc / "environ").read_bytes()
        except OSError:  # not a process, or it just ended
            continue
        if b"prefect\0server\0start" in cmdline and marker in environ.split(b"\0"):
            pids.append(int(proc.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_serve_stopped_while_its_prefect_server_starts_stops_that_server(
    site_sources: Path, tmp_path: Path
) -> None:
    home = tmp_path / "prefect" / "pantau-serve"
    serve = start_serve(
        site_sources, tmp_path / "served.duckdb", tmp_path / "prefect", "--no-digest", stdout=None
    )
    try:
        deadline = time.monotonic() + 60
        while not _prefect_servers(home) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _prefect_servers(home), "serve never started its Prefect server"
        serve.send_signal(signal.SIGTERM)
        _, err = serve.communicate(timeout=60)
        assert serve.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        deadline = time.monotonic() + 30
        while _prefect_servers(home) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _prefect_servers(home) == [], "the Prefect server outlived serve"
    finally:
        for pid in _prefect_servers(home):
            os.killpg(pid, signal.SIGKILL)
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.communicate()
