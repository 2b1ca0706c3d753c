"""`pantau serve --web`: schedules and the workbench in one process."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
from serving import start_serve, stored_articles
from web_server import free_port

from conftest import seed_prefect_home


def test_serve_with_web_answers_pages_while_ingest_runs(
    site: str, site_sources: Path, tmp_path: Path, prefect_db: Path
) -> None:
    db = tmp_path / "served.duckdb"
    seed_prefect_home(tmp_path / "prefect" / "pantau-serve", prefect_db)
    port = free_port()
    serve = start_serve(
        site_sources,
        db,
        tmp_path / "prefect",
        *("--allow-host", site.removeprefix("http://"), "--ingest-every", "5", "--no-digest"),
        *("--web", "--web-port", str(port)),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 150
        while stored_articles(db) < 5 and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(1)
        assert stored_articles(db) == 5, "no scheduled ingest landed its articles"
        sources = httpx.get(f"{base}/sources?format=json", timeout=10)
        assert sources.status_code == 200
        assert {"kabar-uji", "test-wire"} <= {r["source_id"] for r in sources.json()["rows"]}
        assert httpx.get(base + "/", timeout=10).status_code == 200
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            _, err = serve.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            _, err = serve.communicate()
            raise AssertionError(f"serve ran on 60 s after SIGTERM:\n{err[-3000:]}") from None
    assert serve.returncode == 0, err[-2000:]
    assert "Traceback" not in err and "workbench on" in err


def test_serve_with_web_on_another_host_needs_a_password(
    site_sources: Path, tmp_path: Path
) -> None:
    serve = start_serve(
        site_sources, tmp_path / "p.duckdb", tmp_path / "prefect", "--web", "--web-host", "0.0.0.0"
    )
    _, err = serve.communicate(timeout=60)
    assert serve.returncode != 0
    assert err.strip().count("\n") == 0 and "PANTAU_WEB_PASSWORD" in err, err
