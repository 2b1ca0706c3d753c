"""The arms-supply filter: is a story about a weapons transfer involving a watched party?"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from pantau.filter.barter import barter_roles, payment, pays_for_items, reverse
from pantau.filter.direction import Clause, Roles
from pantau.filter.headline import accused_supplier, attacks_target, lead_item
from pantau.filter.matching import Hit, Sentences
from pantau.filter.transfers import party, transfers
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.records import Field, Mention, Verdict

__all__ = ["classify", "default_watchlist_path", "load_watchlist"]

THRESHOLD = 0.55
"""Story score at which a story counts as arms supply."""

_STRONG, _WEAK = 0.45, 0.3
_ITEM_SAME, _ITEM_NEAR, _LOOSE = 0.3, 0.1, 0.15
_BOTH_ROLES, _ONE_ROLE, _EXPLICIT = 0.2, 0.1, 0.05
_ITEM_WORDS = 8
_GUESS = 4  # rank of a noun's bare subject: a guess, not evidence
_WEAK_ALONE, _NO_ACTOR, _NO_ROLE = 0.2, 0.2, 0.1
_IN_TITLE = 0.1
_CLEAR_DISCOUNT = 0.4
_HOSTILE = 0.3
_OFF_TITLE, _PASSING, _LONG, _LEAD_SENTENCES = 0.1, 0.5, 12, 2
_EXTRA_EVENT, _EXTRA_CAP = 0.03, 0.1
_RIVAL = 0.7
_TITLE_WEIGHT, _LATER = 1.5, 0.2


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


def _negatives(hits: list[Hit], items: list[Hit]) -> dict[str, Hit]:
    """Negative cues in a sentence that apply to its items, one per cue class."""
    kinds = {i.entry.sub for i in items}
    return {
        h.entry.canonical: h
        for h in hits
        if h.entry.kind == "negative"
        and (not h.entry.applies_to or (kinds and kinds <= h.entry.applies_to))
    }


def _penalty(cues: dict[str, Hit], clear: bool) -> float:
    """Score taken off by negative cues; a clearly stated transfer discounts most of them."""
    return sum(
        h.entry.weight * (_CLEAR_DISCOUNT if clear and h.entry.sub == "discount" else 1.0)
        for h in cues.values()
    )


def _event(
    fld: _Field, index: int, hit: Hit, near_items: list[Hit], wl: Watchlist, paid_near: bool
) -> Event | None:
    """Score one transfer word against its sentence and neighbours."""
    hits = fld.by_sentence[index]
    items = [h for h in hits if h.entry.kind == "item"]
    if not items and not near_items:
        return None
    if _adjectival(fld.text, hit, hits):
        return None
    start, end = fld.sentences.span(index)
    clause = Clause(fld.text, start, end, hits)
    pay = payment(clause, hit)
    roles = clause.roles(hit) if pay is None else barter_roles(clause, hit, pay)
    goods = any(h.entry.canonical == "goods" for h in hits if h.entry.kind == "negative")
    if paid_near and goods and not items and pay is None and hit.entry.sub in ("give", "get"):
        roles = reverse(roles)  # "X supplied oil to Y. The oil paid for Y's shells."
    if fld.name == "title":
        roles = accused_supplier(fld.text, hit, hits, roles)
    close = any(clause.distance(hit, i) <= _ITEM_WORDS for i in items)
    if hit.entry.sub == "deal" and not close:
        return None  # "kontrak pelatih" ... "senjata" far away: not an arms deal
    actors = frozenset(h.entry.canonical for h in hits if h.entry.kind == "actor")
    # Goods paid for weapons state a transfer however weak the verb ("menerima minyak").
    strong = hit.entry.strong or roles.barter
    score = _STRONG if strong else _WEAK
    score += _ITEM_SAME if close else _ITEM_NEAR
    if hit.entry.sub == "deal":
        found = min(2, len(actors))
    else:
        found = (roles.supplier_rank != _GUESS and roles.supplier is not None) + (
            roles.recipient is not None
        )
    explicit = min(roles.supplier_rank, roles.recipient_rank) == 1
    score += _BOTH_ROLES if found == 2 else _ONE_ROLE + explicit * _EXPLICIT if found else 0.0
    if found < 2 and not strong:
        score -= _WEAK_ALONE
    if not close and (not strong or hit.entry.voice == "noun"):
        score -= _LOOSE
    if not actors and found == 0:
        score -= _NO_ACTOR
    if fld.name == "title":
        score += _IN_TITLE
    if found == 0:
        score -= _NO_ROLE
    cues = _negatives(hits, items or near_items)
    if hit.entry.sub == "swap" or roles.barter:
        cues.pop("goods", None)  # barter of goods for weapons is still arms supply
    clear = strong and close and found == 2
    score -= _penalty(cues, clear)
    negatives = frozenset(cues)
    rule = (
        ("barter:" if roles.barter else "")
        + f"{hit.entry.sub}:{hit.entry.voice}"
        + ("" if close else ":far_item")
    )
    if roles.supplier and (roles.supplier, roles.recipient) in wl.hostile:
        score *= _HOSTILE
        rule = "hostile_pair"
    elif attacks_target(roles, actors, wl.hostile):
        score *= _HOSTILE
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
    )


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without its surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _adjectival(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A bare root right after an item qualifies it ("drone impor"): no transfer is told."""
    if hit.entry.voice != "active" or hit.text.lower() != hit.entry.canonical:
        return False
    return any(
        h.entry.kind == "item" and h.end <= hit.start and not text[h.end : hit.start].strip()
        for h in hits
    )


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


