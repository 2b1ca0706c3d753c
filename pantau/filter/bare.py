"""Verbless headlines: a preposition stands in for the transfer verb ("Drone Iran untuk Rusia")."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter.matching import Hit, with_lent
from pantau.filter.roles import Roles

LENT = frozenset({"untuk", "for", "bagi", "ke", "kepada", "to", "di", "in", "on", "at"})
"""The prepositions a verbless headline lends a give word to (bare_for, placed)."""
KEPT = "kept"
"""The give word lent where one party's goods keep another's guns firing (headline_goods)."""

# What may stand between the goods and 'for': their worth, number, generation or range
# ("Drone Iran Senilai Rp1 Triliun untuk Rusia"), else one word, no copula ("Drone Iran Mimpi
# Buruk untuk Ukraina" judges the goods).
_DESCRIBED = (
    r"(?:(?:senilai|seharga|bernilai|worth|rp[\d.,]*|us\$[\d.,]*|\$[\d.,]+|[\d.,]+|triliun|miliar|"
    r"miliaran|juta|jutaan|ribuan|ratusan|billion|million|millions|thousands|dolar|dollars?|"
    r"generasi|terbaru|baru|new|newest|latest|jarak|pendek|jauh|menengah|short-range|"
    r"long-range|lagi|tambahan|more|by|the)\s+){2,5}"
)
# Then the taker, perhaps after its forces or war ("untuk Tentara Rusia").
_FOR = re.compile(
    r"\s+(?:"
    + _DESCRIBED
    + r"|(?!(?:jadi|adalah|merupakan|is|are|a|an|as|sebagai)\s)[\w-]+\s+)?(untuk|for|bagi)\s+"
    r"(?:(?:the|tentara|pasukan|militer|junta|perang|garis\s+depan|front|army|forces|troops"
    r"|military|war)\s+)?",
    re.IGNORECASE,
)
# A party's goods sent on to the taker with no verb at all ("Drone Iran ke Rusia Lagi", "More
# North Korean shells to Russia"); unlike 'for', nothing may stand between the goods and 'to',
# and before the goods only a source's label, their number or batch ("Serangan Drone Rusia ke
# Polandia" is an attack, "Monitors trace Houthi missile parts to Iran" has a verb of its own).
_TO = re.compile(r"\s+(?:lagi\s+|again\s+)?(ke|kepada|to)\s+(?:the\s+)?", re.IGNORECASE)
_TO_LEAD = re.compile(
    r"(?:[^:]*:\s*)?(?:(?:[\d.,]+|(?:se)?juta|jutaan|ribuan|ratusan|puluhan|dua|tiga|empat|lima|"
    r"gelombang|kiriman|pasokan|tambahan|batch|wave|shipment|of|a|the|more|fresh|new|another|"
    r"baru|pertama|kedua|ketiga|first|second|third|hundreds|thousands|millions|million|thousand|"
    r"billion|lagi|sebanyak|senilai|worth|\$[\d.,]+\w*)\s+)*",
    re.IGNORECASE,
)
# Drones and missiles fly themselves: "Rudal Korut ke Jepang" was fired there, so they are sent
# 'to' a taker only in bulk ("Ribuan Drone Iran ke Rusia", "More Iranian missiles to Russia").
_FLOWN = frozenset({"drone", "missile"})
_BULK = re.compile(
    r"(?<!\w)(?:(?:se)?juta|jutaan|ribuan|ratusan|tambahan|batch|shipment|more|fresh|another|"
    r"hundreds|thousands|millions|million|thousand)(?!\w)",
    re.IGNORECASE,
)
_THREAT = re.compile(r"(?<!\w)(?:ancaman|threat|threats|bahaya|danger)(?!\w)", re.IGNORECASE)


def bare_for(title: str, hits: list[Hit], give: Hit | None) -> list[Hit]:
    """ "Drone Iran untuk Rusia", "North Korean shells for Russia": 'for' stands in for a verb."""
    told = any(h.entry.kind == "transfer" and h.entry.sub != "swap" for h in hits)
    if give is None or told or _THREAT.search(title):
        return hits
    lent: list[Hit] = []
    named = [h for h in hits if h.entry.kind != "negative"]  # "untuk Tentara Rusia": the taker's
    for i in range(1, len(named)):
        owner, taker = named[i - 1], named[i]
        if taker.entry.kind != "actor":
            continue
        found = _FOR.fullmatch(title, owner.end, taker.start)
        owned = bool(owner.entry.kind == "item" and owner.entry.origin) or _owned(title, named, i)
        if found is None and owned and _sent_to(title, named, i):
            found = _TO.fullmatch(title, owner.end, taker.start)
        if found is None:
            continue
        # "Drone Kamikaze untuk Ukraina dari Inggris": the source may come last.
        last = owner.entry.kind == "item" and _source_after(title, named[i:]) is not None
        if not (owned or last):
            continue
        start, end = found.span(1)
        lent.append(replace(give, start=start, end=end, text=title[start:end]))
    return with_lent(hits, lent)


_FROM = re.compile(r"\s+(?:dari|from)\s+", re.IGNORECASE)


def _sent_to(title: str, hits: list[Hit], i: int) -> bool:
    """Whether the goods closed by hits[i - 1] may be sent 'to' hits[i] with no verb."""
    start = _goods_start(hits, i)
    if not _TO_LEAD.fullmatch(title, 0, start):
        return False
    flown = any(h.entry.kind == "item" and h.entry.sub in _FLOWN for h in hits[max(0, i - 2) : i])
    return not flown or bool(_BULK.search(title, 0, start))


def _goods_start(hits: list[Hit], i: int) -> int:
    """Where the goods closed by hits[i - 1] begin: with their party's name if it comes first."""
    owner = hits[i - 1]
    if owner.entry.kind == "actor" or (i >= 2 and hits[i - 2].entry.kind == "actor"):
        return hits[i - 2].start if i >= 2 else owner.start
    return owner.start


