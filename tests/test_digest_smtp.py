"""Digest delivery against a real aiosmtpd server: TLS, AUTH, failures and exactly-once."""

from __future__ import annotations

import email
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from test_digest_support import NAMES, NOW, STANDARD, add, make_db, rows
from typer.testing import CliRunner

from flows.digest import run_digest, write_preview
from pantau.digest import MailSettings, SmtpSettings
from pantau.errors import DeliveryError
from warehouse.db import connect

pytestmark = pytest.mark.filterwarnings(
    # aiosmtpd 1.4 warns that AUTH without TLS is insecure when auth_require_tls=False;
    # that is exactly the plain-AUTH configuration one test exercises on purpose.
    "ignore:Requiring AUTH while not requiring TLS can lead to security vulnerabilities!"
)

MAIL = MailSettings(sender="Pantau <pantau@example.org>", recipients=("analyst@example.org",))
USER, PASSWORD = "pantau", "correct horse battery"


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps what it accepted and refuses chosen recipients."""

    refuse: set[str] = field(default_factory=set)
    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = email.message_from_bytes(envelope.original_content, policy=default_policy)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"

    def stories(self, index: int = -1) -> str:
        """The plain-text part of an accepted message."""
        body = self.messages[index].get_body(("plain",))
        assert body is not None
        return str(body.get_content())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(handler: Inbox, **kwargs: Any) -> Iterator[int]:
    """Run aiosmtpd on a free 127.0.0.1 port for the block; yield the port."""
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def _check_login(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1, made by the openssl binary."""
    folder = tmp_path_factory.mktemp("tls")
    key, crt = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(crt),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return crt, key


def _server_tls(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*cert)
    return context


def _smtp(port: int, **kw: Any) -> SmtpSettings:
    return replace(SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=5), **kw)


def _run(db: Path, smtp: SmtpSettings, mail: MailSettings = MAIL, **kw: Any) -> list[Any]:
    return run_digest(db, mail, smtp, NOW, names=NAMES, **kw)


def _ledger(db: Path) -> list[tuple[object, ...]]:
    return rows(db, "SELECT mail_to, article_id, role FROM digest_items ORDER BY 1, 2")


