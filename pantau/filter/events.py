"""Transfer events: each transfer word scored against its sentence, neighbours and headline."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from pantau.filter import asides, headline, parts, wording
from pantau.filter.barter import barter_roles, payment, pays_for_items, reverse
from pantau.filter.direction import Clause, Roles, target_user
from pantau.filter.matching import Hit, Sentences
from pantau.filter.watchlist import Watchlist
from pantau.records import Field

_ITEM_WORDS = 8
_GUESS = 4  # rank of a noun's bare subject: a guess, not evidence
_HELP_TO_MAKE = frozenset({"dengan bantuan", "membangun industri", "merakit"})
"""Transfer terms (their watchlist canonical) that tell of help to make weapons."""
_SITE = "opens"  # a factory set up in another party's country
_FACTORY = frozenset({"weapons factory", "drone factory"})
_ORIGIN = "came from"  # the watchlist's "weapons found to come from a country" entry
_FOUND_IN = "ditemukan di"  # the watchlist's "weapons found where a party holds them" entry
ARMING = frozenset({"mempersenjatai", "arm"})  # transfer words that are themselves weapons
SUPPLY = frozenset({"pasok", "memasokan", "suplai", "mensuplai", "supply"})
"""Supply words that, from a party to an armed group, need no item word: "Iran Pasok Houthi"."""
_USE = "menggunakan"  # the watchlist's "weapons of a maker country in another's hands" entry


@dataclass(frozen=True, slots=True)
class Event:
    """One transfer word in context, scored."""

    hit: Hit
    sentence: int
    score: float
    roles: Roles
    items: tuple[Hit, ...]
    actors: frozenset[str]
    negatives: frozenset[str]
    denied: bool
    rule: str
    evidence: str
    span: tuple[int, int]
    features: dict[str, float]


class StoryField:
    """One field's hits grouped by sentence."""

    def __init__(self, name: Field, text: str, hits: list[Hit]) -> None:
        self.name = name
        self.text = text
        self.sentences = Sentences(text)
        self.by_sentence: dict[int, list[Hit]] = defaultdict(list)
        for hit in hits:
            self.by_sentence[self.sentences.index(hit.start)].append(hit)

    def sentence_text(self, index: int) -> str:
        """The text of one sentence, stripped."""
        start, end = self.sentences.span(index)
        return self.text[start:end].strip()

    def pays_for_items(self, index: int) -> bool:
        """Whether sentence index tells of a payment for weapons ("bayaran atas amunisi")."""
        if not any(h.entry.sub == "swap" for h in self.by_sentence.get(index, ())):
            return False
        start, end = self.sentences.span(index)
        return pays_for_items(Clause(self.text, start, end, self.by_sentence[index]))

    def kinds(self, index: int, kind: str) -> list[Hit]:
        """Hits of one kind in sentence index."""
        return [h for h in self.by_sentence.get(index, ()) if h.entry.kind == kind]


