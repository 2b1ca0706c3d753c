"""Who supplies whom for one transfer word: the clause's roles after every adjustment."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter import bare, headline, offers, parts, seizures, upkeep, wording
from pantau.filter.barter import barter_roles, reverse
from pantau.filter.direction import Clause, Roles, target_user
from pantau.filter.matching import Hit
from pantau.filter.roles import front_user
from pantau.filter.watchlist import Watchlist

_FRONT_IN = re.compile(
    r"(?<!\w)(?:front\s*lines?|front|battlefields?|battle\s*lines?|garis\s+depan|medan\s+perang)"
    r"\s+(?:in|of|di)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A front named before the state it lies in: "reached the front lines in Ukraine"."""
ORIGIN = "came from"  # the watchlist's "weapons found to come from a country" entry
FOUND_IN = "ditemukan di"  # the watchlist's "weapons found where a party holds them" entry


def told_roles(
    text: str,
    in_title: bool,
    hit: Hit,
    hits: list[Hit],
    clause: Clause,
    pay: Hit | None,
    paid_near: bool,
    items: list[Hit],
    wl: Watchlist,
) -> Roles:
    """Who supplies whom as the sentence tells it, after the headline's and clause's cues."""
    if pay is not None and pay.start >= hit.end and not text[hit.end : pay.start].strip():
        pay = None  # "Dapat Imbalan Teknologi Kapal Selam dari Moskow": the reward is what is got
    roles = clause.roles(hit) if pay is None else barter_roles(clause, hit, pay)
    goods = any(h.entry.canonical == "goods" for h in hits if h.entry.kind == "negative")
    if paid_near and goods and not items and pay is None and hit.entry.sub in ("give", "get"):
        roles = reverse(roles)  # "X supplied oil to Y. The oil paid for Y's shells."
    if in_title:
        roles = headline.accused_supplier(text, hit, hits, roles)
        roles = bare.for_roles(text, hit, hits, roles)
        roles = headline.claimed_roles(text, hit, hits, roles)
    elif hit.entry.canonical == bare.KEPT:  # "shells from X now sit in Y's depots" in a body
        roles = bare.for_roles(text, hit, hits, roles)
    roles = headline.indirect_object(
        text, hit, hits, headline.owner_recipient(text, hit, hits, roles)
    )
    roles = headline.user_recipient(text, hit, hits, roles)
    roles = offers.source_turned_to(text, hit, hits, roles)
    roles = seizures.seizer_no_supplier(text, hits, roles)
    if hit.entry.canonical == ORIGIN:
        roles = seizures.seized_holder(text, hit, hits, roles)
    roles = target_user(roles, clause.targets(), wl.hostile)
    roles = parts.design_maker(text, hit, hits, roles)
    front = wording.front_place(text, hit, hits)
    if front is not None and roles.recipient == front:
        roles = replace(roles, recipient=None, recipient_rank=9)
        roles = front_user(roles, front, wl.hostile, wl.watched)  # "ke Garis Depan Ukraina"
    elif roles.recipient is not None and _front_in(text, hit, hits, roles.recipient):
        # "reached the front lines in Ukraine": the enemy's, for a watched supplier only
        used = front_user(replace(roles, recipient=None), roles.recipient, wl.hostile, wl.watched)
        roles = used if used.recipient is not None else roles
    return roles


def found_roles(
    text: str, hit: Hit, hits: list[Hit], clause: Clause, factory: bool, roles: Roles
) -> Roles:
    """The roles after what a finding tells: parts traced, a factory's site, who holds the arms."""
    if hit.entry.canonical == parts.TRACED:
        roles = parts.traced_roles(text, hit, hits, roles)
    if hit.entry.canonical == parts.CANONICAL:
        roles = parts.roles(text, hit, hits, roles)
    if factory and hit.entry.sub == "give" and roles.recipient is None:  # "pabrik ... di Venezuela"
        roles = headline.site_recipient(clause, hit, roles)
    if hit.entry.canonical == FOUND_IN:
        roles = headline.holder_recipient(text, hit, hits, roles)
    return upkeep.served_owner(clause, hit, roles)  # "overhaul Egypt's MiG-29s": Egypt served


def _front_in(text: str, hit: Hit, hits: list[Hit], recipient: str) -> bool:
    """Whether the recipient read after the word names where a front lies ("front in Ukraine")."""
    place = next((h for h in hits if h.start >= hit.end and h.entry.canonical == recipient), None)
    return place is not None and bool(
        _FRONT_IN.search(text, max(hit.end, place.start - 40), place.start)
    )
