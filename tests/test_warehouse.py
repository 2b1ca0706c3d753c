"""Migrations, idempotent batched upserts, and a clear error when the file is busy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest

from pantau.errors import WarehouseError
from pantau.records import Article, FetchRecord, Mention, Source, Verdict
from warehouse.db import connect, migrations, session
from warehouse.store import known_article_ids, store_batch, upsert_sources

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)


def _article(aid: str, title: str = "Judul", source: str = "s1") -> Article:
    return Article(
        article_id=aid,
        url=f"https://kabar.example/{aid}",
        source_id=source,
        fetched_at=NOW,
        extraction_method="trafilatura",
        content_hash="h" + aid,
        title=title,
        published_at=datetime(2026, 11, 24, 14, 5, tzinfo=WIB),
        text="Isi berita.",
    )


def _verdict(alert: bool) -> Verdict:
    mention = Mention(kind="actor", term="Korut", canonical="KP", field="title", start=0, end=5)
    return Verdict(
        alert=alert,
        arms_supply=alert,
        watched=True,
        score=0.9 if alert else 0.1,
        supplier="KP" if alert else None,
        recipient="RU" if alert else None,
        actors=("KP", "RU"),
        items=("artillery shell",),
        evidence="Korut kirim.",
        rule="test",
        mentions=(mention,),
    )


def test_migrations_are_numbered_applied_once_and_recorded(tmp_path: Path) -> None:
    numbers = [m.number for m in migrations()]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    db = tmp_path / "w.duckdb"
    with session(db) as con:
        recorded = [r[0] for r in con.execute("SELECT number FROM schema_migrations").fetchall()]
    with session(db) as con:
        again = [r[0] for r in con.execute("SELECT number FROM schema_migrations").fetchall()]
    assert recorded == again == numbers


def test_batch_is_idempotent_and_last_duplicate_wins(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    fetch = FetchRecord(
        source_id="s1",
        url="https://kabar.example/a",
        status="ok",
        fetched_at=NOW,
        elapsed_ms=12,
        http_status=200,
    )
    batch = [_article("a", "first"), _article("b"), _article("a", "second")]
    verdicts = [("a", _verdict(True)), ("b", _verdict(False))]
    with session(db) as con:
        upsert_sources(con, [Source(id="s1", name="S1", url="https://kabar.example/rss")])
        for _ in range(2):
            store_batch(
                con,
                run_id="r",
                fetches=[fetch],
                articles=batch,
                verdicts=verdicts,
                watchlist_version="v1",
            )
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        assert con.execute("SELECT title FROM articles WHERE article_id='a'").fetchone() == (
            "second",
        )
        assert con.execute("SELECT count(*) FROM fetches").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM mentions").fetchone() == (2,)
        alerts = con.execute(
            "SELECT article_id, outlet, supplier, recipient FROM alerts"
        ).fetchall()
        assert alerts == [("a", "S1", "KP", "RU")]
        published = con.execute("SELECT published_at FROM articles WHERE article_id='b'")
        assert published.fetchall() == [(datetime(2026, 11, 24, 7, 5, tzinfo=UTC),)]
        assert known_article_ids(con, ["a", "zzz"]) == {"a"}


def test_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    broken = replace(_article("c"), content_hash=None)  # type: ignore[arg-type]
    with session(db) as con, pytest.raises(duckdb.Error):
        store_batch(
            con,
            run_id="r",
            fetches=[],
            articles=[_article("a"), broken],
            verdicts=[],
            watchlist_version="v1",
        )
    with session(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_busy_file_gives_one_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("held", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseError, match=rf"is held by .*\(PID {holder.pid}\)"):
            connect(db, wait_seconds=0.3)
    finally:
        holder.communicate("", timeout=10)


def test_unwritable_location_is_a_warehouse_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WarehouseError, match="cannot open database"):
        connect(blocker / "sub" / "w.duckdb")
