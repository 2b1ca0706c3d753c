"""A transfer's other party named in the sentence beside it, of the same weapons."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pantau.filter.asides import goods_object
from pantau.filter.direction import Roles
from pantau.filter.matching import Hit

_SOURCE = re.compile(
    r"(?<!\w)(?:dari|from|asal|berasal\s+dari|buatan|bikinan|produksi|made\s+(?:in|by)|"
    r"built\s+(?:in|by)|loaded\s+(?:in|at)|dimuat\s+di|dikirim\s+(?:dari|oleh)|sent\s+by|"
    r"supplied\s+by|dipasok(?:\s+oleh)?|kontrak\s+dengan|contract\s+with|deal\s+with|"
    r"kesepakatan\s+dengan)\s+(?:(?:the|pelabuhan|port\s+of|militer|pemerintah)\s+)?$",
    re.IGNORECASE,
)
"""Words before the party a weapon came from: "berasal dari Iran", "loaded in Iran's"."""
_GOAL = re.compile(
    r"(?<!\w)(?:ke|kepada|untuk|bagi|to|for|tiba\s+di|arrived\s+in|reached|sampai\s+(?:ke|di)|"
    r"diterima(?:\s+oleh)?|received\s+by|delivered\s+to|dikirim\s+ke|sent\s+to)\s+"
    r"(?:(?:the|militer|pasukan|pemerintah|army|forces)\s+)?$",
    re.IGNORECASE,
)
"""Words before the party a weapon went to: "dikirim ke Rusia", "delivered to Russian forces"."""
_POINTING_BEFORE = r"(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+)?"
_POINTING_AFTER = r"(?:\s+[\w-]+)?\s+(?:itu|tersebut|ini)(?!\w)"
_GUESS = 4  # rank of a noun's bare subject: a guess (pantau/filter/events.py)
_BESIDE = 3  # rank of a party read in the sentence beside: the same weapons pointed back to
_REACH = 40  # characters before a party looked at for its source or goal word


def _party_marked(
    text: str, hits: list[Hit], known: str | None, mark: re.Pattern[str]
) -> str | None:
    """The first party other than known that follows a source or goal word in the sentence."""
    for h in hits:
        if h.entry.kind != "actor" or h.entry.canonical == known:
            continue
        if mark.search(text, max(0, h.start - _REACH), h.start) is not None:
            return h.entry.canonical
    return None


def other_party(
    lacking: str, known: str | None, items: tuple[Hit, ...], beside: list[tuple[str, list[Hit]]]
) -> str | None:
    """The party a one-sided transfer lacks, named beside it as the same weapons' source or goal.

    "Militer Myanmar menerima dua jet tempur Su-30." + "Jet tersebut merupakan bagian dari
    kontrak dengan Rusia": the supplier lacking in one sentence is the source of the same
    items, pointed back to, in the next. A sentence of combat beside a delivery ("Drone
    Rusia menyerang Kyiv") tells of other weapons.
    """
    heads = {w.lower() for i in items if i.entry.kind == "item" for w in _ends(i.text)}
    if not heads:
        return None
    same = _pointing("|".join(sorted(map(re.escape, heads))))
    mark = _SOURCE if lacking == "supplier" else _GOAL
    for text, hits in beside:
        if not hits or any(
            h.entry.kind == "negative" and h.entry.canonical == "combat" for h in hits
        ):
            continue
        start, end = min(h.start for h in hits), max(h.end for h in hits)
        if not same.search(text, max(0, start - _REACH * 3), end + _REACH):
            continue  # "Jet tersebut", "the shells": the same weapons, pointed back to
        party = _party_marked(text, hits, known, mark)
        if party is not None:
            return party
    return None


@lru_cache(maxsize=1024)  # re's own cache, shared by every module, soon drops these
def _pointing(names: str) -> re.Pattern[str]:
    """The items named by their heads (a regex alternation), pointed back to."""
    return re.compile(
        rf"(?<!\w)(?:{_POINTING_BEFORE}(?:{names})\w*|(?:{names})\w*{_POINTING_AFTER})",
        re.IGNORECASE,
    )


def _ends(name: str) -> tuple[str, ...]:
    """The first and last words of an item's name: its head in Indonesian and in English."""
    words = name.split()
    return (words[0], words[-1]) if words else ()


def told_beside(
    roles: Roles, items: tuple[Hit, ...], beside: list[tuple[str, list[Hit]]], guess: int
) -> tuple[Roles, int]:
    """The roles with the party one side lacks, if named beside it, and the parties found."""
    if roles.supplier is None or roles.supplier_rank == guess:
        party = other_party("supplier", roles.recipient, items, beside)
        if party is None:
            return roles, 1
        return replace(roles, supplier=party, supplier_rank=_BESIDE), 2
    party = other_party("recipient", roles.supplier, items, beside)
    if party is None:
        return roles, 1
    return replace(roles, recipient=party, recipient_rank=_BESIDE), 2


ROUTE = re.compile(
    r"\W*(?:dari|from)\s+(?P<a>[^,:;]+?)\s+(?:ke|menuju|to)\s+(?P<b>[^,:;]+?)\W*(?:[:|].*)?",
    re.IGNORECASE,
)
"""A headline that is a route: "Dari Teheran ke Moskow", "From Pyongyang to the Donbas"."""


def route_title(title: str, hits: list[Hit]) -> tuple[str, str] | None:
    """The two parties of a headline that names only a route from one to the other."""
    found = ROUTE.fullmatch(title)
    if found is None or any(h.entry.kind in ("transfer", "item") for h in hits):
        return None
    parties = [h for h in hits if h.entry.kind == "actor"]
    source = [h for h in parties if found.start("a") <= h.start < found.end("a")]
    goal = [h for h in parties if found.start("b") <= h.start < found.end("b")]
    if len(source) != 1 or len(goal) != 1:
        return None
    if source[0].entry.canonical == goal[0].entry.canonical:
        return None
    return source[0].entry.canonical, goal[0].entry.canonical


def route_names(title: str, hits: list[Hit], supplier: str | None, recipient: str | None) -> bool:
    """Whether a headline that is only a route names a transfer's source or goal as its ends.

    "Dari Pyongyang ke Donbas" over North Korea's shells for Russia: the front, no party, may
    stand at one end, so long as the other end is the transfer's own party.
    """
    found = ROUTE.fullmatch(title)
    if found is None or any(h.entry.kind in ("transfer", "item") for h in hits):
        return False
    ends = (("a", supplier), ("b", recipient))
    return any(
        party is not None
        and any(
            h.entry.kind == "actor"
            and h.entry.canonical == party
            and found.start(end) <= h.start < found.end(end)
            for h in hits
        )
        for end, party in ends
    )


def completed(
    roles: Roles,
    found: int,
    items: tuple[Hit, ...],
    beside: list[tuple[str, list[Hit]]] | None,
    route: tuple[str, str] | None,
) -> tuple[Roles, int]:
    """The roles and parties found once a route headline and the sentences beside are read."""
    if found < 2 and route is not None:
        supplier, recipient = route
        if roles.supplier in (None, supplier) and roles.recipient in (None, recipient):
            return replace(
                roles,
                supplier=supplier,
                recipient=recipient,
                supplier_rank=min(roles.supplier_rank, _BESIDE),
                recipient_rank=min(roles.recipient_rank, _BESIDE),
            ), 2
    if found == 1 and beside:
        return told_beside(roles, items, beside, _GUESS)
    return roles, found


_HOME = re.compile(r"\s+(?:dalam\s+negeri|domestik)(?!\w)", re.IGNORECASE)
_HOME_BEFORE = re.compile(r"(?<!\w)domestic\s+$", re.IGNORECASE)


def _trades(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether a transfer word trades with another party: no goods, no home market its object."""
    if hit.entry.kind != "transfer" or goods_object(text, hit, hits):
        return False
    return not (_HOME.match(text, hit.end) or _HOME_BEFORE.search(text, 0, hit.start))


def trade_beside(text: str, hits: list[Hit], parties: set[str]) -> bool:
    """Whether a sentence's hits tell a weapons trade by one of parties.

    "larangan ekspor bensin untuk menjaga pasokan dalam negeri setelah serangan drone" names
    a party, weapons and two transfer words, and trades nothing: fuel and the home market.
    """
    return (
        any(h.entry.kind == "item" for h in hits)
        and any(h.entry.kind == "actor" and h.entry.canonical in parties for h in hits)
        and any(_trades(text, h, hits) for h in hits)
    )
