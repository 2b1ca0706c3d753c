"""Overlapping runs share one DuckDB file: no lock errors, nothing lost, nothing twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from conftest import REPO
from connectors.replay import replay_site

ARTICLES = 48
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Berita uji {n}</title>
<meta property="article:published_time" content="2026-11-2{d}T0{h}:15:00+07:00"></head>
<body><nav>Beranda | Dunia</nav><article><h1>Berita uji nomor {n}</h1>
<p>Paragraf pertama berita uji nomor {n} tentang pasar, cuaca dan lalu lintas di Jakarta.
Warga diminta berhati-hati karena hujan deras diperkirakan turun sepanjang sore.</p>
<p>Paragraf kedua menjelaskan bahwa petugas menyiapkan pompa air di sejumlah titik rawan
banjir, sementara pedagang pasar induk melaporkan harga sayur yang stabil.</p>
<p>Paragraf ketiga menutup laporan nomor {n} dengan imbauan agar warga memantau informasi
resmi dari pemerintah daerah dan badan meteorologi.</p></article></body></html>"""


@pytest.fixture
def slow_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A site of ARTICLES pages, each answered 0.15 s late, and its sources file."""
    root = tmp_path / "site"
    (root / "berita").mkdir(parents=True)
    items = []
    for n in range(ARTICLES):
        (root / "berita" / f"{n}.html").write_text(
            PAGE.format(n=n, d=n % 6, h=n % 9), encoding="utf-8"
        )
        items.append(
            f"<item><title>Berita uji {n}</title><link>__BASE__/berita/{n}.html</link></item>"
        )
    (root / "rss.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>'
        f"{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )
    with replay_site(root, delay=0.15) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[sources]]\nid = "uji"\nname = "Uji"\nurl = "{base}/rss.xml"\n', encoding="utf-8"
        )
        yield base, sources


def _start(*args: str, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "pantau", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(db: Path, sql: str) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return int(con.execute(sql).fetchall()[0][0])


def test_two_runs_at_once_store_each_article_once(
    slow_site: tuple[str, Path], tmp_path: Path
) -> None:
    base, sources = slow_site
    db = tmp_path / "p.duckdb"
    host = base.removeprefix("http://")
    runs = [
        _start(
            "run",
            "--sources",
            str(sources),
            "--db",
            str(db),
            "--allow-host",
            host,
            # Each waits out the other's short writes here, rather than spool (test_shared_*).
            "--busy-wait",
            "60",
            home=tmp_path / f"prefect-{i}",
        )
        for i in range(2)
    ]
    results = [run.communicate(timeout=240) for run in runs]
    for run, (_, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    assert _count(db, "SELECT count(*) FROM articles") == ARTICLES
    assert _count(db, "SELECT count(DISTINCT article_id) FROM articles") == ARTICLES


def test_queries_and_a_digest_during_a_run_all_succeed(
    slow_site: tuple[str, Path], tmp_path: Path
) -> None:
    base, sources = slow_site
    db = tmp_path / "p.duckdb"
    home = tmp_path / "prefect"
    run = _start(
        "run",
        "--sources",
        str(sources),
        "--db",
        str(db),
        "--allow-host",
        base.removeprefix("http://"),
        "--busy-wait",
        "60",
        home=home,
    )
    while not db.exists() and run.poll() is None:
        time.sleep(0.2)
    outcomes = []
    digest: subprocess.Popen[str] | None = None
    while run.poll() is None:
        if digest is None:
            # Started while the run fetches and writes, not after it.
            digest = _start(
                "digest", "--db", str(db), "--dry-run", str(tmp_path / "digest"), home=home
            )
        query = _start(
            "query", "select count(*) from articles", "--db", str(db), "--format", "csv", home=home
        )
        outcomes.append((*query.communicate(timeout=120), query.returncode))
    assert digest is not None, "the run ended before the digest could overlap it"
    digest_out = digest.communicate(timeout=120)
    _, run_err = run.communicate(timeout=240)

    assert run.returncode == 0, run_err[-2000:]
    assert outcomes, "the run ended before any query could overlap it"
    for out, err, code in outcomes:
        assert code == 0, err
        assert out.splitlines()[0] == "count_star()"
    assert digest.returncode == 0, digest_out[1]
    assert _count(db, "SELECT count(*) FROM articles") == ARTICLES
