"""URL normalisation and the stable article id derived from it."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "_ga", "ref_src")
_TRACKING_KEYS = {"fbclid", "gclid", "ref", "src", "amp", "from", "mc_cid", "mc_eid"}
_DEFAULT_PORTS = {"http": 80, "https": 443}


def absolute_http_url(link: str | None, base: str) -> str | None:
    """Resolve `link` against `base`; None unless the result is an http(s) URL with a host."""
    if not link or not link.strip():
        return None
    resolved = urljoin(base, link.strip())
    parts = urlsplit(resolved)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return resolved


def normalize_url(url: str) -> str:
    """Lowercase scheme and host, drop default port, fragment and tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _TRACKING_KEYS and not key.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit(
        (
            "https" if scheme in ("http", "https") else scheme,
            netloc,
            path,
            urlencode(sorted(query)),
            "",
        )
    )


def article_id(url: str) -> str:
    """A stable id for the article at `url`: 16 hex digits of the normalised URL's SHA-1."""
    return hashlib.sha1(normalize_url(url).encode("utf-8")).hexdigest()[:16]
