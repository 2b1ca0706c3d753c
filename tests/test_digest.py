"""Digest selection, grouping, escalation and rendering over a real DuckDB warehouse."""

from __future__ import annotations

import email
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
from test_digest_support import NAMES, NOW, STANDARD, Fixture, add, make_db

from pantau.digest import (
    AlertRow,
    DigestPlan,
    Reason,
    RenderedDigest,
    SentItem,
    Story,
    build_message,
    escalation_reasons,
    group_stories,
    mail_settings_from_env,
    plan_digest,
    render_digest,
    smtp_settings_from_env,
)
from pantau.digest.highlight import segments
from pantau.digest.render import subject_line
from pantau.errors import ConfigError
from pantau.records import Mention
from warehouse.db import connect
from warehouse.digests import load_alerts, load_sent

GOLDEN = Path(__file__).resolve().parent / "golden" / "digest"
BOX = "analyst@example.org"


def _alerts(db: Path, mailbox: str = BOX) -> list[AlertRow]:
    con = connect(db)
    try:
        return load_alerts(con, mailbox, NOW)
    finally:
        con.close()


def _plan(db: Path) -> DigestPlan:
    con = connect(db)
    try:
        alerts, sent = load_alerts(con, BOX, NOW), load_sent(con, BOX)
    finally:
        con.close()
    return plan_digest(alerts, sent, mailbox=BOX, now=NOW, digest_id=1)


def _alert(aid: str, source: str, hours: float, **kw: object) -> AlertRow:
    base = AlertRow(
        article_id=aid,
        url=f"https://{source}.example/{aid}",
        source_id=source,
        outlet=source,
        fetched_at=NOW - timedelta(hours=hours),
        published_at=NOW - timedelta(hours=hours),
        score=0.8,
        title="Korut kirim rudal balistik ke Rusia",
        supplier="KP",
        recipient="RU",
        items=("ballistic missile",),
    )
    return replace(base, **kw)


def _seen(aid: str, source: str, **kw: object) -> SentItem:
    return replace(SentItem(aid, source, True, "KP", "RU", ("ballistic missile",)), **kw)


def test_loads_alerts_only_with_outlet_names_and_stored_spans(tmp_path: Path) -> None:
    alerts = {a.article_id: a for a in _alerts(make_db(tmp_path / "w.duckdb"))}
    assert set(alerts) == {"a1", "a2", "a3", "a4", "a5", "a6"}  # n1 is not an alert
    assert alerts["a2"].outlet == "Kabar Pagi"
    assert alerts["a1"].items == ("ballistic missile",)
    assert [m.term for m in alerts["a1"].mentions] == [
        "Korut",
        "mengirim",
        "rudal balistik",
        "Rusia",
    ]
    assert alerts["a6"].published_at is None


def test_same_event_from_two_outlets_is_one_story_and_other_events_are_not(
    tmp_path: Path,
) -> None:
    stories = {s.key: s for s in group_stories(_alerts(make_db(tmp_path / "w.duckdb")))}
    members = sorted(tuple(a.article_id for a in s.articles) for s in stories.values())
    # a3/a4: same pair and item but 98 h apart; a3/a6: 34 h apart but unlike titles.
    assert members == [("a1", "a2"), ("a3",), ("a4",), ("a5",), ("a6",)]
    assert stories["article:a1"].outlets == ("warta", "kabar")


