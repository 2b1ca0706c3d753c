"""Typed, frozen records passed between Pantau's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Literal

WIB = timezone(timedelta(hours=7), "WIB")
"""Western Indonesia Time (Asia/Jakarta): UTC+7 all year, no daylight saving."""

FetchStatus = Literal["ok", "not_modified", "error"]
SourceKind = Literal["feed", "sitemap", "gnews"]
ExtractionMethod = Literal["trafilatura", "feed_summary", "none"]
MentionKind = Literal["actor", "item", "transfer", "denial", "negative"]
Field = Literal["title", "text"]
Stance = Literal["reported", "claimed", "denied", "offered", "planned", "intercepted"]


@dataclass(frozen=True, slots=True)
class Source:
    """One outlet feed, news sitemap or Google News search from seeds/sources.toml."""

    id: str
    name: str
    url: str
    kind: SourceKind = "feed"
    lang: str | None = None
    # A feed whose newest item is older than this is "silent" (gone quiet, not failing).
    max_silence_hours: int = 48
    query: str | None = None  # gnews: the search, from which `url` is built
    region: str | None = None  # gnews: the country edition (ID)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item listed by a feed: where the article is and what the feed says of it."""

    source_id: str
    url: str
    title: str | None = None
    summary: str | None = None
    published_at: datetime | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """The outcome of one HTTP fetch, stored in the `fetches` table."""

    source_id: str
    url: str
    status: FetchStatus
    fetched_at: datetime
    elapsed_ms: int
    http_status: int | None = None
    error: str | None = None
    final_url: str | None = None
    kind: Literal["feed", "page"] = "page"


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """An article page's bytes, with the URL asked for, the URL answered and when."""

    entry: FeedEntry
    requested_url: str
    final_url: str
    fetched_at: datetime
    http_status: int
    body: bytes
    content_type: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found in one page."""

    text: str
    title: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    lang: str | None = None
    site_name: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article, one row of the `articles` table."""

    article_id: str
    url: str
    source_id: str
    fetched_at: datetime
    extraction_method: ExtractionMethod
    content_hash: str
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    lang: str | None = None
    text: str | None = None
    summary: str | None = None
    site_name: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One matched watchlist term: what, where, and what it stands for."""

    kind: MentionKind
    term: str
    canonical: str
    field: Field
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Transfer:
    """One weapons transfer a story tells of: who to whom, what, how it is told, and where."""

    supplier: str | None
    recipient: str | None
    supplier_group: str | None = None
    recipient_group: str | None = None
    items: tuple[str, ...] = ()
    stance: Stance = "reported"
    evidence: str = ""
    field: Field = "text"
    start: int = 0
    end: int = 0
    score: float = 0.0
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The arms-supply filter's judgement of one article, with its reasons."""

    alert: bool
    arms_supply: bool
    watched: bool
    score: float
    supplier: str | None = None
    recipient: str | None = None
    actors: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    evidence: str | None = None
    rule: str | None = None
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    watchlist_version: str | None = None
    supplier_group: str | None = None
    recipient_group: str | None = None
    transfers: tuple[Transfer, ...] = ()
