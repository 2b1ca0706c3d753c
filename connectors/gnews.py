"""Decode a Google News search feed's article links to the publishers' URLs.

Two requests per batch, both through Pantau's one HTTP client (politeness, robots for the
article pages, size caps, destination safety): each link's article page for its signature,
then one batchexecute POST for every signed link of the feed. A link that cannot be decoded
is left out of this run and counted, and comes back with the feed next run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace

from connectors.http import Fetcher
from pantau.gnews import (
    Signed,
    batch_request,
    batch_url,
    google_link,
    parse_batch_response,
    parse_signature,
    signature_page,
)
from pantau.records import FeedEntry, Source

# Google answers a burst of signature pages with a CAPTCHA; a feed's newest links first.
MAX_DECODES_PER_FEED = 40


@dataclass(frozen=True, slots=True)
class Decoded:
    """A search feed's entries with publisher URLs, and what could not be decoded."""

    entries: tuple[FeedEntry, ...]
    links: tuple[tuple[str, str], ...] = ()  # (Google link, publisher URL) decoded now
    failed: int = 0
    error: str | None = None


async def decode_entries(
    fetcher: Fetcher,
    source: Source,
    feed_url: str,
    entries: Sequence[FeedEntry],
    *,
    known: frozenset[str] = frozenset(),
    limit: int = MAX_DECODES_PER_FEED,
) -> Decoded:
    """Replace each Google article link by the publisher's URL; other links pass as they are.

    `known` holds Google links decoded in earlier runs (their articles are stored), which
    are dropped without a request.
    """
    kept: list[FeedEntry] = []
    pending: list[tuple[FeedEntry, str]] = []
    for entry in entries:
        link = google_link(entry.url, feed_url)
        if link is None:
            kept.append(entry)
        elif entry.url not in known:
            pending.append((entry, signature_page(link)))
    pending = pending[:limit]
    if not pending:
        return Decoded(tuple(kept))
    pages = await asyncio.gather(
        *(fetcher.get(page, source_id=source.id, kind="page") for _, page in pending)
    )
    signed: list[tuple[FeedEntry, Signed]] = []
    reasons: list[str] = []
    links: list[tuple[str, str]] = []
    for (entry, _), result in zip(pending, pages, strict=True):
        link = google_link(entry.url, feed_url)
        found = None
        if result.ok and result.body is not None and link is not None:
            found = parse_signature(link, result.body.decode("utf-8", errors="replace"))
        if found is None:
            reasons.append(result.record.error or "the article page has no signature")
        else:
            signed.append((entry, found))
    if signed:
        urls, why = await _batch(fetcher, source, [s for _, s in signed])
        for (entry, _), url in zip(signed, urls, strict=True):
            if url is None:
                reasons.append(why or "Google gave no URL for the link")
            else:
                kept.append(replace(entry, url=url))
                links.append((entry.url, url))
    error = None
    if reasons:
        error = f"{len(reasons)} of {len(pending)} Google News links not decoded: {reasons[0]}"
    return Decoded(tuple(kept), tuple(links), len(reasons), error)


async def _batch(
    fetcher: Fetcher, source: Source, signed: list[Signed]
) -> tuple[list[str | None], str | None]:
    origin = signed[0].link.origin
    result = await fetcher.post_form(batch_url(origin), batch_request(signed), source_id=source.id)
    if not result.ok or result.body is None:
        return [None] * len(signed), result.record.error or "the decoding request failed"
    urls = parse_batch_response(result.body.decode("utf-8", errors="replace"), len(signed))
    return urls, None if any(urls) else "the decoding answer held no URL"
