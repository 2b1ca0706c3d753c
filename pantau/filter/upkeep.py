"""Upkeep of another party's weapons: a service centre opened for them, or the weapons kept."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter.direction import Clause, Roles
from pantau.filter.matching import Entry, Hit, with_lent

KEEPS = "rawat"  # the watchlist's "upkeep of another party's weapons" entry
OPENS = "opens"  # the watchlist's "weapons factory opened in another party's country" entry
_OWNER_MARKS = frozenset({"origin", "genitive", "owner", "none"})
"""How the weapons' owner is told after the upkeep word: "Tank Rusia", "Egypt's", "milik India"."""

_SERVICE_PLACE = re.compile(
    r"(?<!\w)(?:pusat\s+(?:servis|perawatan|pemeliharaan|perbaikan)|bengkel(?:\s+perawatan)?|"
    r"(?:service|maintenance|repair|overhaul)\s+(?:centres?|centers?|hubs?|facilit(?:y|ies)|"
    r"plants?|bases?|workshops?))(?!\w)",
    re.IGNORECASE,
)
_SERVED = re.compile(
    r"(?:\s+(?:for|untuk|bagi))?(?:\s+[\w-]+){0,3}?\s+(?:helikopter|helicopters?)(?!\w)",
    re.IGNORECASE,
)
"""Helicopters a service place is for: a state's fleet, though the word names no weapon alone."""
_CUES = (
    *("servi", "perawatan", "pemeliharaan", "perbaikan", "bengkel"),
    *("maintenance", "repair", "overhaul"),
)
_STOP = re.compile(r"[.,;:!?]")
_SERVED_WORDS = 4  # words after a service place that may name the weapons it serves
SERVICE_ENTRY = Entry(kind="item", canonical="weapons factory", sub="weapon")
"""A service place for weapons stands as a weapons plant: opened in a party's country, it is
supply by other means ("Rusia Buka Pusat Servis Helikopter di Myanmar")."""


def lend_service_places(
    title: str, text: str, title_hits: list[Hit], text_hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """Both fields' hits with a plant lent to each service place named for weapons (call it
    where the story opens or builds something: a plant matters only to that word)."""
    return _lend(title, title_hits), _lend(text, text_hits)


def _lend(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a plant lent to a service place named for weapons ("service centre for Su-30s")."""
    if not hits:
        return hits
    served = "elikopter" in text or "elicopter" in text or any(h.entry.kind == "item" for h in hits)
    if not served:
        return hits
    low = text.lower()
    if not any(cue in low for cue in _CUES):  # most stories: no regex over the text
        return hits
    lent = [
        Hit(hits[0].field, m.start(), m.end(), m.group(), SERVICE_ENTRY)
        for m in _SERVICE_PLACE.finditer(text)
        if _serves_weapons(text, m.end(), hits) or _named_before(text, m.start(), hits)
    ]
    return with_lent(hits, lent)


def _serves_weapons(text: str, end: int, hits: list[Hit]) -> bool:
    """A weapon named in the few words after a service place, or helicopters there."""
    words = text[end:].split(maxsplit=_SERVED_WORDS)[:_SERVED_WORDS]
    reach = end + sum(len(w) + 1 for w in words)
    stop = _STOP.search(text, end, reach)
    reach = stop.start() if stop else reach
    served = _SERVED.match(text, end)
    if served is not None and served.end() <= reach:
        return True
    return any(h.entry.kind == "item" and end <= h.start < reach for h in hits)


def _named_before(text: str, start: int, hits: list[Hit]) -> bool:
    """A weapon named right before a service place ("drone service centre")."""
    return any(h.entry.kind == "item" and not text[h.end : start].strip() for h in hits)


def served_owner(clause: Clause, hit: Hit, roles: Roles) -> Roles:
    """ "Russia to overhaul Egypt's MiG-29s": the weapons' owner, after the word, is served."""
    if hit.entry.canonical != KEEPS or roles.recipient is not None:
        return roles
    owners = [
        a.hit.entry.canonical
        for a in clause.actors
        if a.hit.start > hit.end
        and a.mark in _OWNER_MARKS
        and a.hit.entry.canonical != roles.supplier
    ]
    return replace(roles, recipient=owners[0], recipient_rank=2) if owners else roles
