"""Every transfer a story tells of: scored events grouped by supplier and recipient."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pantau.filter.stance import stance
from pantau.filter.vote import Voter
from pantau.filter.watchlist import Watchlist
from pantau.records import Field, Transfer


class Told(Voter, Protocol):
    """What a transfer needs from a scored event (classify.Event), beyond the vote's needs."""

    @property
    def denied(self) -> bool: ...
    @property
    def rule(self) -> str: ...
    @property
    def evidence(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class Party:
    """A party as a verdict gives it: an ISO code and, for an armed group, the group's name."""

    code: str | None
    group: str | None


def party(canonical: str | None, wl: Watchlist) -> Party:
    """The ISO code and group name of a matched actor (a group stands for its base country)."""
    if canonical is None:
        return Party(None, None)
    base = wl.group_base.get(canonical)
    if base is None:
        return Party(canonical, None)
    return Party(base, wl.names.get(canonical, canonical))


def _fits(ev: Told, pair: tuple[str | None, str | None]) -> bool:
    """Whether an event tells of pair (a side it leaves open does not contradict it)."""
    s, r = ev.roles.supplier, ev.roles.recipient
    return (s is None or s == pair[0]) and (r is None or r == pair[1]) and (s or r) is not None


def _pairs(ev: Told, main: tuple[str | None, str | None]) -> list[tuple[str, str]]:
    """Every complete pair an event tells of beyond the main one it fits."""
    roles = ev.roles
    s, r = roles.supplier, roles.recipient
    if _fits(ev, main):
        s, r = s or main[0], r or main[1]
    out = [] if s is None or r is None or _fits(ev, main) else [(s, r)]
    if r is not None:
        out += [(o, r) for o in roles.other_sources if o != r]  # "dari Prancis, serta dari India"
    if s is not None:
        out += [(s, o) for o in roles.other_recipients if o != s]  # "ke Indonesia dan Pakistan"
    if roles.paid_back and s is not None and r is not None:
        out.append((r, s))  # technology paid for with shells: both are transfers
    return out


def _transfer(
    pair: tuple[str | None, str | None], told: list[Told], wl: Watchlist, score: float
) -> Transfer:
    """One Transfer from the events that tell of pair; the best one gives the evidence."""

    def named(ev: Told) -> tuple[int, bool, float]:
        sides = (pair[0] is not None and ev.roles.supplier == pair[0]) + (
            pair[1] is not None and ev.roles.recipient == pair[1]
        )
        return sides, ev.hit.field == "title", ev.score

    best = max(told, key=named)
    supplier, recipient = party(pair[0], wl), party(pair[1], wl)
    # A transfer word standing for its weapons ("mempersenjatai") is told as "weapons".
    items = tuple(
        dict.fromkeys(
            i.entry.canonical if i.entry.kind == "item" else "weapons"
            for ev in told
            for i in ev.items
        )
    )
    fld: Field = best.hit.field
    return Transfer(
        supplier=supplier.code,
        recipient=recipient.code,
        supplier_group=supplier.group,
        recipient_group=recipient.group,
        items=items,
        stance=stance(best, told, pair, wl),
        evidence=best.evidence,
        field=fld,
        start=best.span[0],
        end=best.span[1],
        score=round(score, 3),
        rule=best.rule,
    )


def transfers(
    events: list[Told],
    main: tuple[str | None, str | None],
    main_score: float,
    threshold: float,
    wl: Watchlist,
) -> tuple[Transfer, ...]:
    """The main transfer (the verdict's pair) first, then every other pair a strong event names."""
    if not events:
        return ()
    main_told = [ev for ev in events if _fits(ev, main)] or [max(events, key=lambda e: e.score)]
    out = [_transfer(main, main_told, wl, main_score)]
    others: dict[tuple[str, str], list[Told]] = {}
    for ev in events:
        if ev.score < threshold:
            continue
        for s, r in _pairs(ev, main):
            if (s, r) != main and (s, r) not in wl.hostile:
                others.setdefault((s, r), []).append(ev)
    for pair, told in sorted(others.items(), key=lambda kv: -max(e.score for e in kv[1])):
        out.append(_transfer(pair, told, wl, max(e.score for e in told)))
    return tuple(out)
