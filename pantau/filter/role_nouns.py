"""A transfer's open side, named by a sentence whose subject is that side's role noun.

"Laporan itu mengungkap pengiriman drone dari Iran." + "Penerimanya adalah Rusia": the
recipient the transfer left open is the party the role noun is said to be. "... a shipment of
drones to Russia." + "The supplier, Iran, has denied any role": the appositive names the
supplier. Only a sentence opening on the role noun (a connective aside), told as the party by a
copula or an appositive with no other party between, is read, and only one party a side. In
one clause, an agent noun told as a party by a copula names the giver ("Iran's main supplier
is now Russia"), and a party followed by a source's saying ("Israeli officials say") is none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit
from pantau.filter.roles import ELSEWHERE, sides_voted
from pantau.filter.watchlist import Watchlist

if TYPE_CHECKING:
    from pantau.filter.events import Event, StoryField
    from pantau.filter.marks import Actor, MarkedClause

_BEFORE, _AFTER = 1, 2  # sentences before and after a body transfer that may name its side
_OPENING = r"\s*(?:(?:namun|tetapi|sementara|adapun|but|however|meanwhile)\s*,?\s+)?"
_QUALIFIER = (
    r"(?:\s+(?:utama|utamanya|sebenarnya|terakhir|akhir|akhirnya|kiriman|pengiriman|senjata|"
    r"itu|tersebut|ini|"
    r"main|actual|real|final|ultimate|intended|of|the|shipment|cargo|weapons|arms)){0,3}"
)
_LINK = (
    r"(?:\s*,\s*|\s+(?:(?:kini|sekarang|now|still|masih|ternyata|apparently)\s+)?"
    r"(?:adalah|ialah|yaitu|yakni|is|was|were|are|has\s+been|had\s+been)\s+|"
    r"\s+(?:diduga|disebut|diyakini)(?:\s+adalah)?\s+)"
)
_THE = r"(?:(?:the|its|their)\s+(?:(?:main|chief|final|ultimate|actual|real|intended)\s+)?)"
_SUPPLIER = re.compile(
    rf"{_OPENING}(?:(?:negara\s+)?(?:pemasok|pengirim|penjual|pengekspor)(?:nya)?|"
    rf"{_THE}(?:supplier|sender|seller|exporter|(?:supplying|sending|exporting)\s+"
    rf"(?:country|state|nation)))(?!\w){_QUALIFIER}{_LINK}(?:the\s+)?",
    re.IGNORECASE,
)
"""A sentence opening on the giving side's role noun: "Pemasoknya adalah", "The supplier,"."""
_RECIPIENT = re.compile(
    rf"{_OPENING}(?:(?:negara\s+)?(?:penerima|pembeli|tujuan)(?:nya)?|"
    rf"{_THE}(?:recipient|buyer|customer|destination|(?:receiving|buying)\s+"
    rf"(?:country|state|nation)))(?!\w){_QUALIFIER}{_LINK}(?:the\s+)?",
    re.IGNORECASE,
)
"""A sentence opening on the taking side's role noun: "Penerimanya adalah", "The recipient was"."""
_NOW = frozenset({"saat", "ini", "sekarang", "currently", "today", "ternyata"})  # time, no party
_APPOSED = re.compile(r"\s*(?:,|$)")
_SOURCE = re.compile(
    r"(?:\s+(?:officials?|envoys?|diplomats?|sources?|intelligence|media|analysts?)){1,2}\s+"
    r"(?:say|says|said|claim|claims|claimed|report|reports|reported|believe|believes)(?!\w)",
    re.IGNORECASE,
)
"""Words after a party making it the clause's source: "Israeli officials say"."""


def fill_role_nouns(events: list[Event], body: StoryField, wl: Watchlist) -> list[Event]:
    """Events with one side open, filled by a role-noun sentence of the body near them.

    Only a side no voting event names: where one does, the vote reads it there already.
    """
    suppliers, recipients = sides_voted(events, wl.weights.rules.threshold)
    out = []
    for ev in events:
        roles = ev.roles
        if roles.several_sources or roles.unnamed_recipient:
            out.append(ev)
            continue
        near = _near(ev, len(body.sentences))
        if roles.supplier is None and roles.recipient is not None and not suppliers:
            found = _named(body, near, _SUPPLIER, roles.recipient, wl.hostile)
            if found is not None:
                roles = replace(roles, supplier=found, supplier_rank=ELSEWHERE)
        elif roles.recipient is None and roles.supplier is not None and not recipients:
            found = _named(body, near, _RECIPIENT, roles.supplier, wl.hostile)
            if found is not None:
                roles = replace(roles, recipient=found, recipient_rank=ELSEWHERE)
        out.append(ev if roles is ev.roles else replace(ev, roles=roles))
    return out


def _near(ev: Event, count: int) -> range:
    """Body sentences that may name a side of the event: all for a title's, a few for a body's."""
    if ev.hit.field == "title":
        return range(count)
    return range(max(0, ev.sentence - _BEFORE), min(count, ev.sentence + _AFTER + 1))


def _named(
    body: StoryField,
    near: range,
    role: re.Pattern[str],
    known: str,
    hostile: frozenset[tuple[str, str]],
) -> str | None:
    """The one party a role-noun sentence in near names, other than the side already known."""
    found: set[str] = set()
    for index in near:
        start, end = body.sentences.span(index)
        opening = role.match(body.text, start, end)
        if opening is None:
            continue
        actors = [h for h in body.by_sentence.get(index, ()) if h.entry.kind == "actor"]
        if any(h.start < opening.end() for h in actors):
            continue  # "Pemasok senjata Rusia adalah Iran": a possessor, told elsewhere
        party = next((h for h in actors if h.start == opening.end()), None)
        if party is None:
            continue
        if opening.group().rstrip().endswith(",") and not _APPOSED.match(body.text, party.end, end):
            continue  # "The supplier, Iran said, ...": an appositive closes on a comma
        found.add(party.entry.canonical)
    found.discard(known)
    found = {p for p in found if (known, p) not in hostile and (p, known) not in hostile}
    return found.pop() if len(found) == 1 else None


def linked_party(clause: MarkedClause, transfer: Hit) -> Actor | None:
    """The party an agent noun is said to be after a copula: "Russia's supplier is now Iran".

    Only the noun's own words, goods, a genitive party and copula fillers stand between, in one
    clause, and a linking verb is among them ("pemasok senjata utama Rusia kini adalah Iran").
    """
    t_last = clause._token_at(transfer.end - 1)
    spans = [(h.start, h.end) for h in clause.hits if h.start >= transfer.end]
    for actor in clause.actors:
        if actor.hit.start < transfer.end or actor.mark == "genitive":
            continue  # "pemasok senjata Rusia": the customer, told before the copula
        if actor.mark != "none" or dw.PUNCT.search(clause.text, transfer.end, actor.hit.start):
            return None
        gap = clause.tokens[t_last + 1 : actor.first_token]
        if not any(t.word in dw.LINK for t in gap) or gap[-1].word not in dw.COPULA:
            return None  # "Russia's supplier Iran" is an appositive, read where the noun is
        told = all(
            t.word in dw.COPULA | _NOW or any(s <= t.start < e for s, e in spans) for t in gap
        )
        return actor if told else None
    return None


def a_source(text: str, actor: Hit) -> bool:
    """Whether a party is a source saying the clause: "..., Israeli officials say"."""
    return _SOURCE.match(text, actor.end) is not None
