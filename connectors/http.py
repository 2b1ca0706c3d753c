"""The one HTTP client: timeouts, size cap, redirect limit, per-host concurrency, outcomes."""

from __future__ import annotations

import asyncio
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from pantau.records import FetchRecord
from pantau.settings import FetchSettings

_REDIRECTS = {301, 302, 303, 307, 308}
_TRANSIENT_STATUS = {502, 503, 504}


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetch outcome, with the body when there is one."""

    record: FetchRecord
    body: bytes | None = None
    content_type: str | None = None
    charset: str | None = None

    @property
    def ok(self) -> bool:
        """True when a 2xx body arrived."""
        return self.record.status == "ok" and self.body is not None


class FetchFailed(Exception):
    """One fetch failed for a reason worth recording; never escapes Fetcher.get."""

    def __init__(self, reason: str, http_status: int | None = None, transient: bool = False):
        super().__init__(reason)
        self.http_status = http_status
        self.transient = transient


class Fetcher:
    """Fetches URLs politely and within bounds; every call returns a FetchResult."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retries: int = 1,
    ) -> None:
        self._settings = settings
        self._retries = retries
        self._host_slots: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.max_per_host)
        )
        self._client = httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            limits=httpx.Limits(
                max_connections=settings.max_connections,
                max_keepalive_connections=settings.max_connections,
            ),
            follow_redirects=False,
            transport=transport,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        source_id: str,
        kind: Literal["feed", "page"],
        headers: dict[str, str] | None = None,
    ) -> FetchResult:
        """Fetch `url`, following redirects ourselves, retrying transient failures."""
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        attempt = 0
        while True:
            try:
                final_url, response, body = await self._fetch_following(url, headers or {})
            except FetchFailed as failure:
                if failure.transient and attempt < self._retries:
                    attempt += 1
                    await asyncio.sleep(min(8.0, 0.5 * 2**attempt) * random.uniform(0.5, 1.5))
                    continue
                record = FetchRecord(
                    source_id=source_id,
                    url=url,
                    status="error",
                    fetched_at=fetched_at,
                    elapsed_ms=_ms_since(started),
                    http_status=failure.http_status,
                    error=str(failure),
                    kind=kind,
                )
                return FetchResult(record=record)
            status: Literal["ok", "not_modified"] = (
                "not_modified" if response.status_code == 304 else "ok"
            )
            record = FetchRecord(
                source_id=source_id,
                url=url,
                status=status,
                fetched_at=fetched_at,
                elapsed_ms=_ms_since(started),
                http_status=response.status_code,
                final_url=final_url,
                kind=kind,
            )
            content_type = response.headers.get("content-type")
            return FetchResult(
                record=record,
                body=body if status == "ok" else None,
                content_type=content_type.split(";")[0].strip().lower() if content_type else None,
                charset=response.charset_encoding,
            )

    async def _fetch_following(
        self, url: str, headers: dict[str, str]
    ) -> tuple[str, httpx.Response, bytes]:
        current = url
        for _ in range(self._settings.max_redirects + 1):
            response, body = await self._fetch_once(current, headers)
            if response.status_code in _REDIRECTS and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchFailed(f"redirect to a non-http URL: {current[:200]}")
                continue
            return current, response, body
        raise FetchFailed(f"more than {self._settings.max_redirects} redirects")

    async def _fetch_once(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        host = urlsplit(url).netloc.lower()
        async with self._host_slots[host]:
            try:
                async with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code in _REDIRECTS or response.status_code == 304:
                        return response, b""
                    if response.status_code >= 400:
                        raise FetchFailed(
                            f"HTTP {response.status_code}",
                            http_status=response.status_code,
                            transient=response.status_code in _TRANSIENT_STATUS,
                        )
                    body = await self._read_capped(response)
                    return response, body
            except httpx.TimeoutException as exc:
                raise FetchFailed(f"timed out ({type(exc).__name__})", transient=True) from exc
            except httpx.TransportError as exc:
                raise FetchFailed(_transport_reason(exc), transient=True) from exc
            except httpx.HTTPError as exc:
                raise FetchFailed(f"HTTP error: {exc}") from exc

    async def _read_capped(self, response: httpx.Response) -> bytes:
        cap = self._settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchFailed(
                f"body of {declared} bytes exceeds the {cap}-byte cap",
                http_status=response.status_code,
            )
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise FetchFailed(
                    f"body exceeds the {cap}-byte cap", http_status=response.status_code
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _transport_reason(exc: httpx.TransportError) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"
