"""The workbench's settings, built once at `pantau web` (or `pantau serve --web`)."""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pantau.errors import PantauError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470


class WebError(PantauError):
    """The workbench cannot start as asked (an unsafe bind, a bad option)."""


@dataclass(frozen=True, slots=True)
class WebConfig:
    """Where the warehouse is, who reviews, and the secrets that guard writes."""

    db: Path
    reviewer: str
    actor_names: Mapping[str, str]
    password: str | None = field(default=None, repr=False)
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    page_size: int = 50
    groups: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    read_wait: float = 2.0
    write_wait: float = 5.0


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the app on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, password: str | None) -> None:
    """Refuse a non-loopback bind unless a password guards every page."""
    if not is_loopback(host) and not password:
        raise WebError(
            f"refusing to serve on {host}: other machines could read and change reviews;"
            " set PANTAU_WEB_PASSWORD to require a login, or bind 127.0.0.1"
        )


def resolve_password(env: Mapping[str, str]) -> str | None:
    """PANTAU_WEB_PASSWORD, if set and not blank."""
    value = env.get("PANTAU_WEB_PASSWORD", "")
    return value if value.strip() else None


def resolve_reviewer(option: str | None, env: Mapping[str, str]) -> str:
    """`--reviewer`, else PANTAU_REVIEWER, else the login name, else "analyst"."""
    for value in (option, env.get("PANTAU_REVIEWER"), env.get("USER"), env.get("USERNAME")):
        if value and value.strip():
            return value.strip()
    return "analyst"
