"""The arms-supply filter: is a story about a weapons transfer involving a watched party?"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from pantau.filter import headline, wording
from pantau.filter.barter import barter_roles, payment, pays_for_items, reverse
from pantau.filter.direction import Clause, Roles, target_user
from pantau.filter.matching import Hit, Sentences
from pantau.filter.transfers import party, transfers
from pantau.filter.vote import direction
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.filter.weights import SCORE_FEATURES
from pantau.records import Field, Mention, Verdict

__all__ = ["classify", "default_watchlist_path", "load_watchlist", "score_features"]

_ITEM_WORDS = 8
_GUESS = 4  # rank of a noun's bare subject: a guess, not evidence
_LONG, _LEAD_SENTENCES = 12, 2
_ELSEWHERE = frozenset({"combat", "test", "exercise", "fair"})  # a headline's story elsewhere
_HELP_TO_MAKE = frozenset({"dengan bantuan", "membangun industri", "merakit"})
"""Transfer terms (their watchlist canonical) that tell of help to make weapons."""
_SITE = "opens"  # a factory set up in another party's country
_FACTORY = frozenset({"weapons factory", "drone factory"})
_ORIGIN = "came from"  # the watchlist's "weapons found to come from a country" entry
_FOUND_IN = "ditemukan di"  # the watchlist's "weapons found where a party holds them" entry
_ARMING = frozenset({"mempersenjatai", "arm"})  # transfer words that are themselves weapons
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


class _Field:
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
    fld: _Field, index: int, hit: Hit, near_items: list[Hit], wl: Watchlist, paid_near: bool
) -> Event | None:
    """Score one transfer word against its sentence and neighbours."""
    hits = fld.by_sentence[index]
    items = [h for h in hits if h.entry.kind == "item"]
    if not items and hit.entry.canonical in _ARMING:
        items = [hit]  # "Iran denies arming Houthis": the word itself names the weapons
    if not items and not near_items:
        return None
    if wording.told_elsewhere(fld.text, hit, hits):
        return None
    start, end = fld.sentences.span(index)
    if hit.entry.sub == "get" and wording.refused(fld.text, start, hits):
        return None  # "Indonesia Tak Akan Beli Senjata dari Rusia": a buyer says it will not buy
    clause = Clause(fld.text, start, end, hits)
    pay = payment(clause, hit)
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
    if hit.entry.both_parties and not (roles.supplier and roles.recipient) and not made:
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
    if headline.aimed(fld.text, hit):
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
    if made:
        cues.pop("combat", None)  # "Peluru Asal Korut Ditemukan di Medan Perang": where, not what
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


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without its surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _events(title: _Field, body: _Field, wl: Watchlist) -> list[Event]:
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
                event = _event(fld, index, hit, near, wl, paid)
                if event is not None:
                    events.append(event)
    return events


def _mentions(hits: list[Hit]) -> tuple[Mention, ...]:
    """Mentions of every actor, item, transfer, denial and negative cue."""
    return tuple(
        Mention(h.entry.kind, h.text, h.entry.canonical, h.field, h.start, h.end)
        for h in hits
        if h.entry.kind != "ignore"
    )


def classify(title: str, text: str, watchlist: Watchlist) -> Verdict:
    """Judge one article: arms supply or not, watched or not, who supplies whom, and why."""
    return _judge(title, text, watchlist)[0]


def score_features(title: str, text: str, watchlist: Watchlist) -> dict[str, float]:
    """The rules that fired for a story's score, as the features bench/fit_filter.py weighs."""
    return _judge(title, text, watchlist)[1]