def _source_after(title: str, after: list[Hit]) -> str | None:
    """The party named with 'dari/from' right after the taker ("untuk Ukraina dari Inggris")."""
    if len(after) < 2 or after[1].entry.kind != "actor":
        return None
    told = _FROM.fullmatch(title, after[0].end, after[1].start)
    return after[1].entry.canonical if told else None


_OWNER_GAP = re.compile(r"\s*(?:'s|’s)?\s*|\s+(?:dari|asal|from)\s+", re.IGNORECASE)


def _owned(title: str, hits: list[Hit], i: int) -> bool:
    """Whether the hit before hits[i] closes an item of a party ("Drone Iran", "Iran's drones")."""
    if i < 2:
        return False
    first, second = hits[i - 2], hits[i - 1]
    kinds = {first.entry.kind, second.entry.kind}
    return kinds == {"item", "actor"} and bool(_OWNER_GAP.fullmatch(title, first.end, second.start))


def for_roles(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """The parties of a lent preposition or kept word: the items' party supplies the one after."""
    if transfer.entry.kind != "transfer":
        return roles
    if transfer.text.lower() not in LENT and transfer.entry.canonical != KEPT:
        return roles
    before = [h for h in hits if h.end <= transfer.start][-2:]
    # A kept word's held goods come before their taker ("Isi Gudang Senjata Rusia"): skip them.
    skip = {"negative", "item"} if transfer.entry.canonical == KEPT else {"negative"}
    after = [h for h in hits if h.start >= transfer.end and h.entry.kind not in skip][:2]
    owners = [h.entry.canonical for h in before if h.entry.kind == "actor"]
    owners += [h.entry.origin for h in before if h.entry.kind == "item" and h.entry.origin]
    source = _source_after(text, after) if after and after[0].entry.kind == "actor" else None
    owners = owners or ([source] if source else [])
    if not owners or not after or after[0].entry.kind != "actor":
        return roles
    return replace(
        roles,
        supplier=owners[-1],
        recipient=after[0].entry.canonical,
        supplier_rank=2,
        recipient_rank=2,
        several_sources=False,
    )


# Goods at the taker's front, trenches or depots: "Peluru Korut di Garis Depan Rusia". A battlefield
# or sky named after a state is where the war is, not who holds the goods ("di Langit Ukraina").
_PLACED_ID = re.compile(
    r"\s+(di)\s+(?:garis\s+depan|parit(?:-parit)?|gudang(?:\s+senjata)?|arsenal|barak)"
    r"(?:\s+(?:pasukan|tentara|militer))?\s+",
    re.IGNORECASE,
)
_PLACED_EN = re.compile(r"\s+(?:now\s+|already\s+)?(in|on|at)\s+(?:the\s+)?", re.IGNORECASE)
_HELD_BY = re.compile(
    r"(?:'s|’s)?\s+(?:front(?:[\s-]*lines?)?|war(?:\s+effort)?|arsenals?|stockpiles?|trenches|"
    r"depots?|guns)(?!\w)",
    re.IGNORECASE,
)
"""What a taker holds the goods in, after its name: "on Russia's front lines", "in Russia's war"."""


def placed(title: str, hits: list[Hit], give: Hit | None) -> list[Hit]:
    """ "Pyongyang's shells on Russia's front lines": goods placed with their taker, no verb."""
    if give is None or any(h.entry.kind == "transfer" and h.entry.sub != "swap" for h in hits):
        return hits
    lent: list[Hit] = []
    named = [h for h in hits if h.entry.kind != "negative"]
    for i in range(1, len(named)):
        owner, taker = named[i - 1], named[i]
        if taker.entry.kind != "actor":
            continue
        found = _PLACED_ID.fullmatch(title, owner.end, taker.start)
        if found is None and _HELD_BY.match(title, taker.end):
            found = _PLACED_EN.fullmatch(title, owner.end, taker.start)
        if found is None:
            continue
        if not (owner.entry.kind == "item" and owner.entry.origin) and not _owned(title, named, i):
            continue
        start, end = found.span(1)
        lent.append(replace(give, start=start, end=end, text=title[start:end]))
    return with_lent(hits, lent)
