"""Seizures and findings: who held the weapons seized or found; why a seizer is no supplier."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pantau.filter import direction_words as dw
from pantau.filter import wording
from pantau.filter.direction import Roles, target_user
from pantau.filter.matching import Hit
from pantau.filter.watchlist import Watchlist

_SEIZED_FROM = re.compile(
    r"(?:seized|captured|taken|disita|dirampas|direbut|sitaan|rampasan)\s+(?:from|dari)\s+$",
    re.IGNORECASE,
)


def seized_holder(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Weapons seized from Hamas traced to Iran": the party they were taken from held them."""
    before = [h for h in hits if h.entry.kind == "actor" and h.end <= transfer.start]
    after = [h for h in hits if h.entry.kind == "actor" and h.start >= transfer.end]
    for holder in before:
        if not _SEIZED_FROM.search(text, max(0, holder.start - 30), holder.start):
            continue
        sources = [h for h in after if h.entry.canonical != holder.entry.canonical]
        if sources:
            return replace(
                roles,
                supplier=sources[0].entry.canonical,
                recipient=holder.entry.canonical,
                supplier_rank=2,
                recipient_rank=2,
                several_sources=False,
            )
    return roles


_SEIZES = re.compile(
    r"\s+(?:sita|menyita|cegat|mencegat|tangkap|menangkap|rampas|merampas|seize|seizes|seized|"
    r"intercept|intercepts|intercepted|interdicts|interdicted|captures|captured|stops|stopped)\b",
    re.IGNORECASE,
)


_SEIZED_BY = re.compile(
    r"(?:disita|dicegat|ditangkap|dirampas|seized|intercepted|interdicted|captured|stopped)"
    r"(?:\s+(?:oleh|by))?(?:\s+(?:AL|AU|militer|angkatan\s+laut|pasukan|the|navy|forces|"
    r"coast\s+guard|penjaga\s+pantai))*\s+$",
    re.IGNORECASE,
)
"""A seizer after its passive verb: "Dicegat AL AS", "seized by the US Navy"."""


def _seizes(text: str, actor: Hit) -> bool:
    """Whether a party seizes: before its verb ("AS Sita"), or after a passive ("Dicegat AL AS")."""
    if _SEIZES.match(text, actor.end):
        return True
    return _SEIZED_BY.search(text, max(0, actor.start - 40), actor.start) is not None


def seizer_no_supplier(text: str, hits: list[Hit], roles: Roles) -> Roles:
    """ "AS Sita Kapal Bermuatan Rudal Iran": the party that seizes a cargo did not send it.

    Nor is the items' maker its receiver: "Kapal Pembawa Senjata Iran Dicegat AL AS" tells of
    Iranian weapons sent, not of weapons for Iran.
    """
    seizers = {h.entry.canonical for h in hits if h.entry.kind == "actor" and _seizes(text, h)}
    if not seizers or (roles.supplier is not None and roles.supplier not in seizers):
        return roles  # an unread supplier beside a seizer may be the items' maker too
    # The items' maker named right after them ("Rudal Iran") is the likely sender.
    adjacent = [
        h.entry.canonical
        for item, h in pairwise(hits)
        if item.entry.kind == "item"
        and h.entry.kind == "actor"
        and not text[item.end : h.start].strip()
        and h.entry.canonical not in seizers
    ]
    if roles.supplier is None and roles.recipient in adjacent:
        return replace(roles, supplier=roles.recipient, recipient=None, supplier_rank=3)
    makers = [code for code in adjacent if code != roles.recipient]
    if makers:
        return replace(roles, supplier=makers[0], supplier_rank=3)
    return roles if roles.supplier is None else replace(roles, supplier=None, supplier_rank=9)


_SIGHTED = frozenset({"spotted in", "seen in", "terlihat di"})
"""Forms of the watchlist's finding entry that tell of weapons seen in service, not wreckage."""
_SKY = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:langit|(?:wilayah|ruang)\s+udara|airspace|skies|sky)(?!\w)",
    re.IGNORECASE,
)
"""A sighting in the sky is an incursion: "terlihat di langit Polandia", "in Polish airspace"."""
_RELATIVE = re.compile(r"\s*(?:(?:yang|that|which)\s+)?", re.IGNORECASE)
"""Between the weapons and the finding word: "Rudal Korut yang Ditemukan di Kharkiv"."""
_CLAUSE_END = re.compile(r"[,;:.!?—]")
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?", re.IGNORECASE)
"""Between an owner and its weapons, or the weapons and their owner: "Iran's Shahed drones"."""


