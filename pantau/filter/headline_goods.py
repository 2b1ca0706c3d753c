"""Headline constructions standing for a transfer word: bound goods, routes, cargo, two gains."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.spread import ROUTE

_PATH = re.compile(
    r"\b(?:jalur|jalan|rute|koridor|aliran|arus|perjalanan|jejak|route|routes|pipeline|corridor|"
    r"flow|trail|journey|lifeline|supply\s+line)\b",
    re.IGNORECASE,
)
ROUTE_ENTRY = Entry(kind="transfer", canonical="route", sub="give", voice="noun", strong=False)
"""A route of weapons: its start sends them, its end takes them."""


def lend_route(title: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a give word lent to a headline that is a route of weapons.

    "Dari Pyongyang ke Donbas: Jalur Peluru", "From Tehran to Moscow: the drone pipeline": a
    route from a party, told as a path of weapons, is their supply; a route of tourists or
    flights ("Jalur Kereta Wisata") names no weapon, and a route with no path word is a trip.
    """
    found = ROUTE.fullmatch(title)
    if found is None or any(h.entry.kind == "transfer" for h in hits):
        return hits
    if not any(h.entry.kind == "item" for h in hits) or not _PATH.search(title):
        return hits
    source = [
        h for h in hits if h.entry.kind == "actor" and found.start("a") <= h.start < found.end("a")
    ]
    if len(source) != 1:
        return hits
    start = found.start("a")
    word = title.rfind(" ", 0, start - 1) + 1  # the "dari"/"from" before the source
    return with_lent(
        hits, [Hit(source[0].field, word, start - 1, title[word : start - 1], ROUTE_ENTRY)]
    )


_BOUND = re.compile(r"-bound(?![\w-])", re.IGNORECASE)
_CARGO = re.compile(
    r"\b(?:cargo|consignments?|shipments?|containers?|crates?|trains?|ships?|vessels?|trucks?)\b",
    re.IGNORECASE,
)
_FLY_THEMSELVES = frozenset({"drone", "missile"})  # "Kyiv-bound drones" may be fired at Kyiv
BOUND_ENTRY = Entry(kind="transfer", canonical="bound", sub="get", voice="active", strong=False)
"""A party's "-bound" goods head to it: the party gets them."""


def lend_bound(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a get word lent to a party written with "-bound" before weapons.

    "Russia-bound shells spotted at North Korean port": the goods head to the party. Drones and
    missiles bound for a place may be fired at it, so they count only where the headline tells
    of a cargo ("Russia-bound missiles seen on train"); "Russia-bound tourists" name no weapon.
    """
    lent = []
    for i, hit in enumerate(hits):
        bound = _BOUND.match(text, hit.end) if hit.entry.kind == "actor" else None
        if bound is None:
            continue
        goods = [h for h in hits[i + 1 : i + 4] if h.entry.kind == "item"]
        flown = all(g.entry.sub in _FLY_THEMSELVES for g in goods)
        if goods and (not flown or _CARGO.search(text)):
            lent.append(Hit(hit.field, *bound.span(), bound.group(), BOUND_ENTRY))
    return with_lent(hits, lent)


_CARGO_ROUTE = re.compile(
    r"\b(?P<cargo>kereta\s+barang|gerbong|kargo|muatan|kontainer|peti\s+kemas|cargo|freight|"
    r"containers?|consignments?|shipments?)\b(?:\s+\w+){0,2}?\s+(?:dari|from)\s+",
    re.IGNORECASE,
)
CARGO_ENTRY = Entry(kind="transfer", canonical="cargo", sub="give", voice="noun", strong=False)
"""Cargo carried from one party to another: weapons named for it make it their supply."""


def lend_cargo(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a weak give word lent to a headline's cargo carried from a party to another.

    "Lonjakan Kereta Barang dari Korut ke Rusia" over a body naming the freight as shells: the
    cargo is the supply; weak, so freight of coal or grain with no weapon named stays quiet.
    """
    kinds = [h.entry.kind for h in hits]
    if "transfer" in kinds or kinds.count("actor") < 2:
        return hits
    found = _CARGO_ROUTE.search(text)
    if found is None or not any(h.entry.kind == "actor" and h.start == found.end() for h in hits):
        return hits
    field = hits[0].field
    cargo = Hit(field, *found.span("cargo"), found.group("cargo"), CARGO_ENTRY)
    return with_lent(hits, [cargo])


_NOUN = r"(?!(?:me|di|ber|ter)\w)[^,;]+"  # a noun, no verb ("Dapat Menyerang" is "can attack")
_TWO_GETS = re.compile(
    rf"[^,;:]+?\s+(?P<a>dapat|dapatkan|peroleh)\s+{_NOUN}[,;]\s*[^,;:]+?\s+(?P<b>dapat|"
    rf"dapatkan|peroleh)\s+{_NOUN}",
    re.IGNORECASE,
)
GOT_ENTRY = Entry(kind="transfer", canonical="dapat", sub="get", voice="active", strong=False)
"""One side's gain in a headline of two: "Korut Dapat Minyak, Rusia Dapat Peluru"."""


def lend_two_gets(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with the two 'dapat' of a barter headline read as gains the other side pays.

    "Korut Dapat Minyak, Rusia Dapat Peluru": each side gets what the other gives, as in
    "Pyongyang Gets Oil, Moscow Gets Shells", so neither 'dapat' needs its own source named;
    alone, "dapat" is mostly "can" and keeps needing both parties.
    """
    found = _TWO_GETS.fullmatch(text)
    if found is None:
        return hits
    gains = {found.start("a"), found.start("b")}
    if sum(h.start in gains and h.entry.kind == "transfer" for h in hits) != 2:
        return hits
    return [
        replace(h, entry=GOT_ENTRY) if h.start in gains and h.entry.kind == "transfer" else h
        for h in hits
    ]
