"""A body transfer's open side, named in the sentence beside it that points back to it.

"Sebuah kapal kargo merapat di pelabuhan Astrakhan." + "Kapal itu membawa ratusan drone dari
Iran": the second sentence's carrier is the first's ship, so its cargo went where the ship
docked. "Iran mengirim ratusan drone." + "Bantuan itu ditujukan bagi militer Sudan": the aid
pointed back to is the drones sent, so its goal is their recipient. Only a sentence that
points back by a demonstrative or a pronoun (no new subject of its own) is read, only a party
after an arrival or goal word, and only one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from pantau.filter.matching import Hit
from pantau.filter.roles import ELSEWHERE, GUESS, sides_voted
from pantau.filter.watchlist import Watchlist

if TYPE_CHECKING:
    from pantau.filter.events import Event, StoryField

_REACH = 45  # characters after a goal word within which its party stands
_THING = (
    r"(?:kapal|pesawat|kargo|kiriman|pengiriman|bantuan|pasokan|muatan|konvoi|truk|ship|vessel|"
    r"plane|aircraft|cargo|shipment|consignment|delivery|convoy|drone|drones|rudal|missiles?|"
    r"peluru|shells|amunisi|munitions|senjata|weapons|jet|jets|sistem|systems)"
)
_POINTER = re.compile(
    rf"\s*(?:{_THING}(?:-{_THING})?(?:\s+[\w-]+)?\s+(?:itu|tersebut|ini)\b|"
    rf"(?:it|they)\s+(?!said|says|say|added|noted)\w+|"
    rf"(?:the|these|this|those)\s+(?:[\w-]+\s+)?{_THING}\b)",
    re.IGNORECASE,
)
"""A sentence opening on what the one before told of: "Kapal itu", "The ship", "It"."""
_GOAL = re.compile(
    r"(?<!\w)(?:ditujukan\s+(?:bagi|untuk|kepada|ke)|diperuntukkan\s+(?:bagi|untuk)|"
    r"dikirim\s+(?:ke|kepada)|menuju|tiba\s+di|merapat\s+di|berlabuh\s+di|mendarat\s+di|"
    r"bound\s+for|destined\s+for|intended\s+for|headed\s+(?:for|to)|sent\s+to|"
    r"(?:landed|docked|arrived|berthed)\s+(?:in|at))\s",
    re.IGNORECASE,
)
"""Words before where goods went: "ditujukan bagi", "merapat di pelabuhan", "landed at"."""
_STOP = re.compile(r"[,;:.()\"“”]")
_THE_STATE = re.compile(
    r"(?<!\w)(?:(?:negara|pemerintah|rezim)\s+(?:itu|tersebut)|(?:the|that)\s+(?:country|state))"
    r"(?:\s+[\w-]+){0,3}?\s+$",
    re.IGNORECASE,
)
"""A state pointed back to as the doer, up to three words before its verb: "Negara itu disebut"."""
_DOER_SIDE = {
    "give:active": "supplier",
    "give:past": "supplier",
    "get:active": "recipient",
    "get:past": "recipient",
}


def fill_beside(events: list[Event], body: StoryField, wl: Watchlist) -> list[Event]:
    """Body events lacking a recipient, filled from a pointing sentence beside them.

    Only when no voting event names a recipient: where one does, the vote reads it there.
    """
    if sides_voted(events, wl.weights.rules.threshold)[1]:
        return events
    out = []
    for ev in events:
        roles = ev.roles
        if (
            ev.hit.field == "text"
            and roles.supplier is not None
            and roles.supplier_rank < GUESS
            and roles.recipient is None
            and not roles.several_sources
            and not roles.unnamed_recipient
        ):
            found = _goal_beside(body, ev.sentence, roles.supplier, wl.hostile)
            if found is not None:
                ev = replace(ev, roles=replace(roles, recipient=found, recipient_rank=ELSEWHERE))
        out.append(ev)
    return out


def _goal_beside(
    body: StoryField, index: int, supplier: str, hostile: frozenset[tuple[str, str]]
) -> str | None:
    """The one party where the goods went, told by the sentence pointing to or from this one."""
    found: set[str] = set()
    for other, pointer in ((index + 1, index + 1), (index - 1, index)):
        if other < 0 or other >= len(body.sentences) or not _points_back(body, pointer):
            continue
        if any(
            h.entry.kind == "negative" and h.entry.canonical == "combat"
            for h in body.by_sentence.get(other, ())
        ):
            continue  # "Drone Rusia menyerang Kyiv": other weapons, or a target
        found.update(_goals(body, other, supplier))
    found = {p for p in found if (supplier, p) not in hostile and (p, supplier) not in hostile}
    return found.pop() if len(found) == 1 else None


def _points_back(body: StoryField, index: int) -> bool:
    """Whether sentence index opens by pointing to what the sentence before told of."""
    start, end = body.sentences.span(index)
    return _POINTER.match(body.text, start, end) is not None


def _goals(body: StoryField, index: int, known: str) -> Iterable[str]:
    """Parties right after an arrival or goal word in sentence index, other than known."""
    start, end = body.sentences.span(index)
    actors = [h for h in body.by_sentence.get(index, ()) if h.entry.kind == "actor"]
    for goal in _GOAL.finditer(body.text, start, end):
        party = _first_after(body.text, goal.end(), actors)
        if party is not None and party.entry.canonical != known:
            yield party.entry.canonical


def _first_after(text: str, pos: int, actors: list[Hit]) -> Hit | None:
    """The first actor within reach after pos, with no punctuation between."""
    for hit in actors:
        if pos <= hit.start <= pos + _REACH and not _STOP.search(text, pos, hit.start):
            return hit
    return None


def fill_the_state(events: list[Event], body: StoryField) -> list[Event]:
    """Body events whose doer is "negara itu"/"the country", filled with the state before.

    "Iran kembali menjadi sorotan. Negara itu disebut mengirim drone ke Rusia": the state
    pointed back to is the subject of the sentence before, read only when the side is open.
    """
    out = []
    for ev in events:
        side = _DOER_SIDE.get(":".join(ev.rule.split(":")[:2]))
        roles = ev.roles
        if ev.hit.field != "text" or side is None or getattr(roles, side) is not None:
            out.append(ev)
            continue
        start, _ = body.sentences.span(ev.sentence)
        pointer = _THE_STATE.search(body.text, start, ev.hit.start)
        words = body.text[pointer.end() if pointer else start : ev.hit.start].split()
        state = _subject_before(body, ev.sentence) if pointer and len(words) <= 3 else None
        other = roles.recipient if side == "supplier" else roles.supplier
        if state is not None and state != other and side == "supplier":
            ev = replace(ev, roles=replace(roles, supplier=state, supplier_rank=ELSEWHERE))
        elif state is not None and state != other:
            ev = replace(ev, roles=replace(roles, recipient=state, recipient_rank=ELSEWHERE))
        out.append(ev)
    return out


def _subject_before(body: StoryField, index: int) -> str | None:
    """The first unmarked party of the sentence before index: its subject."""
    if index - 1 not in body.by_sentence:  # the first sentence, or one naming nothing
        return None
    subjects = [a for a in body.clause(index - 1).actors if a.mark in ("none", "dateline")]
    return subjects[0].hit.entry.canonical if subjects else None
