"""Constructions standing for a transfer word: bound goods, routes, cargo, gains, goods kept."""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.filter.bare import KEPT
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


_SUSTAIN_EN = (
    r"(?:keeps?|kept|fills?|filled|feeds?|fed|fuels?|fuel(?:l)?ed|powers?|powered|bolsters?|"
    r"bolstered|boosts?|boosted|replenish(?:es|ed)?|restocks?|restocked|refills?|refilled|swells?|"
    r"swelled|sustains?|sustained|props?\s+up|propped\s+up|stocks?|stocked|floods?|flooded|arms?|"
    r"(?:sits?|sat|piles?\s+up|piled\s+up|stored|stockpiled|stacked)\s+(?:in|at))"
)
_HELD_EN = (
    r"(?:guns|artillery|cannons|howitzers|batteries|launchers|arsenals?|stockpiles?|stocks|"
    r"depots?|magazines|war\s+machine|war\s+effort|war|offensive|front(?:[\s-]*lines?)?|army|"
    r"troops|forces)"
)
_KEPT_EN = re.compile(
    rf"\s+(?:now\s+|still\s+|help\s+|helps\s+)?(?P<verb>{_SUSTAIN_EN})\s+(?:the\s+)?",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    rf"(?:'s|’s)?\s+{_HELD_EN}(?!\w)|\s+(?:stocked|supplied|armed|equipped)\s+with\b",
    re.IGNORECASE,
)  # "Russia's guns", "keeps Hezbollah stocked with rockets"
_KEPT_ID = re.compile(
    r"\s+(?:terus\s+|kian\s+|makin\s+|kini\s+|bantu\s+)?(?P<verb>(?:menumpuk|bertumpuk|"
    r"tersimpan|disimpan|ditimbun)\s+di|isi|mengisi|(?:meng)?isi\s+ulang|perkuat|"
    r"memperkuat|penuhi|memenuhi|pertebal|mempertebal|topang|menopang|tambah|menambah|hidupkan|"
    r"menghidupkan|jaga|menjaga|sokong|menyokong|banjiri|membanjiri)\s+(?:gudang(?:-gudang)?\s+"
    r"(?:senjata|amunisi|peluru|militer)|arsenal|persenjataan|stok(?:\s+(?:senjata|amunisi|peluru))?|"
    r"meriam|artileri|mesin\s+perang|garis\s+depan)"
    r"(?:\s+(?:pasukan|tentara|militer))?\s+",
    re.IGNORECASE,
)
_CLAUSE_MARKS = frozenset(".:;,!?\"'“”‘’()-–—")
_POSSESSIVE = re.compile(r"(?:'s|’s)?\s*")
_OWNED_GAP = re.compile(
    r"\s*(?:'s|’s)?\s*|\s+(?:dari|asal|from|buatan|bikinan|made\s+in)\s+", re.IGNORECASE
)
KEPT_ENTRY = Entry(kind="transfer", canonical=KEPT, sub="give", voice="active", strong=False)
"""A party's weapons keeping another's guns firing or arsenal full: the first gives them."""


def _owned_goods(text: str, hits: list[Hit], i: int) -> str | None:
    """The party whose goods hits[i] closes ("Pyongyang's shells", "Peluru Korut"), if any."""
    hit = hits[i]
    if hit.entry.kind == "item" and hit.entry.origin:
        return hit.entry.origin
    if i < 1:
        return None
    first = hits[i - 1]
    pair = {first.entry.kind, hit.entry.kind}
    near = _OWNED_GAP.fullmatch(text, first.end, hit.start)
    if pair != {"item", "actor"} or near is None:
        return None
    return first.entry.canonical if first.entry.kind == "actor" else hit.entry.canonical


