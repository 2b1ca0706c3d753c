"""Ingest throughput: Pantau end to end against the extraction limit and against peers.

Builds a replay site from the real corpus texts (../shared/corpus/text) in a temp dir, serves it
from a separate process on 127.0.0.1 and measures, in one run: trafilatura and
pantau.extract.extract_page alone in a process pool (the limit), `pantau run` end to end
(steady pages/s, start-up, unchanged rerun, peak memory), newspaper4k, news-please and a naive
sequential loop. Prints a table and writes bench/out/ingest-N.json. See bench/README.md.
Run: uv run python bench/ingest.py --articles 300 [--feeds 50] [--skip-peers]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import replay  # noqa: E402
import site_gen  # noqa: E402

OUT = BENCH / "out"
VENV_BIN = Path(sys.executable).parent
PEERS = {
    "newspaper4k": (OUT / "peers-venv-newspaper4k", "newspaper4k", "newspaper4k_run.py"),
    "news-please": (OUT / "peers-venv-newsplease", "news-please", "newsplease_run.py"),
}


def _head_rev() -> str:
    out = subprocess.run(
        ["git", "-C", str(BENCH.parent), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def load() -> str:
    """The 1/5/15-minute load average, as `uptime` shows it."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _trafilatura(path: str) -> int:
    import trafilatura

    doc = trafilatura.bare_extraction(
        Path(path).read_bytes(), url=path, with_metadata=True, include_comments=False
    )
    return len(doc.text or "") if doc is not None else 0


def _extract_page(path: str) -> int:
    from pantau.extract import extract_page

    doc = extract_page(Path(path).read_bytes(), "http://127.0.0.1/" + path, "utf-8")
    return len(doc.text) if doc is not None else 0


def _extract_classify(path: str) -> int:
    from pantau.extract import extract_page
    from pantau.filter.classify import classify
    from pantau.pipeline import _cached_watchlist
    from pantau.settings import DEFAULT_WATCHLIST

    doc = extract_page(Path(path).read_bytes(), "http://127.0.0.1/" + path, "utf-8")
    if doc is None:
        return 0
    classify(doc.title or "", doc.text, _cached_watchlist(DEFAULT_WATCHLIST))
    return len(doc.text)


def measure_limit(paths: list[str], workers: int) -> dict[str, dict[str, float]]:
    """Pages/s of each extractor over `paths` in a warmed-up pool of `workers` processes."""
    results: dict[str, dict[str, float]] = {}
    for name, fn in (
        ("trafilatura", _trafilatura),
        ("extract_page", _extract_page),
        ("extract_page+classify", _extract_classify),
    ):
        with ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) as pool:
            list(pool.map(fn, paths[: workers * 4], chunksize=1))  # import and warm up
            started = time.perf_counter()
            chars = sum(pool.map(fn, paths, chunksize=8))
            seconds = time.perf_counter() - started
        results[name] = {
            "pages": len(paths),
            "seconds": seconds,
            "pages_per_s": len(paths) / seconds,
            "chars": chars,
        }
        print(f"  limit {name}: {len(paths) / seconds:.1f} pages/s", flush=True)
    return results


