"""The command line: help everywhere, one clean line per failure, reclassify."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import REPO
from pantau.cli import app
from pantau.settings import DEFAULT_WATCHLIST

runner = CliRunner()
COMMANDS = sorted(c.name or "" for c in app.registered_commands)


def _pantau(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pantau", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_the_commands_the_readme_relies_on_exist() -> None:
    assert {"run", "demo", "query", "digest", "serve", "classify", "reclassify"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "-h"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output


def test_version_and_top_level_help() -> None:
    assert re.fullmatch(r"pantau \d+\.\d+\.\d+\n", runner.invoke(app, ["--version"]).output)
    assert "demo" in runner.invoke(app, ["-h"]).output


def test_bad_sources_file_is_one_line_and_a_nonzero_exit(tmp_path: Path) -> None:
    bad = tmp_path / "sources.toml"
    bad.write_text('[[sources]]\nid = "x"\nname = "X"\nurl = "gopher://x"\n', encoding="utf-8")
    done = _pantau("run", "--sources", str(bad), "--db", str(tmp_path / "p.duckdb"))
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "field 'url'" in done.stderr and "Traceback" not in done.stderr


def test_unwritable_database_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    done = _pantau("run", "--db", str(blocker / "p.duckdb"))
    assert done.returncode != 0
    assert done.stderr.startswith("pantau: error: cannot open database")
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0


def test_query_errors_are_one_line(tmp_path: Path) -> None:
    missing = _pantau("query", "select 1", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode != 0 and "no database at" in missing.stderr
    db = tmp_path / "p.duckdb"
    duckdb.connect(str(db)).close()
    wrong = _pantau("query", "select nope from nowhere", "--db", str(db))
    assert wrong.returncode != 0 and wrong.stderr.startswith("pantau: error: query failed")
    assert "Traceback" not in wrong.stderr


def test_pantau_db_environment_variable_is_honoured(tmp_path: Path) -> None:
    db = tmp_path / "env.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE marker AS SELECT 42 AS answer")
    done = _pantau(
        "query", "select answer from marker", "--format", "csv", env={"PANTAU_DB": str(db)}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["answer", "42"]


def test_reclassify_rejudges_after_the_watchlist_changes(tmp_path: Path) -> None:
    from pantau.filter.watchlist import load_watchlist
    from warehouse.db import session

    db = tmp_path / "p.duckdb"
    with session(db) as con:
        con.execute(
            "INSERT INTO articles (article_id, url, source_id, title, text, fetched_at, "
            "extraction_method, content_hash) VALUES "
            "('a1', 'https://k.example/1', 's', 'Korut kirim peluru artileri ke Rusia', "
            "'Korea Utara mengirim jutaan peluru artileri ke Rusia lewat kereta.', now(), "
            "'trafilatura', 'h1'), "
            "('a2', 'https://k.example/2', 's', 'Harga cabai turun', 'Harga cabai turun.', "
            "now(), 'trafilatura', 'h2')"
        )
    first = _pantau("reclassify", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "re-judged 2 articles" in first.stdout and "1 alerts" in first.stdout
    again = _pantau("reclassify", "--db", str(db))
    assert "re-judged 0 articles" in again.stdout

    edited = tmp_path / "watchlist.toml"
    edited.write_text(
        DEFAULT_WATCHLIST.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8"
    )
    changed = _pantau("reclassify", "--db", str(db), "--watchlist", str(edited))
    assert "re-judged 2 articles" in changed.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        versions = {r[0] for r in con.execute("SELECT watchlist_version FROM verdicts").fetchall()}
    assert versions == {load_watchlist(edited).version}


def test_run_without_a_prefect_api_never_imports_prefect(
    site: str, site_sources: Path, tmp_path: Path
) -> None:
    """Prefect's import alone is 0.8 s and 45 MB of every run's start-up."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    db = tmp_path / "run.duckdb"
    options = ["--sources", str(site_sources), "--db", str(db)]
    options += ["--allow-host", site.removeprefix("http://")]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pantau", "run", *options],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "5 new articles" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "duckdb" in imported and "trafilatura" in imported
    assert not {name for name in imported if name.split(".")[0] == "prefect"}


def test_demo_fills_the_database_and_a_second_demo_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    # The port the sample's URLs name may be taken (another demo, another suite): the demo
    # serves from any free port and still stores the same URLs.
    with socket.socket() as squatter:
        with contextlib.suppress(OSError):
            squatter.bind(("127.0.0.1", 47661))
            squatter.listen()
        first = _pantau("demo", "--db", str(db))
    assert first.returncode == 0, first.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        articles, texts, alerts, elsewhere = con.execute(
            "SELECT count(*), count(*) FILTER (extraction_method = 'trafilatura'),"
            " (SELECT count(*) FROM alert_articles),"
            " count(*) FILTER (url NOT LIKE 'http://127.0.0.1:47661/%') FROM articles"
        ).fetchall()[0]
    assert articles >= 30 and texts >= 30 and alerts >= 5 and elsewhere == 0
    assert (tmp_path / "digest-preview").is_dir()
    second = _pantau("demo", "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "0 new articles" in second.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == articles
