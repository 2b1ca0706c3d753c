"""Settings, built once at the CLI or flow entry from options and the environment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pantau import __version__
from pantau.errors import ConfigError

PROJECT_URL = "https://github.com/pantau-news/pantau"
USER_AGENT = f"Pantau/{__version__} (+{PROJECT_URL}; news monitoring)"
REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
DEFAULT_DB = Path("data/pantau.duckdb")
DEFAULT_SOURCES = SEEDS_DIR / "sources.toml"
DEFAULT_WATCHLIST = SEEDS_DIR / "watchlist.toml"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits of the shared HTTP client and of one run; times are in seconds."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    # Wall time of one request, redirects included: a server dripping bytes cannot hold a run.
    request_deadline: float = 45.0
    # After this many seconds a run starts no new fetch; what is left waits for the next run.
    run_deadline: float = 600.0
    max_connections: int = 32
    max_per_host: int = 4
    min_host_interval: float = 0.5
    max_crawl_delay: float = 30.0
    max_redirects: int = 5
    # Caps both the bytes on the wire and the bytes after gzip/deflate decoding.
    max_bytes: int = 10 * 1024 * 1024
    max_robots_bytes: int = 512 * 1024
    max_items_per_feed: int = 200
    retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    # A Retry-After longer than this (or than the run has left) skips the host for the run.
    max_retry_after: float = 60.0
    page_attempts: int = 3
    page_retry_delay: float = 1800.0
    source_backoff_base: float = 900.0
    source_backoff_cap: float = 86400.0
    # How long a write waits for the warehouse before the run lands in the spool beside it:
    # well inside a 15-minute schedule, and longer than any of Pantau's own short writes.
    warehouse_wait: float = 10.0
    # HOST:PORT:TARGET-HOST:TARGET-PORT entries: fetch a URL's host:port from another one,
    # keeping the URL (curl's --connect-to). The demo serves its fixed URLs from any free port.
    connect_to: tuple[str, ...] = ()
    # Publish the readers' copy (data/pantau-read.duckdb) after a run that stored something.
    publish_copy: bool = True


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


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """Chat channels (Apprise URLs and config file) and the workbench address for links."""

    # Apprise URLs carry tokens: kept out of repr so they never reach a log or traceback.
    urls: str = field(default="", repr=False)
    config_path: Path | None = None
    web_url: str | None = None

    @property
    def configured(self) -> bool:
        """Whether any channel is configured at all."""
        return bool(self.urls.strip()) or self.config_path is not None


def resolve_web_url(env: Mapping[str, str]) -> str | None:
    """PANTAU_WEB_URL without its trailing slash; None when unset; ConfigError if not http(s)."""
    raw = env.get("PANTAU_WEB_URL", "").strip().rstrip("/")
    if not raw:
        return None
    if not raw.startswith(("http://", "https://")) or any(c.isspace() for c in raw):
        raise ConfigError(f"PANTAU_WEB_URL: {raw!r} is not an http(s) address")
    return raw


def notify_settings_from_env(env: Mapping[str, str]) -> NotifySettings:
    """Read PANTAU_NOTIFY_URLS, PANTAU_NOTIFY_CONFIG and PANTAU_WEB_URL."""
    config_raw = env.get("PANTAU_NOTIFY_CONFIG", "").strip()
    config_path = Path(config_raw) if config_raw else None
    if config_path is not None and not config_path.is_file():
        raise ConfigError(f"PANTAU_NOTIFY_CONFIG: no file at {config_path}")
    return NotifySettings(
        urls=env.get("PANTAU_NOTIFY_URLS", "").strip(),
        config_path=config_path,
        web_url=resolve_web_url(env),
    )
