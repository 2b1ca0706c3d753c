"""Transfer events: each transfer word scored against its sentence, neighbours and headline."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pantau.filter import asides, headline, misreads, parts, seizures, spread, strikes, wording
from pantau.filter.barter import payment, pays_for_items
from pantau.filter.counterpart import fill_headline
from pantau.filter.direction import Clause, Roles
from pantau.filter.event_roles import FOUND_IN, ORIGIN, found_roles, told_roles
from pantau.filter.matching import Hit, Sentences
from pantau.filter.unnamed_arms import ARMING, items_or_arms
from pantau.filter.watchlist import Watchlist
from pantau.records import Field

_ITEM_WORDS = 8
_GUESS = 4  # rank of a noun's bare subject: a guess, not evidence
_LEAD = 2  # sentences of a body a route headline heads
_HELP_TO_MAKE = frozenset({"dengan bantuan", "membangun industri", "merakit"})
"""Transfer terms (their watchlist canonical) that tell of help to make weapons."""
_SITE = "opens"  # a factory set up in another party's country
_FACTORY = frozenset({"weapons factory", "drone factory"})
_USE = strikes.USE  # the watchlist's "weapons of a maker country in another's hands" entry


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
        self._clauses: dict[int, Clause] = {}  # each read once: a fifth were read twice or more

    def clause(self, index: int) -> Clause:
        """Sentence index read as a clause, once for its transfer words, payment and counterpart."""
        if index not in self._clauses:
            start, end = self.sentences.span(index)
            self._clauses[index] = Clause(self.text, start, end, self.by_sentence[index])
        return self._clauses[index]

    def sentence_text(self, index: int) -> str:
        """The text of one sentence, stripped."""
        start, end = self.sentences.span(index)
        return self.text[start:end].strip()

    def pays_for_items(self, index: int) -> bool:
        """Whether sentence index tells of a payment for weapons ("bayaran atas amunisi")."""
        if not any(h.entry.sub == "swap" for h in self.by_sentence.get(index, ())):
            return False
        return pays_for_items(self.clause(index))

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
    beside: list[tuple[str, list[Hit]]] | None = None,
    route: tuple[str, str] | None = None,
) -> Event | None:
    """Score one transfer word against its sentence and neighbours."""
    hits = fld.by_sentence[index]
    items, to_group = items_or_arms(fld.text, hit, hits, wl)
    if not items and not near_items:
        return None
    start, end = fld.sentences.span(index)
    if _aside(fld.text, start, hit, hits):
        return None
    clause = fld.clause(index)
    pay = payment(clause, hit)
    if pay is None and _goods_bought(fld.text, hit, hits, items, paid_near, traded_near):
        return None
    roles = told_roles(fld.text, fld.name == "title", hit, hits, clause, pay, paid_near, items, wl)
    if to_group and (roles.supplier is None or roles.recipient not in wl.group_base):
        return None  # only a named party's supply to the group itself
    factory = any(
        i.entry.canonical in _FACTORY and clause.distance(hit, i) <= _ITEM_WORDS for i in items
    )
    roles = found_roles(fld.text, hit, hits, clause, factory, roles)
    if hit.entry.canonical == _SITE and not factory:
        return None
    # Weapons found with their maker named tell of a supply to whoever fights there.
    found_in = hit.entry.canonical == FOUND_IN
    made, roles = seizures.maker_found(fld.text, hit, hits, roles, wl, found_in)
    close = any(clause.distance(hit, i) <= _ITEM_WORDS for i in items)
    if _no_supply(fld.text, end, hit, hits, items, roles, made, close):
        return None
    actors = frozenset(h.entry.canonical for h in hits if h.entry.kind == "actor")
    roles = wording.maker_sends(fld.text, hit, hits, roles, _GUESS)
    found = _found(fld.text, hit, hits, roles, actors)
    # "menerima dua jet tempur." + "Jet tersebut ... kontrak dengan Rusia": the party one
    # sentence lacks is the same weapons' source or goal beside it, or the route headed.
    lead_route = route if fld.name == "text" and index < _LEAD else None
    roles, found = spread.completed(roles, found, tuple(items or near_items), beside, lead_route)
    cues = _cues(fld, start, end, hit, hits, clause, items, near_items, roles)
    found_part = hit.entry.canonical == parts.CANONICAL
    if found_part and "combat" in cues and not parts.told(fld.text, start, end, hit, hits):
        return None  # "drones with American parts hit a refinery": the strike is the story
    if hit.entry.canonical == _USE and ("combat" in cues or not _finding(fld, start, end, hit)):
        return None  # using foreign-made weapons tells of supply only when a finding says so
    cues = _excused(cues, fld.text, start, end, hit, found_part, made)
    features = _features(fld.name, hit, roles, close, found, actors, cues, wl)
    negatives = frozenset(cues)
    hostile = _hostile(roles, clause, wl)
    score = wl.weights.weigh(features)
    if hostile:
        score *= wl.weights.rules.hostile
    denied = any(h.entry.kind == "denial" for h in hits)
    return Event(
        hit,
        index,
        max(0.0, min(1.0, score)),
        roles,
        tuple(items or near_items),
        actors,
        negatives,
        denied,
        (hostile or _rule(hit, roles, close, negatives)) + (":denied" if denied else ""),
        fld.sentence_text(index),
        _stripped_span(fld.text, start, end),
        features,
    )


def _aside(text: str, start: int, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the word tells of no supply now: a past, another object or a refusal."""
    if wording.told_elsewhere(text, hit, hits) or asides.dated_aside(text, hit, hits):
        return True  # "operates Russian-built Sukhois, bought in the 2000s,": the items' past
    if asides.other_object(text, hit, hits) and hit.entry.canonical not in ARMING:
        return True  # "sends condolences to Iran after drone crash" ("arms troops" arms them)
    if misreads.retail_sale(text, hit) or misreads.attack_origin(text, start, hit):
        return True  # "sold in Jakarta malls", "Serangan ke Israel Berasal dari Iran"
    # "Indonesia Tak Akan Beli Senjata dari Rusia": a buyer says it will not buy.
    return hit.entry.sub == "get" and wording.refused(text, start, hits)


