"""Where weapons go, told without a transfer verb: a shipment's 'tujuan', a war's user."""

from __future__ import annotations

import re

from pantau.filter import upkeep
from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.strikes import USE
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
ARRIVE_ENTRY = Entry(kind="transfer", canonical="tiba", sub="arrive", voice="active", strong=False)
"""The watchlist's arrival entry ("tiba", "destined for"), lent to 'tujuan'."""


def lend(
    title: str, text: str, title_hits: list[Hit], text_hits: list[Hit], transfers: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """Both fields' hits with the words a story's goods stand for lent: service places as
    plants where the story opens one (upkeep.py), a shipment's 'tujuan' as its arrival.
    transfers are the story's transfer words."""
    for h in transfers:
        if h.entry.canonical == upkeep.OPENS:
            title_hits, text_hits = upkeep.lend_service_places(title, text, title_hits, text_hits)
            break
    if "ujuan" in title:
        title_hits = _destined(title, title_hits)
    if "ujuan" in text:
        text_hits = _destined(text, text_hits)
    return title_hits, text_hits


def _destined(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with an arrival word lent to 'tujuan' before a party, weapons and cargo before it."""
    if not any(h.entry.kind == "item" for h in hits):
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
        lent.append(Hit(party.field, goal.start(), goal.end(), goal.group(), ARRIVE_ENTRY))
    return with_lent(hits, lent)


def _end(text: str, at: int) -> int:
    """The end of the sentence holding position at."""
    stop = _BREAK.search(text, at)
    return stop.start() if stop else len(text)


_MAKER_REACH = 40  # characters before the use word that may name the weapons' maker
_USED = frozenset({"passive", "past"})
_IN = re.compile(r"\s+di\s+", re.IGNORECASE)  # English "used in" wants "by" for its user


def lend_theatre_user(text: str, hits: list[Hit], wl: Watchlist) -> list[Hit]:
    """Hits with weapons "used in" a state at war read as used by its one enemy.

    "Drone Kami Tidak Dipakai di Ukraina": the war is the theatre's, so the user is the party
    at war with it (Russia), not the state the weapons are used in. Only where that state has
    one enemy (as group bases), the use word is passive ("dipakai") and the weapons' makers
    named before it are watched states: Turkish drones "dipakai di Ukraina" are Kyiv's own.
    """
    hostile, groups = wl.hostile, wl.group_base
    lent: list[Hit] = []
    dropped: list[Hit] = []
    for n, use in enumerate(hits):
        if use.entry.canonical != USE or use.entry.voice not in _USED or n + 1 == len(hits):
            continue
        place = hits[n + 1]
        if place.entry.kind != "actor" or not _IN.fullmatch(text, use.end, place.start):
            continue
        home = groups.get(place.entry.canonical, place.entry.canonical)
        enemies = {groups.get(b, b) for a, b in hostile if groups.get(a, a) == home}
        enemy = next(iter(enemies)) if len(enemies) == 1 else None
        makers = {
            groups.get(h.entry.canonical, h.entry.canonical)
            for h in hits[:n]
            if h.entry.kind == "actor" and use.start - _MAKER_REACH <= h.start
        }
        if enemy is None or not makers or not makers <= wl.watched - {enemy}:
            continue
        at = use.end + len(text[use.end : place.start]) - len(text[use.end : place.start].lstrip())
        word_end = at + len(text[at : place.start].split()[0])
        lent.append(Hit(use.field, at, word_end, text[at:word_end], Entry("actor", enemy)))
        dropped.append(place)
    if not lent:
        return hits
    return with_lent([h for h in hits if h not in dropped], lent)
