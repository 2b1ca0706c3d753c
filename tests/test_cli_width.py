"""Every table the CLI prints reads in an 80-column terminal; CSV and JSON keep every field."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pantau.cli.ingest import print_summary
from pantau.fetch_policy import SourceState
from pantau.records import Article, Source, Verdict
from pantau.summary import IngestSummary, SourceTally
from warehouse.db import connect
from warehouse.fetch_state import record_feeds
from warehouse.store import upsert_articles, upsert_sources, write_verdicts
from warehouse.stories import update_stories

T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
LONG_ID = "cnnindonesia-internasional-terkini"
TITLE = "Korut Kirim Jutaan Peluru Artileri ke Rusia Lewat Jalur Kereta Menurut Seoul"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    con = connect(path)
    upsert_sources(
        con,
        [
            Source(LONG_ID, "CNN Indonesia", "https://cnn.example/rss"),
            Source("warta", "Warta", "https://warta.example/rss"),
        ],
    )
    states = [
        SourceState(LONG_ID, last_success_at=T0),
        SourceState("warta", consecutive_failures=1, last_error="HTTP 503 from warta.example"),
    ]
    record_feeds(con, run_id="r", fetches=[], states=states, new_pages=[], now=T0)
    upsert_articles(
        con,
        [
            Article(f"a{n}", f"https://cnn.example/internasional/2026/{n}/{'x' * 60}",
                    LONG_ID, T0, "trafilatura", f"h{n}", title=f"{TITLE} {n}",
                    published_at=T0 - timedelta(days=n), text=f"Korut mengirim peluru {n}.")
            for n in range(3)
        ],
    )  # fmt: skip
    alert = Verdict(True, True, True, 0.9, "KP", "RU", ("KP", "RU"), ("ammunition",), "e", "r")
    write_verdicts(con, [("a0", alert)], "wl")
    update_stories(con)
    con.close()
    return path


def _run(*args: str, width: int = 80) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)})
    return result.exit_code, result.output


def _widest(out: str) -> int:
    return max(len(line.rstrip()) for line in out.splitlines())


def test_sources_table_fits_80_columns_with_whole_ids_and_errors_below(db: Path) -> None:
    code, out = _run("sources", "--db", str(db))
    assert code == 0, out
    assert _widest(out) <= 80
    assert LONG_ID in out  # never cut to "cnnindo…"
    assert "…" not in out
    assert "warta: 1 failure(s), last: HTTP 503 from warta.example" in out


def test_sources_wide_at_80_columns_becomes_one_block_per_source(db: Path) -> None:
    code, out = _run("sources", "--db", str(db), "--wide")
    assert code == 0, out
    assert _widest(out) <= 80
    assert "-[ 1 ]" in out and "-[ 2 ]" in out
    assert "HTTP 503 from warta.example" in out
    code, out = _run("sources", "--db", str(db), "--wide", width=200)
    assert "-[ 1 ]" not in out and "last error" in out


def test_sources_csv_and_json_keep_every_field(db: Path) -> None:
    code, out = _run("sources", "--db", str(db), "--format", "json")
    assert code == 0, out
    warta = next(r for r in json.loads(out) if r["source_id"] == "warta")
    assert warta["status"] in {"failing", "backoff"}
    assert warta["last_error"] == "HTTP 503 from warta.example"
    assert "next_attempt_at" in warta
    code, out = _run("sources", "--db", str(db), "--format", "csv")
    header = next(csv.reader(io.StringIO(out)))
    assert {"source_id", "name", "last_error", "validators_trusted"} <= set(header)


def test_search_shows_day_outlet_alert_and_whole_titles_at_80_columns(db: Path) -> None:
    code, out = _run("search", "korut", "--db", str(db))
    assert code == 0, out
    assert _widest(out) <= 80
    assert "2026-11-24" in out and "alert" in out
    assert "Korut Kirim Jutaan Peluru" in out and "Seoul 0" in out  # wrapped, not cut
    assert "https://" not in out  # the URL is on request
    code, out = _run("search", "korut", "--db", str(db), "--wide", width=300)
    assert "https://cnn.example/" in out
    code, out = _run("search", "korut", "--db", str(db), "--format", "json")
    assert {"url", "story_id", "snippet"} <= set(json.loads(out)[0])


def test_query_too_wide_for_the_terminal_prints_one_block_per_row(db: Path) -> None:
    code, out = _run("query", "select * from articles order by article_id", "--db", str(db))
    assert code == 0, out
    assert "-[ 3 ]" in out
    assert "cnn.example/internasional/2026/0/" in out  # folded, never cut
    code, out = _run("query", "select article_id, title from articles", "--db", str(db))
    assert "-[ 1 ]" not in out and "article_id" in out


def test_run_summary_counts_in_words_and_says_when_a_failure_is_meant(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = IngestSummary(
        "r",
        T0,
        T0 + timedelta(seconds=2),
        (SourceTally("good", new_articles=1), SourceTally("broken", feed_error="HTTP 404")),
        new_alerts=("Korut kirim peluru",),
    )
    print_summary(summary, on_purpose=frozenset({"broken"}))
    out = capsys.readouterr().out
    assert "2 sources in 2.0 s: 1 new article, 1 new alert, 1 failed." in out
    assert "source broken failed: HTTP 404 (on purpose: the sample shows a failed feed)" in out
    print_summary(summary)
    assert "on purpose" not in capsys.readouterr().out
