"""Weapons told as used in a state at war: their user is that state's one enemy."""

from __future__ import annotations

import re

from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.strikes import USE
from pantau.filter.watchlist import Watchlist

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
