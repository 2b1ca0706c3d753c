"""`pantau notify` against real webhook receivers on 127.0.0.1 behind Apprise's json:// and
form:// URLs: delivery, exactly-once, receivers down or failing, secrets, markup, cadences."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from notify_support import TOKEN, Hook, free_port, json_url, notify, receiver
from test_digest_support import NOW, STANDARD, Fixture, make_db, rows

from connectors.chat import load_channels
from flows.notify_run import run_notify
from pantau.settings import NotifySettings

ALERT_IDS = {f.article_id for f in STANDARD if f.alert}


def _stories(body: str) -> list[str]:
    """The numbered story headings of a Markdown or plain-text message."""
    return re.findall(r"^\**\d+\\?\. .*$", body, flags=re.M)


def _ledger(db: Path) -> set[tuple[object, ...]]:
    return set(rows(db, "SELECT channel_id, cadence, article_id FROM notification_items"))


def test_delivers_every_story_once_and_a_rerun_sends_nothing(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    hook = Hook()
    with receiver(hook) as port:
        first = notify(db, {"PANTAU_NOTIFY_URLS": json_url(port)})
        assert first.exit_code == 0, first.output
        assert len(hook.posts) == 1
        body = hook.bodies[0]
        # Every alerting article is accounted for; each story is named once.
        assert {r[2] for r in _ledger(db)} == ALERT_IDS
        shown = rows(db, "SELECT count(DISTINCT story_key) FROM notification_items")[0][0]
        assert len(_stories(body)) == shown >= 4
        assert "Korut kirim rudal balistik ke Rusia" in body
        assert "North Korea → Russia" in body and "Iran → Russia" in body
        assert hook.posts[0]["title"] == f"Pantau: {shown} new arms-supply stories"
        # The first outlet to report comes first.
        assert "Reported by Warta Nusantara, Kabar Pagi" in body
        assert first.stdout.count("\n") == 1 and f": sent {shown} stories" in first.stdout

        again = notify(db, {"PANTAU_NOTIFY_URLS": json_url(port)})
        assert again.exit_code == 0, again.output
        assert again.stdout.strip().endswith(": nothing new")
        assert len(hook.posts) == 1


def test_receiver_down_marks_nothing_and_the_stories_arrive_once_it_is_back(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "w.duckdb")
    port = free_port()
    env = {"PANTAU_NOTIFY_URLS": json_url(port)}
    down = notify(db, env)
    assert down.exit_code == 1
    assert down.stderr.count("\n") == 1 and "Traceback" not in down.output
    assert "FAILED" in down.stderr and "127.0.0.1" in down.stderr
    assert _ledger(db) == set()

    hook = Hook()
    with receiver(hook, port):
        back = notify(db, env)
    assert back.exit_code == 0, back.output
    assert len(hook.posts) == 1 and "Korut kirim rudal balistik" in hook.bodies[0]
    assert {r[2] for r in _ledger(db)} == ALERT_IDS


def test_a_channel_answering_500_fails_alone(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    broken, working = Hook(status=500), Hook()
    with receiver(broken) as bad, receiver(working) as good:
        env = {"PANTAU_NOTIFY_URLS": f"{json_url(bad, 'bad')} form://127.0.0.1:{good}/ok"}
        result = notify(db, env)
    assert result.exit_code == 1
    assert "500" in result.stderr and result.stderr.count("\n") == 1
    assert "form://127.0.0.1" in result.stdout and ": sent " in result.stdout
    assert len(working.posts) == 1 and "Korut kirim rudal balistik" in working.bodies[0]
    (channels,) = rows(db, "SELECT count(DISTINCT channel_id) FROM notification_items")[0:1]
    assert channels == (1,)


def test_a_url_token_never_shows_in_output_logs_or_the_warehouse(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = make_db(tmp_path / "w.duckdb")
    caplog.set_level(logging.DEBUG)  # every logger: Apprise and the HTTP library under it
    broken, working = Hook(status=500), Hook()
    closed = free_port()
    with receiver(broken) as bad, receiver(working) as good:
        urls = f"{json_url(bad, 'bad')}, {json_url(good)}, {json_url(closed, 'gone')}"
        outputs = [notify(db, {"PANTAU_NOTIFY_URLS": urls}, *a) for a in ([], ["--dry-run"])]
    assert working.posts and working.posts[0]["path"] == f"/hook/{TOKEN}"  # really used
    apprise_lines = [r.getMessage() for r in caplog.records if r.name == "apprise"]
    assert any("127.0.0.1" in line for line in apprise_lines)  # Apprise did log
    everything = "\n".join(
        [*(o.output for o in outputs), *apprise_lines, caplog.text]
        + [str(r) for r in rows(db, "SELECT * FROM notifications")]
        + [str(r) for r in rows(db, "SELECT * FROM notification_items")]
    )
    assert TOKEN not in everything


def test_a_headline_carrying_markup_arrives_inert(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    markdown, text = Hook(), Hook()
    with receiver(markdown) as md_port, receiver(text) as text_port:
        urls = f"json://127.0.0.1:{md_port}/ json://127.0.0.1:{text_port}/?format=text"
        result = notify(db, {"PANTAU_NOTIFY_URLS": urls})
    assert result.exit_code == 0, result.output
    (md,), (plain,) = markdown.bodies, text.bodies
    # The title `Laporan <b>eksklusif</b>: "amunisi" Korut & Rusia\r\nBcc: ...`
    assert r"Laporan \<b\>eksklusif\</b\>" in md and "<b>" not in md
    assert "\r" not in md and "\nBcc:" not in md
    assert 'Laporan <b>eksklusif</b>: "amunisi" Korut & Rusia Bcc: evil@example.com' in plain
    assert "https://warta.example/berita/a5" in plain and "](" not in plain


def test_links_open_the_workbench_when_pantau_web_url_is_set(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    hook = Hook()
    with receiver(hook) as port:
        env = {
            "PANTAU_NOTIFY_URLS": f"json://127.0.0.1:{port}/",
            "PANTAU_WEB_URL": "https://pantau.example/",
        }
        assert notify(db, env).exit_code == 0
    assert "(https://pantau.example/story/a1)" in hook.bodies[0]
    assert "warta.example" not in hook.bodies[0]


def test_daily_channels_get_a_summary_only_with_daily(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    instant, daily = Hook(), Hook()
    with receiver(instant) as i_port, receiver(daily) as d_port:
        config = tmp_path / "apprise.yml"
        config.write_text(
            "urls:\n"
            f"  - json://127.0.0.1:{i_port}/:\n      - tag: instant\n"
            f"  - json://127.0.0.1:{d_port}/:\n      - tag: daily\n",
            encoding="utf-8",
        )
        env = {"PANTAU_NOTIFY_CONFIG": str(config)}
        first = notify(db, env)
        assert first.exit_code == 0, first.output
        assert len(instant.posts) == 1 and daily.posts == []
        summary = notify(db, env, "--daily")
        assert summary.exit_code == 0, summary.output
        assert len(instant.posts) == 1 and len(daily.posts) == 1
        assert daily.posts[0]["title"].startswith("Pantau daily: ")
        assert "Korut kirim rudal balistik" in daily.bodies[0]
        assert notify(db, env, "--daily").stdout.strip().endswith("nothing new")
    assert {r[1] for r in _ledger(db)} == {"instant", "daily"}


def _many(count: int) -> tuple[Fixture, ...]:
    """`count` unrelated stories: different items, titles and days."""
    base = STANDARD[0]
    return tuple(
        replace(
            base,
            article_id=f"m{n}",
            title=f"Cerita nomor {n} tentang pengiriman senjata jenis {n}",
            items=(f"item {n}",),
            published_at=NOW - timedelta(hours=80 * n + 1),
            fetched_at=NOW - timedelta(hours=80 * n),
            terms=(),
        )
        for n in range(count)
    )


def test_past_ten_stories_one_more_message_counts_the_rest(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb", _many(13))
    hook = Hook()
    with receiver(hook) as port:
        env = {"PANTAU_NOTIFY_URLS": f"json://127.0.0.1:{port}/"}
        assert notify(db, env).exit_code == 0
        assert len(hook.posts) == 2
        assert len(_stories(hook.bodies[0])) == 10
        assert "3 more arms-supply stories" in hook.bodies[1]
        assert "pantau query" in hook.bodies[1]
        assert notify(db, env).stdout.strip().endswith("nothing new")
    counted = rows(db, "SELECT count(*) FROM notification_items WHERE role = 'counted'")
    assert counted == [(3,)]


def test_when_the_and_more_message_fails_the_rest_come_next_run(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb", _many(13))
    hook = Hook(fail_after=1)
    with receiver(hook) as port:
        env = {"PANTAU_NOTIFY_URLS": f"json://127.0.0.1:{port}/"}
        first = notify(db, env)
        assert first.exit_code == 1 and ": sent 10 stories, then FAILED" in first.stderr
        assert rows(db, "SELECT role, count(*) FROM notification_items GROUP BY 1") == [
            ("shown", 10)
        ]
        hook.fail_after = None
        second = notify(db, env)
    assert second.exit_code == 0 and ": sent 3 stories" in second.stdout
    assert len(_stories(hook.bodies[1])) == 3


def test_a_story_the_alerts_view_drops_is_not_sent(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    import duckdb

    # Stand-in for a review that dismisses story a3: the alerts view no longer lists it.
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER VIEW alerts RENAME TO alerts_all")
        con.execute("CREATE VIEW alerts AS SELECT * FROM alerts_all WHERE story_id <> 'a3'")
    hook = Hook()
    with receiver(hook) as port:
        assert notify(db, {"PANTAU_NOTIFY_URLS": f"json://127.0.0.1:{port}/"}).exit_code == 0
    assert "Iran pasok drone Shahed" not in hook.bodies[0]
    assert "a3" not in {r[2] for r in _ledger(db)}


def test_a_held_warehouse_sends_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = make_db(tmp_path / "w.duckdb")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " time.sleep(30)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    hook = Hook()
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with receiver(hook) as port:
            channels = load_channels(NotifySettings(urls=f"json://127.0.0.1:{port}/"))
            from pantau.errors import WarehouseError

            with pytest.raises(WarehouseError, match=r"is held by .*nothing was sent"):
                run_notify(db, channels, NOW, names={}, wait_seconds=0.5)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert hook.posts == []


@pytest.mark.filterwarnings(
    "ignore:Requiring AUTH while not requiring TLS can lead to security vulnerabilities!"
)
def test_mailto_delivers_html_with_the_markup_escaped(tmp_path: Path) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword
    from test_digest_smtp import Inbox, smtp_server

    def check(server: object, session: object, envelope: object, mech: str, data: object) -> object:
        ok = isinstance(data, LoginPassword) and data.password == TOKEN.encode()
        return AuthResult(success=ok, handled=False)

    db = make_db(tmp_path / "w.duckdb")
    inbox = Inbox()
    with smtp_server(inbox, authenticator=check, auth_require_tls=False) as port:
        url = f"mailto://desk:{TOKEN}@127.0.0.1:{port}?from=pantau@example.org&to=desk@example.org"
        result = notify(db, {"PANTAU_NOTIFY_URLS": url})
    assert result.exit_code == 0, result.output
    assert TOKEN not in result.output
    (message,) = inbox.messages
    assert (
        message["Subject"].startswith("Pantau: ")
        and "new arms-supply stories" in (message["Subject"])
    )
    html = message.get_body(("html",))
    assert html is not None
    content = str(html.get_content())
    assert "Korut kirim rudal balistik" in content
    assert "&lt;b&gt;eksklusif&lt;/b&gt;" in content and "<b>eksklusif" not in content


BOT = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SLACK = "T0AAAAAAA/B0BBBBBBB/cccccccccccccccccccccccc"


def test_telegram_and_slack_channels_are_labelled_without_their_tokens() -> None:
    from connectors.chat import redact

    urls = f"tgram://{BOT}/-1001234567890, https://hooks.slack.com/services/{SLACK}"
    channels = load_channels(NotifySettings(urls=urls))
    labels = [c.info.label for c in channels]
    assert [label.split("://")[0] for label in labels] == ["tgram", "slack"]
    assert all(c.info.markdown for c in channels)
    for secret in (BOT, *BOT.split(":"), *SLACK.split("/")):
        assert all(secret not in label for label in labels)
        assert secret not in redact(f"posting to {urls} failed")


def test_unusable_settings_fail_in_one_line_without_the_url(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    bad = notify(db, {"PANTAU_NOTIFY_URLS": f"nosuchservice://{TOKEN}@host/x"})
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1
    assert "PANTAU_NOTIFY_URLS: URL 1 (nosuchservice://...)" in bad.stderr
    assert TOKEN not in bad.output
    missing = notify(db, {"PANTAU_NOTIFY_CONFIG": str(tmp_path / "none.yml")})
    assert missing.exit_code == 1 and "PANTAU_NOTIFY_CONFIG: no file at" in missing.stderr
    unset = notify(db, {})
    assert unset.exit_code == 1 and "no chat channels" in unset.stderr


def test_a_story_comes_back_only_when_it_escalates(tmp_path: Path) -> None:
    from test_digest_support import add

    from warehouse.db import session

    db = make_db(tmp_path / "w.duckdb")
    hook = Hook()
    with receiver(hook) as port:
        env = {"PANTAU_NOTIFY_URLS": f"json://127.0.0.1:{port}/"}
        assert notify(db, env).exit_code == 0
        a1 = STANDARD[0]
        repeat = replace(a1, article_id="r1", source_id="suara", terms=(), fetched_at=NOW)
        new_item = replace(
            a1,
            article_id="r2",
            source_id="gema",
            title="Korut kirim rudal balistik Hwasong ke Rusia lewat pelabuhan Rajin",
            items=("ballistic missile", "Hwasong"),
            terms=(),
            fetched_at=NOW,
        )
        with session(db) as con:
            add(con, repeat)
        assert notify(db, env).stdout.strip().endswith("nothing new")  # folded in silently
        with session(db) as con:
            add(con, new_item)
        again = notify(db, env)
        assert again.exit_code == 0 and ": sent 1 story" in again.stdout
    assert len(hook.posts) == 2
    update = hook.bodies[1].splitlines()[1]
    assert update.startswith("_UPDATE: ") and "new item: Hwasong" in update
    assert "now reported by 4 outlets (was 2)" in update
    # First reporters first: Suara and Gema's copies carry Warta's publication time.
    assert "Reported by Warta Nusantara, Suara Timur, Gema Kota, Kabar Pagi" in hook.bodies[1]
    roles = dict(rows(db, "SELECT article_id, role FROM notification_items"))
    assert roles["r1"] == roles["r2"] == "shown"  # both reports came with the update