def _role(pid: int, root: int, cmd: str) -> str:
    if pid == root:
        return "pantau main"
    if "uvicorn" in cmd or "prefect.server" in cmd:
        return "prefect server"
    if "forkserver" in cmd or "multiprocessing" in cmd:
        return "pool (forkserver + workers)"
    return "other"


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_rss_kb(root: int, cpu: dict[int, tuple[str, float]] | None = None) -> dict[str, int]:
    """VmRSS (kB) of `root` and each descendant, keyed "pid command", from /proc.

    Also records each process's CPU seconds so far into `cpu` (pid -> (role, seconds)).
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0")), []).append(pid)
        rss[pid] = int(fields["VmRSS"].split()[0]) if "VmRSS" in fields else 0
    tree: dict[str, int] = {}
    stack = [root]
    while stack:
        pid = stack.pop()
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            cmd = "?"
        tree[f"{pid} {cmd[:120]}"] = rss.get(pid, 0)
        if cpu is not None:
            role = cpu[pid][0] if pid in cpu else _role(pid, root, cmd)
            cpu[pid] = (role, max(cpu.get(pid, ("", 0.0))[1], _cpu_seconds(pid)))
        stack.extend(children.get(pid, []))
    return tree


def _timeline(times: list[float], start: float) -> list[int]:
    """Page requests the server saw in each second since the process started."""
    if not times:
        return []
    bins = [0] * (int(max(times) - start) + 1)
    for t in times:
        bins[int(t - start)] += 1
    return bins


def _by_role(cpu: dict[int, tuple[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for role, seconds in cpu.values():
        out[role] = round(out.get(role, 0.0) + seconds, 2)
    return out


def run_pantau(
    sources: Path, db: Path, host: str, env: dict[str, str], base_url: str
) -> dict[str, Any]:
    """One `pantau run` as a subprocess: wall time, peak tree RSS, max single RSS, server times."""
    urllib.request.urlopen(base_url + "/__reset").read()
    cmd = [
        str(VENV_BIN / "pantau"),
        "run",
        "--sources",
        str(sources),
        "--db",
        str(db),
        "--allow-host",
        host,
        # The replay site puts all 50 outlets on one host, and pacing is per host: without
        # this, the bench would measure the 0.5 s politeness interval, not the pipeline.
        "--host-interval",
        "0",
    ]
    started_wall = time.time()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak: dict[str, int] = {}
    cpu: dict[int, tuple[str, float]] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            tree = _tree_rss_kb(proc.pid, cpu)
            if sum(tree.values()) > sum(peak.values()):
                peak = tree
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"pantau run failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    stats = json.loads(urllib.request.urlopen(base_url + "/__stats").read())
    first = stats["first"]
    return {
        "seconds": seconds,
        "peak_tree_rss_mb": sum(peak.values()) / 1024,
        "peak_tree_by_process_mb": {k: round(v / 1024, 1) for k, v in peak.items()},
        "max_single_rss_mb": usage.ru_maxrss / 1024,
        "cpu_s_by_role": _by_role(cpu),
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "requests": stats["counts"],
        "to_first_feed_s": first["feed"] - started_wall if "feed" in first else None,
        "to_first_page_s": first["page"] - started_wall if "page" in first else None,
        "last_page_s": stats["last"]["page"] - started_wall if "page" in stats["last"] else None,
        "pages_fetched_per_second": _timeline(stats["page_times"], started_wall),
        "summary": " ".join(stdout.split()),
        "load": load(),
    }


def db_counts(db: Path) -> dict[str, int]:
    """Stored articles by extraction method, and page fetch errors."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select extraction_method, count(*) from articles group by 1").fetchall()
        errors = con.execute("select count(*) from fetches where status = 'error'").fetchone()
    return {**{str(k): int(v) for k, v in rows}, "fetch_errors": int(errors[0]) if errors else 0}


def run_peer(name: str, urls_file: Path) -> dict[str, Any]:
    """Run one peer in its own venv over the URL list; its JSON line plus pages/s."""
    venv, package, script = PEERS[name]
    if not (venv / "bin" / "python").exists():
        subprocess.run(["uv", "venv", "-q", "-p", "3.11", str(venv)], check=True)
        subprocess.run(["uv", "pip", "install", "-q", "-p", str(venv), package], check=True)
    return _run_json(
        [
            str(venv / "bin" / "python"),
            "-W",
            "ignore",
            str(BENCH / "peers" / script),
            str(urls_file),
        ]
    )


