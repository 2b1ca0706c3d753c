"""SIGKILL a `pantau run` mid-way, run again: every article is stored exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path
from typing import IO

import duckdb
import pytest
from hostile.server import hostile_site, sources_toml

from conftest import REPO

pytestmark = pytest.mark.usefixtures("prefect_harness")

PAGES = 150


def _pantau_run(sources: Path, db: Path, host: str, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """`pantau run` in its own process group, so its pool workers can be reaped too."""
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    args = ["run", "--sources", str(sources), "--db", str(db), "--allow-host", host]
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from pantau.cli import main; main()",
            *args,
            "--host-interval",
            "0",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def test_a_killed_run_loses_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "pantau.duckdb"
    with hostile_site() as site, (tmp_path / "run.log").open("wb") as log:
        site.big_items = PAGES
        site.page_delay = 0.1
        sources = tmp_path / "sources.toml"
        sources.write_text(sources_toml(site, ["big"]), encoding="utf-8")

        victim = _pantau_run(sources, db, site.host, log)
        try:
            deadline = time.monotonic() + 60
            while sum(site.hits[f"/big/{i}.html"] for i in range(PAGES)) < 100:
                assert victim.poll() is None, (tmp_path / "run.log").read_text()
                assert time.monotonic() < deadline, "the run never got going"
                time.sleep(0.05)
            os.kill(victim.pid, signal.SIGKILL)  # the main process only, as `kill -9` would
            assert victim.wait(timeout=10) == -signal.SIGKILL
        finally:
            with suppress(ProcessLookupError):
                os.killpg(victim.pid, signal.SIGKILL)  # the orphaned pool workers

        rerun = _pantau_run(sources, db, site.host, log)
        assert rerun.wait(timeout=120) == 0, (tmp_path / "run.log").read_text()

    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchall()
        queued = con.execute("SELECT count(*) FROM page_queue").fetchall()
        methods = con.execute("SELECT DISTINCT extraction_method FROM articles").fetchall()
    assert stored == [(PAGES, PAGES)]
    assert queued == [(0,)]
    assert methods == [("trafilatura",)]
