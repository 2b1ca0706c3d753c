"""SIGKILL while a run lands in the spool, or while a run loads it: nothing lost, nothing twice."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from holding import REPO, count

from warehouse.db import connect
from warehouse.spool import load_spool, ready_batches, spool_dir

PER_BATCH = 10

# Lands batch k: PER_BATCH articles a<k>-<i>, each with its page fetch and settled queue row.
_LAND = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from pantau.records import Article, FetchRecord, Verdict
from warehouse.fetch_state import PageOutcome
from warehouse.spool import Spool

def land(spool, k):
    now = datetime.now(UTC)
    ids = [f"a{k:03d}-{i}" for i in range(PER_BATCH)]
    spool.land_pages(
        fetches=[FetchRecord("uji", f"https://e.org/{a}", "ok", now, 5, 200) for a in ids],
        articles=[
            Article(a, f"https://e.org/{a}", "uji", now, "trafilatura", a, text="teks " * 200)
            for a in ids
        ],
        verdicts=[(a, Verdict(False, False, False, 0.0)) for a in ids],
        watchlist_version="w1",
        outcomes=[PageOutcome(a, False) for a in ids],
        max_attempts=3,
        retry_delay=60.0,
        now=now,
    )
"""

_LANDER = (
    _LAND
    + """
spool = Spool(Path(sys.argv[1]), "killed")
k = 0
while True:
    land(spool, k)
    print(k, flush=True)
    k += 1
"""
)

_LOADER = """
import sys
from pathlib import Path
from warehouse.db import connect
from warehouse.spool import load_spool
db = Path(sys.argv[1])
con = connect(db)
print("open", flush=True)
load_spool(con, db)
print("done", flush=True)
"""


def _child(code: str, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", f"PER_BATCH = {PER_BATCH}\n" + textwrap.dedent(code), str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_kill_during_landing_leaves_only_whole_batches(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    lander = _child(_LANDER, db)
    assert lander.stdout is not None
    reported = [lander.stdout.readline() for _ in range(3)]
    time.sleep(random.uniform(0.0, 0.05))  # somewhere inside a later landing
    lander.send_signal(signal.SIGKILL)
    rest, _ = lander.communicate(timeout=30)
    landed = len(reported) + len(rest.split())
    ready = ready_batches(spool_dir(db))
    assert len(ready) >= landed  # every landing it reported is there

    with connect(db) as con:
        report = load_spool(con, db)
        assert report.refused == ()
    assert count(db, "SELECT count(*) FROM articles") == PER_BATCH * len(ready)
    assert count(db, "SELECT count(*) FROM fetches") == PER_BATCH * len(ready)
    assert count(db, "SELECT count(DISTINCT split_part(article_id, '-', 1)) FROM articles") == len(
        ready
    )
    assert ready_batches(spool_dir(db)) == []


def test_a_kill_during_loading_loads_each_batch_once(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    batches = 40
    setup = subprocess.run(
        [
            sys.executable,
            "-c",
            f"PER_BATCH = {PER_BATCH}\n"
            + textwrap.dedent(_LAND)
            + f"spool = Spool(Path(sys.argv[1]), 'r')\nfor k in range({batches}): land(spool, k)\n",
            str(db),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert setup.returncode == 0, setup.stderr
    connect(db).close()
    cut_midway = False
    delay = 0.05
    for _ in range(6):  # kill sooner or later until one kill lands inside the load
        loader = _child(_LOADER, db)
        assert loader.stdout is not None and loader.stdout.readline().strip() == "open"
        time.sleep(delay)
        loader.send_signal(signal.SIGKILL)
        loader.communicate(timeout=30)
        loaded = count(db, "SELECT count(*) FROM loaded_batches")
        assert count(db, "SELECT count(*) FROM fetches") == PER_BATCH * loaded
        if 0 < loaded < batches:
            cut_midway = True
            break
        delay = delay * 2 if loaded == 0 else delay / 2
    assert cut_midway, "no kill landed inside the load"

    with connect(db) as con:
        load_spool(con, db)
    assert count(db, "SELECT count(*) FROM loaded_batches") == batches
    assert count(db, "SELECT count(*) FROM articles") == PER_BATCH * batches
    assert count(db, "SELECT count(*) FROM fetches") == PER_BATCH * batches
    assert ready_batches(spool_dir(db)) == []
