"""Seizures: who held the weapons seized, and why the seizer is no supplier."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pantau.filter.direction import Roles
from pantau.filter.matching import Hit

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
