"""Decode a Google News search feed's article links to the publishers' URLs.

An article id minted before mid-2024 carries the URL itself and is decoded without a
request. A newer one takes two requests, both through Pantau's one HTTP client (politeness,
robots.txt for the article pages, size caps, destination safety): the link's article page
for its signature, then one batchexecute POST for every signed link of the feed.

When robots.txt refuses the article pages or the decoding endpoint (news.google.com's refused
both to every user agent in 2026), the link is kept as it is: the page stage meets the same
refusal, and the article is stored from the feed's headline and summary, judged like any
other. A link that failed for another reason is left out of this run and comes back with
the feed next run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace

from connectors.http import Fetcher
from pantau.gnews import (
    GoogleLink,
    Signed,
    batch_request,
    batch_url,
    google_link,
    offline_url,
    parse_batch_response,
    parse_signature,
    signature_page,
)
from pantau.records import FeedEntry, Source

# Google answers a burst of signature pages with a CAPTCHA; a feed's newest links first.
MAX_DECODES_PER_FEED = 40
ROBOTS_REFUSAL = "disallowed by robots.txt"


@dataclass(frozen=True, slots=True)
class Decoded:
    """A search feed's entries with publisher URLs, and what could not be decoded."""

    entries: tuple[FeedEntry, ...]
    links: tuple[tuple[str, str], ...] = ()  # (Google link, publisher URL) decoded now
    failed: int = 0  # links left out of this run
    kept: int = 0  # links kept undecoded because robots.txt refuses Google's article pages
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
    out: list[FeedEntry] = []
    links: list[tuple[str, str]] = []
    pending: list[tuple[FeedEntry, GoogleLink]] = []
    for entry in entries:
        link = google_link(entry.url, feed_url)
        if link is None:
            out.append(entry)
        elif entry.url in known:
            continue
        elif (url := offline_url(link)) is not None:
            out.append(replace(entry, url=url))
            links.append((entry.url, url))
        else:
            pending.append((entry, link))
    pending = pending[:limit]
    if not pending:
        return Decoded(tuple(out), tuple(links))
    pages = await asyncio.gather(
        *(
            fetcher.get(signature_page(link), source_id=source.id, kind="page")
            for _, link in pending
        )
    )
    signed: list[tuple[FeedEntry, Signed]] = []
    reasons: list[str] = []
    kept = 0
    for (entry, link), result in zip(pending, pages, strict=True):
        found = None
        if result.ok and result.body is not None:
            found = parse_signature(link, result.body.decode("utf-8", errors="replace"))
        if found is not None:
            signed.append((entry, found))
        elif (result.record.error or "").startswith(ROBOTS_REFUSAL):
            out.append(entry)  # judged from its headline; see the module's docstring
            kept += 1
        else:
            reasons.append(result.record.error or "the article page has no signature")
    if signed:
        urls, why = await _batch(fetcher, source, [s for _, s in signed])
        for (entry, _), url in zip(signed, urls, strict=True):
            if url is None and (why or "").startswith(ROBOTS_REFUSAL):
                out.append(entry)
                kept += 1
            elif url is None:
                reasons.append(why or "Google gave no URL for the link")
            else:
                out.append(replace(entry, url=url))
                links.append((entry.url, url))
    notes = []
    if kept:
        notes.append(
            f"{kept} Google News links kept undecoded ({ROBOTS_REFUSAL} on"
            f" {pending[0][1].origin}): judged from their headlines"
        )
    if reasons:
        notes.append(
            f"{len(reasons)} of {len(pending)} Google News links not decoded: {reasons[0]}"
        )
    return Decoded(tuple(out), tuple(links), len(reasons), kept, "; ".join(notes) or None)


async def _batch(
    fetcher: Fetcher, source: Source, signed: list[Signed]
) -> tuple[list[str | None], str | None]:
    origin = signed[0].link.origin
    result = await fetcher.post_form(batch_url(origin), batch_request(signed), source_id=source.id)
    if not result.ok or result.body is None:
        return [None] * len(signed), result.record.error or "the decoding request failed"
    urls = parse_batch_response(result.body.decode("utf-8", errors="replace"), len(signed))
    return urls, None if any(urls) else "the decoding answer held no URL"
