"""Backfill from a sitemap index served on 127.0.0.1, into a real DuckDB file, under Prefect."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows.backfill import backfill, check_host, select_entries
from pantau.errors import ConfigError
from pantau.records import FeedEntry

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "backfill"


@pytest.fixture
def sitemap_site() -> Iterator[str]:
    from connectors.replay import replay_site

    with replay_site(FIXTURES) as base_url:
        yield base_url


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.usefixtures("prefect_harness")
def test_backfill_follows_the_index_drops_old_entries_and_clusters(
    sitemap_site: str, tmp_path: Path
) -> None:
    db = tmp_path / "w.duckdb"
    host = sitemap_site.removeprefix("http://")
    run = {
        "sitemap": f"{sitemap_site}/sitemap.xml",
        "since": date(2026, 1, 1),
        "db": str(db),
        "allow_hosts": [host],
        "source_id": "warta",
    }

    summary = backfill(**run)  # type: ignore[arg-type]

    urls = {str(r[0]).removeprefix(sitemap_site) for r in _rows(db, "SELECT url FROM articles")}
    assert urls == {
        "/berita/kereta-peluru.html",
        "/berita/pasar-ikan.html",
        "/salinan/kereta-peluru-korut.html",  # two index levels down
    }
    assert (summary.new_articles, summary.too_old, summary.known) == (3, 1, 0)
    assert summary.sitemaps == 6  # the index, four children (one missing), one grandchild
    assert len(summary.sitemap_errors) == 1 and "hilang.xml" in summary.sitemap_errors[0]
    assert summary.stories_placed == 3

    (alert,) = _rows(db, "SELECT url, supplier, recipient, outlets, articles FROM alerts")
    assert str(alert[0]).endswith("/berita/kereta-peluru.html")
    assert alert[1:] == ("KP", "RU", ["warta"], 2)
    assert _rows(db, "SELECT name, kind FROM sources") == [("warta", "sitemap")]
    feeds = _rows(db, "SELECT status, http_status FROM fetches WHERE kind = 'feed'")
    assert sorted(feeds, key=str) == [("error", 404)] + [("ok", 200)] * 5

    again = backfill(**run)  # type: ignore[arg-type]
    assert (again.new_articles, again.known, again.stories_placed) == (0, 3, 0)


@pytest.mark.usefixtures("prefect_harness")
def test_backfill_respects_depth_and_count_bounds(sitemap_site: str, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    summary = backfill(
        sitemap=f"{sitemap_site}/sitemap.xml",
        since=date(2020, 1, 1),
        db=str(db),
        allow_hosts=[sitemap_site.removeprefix("http://")],
        max_articles=1,
        max_depth=1,
    )
    assert summary.sitemaps == 5 and summary.listed == 3 and summary.new_articles == 1
    (url,) = _rows(db, "SELECT url FROM articles")[0]
    assert str(url).endswith("/berita/pasar-ikan.html")  # the newest listed entry


def test_private_hosts_need_allowing() -> None:
    with pytest.raises(ConfigError, match="--allow-host"):
        check_host("http://127.0.0.1:8123/sitemap.xml", ())
    check_host("http://127.0.0.1:8123/sitemap.xml", ("127.0.0.1:8123",))
    check_host("https://www.example.com/sitemap.xml", ())
    with pytest.raises(ConfigError, match="http"):
        check_host("file:///etc/passwd", ())


def test_select_entries_keeps_undated_and_skips_known() -> None:
    from datetime import UTC, datetime

    def entry(url: str, day: int | None) -> FeedEntry:
        when = datetime(2026, 3, day, tzinfo=UTC) if day else None
        return FeedEntry("s", url, published_at=when)

    from pantau.urls import article_id

    entries = (entry("https://x.example/a", 5), entry("https://x.example/b", None),
               entry("https://x.example/old", 1), entry("https://x.example/a", 5),
               entry("https://x.example/known", 9))  # fmt: skip
    chosen, too_old, known = select_entries(
        entries, date(2026, 3, 2), {article_id("https://x.example/known")}, 10
    )
    assert [e.url for e in chosen] == ["https://x.example/a", "https://x.example/b"]
    assert (too_old, known) == (1, 1)
