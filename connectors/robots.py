"""robots.txt, fetched once per origin per run and cached (RFC 9309 semantics)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_AGENT = "Pantau"

RobotsFetch = Callable[[str], Awaitable[tuple[int | None, bytes | None]]]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The parsed robots.txt of one origin, or a blanket answer when there is none."""

    parser: Protego | None
    allow_all: bool
    reason: str = ""

    def allows(self, url: str) -> bool:
        """May Pantau fetch `url`?"""
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, ROBOTS_AGENT))

    def crawl_delay(self) -> float | None:
        """The Crawl-delay asked of Pantau (or of every agent), if any."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(ROBOTS_AGENT)
        return float(delay) if delay is not None else None


def rules_for(status: int | None, body: bytes | None) -> RobotsRules:
    """RFC 9309: 2xx is parsed, 4xx allows everything, 5xx or unreachable disallows all."""
    if status is not None and 200 <= status < 300 and body is not None:
        text = body.decode("utf-8", errors="replace")
        return RobotsRules(Protego.parse(text), allow_all=True)
    if status is not None and 400 <= status < 500:
        return RobotsRules(None, allow_all=True)
    return RobotsRules(None, allow_all=False, reason="robots.txt unreachable")


class RobotsCache:
    """One robots.txt fetch per origin, shared by every concurrent request to it."""

    def __init__(self, fetch: RobotsFetch) -> None:
        self._fetch = fetch
        self._rules: dict[str, asyncio.Task[RobotsRules]] = {}

    async def rules(self, url: str) -> RobotsRules:
        """The rules of `url`'s origin, fetching them on first use."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        task = self._rules.get(origin)
        if task is None:
            task = asyncio.ensure_future(self._load(origin))
            self._rules[origin] = task
        return await asyncio.shield(task)

    async def _load(self, origin: str) -> RobotsRules:
        status, body = await self._fetch(f"{origin}/robots.txt")
        return rules_for(status, body)

    def close(self) -> None:
        """Cancel fetches still running (the run is ending)."""
        for task in self._rules.values():
            task.cancel()
