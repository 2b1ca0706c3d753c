"""A digest never sends what it cannot record: while the warehouse is held, nothing goes out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from holding import held
from test_digest_smtp import Inbox, smtp_server
from test_digest_support import make_db, rows
from typer.testing import CliRunner

pytestmark = pytest.mark.filterwarnings(
    "ignore:Requiring AUTH while not requiring TLS can lead to security vulnerabilities!"
)


def _digest(port: int, db: Path, *args: str) -> Any:
    from pantau.cli import app

    env = {
        "PANTAU_MAIL_FROM": "pantau@example.org",
        "PANTAU_MAIL_TO": "analyst@example.org",
        "PANTAU_SMTP_HOST": "127.0.0.1",
        "PANTAU_SMTP_PORT": str(port),
        "PANTAU_SMTP_SECURITY": "none",
    }
    return CliRunner().invoke(app, ["digest", "--db", str(db), *args], env=env)


@pytest.mark.parametrize("how", ["read", "write"])
def test_a_held_ledger_sends_nothing_and_the_next_digest_sends_it(tmp_path: Path, how: str) -> None:
    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(inbox) as port:
        with held(db, how) as holder:  # type: ignore[arg-type]
            refused = _digest(port, db, "--busy-wait", "0.3")
        assert refused.exit_code == 1
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.output
        assert "is held by" in refused.stderr and f"(PID {holder.pid})" in refused.stderr
        assert "no digest was sent" in refused.stderr and "w-read.duckdb" in refused.stderr
        assert inbox.messages == []
        assert rows(db, "SELECT count(*) FROM digests") == [(0,)]

        sent = _digest(port, db)
        assert sent.exit_code == 0, sent.output
        assert "pantau: sent digest" in sent.stdout
    assert len(inbox.messages) == 1
    assert "Korut kirim rudal balistik" in inbox.stories()
    assert rows(db, "SELECT count(*) FROM digests") == [(1,)]
