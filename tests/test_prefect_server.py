"""The local Prefect server that `pantau serve` and the scale-out tests start and stop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO, seed_prefect_home

# Emits events while the server runs, then leaves the context (which stops the server)
# and exits; Prefect reports at exit what it still had queued and could not send.
CHILD = """
import os, sys
from pathlib import Path
from connectors.prefect_server import local_prefect_server

with local_prefect_server(Path(sys.argv[1])) as api:
    os.environ["PREFECT_API_URL"] = api
    from prefect.events import emit_event

    for n in range(300):
        emit_event(event="pantau.probe", resource={"prefect.resource.id": f"pantau.probe.{n}"})
print("left the server")
"""


def test_leaving_the_server_first_sends_what_this_process_queued(
    tmp_path: Path, prefect_db: Path
) -> None:
    home = seed_prefect_home(tmp_path / "prefect", prefect_db)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(home)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert "left the server" in child.stdout
    # Without the drain: "Service 'EventsWorker' failed with 301 pending items", after
    # reconnect attempts to the stopped server that delay the exit.
    assert "pending items" not in child.stderr, child.stderr[-2000:]
    assert "failed to process" not in child.stderr, child.stderr[-2000:]
