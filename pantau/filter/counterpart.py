"""A headline transfer's missing party, named in the body by a transfer word of its own.

"Ukraina Ekspor Drone Laut ke Sekutu Eropa" leaves its buyer a kind; the body's "sejumlah unit
sudah dikirim ke Estonia" names it, though that sentence names no weapon and so tells no
transfer event of its own. The body's item-less and weak transfer words are read for the one
side the headline left open, and only a single party named that way, never contradicted by the
side the headline did name, fills it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from pantau.filter.direction import Roles
from pantau.filter.matching import Hit
from pantau.filter.pointed import fill_beside, fill_the_state
from pantau.filter.role_nouns import fill_role_nouns
from pantau.filter.roles import ELSEWHERE, GUESS, sides_voted
from pantau.filter.watchlist import Watchlist

if TYPE_CHECKING:
    from pantau.filter.events import Event, StoryField

_SIDES = ("give", "get", "arrive")
_PAIR = re.compile(r"\s*[-–]\s*|\s+(?:dan|and|&)\s+", re.IGNORECASE)
"""Between two parties named as a pair: "Moskow-Pyongyang", "Rusia dan Korut"."""
_NEGATED = re.compile(
    r"(?<!\w)(?:tidak|tak|bukan|belum\s+pernah|tidak\s+pernah|never|not|won't|no)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
"""A negation just before the word: "tidak akan menjual ke Rusia" names no buyer."""
_KIN = (
    r"(?:(?:para\s+)?(?:sekutu|mitra|kawan|penyokong|pendukung|pelindung)"
    r"(?:\s+(?:dekat|utama|lama|setia|strategis))?nya"
    r"|(?:its|their)\s+(?:(?:close|closest|main|old|key|strategic)\s+)?"
    r"(?:ally|partner|patron|backer|sponsor))"
)
_TO_KIN = re.compile(rf"(?<!\w)(?:ke|kepada|untuk|bagi|to|for)\s+{_KIN}(?!\w)", re.IGNORECASE)
_FROM_KIN = re.compile(rf"(?<!\w)(?:dari|from)\s+{_KIN}(?!\w)", re.IGNORECASE)
"""A headline side named only as the other's ally or patron: "Korut Kirim Rudal ke Sekutunya"."""


def fill_headline(events: list[Event], body: StoryField, wl: Watchlist) -> list[Event]:
    """Title events with one side open, that side filled from the body when it names one.

    Only a side no voting event names: where one does, the vote reads it there already. Body
    events lacking a recipient are read first in the sentence pointing to or from them.
    """
    events = fill_beside(events, body, wl)  # "Kapal itu membawa drone" after "merapat di ..."
    events = fill_the_state(events, body)  # "Iran ... . Negara itu mengirim drone ke Rusia"
    events = fill_role_nouns(events, body, wl)  # "... drone dari Iran. Penerimanya adalah Rusia"
    suppliers, recipients = sides_voted(events, wl.weights.rules.threshold)
    hostile = wl.hostile
    out = []
    for ev in events:
        roles = ev.roles
        if ev.hit.field == "title" and not roles.several_sources:
            roles = _fill_ally(ev, body, hostile, suppliers, recipients)
        if ev.hit.field != "title" or roles.several_sources or roles.unnamed_recipient:
            out.append(ev if roles is ev.roles else replace(ev, roles=roles))
            continue
        paired = _paired(ev, wl)
        if roles.supplier is not None and roles.recipient is None and paired is not None:
            # "Kerja Sama Rudal Moskow-Pyongyang Makin Erat, Rusia Diduga Transfer Teknologi":
            # the headline's partner of the party it names is the other side.
            roles = replace(roles, recipient=paired, recipient_rank=ELSEWHERE)
        elif roles.supplier is not None and roles.recipient is None and not recipients:
            found = _named(body, roles.supplier, "recipient", hostile)
            if found is not None:
                roles = replace(roles, recipient=found, recipient_rank=ELSEWHERE)
        elif roles.recipient is not None and roles.supplier is None and not suppliers:
            found = _named(body, roles.recipient, "supplier", hostile)
            if found is not None:
                roles = replace(roles, supplier=found, supplier_rank=ELSEWHERE)
        out.append(ev if roles is ev.roles else replace(ev, roles=roles))
    return out


