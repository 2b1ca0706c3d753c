"""Run `pantau web` as a real second process for browser tests, and drive Debian's Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pantau_web(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start `pantau web ARGS` in its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "pantau", "web", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PANTAU_REVIEWER": "analis-uji", **(env or {})},
    )


@contextmanager
def running_web(db: Path, *extra: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """`pantau web` over `db` on a free port until the block ends; yields its base URL."""
    port = free_port()
    process = pantau_web("--db", str(db), "--port", str(port), *extra, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(
                    f"pantau web exited: {process.stderr.read() if process.stderr else ''}"
                )
            try:
                with urllib.request.urlopen(base + "/static/app.css", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    raise AssertionError("pantau web did not answer within 60 s") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def require_chromium() -> None:
    """Skip when Debian's Chromium is missing (`.ci/run` installs it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed: apt-get install -y chromium")
