"""Every transfer of a story: typed records, stances, the warehouse rows, views, CLI and digest."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pantau.cli.classify import classify_stream
from pantau.digest.model import AlertRow, Story
from pantau.digest.render import story_view
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist
from pantau.records import Article
from warehouse.batches import BatchWriter, load_all
from warehouse.db import connect
from warehouse.digests import load_alerts
from warehouse.store import upsert_articles, write_verdicts

# A faithful paraphrase of the seed article (Republika, 3 Aug 2023, "Gedung Putih: Rusia Ingin
# Dapatkan Amunisi dari Korut"), which is not in the shared corpus: the White House says Russia
# seeks North Korean ammunition; Iran has already supplied drones to Russia.
SEED_TITLE = "Gedung Putih: Rusia Ingin Dapatkan Amunisi dari Korut"
SEED_TEXT = (
    "Gedung Putih menyatakan Rusia tengah berupaya mendapatkan amunisi dari Korea Utara untuk "
    "perangnya di Ukraina. Juru bicara Dewan Keamanan Nasional AS mengatakan Moskow sedang "
    "merundingkan pembelian peluru artileri dari Pyongyang dalam jumlah besar. Menurut "
    "Washington, pembicaraan itu melibatkan pejabat tinggi kedua negara. Sementara itu, Iran "
    "disebut telah memasok ratusan drone serang kepada Rusia sejak tahun lalu. Korea Utara "
    "sebelumnya membantah menjual senjata kepada Rusia."
)


def test_seed_article_keeps_the_headline_transfer_and_finds_the_second(wl: Watchlist) -> None:
    v = classify(SEED_TITLE, SEED_TEXT, wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU")
    main, *others = v.transfers
    assert (main.supplier, main.recipient, main.field) == ("KP", "RU", "title")
    assert v.evidence == main.evidence == SEED_TITLE  # the evidence names the main pair
    assert main.stance == "planned" and "ammunition" in main.items
    assert [(t.supplier, t.recipient) for t in others] == [("IR", "RU")]
    drones = others[0]
    assert "drone" in drones.items and drones.stance == "claimed"
    assert SEED_TEXT[drones.start : drones.end] == drones.evidence


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Korut Bantah Jual Senjata ke Rusia", "denied"),
        ("AS Cegat Kiriman Rudal Iran untuk Houthi", "intercepted"),
        ("Rusia Tawarkan Jet Tempur Su-35 ke Indonesia", "offered"),
        ("Iran Dituding Kirim Drone ke Rusia", "claimed"),
        ("Iran Kirim Drone ke Rusia", "reported"),
    ],
)
def test_stance_of_the_main_transfer(wl: Watchlist, title: str, stance: str) -> None:
    v = classify(title, "", wl)
    assert v.arms_supply and v.transfers, v
    assert v.transfers[0].stance == stance


def test_no_transfers_without_arms_supply(wl: Watchlist) -> None:
    v = classify("Rusia Kirim Minyak ke India", "Rusia mengirim minyak mentah ke India.", wl)
    assert not v.arms_supply and v.transfers == ()


def test_cli_prints_a_transfers_list_per_line(wl: Watchlist) -> None:
    line = json.dumps({"id": 7, "title": SEED_TITLE, "text": SEED_TEXT})
    sink = io.StringIO()
    assert classify_stream(io.StringIO(line + "\n"), sink, wl, "<test>") == 0
    out = json.loads(sink.getvalue())
    pairs = [(t["supplier"], t["recipient"]) for t in out["transfers"]]
    assert pairs == [("KP", "RU"), ("IR", "RU")]
    assert out["supplier_group"] is None and set(out["transfers"][0]) >= {"stance", "span"}


@pytest.fixture
def con(tmp_path: Path, wl: Watchlist) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "w.duckdb")
    when = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    stories = {
        "seed": (SEED_TITLE, SEED_TEXT),
        "houthi": ("Iran Pasok Rudal ke Houthi", "Iran memasok rudal jelajah ke Houthi di Yaman."),
    }
    upsert_articles(
        con,
        [
            Article(
                article_id=aid,
                url=f"https://kabar.example/{aid}",
                source_id="kabar",
                fetched_at=when + timedelta(minutes=5),
                extraction_method="trafilatura",
                content_hash=aid,
                title=title,
                published_at=when,
                text=text,
            )
            for aid, (title, text) in stories.items()
        ],
    )
    verdicts = [(aid, classify(t, x, wl)) for aid, (t, x) in stories.items()]
    write_verdicts(con, verdicts, wl.version)
    write_verdicts(con, verdicts, wl.version)  # written again: replaced, not doubled
    return con


def test_transfers_rows_are_written_with_the_verdict(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT article_id, position, supplier, recipient, recipient_group, stance"
        " FROM transfers ORDER BY ALL"
    ).fetchall()
    assert rows == [
        ("houthi", 0, "IR", "YE", "Houthis", "reported"),
        ("seed", 0, "KP", "RU", None, "planned"),
        ("seed", 1, "IR", "RU", None, "claimed"),
    ]
    groups = con.execute("SELECT recipient_group FROM verdicts WHERE article_id = 'houthi'")
    assert groups.fetchall() == [("Houthis",)]


def test_views_count_every_transfer_and_group(con: duckdb.DuckDBPyConnection) -> None:
    pairs = con.execute(
        "SELECT supplier, recipient, recipient_group, articles FROM actor_pairs ORDER BY ALL"
    ).fetchall()
    assert pairs == [("IR", "RU", None, 1), ("IR", "YE", "Houthis", 1), ("KP", "RU", None, 1)]
    actors = con.execute("SELECT DISTINCT actor FROM daily_counts ORDER BY 1").fetchall()
    assert [a for (a,) in actors] == ["Houthis", "IR", "KP", "RU", "YE"]
    counts = con.execute("SELECT article_id, transfers FROM alerts ORDER BY 1").fetchall()
    assert counts == [("houthi", 1), ("seed", 2)]


def test_digest_lists_the_story_transfers(con: duckdb.DuckDBPyConnection) -> None:
    alerts = load_alerts(con, "a@example.org", datetime(2026, 3, 4, tzinfo=UTC))
    by_id = {a.article_id: a for a in alerts}
    names = {"KP": "North Korea", "RU": "Russia", "IR": "Iran", "YE": "Yemen"}
    seed = story_view(1, Story("seed", (by_id["seed"],)), names)
    assert seed.supply == "North Korea -> Russia; Iran -> Russia"
    houthi = story_view(2, Story("houthi", (by_id["houthi"],)), names)
    assert houthi.supply == "Iran -> Houthis"
    old = AlertRow("x", "https://x.example", "kabar", "Kabar", datetime.now(UTC), 0.9, "t")
    assert story_view(3, Story("x", (old,)), names).supply == "? -> ?"  # no transfers stored


def test_a_parquet_batch_carries_the_transfers(tmp_path: Path, wl: Watchlist) -> None:
    when = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    article = Article(
        article_id="seed",
        url="https://kabar.example/seed",
        source_id="kabar",
        fetched_at=when,
        extraction_method="trafilatura",
        content_hash="seed",
        title=SEED_TITLE,
        text=SEED_TEXT,
    )
    verdict = classify(SEED_TITLE, SEED_TEXT, wl)
    with BatchWriter(tmp_path / "batches") as writer:
        writer.write(
            "run1-0000-x",
            run_id="run1",
            fetches=[],
            articles=[article],
            verdicts=[("seed", verdict)],
            watchlist_version=wl.version,
        )
    db = tmp_path / "w.duckdb"
    load_all(db, str(tmp_path / "batches"))
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT position, supplier, recipient FROM transfers ORDER BY position"
        ).fetchall()
    assert rows == [(0, "KP", "RU"), (1, "IR", "RU")]


def test_a_batch_written_before_transfers_still_loads(tmp_path: Path, wl: Watchlist) -> None:
    when = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    article = Article(
        article_id="seed",
        url="https://kabar.example/seed",
        source_id="kabar",
        fetched_at=when,
        extraction_method="trafilatura",
        content_hash="seed",
        title=SEED_TITLE,
        text=SEED_TEXT,
    )
    with BatchWriter(tmp_path / "batches") as writer:
        batch = writer.write(
            "run1-0000-x",
            run_id="run1",
            fetches=[],
            articles=[article],
            verdicts=[("seed", classify(SEED_TITLE, SEED_TEXT, wl))],
            watchlist_version=wl.version,
        )
    (batch / "transfers.parquet").unlink()  # as an older Pantau wrote it
    db = tmp_path / "w.duckdb"
    report = load_all(db, str(tmp_path / "batches"))
    assert report.refused == () and len(report.loaded) == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM verdicts").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM transfers").fetchall() == [(0,)]
