"""The arms-supply filter: is a story about a weapons transfer involving a watched party?"""

from __future__ import annotations

from dataclasses import fields
from functools import partial

from pantau.filter import (
    asides,
    bystanders,
    domestic,
    goals,
    headline,
    headline_goods,
    misreads,
    offers,
    parts,
    seizures,
    speakers,
    spread,
    story_stance,
    strikes,
    wording,
)
from pantau.filter.bystanders import EXPLAINER, recalled_paragraph
from pantau.filter.direction import Clause
from pantau.filter.events import Event, StoryField, events_of
from pantau.filter.matching import Hit
from pantau.filter.transfers import party, transfers
from pantau.filter.unnamed_arms import arms_unnamed, lend_shell
from pantau.filter.vote import direction
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.filter.weights import SCORE_FEATURES
from pantau.records import Field, Mention, Verdict

__all__ = ["classify", "default_watchlist_path", "load_watchlist", "score_features"]


_LONG, _LEAD_SENTENCES = 12, 2
_RECALL_STORY = 6  # sentences: a lead, the story, a recalled run and the story going on
_GENERIC = "weapons"  # the watchlist's item for weapons of no kind named
_ELSEWHERE = frozenset({"combat", "test", "exercise", "fair"})  # a headline's story elsewhere


# A frozen record's __init__ sets each field through object.__setattr__; setting its slots
# directly makes the same Mention in half the time (70,000 a corpus pass, most of them quiet).
_NEW = object.__new__
_KIND, _TERM, _CANONICAL, _FIELD, _START, _END = (
    vars(Mention)[name].__set__ for name in ("kind", "term", "canonical", "field", "start", "end")
)
# The same for a quiet Verdict (most stories): five fields told, the others at their defaults.
_NO_TRANSFER = Verdict(False, False, False, 0.0)
_QUIET_TOLD = ("actors", "items", "mentions", "watchlist_version", "rule")
_DEFAULT_SLOTS = tuple(
    (vars(Verdict)[f.name].__set__, getattr(_NO_TRANSFER, f.name))
    for f in fields(Verdict)
    if f.name not in _QUIET_TOLD
)
_ACTORS, _ITEMS, _MENTIONS, _VERSION, _RULE = (vars(Verdict)[n].__set__ for n in _QUIET_TOLD)


def _quiet_verdict(
    actors: tuple[str, ...],
    items: tuple[str, ...],
    mentions: tuple[Mention, ...],
    watchlist_version: str,
    rule: str,
) -> Verdict:
    """Verdict(False, False, False, 0.0, actors=..., rule=...), its slots set directly."""
    verdict = _NEW(Verdict)
    for set_slot, default in _DEFAULT_SLOTS:
        set_slot(verdict, default)
    _ACTORS(verdict, actors)
    _ITEMS(verdict, items)
    _MENTIONS(verdict, mentions)
    _VERSION(verdict, watchlist_version)
    _RULE(verdict, rule)
    return verdict


def _tally(
    hits: list[Hit], group_base: dict[str, str]
) -> tuple[set[str], tuple[str, ...], tuple[str, ...], list[Hit]]:
    """One pass over a story's hits: their kinds, actors (as group bases), items and the
    transfer words."""
    kinds: set[str] = set()
    actors: dict[str, None] = {}
    items: dict[str, None] = {}
    transfer_hits = []
    for h in hits:
        entry = h.entry
        kind = entry.kind
        kinds.add(kind)
        if kind == "actor":
            actors[group_base.get(entry.canonical, entry.canonical)] = None
        elif kind == "item":
            items[entry.canonical] = None
        elif kind == "transfer":
            transfer_hits.append(h)
    return kinds, tuple(actors), tuple(items), transfer_hits


