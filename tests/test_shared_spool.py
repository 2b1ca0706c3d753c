"""A notebook holding the warehouse never fails an ingest: runs spool, the next run loads."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from holding import count, etag_site, held, pantau, write_site

from warehouse.spool import spool_dir


@pytest.fixture
def shared_site(tmp_path: Path) -> Iterator[tuple[Path, Path, str, list[tuple[str, str | None]]]]:
    """A site with ETags, its sources file, its base URL and the requests it saw."""
    root = tmp_path / "site"
    root.mkdir()
    with etag_site(root) as server:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[sources]]\nid = "bersama"\nname = "Bersama"\nurl = "{base}/rss.xml"\n',
            encoding="utf-8",
        )
        yield root, sources, base, server.seen


def _run(sources: Path, db: Path, base: str, home: Path) -> tuple[str, float]:
    started = time.monotonic()
    done = pantau(
        *("run", "--sources", str(sources), "--db", str(db)),
        *("--allow-host", base.removeprefix("http://"), "--host-interval", "0"),
        *("--busy-wait", "0.5"),
        home=home,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return done.stdout, time.monotonic() - started


def test_runs_under_a_read_only_holder_spool_and_the_next_run_loads_them_once(
    shared_site: tuple[Path, Path, str, list[tuple[str, str | None]]], tmp_path: Path
) -> None:
    root, sources, base, seen = shared_site
    db = tmp_path / "p.duckdb"
    home = tmp_path / "prefect"
    write_site(root, base, range(4))
    _run(sources, db, base, home)  # an earlier run: the warehouse exists, with 4 articles
    assert count(db, "SELECT count(*) FROM articles") == 4

    write_site(root, base, range(10))
    with held(db, "read"):
        first, first_s = _run(sources, db, base, home)
        write_site(root, base, range(14))
        second, second_s = _run(sources, db, base, home)
        # The notebook still sees the warehouse as it was, and nothing failed.
        assert count(db, "SELECT count(*) FROM articles") == 4
    for out, seconds in ((first, first_s), (second, second_s)):
        assert "spooled:" in out and "held by" in out and "(PID" in out
        assert seconds < 60
    spool = spool_dir(db)
    assert (spool / "held.log").read_text(encoding="utf-8").count("\n") == 2
    assert len(list((spool / "ready").iterdir())) == 4  # feeds and pages of each run

    seen.clear()
    third, _ = _run(sources, db, base, home)
    assert "Loaded 4 spooled batches" in third
    assert count(db, "SELECT count(*) FROM articles") == 14
    assert count(db, "SELECT count(DISTINCT article_id) FROM articles") == 14
    # Each page was fetched once across all runs, and every spooled batch loaded once.
    assert count(db, "SELECT count(*) FROM fetches WHERE kind = 'page'") == 14
    assert count(db, "SELECT count(*) FROM loaded_batches") == 4
    assert count(db, "SELECT count(*) FROM page_queue") == 0
    assert count(db, "SELECT count(*) FROM articles WHERE story_id IS NULL") == 0
    # The second spooled run's validator travelled with its articles: the feed is unchanged
    # since, so the third run's request is answered 304, and nothing was hidden by it.
    feeds = [sent for path, sent in seen if path == "/rss.xml"]
    assert len(feeds) == 1 and feeds[0] is not None
    assert count(db, "SELECT count(*) FROM fetches WHERE status = 'not_modified'") == 1
    assert not list((spool / "ready").iterdir()) and not (spool / "held.log").exists()
    copy = db.with_name("p-read.duckdb")
    assert count(copy, "SELECT count(*) FROM articles") == 14


def test_a_writer_holding_the_file_is_named_and_the_run_still_lands(
    shared_site: tuple[Path, Path, str, list[tuple[str, str | None]]], tmp_path: Path
) -> None:
    root, sources, base, _ = shared_site
    db = tmp_path / "p.duckdb"
    home = tmp_path / "prefect"
    write_site(root, base, range(3))
    _run(sources, db, base, home)
    write_site(root, base, range(6))
    with held(db, "write") as holder:
        out, _ = _run(sources, db, base, home)
        assert f"(PID {holder.pid})" in out
    assert count(db, "SELECT count(*) FROM articles") == 3
    out, _ = _run(sources, db, base, home)
    assert "Loaded 2 spooled batches" in out
    # A writer keeps even readers out, so the spooling run could not tell which links were
    # stored: it fetched them again, and loading them changed nothing.
    assert count(db, "SELECT count(*) FROM articles") == 6
    assert count(db, "SELECT count(DISTINCT article_id) FROM articles") == 6
    assert count(db, "SELECT count(*) FROM page_queue") == 0
