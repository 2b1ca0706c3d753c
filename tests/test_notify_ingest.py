"""The ingest flow pushes the alerts of a real ingest run to chat channels, once."""

from __future__ import annotations

from pathlib import Path

import pytest
from notify_support import Hook, free_port, receiver

from flows.ingest import ingest

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_an_ingest_run_pushes_its_new_alerts_and_a_dead_channel_does_not_fail_it(
    site: str, site_sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "pantau.duckdb"
    hosts = [site.removeprefix("http://")]
    hook = Hook()
    with receiver(hook) as port:
        dead = free_port()
        urls = f"json://127.0.0.1:{port}/ json://127.0.0.1:{dead}/"
        monkeypatch.setenv("PANTAU_NOTIFY_URLS", urls)
        monkeypatch.setenv("PANTAU_WEB_URL", "http://127.0.0.1:8000")
        # Returns (does not raise) although one channel is down.
        ingest(sources=str(site_sources), db=str(db), allow_hosts=hosts)
        assert len(hook.posts) == 1
        body = hook.bodies[0]
        assert "Korut Kirim Ribuan Peluru Artileri ke Rusia" in body
        assert "North Korea → Russia" in body
        assert "(http://127.0.0.1:8000/story/" in body

        ingest(sources=str(site_sources), db=str(db), allow_hosts=hosts)
        assert len(hook.posts) == 1  # nothing new: nothing sent again
