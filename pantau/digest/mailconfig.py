"""Mail settings for digests, parsed once from an environment mapping at the edge."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formataddr, parseaddr
from pathlib import Path
from typing import Literal

from pantau.errors import ConfigError

Security = Literal["none", "starttls", "ssl"]
_DEFAULT_PORTS: dict[Security, int] = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True, slots=True)
class MailSettings:
    """Who digests come from and which mailboxes receive them (PANTAU_MAIL_*)."""

    sender: str
    recipients: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """How to reach the SMTP server (PANTAU_SMTP_*); the password never appears in repr."""

    host: str
    port: int
    security: Security = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: Path | None = None
    timeout: float = 30.0


def _mailbox(raw: str, variable: str) -> str:
    if any(ch in raw for ch in "\r\n\x00"):
        raise ConfigError(f"{variable}: an address may not contain line breaks")
    name, address = parseaddr(raw.strip())
    local, at, domain = address.rpartition("@")
    bad = any(ch.isspace() or ch in '<>(),;:"[]\\' for ch in address)
    if not at or not local or not domain or bad:
        raise ConfigError(f"{variable}: {raw.strip()!r} is not an email address")
    return formataddr((name, address)) if name else address


def mail_settings_from_env(env: Mapping[str, str]) -> MailSettings:
    """Read PANTAU_MAIL_FROM and PANTAU_MAIL_TO (comma-separated); raise ConfigError."""
    sender = env.get("PANTAU_MAIL_FROM", "").strip()
    if not sender:
        raise ConfigError("PANTAU_MAIL_FROM is not set (e.g. pantau@example.org)")
    to_raw = [part for part in env.get("PANTAU_MAIL_TO", "").split(",") if part.strip()]
    if not to_raw:
        raise ConfigError("PANTAU_MAIL_TO is not set (comma-separated addresses)")
    recipients = tuple(dict.fromkeys(_mailbox(part, "PANTAU_MAIL_TO") for part in to_raw))
    return MailSettings(sender=_mailbox(sender, "PANTAU_MAIL_FROM"), recipients=recipients)


def smtp_settings_from_env(env: Mapping[str, str]) -> SmtpSettings:
    """Read PANTAU_SMTP_HOST/PORT/USER/PASSWORD/SECURITY (and _CA_FILE); raise ConfigError."""
    host = env.get("PANTAU_SMTP_HOST", "").strip()
    if not host:
        raise ConfigError("PANTAU_SMTP_HOST is not set (or use --dry-run DIR)")
    security_raw = env.get("PANTAU_SMTP_SECURITY", "starttls").strip().lower() or "starttls"
    security = security_raw
    if security not in _DEFAULT_PORTS:
        raise ConfigError(f"PANTAU_SMTP_SECURITY: {security!r} is not one of none, starttls, ssl")
    port_raw = env.get("PANTAU_SMTP_PORT", "").strip()
    try:
        port = int(port_raw) if port_raw else _DEFAULT_PORTS[security]
    except ValueError:
        raise ConfigError(f"PANTAU_SMTP_PORT: {port_raw!r} is not a number") from None
    if not 0 < port < 65536:
        raise ConfigError(f"PANTAU_SMTP_PORT: {port} is out of range")
    user = env.get("PANTAU_SMTP_USER", "").strip() or None
    password = env.get("PANTAU_SMTP_PASSWORD") or None
    if password and not user:
        raise ConfigError("PANTAU_SMTP_PASSWORD is set but PANTAU_SMTP_USER is not")
    if user and not password:
        raise ConfigError("PANTAU_SMTP_USER is set but PANTAU_SMTP_PASSWORD is not")
    ca_raw = env.get("PANTAU_SMTP_CA_FILE", "").strip()
    ca_file = Path(ca_raw) if ca_raw else None
    if ca_file is not None and not ca_file.is_file():
        raise ConfigError(f"PANTAU_SMTP_CA_FILE: no file at {ca_file}")
    return SmtpSettings(
        host=host, port=port, security=security, user=user, password=password, ca_file=ca_file
    )


def ledger_key(mailbox: str) -> str:
    """The ledger's name for a mailbox: the bare address, lower-cased."""
    return parseaddr(mailbox)[1].strip().lower()