def _goods_bought(
    text: str, hit: Hit, hits: list[Hit], items: list[Hit], paid_near: bool, traded_near: bool
) -> bool:
    """Whether, with no payment named, what changes hands is goods and no barter."""
    swaps = any(h.entry.sub == "swap" for h in hits)
    # "Rusia Beli Gandum Iran, Drone Tak Dibahas": goods bought, no barter; goods beside a
    # weapons sale in the next sentence may pay for it ("Korut menjual senjata").
    bartered = paid_near or swaps or (traded_near and not items)
    return not bartered and asides.goods_object(text, hit, hits)


def _no_supply(
    text: str,
    end: int,
    hit: Hit,
    hits: list[Hit],
    items: list[Hit],
    roles: Roles,
    made: bool,
    close: bool,
) -> bool:
    """Whether the word, its roles read, still tells of no arms supply."""
    paired = (
        len({h.entry.canonical for h in hits if h.entry.kind == "actor"}) > 1
        if hit.entry.sub == "deal"
        else (roles.supplier or roles.several_sources) and roles.recipient
    )  # a deal's two parties are named, whichever gives
    if hit.entry.both_parties and not paired and not made:
        return True
    if hit.entry.canonical == FOUND_IN and not made and not wording.HELD.search(text, hit.end, end):
        return True  # "drone Iran ditemukan di Ukraina" is wreckage, not weapons held by a party
    alone = not any(h.entry.kind == "transfer" and h is not hit for h in hits)
    if alone and headline.helps_fight(text, hit):
        return True  # unless the headline also tells what was handed over
    if wording.debris_handed(text, hit, items):
        return True
    if wording.berths(hit, items):
        return True  # "Kapal Perang Rusia Berlabuh di Tanjung Priok": a port call, no delivery
    if wording.aimed(text, hit) or strikes.deployed(text, hit, hits, items):
        return True  # sent at a target, not to a receiver; jets sent to strike, deployed
    if hit.entry.canonical == parts.MAKE and wording.plant_makes(text, hit):
        return True  # "a factory producing Su-35 jets" makes them for no party named
    return hit.entry.sub == "deal" and not close  # "kontrak pelatih" ... "senjata" far away


def _found(text: str, hit: Hit, hits: list[Hit], roles: Roles, actors: frozenset[str]) -> int:
    """How many of the two parties are found: 0, 1 or 2."""
    if hit.entry.sub == "deal":
        found = min(2, len(actors))
    else:
        named = roles.supplier is not None and roles.supplier_rank != _GUESS
        # "dari Rusia dan China": several sources named are a supplier found, if none chosen.
        found = (named or roles.several_sources) + (roles.recipient is not None)
    if found < 2 and (asides.agreed_pair(text, hit, hits) or asides.swap_pair(text, hit, hits)):
        found = 2  # "Rusia-Iran Sepakati Pengiriman", "Korut Tukar Peluru dengan ...": both parties
    return found


def _cues(
    fld: StoryField,
    start: int,
    end: int,
    hit: Hit,
    hits: list[Hit],
    clause: Clause,
    items: list[Hit],
    near_items: list[Hit],
    roles: Roles,
) -> dict[str, Hit]:
    """The negative cues heard with the word, less bartered goods and ships stopped at sea."""
    # A headline is one statement: "Korea sends drones to Taiwan? No, it's a light show".
    heard = [h for hs in fld.by_sentence.values() for h in hs] if fld.name == "title" else hits
    cues = wording.negative_cues(heard, items or near_items)
    if hit.entry.sub == "swap" or roles.barter:
        cues.pop("goods", None)  # barter of goods for weapons is still arms supply
    fuel = cues.get("goods")
    if fuel and any(clause.distance(fuel, i) <= 1 for i in items):
        cues.pop("goods")  # "senjata dan bahan bakar": goods beside weapons do not unmake them
    aim = cues.get("combat")
    if aim and strikes.purpose(fld.text, aim) and strikes.received_for_use(hit, items):
        cues.pop("combat")  # "Terima Drone Iran untuk Gempur Pemberontak": the weapons' use
    stopped = cues.get("combat")
    if (
        stopped
        and stopped.text.lower().startswith(wording.STOPPED)
        and wording.CARGO.search(fld.text, start, end)
    ):
        cues.pop("combat")  # a ship or shipment stopped at sea is an interdiction, not combat
    return seizures.interdicted(cues, roles, fld.text, start, end)  # between parties, no police