def test_story_id_column_groups_when_present(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    con = connect(db)
    try:
        con.execute("UPDATE articles SET story_id = '7' WHERE article_id IN ('a3', 'a4')")
        alerts = load_alerts(con, BOX, NOW)
    finally:
        con.close()
    members = sorted(tuple(a.article_id for a in s.articles) for s in group_stories(alerts))
    assert ("a3", "a4") in members and ("a1", "a2") in members


@pytest.mark.parametrize(
    ("outlets_seen", "story_outlets", "kw", "expected"),
    [
        (["w"], ["w", "k"], {}, [Reason("outlets", "2", before=1)]),
        (["w", "k"], ["w", "k", "s"], {}, []),  # 2 -> 3 does not double: folded
        (["w", "k"], ["w", "k", "s", "l"], {}, [Reason("outlets", "4", before=2)]),
        (["w"], ["w"], {"items": ("ballistic missile", "drone")}, [Reason("item", "drone")]),
        (["w"], ["w"], {"supplier": "IR"}, [Reason("supplier", "IR")]),
        (["w"], ["w"], {"items": ("Ballistic Missile",)}, []),  # case is not news
    ],
)
def test_escalation_rule(
    outlets_seen: list[str],
    story_outlets: list[str],
    kw: dict[str, object],
    expected: list[Reason],
) -> None:
    seen = [_seen(f"old{i}", s) for i, s in enumerate(outlets_seen)]
    articles = [_alert(f"old{i}", s, 10) for i, s in enumerate(outlets_seen)]
    articles += [_alert(f"new{i}", s, 5, **kw) for i, s in enumerate(story_outlets)]
    story = Story("k", tuple(articles))
    assert list(escalation_reasons(story, seen)) == expected


def test_plan_shows_new_escalated_and_folds_repeats() -> None:
    alerts = [_alert("a", "w", 30), _alert("b", "k", 20), _alert("c", "s", 10)]
    plan = plan_digest(alerts[:1], [], mailbox=BOX, now=NOW)
    assert [s.status for s in plan.stories] == ["new"]

    sent = [_seen("a", "w")]
    plan = plan_digest(alerts[:2], sent, mailbox=BOX, now=NOW)
    (story,) = plan.stories
    assert story.status == "escalated" and story.reasons == (Reason("outlets", "2", before=1),)
    assert {(e.article_id, e.role) for e in plan.ledger} == {("b", "shown")}

    sent += [_seen("b", "k")]
    plan = plan_digest(alerts, sent, mailbox=BOX, now=NOW)
    assert plan.empty and [(e.article_id, e.role) for e in plan.ledger] == [("c", "folded")]

    plan = plan_digest(alerts, [*sent, SentItem("c", "s", False)], mailbox=BOX, now=NOW)
    assert plan.empty and not plan.ledger


def test_cap_shows_best_first_counts_the_rest_and_records_only_shown() -> None:
    alerts = [
        _alert(f"x{i:02d}", f"o{i}", 200 * i, score=1 - i / 100, title=f"Kisah nomor {i}")
        for i in range(30)
    ]
    plan = plan_digest(alerts, [], mailbox=BOX, now=NOW, cap=25)
    assert plan.total == 30 and len(plan.stories) == 25 and len(plan.more) == 5
    assert [s.lead.article_id for s in plan.stories][:2] == ["x00", "x01"]
    assert {e.article_id for e in plan.ledger} == {f"x{i:02d}" for i in range(25)}
    text = render_digest(plan).text
    assert "...and 5 more stories not shown here; the query below lists all 30." in text
    later = plan_digest(
        alerts,
        [SentItem(e.article_id, e.source_id, True) for e in plan.ledger],
        mailbox=BOX,
        now=NOW,
    )
    assert [s.lead.article_id for s in later.stories] == [f"x{i:02d}" for i in range(25, 30)]


def test_alerts_fetched_after_now_wait() -> None:
    plan = plan_digest([_alert("a", "w", -1)], [], mailbox=BOX, now=NOW)
    assert plan.empty


def test_highlight_uses_spans_inside_the_evidence_only() -> None:
    text = "Awal. Korut kirim peluru ke Rusia. Korut lagi."
    evidence = "Korut kirim peluru ke Rusia."
    mentions = tuple(
        Mention("actor", term, term, "text", start, start + len(term))
        for term, start in (("Korut", 6), ("peluru", 18), ("Rusia", 28), ("Korut", 35))
    )
    alert = _alert("a", "w", 1, evidence=evidence, text=text, mentions=mentions)
    assert [(s.text, s.hit) for s in segments(alert)] == [
        ("Korut", True),
        (" kirim ", False),
        ("peluru", True),
        (" ke ", False),
        ("Rusia", True),
        (".", False),
    ]


def test_highlight_refinds_terms_when_spans_do_not_fit() -> None:
    mentions = (Mention("item", "drone", "drone", "text", 500, 505),)
    alert = _alert("a", "w", 1, evidence="Dua Drone dan drones tiba.", text=None, mentions=mentions)
    assert [s.text for s in segments(alert) if s.hit] == ["Drone"]


def test_subject_counts_stories_and_dates_in_jakarta() -> None:
    evening_utc = datetime(2026, 11, 25, 18, 30, tzinfo=UTC)  # already 26 Nov in Jakarta
    one = plan_digest([_alert("a", "w", 10)], [], mailbox=BOX, now=evening_utc)
    assert subject_line(one) == "Pantau: 1 arms-supply alert — 26 Nov 2026"
    none = plan_digest([], [], mailbox=BOX, now=evening_utc)
    assert subject_line(none) == "Pantau: no new arms-supply alerts — 26 Nov 2026"


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PANTAU_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"missing golden file {path}: run with PANTAU_UPDATE_GOLDEN=1 to write it")
    assert actual == path.read_text(encoding="utf-8"), f"digest differs from {path}"


