"""The one HTTP client: polite per host, bounded in time and bytes, and safe about destinations.

Every call to `Fetcher.get` returns a FetchResult, never raises for a bad URL or server:
refused destinations (see connectors/safety.py), robots.txt, timeouts, size caps, redirect
loops and HTTP errors all become a recorded outcome saying whether a later try may succeed.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from connectors.body import (
    BodyRefused,
    charset_of,
    media_type,
    read_capped,
    refuse_content_type,
    sniff_challenge,
)
from connectors.robots import RobotsCache
from connectors.safety import (
    AllowList,
    ConnectTo,
    DestinationRefused,
    GuardedTransport,
    check_scheme,
)
from pantau.feed_guard import challenge_reason
from pantau.records import FetchRecord
from pantau.settings import FetchSettings

_REDIRECTS = {301, 302, 303, 307, 308}
_TRANSIENT_STATUS = {429, 502, 503, 504}
_CHALLENGE_STATUS = {403, 429, 503}
Kind = Literal["feed", "page"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetch outcome, with the body and validators when there are some."""

    record: FetchRecord
    body: bytes | None = None
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    transient: bool = False  # a failure a later run may not meet again
    skipped: bool = False  # not attempted this run: run deadline, or the host asked to wait
    retry_after: float | None = None
    challenged: bool = False  # a WAF or bot challenge page answered instead of a feed

    @property
    def ok(self) -> bool:
        """True when a 2xx body arrived."""
        return self.record.status == "ok" and self.body is not None


class FetchFailed(Exception):
    """One fetch failed for a reason worth recording; never escapes Fetcher.get."""

    def __init__(
        self,
        reason: str,
        http_status: int | None = None,
        transient: bool = False,
        *,
        retry_after: float | None = None,
        skipped: bool = False,
        retry_now: bool = True,
        challenged: bool = False,
    ):
        super().__init__(reason)
        self.http_status = http_status
        self.transient = transient
        self.retry_after = retry_after
        self.skipped = skipped
        self.retry_now = retry_now  # False: worth a later run, not another go in this one
        self.challenged = challenged


@dataclass(frozen=True, slots=True)
class _Request:
    """What to send besides the URL: GET by default, or a POST with a form body."""

    headers: dict[str, str]
    method: str = "GET"
    content: bytes | None = None


@dataclass(frozen=True, slots=True)
class _Answer:
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""


