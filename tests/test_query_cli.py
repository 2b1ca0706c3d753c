"""`pantau query` exports and `pantau search`, through the real CLI and a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pantau.records import Article, Source, Verdict
from warehouse.db import connect
from warehouse.store import upsert_articles, upsert_sources, write_verdicts
from warehouse.stories import update_stories

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
TEXTS = {
    "k1": ("Korut kirim amunisi", "Pejabat Seoul menyebut Korut mengirim amunisi ke Rusia."),
    "k2": ("Amunisi tiba di Rusia", "Kiriman amunisi dari Pyongyang tiba di pelabuhan Rusia."),
    "c1": ("Harga cabai turun", "Harga cabai rawit turun di pasar induk; 50% lebih murah."),
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    con = connect(path)
    upsert_sources(con, [Source("warta", "Warta Uji", "https://warta.example/rss")])
    upsert_articles(
        con,
        [
            Article(aid, f"https://warta.example/{aid}", "warta", T0, "trafilatura", aid,
                    title=title, published_at=T0 + timedelta(days=n), text=text)
            for n, (aid, (title, text)) in enumerate(TEXTS.items())
        ],
    )  # fmt: skip
    alert = Verdict(True, True, True, 0.9, "KP", "RU", ("KP", "RU"), ("ammunition",), "e", "r")
    write_verdicts(con, [("k1", alert), ("k2", alert)], "wl")
    update_stories(con)
    con.close()
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_export_format_follows_the_extension(db: Path, tmp_path: Path) -> None:
    sql = "select article_id, published_at, items from alert_articles order by article_id"
    for name in ("a.csv", "a.json", "a.parquet"):
        code, out = _run("query", sql, "--db", str(db), "--out", str(tmp_path / name))
        assert code == 0, out
        assert "wrote 2 rows" in out
    with (tmp_path / "a.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["article_id"] for r in rows] == ["k1", "k2"]
    records = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert records[0]["article_id"] == "k1" and records[0]["items"] == ["ammunition"]
    with duckdb.connect() as con:
        back = con.execute(f"select * from '{tmp_path / 'a.parquet'}' order by 1").fetchall()
    assert back[1][0] == "k2" and back[1][1] == T0 + timedelta(days=1)
    assert back[1][2] == ["ammunition"]


def test_explicit_format_wins_and_bad_targets_fail_cleanly(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.data"
    code, _ = _run("query", "select 1 as x;", "--db", str(db), "-o", str(target), "-f", "parquet")
    assert code == 0 and target.read_bytes()[:4] == b"PAR1"
    code, out = _run("query", "select 1", "--db", str(db), "--out", str(tmp_path / "x.xlsx"))
    assert code == 1 and out.strip().splitlines() == [
        "pantau: error: cannot tell the format of x.xlsx: use .csv, .json or .parquet"
    ]
    code, out = _run("query", "select nope", "--db", str(db), "--out", str(tmp_path / "y.csv"))
    assert (
        code == 1 and out.startswith("pantau: error: query failed:") and len(out.splitlines()) == 1
    )
    code, out = _run("query", "select 1", "--db", str(db), "--format", "parquet")
    assert code == 1 and "--out FILE.parquet" in out


def test_stdout_formats(db: Path) -> None:
    code, out = _run("query", "select title, items from alert_articles order by 1", "--db",
                     str(db), "-f", "csv")  # fmt: skip
    assert code == 0
    assert list(csv.reader(io.StringIO(out)))[:2] == [
        ["title", "items"],
        ["Amunisi tiba di Rusia", "ammunition"],
    ]
    code, out = _run("query", "select outlet, articles, outlets from alerts", "--db", str(db))
    assert code == 0 and "Warta Uji" in out and "2 rows" in out  # two different stories


def test_search_requires_every_word(db: Path) -> None:
    code, out = _run("search", "korut amunisi", "--db", str(db), "-f", "json")
    assert code == 0, out
    assert [r["title"] for r in json.loads(out)] == ["Korut kirim amunisi"]
    code, out = _run("search", "AMUNISI", "--db", str(db), "-f", "json")
    assert [r["title"] for r in json.loads(out)] == ["Amunisi tiba di Rusia", "Korut kirim amunisi"]
    code, out = _run("search", "50%", "--db", str(db), "-f", "json")
    assert [r["title"] for r in json.loads(out)] == ["Harga cabai turun"]


def test_search_regex_filters_and_errors(db: Path) -> None:
    code, out = _run("search", "--regex", r"pyongyang|cabai\s+rawit", "--db", str(db), "-f", "json")
    assert code == 0, out
    assert {r["title"] for r in json.loads(out)} == {"Amunisi tiba di Rusia", "Harga cabai turun"}
    code, out = _run("search", "amunisi", "--until", "2026-03-02", "--db", str(db), "-f", "json")
    assert [r["title"] for r in json.loads(out)] == ["Korut kirim amunisi"]
    code, out = _run("search", "rusia", "--alerts", "--since", "2026-03-03", "--db", str(db),
                     "-f", "json")  # fmt: skip
    assert [r["title"] for r in json.loads(out)] == ["Amunisi tiba di Rusia"]
    code, out = _run("search", "--regex", "(", "--db", str(db))
    assert code == 1 and out.startswith("pantau: error: bad regular expression")
    code, out = _run("search", "", "--db", str(db))
    assert code == 1 and "nothing to search for" in out


@pytest.mark.parametrize("command", ["query", "search", "report", "backfill"])
def test_every_analyst_command_has_help_with_an_example(command: str) -> None:
    code, out = _run(command, "-h")
    assert code == 0 and "Example: pantau" in out