def _opens_clause(text: str, start: int) -> bool:
    """Whether start opens the text or a clause: only spaces after a mark before it."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or text[start - 1] in _CLAUSE_MARKS


def _held_after(text: str, hits: list[Hit], j: int) -> bool:
    """Whether the taker hits[j] holds what follows: "Russia's guns", "Houthi missile arsenal"."""
    end = hits[j].end
    goods = hits[j + 1] if j + 1 < len(hits) else None
    if goods and goods.entry.kind == "item" and _POSSESSIVE.fullmatch(text, end, goods.start):
        end = goods.end  # "Russia's drone stocks"
    return bool(_HELD_AFTER.match(text, end) or _HELD_AFTER.match(text, hits[j].end))


def lend_kept(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a weak give word lent where one party's weapons keep another's war going.

    "Pyongyang's shells keep Russia's guns firing", "Drone Iran Isi Gudang Senjata Rusia",
    "Iran restocks Houthi missile arsenal", "shells now sit in Russian depots": one party, or
    its goods, doing the work of another's guns, arsenal or front, or stored in its depots, is
    its supply (weak: weapons must be named). A verb of striking ("Ukraine's drones hit
    Russia's arsenal") is no sustaining one, and goods of no weapon or a taker of the same
    party tell of no transfer. Read in titles and bodies alike.
    """
    named = [h for h in hits if h.entry.kind != "negative"]
    takers = {h.start: k for k, h in enumerate(named) if h.entry.kind == "actor"}
    lent = []
    for i, hit in enumerate(named[:-1]):
        # The giver's goods, or the giver itself ("Iran restocks Houthi missile arsenal").
        owner = _owned_goods(text, named, i)
        if owner is None and hit.entry.kind == "actor" and _opens_clause(text, hit.start):
            owner = hit.entry.canonical  # a subject; "Minyak Iran menopang ..." is Iran's oil
        if owner is None:
            continue
        found = _KEPT_EN.match(text, hit.end)
        j = takers.get(found.end(), 0) if found else 0
        if not j or not _held_after(text, named, j):
            found = _KEPT_ID.match(text, hit.end)
            j = takers.get(found.end(), 0) if found else 0
        if found is None or not j or named[j].entry.canonical == owner:
            continue
        start, end = found.span("verb")
        told = [h for h in hits if h.entry.kind == "transfer" and h.start < named[j].end]
        if told and all(start <= h.start and h.end <= end for h in told):
            # "Korut Isi Ulang Stok Peluru Rusia": restocking another's arsenal gives to it.
            return [replace(h, entry=KEPT_ENTRY) if h in told else h for h in hits]
        if told:
            return hits  # a verb of its own tells the transfer ("..., study finds" comes after)
        lent.append(Hit(hit.field, start, end, found.group("verb"), KEPT_ENTRY))
    return with_lent(hits, lent)


_NEEDS = re.compile(
    r"\s+(?:kini\s+|now\s+|still\s+|terus\s+|bantu\s+|helps?\s+)?(?P<verb>penuhi|memenuhi|cukupi|"
    r"mencukupi|meets?|met|fills?|filled|covers?|covered|plugs?|plugged)\s+(?P<rest>kebutuhan\s+|"
    r"kekurangan\s+|the\s+)?",
    re.IGNORECASE,
)
_NEED_AFTER = re.compile(
    r"\s+(?:needs?|demand|shortfall|shortages?|gap|hunger|appetite)(?!\w)", re.IGNORECASE
)
NEEDS_ENTRY = Entry(kind="transfer", canonical="penuhi", sub="give", voice="active", strong=False)
"""A party meeting another's need for weapons: it gives them."""


def lend_needs(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a weak give word lent where a party meets another's need for weapons.

    "Korut Penuhi Kebutuhan Peluru Rusia", "North Korea meets Russia's shell needs": the party
    filling the need supplies it; "Korut Penuhi Kebutuhan Pangan Rusia" names no weapon, and
    a need told without its taker ("Kim Penuhi Kebutuhan Peluru") names no second party.
    """
    if any(h.entry.kind == "transfer" for h in hits):
        return hits
    lent = []
    named = [h for h in hits if h.entry.kind != "negative"]  # "Amunisi Tentara Rusia"
    for i, giver in enumerate(named[:-2]):
        if giver.entry.kind != "actor":
            continue
        found = _NEEDS.match(text, giver.end)
        after = named[i + 1 : i + 3]
        if found is None or after[0].start != found.end():
            continue
        kinds = [h.entry.kind for h in after]
        if (found.group("rest") or "").strip().lower() in ("kebutuhan", "kekurangan"):
            fits = kinds == ["item", "actor"] or kinds == ["actor", "item"]  # "Peluru Rusia"
        else:  # "Russia's shell needs", "the Houthis' missile shortfall"
            fits = kinds == ["actor", "item"] and bool(_NEED_AFTER.match(text, after[1].end))
        if fits and giver.entry.canonical not in {h.entry.canonical for h in after}:
            verb = found.span("verb")
            lent.append(Hit(giver.field, *verb, text[slice(*verb)], NEEDS_ENTRY))
    return with_lent(hits, lent)
