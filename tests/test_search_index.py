"""The search index gives exactly the scan's rows, through every write path, on real DuckDB."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import require_corpus
from pantau.cli import app
from pantau.records import Article, Source, Verdict
from warehouse import search_index
from warehouse.batches import BatchWriter, load_all
from warehouse.db import connect, migrations
from warehouse.search import MAX_LISTED, SearchQuery, parse_terms, plan, search, search_sql
from warehouse.store import store_batch, upsert_articles, upsert_sources, write_verdicts

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
# (id, source, title, text, summary, days after T0 or None for no publication date)
ROWS: tuple[tuple[str, str, str | None, str | None, str | None, int | None], ...] = (
    ("a1", "warta", "Korut Memasok Amunisi ke Rusia",
     "Pyongyang memasok peluru artileri dan rudal S-300 ke Moskow, kata pejabat.", None, 1),
    ("a2", "berita", "Iran kirim drone Shahed",
     "Teheran mengirim drone Shahed-136 ke Rusia; pasokan berlanjut.", None, 2),
    ("a3", "warta", "Harga cabai turun", None, "Harga cabai rawit turun 50% di pasar induk.", 3),
    ("a4", "berita", "Su-35 untuk Iran?",
     "Rusia dikabarkan memasok jet tempur Su-35 ke Iran. Kerja_sama militer berlanjut.", None,
     None),
    ("a5", "warta", "North Korea ships artillery shells to Russia",
     "Officials in Seoul said North Korean shells reached Russian units. AMMUNITION grows.",
     "ringkasan amunisi", 5),
    ("a6", "berita", "Café Pasokan", "Dépôt de munitions près de Kyiv; İran ve Rusya.", None, 6),
    ("a7", "warta", None, "amunisi tanpa judul, dipasok dari gudang", None, 7),
    ("a8", "warta", "Amunisi", "Korut-Rusia: kerja sama amunisi berlanjut ke 2026.", None, 8),
)  # fmt: skip
QUERIES = (
    "pasok", "korut amunisi", "AMUNISI", '"memasok amunisi"', '"korut memasok"', "s-300",
    "su-35", "shahed-136", "50%", "kerja_sama", "ru", "rusia ke", "iran", "café", "dépôt",
    "munitions", '"north korea"', "korut-rusia", "rusia.", "xyzzy", "sia amu", "ammunition",
    "ringkasan", "2026", "judul tanpa", "iran;", "a", "urut", "kirim",
)  # fmt: skip
REAL_QUERIES = (
    "kerja", "pasok", "senjata rusia", '"amerika serikat"', "korea", "ber", "men", "2025",
    "jakarta,", "liputan6.com", "covid-19", "se pe", "presiden jokowi", '"di tempat kerja"',
    "ukraina", "ke-2", "rp", "diam-diam", "menteri",
)  # fmt: skip
FILTERS: tuple[dict[str, Any], ...] = (
    {},
    {"limit": 1},
    {"limit": 2},
    {"since": date(2026, 3, 5)},
    {"until": date(2026, 3, 4)},
    {"sources": ("berita",)},
    {"alerts_only": True},
    {"since": date(2026, 3, 3), "until": date(2026, 3, 8), "sources": ("warta",), "limit": 3},
)


def _article(aid: str, source: str, title: str | None, text: str | None, summary: str | None,
             day: int | None) -> Article:  # fmt: skip
    published = None if day is None else T0 + timedelta(days=day)
    return Article(aid, f"https://{source}.example/{aid}", source, T0 + timedelta(hours=1),
                   "trafilatura" if text else "feed_summary", aid, title=title,
                   published_at=published, text=text, summary=summary)  # fmt: skip


def _fill(con: duckdb.DuckDBPyConnection) -> None:
    upsert_sources(con, [Source("warta", "Warta", "https://warta.example/rss"),
                         Source("berita", "Berita", "https://berita.example/rss")])  # fmt: skip
    upsert_articles(con, [_article(*row) for row in ROWS])
    alert = Verdict(True, True, True, 0.9, "KP", "RU", ("KP", "RU"), ("ammunition",), "e", "r")
    write_verdicts(con, [("a1", alert), ("a5", alert), ("a8", alert)], "wl")


def _scan(con: duckdb.DuckDBPyConnection, query: SearchQuery) -> list[tuple[object, ...]]:
    sql, params = search_sql(query)
    return con.execute(sql, params).fetchall()


def _compare(con: duckdb.DuckDBPyConnection, filters: tuple[dict[str, Any], ...] = FILTERS) -> int:
    """Every query under every filter: the same rows both ways; return how many rows in all."""
    total = 0
    for words in QUERIES:
        for extra in filters:
            query = SearchQuery(terms=parse_terms(words), **extra)
            _, found = search(con, query)
            assert found == _scan(con, query), (words, extra)
            total += len(found)
    return total


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    con = connect(path)
    _fill(con)
    con.close()
    return path


def test_indexed_search_gives_the_scans_rows_for_every_query_and_filter(db: Path) -> None:
    assert plan(parse_terms("ru")) is None and plan(parse_terms("a")) is None
    looked_up = [w for w in QUERIES if plan(parse_terms(w)) is not None]
    assert len(looked_up) == len(QUERIES) - 2
    with duckdb.connect(str(db), read_only=True) as con:
        assert _compare(con) > 100
        _, rows = search(con, SearchQuery(terms=("pasok",)))
        # Indonesian affixes: a substring inside words, as the scan finds it.
        assert [r[3] for r in rows] == [
            f"https://{s}.example/{a}"
            for s, a in (("warta", "a7"), ("berita", "a6"), ("berita", "a2"))
        ]


def test_search_reads_the_index_not_the_text(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute(
            "DELETE FROM search_postings WHERE doc = (SELECT doc FROM search_docs"
            " WHERE article_id = 'a7')"
        )
        _, rows = search(con, SearchQuery(terms=("amunisi",)))
        assert "https://warta.example/a7" not in [r[3] for r in rows]
        assert len(rows) == len(_scan(con, SearchQuery(terms=("amunisi",)))) - 1


def test_changed_and_vanished_articles_leave_no_stale_words(db: Path) -> None:
    con = connect(db)
    changed = _article("a1", "berita", "Korut mengekspor peluru", "Re-ekstraksi: teks baru.",
                       None, 9)  # fmt: skip
    store_batch(con, run_id="r", fetches=[], articles=[changed], verdicts=[],
                watchlist_version="wl")  # fmt: skip
    _, rows = search(con, SearchQuery(terms=("ekspor",), sources=("berita",)))
    assert [r[3] for r in rows] == ["https://berita.example/a1"]
    _, rows = search(con, SearchQuery(terms=("memasok",)))
    assert "https://berita.example/a1" not in [r[3] for r in rows]
    con.execute("DELETE FROM verdicts WHERE article_id = 'a7'")
    con.execute("DELETE FROM articles WHERE article_id = 'a7'")
    search_index.index_articles(con, ["a7"])
    assert con.execute("SELECT count(*) FROM search_docs WHERE article_id = 'a7'").fetchall() == [
        (0,)
    ]
    assert _compare(con, FILTERS[:2]) > 30
    con.close()


def test_resorting_the_postings_changes_no_answer(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "RESORT_MIN", 1)
    con = connect(db)
    more = [_article(f"n{i}", "warta", f"Tambahan {i}", f"amunisi ke-{i} dipasok", None, 10)
            for i in range(5)]  # fmt: skip
    store_batch(con, run_id="r", fetches=[], articles=more, verdicts=[], watchlist_version="wl")
    assert con.execute("SELECT unsorted FROM search_state").fetchall() == [(0,)]
    terms = [r[0] for r in con.execute("SELECT term_id FROM search_postings").fetchall()]
    assert terms == sorted(terms)
    assert _compare(con, FILTERS[:2]) > 30
    con.close()


def test_a_warehouse_from_before_the_index_gets_a_complete_one(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("SET TimeZone = 'UTC'")
    con.execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name VARCHAR"
                " NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")  # fmt: skip
    for migration in migrations():
        if migration.number < 70:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())",
                        [migration.number, migration.name])  # fmt: skip
    # Rows an older Pantau wrote, without an index.
    for name in ("warta", "berita"):
        con.execute("INSERT INTO sources VALUES (?, ?, ?, 'feed', NULL, now(), 48, NULL, NULL)",
                    [name, name.title(), f"https://{name}.example/rss"])  # fmt: skip
    for aid, source, title, text, summary, day in ROWS:
        a = _article(aid, source, title, text, summary, day)
        con.execute(
            "INSERT INTO articles (article_id, url, source_id, title, published_at, fetched_at,"
            " text, summary, extraction_method, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?)",
            [a.article_id, a.url, a.source_id, a.title, a.published_at, a.fetched_at, a.text,
             a.summary, a.extraction_method, a.content_hash],
        )  # fmt: skip
    con.close()
    with duckdb.connect(str(path), read_only=True) as old:
        # Not migrated yet (a read-only session never migrates): the scan answers.
        assert search(old, SearchQuery(terms=("pasok",)))[1] == _scan(
            old, SearchQuery(terms=("pasok",))
        )
    con = connect(path)
    docs = con.execute("SELECT count(*) FROM search_docs").fetchall()
    assert docs == [(len(ROWS),)]
    assert _compare(con, FILTERS[:2]) > 30
    con.close()


def test_batches_from_workers_are_indexed_when_loaded(db: Path, tmp_path: Path) -> None:
    batches = tmp_path / "batches"
    with BatchWriter(batches) as writer:
        writer.write("b1", run_id="r", fetches=[], verdicts=[], watchlist_version="wl",
                     articles=[_article("w1", "warta", "Kiriman drone", "rudal balistik tiba",
                                        None, 4)])  # fmt: skip
        assert writer.con.execute("SELECT count(*) FROM search_postings").fetchall() == [(0,)]
    assert load_all(db, str(batches)).articles == 1
    with duckdb.connect(str(db), read_only=True) as con:
        _, rows = search(con, SearchQuery(terms=("balistik",)))
        assert [r[3] for r in rows] == ["https://warta.example/w1"]
        assert _compare(con, FILTERS[:2]) > 30


def test_a_rare_phrase_of_common_words_is_checked_then_scanned(tmp_path: Path) -> None:
    con = connect(tmp_path / "many.duckdb")
    upsert_sources(con, [Source("warta", "Warta", "https://warta.example/rss")])
    many = [_article(f"m{i:03}", "warta", f"Berita {i}", "amunisi dari rusia, lalu drone",
                     None, i % 30) for i in range(600)]  # fmt: skip
    many.append(_article("old", "warta", "Lama", "kiriman rusia amunisi tiba", None, None))
    upsert_articles(con, many)
    for words, limit in (('"rusia amunisi"', 50), ('"dari rusia"', 50), ('"dari rusia"', 550)):
        query = SearchQuery(terms=parse_terms(words), limit=limit)
        _, found = search(con, query)
        assert found == _scan(con, query) and found, words
    con.close()


def test_real_outlet_texts_give_the_scans_rows(tmp_path: Path) -> None:
    corpus = require_corpus() / "text" / "gikirima-indonews-2025-06.jsonl"
    with corpus.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line, _ in zip(fh, range(400), strict=False)]
    con = connect(tmp_path / "real.duckdb")
    upsert_sources(con, [Source("real", "Real", "https://real.example/rss")])
    upsert_articles(con, [_article(f"r{n:03}", "real", d.get("judul"), d.get("isi_berita"),
                                   None, n % 40) for n, d in enumerate(docs)])  # fmt: skip
    total = 0
    for words in REAL_QUERIES:
        for extra in ({}, {"limit": 5}, {"since": date(2026, 3, 20)}):
            query = SearchQuery(terms=parse_terms(words), **extra)
            _, found = search(con, query)
            assert found == _scan(con, query), (words, extra)
            total += len(found)
    assert total > 300
    con.close()


def test_a_page_longer_than_a_listed_lookup_is_the_scans_too(tmp_path: Path) -> None:
    con = connect(tmp_path / "long.duckdb")
    upsert_sources(con, [Source("warta", "Warta", "https://warta.example/rss")])
    upsert_articles(con, [_article(f"p{i:03}", "warta", f"Judul {i}", f"amunisi nomor {i}",
                                   None, i % 50) for i in range(MAX_LISTED + 20)])  # fmt: skip
    for words in ("amunisi", '"amunisi nomor"'):
        query = SearchQuery(terms=parse_terms(words), limit=MAX_LISTED + 10)
        _, found = search(con, query)
        assert len(found) == MAX_LISTED + 10 and found == _scan(con, query)
    con.close()


def test_an_article_written_past_the_index_is_scanned_then_indexed_by_a_write(db: Path) -> None:
    con = connect(db)
    con.execute(
        "INSERT INTO articles (article_id, url, source_id, title, fetched_at, text,"
        " extraction_method, content_hash) VALUES ('sql', 'https://warta.example/sql', 'warta',"
        " 'Ditulis lewat SQL', now(), 'amunisi dipasok', 'trafilatura', 'h')"
    )
    assert not search_index.index_covers(con)
    _, rows = search(con, SearchQuery(terms=("pasok",)))
    assert "https://warta.example/sql" in [r[3] for r in rows]
    changed = _article("a3", "warta", "Harga cabai naik", None, "naik", 3)
    store_batch(con, run_id="r", fetches=[], articles=[changed], verdicts=[],
                watchlist_version="wl")  # fmt: skip
    assert search_index.index_covers(con)
    assert _compare(con, FILTERS[:2]) > 30
    con.close()


def test_reindex_picks_up_a_title_edited_with_plain_sql(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET title = 'Harga cabai zamrud' WHERE article_id = 'a3'")
    runner = CliRunner()
    stale = runner.invoke(app, ["search", "zamrud", "--db", str(db), "--format", "csv"])
    assert stale.exit_code == 0 and "a3" not in stale.stdout  # the index still has the old words
    rebuilt = runner.invoke(app, ["search", "--reindex", "--db", str(db)])
    assert rebuilt.exit_code == 0 and "search index rebuilt: 8 articles" in rebuilt.stderr
    found = runner.invoke(app, ["search", "zamrud", "--db", str(db), "--format", "csv"])
    assert "https://warta.example/a3" in found.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert _compare(con, FILTERS[:2]) > 30


def test_reindex_of_a_missing_warehouse_fails_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    result = CliRunner().invoke(app, ["search", "--reindex", "--db", str(missing)])
    assert result.exit_code == 1 and not missing.exists()
    assert result.stderr.strip().count("\n") == 0 and "no database at" in result.stderr
