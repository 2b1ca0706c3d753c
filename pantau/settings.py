"""Settings, built once at the CLI or flow entry from options and the environment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pantau import __version__

PROJECT_URL = "https://github.com/pantau-news/pantau"
USER_AGENT = f"Pantau/{__version__} (+{PROJECT_URL}; news monitoring)"
REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
DEFAULT_DB = Path("data/pantau.duckdb")
DEFAULT_SOURCES = SEEDS_DIR / "sources.toml"
DEFAULT_WATCHLIST = SEEDS_DIR / "watchlist.toml"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits of the shared HTTP client."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_connections: int = 32
    max_per_host: int = 4
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024
    max_items_per_feed: int = 200


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything one Pantau command needs to know about where things are."""

    db_path: Path
    sources_path: Path = DEFAULT_SOURCES
    watchlist_path: Path = DEFAULT_WATCHLIST
    allow_hosts: tuple[str, ...] = ()
    fetch: FetchSettings = FetchSettings()


def resolve_db(option: Path | None, env: Mapping[str, str]) -> Path:
    """`--db` wins, then PANTAU_DB, then data/pantau.duckdb."""
    if option is not None:
        return option
    from_env = env.get("PANTAU_DB", "").strip()
    return Path(from_env) if from_env else DEFAULT_DB


def resolve_allow_hosts(options: list[str] | None, env: Mapping[str, str]) -> tuple[str, ...]:
    """`--allow-host` options plus PANTAU_ALLOW_HOSTS (comma-separated)."""
    hosts = [h.strip() for h in env.get("PANTAU_ALLOW_HOSTS", "").split(",") if h.strip()]
    hosts.extend(options or [])
    return tuple(dict.fromkeys(hosts))
