"""Who supplies whom in a story: a vote of its transfer events, weighted by score and place."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from pantau.filter.direction import Roles
from pantau.filter.matching import Hit
from pantau.filter.parts import CANONICAL as PARTS
from pantau.filter.watchlist import Watchlist

_GUESS = 4  # a role's rank from a noun's bare subject: a guess, not evidence


class Voter(Protocol):
    """What the vote needs of a scored event (classify.Event)."""

    @property
    def hit(self) -> Hit: ...
    @property
    def sentence(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def roles(self) -> Roles: ...
    @property
    def items(self) -> tuple[Hit, ...]: ...
    @property
    def evidence(self) -> str: ...


_BACKGROUND = re.compile(
    r"(?<!\w)(?:sejak\s+(?:(?:awal|akhir|tahun)\s+)?(?:19|20)\d\d|since\s+(?:(?:early|late)\s+)?"
    r"(?:19|20)\d\d|selama\s+ini|(?:telah|sudah)\s+lama|(?:has|have|had)\s+long|for\s+years|"
    r"bertahun-tahun|sebelumnya|previously)(?!\w)",
    re.IGNORECASE,
)
"""A sentence told as background: "Russia has relied on North Korean shells since 2023"."""


_DENY = r"(?:mem?bantah|menyangkal|menepis|menampik|deny|denies|denied|denying)"
_CLAIM = r"(?:(?:the\s+)?(?:claims?|allegations?|accusations?|reports?)\s+(?:of|that\s+it))"
_DENIES = re.compile(
    rf"(?<!\w)(?:{_DENY}(?:\s+(?:tuduhan|klaim|laporan))?|"
    rf"(?:{_DENY}|menolak|rejects?|rejected|dismiss(?:es|ed)?)\s+(?:tuduhan|klaim|{_CLAIM}))"
    r"(?:\s+(?:telah|pernah|sudah|sedang|ever|having|ever\s+having|that\s+it\s+(?:had|has)))?\s+$",
    re.IGNORECASE,
)
"""A denial whose object is the transfer word after it: "membantah memasok", "denied sending",
"menepis tuduhan memasok", "rejected claims of supplying"."""


def _denied(ev: Voter) -> bool:
    """Whether the event's own transfer word is what a denial word right before it denies."""
    at = ev.evidence.find(ev.hit.text)
    while at >= 0:
        if _DENIES.search(ev.evidence, max(0, at - 40), at):
            return True
        at = ev.evidence.find(ev.hit.text, at + 1)
    return False


def _undenied(events: Sequence[Voter], threshold: float) -> Sequence[Voter]:
    """The events left once transfers a party denies give way to one another party is told doing.

    "China membantah memasok senjata ke Rusia, tetapi Iran mengakui mengirim drone": the vote
    is Iran's. Only a denial naming its taker gives way, to a sure event naming another giver
    to that taker; a story whose every named giver denies keeps them all.
    """
    denied = [ev for ev in events if _denied(ev) and ev.roles.recipient]
    deniers = {ev.roles.supplier for ev in denied}
    takers = {ev.roles.recipient for ev in denied}
    kept = [ev for ev in events if not any(ev is d for d in denied)]
    told = any(
        ev.roles.supplier not in deniers and ev.roles.recipient in takers and _both_named(ev)
        for ev in kept
        if ev.score >= threshold
    )
    return kept if denied and told else events


def _later(sentence: int, later: float) -> float:
    """A body sentence's weight in the direction vote, falling with its position."""
    return 1.0 / (1.0 + later * sentence)


def _background(ev: Voter) -> bool:
    """Whether a body event's sentence is told as background (see _BACKGROUND)."""
    return ev.hit.field == "text" and _BACKGROUND.search(ev.evidence) is not None


def _both_named(ev: Voter) -> bool:
    """Whether an event names supplier and recipient, neither a guess."""
    roles = ev.roles
    return (
        bool(roles.supplier and roles.recipient)
        and max(roles.supplier_rank, roles.recipient_rank) < _GUESS
    )


