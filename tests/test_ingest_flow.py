"""The ingest flow end to end against a real local site, a real DuckDB file and Prefect."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from pantau.clusters import signature
from pantau.summary import IngestSummary
from pantau.urls import article_id

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(sources: Path, db: Path, site: str) -> IngestSummary:
    host = site.removeprefix("http://")
    return ingest(sources=str(sources), db=str(db), allow_hosts=[host])


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_ingest_stores_each_article_once_and_survives_bad_sources(
    site: str, site_sources: Path, tmp_path: Path
) -> None:
    port = _closed_port()
    with site_sources.open("a", encoding="utf-8") as extra:
        extra.write(
            f'\n[[sources]]\nid = "closed"\nname = "Closed"\n'
            f'url = "http://127.0.0.1:{port}/rss.xml"\n'
        )
    db = tmp_path / "pantau.duckdb"

    summary = _run(site_sources, db, site)

    assert {t.source_id for t in summary.failed_sources} == {"broken", "closed"}
    articles = dict(_rows(db, "SELECT url, extraction_method FROM articles"))
    korut = f"{site}/berita/korut-peluru-rusia.html?utm_source=rss&utm_medium=feed"
    assert articles == {
        korut: "trafilatura",
        f"{site}/berita/harga-cabai.html": "trafilatura",
        f"{site}/berita/video-priok.html": "feed_summary",
        f"{site}/berita/sudah-dihapus.html": "feed_summary",
        f"{site}/en/iran-denies-drones.html": "trafilatura",
    }
    (row,) = _rows(
        db,
        f"SELECT title, author, published_at, canonical_url, lang, text "
        f"FROM articles WHERE article_id = '{article_id(korut)}'",
    )
    title, author, published, canonical, lang, text = row
    assert title == "Korut Kirim Ribuan Peluru Artileri ke Rusia, Kata Intelijen Seoul"
    assert author == "Rina Wulandari"
    assert published == datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
    assert canonical == f"{site}/berita/korut-peluru-rusia.html"
    assert lang == "id"
    assert isinstance(text, str) and "pelabuhan Rajin" in text
    assert "Terpopuler" not in text and "Hak cipta" not in text

    fetches = _rows(db, "SELECT source_id, kind, status, http_status, error FROM fetches")
    assert ("broken", "feed", "error", 404, "HTTP 404") in fetches
    assert ("kabar-uji", "page", "error", 404, "HTTP 404") in fetches
    closed = [f for f in fetches if f[0] == "closed"]
    assert len(closed) == 1 and closed[0][2] == "error" and closed[0][3] is None
    assert sum(1 for f in fetches if f[1] == "page") == 5

    alerts = _rows(db, "SELECT url, supplier, recipient FROM alerts ORDER BY url")
    assert (korut, "KP", "RU") in alerts
    assert f"{site}/berita/harga-cabai.html" not in {a[0] for a in alerts}

    # Signed during extraction; each signature is that of the text the article was stored with.
    signed = _rows(
        db,
        "SELECT a.text, a.summary, a.title, s.minhash, a.story_id IS NOT NULL"
        " FROM articles a JOIN article_signatures s USING (article_id)",
    )
    assert len(signed) == len(articles)
    for text, summary, title, stored, placed in signed:
        body = text or summary or title or ""
        assert placed and bytes(stored) == signature(str(body)).minhash


def test_rerun_adds_nothing_and_fetches_only_feeds(
    site: str, site_sources: Path, tmp_path: Path
) -> None:
    db = tmp_path / "pantau.duckdb"
    first = _run(site_sources, db, site)
    before = _rows(db, "SELECT count(*), count(DISTINCT content_hash) FROM articles")
    second = _run(site_sources, db, site)

    assert first.new_articles == 5 and second.new_articles == 0
    assert _rows(db, "SELECT count(*), count(DISTINCT content_hash) FROM articles") == before
    runs = _rows(
        db,
        "SELECT run_id, count(*) FILTER (kind = 'page') FROM fetches "
        "GROUP BY run_id ORDER BY min(fetch_id)",
    )
    assert [pages for _, pages in runs] == [5, 0]
    assert sum(t.known for t in second.sources) == 5
