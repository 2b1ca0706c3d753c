"""One `pantau run` over good and hostile feeds: wall time, exit status, articles, peak memory.

Usage: uv run python bench/hostile_run.py [--pages 300]

Starts the hostile site of tests/hostile on 127.0.0.1 plus a good feed of --pages
articles, runs `pantau run` twice in a child process (fresh DuckDB file, temporary
Prefect API), and prints each run's figures; the target is a peak RSS under 500 MB and a
second run that adds nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from hostile.server import SOURCES, hostile_site, sources_toml  # noqa: E402


def _run(sources: Path, db: Path, allowed: list[str], env: dict[str, str]) -> tuple[float, int]:
    args = ["run", "--sources", str(sources), "--db", str(db), "--host-interval", "0"]
    for host in allowed:
        args += ["--allow-host", host]
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", "from pantau.cli import main; main()", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    print(done.stdout.strip())
    if done.returncode:
        print(done.stderr.strip()[-2000:])
    return time.monotonic() - started, done.returncode


def _articles(db: Path) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="articles in the good feed")
    options = parser.parse_args()
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=120),
        hostile_site() as site,
        tempfile.TemporaryDirectory() as tmp,
    ):
        site.big_items = options.pages
        sources = Path(tmp) / "sources.toml"
        sources.write_text(sources_toml(site, None), encoding="utf-8")
        db = Path(tmp) / "pantau.duckdb"
        env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
        allowed = [site.host, f"127.0.0.1:{site.closed_port}"]
        print(f"{len(SOURCES) + 2} sources (good, big with {options.pages} items, hostile)")
        for label in ("first run", "second run"):
            before = _articles(db) if db.exists() else 0
            seconds, status = _run(sources, db, allowed, env)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"{label}: {seconds:.1f} s, exit {status}, {_articles(db)} articles"
                f" (+{_articles(db) - before}), peak RSS of any child so far {peak:.0f} MB"
            )
        print(f"connections to the forbidden port: {len(site.forbidden_connections)}")


if __name__ == "__main__":
    main()
