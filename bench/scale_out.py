"""Scale-out throughput: the same fan-out run on 1 and on 2 Prefect process workers.

A site of N realistic pages (bench/site_gen.py: corpus texts in generated outlet chrome) is
served on 127.0.0.1 with a per-request delay standing in for network latency. A local Prefect
server gets the deployments from prefect.yaml; for each worker count a fresh database and
batches directory are used: trigger `scale-fanout`, wait for every shard's done file, then
run `load-batches`. Each shard run extracts in one process (pool=False), so on this 2-core
machine 2 workers means 2 cores. Writes bench/out/scale-out.json.

    uv run python bench/scale_out.py --articles 600 --shard-size 150 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

import site_gen  # noqa: E402

from connectors.prefect_server import local_prefect_server  # noqa: E402
from connectors.replay import replay_site  # noqa: E402

PREFECT = [sys.executable, "-m", "prefect"]
OUT = BENCH / "out" / "scale-out.json"


def load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def make_site(root: Path, articles: int, feeds: int) -> list[str]:
    """Generate the site with .html pages (the replay server types files by suffix)."""
    site = site_gen.generate(root, "__BASE__", articles, feeds)
    for story in site.stories:
        page = root / story.path.lstrip("/")
        page.rename(page.with_name(page.name + ".html"))
    for feed in root.glob("feed*/rss*.xml"):
        text = feed.read_text(encoding="utf-8")
        for story in site.stories:
            text = text.replace(f"__BASE__{story.path}<", f"__BASE__{story.path}.html<")
        feed.write_text(text, encoding="utf-8")
    return [s.path for s in site.stories]


def prefect(env: dict[str, str], *args: str) -> str:
    """Run a prefect CLI command; fail loudly."""
    done = subprocess.run(
        [*PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
    )
    if done.returncode:
        raise SystemExit(f"prefect {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def trigger(env: dict[str, str], deployment: str, params: dict[str, Any]) -> str:
    """Create a flow run of `deployment`; return its id."""
    out = prefect(env, "deployment", "run", deployment, "--params", json.dumps(params))
    return out.split("UUID:", 1)[1].split()[0]


def wait_run(api: str, run_id: str, timeout: float = 900) -> dict[str, Any]:
    """Poll a flow run until it is final; return it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run: dict[str, Any] = httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()
        if run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            if run["state"]["type"] != "COMPLETED":
                raise SystemExit(f"flow run {run_id} ended {run['state']['type']}")
            return run
        time.sleep(0.25)
    raise SystemExit(f"flow run {run_id} did not finish in {timeout:.0f} s")