def _event(
    fld: StoryField,
    index: int,
    hit: Hit,
    near_items: list[Hit],
    wl: Watchlist,
    paid_near: bool,
    traded_near: bool = False,
) -> Event | None:
    """Score one transfer word against its sentence and neighbours."""
    hits = fld.by_sentence[index]
    items = [h for h in hits if h.entry.kind == "item"]
    if not items and hit.entry.canonical in ARMING:
        items = [hit]  # "Iran denies arming Houthis": the word itself names the weapons
    to_group = not items and supplies_group(fld.text, hit, hits, wl)
    if to_group:
        items = [hit]  # "Tehran denies supplying Hezbollah": what a group is supplied is arms
    if not items and not near_items:
        return None
    if wording.told_elsewhere(fld.text, hit, hits) or asides.dated_aside(fld.text, hit, hits):
        return None  # "operates Russian-built Sukhois, bought in the 2000s,": the items' past
    if asides.other_object(fld.text, hit, hits):
        return None  # "sends condolences to Iran after drone crash": what is sent is no weapon
    start, end = fld.sentences.span(index)
    if hit.entry.sub == "get" and wording.refused(fld.text, start, hits):
        return None  # "Indonesia Tak Akan Beli Senjata dari Rusia": a buyer says it will not buy
    clause = Clause(fld.text, start, end, hits)
    pay = payment(clause, hit)
    swaps = any(h.entry.sub == "swap" for h in hits)
    # "Rusia Beli Gandum Iran, Drone Tak Dibahas": goods bought, no barter; goods beside a
    # weapons sale in the next sentence may pay for it ("Korut menjual senjata").
    bartered = paid_near or swaps or (traded_near and not items)
    if pay is None and not bartered and asides.goods_object(fld.text, hit, hits):
        return None
    if pay is not None and pay.start >= hit.end and not fld.text[hit.end : pay.start].strip():
        pay = None  # "Dapat Imbalan Teknologi Kapal Selam dari Moskow": the reward is what is got
    roles = clause.roles(hit) if pay is None else barter_roles(clause, hit, pay)
    goods = any(h.entry.canonical == "goods" for h in hits if h.entry.kind == "negative")
    if paid_near and goods and not items and pay is None and hit.entry.sub in ("give", "get"):
        roles = reverse(roles)  # "X supplied oil to Y. The oil paid for Y's shells."
    if fld.name == "title":
        roles = headline.accused_supplier(fld.text, hit, hits, roles)
        roles = headline.for_roles(fld.text, hit, hits, roles)
        roles = headline.claimed_roles(fld.text, hit, hits, roles)
    roles = headline.indirect_object(
        fld.text, hit, hits, headline.owner_recipient(fld.text, hit, hits, roles)
    )
    roles = headline.user_recipient(fld.text, hit, hits, roles)
    roles = headline.seizer_no_supplier(fld.text, hits, roles)
    if hit.entry.canonical == _ORIGIN:
        roles = headline.seized_holder(fld.text, hit, hits, roles)
    roles = target_user(roles, clause.targets(), wl.hostile)
    roles = parts.design_maker(fld.text, hit, hits, roles)
    if roles.recipient is not None and roles.recipient == wording.front_place(fld.text, hit, hits):
        roles = replace(roles, recipient=None, recipient_rank=9)
    if to_group and (roles.supplier is None or roles.recipient not in wl.group_base):
        return None  # only a named party's supply to the group itself
    found_part = hit.entry.canonical == parts.CANONICAL
    if hit.entry.canonical == parts.TRACED:
        roles = parts.traced_roles(fld.text, hit, hits, roles)
    if found_part:
        roles = parts.roles(fld.text, hit, hits, roles)
    factory = any(
        i.entry.canonical in _FACTORY and clause.distance(hit, i) <= _ITEM_WORDS for i in items
    )
    if hit.entry.canonical == _SITE and not factory:
        return None
    if factory and hit.entry.sub == "give" and roles.recipient is None:  # "pabrik ... di Venezuela"
        roles = headline.site_recipient(clause, hit, roles)
    if hit.entry.canonical == _FOUND_IN:
        roles = headline.holder_recipient(fld.text, hit, hits, roles)
    # Weapons found with their maker named tell of a supply to whoever fights there.
    made = hit.entry.canonical == _FOUND_IN and wording.maker_named(fld.text, hit, hits, roles)
    paired = (
        len({h.entry.canonical for h in hits if h.entry.kind == "actor"}) > 1
        if hit.entry.sub == "deal"
        else roles.supplier and roles.recipient
    )  # a deal's two parties are named, whichever gives
    if hit.entry.both_parties and not paired and not made:
        return None
    if (
        hit.entry.canonical == _FOUND_IN
        and not made
        and not wording.HELD.search(fld.text, hit.end, end)
    ):
        return None  # "drone Iran ditemukan di Ukraina" is wreckage, not weapons held by a party
    alone = not any(h.entry.kind == "transfer" and h is not hit for h in hits)
    if alone and headline.helps_fight(fld.text, hit):
        return None  # unless the headline also tells what was handed over
    if wording.debris_handed(fld.text, hit, items):
        return None
    if wording.berths(hit, items):
        return None  # "Kapal Perang Rusia Berlabuh di Tanjung Priok": a port call, no delivery
    if wording.aimed(fld.text, hit):
        return None  # sent at a target, not to a receiver
    close = any(clause.distance(hit, i) <= _ITEM_WORDS for i in items)
    if hit.entry.sub == "deal" and not close:
        return None  # "kontrak pelatih" ... "senjata" far away: not an arms deal
    actors = frozenset(h.entry.canonical for h in hits if h.entry.kind == "actor")
    # Goods paid for weapons state a transfer however weak the verb ("menerima minyak").
    strong = hit.entry.strong or roles.barter
    if hit.entry.sub == "deal":
        found = min(2, len(actors))
    else:
        found = (roles.supplier_rank != _GUESS and roles.supplier is not None) + (
            roles.recipient is not None
        )
    if found < 2 and (
        asides.agreed_pair(fld.text, hit, hits) or asides.swap_pair(fld.text, hit, hits)
    ):
        found = 2  # "Rusia-Iran Sepakati Pengiriman", "Korut Tukar Peluru dengan ...": both parties
    explicit = min(roles.supplier_rank, roles.recipient_rank) == 1
    # A headline is one statement: "Korea sends drones to Taiwan? No, it's a light show".
    heard = [h for hs in fld.by_sentence.values() for h in hs] if fld.name == "title" else hits
    cues = wording.negative_cues(heard, items or near_items)
    if hit.entry.sub == "swap" or roles.barter:
        cues.pop("goods", None)  # barter of goods for weapons is still arms supply
    fuel = cues.get("goods")
    if fuel and any(clause.distance(fuel, i) <= 1 for i in items):
        cues.pop("goods")  # "senjata dan bahan bakar": goods beside weapons do not unmake them
    stopped = cues.get("combat")
    if (
        stopped
        and stopped.text.lower().startswith(wording.STOPPED)
        and wording.CARGO.search(fld.text, start, end)
    ):
        cues.pop("combat")  # a ship or shipment stopped at sea is an interdiction, not combat
    if found_part and "combat" in cues and not parts.told(fld.text, start, end, hit, hits):
        return None  # "drones with American parts hit a refinery": the strike is the story
    if made or found_part:
        cues.pop("combat", None)  # "Peluru Asal Korut Ditemukan di Medan Perang": where, not what
    if found_part:
        cues.pop("production", None)  # "dirakit dengan mesin buatan Iran": built with the parts
    if hit.entry.canonical == _ORIGIN:
        cues.pop("seizure", None)  # "weapons seized from Hamas traced to North Korea": a finding
    if "neutrality" in cues and wording.ACCUSED.search(fld.text, start, end):
        cues.pop("neutrality")  # "Dituduh suplai drone, Teheran: kami netral" is a denial
    # A headline "<source>: <claim>" attributes its claim as a finding does.
    quoted = fld.name == "title" and ":" in fld.text[start : hit.start]
    finding = quoted or wording.FOUND.search(fld.text, start, end) is not None
    if hit.entry.canonical == _USE and ("combat" in cues or not finding):
        return None  # using foreign-made weapons tells of supply only when a finding says so
    if hit.entry.canonical in _HELP_TO_MAKE:
        cues.pop("production", None)  # "dirakit dengan bantuan Iran": making is the help
    clear = strong and close and found == 2
    features = {
        "base": 1.0,
        "strong": float(strong),
        "item_same": float(close),
        "item_near": float(not close),
        "both_roles": float(found == 2),
        "one_role": float(found == 1),
        "explicit": float(found == 1 and explicit),
        "weak_alone": -float(found < 2 and not strong),
        "loose": -float(not close and (not strong or hit.entry.voice == "noun")),
        "no_actor": -float(not actors and found == 0),
        "no_role": -float(found == 0),
        "in_title": float(fld.name == "title"),
        **{name: -amount for name, amount in wording.cue_features(cues, clear, wl).items()},
    }
    score = wl.weights.weigh(features)
    negatives = frozenset(cues)
    rule = (
        ("barter:" if roles.barter else "")
        + f"{hit.entry.sub}:{hit.entry.voice}"
        + ("" if close else ":far_item")
    )
    if roles.supplier and (roles.supplier, roles.recipient) in wl.hostile:
        score *= wl.weights.rules.hostile
        rule = "hostile_pair"
    elif headline.attacks_target(roles, frozenset(clause.parties()), wl.hostile):
        score *= wl.weights.rules.hostile
        rule = "hostile_target"
    elif negatives:
        rule += ":" + "+".join(sorted(negatives))
    denied = any(h.entry.kind == "denial" for h in hits)
    if denied:
        rule += ":denied"
    return Event(
        hit,
        index,
        max(0.0, min(1.0, score)),
        roles,
        tuple(items or near_items),
        actors,
        negatives,
        denied,
        rule,
        fld.sentence_text(index),
        _stripped_span(fld.text, start, end),
        features,
    )


