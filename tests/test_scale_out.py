"""Scale-out: Parquet batches from workers, merged idempotently by one loader; a real fan-out."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import httpx
import pytest

from conftest import REPO, seed_prefect_home
from connectors.prefect_server import local_prefect_server
from connectors.replay import replay_site
from pantau.records import Article, FetchRecord, Mention, Verdict
from warehouse.batches import BatchWriter, load_all
from warehouse.db import session
from warehouse.store import store_batch

NOW = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
PREFECT = [sys.executable, "-m", "prefect"]


def _article(n: int, title: str = "Judul") -> Article:
    return Article(
        article_id=f"a{n:03d}",
        url=f"https://kabar.example/berita/{n}",
        source_id="kabar",
        fetched_at=NOW,
        extraction_method="trafilatura",
        content_hash=f"h{n}",
        title=f"{title} {n}",
        text=f"Isi berita nomor {n}.",
    )


def _verdict(term: str) -> Verdict:
    mention = Mention(kind="actor", term=term, canonical="KP", field="title", start=0, end=5)
    return Verdict(
        alert=True,
        arms_supply=True,
        watched=True,
        score=0.8,
        supplier="KP",
        recipient="RU",
        actors=("KP", "RU"),
        items=("artillery shell",),
        evidence="Korut kirim peluru.",
        rule="test",
        mentions=(mention,),
    )


def _fetch(n: int) -> FetchRecord:
    return FetchRecord("kabar", f"https://kabar.example/berita/{n}", "ok", NOW, 12, 200)


def _write(root: Path, batch_id: str, numbers: range, *, term: str = "Korut") -> Path:
    with BatchWriter(root) as writer:
        return writer.write(
            batch_id,
            run_id="run1",
            fetches=[_fetch(n) for n in numbers],
            articles=[_article(n) for n in numbers],
            verdicts=[(f"a{n:03d}", _verdict(term)) for n in numbers],
            watchlist_version="w1",
        )


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_batch_loads_like_a_direct_store_and_twice_changes_nothing(tmp_path: Path) -> None:
    batches = tmp_path / "batches"
    _write(batches, "run1-0000-x", range(5))
    direct = tmp_path / "direct.duckdb"
    with session(direct) as con:
        store_batch(
            con,
            run_id="run1",
            fetches=[_fetch(n) for n in range(5)],
            articles=[_article(n) for n in range(5)],
            verdicts=[(f"a{n:03d}", _verdict("Korut")) for n in range(5)],
            watchlist_version="w1",
        )
    db = tmp_path / "loaded.duckdb"
    first = load_all(db, str(batches))
    second = load_all(db, str(batches))

    assert [m.batch_id for m in first.loaded] == ["run1-0000-x"] and first.articles == 5
    assert second.loaded == () and second.already == 1 and second.refused == ()
    for table, order in (
        ("articles", "article_id"),
        ("mentions", "article_id"),
        ("fetches", "url"),
    ):
        columns = "* EXCLUDE (fetch_id)" if table == "fetches" else "*"
        sql = f"SELECT {columns} FROM {table} ORDER BY {order}"
        assert _rows(db, sql) == _rows(direct, sql), table
    verdict_sql = "SELECT * EXCLUDE (judged_at) FROM verdicts ORDER BY article_id"
    assert _rows(db, verdict_sql) == _rows(direct, verdict_sql)
    assert _rows(db, "SELECT count(*) FROM fetches") == [(5,)]
    assert _rows(db, "SELECT batch_id, articles, fetches FROM loaded_batches") == [
        ("run1-0000-x", 5, 5)
    ]


def test_a_later_batch_updates_articles_and_replaces_their_mentions(tmp_path: Path) -> None:
    batches = tmp_path / "batches"
    db = tmp_path / "w.duckdb"
    _write(batches, "r-0000-a", range(3))
    load_all(db, str(batches))
    _write(batches, "r-0001-b", range(2, 4), term="Pyong")
    report = load_all(db, str(batches))

    assert [m.batch_id for m in report.loaded] == ["r-0001-b"] and report.already == 1
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(4, 4)]
    terms = _rows(db, "SELECT article_id, term FROM mentions ORDER BY article_id")
    assert terms == [("a000", "Korut"), ("a001", "Korut"), ("a002", "Pyong"), ("a003", "Pyong")]
    assert _rows(db, "SELECT count(*) FROM fetches") == [(5,)]


def test_half_written_and_broken_batches_are_not_loaded(tmp_path: Path) -> None:
    batches = tmp_path / "batches"
    good = _write(batches, "r-0000-good", range(2))
    # A worker killed before the rename leaves its files under tmp/, never under ready/.
    half = batches / "tmp" / "r-0001-half.1234"
    shutil.copytree(good, half)
    # A published batch whose file was damaged afterwards is refused, not half-loaded.
    broken = _write(batches, "r-0002-broken", range(10, 13))
    (broken / "mentions.parquet").write_bytes(b"not parquet")
    # A directory without a manifest is not a batch yet.
    (batches / "ready" / "r-0003-nomanifest").mkdir()
    db = tmp_path / "w.duckdb"
    report = load_all(db, str(batches))

    assert [m.batch_id for m in report.loaded] == ["r-0000-good"]
    assert [batch for batch, _ in report.refused] == ["r-0002-broken"]
    assert _rows(db, "SELECT article_id FROM articles ORDER BY 1") == [("a000",), ("a001",)]
    assert _rows(db, "SELECT count(*) FROM fetches") == [(2,)]
    assert _rows(db, "SELECT batch_id FROM loaded_batches") == [("r-0000-good",)]


def test_a_retried_shard_keeps_the_first_copy_of_a_batch(tmp_path: Path) -> None:
    batches = tmp_path / "batches"
    first = _write(batches, "r-0000-same", range(2))
    written_at = json.loads((first / "batch.json").read_text())["written_at"]
    again = _write(batches, "r-0000-same", range(2))

    assert again == first
    assert json.loads((first / "batch.json").read_text())["written_at"] == written_at
    assert list((batches / "tmp").iterdir()) == []
    assert load_all(tmp_path / "w.duckdb", str(batches)).articles == 2


# --- end to end: a real Prefect server, deployments from prefect.yaml, two workers ----------

# Two shards of 10: each worker takes one run at a time (--limit 1), so one shard goes to the
# idle worker and the other to the fan-out's worker once it is free; a third only added a round.
ARTICLES = 20
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar {n}</title>
</head><body><nav>Beranda | Nasional | Dunia</nav><article><h1>Kabar sore nomor {n}</h1>
<p>Laporan nomor {n}: hujan deras mengguyur kota sejak siang, dan petugas menyiapkan pompa
air di beberapa titik yang biasa tergenang ketika sungai meluap.</p>
<p>Pedagang di pasar pagi mengatakan harga beras dan minyak goreng tetap stabil, meski
pembeli lebih sedikit dari biasanya karena cuaca buruk sepanjang pekan.</p>
<p>Warga diminta memantau kabar resmi dari pemerintah daerah sebelum bepergian jauh.</p>
</article><footer>Hak cipta Kabar Uji</footer></body></html>"""