def one_setting(
    env: dict[str, str], api: str, workers: int, tmp: Path, params: dict[str, Any]
) -> dict[str, Any]:
    """Run fan-out, shards and load with `workers` workers; return the timings."""
    db, batches = tmp / f"w{workers}.duckdb", tmp / f"batches-w{workers}"
    procs = [
        subprocess.Popen(
            [*PREFECT, "worker", "start", "--pool", "pantau", "--limit", "1", "--name", f"b{i}"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for i in range(workers)
    ]
    try:
        time.sleep(10)  # workers up and polling before the clock starts
        load_before = load()
        t0 = time.monotonic()
        fan = trigger(
            env, "scale-fanout/scale-fanout", {**params, "batches_dir": str(batches), "db": str(db)}
        )
        wait_run(api, fan)
        t_fan = time.monotonic()
        orders = len(list((batches / "orders").glob("*.json")))
        while len(list((batches / "done").glob("*.json"))) < orders:
            time.sleep(0.1)
        t_shards = time.monotonic()
        loader = trigger(
            env, "load-batches/load-batches", {"batches_dir": str(batches), "db": str(db)}
        )
        load_run = wait_run(api, loader)
        t_end = time.monotonic()
        load_after = load()
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=60)
    done = [json.loads(p.read_text()) for p in (batches / "done").glob("*.json")]
    manifests = [json.loads(p.read_text()) for p in (batches / "ready").glob("*/batch.json")]
    first_start = min(datetime.fromisoformat(d["started_at"]) for d in done)
    last_ready = max(datetime.fromisoformat(m["written_at"]) for m in manifests)
    window = (last_ready - first_start).total_seconds()
    articles = sum(d["articles"] for d in done)
    busy = [
        (datetime.fromisoformat(d["finished_at"]) - datetime.fromisoformat(d["started_at"]))
        for d in done
    ]
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()
    return {
        "workers": workers,
        "shards": orders,
        "articles": articles,
        "stored": stored[0] if stored else 0,
        "ran_on": sorted({d["ran_on"].rsplit(":", 1)[1] for d in done}),
        "fanout_s": round(t_fan - t0, 2),
        "shard_window_s": round(window, 2),
        "shard_articles_per_s": round(articles / window, 1),
        "shard_run_s": sorted(round(b.total_seconds(), 2) for b in busy),
        "in_shard_articles_per_s": round(articles / sum(b.total_seconds() for b in busy), 1),
        "trigger_to_ready_s": round(t_shards - t0, 2),
        "load_run_s": round(load_run["total_run_time"], 2),
        "end_to_end_s": round(t_end - t0, 2),
        "end_to_end_articles_per_s": round(articles / (t_end - t0), 1),
        "load_before": load_before,
        "load_after": load_after,
    }


def main() -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--shard-size", type=int, default=150)
    parser.add_argument("--delay", type=float, default=0.05, help="seconds per HTTP answer")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    if not site_gen.GIKIRIMA.is_file():
        print(
            f"corpus not found at {site_gen.TEXT_DIR}: the bench needs ../shared", file=sys.stderr
        )
        return 2
    report: dict[str, Any] = {
        "articles": args.articles,
        "shard_size": args.shard_size,
        "delay_s": args.delay,
        "cores": os.cpu_count(),
        "started_at": site_gen.generated_at(),
        "uptime_start": load(),
        "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="pantau-scale-") as name:
        tmp = Path(name)
        # A feed lists at most max_items_per_feed (200) entries: enough feeds for every article.
        feeds = max(args.feeds, -(-args.articles // 200))
        report["feeds"] = feeds
        make_site(tmp / "site", args.articles, feeds)
        with replay_site(tmp / "site", delay=args.delay) as base:
            sources = tmp / "sources.toml"
            text = (tmp / "site" / "sources.toml").read_text(encoding="utf-8")
            sources.write_text(text.replace("__BASE__", base), encoding="utf-8")
            home = tmp / "prefect"
            extra = {"PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false"}
            with local_prefect_server(home, extra_env=extra) as api:
                env = {
                    **os.environ,
                    "PREFECT_API_URL": api,
                    "PREFECT_HOME": str(home),
                    "PROJECT_DIR": str(REPO),
                    "PREFECT_CLI_PROMPT": "false",
                    "PREFECT_WORKER_QUERY_SECONDS": "1",
                    "PREFECT_LOGGING_LEVEL": "WARNING",
                }
                prefect(env, "work-pool", "create", "pantau", "--type", "process")
                prefect(env, "deploy", "--all")
                params = {
                    "sources": str(sources),
                    "shard_size": args.shard_size,
                    "allow_hosts": [base.removeprefix("http://")],
                    # One local host stands in for many outlets: no per-host pacing.
                    "fetch": {"min_host_interval": 0.0, "max_per_host": 16},
                    "pool": False,
                }
                for workers in args.workers:
                    result = one_setting(env, api, workers, tmp, params)
                    report["runs"].append(result)
                    print(json.dumps(result), flush=True)
    report["uptime_end"] = load()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, indent=1), encoding="utf-8")
    head = (
        "workers",
        "shards",
        "articles",
        "shard_window_s",
        "shard_articles_per_s",
        "trigger_to_ready_s",
        "load_run_s",
        "end_to_end_s",
        "end_to_end_articles_per_s",
        "load_before",
    )
    print(" | ".join(head))
    for run in report["runs"]:
        print(" | ".join(str(run[h]) for h in head))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
