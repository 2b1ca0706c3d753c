"""Chat channels through Apprise: the only module that imports it; tokens never leave it."""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import quote, unquote

from apprise import Apprise, AppriseAsset, AppriseConfig, NotifyFormat
from apprise.plugins.base import NotifyBase
from apprise.utils.parse import parse_urls as _parse_urls

from pantau.errors import ConfigError, DeliveryError
from pantau.notify import ChannelInfo, ChatMessage, cadences_of, channel_id
from pantau.settings import NotifySettings

with warnings.catch_warnings():
    # Apprise's e-mail plugin imports imghdr for PGPy; Python 3.11 deprecates imghdr, and
    # Apprise would import the plugin at the first URL, where the warning would escape.
    warnings.filterwarnings("ignore", "'imghdr' is deprecated", DeprecationWarning)
    import apprise.plugins.email.base  # noqa: F401

_APPRISE_LOGGER = logging.getLogger("apprise")
_TOKEN_SPLIT = re.compile(r"[/:@?&=#,;+ ]+")
MASK = "****"
# Schemes, host names and short lowercase words of native webhook URLs (https, hooks,
# services, hooks.slack.com): hidden by a private rendering, yet no secret.
_COMMON = re.compile(r"[a-z]{1,8}|[a-z0-9-]+(\.[a-z0-9-]+)+")
SEND_TIMEOUT = 30.0
"""Seconds one message may take, retries of the service included."""


class _Redactor(logging.Filter):
    """Masks every known channel secret in Apprise's log records before any handler runs."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secrets: Iterable[str]) -> None:
        with self._lock:
            self._secrets.update(s for s in secrets if s)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_REDACTOR = _Redactor()
# Apprise logs through one logger; the HTTP library under it logs each request line
# (a webhook's secret path included) at DEBUG.
for _name in ("apprise", "urllib3.connectionpool", "urllib3.util.retry"):
    logging.getLogger(_name).addFilter(_REDACTOR)


@contextmanager
def _quiet_apprise() -> Iterator[None]:
    """Silence Apprise while it parses URLs whose secrets are not yet known to the redactor."""
    before = _APPRISE_LOGGER.disabled
    _APPRISE_LOGGER.disabled = True
    try:
        yield
    finally:
        _APPRISE_LOGGER.disabled = before


def redact(text: str) -> str:
    """`text` with every secret of every channel loaded so far masked."""
    return _REDACTOR.redact(text)


def _url(service: NotifyBase, *, privacy: bool) -> str:
    """The service's URL, rendered privately (tokens masked) or in full."""
    return str(service.url(privacy=privacy))  # type: ignore[no-untyped-call]


def parse_urls(raw: str) -> list[str]:
    """Apprise URLs in a string, split the way Apprise itself splits them."""
    return [str(u) for u in _parse_urls(raw)]  # type: ignore[no-untyped-call]


def _secrets(full: str, private: str) -> set[str]:
    """Parts of a URL to keep out of logs: whatever its private rendering hides, and every
    longer word of its credentials, path and query (webhook URLs carry tokens in the path)."""
    shown = {unquote(t) for t in _TOKEN_SPLIT.split(private)}
    found: set[str] = set()
    for token in _TOKEN_SPLIT.split(full):
        plain = unquote(token)
        if len(plain) >= 3 and plain not in shown and not _COMMON.fullmatch(plain):
            found.update({token, plain, quote(plain, safe="")})
    rest = full.partition("://")[2]
    netloc, _, tail = rest.partition("/")
    userinfo = netloc.rpartition("@")[0]
    for token in _TOKEN_SPLIT.split(f"{userinfo}/{tail}"):
        plain = unquote(token)
        if len(plain) >= 6:
            found.update({token, plain, quote(plain, safe="")})
    return found


def channel_label(private_url: str, ident: str) -> str:
    """`json://user:****@127.0.0.1:8080 #3fa2c1d4`: scheme and masked host, then the id.

    The path and query are left out: Apprise shows a webhook's path even when it is secret.
    """
    scheme, _, rest = private_url.partition("://")
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return f"{scheme}://{netloc} #{ident[:8]}"


class ChatChannel:
    """One Apprise service with one cadence; sends one message at a time."""

    def __init__(self, service: NotifyBase, info: ChannelInfo) -> None:
        self.info = info
        self._apprise = Apprise()
        self._apprise.add(service)

    def send(self, message: ChatMessage) -> None:
        """Deliver one message; raise DeliveryError (one line, no secrets) unless delivered."""
        body_format = NotifyFormat.MARKDOWN if message.markdown else NotifyFormat.TEXT
        try:
            result = self._apprise.notify(
                body=message.body,
                title=message.title,
                body_format=body_format,
                timeout=SEND_TIMEOUT,
            )
        except Exception as exc:  # a plugin bug must not take other channels down
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise DeliveryError(redact(reason)) from None
        if not result:
            raise DeliveryError(redact(_reason(result)))


def _reason(result: object) -> str:
    """The first warning Apprise recorded for a failed send, else its status."""
    logs = getattr(result, "logs", None)
    if callable(logs):
        for entry in logs():
            if entry.level in ("WARNING", "ERROR", "CRITICAL"):
                return " ".join(str(entry.message).split()).rstrip(".")
    status = getattr(result, "status", None)
    return f"not delivered ({getattr(status, 'name', 'failed').lower()})"


def _info(service: NotifyBase, url: str, cadence: str) -> ChannelInfo:
    markdown = service.resolve_format(NotifyFormat.MARKDOWN) in (
        NotifyFormat.MARKDOWN,
        NotifyFormat.HTML,
    )
    ident = channel_id(url)
    return ChannelInfo(
        channel_id=ident,
        label=channel_label(_url(service, privacy=True), ident),
        cadence="daily" if cadence == "daily" else "instant",
        markdown=markdown,
    )


def _from_env(raw: str, asset: AppriseAsset) -> list[NotifyBase]:
    services = []
    for number, url in enumerate(parse_urls(raw), start=1):
        service = Apprise.instantiate(url, asset=asset)
        if service is None:
            scheme = url.partition("://")[0] if "://" in url else "?"
            raise ConfigError(
                f"PANTAU_NOTIFY_URLS: URL {number} ({scheme}://...) is not one Apprise can use"
            )
        _REDACTOR.add(_secrets(url, _url(service, privacy=True)))
        services.append(service)
    return services


def _from_config(path: str, asset: AppriseAsset) -> list[NotifyBase]:
    config = AppriseConfig(asset=asset)
    if not config.add(path):
        raise ConfigError(f"PANTAU_NOTIFY_CONFIG: {path} is not an Apprise configuration file")
    services = list(config.services())
    if not services:
        raise ConfigError(f"PANTAU_NOTIFY_CONFIG: no Apprise URL could be read from {path}")
    return services


def load_channels(settings: NotifySettings) -> list[ChatChannel]:
    """Every configured channel, once per cadence its tags ask for; ConfigError if unusable."""
    asset = AppriseAsset()
    with _quiet_apprise():
        services = _from_env(settings.urls, asset) if settings.urls.strip() else []
        if settings.config_path is not None:
            services.extend(_from_config(str(settings.config_path), asset))
    channels: dict[tuple[str, str], ChatChannel] = {}
    for service in services:
        full = _url(service, privacy=False)
        _REDACTOR.add(_secrets(full, _url(service, privacy=True)))
        for cadence in cadences_of(str(tag) for tag in service.tags):
            info = _info(service, full, cadence)
            channels.setdefault((info.channel_id, cadence), ChatChannel(service, info))
    return list(channels.values())