@pytest.fixture
def small_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """ARTICLES pages in two feeds, served on 127.0.0.1, and their sources file."""
    root = tmp_path / "site"
    (root / "berita").mkdir(parents=True)
    items: dict[int, list[str]] = {0: [], 1: []}
    for n in range(ARTICLES):
        (root / "berita" / f"{n}.html").write_text(PAGE.format(n=n), encoding="utf-8")
        items[n % 2].append(
            f"<item><title>Kabar {n}</title><link>__BASE__/berita/{n}.html</link></item>"
        )
    for feed, listed in items.items():
        (root / f"rss{feed}.xml").write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>'
            f"{''.join(listed)}</channel></rss>",
            encoding="utf-8",
        )
    with replay_site(root, delay=0.05) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(
            "".join(
                f'[[sources]]\nid = "uji{f}"\nname = "Uji {f}"\nurl = "{base}/rss{f}.xml"\n\n'
                for f in items
            ),
            encoding="utf-8",
        )
        yield base, sources


def _prefect(env: dict[str, str], *args: str, timeout: float = 120) -> str:
    done = subprocess.run(
        [*PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _trigger(env: dict[str, str], deployment: str, params: dict[str, object]) -> str:
    out = _prefect(env, "deployment", "run", deployment, "--params", json.dumps(params))
    marker = "UUID:"
    assert marker in out, out
    return out.split(marker, 1)[1].split()[0]


def _wait_state(api: str, run_id: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()["state"]["type"]
        if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return str(state)
        time.sleep(0.5)
    raise AssertionError(f"flow run {run_id} did not finish within {timeout:.0f} s")


def test_two_workers_share_the_shards_and_every_article_lands_once(
    small_site: tuple[str, Path], tmp_path: Path, prefect_db: Path
) -> None:
    base, sources = small_site
    home = seed_prefect_home(tmp_path / "prefect-home", prefect_db)
    extra = {"PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false"}
    with local_prefect_server(home, extra_env=extra) as api:
        env = {
            **os.environ,
            "PREFECT_API_URL": api,
            "PREFECT_HOME": str(home),
            "PROJECT_DIR": str(REPO),
            "PREFECT_CLI_PROMPT": "false",
            "PREFECT_WORKER_QUERY_SECONDS": "1",
        }
        _prefect(env, "work-pool", "create", "pantau", "--type", "process")
        _prefect(env, "deploy", "--all")
        workers = [
            subprocess.Popen(
                [
                    *PREFECT,
                    "worker",
                    "start",
                    "--pool",
                    "pantau",
                    "--limit",
                    "1",
                    "--name",
                    f"w{i}",
                ],
                env=env,
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            for i in range(2)
        ]
        try:
            db, batches = tmp_path / "w.duckdb", tmp_path / "batches"
            params = {
                "batches_dir": str(batches),
                "sources": str(sources),
                "db": str(db),
                "shard_size": 10,
                "allow_hosts": [base.removeprefix("http://")],
            }
            fan = _trigger(env, "scale-fanout/scale-fanout", params)
            assert _wait_state(api, fan, 120) == "COMPLETED"
            orders = sorted((batches / "orders").glob("*.json"))
            assert len(orders) == 2
            deadline = time.monotonic() + 120
            while len(list((batches / "done").glob("*.json"))) < len(orders):
                assert time.monotonic() < deadline, "shards did not finish"
                assert all(w.poll() is None for w in workers)
                time.sleep(0.5)
            load = _trigger(
                env, "load-batches/load-batches", {"batches_dir": str(batches), "db": str(db)}
            )
            assert _wait_state(api, load, 120) == "COMPLETED"
        finally:
            for worker in workers:
                if worker.poll() is None:
                    os.killpg(worker.pid, signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    # A loaded machine can keep a worker's graceful shutdown past 30 s;
                    # what this test checks is the work done, not how fast workers stop.
                    os.killpg(worker.pid, signal.SIGKILL)
                    worker.wait(timeout=30)

    done = [json.loads(p.read_text()) for p in sorted((batches / "done").glob("*.json"))]
    worker_pids = {int(d["ran_on"].rsplit(":", 1)[1]) for d in done}
    assert worker_pids == {w.pid for w in workers}, done
    assert sum(d["articles"] for d in done) == ARTICLES
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [
        (ARTICLES, ARTICLES)
    ]
    assert _rows(db, "SELECT count(*) FROM fetches WHERE kind = 'page'") == [(ARTICLES,)]
    assert _rows(db, "SELECT count(*) FROM verdicts") == [(ARTICLES,)]
    again = load_all(db, str(batches))
    assert again.loaded == () and again.already == sum(len(d["batches"]) for d in done)
    assert _rows(db, "SELECT count(*) FROM fetches WHERE kind = 'page'") == [(ARTICLES,)]
