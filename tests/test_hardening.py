"""The ingest flow over a hostile site: bounded, safe, and every good article stored once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pytest
from hostile.server import GOOD_PAGES, Hostile, hostile_site, sources_toml

from flows.ingest import ingest
from pantau.settings import FetchSettings
from pantau.summary import IngestSummary

pytestmark = pytest.mark.usefixtures("prefect_harness")

SETTINGS = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.5,
    request_deadline=3.0,
    run_deadline=25.0,
    max_per_host=8,
    min_host_interval=0.0,
    max_bytes=4 * 1024 * 1024,
    max_items_per_feed=50,
    retries=1,
    backoff_base=0.05,
    backoff_cap=0.2,
    max_retry_after=2.0,
)


@dataclass
class Run:
    site: Hostile
    db: Path
    first: IngestSummary
    seconds: float


def _ingest(site: Hostile, sources: Path, db: Path, settings: FetchSettings) -> IngestSummary:
    allowed = [site.host, f"127.0.0.1:{site.closed_port}"]
    return ingest(sources=str(sources), db=str(db), allow_hosts=allowed, fetch=settings)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    folder = tmp_path_factory.mktemp("hostile")
    with hostile_site() as site:
        sources = folder / "sources.toml"
        sources.write_text(sources_toml(site), encoding="utf-8")
        db = folder / "pantau.duckdb"
        started = time.monotonic()
        first = _ingest(site, sources, db, SETTINGS)
        yield Run(site, db, first, time.monotonic() - started)


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def _feed_error(db: Path, source_id: str) -> str:
    rows = _rows(db, f"SELECT error FROM fetches WHERE kind = 'feed' AND source_id = '{source_id}'")
    assert len(rows) == 1, rows
    return str(rows[0][0])


def test_the_run_ends_within_its_deadline(run: Run) -> None:
    assert run.seconds < SETTINGS.run_deadline + 10


def test_every_good_article_is_stored_once(run: Run) -> None:
    base = run.site.base
    rows = _rows(run.db, "SELECT url, extraction_method FROM articles")
    urls = [url for url, _ in rows]
    assert len(urls) == len(set(urls))
    methods = dict(rows)
    for i in range(GOOD_PAGES):
        assert methods[f"{base}/a/{i}.html"] == "trafilatura"
    assert methods[f"{base}/a/t0.html"] == "trafilatura"  # from the truncated feed
    assert run.site.hits["/robots.txt"] == 1


@pytest.mark.parametrize(
    ("source_id", "reason"),
    [
        ("e500", "HTTP 500"),
        ("e404", "HTTP 404"),
        ("e429", "asks to wait 3600 s"),
        ("hang", "timed out"),
        ("drip", "no complete answer within 3 s"),
        ("huge", "exceeds the 4194304-byte cap"),
        ("bomb", "once decompressed"),
        ("binary", "PNG"),
        ("loop", "redirect loop"),
        ("to-forbidden", "refused to connect to loopback"),
        ("forbidden", "refused to connect to loopback"),
        ("closed", "ConnectError"),
    ],
)
def test_each_bad_feed_costs_one_recorded_fetch(run: Run, source_id: str, reason: str) -> None:
    assert reason in _feed_error(run.db, source_id)
    failed = {t.source_id: t.feed_error for t in run.first.failed_sources}
    assert reason in (failed[source_id] or "")


@pytest.mark.parametrize("source_id", ["lol", "xxe"])
def test_entity_declarations_are_refused_unexpanded(run: Run, source_id: str) -> None:
    failed = {t.source_id: t.feed_error for t in run.first.failed_sources}
    assert "declares XML entities" in (failed[source_id] or "")
    titles = " ".join(str(t) for (t,) in _rows(run.db, "SELECT title FROM articles"))
    assert "lollol" not in titles and "root:" not in titles


def test_nothing_connects_to_the_forbidden_port(run: Run) -> None:
    assert run.site.forbidden_connections == []
    errors = _rows(
        run.db, "SELECT url, error FROM fetches WHERE kind = 'page' AND status = 'error'"
    )
    refused = [url for url, error in errors if "refused to connect" in str(error)]
    assert len(refused) == 3  # two direct links and one redirect


def test_hostile_pages_are_recorded_and_fall_back_to_the_feed_summary(run: Run) -> None:
    base = run.site.base
    errors = dict(_rows(run.db, "SELECT url, error FROM fetches WHERE kind = 'page'"))
    assert "application/pdf" in str(errors[f"{base}/doc.pdf"])
    assert "PNG" in str(errors[f"{base}/blob"])
    assert "cap" in str(errors[f"{base}/huge-page"])
    assert "once decompressed" in str(errors[f"{base}/bomb-page"])
    assert "within" in str(errors[f"{base}/drip-page"])
    assert "timed out" in str(errors[f"{base}/hang-page"])
    assert "redirect loop" in str(errors[f"{base}/loop-a"])
    assert errors[f"{base}/private/rahasia.html"] == "disallowed by robots.txt"
    assert run.site.hits["/private/rahasia.html"] == 0
    methods = dict(_rows(run.db, "SELECT url, extraction_method FROM articles"))
    assert methods[f"{base}/doc.pdf"] == "feed_summary"


def test_bad_links_are_skipped_and_markup_is_text(run: Run) -> None:
    urls = {str(u) for (u,) in _rows(run.db, "SELECT url FROM articles")}
    assert not any(u.startswith(("javascript:", "ftp:")) for u in urls)
    (title,) = _rows(
        run.db, f"SELECT title FROM articles WHERE url = '{run.site.base}/a/script.html'"
    )
    assert "<" not in str(title[0]) and str(title[0]).endswith("Judul tebal")


def test_encodings_come_out_right(run: Run) -> None:
    titles = {str(t) for (t,) in _rows(run.db, "SELECT title FROM articles")}
    assert "Kopi \u201cLuwak\u201d \u2013 caf\u00e9 \u20ac5" in titles
    assert "Se\u00f1or caf\u00e9 \u00e0 la cr\u00e8me" in titles
    (text,) = _rows(run.db, f"SELECT text FROM articles WHERE url = '{run.site.base}/cp1252.html'")
    assert text[0] is not None


def test_a_huge_feed_is_cut_to_the_item_cap(run: Run) -> None:
    (count,) = _rows(run.db, "SELECT count(*) FROM articles WHERE source_id = 'big'")
    assert count[0] == SETTINGS.max_items_per_feed


def test_a_second_run_adds_nothing_and_failing_sources_back_off(run: Run, tmp_path: Path) -> None:
    before = _rows(run.db, "SELECT count(*), count(DISTINCT url) FROM articles")
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(run.site), encoding="utf-8")
    second = _ingest(run.site, sources, run.db, SETTINGS)
    assert second.new_articles == 0
    assert _rows(run.db, "SELECT count(*), count(DISTINCT url) FROM articles") == before
    third = _ingest(run.site, sources, run.db, SETTINGS)
    failed = {t.source_id: t.feed_error or "" for t in third.failed_sources}
    assert failed["e500"].startswith("skipped: backing off after 2 failed attempts")
    assert failed["e429"].startswith("skipped: backing off")
    assert run.site.forbidden_connections == []


def test_a_run_past_its_deadline_leaves_pages_queued(tmp_path: Path) -> None:
    with hostile_site() as site:
        site.page_delay = 0.3
        sources = tmp_path / "sources.toml"
        sources.write_text(sources_toml(site, ["big"]), encoding="utf-8")
        db = tmp_path / "pantau.duckdb"
        tight = replace(SETTINGS, run_deadline=2.0, max_per_host=2, max_items_per_feed=40)
        started = time.monotonic()
        first = _ingest(site, sources, db, tight)
        assert time.monotonic() - started < tight.run_deadline + SETTINGS.request_deadline + 8
        stored = first.new_articles
        waiting = _rows(db, "SELECT count(*) FROM page_queue WHERE state = 'pending'")[0][0]
        assert 0 < stored < 40 and stored + int(str(waiting)) == 40
        site.page_delay = 0.0
        _ingest(site, sources, db, replace(tight, run_deadline=30.0))
        assert _rows(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(40, 40)]
        assert _rows(db, "SELECT count(*) FROM page_queue") == [(0,)]
