"""Where a shipment was headed, told without a transfer verb: 'Kontainer ... Tujuan Sudan'."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter import headline, upkeep
from pantau.filter.matching import Hit, with_lent
from pantau.filter.watchlist import Watchlist

_DESTINED = re.compile(r"(?<!\w)(?:dengan\s+)?tujuan(?:\s+ke)?\s+$", re.IGNORECASE)
"""'tujuan' right before a party: the goal of what the sentence tells is carried."""
_CARRIED = re.compile(
    r"(?<!\w)(?:kontainer|peti\s*kemas|kargo|muatan|bermuatan|kiriman|pengiriman|kapal|perahu|"
    r"truk|konvoi|pesawat\s+kargo|paket|disita|menyita|sita|dicegat|mencegat|cegat|ditemukan|"
    r"menemukan|temukan|diselundupkan|selundupan)(?!\w)",
    re.IGNORECASE,
)
"""A cargo or its seizure in the sentence: 'tujuan' then tells a shipment's goal, not a target
('Rudal Meluncur dengan Tujuan Jepang' is a launch)."""
_BREAK = re.compile(r"[.!?;]\s")
_ARRIVE = "destined for"  # the watchlist's arrival word, lent to 'tujuan'


def lend(
    title: str,
    text: str,
    title_hits: list[Hit],
    text_hits: list[Hit],
    wl: Watchlist,
    kinds: set[str],
) -> tuple[list[Hit], list[Hit]]:
    """Both fields' hits with the words a story's goods stand for lent: service places as
    plants (upkeep.py), a shipment's 'tujuan' as its arrival. kinds are the kinds of hit the
    story holds: with no item, only a plant opened may be lent; with no transfer either, none."""
    if "transfer" in kinds:
        title_hits, text_hits = upkeep.lend_service_places(title, text, title_hits, text_hits)
    if "item" not in kinds:
        return title_hits, text_hits
    return _destined(title, title_hits, wl), _destined(text, text_hits, wl)


def _destined(text: str, hits: list[Hit], wl: Watchlist) -> list[Hit]:
    """Hits with an arrival word lent to 'tujuan' before a party, weapons and cargo before it."""
    if "ujuan" not in text or not any(h.entry.kind == "item" for h in hits):
        return hits
    lent = []
    for n, party in enumerate(hits):
        if party.entry.kind != "actor" or n == 0:
            continue
        goal = _DESTINED.search(text, max(0, party.start - 20), party.start)
        if goal is None:
            continue
        breaks = [m.end() for m in _BREAK.finditer(text, 0, goal.start())]
        start = breaks[-1] if breaks else 0
        if not any(h.entry.kind == "item" and start <= h.start < goal.start() for h in hits):
            continue
        if not _CARRIED.search(text, start, max(goal.start(), _end(text, party.end))):
            continue
        word = headline.lend(wl, _ARRIVE)
        if word is not None:
            at = goal.start()
            lent.append(
                replace(word, field=party.field, start=at, end=goal.end(), text=goal.group())
            )
    return with_lent(hits, lent)


def _end(text: str, at: int) -> int:
    """The end of the sentence holding position at."""
    stop = _BREAK.search(text, at)
    return stop.start() if stop else len(text)
