"""Findings of origin: parts of one party's make in another's weapon; weapons traced to a maker.

"Rudal Rusia Pakai Komponen China", "Russian drones with Chinese engines found in Ukraine",
"Drone Shahed Rusia Dirakit dengan Mesin Buatan Iran": a finding that a weapon of one party
holds parts made by another tells of the parts' supply, from their maker to the weapon's owner.
The reading is precise by construction: a part word, its maker named right beside it, and a
weapon with its owner named right beside it, two different parties, in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pantau.filter import direction_words as dw
from pantau.filter.direction import Roles
from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.wording import FOUND

CANONICAL = "components"
"""The canonical of a part word read as a transfer (pantau/filter/events.py keys on it)."""
ENTRY = Entry(
    kind="transfer", canonical=CANONICAL, sub="give", voice="noun", strong=False, both_parties=True
)

_PART = re.compile(
    r"\b(?:komponen(?:\s+elektronik)?|mesin|suku\s+cadang|cip|chip|chips|mikrocip|"
    r"(?:electronic\s+)?components?|engines?|parts|microchips?|microelectronics)\b",
    re.IGNORECASE,
)
# A part's source names its maker too ("komponen dari China"); a weapon's source does not.
_PART_STEMS = (
    "komponen", "mesin", "suku", "cip", "chip", "component", "engine", "parts", "microelectronics",
)  # fmt: skip
"""A piece of each of _PART's words: a text holding none, lower-cased, holds no part word."""
_ODD_CASE = ("\u0130", "\u0131", "\u017f")
"""İ, ı and ſ match i and s in a case-blind regex but not in a lower-cased text."""
_MAKER_AFTER = re.compile(
    rf"\s*(?:(?:{dw.MAKER_PHRASE}|dari|from|sourced\s+from)\s+)?$", re.IGNORECASE
)
_MAKER_BEFORE = re.compile(r"(?:-made)?\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s*(?:milik\s+)?$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:'s|')?\s+(?:(?:new|latest|newest|own)\s+)?$", re.IGNORECASE)
_REACH = 90  # characters between the weapon and the part word: one clause
_END = re.compile(r"[.;!?]")


