"""Frozen records of the digest stage: alerts in, planned stories and ledger rows out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pantau.records import Mention

StoryStatus = Literal["new", "escalated"]
LedgerRole = Literal["shown", "folded"]
ReasonKind = Literal["outlets", "supplier", "recipient", "item"]
Pair = tuple[str | None, str | None, str | None, str | None]
"""One transfer's supplier, recipient, supplier_group, recipient_group."""


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One alerting article as the warehouse holds it, with the terms that matched."""

    article_id: str
    url: str
    source_id: str
    outlet: str
    fetched_at: datetime
    score: float
    title: str | None = None
    published_at: datetime | None = None
    supplier: str | None = None
    recipient: str | None = None
    items: tuple[str, ...] = ()
    evidence: str | None = None
    text: str | None = None
    mentions: tuple[Mention, ...] = ()
    story_id: str | None = None
    transfers: tuple[Pair, ...] = ()

    @property
    def when(self) -> datetime:
        """Publication time, or the fetch time when the outlet gave none."""
        return self.published_at or self.fetched_at


@dataclass(frozen=True, slots=True)
class SentItem:
    """One ledger row: an article already accounted for in a mailbox's digest."""

    article_id: str
    source_id: str
    shown: bool
    supplier: str | None = None
    recipient: str | None = None
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a story already sent is sent again: what is new about it."""

    kind: ReasonKind
    value: str
    before: int = 0


@dataclass(frozen=True, slots=True)
class Story:
    """One event, reported by one or more outlets; the lead article comes first."""

    key: str
    articles: tuple[AlertRow, ...]
    status: StoryStatus = "new"
    reasons: tuple[Reason, ...] = ()

    @property
    def lead(self) -> AlertRow:
        """The article whose title and evidence represent the story."""
        return self.articles[0]

    @property
    def score(self) -> float:
        """The highest score among the story's articles."""
        return max(a.score for a in self.articles)

    @property
    def latest(self) -> datetime:
        """When the newest report was published (or fetched)."""
        return max(a.when for a in self.articles)

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlet ids, in article order."""
        return tuple(dict.fromkeys(a.source_id for a in self.articles))

    @property
    def suppliers(self) -> tuple[str, ...]:
        """Distinct suppliers named by the story's articles."""
        return tuple(dict.fromkeys(a.supplier for a in self.articles if a.supplier))

    @property
    def recipients(self) -> tuple[str, ...]:
        """Distinct recipients named by the story's articles."""
        return tuple(dict.fromkeys(a.recipient for a in self.articles if a.recipient))

    @property
    def transfers(self) -> tuple[Pair, ...]:
        """Distinct transfers told by the story's articles, the lead's first."""
        return tuple(dict.fromkeys(t for a in self.articles for t in a.transfers))

    @property
    def items(self) -> tuple[str, ...]:
        """Distinct items across the story's articles, in first-seen order."""
        return tuple(dict.fromkeys(i for a in self.articles for i in a.items))


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """A row to append to `digest_items` once SMTP has accepted the digest."""

    story_key: str
    article_id: str
    source_id: str
    role: LedgerRole
    supplier: str | None = None
    recipient: str | None = None
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DigestPlan:
    """What one mailbox receives now: shown stories, the overflow, and the ledger to write."""

    mailbox: str
    now: datetime
    stories: tuple[Story, ...]
    more: tuple[Story, ...] = ()
    ledger: tuple[LedgerEntry, ...] = ()
    window_start: datetime | None = None
    digest_id: int = 0
    # Sources that answer but list nothing new, or hide behind a bot wall: "id (why)".
    quiet_sources: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """Stories new to this mailbox, shown or not."""
        return len(self.stories) + len(self.more)

    @property
    def empty(self) -> bool:
        """True when there is nothing new to tell."""
        return not self.stories


@dataclass(frozen=True, slots=True)
class RenderedDigest:
    """A digest as words: subject line, plain text and HTML."""

    subject: str
    text: str
    html: str