def _judge(title: str, text: str, watchlist: Watchlist) -> tuple[Verdict, dict[str, float]]:
    """The verdict and the features of its score (empty when no transfer event was found)."""
    title = headline.lead_item(title or "")
    title_hits = watchlist.matcher.find(title or "", "title")
    text_hits = watchlist.matcher.find(text or "", "text")
    title_hits, text_hits = headline.verbless(
        title, text or "", title_hits, text_hits, partial(headline.lend, watchlist)
    )
    all_hits = title_hits + text_hits
    actors = tuple(
        dict.fromkeys(
            watchlist.group_base.get(h.entry.canonical, h.entry.canonical)
            for h in all_hits
            if h.entry.kind == "actor"
        )
    )
    items = tuple(dict.fromkeys(h.entry.canonical for h in all_hits if h.entry.kind == "item"))
    mentions = _mentions(all_hits)
    has = {h.entry.kind for h in all_hits}

    def quiet(rule: str) -> Verdict:
        """A verdict of no transfer, naming the rule that found none."""
        return Verdict(
            False, False, False, 0.0, actors=actors, items=items, mentions=mentions,
            watchlist_version=watchlist.version, rule=rule,
        )  # fmt: skip

    arming = any(h.entry.kind == "transfer" and h.entry.canonical in _ARMING for h in all_hits)
    if "transfer" not in has or ("item" not in has and not arming):
        return quiet("no_transfer"), {}
    title_f = _Field("title", title or "", title_hits)
    body_f = _Field("text", text or "", text_hits)
    events = [e for e in _events(title_f, body_f, watchlist) if e.score > 0]
    if not events:
        return quiet("no_transfer_near_item"), {}
    events.sort(key=lambda e: (-e.score, e.hit.field != "title", e.sentence))
    best = events[0]
    rules = watchlist.weights.rules
    strong = [e for e in events if e.score >= rules.threshold]
    story = {"extra_events": float(min(rules.extra_cap, len(strong) - 1)) if strong else 0.0}
    title_kinds = {h.entry.kind for h in title_hits}
    rule = best.rule
    title_event = any(e.hit.field == "title" for e in strong)
    if title.strip() and not title_event:
        title_items = [h for h in title_hits if h.entry.kind == "item"]
        # "Drone Pertanian": a headline naming only civilian items speaks of the body's items.
        title_cues = wording.negative_cues(title_hits, title_items or list(best.items))
        if any(e.roles.barter for e in strong):
            title_cues.pop("goods", None)  # "Pyongyang Dapat Minyak, Moskow Dapat Amunisi"
        story["title_cues"] = -wording.penalty(title_cues, False, watchlist)
        if "item" not in title_kinds and "transfer" not in title_kinds:
            story["off_title"] = -1.0
    score = best.score + watchlist.weights.weigh(story)
    head_hits = title_hits if title.strip() else body_f.by_sentence.get(0, [])
    head = title if title.strip() else text or ""  # no title: the first sentence heads
    head_kinds = {h.entry.kind for h in head_hits if not wording.hosts(head, h)}
    if not title_event and (title.strip() or "transfer" not in head_kinds):
        # One transfer sentence after the lead, under a headline about a launch, a test, a
        # parade or no weapon at all, is background ("Pyongyang juga dituduh memasok ...").
        # A headline about a strike, test or parade makes even the second sentence background.
        cued = bool(_ELSEWHERE.intersection(wording.negative_cues(head_hits, [])))
        # "Kunjungan ini berlangsung di tengah tuduhan bahwa ...": framed as a backdrop anywhere.
        amid = best.hit.field == "text" and wording.AMID.search(body_f.sentence_text(best.sentence))
        # Under a strike headline, supply told inside a strike sentence is its aside.
        aside = cued and "combat" in best.negatives
        # Under a headline on the items' use a dated purchase is history; a lone mention, an aside.
        dated = "item" in head_kinds and wording.dated_purchase(best.evidence, best.hit)
        alone = wording.lone_mention(body_f.by_sentence, best.sentence, len(body_f.sentences))
        lead = 0 if amid or aside else 1 if cued or dated or alone else _LEAD_SENTENCES
        elsewhere = cued or dated or "item" not in head_kinds
        background = "transfer" not in head_kinds and elsewhere and best.sentence >= lead
        if len(strong) < 2 and (len(body_f.sentences) >= _LONG or background):
            score = min(score, rules.passing)
            rule = "passing_mention:" + rule
    if wording.ranked(best.hit, best.roles, all_hits):  # a ranking's seller, no buyer
        score, rule = min(score, rules.passing), "statistics:" + rule
    score = round(max(0.0, min(1.0, score)), 3)
    arms = score >= rules.threshold
    heading_parties = tuple(Clause(title or "", 0, len(title or ""), title_hits).parties())
    voters = [e for e in events if e.score >= rules.threshold / 2]
    main = direction(voters, heading_parties, watchlist)
    parties = set(main) - {None}
    core = strong or [best]
    if not parties:
        # No pair voted: the parties the events read, else every party of their sentences.
        parties = {p for e in core for p in (e.roles.supplier, e.roles.recipient) if p}
        parties = parties or set().union(*(e.actors for e in core))
    bases = {watchlist.group_base.get(p, p) for p in parties if p}
    item_kinds = {i.entry.sub for e in core for i in e.items}
    watched = bool(bases & watchlist.watched or item_kinds & watchlist.watched_item_kinds)
    told = (
        transfers(list(voters or [best]), main, score, rules.threshold, watchlist) if arms else ()
    )
    supplier, recipient = party(main[0], watchlist), party(main[1], watchlist)
    evidence = told[0].evidence if told else _best_evidence(voters or [best], main)
    verdict = Verdict(
        alert=arms and watched,
        arms_supply=arms,
        watched=watched,
        score=score,
        supplier=supplier.code,
        recipient=recipient.code,
        actors=actors,
        items=items,
        evidence=evidence,
        rule=rule,
        mentions=mentions,
        watchlist_version=watchlist.version,
        supplier_group=supplier.group,
        recipient_group=recipient.group,
        transfers=told,
    )
    return verdict, {**{k: 0.0 for k in SCORE_FEATURES}, **best.features, **story}


def _best_evidence(events: list[Event], main: tuple[str | None, str | None]) -> str:
    """The sentence that best shows the verdict: one naming its parties, then the headline."""

    def fit(ev: Event) -> tuple[int, bool, float]:
        named = (main[0] is not None and ev.roles.supplier == main[0]) + (
            main[1] is not None and ev.roles.recipient == main[1]
        )
        return named, ev.hit.field == "title", ev.score

    return max(events, key=fit).evidence