@dataclass(slots=True)
class _Host:
    """Politeness state of one host:port for this run."""

    slots: asyncio.Semaphore
    interval: float
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Fetcher:
    """Fetches URLs politely and within bounds; every call returns a FetchResult.

    `allow_hosts` lists HOST[:PORT] entries that may resolve to private addresses. A
    `transport` given by the caller (tests) replaces the guarded one and is trusted as is.
    """

    def __init__(
        self,
        settings: FetchSettings,
        *,
        allow_hosts: Iterable[str] = (),
        transport: httpx.AsyncBaseTransport | None = None,
        retries: int | None = None,
    ) -> None:
        self._settings = settings
        self._retries = settings.retries if retries is None else retries
        self._run_ends = time.monotonic() + settings.run_deadline
        self._hosts: dict[str, _Host] = {}
        # (source_id, host) pairs whose server asked to wait longer than the run allows.
        self._held: dict[tuple[str, str], tuple[float, str]] = {}
        self._connections = asyncio.Semaphore(settings.max_connections)
        self._robots = RobotsCache(self._fetch_robots)
        limits = httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_connections,
        )
        self._client = httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(
                settings.read_timeout,
                connect=settings.connect_timeout,
                pool=settings.request_deadline,
            ),
            follow_redirects=False,
            trust_env=False,
            transport=transport
            or GuardedTransport(
                AllowList.parse(allow_hosts), limits, ConnectTo.parse(settings.connect_to)
            ),
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._robots.close()
        await self._client.aclose()

    @property
    def past_deadline(self) -> bool:
        """True once the run's deadline has passed: no new fetch starts."""
        return time.monotonic() >= self._run_ends

    def time_left(self) -> float:
        """Seconds until the run's deadline."""
        return self._run_ends - time.monotonic()

    async def get(
        self,
        url: str,
        *,
        source_id: str,
        kind: Kind,
        headers: dict[str, str] | None = None,
    ) -> FetchResult:
        """Fetch `url`, following redirects ourselves, retrying transient failures."""
        return await self._send(url, source_id, kind, _Request(headers or {}))

    async def post_form(self, url: str, form: bytes, *, source_id: str) -> FetchResult:
        """POST a url-encoded form (an API call such as link decoding), robots.txt honoured."""
        headers = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
        return await self._send(url, source_id, "feed", _Request(headers, "POST", form))

    async def _send(self, url: str, source_id: str, kind: Kind, request: _Request) -> FetchResult:
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        try:
            answer = await self._get(url, kind, request, source_id)
        except FetchFailed as failure:
            record = FetchRecord(
                source_id=source_id,
                url=url,
                status="error",
                fetched_at=fetched_at,
                elapsed_ms=_ms_since(started),
                http_status=failure.http_status,
                error=str(failure)[:500],
                kind=kind,
            )
            return FetchResult(
                record=record,
                transient=failure.transient,
                skipped=failure.skipped,
                retry_after=failure.retry_after,
                challenged=failure.challenged,
            )
        status: Literal["ok", "not_modified"] = "not_modified" if answer.status == 304 else "ok"
        record = FetchRecord(
            source_id=source_id,
            url=url,
            status=status,
            fetched_at=fetched_at,
            elapsed_ms=_ms_since(started),
            http_status=answer.status,
            final_url=answer.final_url,
            kind=kind,
        )
        content_type = answer.headers.get("content-type")
        return FetchResult(
            record=record,
            body=answer.body if status == "ok" else None,
            content_type=media_type(content_type),
            charset=charset_of(content_type),
            etag=answer.headers.get("etag"),
            last_modified=answer.headers.get("last-modified"),
        )

    async def _get(self, url: str, kind: Kind, request: _Request, source_id: str) -> _Answer:
        try:
            check_scheme(url)
            if self.past_deadline:
                raise FetchFailed("skipped: the run's deadline was reached", skipped=True)
            host = self._host(url)
            until, why = self._held.get((source_id, urlsplit(url).netloc.lower()), (0.0, ""))
            if until > time.monotonic():
                raise FetchFailed(why, transient=True, skipped=True)
            if kind == "page" or request.method == "POST":  # pages and API calls, not feeds
                await self._check_robots(url, host)
            return await self._with_retries(url, kind, request, host, source_id)
        except DestinationRefused as exc:
            raise FetchFailed(f"refused: {exc}") from None
        except FetchFailed:
            raise
        except Exception as exc:  # a hostile URL or server must cost one fetch, not the run
            raise FetchFailed(f"unexpected {type(exc).__name__}: {exc}"[:300]) from exc

    async def _with_retries(
        self, url: str, kind: Kind, request: _Request, host: _Host, source_id: str
    ) -> _Answer:
        attempt = 0
        while True:
            try:
                return await self._follow(url, request, kind, self._settings.max_bytes)
            except FetchFailed as failure:
                if not failure.transient or failure.skipped or not failure.retry_now:
                    raise
                wait = failure.retry_after
                if wait is not None and wait > min(
                    self._settings.max_retry_after, self.time_left()
                ):
                    reason = (
                        f"{failure}: the server asks to wait {wait:.0f} s (Retry-After),"
                        " more than this run allows; skipped this run"
                    )
                    netloc = urlsplit(url).netloc.lower()
                    self._held[(source_id, netloc)] = (
                        time.monotonic() + wait,
                        f"skipped: {netloc} asked source {source_id} to wait {wait:.0f} s",
                    )
                    raise FetchFailed(reason, failure.http_status, True, retry_after=wait) from None
                if attempt >= self._retries:
                    raise
                if wait is None:
                    wait = _backoff(attempt, self._settings)
                else:
                    host.next_start = max(host.next_start, time.monotonic() + wait)
                    wait = 0.0  # the host's pacing now holds every request to it back
                if wait > self.time_left():
                    raise
                attempt += 1
                await asyncio.sleep(wait)

    async def _follow(self, url: str, request: _Request, kind: str, cap: int) -> _Answer:
        current = url
        seen = {url}
        deadline: float | None = None
        for _ in range(self._settings.max_redirects + 1):
            check_scheme(current)
            host = self._host(current)
            async with self._slot(host):
                if self.past_deadline:  # waited for the host past the run's end
                    raise FetchFailed("skipped: the run's deadline was reached", skipped=True)
                loop = asyncio.get_running_loop()
                if deadline is None:
                    budget = min(self._settings.request_deadline, max(self.time_left(), 1.0))
                    deadline = loop.time() + budget
                try:
                    async with asyncio.timeout_at(deadline):
                        answer = await self._fetch_once(current, request, kind, cap)
                except TimeoutError:
                    raise FetchFailed(
                        f"no complete answer within {self._settings.request_deadline:.0f} s",
                        transient=True,
                        skipped=self.past_deadline,
                        retry_now=False,  # a server this slow will be as slow again
                    ) from None
            location = answer.headers.get("location")
            if answer.status in _REDIRECTS and location:
                current = urljoin(current, location.strip())
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchFailed(f"redirect to a non-http URL: {current[:200]}")
                if current in seen:
                    raise FetchFailed(f"redirect loop at {current[:200]}")
                seen.add(current)
                if request.method != "GET":  # a redirected form is not re-sent
                    request = _Request({}, "GET")
                continue
            return answer
        raise FetchFailed(f"more than {self._settings.max_redirects} redirects")

    async def _fetch_once(self, url: str, request: _Request, kind: str, cap: int) -> _Answer:
        try:
            async with self._client.stream(
                request.method, url, headers=request.headers, content=request.content
            ) as response:
                status = response.status_code
                if status in _REDIRECTS or status == 304:
                    return _Answer(url, status, response.headers)
                if kind == "feed" and status in _CHALLENGE_STATUS:
                    why = await sniff_challenge(response, status)
                    if why:
                        # Solving it is not ours to do: no retry this run; the feed backs off.
                        raise FetchFailed(why, http_status=status, challenged=True)
                if status >= 400:
                    retry_after = None
                    if status in (429, 503):
                        retry_after = parse_retry_after(response.headers.get("retry-after"))
                    raise FetchFailed(
                        f"HTTP {status}",
                        http_status=status,
                        transient=status in _TRANSIENT_STATUS,
                        retry_after=retry_after,
                    )
                if kind != "robots":
                    why = refuse_content_type(
                        media_type(response.headers.get("content-type")), page=kind == "page"
                    )
                    if why:
                        raise FetchFailed(why, http_status=status)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise FetchFailed(
                        f"body of {declared} bytes exceeds the {cap}-byte cap", http_status=status
                    )
                try:
                    body = await read_capped(
                        response.aiter_raw(), response.headers.get("content-encoding"), cap
                    )
                except BodyRefused as exc:
                    raise FetchFailed(str(exc), http_status=status) from None
                if kind == "feed":
                    content_type = media_type(response.headers.get("content-type"))
                    why = challenge_reason(status, content_type, body)
                    if why:
                        raise FetchFailed(why, http_status=status, challenged=True)
                return _Answer(url, status, response.headers, body)
        except httpx.TimeoutException as exc:
            raise FetchFailed(f"timed out ({type(exc).__name__})", transient=True) from exc
        except httpx.TransportError as exc:
            raise FetchFailed(_transport_reason(exc), transient=True) from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(f"HTTP error: {exc}") from exc

    @asynccontextmanager
    async def _slot(self, host: _Host) -> AsyncIterator[None]:
        """Hold one of the host's connections, starting no sooner than its interval allows."""
        async with host.slots:
            async with host.lock:
                wait = host.next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_start = time.monotonic() + host.interval
            async with self._connections:
                yield

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        host = self._hosts.get(key)
        if host is None:
            host = _Host(
                asyncio.Semaphore(self._settings.max_per_host), self._settings.min_host_interval
            )
            self._hosts[key] = host
        return host

    async def _check_robots(self, url: str, host: _Host) -> None:
        rules = await self._robots.rules(url)
        if not rules.allows(url):
            if rules.parser is None:
                raise FetchFailed(
                    f"{rules.reason}: the site's pages wait for a later run", transient=True
                )
            raise FetchFailed("disallowed by robots.txt")
        delay = rules.crawl_delay()
        if delay is not None:
            host.interval = max(host.interval, min(delay, self._settings.max_crawl_delay))

    async def _fetch_robots(self, url: str) -> tuple[int | None, bytes | None]:
        try:
            answer = await self._follow(
                url, _Request({}), "robots", self._settings.max_robots_bytes
            )
        except DestinationRefused:
            # The page fetch will be refused itself, with the clearer reason.
            return 404, None
        except FetchFailed as failure:
            return failure.http_status, None
        except Exception:  # an odd robots.txt server must not take the pages with it
            return None, None
        return answer.status, answer.body


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _backoff(attempt: int, settings: FetchSettings) -> float:
    """Exponential backoff with jitter: half fixed, half random, capped."""
    ceiling = min(settings.backoff_cap, settings.backoff_base * 2.0**attempt)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _transport_reason(exc: httpx.TransportError) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"
