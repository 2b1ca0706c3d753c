"""Who supplies whom as read from one transfer word, and the surest pick among candidates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pantau.filter.events import Event

GUESS = 4
"""A role read from a bare noun subject or a place of making: no evidence."""
ELSEWHERE = 3
"""A party read from another sentence: sure enough to name, not to outvote."""


@dataclass(frozen=True, slots=True)
class Roles:
    """Supplier and recipient read from one transfer word; lower rank is surer, 9 means none."""

    supplier: str | None = None
    recipient: str | None = None
    supplier_rank: int = 9
    recipient_rank: int = 9
    several_sources: bool = False
    unnamed_recipient: bool = False
    barter: bool = False  # goods paid for weapons: see pantau/filter/barter.py
    other_sources: tuple[str, ...] = ()  # "radar dari Prancis, serta meriam dari India"
    paid_back: bool = False  # the payment was weapons too: the reverse pair is a transfer
    other_recipients: tuple[str, ...] = ()  # "ke Indonesia dan Pakistan": one word, two buyers


def sides_voted(events: Iterable[Event], threshold: float) -> tuple[bool, bool]:
    """Whether the events that vote (scored half the threshold or more) name a supplier and a
    recipient surer than a guess: a side they name is read there, not filled from elsewhere."""
    voters = [e for e in events if e.score >= threshold / 2]
    return (
        any(e.roles.supplier and e.roles.supplier_rank < GUESS for e in voters),
        any(e.roles.recipient and e.roles.recipient_rank < GUESS for e in voters),
    )


def pick(
    supplier: list[tuple[int, int, str]],
    recipient: list[tuple[int, int, str]],
    groups: list[list[str]],
    listed: tuple[str, ...] = (),
) -> Roles:
    """The surest distinct supplier and recipient; two sources of one transfer leave it open."""
    supplier.sort()
    recipient.sort()
    several = bool(groups) and len(groups[0]) > 1
    # Each source of a transfer told with several is listed, as is every other transfer's.
    others = tuple(
        (groups[0] if several else []) + [c for g in groups[1:] if len(g) == 1 for c in g]
    )
    if several or others:
        drop = {c for g in groups[int(not several) :] for c in g}
        supplier = [s for s in supplier if s[2] not in drop]
    best_s = supplier[0] if supplier else None
    best_r = next((r for r in recipient if best_s is None or r[2] != best_s[2]), None)
    if best_s and best_r is None and recipient and recipient[0][0] < best_s[0]:
        best_r = recipient[0]
        best_s = next((s for s in supplier if s[2] != best_r[2]), None)
    return Roles(
        supplier=best_s[2] if best_s else None,
        recipient=best_r[2] if best_r else None,
        supplier_rank=best_s[0] if best_s else 9,
        recipient_rank=best_r[0] if best_r else 9,
        several_sources=several,
        other_sources=tuple(c for c in others if best_r is None or c != best_r[2]),
        other_recipients=tuple(
            c for c in listed if best_r is not None and c != best_r[2] and best_r[2] in listed
        ),
    )


def target_user(
    roles: Roles, targets: tuple[str, ...], hostile: frozenset[tuple[str, str]]
) -> Roles:
    """Weapons traced after striking a target went to the one party at war with it."""
    if roles.recipient is not None or roles.supplier is None or len(targets) != 1:
        return roles
    users = {a for a, b in hostile if b == targets[0]} | {b for a, b in hostile if a == targets[0]}
    users.discard(roles.supplier)
    states = {u for u in users if len(u) == 2 and u.isupper()}  # a group shares its base's war
    users = states or users
    if len(users) != 1:
        return roles
    return replace(roles, recipient=users.pop(), recipient_rank=4)


def front_user(
    roles: Roles, place: str, hostile: frozenset[tuple[str, str]], watched: frozenset[str]
) -> Roles:
    """Weapons a watched state sends reaching the front in a state at war went to its one enemy.

    "Peluru Korea Utara Sampai ke Garis Depan Ukraina": the front is Ukraine's war, so the
    shells' user is Russia; another supplier's weapons there may be Ukraine's own, and a watched
    state's front ("Garis Depan Rusia") is that state's.
    """
    if roles.recipient is not None or roles.supplier not in watched or place in watched:
        return roles  # "Garis Depan Rusia": a watched state's front is its own
    users = {a for a, b in hostile if b == place} | {b for a, b in hostile if a == place}
    users = {u for u in users if len(u) == 2 and u.isupper()}  # a group shares its base's war
    if len(users) != 1 or roles.supplier in users:
        return roles
    return replace(roles, recipient=users.pop(), recipient_rank=3)