def _mentions(hits: list[Hit]) -> tuple[Mention, ...]:
    """Mentions of every actor, item, transfer, denial and negative cue among the hits."""
    mentions = []
    for h in hits:
        entry = h.entry
        if entry.kind != "ignore":
            m = _NEW(Mention)
            _KIND(m, entry.kind)
            _TERM(m, h.text)
            _CANONICAL(m, entry.canonical)
            _FIELD(m, h.field)
            _START(m, h.start)
            _END(m, h.end)
            mentions.append(m)
    return tuple(mentions)


def classify(title: str, text: str, watchlist: Watchlist) -> Verdict:
    """Judge one article: arms supply or not, watched or not, who supplies whom, and why."""
    return _judge(title, text, watchlist)[0]


def score_features(title: str, text: str, watchlist: Watchlist) -> dict[str, float]:
    """The rules that fired for a story's score, as the features bench/fit_filter.py weighs."""
    return _judge(title, text, watchlist)[1]


def _judge(title: str, text: str, watchlist: Watchlist) -> tuple[Verdict, dict[str, float]]:
    """The verdict and the features of its score (empty when no transfer event was found)."""
    title = headline.roundup_lead(headline.lead_item(title or ""))
    title_hits = watchlist.matcher.find(title or "", "title")
    text_hits = watchlist.matcher.find(text or "", "text")
    as_found = (title_hits, text_hits)
    all_hits = title_hits + text_hits
    has, actors, items, transfer_hits = _tally(all_hits, watchlist.group_base)
    if "transfer" in has and "item" in has:  # else no transfer of weapons has bystanders
        title_hits, text_hits = bystanders.in_story(title, text or "", title_hits, text_hits)
    title_hits, text_hits = headline.verbless(
        title, text or "", title_hits, text_hits, partial(headline.lend, watchlist)
    )
    if "item" in has or "transfer" in has:  # service places, 'tujuan': goods standing for words
        title_hits, text_hits = goals.lend(title, text or "", title_hits, text_hits, transfer_hits)
    # "Pyongyang's shell deliveries": a munition named in the singular.
    title_hits, text_hits = lend_shell(title, text or "", (title_hits, text_hits), transfer_hits)
    if title_hits is not as_found[0] or text_hits is not as_found[1]:  # dropped or lent: again
        all_hits = title_hits + text_hits
        has, actors, items, transfer_hits = _tally(all_hits, watchlist.group_base)
    if "item" in has:  # findings of origin need a weapon: most stories skip them
        title_hits, text_hits = (  # "Russian ships fire", "thanks for condolences": no handover
            parts.lend_parts(title, misreads.without_misread(title, title_hits, text or "")),
            parts.lend_parts(text, misreads.without_misread(text, text_hits, title)),
        )
        title_hits = headline.lend_made(title, parts.lend_traced(title, title_hits))
        # "Russia-bound shells", "Kereta Barang dari Korut ke Rusia", "Korut Dapat Minyak, Rusia
        # Dapat Peluru", "Dari X ke Y: Jalur Peluru": headline goods standing for a transfer.
        title_hits = headline_goods.lend_bound(title, title_hits)
        title_hits = headline_goods.lend_cargo(title, title_hits)
        title_hits = headline_goods.lend_two_gets(title, title_hits)
        title_hits = headline_goods.lend_route(title, title_hits)
        title_hits = headline_goods.lend_kept(title, title_hits)  # "shells keep Russia's guns"
        text_hits = headline_goods.lend_kept(text, text_hits)  # "shells sit in Russian depots"
        title_hits = headline_goods.lend_needs(title, title_hits)  # "meets Russia's shell needs"
        title_hits = speakers.lend_owner(title, title_hits)  # "Iran: Drone Kami Tidak Dipakai"
        title_hits = goals.lend_theatre_user(title, title_hits, watchlist)  # "di Ukraina"
        title_hits = offers.lend_request(title, title_hits)  # "asked Iran for missiles"
        text_hits = offers.lend_request(text, text_hits)
        title_hits = offers.lend_shared(title, title_hits)  # "shared missile know-how with"
        text_hits = offers.lend_shared(text, text_hits)
        text_hits = headline.lend_made(text, parts.lend_traced(text, text_hits))
        all_hits = title_hits + text_hits
        has, actors, items, transfer_hits = _tally(all_hits, watchlist.group_base)

    def quiet(rule: str) -> Verdict:
        """A verdict of no transfer, naming the rule that found none."""
        return _quiet_verdict(
            actors=actors, items=items, mentions=_mentions(all_hits),
            watchlist_version=watchlist.version, rule=rule,
        )  # fmt: skip

    arming = "item" not in has and any(
        arms_unnamed(
            *((title, h, title_hits) if h.field == "title" else (text or "", h, text_hits)),
            watchlist,
        )
        for h in transfer_hits
    )
    if "transfer" not in has or ("item" not in has and not arming):
        return quiet("no_transfer"), {}
    # "pergeseran dari ketergantungan pada senjata Rusia": the supplier left is no party.
    # "..., Iranian drones talk denied": a denied aside names no goods or party of the deal.
    # "..., Rusia Kecewa": a state reacting to a deal is no party to it.
    # "Pamerkan Drone untuk Pembeli Asing": a show offering its weapons for sale is an offer.
    title_hits = offers.offered_at_show(title, asides.beside_deal(title, title_hits))
    # "Presiden Ukraina: Hentikan Pengiriman Senjata ke Rusia!": the speaker is no party.
    title_hits = speakers.without_hostile_speaker(
        title, title_hits, watchlist.hostile, watchlist.group_base
    )
    text_hits = offers.offered_at_show(text or "", asides.beside_deal(text or "", text_hits))
    title_f = StoryField("title", title or "", title_hits)
    body_f = StoryField("text", text or "", text_hits)
    found = [e for e in events_of(title_f, body_f, watchlist) if e.score > 0]
    if not found:
        return quiet("no_transfer_near_item"), {}
    # "Militer Iran Terima 200 Drone Baru", "Iranian-supplied drones struck Odesa": when every
    # event is told within one state or of a strike's weapons, the best one is capped below.
    untold = {id(e): _untold(e, title_f, body_f, watchlist) for e in found}
    homes = {a for e in found if untold[id(e)] == "within_state" for a in e.actors}
    if len(homes) == 1:
        # "Korut Serahkan Peluncur" over "menyerahkan ... kepada unit-unit garis depan": an
        # event naming only that state tells the same handover at home.
        for e in found:
            fld = title_f if e.hit.field == "title" else body_f
            if domestic.names_abroad(fld.text, fld.sentences.span(e.sentence)):
                continue  # "Kyiv Pertimbangkan Jual Drone ke Sekutu": a goal abroad, unnamed
            if e.actors <= homes and {e.roles.supplier, e.roles.recipient} <= homes | {None}:
                untold[id(e)] = untold[id(e)] or "within_state"
    events = [e for e in found if not untold[id(e)]] or found
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
        title_cues = seizures.interdicted(title_cues, best.roles, title, 0, len(title))
        if any(e.roles.barter for e in strong):
            title_cues.pop("goods", None)  # "Pyongyang Dapat Minyak, Moskow Dapat Amunisi"
        story["title_cues"] = -wording.penalty(title_cues, False, watchlist)
        if "item" not in title_kinds and "transfer" not in title_kinds:
            story["off_title"] = -1.0
    score = best.score + watchlist.weights.weigh(story)
    best_text = title if best.hit.field == "title" else text or ""
    head_hits = title_hits if title.strip() else body_f.by_sentence.get(0, [])
    head = title if title.strip() else text or ""  # no title: the first sentence heads
    head_kinds = {
        h.entry.kind
        for h in head_hits
        if not (
            wording.hosts(head, h)
            or asides.other_object(head, h, head_hits)
            or bystanders.civil_deal(head, h)
        )
    }  # "Korut Kirim Pekerja ke Rusia" tells of workers, "energy deals" of no weapons
    if _routed(title, title_hits, best):
        head_kinds.add("transfer")  # "Dari Pyongyang ke Donbas": the route is the transfer's
    if not title_event and (title.strip() or "transfer" not in head_kinds):
        # One transfer sentence after the lead, under a headline about a launch, a test, a
        # parade or no weapon at all, is background ("Pyongyang juga dituduh memasok ...").
        # A headline about a strike, test or parade makes even the second sentence background.
        cued = bool(_ELSEWHERE.intersection(wording.negative_cues(head_hits, [])))
        # "Sejarah Hubungan Militer Indonesia-Rusia": under a history headline every transfer
        # told is the past, the lead's too.
        # "Mengenal Shahed-136": an explainer's transfers are the weapon's history too.
        history = bool(title.strip() and (wording.HISTORY.search(title) or EXPLAINER.match(title)))
        # "Kunjungan ini berlangsung di tengah tuduhan bahwa ...": framed as a backdrop anywhere.
        amid = best.hit.field == "text" and bool(
            bystanders.backdrop(body_f.sentence_text(best.sentence))
        )
        # "Kolom: Dunia Multipolar ...": an opinion on no weapon named treats one told as given.
        framed = bool(wording.OPINION.match(title) and "item" not in head_kinds)
        amid = amid or framed
        # Under a strike headline, supply told inside a strike sentence is its aside.
        aside = cued and "combat" in best.negatives
        # Under a headline on the items' use a dated purchase is history; a lone mention, an aside.
        dated = "item" in head_kinds and wording.dated_purchase(best.evidence, best.hit)
        alone = wording.lone_mention(body_f.by_sentence, best.sentence, len(body_f.sentences))
        lead = 0 if amid or aside or history else 1 if cued or dated or alone else _LEAD_SENTENCES
        elsewhere = cued or dated or history or "item" not in head_kinds
        background = "transfer" not in head_kinds and elsewhere and best.sentence >= lead
        # A barter sentence's two transfer words (help paid with shells) are one mention.
        told_in = {
            (e.hit.field, e.sentence, -1 if e.roles.barter else n) for n, e in enumerate(strong)
        }
        plain = (len(told_in) < 2 or history) and (len(body_f.sentences) >= _LONG or background)
        # "Selama ini Pyongyang dituduh memasok ...": a short run recalled midway is backdrop.
        recalled = (
            not plain
            and len(body_f.sentences) >= _RECALL_STORY
            and _recalled(told_in, body_f, framed)
        )
        if plain or recalled:
            score = min(score, rules.passing)
            rule = ("passing_mention:recalled:" if recalled else "passing_mention:") + rule
    trend = wording.trend(best_text, best.hit, best.roles) and not any(
        e.roles.recipient for e in events
    )  # "arms exports fell": a figure, unless some buyer is named anywhere
    if trend or wording.ranked(best.hit, best.roles, all_hits):  # a ranking's seller, no buyer
        score, rule = min(score, rules.passing), "statistics:" + rule
    receivers = {e.roles.recipient for e in events} - {None}
    if asides.contraband(best.evidence, best.negatives, next(iter(receivers), None)):
        score, rule = min(score, rules.passing), "contraband:" + rule  # "Bea Cukai Sita Drone"
    if untold[id(best)] and (untold[id(best)] != "relative" or score > rules.passing):
        score, rule = min(score, rules.passing), f"{untold[id(best)]}:{rule}"
    score = round(max(0.0, min(1.0, score)), 3)
    arms = score >= rules.threshold
    fronts = {wording.front_place(title, h, title_hits) for h in title_hits}  # places, not parties
    heading_parties = tuple(
        p for p in Clause(title or "", 0, len(title or ""), title_hits).parties() if p not in fronts
    )
    voters = [e for e in events if e.score >= rules.threshold / 2]
    heading_parties = speakers.credit_last(title or "", title_hits, heading_parties)
    main = direction(voters, heading_parties, watchlist)
    parties = set(main) - {None} | {
        c for e in strong if e.roles.several_sources for c in e.roles.other_sources
    }
    core = strong or [best]
    if not parties:
        # No pair voted: the parties the events read, else every party of their sentences.
        parties = {p for e in core for p in (e.roles.supplier, e.roles.recipient) if p}
        parties = parties or set().union(*(e.actors for e in core))
    parties |= bystanders.deal_sides(best, main)  # "Vietnam and Russia sign deal on ..."
    bases = {watchlist.group_base.get(p, p) for p in parties if p}
    item_kinds = {
        i.entry.sub
        for e in core
        for i in e.items
        if not strikes.intercepted(title if i.field == "title" else text or "", i, list(e.items))
    }  # "IRIS-T mencegat ratusan drone": drones the defence handed over meets are no goods
    if best.hit.field == "title" and all(i.entry.canonical == _GENERIC for i in best.items):
        # "Ukraine, Denmark to co-produce weapons": the lead names which weapons.
        item_kinds |= {h.entry.sub for h in body_f.kinds(0, "item")}
    watched = bool(bases & watchlist.watched or item_kinds & watchlist.watched_item_kinds)
    told = (
        transfers(list(voters or [best]), main, score, rules.threshold, watchlist) if arms else ()
    )
    told = story_stance.revise(told, title or "", text or "", watchlist)  # the story's own word
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
        mentions=_mentions(all_hits),
        watchlist_version=watchlist.version,
        supplier_group=supplier.group,
        recipient_group=recipient.group,
        transfers=told,
    )
    return verdict, {**{k: 0.0 for k in SCORE_FEATURES}, **best.features, **story}


