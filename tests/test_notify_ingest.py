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


def test_the_notify_flow_sends_daily_summaries_and_fails_when_a_channel_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_digest_support import make_db

    from flows.notify import notify
    from pantau.errors import DeliveryError

    db = make_db(tmp_path / "w.duckdb")
    hook = Hook()
    with receiver(hook) as port:
        config = tmp_path / "apprise.txt"
        # Apprise's text format: TAG=URL per line.
        config.write_text(f"daily=json://127.0.0.1:{port}/\n", encoding="utf-8")
        monkeypatch.setenv("PANTAU_NOTIFY_CONFIG", str(config))
        monkeypatch.delenv("PANTAU_NOTIFY_URLS", raising=False)
        assert notify(db=str(db)) == []  # no instant channel
        (outcome,) = notify(db=str(db), daily=True)
        assert outcome.status == "sent" and len(hook.posts) == 1
        assert hook.posts[0]["title"].startswith("Pantau daily: ")
        config.write_text(f"daily=json://127.0.0.1:{free_port()}/other\n", encoding="utf-8")
        with pytest.raises(DeliveryError, match="1 of 1 channels failed"):
            notify(db=str(db), daily=True)
