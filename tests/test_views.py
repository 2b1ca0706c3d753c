"""The analyst views over a real DuckDB file: alerts per story, counts, pairs, source health."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pantau.records import Article, FetchRecord, Source, Verdict
from warehouse.db import connect
from warehouse.digests import load_alerts
from warehouse.store import append_fetches, upsert_articles, upsert_sources, write_verdicts
from warehouse.stories import update_stories

# 20:30 UTC on Sunday 1 March is already Monday 2 March in Jakarta (UTC+7).
T0 = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)
STORY = (
    "Intelijen Korea Selatan mengatakan kereta barang membawa ratusan kontainer peluru "
    "artileri dari stasiun Tumangang menuju wilayah Rusia pada akhir pekan lalu. "
    "Pejabat yang enggan disebut namanya menyebut jumlah kiriman bulan ini dua kali lipat "
    "dibanding bulan sebelumnya, dan sebagian kontainer diduga berisi roket."
)
DRONES = (
    "Pemerintah Ukraina menuduh Teheran mengirim gelombang baru pesawat nirawak serang ke "
    "Rusia melalui Laut Kaspia. Kyiv menyebut sedikitnya dua ratus unit tiba bulan ini, "
    "sementara Iran membantah dan menyebut tuduhan itu propaganda."
)
VERDICT_KP = Verdict(
    alert=True,
    arms_supply=True,
    watched=True,
    score=0.9,
    supplier="KP",
    recipient="RU",
    actors=("KP", "RU"),
    items=("artillery shell", "rocket"),
    evidence="kontainer peluru artileri",
    rule="transfer",
)
VERDICT_IR = Verdict(True, True, True, 0.8, "IR", "RU", ("IR", "RU"), (), "pesawat nirawak", "x")
QUIET = Verdict(False, False, False, 0.0)


def _article(
    aid: str, source: str, text: str, when: datetime, method: str = "trafilatura"
) -> Article:
    return Article(
        article_id=aid,
        url=f"https://{source}.example/{aid}",
        source_id=source,
        fetched_at=when + timedelta(minutes=10),
        extraction_method=method,  # type: ignore[arg-type]
        content_hash=aid,
        title=f"Laporan {aid}",
        published_at=when,
        text=text,
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "w.duckdb")
    upsert_sources(
        con,
        [
            Source("antara", "ANTARA", "https://antara.example/rss"),
            Source("kabar", "Kabar Pagi", "https://kabar.example/rss"),
            Source("sepi", "Sepi News", "https://sepi.example/rss"),
        ],
    )
    articles = [
        _article("k1", "antara", STORY, T0),
        _article(
            "k2",
            "kabar",
            "JAKARTA - " + STORY + "\nBaca juga: Cuaca hari ini",
            T0 + timedelta(hours=3),
        ),
        _article("k3", "sepi", STORY, T0 + timedelta(hours=5)),  # same story, not alerted
        _article("d1", "kabar", DRONES, T0 + timedelta(days=8), method="feed_summary"),
    ]
    upsert_articles(con, articles)
    write_verdicts(
        con,
        [("k1", VERDICT_KP), ("k2", VERDICT_KP), ("k3", QUIET), ("d1", VERDICT_IR)],
        "wl-1",
    )
    return con


def test_alerts_has_one_row_per_alerted_story(con: duckdb.DuckDBPyConnection) -> None:
    before = con.execute("SELECT article_id FROM alerts ORDER BY 1").fetchall()
    assert before == [("d1",), ("k1",), ("k2",)]  # not clustered yet: one row per article
    update_stories(con)
    rows = con.execute(
        "SELECT article_id, outlet, story_id, outlets, articles, supplier, items FROM alerts"
        " ORDER BY published_at"
    ).fetchall()
    assert rows == [
        ("k1", "ANTARA", "k1", ["antara", "kabar", "sepi"], 3, "KP", ["artillery shell", "rocket"]),
        ("d1", "Kabar Pagi", "d1", ["kabar"], 1, "IR", []),
    ]
    per_article = con.execute("SELECT article_id, story_id FROM alert_articles ORDER BY 1")
    assert per_article.fetchall() == [("d1", "d1"), ("k1", "k1"), ("k2", "k1")]


def test_alerts_keeps_the_columns_the_digest_reads(con: duckdb.DuckDBPyConnection) -> None:
    update_stories(con)
    columns = [d[0] for d in con.execute("SELECT * FROM alerts LIMIT 0").description or []]
    assert columns[:16] == [
        "article_id", "url", "canonical_url", "title", "source_id", "outlet", "published_at",
        "fetched_at", "score", "supplier", "recipient", "actors", "items", "evidence", "rule",
        "watchlist_version",
    ]  # fmt: skip
    assert columns[16:] == [
        "story_id",
        "outlets",
        "articles",
        "supplier_group",
        "recipient_group",
        "transfers",
        "review",
        "reviewed",
    ]
    # The digest reads every alerting article (alert_articles) and groups them by story.
    loaded = load_alerts(con, "a@example.org", T0 + timedelta(days=30))
    assert {a.article_id for a in loaded} == {"k1", "k2", "d1"}
    assert {a.story_id for a in loaded} == {"k1", "d1"}


def test_daily_counts_use_jakarta_dates_and_unnest_actors_and_items(
    con: duckdb.DuckDBPyConnection,
) -> None:
    update_stories(con)
    rows = con.execute(
        "SELECT day, actor, item, articles, stories, outlets FROM daily_counts ORDER BY ALL"
    ).fetchall()
    monday = date(2026, 3, 2)
    later = date(2026, 3, 10)
    assert rows == [
        (monday, "KP", "artillery shell", 2, 1, 2),
        (monday, "KP", "rocket", 2, 1, 2),
        (monday, "RU", "artillery shell", 2, 1, 2),
        (monday, "RU", "rocket", 2, 1, 2),
        (later, "IR", None, 1, 1, 1),
        (later, "RU", None, 1, 1, 1),
    ]


def test_actor_pairs_by_week(con: duckdb.DuckDBPyConnection) -> None:
    update_stories(con)
    rows = con.execute(
        "SELECT week, supplier, recipient, articles, stories, outlets, first_report"
        " FROM actor_pairs ORDER BY week"
    ).fetchall()
    assert rows == [
        (date(2026, 3, 2), "KP", "RU", 2, 1, 2, T0),
        (date(2026, 3, 9), "IR", "RU", 1, 1, 1, T0 + timedelta(days=8)),
    ]


def test_source_health_from_fetches_and_articles(tmp_path: Path) -> None:
    con = connect(tmp_path / "h.duckdb")
    now = datetime.now(UTC)
    upsert_sources(con, [Source("a", "A", "https://a.example/rss"), Source("b", "B", "u")])

    def fetch(status: str, hours: float, source: str = "a") -> FetchRecord:
        return FetchRecord(source, "https://a.example/x", status, now - timedelta(hours=hours), 5)  # type: ignore[arg-type]

    append_fetches(
        con,
        [fetch("ok", 1), fetch("error", 2), fetch("error", 3), fetch("ok", 4), fetch("error", 500)],
        "run",
    )
    upsert_articles(
        con,
        [
            _article("x1", "a", "teks", now - timedelta(days=1)),
            _article("x2", "a", "teks", now - timedelta(days=2), method="feed_summary"),
            _article("x3", "a", "teks", now - timedelta(days=30)),
        ],
    )
    rows = {r[0]: r for r in con.execute(
        "SELECT source_id, last_fetch, last_success, fetches_7d, errors_7d, error_rate_7d,"
        " articles_per_day_7d, articles_total, extraction_rate_7d, extraction_rate"
        " FROM source_health"
    ).fetchall()}  # fmt: skip
    a = rows["a"]
    assert a[1] == now - timedelta(hours=1) and a[2] == now - timedelta(hours=1)
    assert a[3:] == (4, 2, 0.5, round(2 / 7, 2), 3, 0.5, round(2 / 3, 3))
    assert rows["b"][1:] == (None, None, 0, 0, None, 0.0, 0, None, None)
    con.close()
