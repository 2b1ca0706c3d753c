"""The readers' copy: a reader keeps querying its copy while a new one is published."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from holding import count

from pantau.records import Article
from warehouse.db import connect, readers_copy
from warehouse.publish import publish_copy
from warehouse.store import upsert_articles

_READER = """
import duckdb, sys
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
"""


def _articles(first: int, last: int) -> list[Article]:
    now = datetime.now(UTC)
    return [
        Article(
            article_id=f"a{n:04d}",
            url=f"https://example.org/{n}",
            canonical_url=None,
            source_id="uji",
            title=f"Berita {n}",
            author=None,
            published_at=now,
            fetched_at=now,
            lang="id",
            site_name=None,
            text=f"Teks berita nomor {n}.",
            summary=None,
            extraction_method="trafilatura",
            content_hash=f"h{n}",
        )
        for n in range(first, last)
    ]


def test_an_open_reader_keeps_its_copy_and_a_new_one_sees_new_rows(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    with connect(db) as con:
        upsert_articles(con, _articles(0, 5))
        copy = publish_copy(con, db)
    assert copy == readers_copy(db) == tmp_path / "p-read.duckdb"

    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_READER), str(copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdin is not None and reader.stdout is not None
    try:
        reader.stdin.write("?\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "5"
        # The reader holds the copy, not the warehouse: writing and publishing go on.
        with connect(db, wait_seconds=0) as con:
            upsert_articles(con, _articles(5, 12))
            publish_copy(con, db)
        reader.stdin.write("?\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "5"  # its open copy, unchanged
        assert count(copy, "SELECT count(*) FROM articles") == 12  # a new session: new rows
    finally:
        reader.communicate("", timeout=30)
    assert reader.returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