def test_sends_multipart_digest_once_and_records_it(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(inbox) as port:
        (outcome,) = _run(db, _smtp(port))
        assert outcome.status == "sent" and outcome.stories == 5
        message = inbox.messages[0]
        assert message.get_content_type() == "multipart/alternative"
        text_part, html_part = message.iter_parts()
        assert text_part.get_content_type() == "text/plain"
        # The HTML alternative carries the trend chart inline, referenced by Content-ID.
        assert html_part.get_content_type() == "multipart/related"
        page, chart = html_part.iter_parts()
        assert page.get_content_type() == "text/html"
        assert chart.get_content_type() == "image/png"
        assert chart.get_content().startswith(b"\x89PNG")
        assert f'src="cid:{chart["Content-ID"].strip("<>")}"' in page.get_content()
        assert message["Subject"] == "Pantau: 5 arms-supply alerts — 26 Nov 2026"
        assert message["To"] == "analyst@example.org"
        html = message.get_body(("html",))
        assert html is not None and "<mark" in html.get_content()
        assert rows(db, "SELECT digest_id, mail_to, stories FROM digests") == [
            (outcome.digest_id, "analyst@example.org", 5)
        ]
        assert {r[1] for r in _ledger(db)} == {"a1", "a2", "a3", "a4", "a5", "a6"}

        (again,) = _run(db, _smtp(port))
        assert again.status == "nothing_new" and len(inbox.messages) == 1

        (empty,) = _run(db, _smtp(port), send_empty=True)
        assert empty.status == "sent" and len(inbox.messages) == 2
        assert inbox.messages[1]["Subject"] == "Pantau: no new arms-supply alerts — 26 Nov 2026"
        assert "No new arms-supply alerts since your last digest." in inbox.stories()


def test_a_new_outlet_escalates_a_known_story_and_a_repeat_folds(tmp_path: Path) -> None:
    single = tuple(f for f in STANDARD if f.article_id != "a2")
    db = make_db(tmp_path / "w.duckdb", single)
    inbox = Inbox()
    with smtp_server(inbox) as port:
        _run(db, _smtp(port))
        con = connect(db)
        try:
            add(con, replace(STANDARD[1], fetched_at=NOW - timedelta(hours=1)))  # a2, kabar
        finally:
            con.close()
        (outcome,) = _run(db, _smtp(port))
        assert outcome.stories == 1
        text = inbox.stories()
        assert "[UPDATE: now reported by 2 outlets (was 1)]" in text
        assert "Kabar Pagi" in text and "Iran" not in text

        con = connect(db)
        try:  # a third outlet repeating the same facts: 2 -> 3 outlets does not double
            add(
                con,
                replace(
                    STANDARD[1],
                    article_id="a8",
                    source_id="gema",
                    fetched_at=NOW - timedelta(minutes=30),
                ),
            )
        finally:
            con.close()
        (quiet,) = _run(db, _smtp(port))
        assert quiet.status == "nothing_new" and len(inbox.messages) == 2


def test_starttls_with_auth_and_a_self_signed_certificate(
    tmp_path: Path, cert: tuple[Path, Path]
) -> None:
    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(
        inbox,
        tls_context=_server_tls(cert),
        require_starttls=True,
        authenticator=_check_login,
        auth_required=True,
    ) as port:
        smtp = _smtp(port, security="starttls", ca_file=cert[0], user=USER, password=PASSWORD)
        (outcome,) = _run(db, smtp)
        assert outcome.status == "sent" and len(inbox.messages) == 1

        untrusted = replace(smtp, ca_file=None)
        con = connect(db)
        try:
            add(
                con,
                replace(
                    STANDARD[0],
                    article_id="b1",
                    title="Kisah lain sama sekali",
                    fetched_at=NOW - timedelta(minutes=5),
                ),
            )
        finally:
            con.close()
        with pytest.raises(DeliveryError, match=r"TLS certificate of 127\.0\.0\.1:\d+ not trusted"):
            _run(db, untrusted)
        plain = replace(smtp, security="none")
        with pytest.raises(DeliveryError, match=r"127\.0\.0\.1:\d+ does not offer AUTH"):
            _run(db, plain)  # the server insists on STARTTLS before AUTH and MAIL
        assert len(inbox.messages) == 1 and "b1" not in {r[1] for r in _ledger(db)}


def test_implicit_ssl(tmp_path: Path, cert: tuple[Path, Path]) -> None:
    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(inbox, ssl_context=_server_tls(cert)) as port:
        (outcome,) = _run(db, _smtp(port, security="ssl", ca_file=cert[0]))
    assert outcome.status == "sent" and inbox.messages[0]["X-Pantau-Digest"] == str(
        outcome.digest_id
    )


def test_auth_over_plain_connection_and_refused_login(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(
        inbox, authenticator=_check_login, auth_required=True, auth_require_tls=False
    ) as port:
        wrong = _smtp(port, user=USER, password="wrong password")
        with pytest.raises(DeliveryError) as refused:
            _run(db, wrong)
        message = str(refused.value)
        assert message.startswith(f"SMTP server 127.0.0.1:{port} refused the login of pantau: 535")
        assert "wrong password" not in message and "\n" not in message
        assert not inbox.messages and not _ledger(db) and not rows(db, "SELECT * FROM digests")

        (outcome,) = _run(db, replace(wrong, password=PASSWORD))
        assert outcome.status == "sent" and outcome.stories == 5  # nothing was lost


def test_server_down_marks_nothing_and_next_run_carries_the_stories(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    port = _free_port()  # nothing listens here
    with pytest.raises(
        DeliveryError,
        match=rf"cannot reach SMTP server 127\.0\.0\.1:{port}: "
        "Connection refused",
    ):
        _run(db, _smtp(port))
    assert not _ledger(db)
    inbox = Inbox()
    with smtp_server(inbox) as live:
        (outcome,) = _run(db, _smtp(live))
    assert outcome.stories == 5 and len(inbox.messages) == 1


def test_refused_recipient_gets_the_stories_later_and_the_other_only_once(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "w.duckdb")
    two = replace(MAIL, recipients=("analyst@example.org", "desk@example.org"))
    inbox = Inbox(refuse={"desk@example.org"})
    with smtp_server(inbox) as port:
        with pytest.raises(DeliveryError) as refused:
            _run(db, _smtp(port), two)
        assert str(refused.value) == (
            "SMTP server refused recipient desk@example.org: 550 5.1.1 No such mailbox here;"
            " 1 of 2 digests sent; nothing else marked as sent"
        )
        assert {r[0] for r in _ledger(db)} == {"analyst@example.org"}

        inbox.refuse.clear()
        outcomes = _run(db, _smtp(port), two)
        assert [(o.mailbox, o.status, o.stories) for o in outcomes] == [
            ("analyst@example.org", "nothing_new", 0),
            ("desk@example.org", "sent", 5),
        ]
        assert [m["To"] for m in inbox.messages] == ["analyst@example.org", "desk@example.org"]
    per_box = rows(db, "SELECT mail_to, count(*) FROM digest_items GROUP BY 1 ORDER BY 1")
    assert per_box == [("analyst@example.org", 6), ("desk@example.org", 6)]


def test_dry_run_writes_eml_and_html_and_marks_nothing(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    out = tmp_path / "out"
    (outcome,) = run_digest(db, MAIL, None, NOW, dry_run=out, names=NAMES)
    eml, html = outcome.files
    assert (eml.name, html.name) == (
        "digest-analyst-example-org.eml",
        "digest-analyst-example-org.html",
    )
    parsed = email.message_from_bytes(eml.read_bytes(), policy=default_policy)
    assert parsed.get_content_type() == "multipart/alternative"
    assert "Korut kirim rudal balistik" in html.read_text(encoding="utf-8")
    assert not _ledger(db) and not rows(db, "SELECT * FROM digests")
    preview = write_preview(db, tmp_path / "preview")
    assert preview is not None and preview.suffix == ".html" and preview.exists()
    assert write_preview(make_db(tmp_path / "empty.duckdb", ()), tmp_path / "p2") is None


def _cli(env: dict[str, str], *args: str) -> Any:
    from pantau.cli import app

    return CliRunner().invoke(app, ["digest", *args], env=env)


def test_cli_sends_reports_and_fails_with_one_line(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    base = {
        "PANTAU_MAIL_FROM": "pantau@example.org",
        "PANTAU_MAIL_TO": "analyst@example.org",
        "PANTAU_SMTP_HOST": "127.0.0.1",
        "PANTAU_SMTP_SECURITY": "none",
        "PANTAU_SMTP_USER": USER,
        "PANTAU_SMTP_PASSWORD": PASSWORD,
    }
    down = _cli({**base, "PANTAU_SMTP_PORT": str(_free_port())}, "--db", str(db))
    assert down.exit_code == 1
    assert down.stderr.startswith("pantau: error: cannot reach SMTP server 127.0.0.1:")
    assert down.stderr.count("\n") == 1 and "Traceback" not in down.output
    assert PASSWORD not in down.output

    inbox = Inbox()
    with smtp_server(
        inbox, authenticator=_check_login, auth_required=True, auth_require_tls=False
    ) as port:
        env = {**base, "PANTAU_SMTP_PORT": str(port)}
        sent = _cli(env, "--db", str(db))
        assert sent.exit_code == 0, sent.output
        assert "pantau: sent digest" in sent.stdout and "to analyst@example.org: 5 stories" in (
            sent.stdout
        )
        again = _cli(env, "--db", str(db))
        assert again.exit_code == 0
        assert again.stdout.strip() == (
            "pantau: nothing new for analyst@example.org since the last digest; no email sent"
        )
    assert len(inbox.messages) == 1

    missing = _cli({"PANTAU_MAIL_TO": "a@example.org"}, "--db", str(db))
    assert missing.exit_code == 1 and "PANTAU_MAIL_FROM is not set" in missing.stderr
    help_text = _cli({}, "--help")
    assert help_text.exit_code == 0 and "Example: PANTAU_MAIL_TO" in help_text.stdout


def test_flow_runs_under_prefect(
    tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.digest import digest

    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(inbox) as port:
        for key, value in {
            "PANTAU_MAIL_FROM": "pantau@example.org",
            "PANTAU_MAIL_TO": "analyst@example.org",
            "PANTAU_SMTP_HOST": "127.0.0.1",
            "PANTAU_SMTP_PORT": str(port),
            "PANTAU_SMTP_SECURITY": "none",
        }.items():
            monkeypatch.setenv(key, value)
        first: Callable[..., Any] = digest
        (outcome,) = first(db=str(db))
        (again,) = first(db=str(db))
    # The flow runs on the real clock, so every fixture alert is in the past and new.
    assert (outcome.status, outcome.stories) == ("sent", 5)
    assert again.status == "nothing_new" and len(inbox.messages) == 1