def lend_parts(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a transfer word added for each part of one party found in another's weapon."""
    if (
        not _weapon_and_two_parties(hits)
        or not _may_hold(text, _PART_STEMS)
        or not _PART.search(text)
    ):
        return hits  # checked first: most stories name no weapon, and the regex costs more
    lent = []
    for m in _PART.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue  # "komponen drone", "missile parts": the part word is an item itself
        if reading(text, m.start(), m.end(), hits) is not None:
            field = hits[0].field if hits else "text"
            lent.append(Hit(field, m.start(), m.end(), m.group(), ENTRY))
    return with_lent(hits, lent)


def _may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a case-blind regex of these stems' words may match: a cheap test before its scan."""
    if any(c in text for c in _ODD_CASE):
        return True
    low = text.lower()
    return any(stem in low for stem in stems)


def told(text: str, start: int, end: int, part: Hit, hits: list[Hit]) -> bool:
    """Whether the sentence tells of the parts as a finding or a use, not only as an attribute.

    "Rudal Rusia yang Hantam Kyiv Pakai Komponen China" is about the parts; "Ukrainian drones
    with American parts hit a refinery" is about the strike, and its combat cue stands.
    """
    if FOUND.search(text, start, end):
        return True
    return any(
        (h.entry.kind == "transfer" and h is not part)
        or (h.entry.kind == "negative" and h.entry.canonical == "production")
        for h in hits
    )


def _weapon_and_two_parties(hits: list[Hit]) -> bool:
    """Whether hits hold a weapon and two different parties: what every reading here needs."""
    if not any(h.entry.kind == "item" for h in hits):
        return False
    return len({h.entry.canonical for h in hits if h.entry.kind == "actor"}) >= 2


def roles(text: str, part: Hit, hits: list[Hit], found: Roles) -> Roles:
    """The maker as supplier and the weapon's owner as recipient, both named beside their words."""
    pair = reading(text, part.start, part.end, hits)
    if pair is None:
        return found
    maker, owner = pair
    return replace(found, supplier=maker, recipient=owner, supplier_rank=1, recipient_rank=1)


def reading(text: str, start: int, end: int, hits: list[Hit]) -> tuple[str, str] | None:
    """The part's maker and the weapon's owner, when both are named beside their words."""
    maker = _maker(text, start, end, hits)
    if maker is None:
        return None
    for owner in _owners(text, start, end, hits):
        if owner != maker:
            return maker, owner
    return None


def _maker(text: str, start: int, end: int, hits: list[Hit]) -> str | None:
    """The actor named right after the part word ('buatan Iran') or right before it ('Chinese')."""
    after = [h for h in hits if h.start >= end and h.entry.kind != "ignore"]
    if after and after[0].entry.kind == "actor" and _MAKER_AFTER.match(text[end : after[0].start]):
        return after[0].entry.canonical
    before = [h for h in hits if h.end <= start and h.entry.kind != "ignore"]
    if (
        before
        and before[-1].entry.kind == "actor"
        and _MAKER_BEFORE.fullmatch(text[before[-1].end : start])
    ):
        return before[-1].entry.canonical
    return None


def _owners(text: str, start: int, end: int, hits: list[Hit]) -> list[str]:
    """Parties named beside a weapon in the part word's clause ('Rudal Rusia', 'Russian drones')."""
    owners = []
    for i, hit in enumerate(hits):
        if hit.entry.kind != "item":
            continue
        lo, hi = (hit.end, start) if hit.end <= start else (end, hit.start)
        if hi - lo > _REACH or _END.search(text, lo, hi):
            continue
        last = i  # "Drone Shahed Rusia": the owner follows the weapon's names
        while (
            last + 1 < len(hits)
            and hits[last + 1].entry.kind == "item"
            and not text[hits[last].end : hits[last + 1].start].strip()
        ):
            last += 1
        if last + 1 < len(hits):
            after = hits[last + 1]
            if after.entry.kind == "actor" and _OWNER_AFTER.fullmatch(
                text[hits[last].end : after.start]
            ):
                owners.append(after.entry.canonical)
        if i > 0:
            before = hits[i - 1]
            if before.entry.kind == "actor" and _OWNER_BEFORE.fullmatch(
                text[before.end : hit.start]
            ):
                owners.append(before.entry.canonical)
    return owners


_DESIGN_AFTER = re.compile(
    r"\s+(?:rancangan|desain|racikan|design|designed\s+by|model|versi|versions?\s+of)\s+$",
    re.IGNORECASE,
)
_DESIGN_BEFORE = re.compile(r"-designed\s+$", re.IGNORECASE)
MAKE = "merakit"
"""The watchlist's "making another party's weapons" entry (its first form)."""


def design_maker(text: str, transfer: Hit, hits: list[Hit], found: Roles) -> Roles:
    """ "Belarus Produksi Drone Rancangan Rusia": a design's maker supplies the party making it."""
    if found.supplier is not None or transfer.entry.canonical != MAKE:
        return found
    later = [h for h in hits if h.start >= transfer.end]
    for first, second in pairwise(later):
        gap = text[first.end : second.start]
        if (
            first.entry.kind == "item"
            and second.entry.kind == "actor"
            and _DESIGN_AFTER.fullmatch(gap)
        ):
            return _maker_of_design(found, second.entry.canonical)
        if (
            first.entry.kind == "actor"
            and second.entry.kind == "item"
            and _DESIGN_BEFORE.fullmatch(gap)
        ):
            return _maker_of_design(found, first.entry.canonical)
    return found


def _maker_of_design(found: Roles, maker: str) -> Roles:
    """Roles with the design's maker as supplier, unless it is the maker itself."""
    if maker == found.recipient:
        return found
    return replace(found, supplier=maker, supplier_rank=1)


_TRACE = re.compile(r"\b(?:trace[sd]?|tracing|melacak|lacak|dilacak)\b", re.IGNORECASE)
_TO = re.compile(r"\s(?:back\s+to|to|ke)\s+$", re.IGNORECASE)
_TRACE_REACH = 60  # characters from the trace word to 'to': the items between, one phrase


TRACED = "traced to"
"""The canonical of 'to' after a trace word and its items, read as a transfer."""
TRACED_ENTRY = Entry(
    kind="transfer", canonical=TRACED, sub="get", voice="past", strong=False, both_parties=True
)


def lend_traced(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Monitors trace Houthi missile parts to Iran": 'to' before the maker reads 'came from'."""
    if not _weapon_and_two_parties(hits) or not _may_hold(text, ("trac", "lacak")):
        return hits
    lent = []
    for m in _TRACE.finditer(text):
        later = [h for h in hits if h.start >= m.end() and h.start - m.end() <= _TRACE_REACH]
        for h in later:
            before = [i for i in later if i.entry.kind == "item" and i.end <= h.start]
            if h.entry.kind != "actor" or not before or _END.search(text, m.end(), h.start):
                continue
            to = _TO.search(text, before[-1].end, h.start)
            if to is not None:
                lent.append(Hit(h.field, to.start() + 1, h.start - 1, "to", TRACED_ENTRY))
                break
    return with_lent(hits, lent)


def traced_roles(text: str, traced: Hit, hits: list[Hit], found: Roles) -> Roles:
    """The maker after 'to' as supplier; the items' owner, when named beside them, as recipient."""
    after = [h for h in hits if h.start >= traced.end]
    if not after or after[0].entry.kind != "actor":
        return found
    maker = after[0].entry.canonical
    owner = next((o for o in _owners(text, traced.start, traced.end, hits) if o != maker), None)
    return replace(
        found,
        supplier=maker,
        recipient=owner,
        supplier_rank=1,
        recipient_rank=1 if owner else 9,
    )
