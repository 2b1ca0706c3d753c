"""prefect.yaml against a real Prefect server: deploy, trigger, run on a process worker."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
import yaml

from conftest import REPO, seed_prefect_home
from connectors.prefect_server import local_prefect_server

PREFECT = [sys.executable, "-m", "prefect"]


@pytest.fixture(scope="module")
def prefect_api(
    tmp_path_factory: pytest.TempPathFactory, prefect_db: Path
) -> Iterator[dict[str, str]]:
    """A real `prefect server start` on 127.0.0.1 (scheduler off: no live-feed runs here)."""
    home = seed_prefect_home(tmp_path_factory.mktemp("prefect-home"), prefect_db)
    extra = {"PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false"}
    with local_prefect_server(home, extra_env=extra) as api_url:
        env = {
            **os.environ,
            "PREFECT_API_URL": api_url,
            "PREFECT_HOME": str(home),
            "PROJECT_DIR": str(REPO),
            "PREFECT_CLI_PROMPT": "false",
        }
        yield env


def _prefect(env: dict[str, str], *args: str, timeout: float = 120) -> str:
    done = subprocess.run(
        [*PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def deployed(prefect_api: dict[str, str]) -> str:
    """The work pool and `prefect deploy --all`, once for the module; the deploy's output."""
    _prefect(prefect_api, "work-pool", "create", "pantau", "--type", "process")
    return _prefect(prefect_api, "deploy", "--all")


def _deployment(env: dict[str, str], name: str) -> dict[str, Any]:
    """The deployment as the server stores it."""
    reply = httpx.get(f"{env['PREFECT_API_URL']}/deployments/name/{name}", timeout=30)
    reply.raise_for_status()
    return dict(reply.json())


def test_deploy_trigger_and_run_ingest_on_a_worker(
    prefect_api: dict[str, str], deployed: str, site: str, site_sources: Path, tmp_path: Path
) -> None:
    env = prefect_api
    assert "ingest/ingest" in deployed.replace("'", "") or "ingest" in deployed
    db = tmp_path / "deployed.duckdb"
    params = {
        "sources": str(site_sources),
        "db": str(db),
        "allow_hosts": [site.removeprefix("http://")],
    }
    out = _prefect(env, "deployment", "run", "ingest/ingest", "--params", json.dumps(params))
    match = re.search(r"UUID:\s*([0-9a-f-]{36})", out)
    assert match, out
    _prefect(env, "worker", "start", "--pool", "pantau", "--run-once", timeout=240)

    run = httpx.get(f"{env['PREFECT_API_URL']}/flow_runs/{match[1]}", timeout=30).json()
    assert run["state"]["type"] == "COMPLETED", run["state"]
    with duckdb.connect(str(db), read_only=True) as con:
        (count,) = con.execute("SELECT count(*) FROM articles").fetchall()[0]
    assert count == 5


def test_schedules_are_what_the_readme_says(prefect_api: dict[str, str], deployed: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "ingest every 15 minutes" in readme
    assert "digest every day at 07:00 Asia/Jakarta" in readme
    config = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    by_name = {d["name"]: d for d in config["deployments"]}
    assert by_name["ingest"]["entrypoint"] == "flows/ingest.py:ingest"
    assert by_name["digest"]["entrypoint"] == "flows/digest.py:digest"
    assert set(by_name["ingest"]["parameters"]) >= {"sources", "db", "allow_hosts"}
    assert config["build"] is None and config["push"] is None
    assert list(config["pull"][0]) == ["prefect.deployments.steps.set_working_directory"]

    # What `prefect deploy --all` registered, read back from the server.
    [ingest] = [s["schedule"] for s in _deployment(prefect_api, "ingest/ingest")["schedules"]]
    [digest] = [s["schedule"] for s in _deployment(prefect_api, "digest/digest")["schedules"]]
    assert ingest["interval"] == 900 and ingest["timezone"] == "Asia/Jakarta", ingest
    assert digest["cron"] == "0 7 * * *" and digest["timezone"] == "Asia/Jakarta", digest