def supplies_group(text: str, hit: Hit, hits: list[Hit], wl: Watchlist) -> bool:
    """Whether a supply word's object is an armed group itself ("Pasok Houthi", "supplying Hamas").

    What is supplied goes unnamed only then: "Suplai Dana untuk Hamas" names money, not arms.
    """
    if hit.entry.kind != "transfer" or hit.entry.canonical not in SUPPLY:
        return False
    return any(
        h.entry.kind == "actor"
        and h.entry.canonical in wl.group_base
        and _GROUP_OBJECT.fullmatch(text[hit.end : h.start])
        and _OBJECT_ENDS.match(text, h.end) is not None
        for h in hits
        if h.start >= hit.end
    )


_OBJECT_ENDS = re.compile(
    r"\s*(?:$|[,.;:?!'\"”’)]|(?:lewat|melalui|via|through|di|in|at|sejak|since|selama|kata|"
    r"says|said|amid|despite|meski|lagi|again|terus|secara|diam-diam|covertly|secretly)\b)",
    re.IGNORECASE,
)
"""Where the group ends its clause: nothing after it names what was supplied (cash, fuel, data)."""
_GROUP_OBJECT = re.compile(
    r"\s+(?:(?:ke|kepada|untuk|bagi|to|for)\s+)?(?:(?:kelompok|milisi|militan|the)\s+)?",
    re.IGNORECASE,
)


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without its surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def events_of(title: StoryField, body: StoryField, wl: Watchlist) -> list[Event]:
    """Every scored transfer event in title and text."""
    events: list[Event] = []
    for fld in (title, body):
        for index, hits in fld.by_sentence.items():
            neighbours = (0, 1) if fld is title else (index - 1, index + 1)
            paid = any(body.pays_for_items(n) for n in neighbours)
            for hit in hits:
                if hit.entry.kind != "transfer":
                    continue
                near = [h for n in neighbours for h in body.kinds(n, "item")]
                mine = {h.entry.canonical for h in hits if h.entry.kind == "actor"}
                traded = any(  # a weapons trade beside it, by one of its parties
                    body.kinds(n, "transfer")
                    and body.kinds(n, "item")
                    and mine.intersection(h.entry.canonical for h in body.kinds(n, "actor"))
                    for n in neighbours
                    if fld is title or n != index
                )
                event = _event(fld, index, hit, near, wl, paid, traded)
                if event is not None:
                    events.append(event)
    return events