def _excused(
    cues: dict[str, Hit], text: str, start: int, end: int, hit: Hit, found_part: bool, made: bool
) -> dict[str, Hit]:
    """The cues left once those a finding, a denial or help to make explains are dropped."""
    if made or found_part:
        cues.pop("combat", None)  # "Peluru Asal Korut Ditemukan di Medan Perang": where, not what
    if found_part:
        cues.pop("production", None)  # "dirakit dengan mesin buatan Iran": built with the parts
    if hit.entry.canonical == ORIGIN:
        cues.pop("seizure", None)  # "weapons seized from Hamas traced to North Korea": a finding
    if "neutrality" in cues and wording.ACCUSED.search(text, start, end):
        cues.pop("neutrality")  # "Dituduh suplai drone, Teheran: kami netral" is a denial
    if hit.entry.canonical in _HELP_TO_MAKE:
        cues.pop("production", None)  # "dirakit dengan bantuan Iran": making is the help
    return cues


def _finding(fld: StoryField, start: int, end: int, hit: Hit) -> bool:
    """Whether the sentence reports a finding, or a headline credits it or names the maker."""
    # "Hizbullah Pakai Roket Buatan Iran" states the origin "Russia uses Iranian drones" (a design
    # built anywhere) only names; "<source>: <claim>" attributes its claim as a finding does.
    told = ":" in fld.text[start : hit.start] or seizures.maker_after(fld.text, hit.end, end)
    return (fld.name == "title" and told) or wording.FOUND.search(fld.text, start, end) is not None


def _features(
    field: Field,
    hit: Hit,
    roles: Roles,
    close: bool,
    found: int,
    actors: frozenset[str],
    cues: dict[str, Hit],
    wl: Watchlist,
) -> dict[str, float]:
    """The score's features: how strong the word, how near its items, how many parties found."""
    # Goods paid for weapons state a transfer however weak the verb ("menerima minyak").
    strong = hit.entry.strong or roles.barter
    explicit = min(roles.supplier_rank, roles.recipient_rank) == 1
    clear = strong and close and found == 2
    return {
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
        "in_title": float(field == "title"),
        **{name: -amount for name, amount in wording.cue_features(cues, clear, wl).items()},
    }


def _hostile(roles: Roles, clause: Clause, wl: Watchlist) -> str | None:
    """The rule when the parties are foes: a hostile pair, a hostile target, or None."""
    if roles.supplier and (roles.supplier, roles.recipient) in wl.hostile:
        return "hostile_pair"
    if headline.attacks_target(roles, frozenset(clause.parties()), wl.hostile):
        return "hostile_target"
    return None


def _rule(hit: Hit, roles: Roles, close: bool, negatives: frozenset[str]) -> str:
    """The rule name: barter, the word's sense and voice, a far item and the negative cues."""
    return (
        ("barter:" if roles.barter else "")
        + f"{hit.entry.sub}:{hit.entry.voice}"
        + ("" if close else ":far_item")
        + (":" + "+".join(sorted(negatives)) if negatives else "")
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
    route = spread.route_title(title.text, [h for hs in title.by_sentence.values() for h in hs])
    for fld in (title, body):
        for index, hits in fld.by_sentence.items():
            words = [h for h in hits if h.entry.kind == "transfer"]
            if not words:
                continue  # what is read beside a sentence is read once, for its transfer words
            neighbours = (0, 1) if fld is title else (index - 1, index + 1)
            paid = any(body.pays_for_items(n) for n in neighbours)
            near = [h for n in neighbours for h in body.kinds(n, "item")]
            mine = {h.entry.canonical for h in hits if h.entry.kind == "actor"}
            traded = any(  # a weapons trade beside it, by one of its parties
                spread.trade_beside(body.text, body.by_sentence.get(n, []), mine)
                for n in neighbours
                if fld is title or n != index
            )
            beside = [(body.text, body.by_sentence.get(n, [])) for n in neighbours]
            for hit in words:
                event = _event(fld, index, hit, near, wl, paid, traded, beside, route)
                if event is not None:
                    events.append(event)
    return fill_headline(events, body, wl)  # "Ekspor Drone ke Sekutu" + "dikirim ke Estonia"
