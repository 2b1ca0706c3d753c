"""Shared fixtures: Prefect's test harness, local sites, temporary databases."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def wl() -> Watchlist:
    """The shipped watchlist, loaded once: it is frozen, so every test may share it."""
    return load_watchlist(default_watchlist_path())


Pair = tuple[str | None, str | None]


def transfer_pair(wl: Watchlist, title: str, text: str = "") -> Pair:
    """The verdict's supplier and recipient codes; the story must tell of a transfer."""
    v = classify(title, text, wl)
    assert v.arms_supply, (v.rule, v.score)
    return v.supplier, v.recipient


def alert_pair(wl: Watchlist, title: str, text: str = "") -> Pair:
    """The verdict's supplier and recipient codes; the story must be an alert."""
    v = classify(title, text, wl)
    assert v.alert and v.arms_supply, (v.rule, v.score)
    return v.supplier, v.recipient


def require_corpus(corpus: Path = CORPUS) -> Path:
    """The shared corpus folder; without it skip saying why, or fail under CI=true."""
    if not corpus.is_dir():
        reason = f"real outlet corpus not found at {corpus} (../shared is absent)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; under CI=true the real-text tests must run")
        pytest.skip(reason)
    return corpus


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def prefect_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Prefect server database migrated once for the session (see seed_prefect_home)."""
    home = tmp_path_factory.mktemp("prefect-db")
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
    subprocess.run(
        [sys.executable, "-m", "prefect", "server", "database", "upgrade", "-y"],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return home / "prefect.db"


def seed_prefect_home(home: Path, prefect_db: Path) -> Path:
    """Give a local Prefect server's fresh home its own copy of the migrated database.

    Every server would otherwise run all of Prefect's migrations on start (~13 s here).
    """
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(prefect_db, home / "prefect.db")
    return home


@pytest.fixture
def site() -> Iterator[str]:
    """The small test site of tests/fixtures/site, served on 127.0.0.1."""
    from connectors.replay import replay_site

    with replay_site(FIXTURES / "site") as base_url:
        yield base_url


@pytest.fixture
def site_sources(site: str, tmp_path: Path) -> Path:
    """The test site's sources file with its real base URL."""
    text = (FIXTURES / "site" / "sources.toml").read_text(encoding="utf-8")
    path = tmp_path / "sources.toml"
    path.write_text(text.replace("__BASE__", site), encoding="utf-8")
    return path