def _later(sentence: int) -> float:
    """A body sentence's weight in the direction vote, falling with its position."""
    return 1.0 / (1.0 + _LATER * sentence)


def _direction(
    events: list[Event], headline: tuple[str, ...], wl: Watchlist
) -> tuple[str | None, str | None]:
    """Supplier and recipient voted across events, weighted by score and certainty."""
    votes_s: dict[str, float] = defaultdict(float)
    votes_r: dict[str, float] = defaultdict(float)
    for ev in events:
        # News leads with the transfer; later sentences are background, weighed less.
        weight = ev.score * (_TITLE_WEIGHT if ev.hit.field == "title" else _later(ev.sentence))
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
    rivals = sorted((v for c, v in votes_s.items() if c != recipient), reverse=True)
    lead = max(events, key=lambda e: (e.hit.field == "title", e.score), default=None)
    several = lead is not None and lead.roles.several_sources
    if several or (len(rivals) > 1 and rivals[1] >= _RIVAL * rivals[0]):
        supplier = None  # several suppliers named: the labels leave the supplier open
    if supplier is None:
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
        other = [c for c in headline if c != known and (known, c) not in wl.hostile]
        if len(other) == 1:
            supplier, recipient = (supplier or other[0], recipient or other[0])
    return supplier, recipient


def _mentions(hits: list[Hit]) -> tuple[Mention, ...]:
    """Mentions of every actor, item, transfer, denial and negative cue."""
    return tuple(
        Mention(h.entry.kind, h.text, h.entry.canonical, h.field, h.start, h.end)
        for h in hits
        if h.entry.kind != "ignore"
    )


def classify(title: str, text: str, watchlist: Watchlist) -> Verdict:
    """Judge one article: arms supply or not, watched or not, who supplies whom, and why."""
    title = lead_item(title or "")
    title_hits = watchlist.matcher.find(title or "", "title")
    text_hits = watchlist.matcher.find(text or "", "text")
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
    quiet = Verdict(
        False, False, False, 0.0, actors=actors, items=items, mentions=mentions,
        watchlist_version=watchlist.version,
    )  # fmt: skip
    if "transfer" not in has or "item" not in has:
        return replace(quiet, rule="no_transfer")
    title_f = _Field("title", title or "", title_hits)
    body_f = _Field("text", text or "", text_hits)
    events = [e for e in _events(title_f, body_f, watchlist) if e.score > 0]
    if not events:
        return replace(quiet, rule="no_transfer_near_item")
    events.sort(key=lambda e: (-e.score, e.hit.field != "title", e.sentence))
    best = events[0]
    strong = [e for e in events if e.score >= THRESHOLD]
    score = best.score + min(_EXTRA_CAP, _EXTRA_EVENT * max(0, len(strong) - 1))
    title_kinds = {h.entry.kind for h in title_hits}
    rule = best.rule
    title_event = any(e.hit.field == "title" for e in strong)
    if title.strip() and not title_event:
        title_items = [h for h in title_hits if h.entry.kind == "item"]
        title_cues = _negatives(title_hits, title_items)
        if any(e.roles.barter for e in strong):
            title_cues.pop("goods", None)  # "Pyongyang Dapat Minyak, Moskow Dapat Amunisi"
        score -= _penalty(title_cues, False)
        if "item" not in title_kinds and "transfer" not in title_kinds:
            score -= _OFF_TITLE
        # One transfer sentence after the lead, under a headline about a launch, a test or
        # a parade, is background ("Pyongyang juga dituduh memasok ..." in a missile-launch story).
        background = (
            "transfer" not in title_kinds
            and bool(_negatives(title_hits, []))
            and best.sentence >= _LEAD_SENTENCES
        )
        if len(strong) < 2 and (len(body_f.sentences) >= _LONG or background):
            score = min(score, _PASSING)
            rule = "passing_mention:" + rule
    score = round(max(0.0, min(1.0, score)), 3)
    arms = score >= THRESHOLD
    heading = Clause(title or "", 0, len(title or ""), title_hits).parties()
    headline = tuple(heading)
    voters = [e for e in events if e.score >= THRESHOLD / 2]
    main = _direction(voters, headline, watchlist)
    parties = set(main) - {None}
    core = strong or [best]
    if not parties:
        parties = set().union(*(e.actors for e in core))
    bases = {watchlist.group_base.get(p, p) for p in parties if p}
    item_kinds = {i.entry.sub for e in core for i in e.items}
    watched = bool(bases & watchlist.watched or item_kinds & watchlist.watched_item_kinds)
    told = transfers(list(voters or [best]), main, score, THRESHOLD, watchlist) if arms else ()
    supplier, recipient = party(main[0], watchlist), party(main[1], watchlist)
    evidence = told[0].evidence if told else _best_evidence(voters or [best], main)
    return Verdict(
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


def _best_evidence(events: list[Event], main: tuple[str | None, str | None]) -> str:
    """The sentence that best shows the verdict: one naming its parties, then the headline."""

    def fit(ev: Event) -> tuple[int, bool, float]:
        named = (main[0] is not None and ev.roles.supplier == main[0]) + (
            main[1] is not None and ev.roles.recipient == main[1]
        )
        return named, ev.hit.field == "title", ev.score

    return max(events, key=fit).evidence
