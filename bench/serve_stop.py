"""How long `pantau serve` takes to stop when SIGTERM lands at a random point of its work.

Usage: uv run python bench/serve_stop.py [--runs 10] [--seed 0]

Each run starts `pantau serve` (its own local Prefect server, ingest every 5 s) over the
test site of tests/fixtures/site, waits for the first ingest to land, sleeps a random
2.5-6.5 s so that the SIGTERM falls before, inside or between flow runs, and times the
exit. Prints one line per run and the slowest stop; the logs of runs slower than
--slow seconds are kept and named. systemd's default allowance is 90 s.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "tests" / "fixtures" / "site"
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from serving import start_serve, stored_articles  # noqa: E402

from connectors.replay import replay_site  # noqa: E402


def stop_time(base_url: str, workdir: Path, delay: float) -> tuple[float, int]:
    """Start serve in `workdir`, SIGTERM it `delay` s after its first ingest landed."""
    sources = workdir / "sources.toml"
    sources.write_text(
        (SITE / "sources.toml").read_text(encoding="utf-8").replace("__BASE__", base_url),
        encoding="utf-8",
    )
    db = workdir / "served.duckdb"
    host = base_url.removeprefix("http://")
    with (workdir / "serve.log").open("w") as log:
        serve = start_serve(
            sources,
            db,
            workdir / "prefect",
            *("--allow-host", host, "--ingest-every", "5", "--no-digest"),
            stdout=log,
            stderr=log,
        )
        deadline = time.monotonic() + 150
        while stored_articles(db) < 5 and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(0.5)
        time.sleep(delay)
        started = time.monotonic()
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(timeout=150)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
        return time.monotonic() - started, serve.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slow", type=float, default=15.0, help="keep logs above this")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    keep = Path(tempfile.mkdtemp(prefix="pantau-serve-stop-"))
    times = []
    with replay_site(SITE) as base_url:
        for run in range(args.runs):
            delay = rng.uniform(2.5, 6.5)
            with tempfile.TemporaryDirectory() as tmp:
                took, code = stop_time(base_url, Path(tmp), delay)
                if took > args.slow or code != 0:
                    (keep / f"run-{run}.log").write_bytes((Path(tmp) / "serve.log").read_bytes())
            times.append(took)
            print(
                f"run {run}: SIGTERM {delay:.1f} s after the first ingest; "
                f"stopped in {took:.1f} s, exit {code}",
                flush=True,
            )
    print(f"slowest stop {max(times):.1f} s over {len(times)} runs; slow runs' logs: {keep}")


if __name__ == "__main__":
    main()
