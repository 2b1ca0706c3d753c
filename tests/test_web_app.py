"""The workbench over HTTP: list formats, keyset pages, bad filters, a busy warehouse."""

from __future__ import annotations

import csv
import io
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import httpx
import pytest
from web_server import pantau_web, running_web
from web_site import private_warehouse

from pantau.web.config import WebError, check_bind


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return private_warehouse(tmp_path_factory, tmp_path_factory.mktemp("web-app"))


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[httpx.Client]:
    # One server for the module: these tests only read.
    with running_web(web_db, "--page-size", "5") as base, httpx.Client(base_url=base) as http:
        yield http


def _stories(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT story_id FROM alerts"
            " ORDER BY coalesce(published_at, fetched_at) DESC, story_id DESC"
        ).fetchall()
    return [r[0] for r in rows]


def test_keyset_pages_walk_every_alert_once_in_json_and_csv(
    client: httpx.Client, web_db: Path
) -> None:
    seen: list[str] = []
    url: str | None = "/?format=json"
    while url:
        answer = client.get(url)
        assert answer.status_code == 200
        body = answer.json()
        assert len(body["rows"]) <= 5
        seen.extend(row["story_id"] for row in body["rows"])
        url = body["next"] and body["next"].replace("after=", "format=json&after=", 1)
    assert seen == _stories(web_db) and len(seen) > 5
    answer = client.get("/?format=csv&supplier=KP")
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows and {r["supplier"] for r in rows} == {"KP"}
    assert "Link" in answer.headers or len(rows) <= 5


def test_every_page_answers_with_strict_headers(client: httpx.Client, web_db: Path) -> None:
    story = _stories(web_db)[0]
    for url in ("/", "/trends", "/sources", "/search?q=drone", f"/story/{story}"):
        answer = client.get(url)
        assert answer.status_code == 200, url
        assert "script-src 'self'" in answer.headers["content-security-policy"]
        assert "<script>" not in answer.text.replace('<script src="/static/', "")
    assert client.get("/trends?format=json").json()["rows"]
    assert client.get("/sources?format=csv").text.startswith("source_id,outlet,state,failing_runs")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/?since=yesterday", "is not a day"),
        ("/?min_score=high", "is not a number"),
        ("/?review=maybe", "use one of"),
        ("/?format=xml", "use html, csv or json"),
        ("/story/nope", "no story nope"),
    ],
)
def test_a_bad_url_is_one_clear_line(client: httpx.Client, url: str, message: str) -> None:
    answer = client.get(url)
    assert answer.status_code in (400, 404)
    assert message in answer.text and "Traceback" not in answer.text


def test_a_busy_warehouse_is_a_503_that_retries(client: httpx.Client, web_db: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " sys.stdin.read()",
            str(web_db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        answer = client.get("/")
        assert answer.status_code == 503
        assert answer.headers["retry-after"] == "5"
        assert '<meta http-equiv="refresh" content="5">' in answer.text
        assert "busy" in answer.text
    finally:
        holder.communicate("", timeout=30)
    assert client.get("/").status_code == 200


def test_only_loopback_binds_without_a_password() -> None:
    for host in ("127.0.0.1", "localhost", "::1"):
        check_bind(host, None)
    with pytest.raises(WebError, match="PANTAU_WEB_PASSWORD"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", "secret")


def test_reads_and_writes_at_once_take_turns_without_errors(
    client: httpx.Client, web_db: Path
) -> None:
    home = client.get("/")
    token = re.search(r'name="csrf" value="([0-9a-f]{64})"', home.text)
    assert token is not None
    story = _stories(web_db)[-1]
    form = {"csrf": token[1], "story_id": story, "article_id": story, "action": "confirm"}

    def one(n: int) -> int:
        if n % 3 == 0:
            return client.post("/review", data=form).status_code
        return client.get("/" if n % 2 else f"/story/{story}").status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = list(pool.map(one, range(24)))
    assert set(codes) <= {200, 303}, codes
    with duckdb.connect(str(web_db), read_only=True) as con:
        count = con.execute("SELECT count(*) FROM reviews WHERE story_id = ?", [story]).fetchone()
    assert count == (8,)
    with duckdb.connect(str(web_db), read_only=True) as con:
        kept = con.execute("SELECT supplier, review FROM alerts WHERE story_id = ?", [story])
        supplier, review = kept.fetchone() or (None, None)
    assert supplier is not None and review == "confirm"  # a bare confirm keeps the parties


def test_a_story_lists_its_reports_as_csv_and_json(client: httpx.Client, web_db: Path) -> None:
    story = _stories(web_db)[0]
    rows = client.get(f"/story/{story}?format=json").json()["rows"]
    assert rows and all(r["article_id"] for r in rows) and rows[0]["standing_alert"] is True
    table = list(csv.DictReader(io.StringIO(client.get(f"/story/{story}?format=csv").text)))
    assert [r["article_id"] for r in table] == [r["article_id"] for r in rows]


def test_words_and_items_narrow_the_alerts(client: httpx.Client) -> None:
    rows = client.get("/?format=json&q=su-35+iran").json()["rows"]
    assert [r["title"] for r in rows] == ["Rusia Serahkan Jet Tempur Su-35 Pertama ke Iran"]
    drones = client.get("/?format=json&item=DRONE").json()["rows"]
    assert drones and all("drone" in [i.lower() for i in r["items"]] for r in drones)


def test_trends_count_stories_per_pair_and_link_to_the_filtered_list(
    client: httpx.Client, web_db: Path
) -> None:
    rows = client.get("/trends?since=2026-01-01&until=2026-12-31&format=json").json()["rows"]
    with duckdb.connect(str(web_db), read_only=True) as con:
        expected = con.execute(
            "SELECT CAST(week AS VARCHAR), coalesce(supplier, '?'), coalesce(recipient, '?'),"
            " CAST(sum(stories) AS INTEGER) FROM actor_pairs WHERE week >= DATE '2025-12-29'"
            " GROUP BY ALL ORDER BY ALL"
        ).fetchall()
    assert sorted((r["week"], r["supplier"], r["recipient"], r["stories"]) for r in rows) == (
        expected
    )
    html = client.get("/trends?since=2026-01-01&until=2026-12-31").text
    link = "/?supplier=KP&amp;recipient=RU&amp;since=2026-01-01&amp;until=2026-12-31"
    assert link in html
    listed = client.get(link.replace("&amp;", "&") + "&format=json").json()["rows"]
    assert listed and ("KP", "RU") in {(r["supplier"], r["recipient"]) for r in listed}


def test_a_taken_port_is_one_line(web_db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = pantau_web("--db", str(web_db), "--port", str(port))
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.strip().count("\n") == 0 and "choose another --port" in stderr, stderr