def _run_json(cmd: list[str]) -> dict[str, Any]:
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{cmd[-2]} failed: {out.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started
    result["pages_per_s"] = result["pages"] / result["seconds"]
    result["load"] = load()
    print(f"  {result['tool']}: {result['pages_per_s']:.1f} pages/s", flush=True)
    return result


def main() -> int:
    """Build the site, run every measurement, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--small", type=int, default=100, help="articles in the second run")
    parser.add_argument("--peer-articles", type=int, default=0, help="cap peers' URLs (0: all)")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument(
        "--head",
        action="store_true",
        help="measure the committed HEAD (git archive to a temp dir), not the work tree",
    )
    parser.add_argument(
        "--tree", type=Path, help="measure the Pantau sources in this folder (e.g. a patched copy)"
    )
    parser.add_argument(
        "--serve-only",
        type=float,
        default=0,
        metavar="SECONDS",
        help="only build and serve the site for SECONDS (for profiling by hand)",
    )
    args = parser.parse_args()
    if args.head:
        args.tree = export_head()
    if args.tree:
        # Pool workers of the limit measurement import pantau from the same tree.
        sys.path.insert(0, str(args.tree))
        os.environ["PYTHONPATH"] = str(args.tree)
    OUT.mkdir(exist_ok=True)
    workers = os.cpu_count() or 2
    report: dict[str, Any] = {
        "tree": "HEAD " + _head_rev() if args.head else str(args.tree or "work tree"),
        "articles": args.articles,
        "feeds": args.feeds,
        "cores": workers,
        "started_at": site_gen.generated_at(),
        "load_start": load(),
    }
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        root = Path(tmp) / "site"
        port = replay.free_port()
        base_url = f"http://127.0.0.1:{port}"
        site = site_gen.generate(root, base_url, args.articles, args.feeds, small=args.small)
        paths = [str(root / s.path.lstrip("/")) for s in site.stories]
        sizes = [Path(p).stat().st_size for p in paths]
        report["page_kb_mean"] = sum(sizes) / len(sizes) / 1024
        urls_file = Path(tmp) / "urls.txt"
        peer_urls = site.urls()[: args.peer_articles or None]
        urls_file.write_text("\n".join(peer_urls), encoding="utf-8")
        server = replay.start_server(root, port)
        if args.serve_only:
            print(
                f"serving {root} at {base_url}; try:\n  uv run pantau run --sources "
                f"{root}/sources.toml --db {tmp}/x.duckdb --allow-host 127.0.0.1:{port}",
                flush=True,
            )
            time.sleep(args.serve_only)
            server.terminate()
            server.wait()
            return 0
        try:
            print(f"site: {args.articles} articles, {args.feeds} feeds, load {load()}", flush=True)
            report["server_load_test"] = replay_load_test(urls_file)
            report["limit"] = measure_limit(paths, workers)
            report["pantau"] = pantau_runs(root, Path(tmp), f"127.0.0.1:{port}", base_url, args)
            if not args.skip_peers:
                report["peers"] = {name: run_peer(name, urls_file) for name in PEERS}
                report["peers"]["naive"] = _run_json(
                    [sys.executable, str(BENCH / "peers" / "naive.py"), str(root / "sources.toml")]
                )
        finally:
            server.terminate()
            server.wait()
    if args.head:
        shutil.rmtree(args.tree, ignore_errors=True)
    report["load_end"] = load()
    report["ratios"] = ratios(report)
    target = OUT / f"ingest-{args.articles}.json"
    target.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print_table(report)
    print(f"\nwrote {target}")
    return 0


def export_head() -> Path:
    """Export the committed HEAD (read-only for the repo) into a temp dir; return it."""
    target = Path(tempfile.mkdtemp(prefix="pantau-head-"))
    archive = subprocess.run(
        ["git", "-C", str(BENCH.parent), "archive", "HEAD"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def replay_load_test(urls_file: Path) -> dict[str, float]:
    """The replay server's own throughput, from a separate client process."""
    out = subprocess.run(
        [sys.executable, str(BENCH / "replay.py"), "--load-test", str(urls_file), "--seconds", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    print(f"  replay server: {result['requests_per_s']:.0f} requests/s", flush=True)
    return result


def pantau_runs(
    root: Path, tmp: Path, host: str, base_url: str, args: argparse.Namespace
) -> dict[str, Any]:
    """Warm-up, start-up, small, full and unchanged-rerun runs of `pantau run`."""
    env = dict(os.environ, PREFECT_HOME=str(tmp / "prefect-home"))
    if args.tree:
        env["PYTHONPATH"] = str(args.tree)
    runs: dict[str, Any] = {}
    plan = (
        ("cold_first_start", "sources-one.toml", "warm.duckdb"),
        ("startup", "sources-one.toml", "one.duckdb"),
        ("small", "sources-small.toml", "small.duckdb"),
        ("full", "sources.toml", "full.duckdb"),
        ("rerun", "sources.toml", "full.duckdb"),
    )
    for name, sources, db in plan:
        runs[name] = run_pantau(root / sources, tmp / db, host, env, base_url)
        print(
            f"  pantau {name}: {runs[name]['seconds']:.2f} s ({runs[name]['summary']}), "
            f"load {runs[name]['load']}",
            flush=True,
        )
        if name == "full":
            runs["full"]["stored"] = db_counts(tmp / db)
    small_pages = runs["small"]["requests"]["page"]
    full_pages = runs["full"]["requests"]["page"]
    # Each run's own start-up (to its first feed request, seen by the server) is taken out
    # first, because it varies by seconds with the machine's load; the difference of the two
    # runs then also removes the other fixed costs (pool start, final write, shut-down).
    full_work = runs["full"]["seconds"] - runs["full"]["to_first_feed_s"]
    small_work = runs["small"]["seconds"] - runs["small"]["to_first_feed_s"]
    runs["steady_pages_per_s"] = (full_pages - small_pages) / (full_work - small_work)
    runs["steady_two_point_raw_pages_per_s"] = (full_pages - small_pages) / (
        runs["full"]["seconds"] - runs["small"]["seconds"]
    )
    runs["full_after_first_feed_pages_per_s"] = full_pages / full_work
    runs["overall_pages_per_s"] = full_pages / runs["full"]["seconds"]
    runs["rerun_after_first_feed_s"] = runs["rerun"]["seconds"] - runs["rerun"]["to_first_feed_s"]
    runs["startup_after_first_feed_s"] = (
        runs["startup"]["seconds"] - runs["startup"]["to_first_feed_s"]
    )
    # Both runs pay the same Prefect start before their first feed request and the same
    # finish after their last one; the difference of the parts after the first feed request
    # is what the 50 unchanged feeds cost beyond one feed with one page.
    runs["rerun_beyond_startup_s"] = (
        runs["rerun_after_first_feed_s"] - runs["startup_after_first_feed_s"]
    )
    runs["rerun_minus_startup_raw_s"] = runs["rerun"]["seconds"] - runs["startup"]["seconds"]
    return runs


def ratios(report: dict[str, Any]) -> dict[str, float]:
    """The target ratios."""
    steady = report["pantau"]["steady_pages_per_s"]
    out = {
        "e2e_vs_trafilatura_limit": steady / report["limit"]["trafilatura"]["pages_per_s"],
        "e2e_vs_extract_page_limit": steady / report["limit"]["extract_page"]["pages_per_s"],
    }
    for name, peer in report.get("peers", {}).items():
        out[f"e2e_vs_{name}"] = steady / peer["pages_per_s"]
    return out


def print_table(r: dict[str, Any]) -> None:
    """The human-readable table."""
    p = r["pantau"]
    rows = [
        (
            "replay server (load test, 16 conns)",
            f"{r['server_load_test']['requests_per_s']:.0f} req/s",
            "",
        ),
        *(
            (f"limit: {k} in {r['cores']}-process pool", f"{v['pages_per_s']:.1f} pages/s", "")
            for k, v in r["limit"].items()
        ),
        (
            "pantau run, steady",
            f"{p['steady_pages_per_s']:.1f} pages/s",
            f"{r['ratios']['e2e_vs_trafilatura_limit']:.2f} x trafilatura limit (target >= 0.8)",
        ),
        (
            "pantau run, overall incl. start-up",
            f"{p['overall_pages_per_s']:.1f} pages/s",
            f"{p['full']['seconds']:.1f} s for {p['full']['requests']['page']} pages",
        ),
        (
            "pantau run, after first feed request",
            f"{p['full_after_first_feed_pages_per_s']:.1f} pages/s",
            f"{p['full']['seconds'] - p['full']['to_first_feed_s']:.1f} s",
        ),
        (
            "pantau start-up (1 feed, 1 page)",
            f"{p['startup']['seconds']:.2f} s",
            f"first feed request at {p['startup']['to_first_feed_s']:.2f} s; cold first start "
            f"{p['cold_first_start']['seconds']:.1f} s",
        ),
        (
            "unchanged rerun beyond start-up",
            f"{p['rerun_beyond_startup_s']:.2f} s",
            f"target < 2 s; {p['rerun']['seconds']:.2f} s wall, "
            f"{p['rerun_after_first_feed_s']:.2f} s after its first feed request; "
            f"raw wall difference {p['rerun_minus_startup_raw_s']:.2f} s; "
            f"{p['rerun']['requests'].get('not_modified', 0)}/{p['rerun']['requests']['feed']} "
            "feeds answered 304",
        ),
        (
            "peak RSS, pantau run process tree",
            f"{p['full']['peak_tree_rss_mb']:.0f} MB",
            f"largest single process {p['full']['max_single_rss_mb']:.0f} MB (target < 500)",
        ),
    ]
    for name, peer in r.get("peers", {}).items():
        rows.append(
            (
                f"peer: {name}",
                f"{peer['pages_per_s']:.1f} pages/s",
                f"pantau {r['ratios'][f'e2e_vs_{name}']:.1f} x; {peer['with_text']}/"
                f"{peer['pages']} with text",
            )
        )
    width = max(len(a) for a, _, _ in rows)
    print(
        f"\n{r['tree']}: N = {r['articles']} articles, {r['feeds']} feeds, "
        f"mean page {r['page_kb_mean']:.0f} KB, load {r['load_start']} -> {r['load_end']}"
    )
    for a, b, c in rows:
        print(f"{a:<{width}}  {b:>14}  {c}")


if __name__ == "__main__":
    sys.exit(main())