def test_rendered_digest_matches_golden_files(tmp_path: Path) -> None:
    rendered = render_digest(_plan(make_db(tmp_path / "w.duckdb")), NAMES)
    assert rendered.subject == "Pantau: 5 arms-supply alerts — 26 Nov 2026"
    # Facts the golden files must hold, checked independently of them.
    first = rendered.text.split("\n2. ")[0]
    assert "Warta Nusantara, 25 Nov 2026 10:00 WIB" in first
    assert "Kabar Pagi, 25 Nov 2026 13:30 WIB" in first
    assert "Supply: North Korea -> Russia" in first
    assert "*rudal balistik* ke *Rusia*" in first
    assert "Gema Kota, 26 Nov 2026 03:00 WIB (fetched)" in rendered.text
    assert "Window: alerts collected 20 Nov 2026 15:20 WIB to 26 Nov 2026 07:00 WIB." in (
        rendered.text
    )
    _golden("digest.txt", rendered.text)
    _golden("digest.html", rendered.html)


def test_footer_query_reproduces_the_list(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    plan = _plan(db)
    query = render_digest(plan).text.split("\n\nSELECT", 1)[1].split(";", 1)[0]
    con = connect(db)
    try:
        listed = con.execute("SELECT" + query).fetchall()
    finally:
        con.close()
    assert [row[-1].rsplit("/", 1)[1] for row in listed] == ["a1", "a3", "a2", "a5", "a4", "a6"]
    assert {a.article_id for s in plan.stories for a in s.articles} == {
        row[-1].rsplit("/", 1)[1] for row in listed
    }


def test_untrusted_feed_text_is_escaped_and_cannot_inject_headers(tmp_path: Path) -> None:
    plan = _plan(make_db(tmp_path / "w.duckdb"))
    rendered = render_digest(plan, NAMES)
    assert "<b>eksklusif" not in rendered.html and "<img" not in rendered.html
    assert "&lt;b&gt;eksklusif&lt;/b&gt;" in rendered.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered.html
    hostile = RenderedDigest("Pantau\r\nBcc: evil@example.com", rendered.text, rendered.html)
    message = build_message(hostile, sender="Pantau <p@example.org>", to=BOX, now=NOW)
    parsed = email.message_from_bytes(message.as_bytes(), policy=default_policy)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "Pantau Bcc: evil@example.com"


def test_message_is_multipart_alternative_text_then_html(tmp_path: Path) -> None:
    rendered = render_digest(_plan(make_db(tmp_path / "w.duckdb")), NAMES)
    message = build_message(rendered, sender="p@example.org", to=BOX, now=NOW, digest_id=1)
    parsed = email.message_from_bytes(message.as_bytes(), policy=default_policy)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in parsed.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    body = parsed.get_body(("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == rendered.text
    assert parsed["Subject"] == rendered.subject


def test_escalated_story_says_what_is_new(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    con = connect(db)
    try:
        add(
            con,
            replace(
                STANDARD[1],
                article_id="a7",
                source_id="suara",
                items=("ballistic missile", "Shahed"),
            ),
        )
        sent = [SentItem("a1", "warta", True, "KP", "RU", ("ballistic missile",))]
        sent += [
            SentItem(a, s, True)
            for a, s in (("a3", "suara"), ("a4", "lintas"), ("a5", "warta"), ("a6", "gema"))
        ]
        plan = plan_digest(load_alerts(con, BOX, NOW), sent, mailbox=BOX, now=NOW)
    finally:
        con.close()
    assert len(plan.stories) == 1
    text = render_digest(plan, NAMES).text
    assert "[UPDATE: now reported by 3 outlets (was 1); new item: Shahed]" in text
    assert {e.article_id for e in plan.ledger} == {"a2", "a7"}


def test_settings_from_env_defaults_and_errors(tmp_path: Path) -> None:
    env = {
        "PANTAU_SMTP_HOST": "mail.example.org",
        "PANTAU_SMTP_SECURITY": "ssl",
        "PANTAU_SMTP_USER": "pantau",
        "PANTAU_SMTP_PASSWORD": "hunter2-secret",
    }
    smtp = smtp_settings_from_env(env)
    assert (smtp.port, smtp.security) == (465, "ssl")
    assert "hunter2-secret" not in repr(smtp) and "hunter2-secret" not in str(smtp)
    assert smtp_settings_from_env({"PANTAU_SMTP_HOST": "h"}).port == 587
    mail = mail_settings_from_env(
        {
            "PANTAU_MAIL_FROM": "Pantau <p@example.org>",
            "PANTAU_MAIL_TO": " a@example.org, b@example.org ,",
        }
    )
    assert mail.recipients == ("a@example.org", "b@example.org")
    bad = [
        ({"PANTAU_SMTP_HOST": "h", "PANTAU_SMTP_SECURITY": "tls"}, "PANTAU_SMTP_SECURITY"),
        ({"PANTAU_SMTP_HOST": "h", "PANTAU_SMTP_PORT": "smtp"}, "PANTAU_SMTP_PORT"),
        ({"PANTAU_SMTP_HOST": "h", "PANTAU_SMTP_PASSWORD": "x"}, "PANTAU_SMTP_USER"),
        (
            {"PANTAU_SMTP_HOST": "h", "PANTAU_SMTP_CA_FILE": str(tmp_path / "no.pem")},
            "PANTAU_SMTP_CA_FILE",
        ),
        ({}, "PANTAU_SMTP_HOST"),
    ]
    for env_bad, name in bad:
        with pytest.raises(ConfigError, match=name) as caught:
            smtp_settings_from_env(env_bad)
        assert "\n" not in str(caught.value)
    for to in ("a@example.org\r\nBcc: evil@example.com", "not-an-address", "@example.org"):
        with pytest.raises(ConfigError, match="PANTAU_MAIL_TO"):
            mail_settings_from_env({"PANTAU_MAIL_FROM": "p@example.org", "PANTAU_MAIL_TO": to})
    with pytest.raises(ConfigError, match="PANTAU_MAIL_FROM"):
        mail_settings_from_env({"PANTAU_MAIL_TO": "a@example.org"})


def test_unsent_stories_are_still_offered_after_an_unrecorded_run(tmp_path: Path) -> None:
    db = make_db(
        tmp_path / "w.duckdb",
        (
            Fixture(
                "z1",
                "warta",
                "Korut kirim peluru artileri ke Rusia",
                NOW - timedelta(hours=3),
                0.9,
                "KP",
                "RU",
                ("artillery shell",),
                "Korut kirim peluru.",
                "Korut kirim peluru.",
            ),
        ),
    )
    assert [s.lead.article_id for s in _plan(db).stories] == ["z1"]
    assert [s.lead.article_id for s in _plan(db).stories] == ["z1"]


def test_text_clusters_and_independent_reports_of_one_event_merge() -> None:
    wire = _alert("w1", "antara", 3, title="Korut kirim peluru artileri ke Rusia", story_id="w1")
    copy = _alert("w2", "detik", 2, title="Korut kirim peluru artileri ke Rusia", story_id="w1")
    own = _alert("o1", "kompas", 1, title="Peluru artileri Korut tiba di Rusia")
    other = _alert(
        "x1",
        "tempo",
        2,
        title="Iran pasok drone ke Rusia",
        supplier="IR",
        items=("drone",),
        story_id="x1",
    )
    stories = {
        s.key: [a.article_id for a in s.articles] for s in group_stories([own, copy, other, wire])
    }
    assert set(stories) == {"story:w1", "story:x1"}
    assert sorted(stories["story:w1"]) == ["o1", "w1", "w2"]
