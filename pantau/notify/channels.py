"""What Pantau knows of a chat channel: a stable id, a printable label and its cadence."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Cadence = Literal["instant", "daily"]
CADENCES: tuple[Cadence, ...] = ("instant", "daily")


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    """One channel as the ledger and the terminal see it: never its secret URL."""

    channel_id: str
    label: str  # scheme and host as Apprise renders them privately, then the id
    cadence: Cadence
    markdown: bool  # whether the service renders Markdown (or HTML converted from it)


def channel_id(url: str) -> str:
    """A stable id for a channel: the first 16 hex digits of the SHA-256 of its full URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def cadences_of(tags: Iterable[str]) -> tuple[Cadence, ...]:
    """The cadences a channel's Apprise tags ask for; untagged (or no cadence tag) is instant."""
    folded = {t.strip().casefold() for t in tags}
    chosen = tuple(c for c in CADENCES if c in folded)
    return chosen or ("instant",)