def direction(
    events: Sequence[Voter], headline: tuple[str, ...], wl: Watchlist
) -> tuple[str | None, str | None]:
    """Supplier and recipient voted across events, weighted by score and certainty."""
    rules = wl.weights.rules
    events = _undenied(events, rules.threshold)
    told = [
        ev
        for ev in events
        if ev.hit.field == "title" and ev.score >= rules.threshold and not ev.roles.several_sources
    ]
    named = [ev for ev in told if _both_named(ev)]
    if told and not named and not any(ev.roles.unnamed_recipient for ev in told):
        # A headline that tells of a transfer without both parties ("signs deal"): the lead
        # sentence that names both is the story's main transfer.
        opening = [
            ev
            for ev in events
            if ev.hit.field == "text" and ev.sentence == 0 and not _background(ev)
        ]
        named = [ev for ev in opening if _both_named(ev)]
        named = [ev for ev in named if ev.score >= rules.threshold]
    if named:
        # The headline names both parties of its transfer: that is the story's main transfer.
        best = max(named, key=lambda ev: ev.score)
        # "Chinese parts in Iranian drones sent to Russia": parts found in a weapon the headline
        # tells sent on make way for the weapon's own transfer.
        sure = [ev for ev in events if ev.score >= rules.threshold and _both_named(ev)]
        onward = _onward(best, named + sure) if best.hit.entry.canonical == PARTS else []
        if onward:
            best = max(onward, key=lambda ev: ev.score)
        return best.roles.supplier, best.roles.recipient
    votes_s: dict[str, float] = defaultdict(float)
    votes_r: dict[str, float] = defaultdict(float)
    for ev in events:
        # News leads with the transfer; later sentences are background, weighed less.
        weight = ev.score * (
            rules.title_vote if ev.hit.field == "title" else _later(ev.sentence, rules.later)
        )

        if ev.roles.supplier:
            votes_s[ev.roles.supplier] += weight / ev.roles.supplier_rank
        if ev.roles.recipient:
            votes_r[ev.roles.recipient] += weight / ev.roles.recipient_rank
    pairs = [
        ((votes_s[s] if s else 0.0) + (votes_r[r] if r else 0.0), s, r)
        for s in [*votes_s, None]
        for r in [*votes_r, None]
        if s is None or s != r
    ]
    _, supplier, recipient = max(pairs, key=lambda p: p[0])
    parted = [
        ev
        for ev in events
        if ev.hit.entry.canonical == PARTS
        and (ev.roles.supplier, ev.roles.recipient) == (supplier, recipient)
    ]
    # "Rudal Korut Jatuh di Kharkiv, Investigasi Ungkap Komponen AS": parts found in a weapon
    # a sure event tells handed on outvote its transfer only by the headline's weight.
    onward = (
        [ev for ev in _onward(parted[0], events) if ev.score >= rules.threshold] if parted else []
    )
    if onward:
        best = max(onward, key=lambda ev: ev.score)
        supplier, recipient = best.roles.supplier, best.roles.recipient
    rivals = sorted((v for c, v in votes_s.items() if c != recipient), reverse=True)
    lead = max(events, key=lambda e: (e.hit.field == "title", e.score), default=None)
    several = lead is not None and lead.roles.several_sources
    if several or (len(rivals) > 1 and rivals[1] >= rules.rival * rivals[0]):
        supplier = None  # several suppliers named: the labels leave the supplier open
    # Several givers told (a list, a bloc) for the recipient: no maker's state is a guess.
    open_giver = any(ev.roles.several_sources and ev.roles.recipient == recipient for ev in events)
    if supplier is None and not several and not open_giver:
        origins = {i.entry.origin for ev in events for i in ev.items if i.entry.origin}
        origins.discard(recipient)
        if len(origins) == 1:
            supplier = origins.pop()
    if lead is not None and lead.hit.field == "title" and lead.roles.unnamed_recipient:
        return supplier, None  # the headline's recipient names no state: the body's is an aside
    unvoted = (supplier is None and not votes_s) or (recipient is None and not votes_r)
    if (supplier is None) != (recipient is None) and unvoted and not several:
        # "Tajikistan plant now turning out Iranian drones": the body names one side, the
        # headline's only other state is the counterpart.
        known = supplier or recipient
        base = wl.group_base.get(known or "", known)  # a group and its base state: one side
        other = [
            c for c in headline if wl.group_base.get(c, c) != base and (known, c) not in wl.hostile
        ]
        if len(other) > 1 and other[0] == headline[0]:
            other = other[:1]  # "Indonesia eyes Chinese drones after Turkish deal delay"
        if len(other) == 1:
            supplier, recipient = (supplier or other[0], recipient or other[0])
    return supplier, recipient


def _onward(parts: Voter, events: Sequence[Voter]) -> list[Voter]:
    """Events handing on the weapon that parts were found in: its maker gives it to another."""
    return [
        ev
        for ev in events
        if ev.hit.entry.canonical != PARTS
        and parts.roles.recipient is not None
        and ev.roles.supplier == parts.roles.recipient
        and ev.roles.recipient is not None
    ]