def _fill_ally(
    ev: Event,
    body: StoryField,
    hostile: frozenset[tuple[str, str]],
    suppliers: bool,
    recipients: bool,
) -> Roles:
    """A side the headline calls the other's ally, filled by the one party the body names most.

    "Korut Kirim Rudal ke Sekutunya" points at a single partner; the body that names it need
    not tell the transfer again ("Rusia menjadi lahan uji senjata Korea Utara").
    """
    roles = ev.roles
    known, open_side = roles.supplier, "recipient"
    if known is None or roles.recipient is not None or recipients:
        known, open_side = roles.recipient, "supplier"
        if known is None or roles.supplier is not None or suppliers:
            return roles
    kin = _TO_KIN if open_side == "recipient" else _FROM_KIN
    if not kin.search(ev.evidence):
        return roles
    partner = _most_named(body, known, hostile)
    if partner is None:
        return roles
    if open_side == "recipient":
        return replace(roles, recipient=partner, recipient_rank=ELSEWHERE, unnamed_recipient=False)
    return replace(roles, supplier=partner, supplier_rank=ELSEWHERE)


def _most_named(body: StoryField, known: str, hostile: frozenset[tuple[str, str]]) -> str | None:
    """The party more body sentences name as a possible party than any other, known's enemies
    and places, sources of quotes or datelines aside."""
    counts: dict[str, int] = {}
    for index, hits in body.by_sentence.items():
        if not any(h.entry.kind == "actor" for h in hits):
            continue
        for code in body.clause(index).parties():
            if code != known and (known, code) not in hostile and (code, known) not in hostile:
                counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(counts, key=lambda code: counts[code])


def _paired(ev: Event, wl: Watchlist) -> str | None:
    """The partner a headline pairs with its transfer's named supplier ("Moskow-Pyongyang")."""
    known = ev.roles.supplier
    if known is None or ev.roles.supplier_rank >= GUESS:
        return None
    actors = [h for h in wl.matcher.find(ev.evidence, "title") if h.entry.kind == "actor"]
    for first, second in pairwise(actors):
        if not _PAIR.fullmatch(ev.evidence, first.end, second.start):
            continue
        codes = {first.entry.canonical, second.entry.canonical}
        if known in codes and len(codes) == 2:
            other = (codes - {known}).pop()
            if (known, other) not in wl.hostile and (other, known) not in wl.hostile:
                return other
    return None


def _named(
    body: StoryField, known: str, side: str, hostile: frozenset[tuple[str, str]]
) -> str | None:
    """The one party the body's transfer words name on side, beside known or alone.

    None when the body makes the known party the other side ("Iran supplied Russia" under a
    headline read as Russia sending): the headline was misread, and no fill can mend it.
    """
    found: set[str] = set()
    for roles in _body_roles(body):
        mine, other = (
            (roles.recipient, roles.supplier)
            if side == "recipient"
            else (roles.supplier, roles.recipient)
        )
        mine_rank = roles.recipient_rank if side == "recipient" else roles.supplier_rank
        other_rank = roles.supplier_rank if side == "recipient" else roles.recipient_rank
        if mine == known and mine_rank < GUESS:
            return None
        if mine is None or mine == known or mine_rank >= GUESS or other not in (None, known):
            continue
        if other is not None and other_rank >= GUESS:
            continue
        pair = (known, mine) if side == "recipient" else (mine, known)
        if pair in hostile or pair[::-1] in hostile:
            continue  # "Rusia kirim drone ke Ukraina" is an attack
        found.add(mine)
    return found.pop() if len(found) == 1 else None


def _body_roles(body: StoryField) -> Iterable[Roles]:
    """Roles of every give, get or arrival word of the body that no negation precedes."""
    for index, hits in body.by_sentence.items():
        words = [h for h in hits if h.entry.kind == "transfer" and h.entry.sub in _SIDES]
        if not words:
            continue
        start = body.sentences.span(index)[0]
        clause = body.clause(index)
        for hit in words:
            if not _negated(body.text, start, hit):
                yield clause.roles(hit)


def _negated(text: str, start: int, hit: Hit) -> bool:
    """Whether a negation stands within two words before the transfer word."""
    return _NEGATED.search(text, max(start, hit.start - 30), hit.start) is not None