def maker_found(
    text: str,
    transfer: Hit,
    hits: list[Hit],
    roles: Roles,
    wl: Watchlist,
    found: bool,
) -> tuple[bool, Roles]:
    """Whether weapons found name their maker ("Rudal Buatan Korut", or the owner beside them).

    With only the owner named beside them, weapons seen in service somewhere were handed to
    that place's state ("Iran's drones spotted in Venezuela"); weapons found (often wreckage)
    tell of a supply only in a war the owner does not fight, to its watched side: the place's
    one enemy ("Rudal Korut Ditemukan di Kharkiv") or the place itself; a belligerent's own
    weapons found on its enemy's ground, or anyone's in a place at peace, are no supply.
    """
    if not found:
        return False, roles
    hostile, watched = wl.hostile, wl.watched
    if wording.maker_named(text, transfer, hits, roles):
        return True, roles
    owner, place = roles.supplier, roles.recipient
    if owner is None or place is None or owner == place or (owner, place) in hostile:
        return False, roles
    stop = _CLAUSE_END.search(text, transfer.end)
    clause_end = stop.start() if stop else len(text)
    if wording.HELD.search(text, transfer.end, clause_end):
        return False, roles  # "di tangan Hamas": the holder read already received them
    after = {h.entry.canonical for h in hits if transfer.end <= h.start < clause_end}
    if any((owner, other) in hostile for other in after):
        return False, roles  # "Roket Rusia Ditemukan di Odesa": a belligerent's own strike
    if not _owner_phrase(text, transfer, hits, owner):
        return False, roles
    if transfer.text.lower() in _SIGHTED:
        return _SKY.match(text, transfer.end) is None, roles
    if place not in after:
        return True, roles  # the struck place already gave its enemy as the receiver
    if place in watched:
        return True, roles  # "Gudang Senjata Korut Ditemukan di Kursk": the watched side holds them
    user = target_user(replace(roles, recipient=None), (place,), hostile)
    if user.recipient not in watched:
        return False, roles  # in a war of two unwatched sides either may have received them
    return True, replace(user, recipient_rank=3)  # read from the finding, as sure as its owner


def _owner_phrase(text: str, transfer: Hit, hits: list[Hit], owner: str) -> bool:
    """Whether the words right before the finding are weapons and their owner, and only those."""
    before = [h for h in hits if h.end <= transfer.start]
    phrase: list[Hit] = []
    end = transfer.start
    for hit in reversed(before):
        joint = _OWNER_GAP if phrase else _RELATIVE
        if not joint.fullmatch(text[hit.end : end]):
            break  # the owner and its weapons run up to the finding word, one phrase
        if hit.entry.kind not in ("item", "actor"):
            break
        phrase.append(hit)
        end = hit.start
    actors = {h.entry.canonical for h in phrase if h.entry.kind == "actor"}
    return actors == {owner} and any(h.entry.kind == "item" for h in phrase)


_MAKER_NAMED = re.compile(rf"(?<!\w){dw.MAKER_PHRASE}\s+\w|\w-made(?!\w)", re.IGNORECASE)


def maker_after(text: str, start: int, end: int) -> bool:
    """Whether the weapons' maker is named between start and end ("Buatan Iran", "Iranian-made")."""
    return _MAKER_NAMED.search(text, start, end) is not None


_SEIZE_WORD = re.compile(
    r"(?:seiz\w*|sita|menyita|disita|penyitaan|rampas|merampas|dirampas|confiscated|"
    r"intercept\w*|cegat|mencegat|dicegat)$",
    re.IGNORECASE,
)
_CRIMINAL = re.compile(
    r"(?<!\w)(?:bea\s+cukai|polisi|polda|polres|kepolisian|customs|police|tersangka|suspects?|"
    r"arrested|ditangkap|ilegal|illegal|kriminal|KKB|teroris\w*|sindikat|syndicates?|"
    r"smuggling\s+(?:ring|gang)|busted|contraband|penyelundup)(?!\w)",
    re.IGNORECASE,
)
"""Who seizes criminals' goods: police, customs, a ring busted (the seizure cue stands)."""


def interdicted(
    cues: dict[str, Hit], roles: Roles, text: str, start: int, end: int
) -> dict[str, Hit]:
    """Cues without the seizure of weapons moving between two named parties, no police near.

    "seized missile parts from a dhow bound for Yemen ... matched earlier Iranian shipments":
    a state stopping a shipment between parties is the transfer's news (intercepted), not a
    customs seizure of contraband, which keeps its cue.
    """
    seized = cues.get("seizure")
    if seized is None or roles.supplier is None or roles.recipient is None:
        return cues
    if roles.supplier == roles.recipient or not _SEIZE_WORD.fullmatch(seized.text):
        return cues
    if _CRIMINAL.search(text, start, end):
        return cues
    return {cue: h for cue, h in cues.items() if cue != "seizure"}