def _recalled(told_in: set[tuple[Field, int, int]], body: StoryField, framed: bool) -> bool:
    """Whether the body's transfer sentences are one short run recalling them, after the lead."""
    if any(field != "text" for field, _, _ in told_in):
        return False
    kinds = {i: {h.entry.kind for h in hits} for i, hits in body.by_sentence.items()}
    armed = {i for i, k in kinds.items() if "item" in k or "transfer" in k}
    carried = {i for i in armed if "transfer" in kinds[i]}
    return recalled_paragraph({s for _, s, _ in told_in}, armed, carried, body.sentences, framed)


def _untold(event: Event, title: StoryField, body: StoryField, wl: Watchlist) -> str:
    """Why an event tells no transfer between parties ("within_state", "strike"), or ""."""
    fld = title if event.hit.field == "title" else body
    hits = fld.by_sentence[event.sentence]
    span = fld.sentences.span(event.sentence)
    roles = (event.roles.supplier, event.roles.recipient)
    if domestic.within_state(fld.text, span, event.hit, hits, roles, wl.group_base):
        return "within_state"
    if strikes.presupposed(fld.text, event.hit, hits):
        return "strike"
    # "Azerbaijan, which has bought drones from Turkey, has criticised ...": a bystander's aside.
    aside = fld.name == "text" and asides.parenthetical(fld.text, span, event.hit)
    return "relative" if aside else ""


def _routed(title: str, hits: list[Hit], best: Event) -> bool:
    """Whether a headline that is only a route names the best event's supplier or recipient."""
    return spread.route_names(title, hits, best.roles.supplier, best.roles.recipient)


def _best_evidence(events: list[Event], main: tuple[str | None, str | None]) -> str:
    """The sentence that best shows the verdict: one naming its parties, then the headline."""

    def fit(ev: Event) -> tuple[int, bool, float]:
        named = (main[0] is not None and ev.roles.supplier == main[0]) + (
            main[1] is not None and ev.roles.recipient == main[1]
        )
        return named, ev.hit.field == "title", ev.score

    return max(events, key=fit).evidence
