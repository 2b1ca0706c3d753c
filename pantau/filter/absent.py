"""Weapons told as absent: "Pasukan Korut Dikirim ke Rusia Tanpa Senjata Berat", "without arms"."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_ABSENT_BEFORE = re.compile(
    r"(?<!\w)(?:tanpa|without|with\s+no|minus|sans)\s+"
    r"(?:(?:membawa|dibekali|disertai|dilengkapi|pasokan|kiriman|any|a|the|their|its|"
    r"carrying|bringing)\s+)?$",
    re.IGNORECASE,
)
"""Right before items that do not go: 'tanpa', 'without', 'with no', 'without any'."""
_CARRIED_BEFORE = re.compile(
    r"(?<!\w)(?:hanya\s+|only\s+)?(?:membawa|dibekali|bersenjatakan|menenteng|carrying|carry|"
    r"carried|armed\s+with|equipped\s+with)\s+(?:(?:their|own|personal|individual|"
    r"their\s+own)\s+)?$",
    re.IGNORECASE,
)
"""Right before a sent unit's kit: "pasukan ... hanya membawa senjata perorangan"."""
_PERSONNEL = re.compile(
    r"(?<!\w)(?:pasukan|tentara|prajurit|personel|serdadu|troops|soldiers|personnel)(?!\w)",
    re.IGNORECASE,
)
_KIT_WINDOW = 80
_JOINED = re.compile(r"\s*(?:,|dan|and|or|atau|serta|maupun|,\s*and)?\s*", re.IGNORECASE)
_WINDOW = 30
_KEYS = ("tanpa", "without", "with no", "minus", "sans")


_NO_SIGN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tak|tidak|belum)\s+(?:ada|terlihat|tampak)\s+(?:tanda(?:-tanda)?|indikasi)"
    r"(?:\s+(?:adanya|soal|akan))?|no\s+(?:sign|signs|indication|indications|hint)\s+of"
    r"(?:\s+(?:any|an?|the))?)\s+$",
    re.IGNORECASE,
)
"""Right before a transfer said to show no sign: "Tak Ada Tanda Ekspor", "no sign of sales"."""
_NO_BUYER = re.compile(
    r"(?<!\w)(?:(?:tak|tidak|belum)\s+ada\s+(?:satu\s+pun\s+)?|no\s+)$", re.IGNORECASE
)
_BUYER_WORDS = frozenset({"pembeli", "pemesan", "buyer", "buyers", "customer", "customers"})
_NO_KEYS = ("ada", "no ")


def without_unseen(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without transfer words said to show no sign, or a buyer said to be lacking.

    "Kim Tinjau Pabrik Rudal, Tak Ada Tanda Ekspor ke Rusia", "Rusia Pamerkan Drone di Pameran
    Dubai, Belum Ada Pembeli": no transfer is told. "No evidence" stays: a party's denial.
    """
    lowered = text.lower()
    if not any(key in lowered for key in _NO_KEYS):
        return hits  # most texts: no negated existence, no regular expression run
    return [
        h
        for h in hits
        if h.entry.kind != "transfer"
        or not (
            _NO_SIGN_BEFORE.search(text, max(0, h.start - 40), h.start)
            or (
                h.text.lower() in _BUYER_WORDS
                and _NO_BUYER.search(text, max(0, h.start - 25), h.start)
            )
        )
    ]


def without_absent(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without the items said not to go with what is sent; they are no goods of the story.

    "Pasukan Korut Dikirim ke Rusia Tanpa Senjata Berat", "troops sent without heavy weapons":
    personnel go, the weapons named are the ones they lack; "pasukan ... hanya membawa senjata
    perorangan": the weapons a unit carries are its kit, not goods. Items named elsewhere stay.
    """
    if not any(h.entry.kind == "item" for h in hits):
        return hits
    lowered = text.lower()
    absent = any(key in lowered for key in _KEYS)
    if not absent and _PERSONNEL.search(text) is None:
        return hits  # most texts: no absence word and no unit, no regular expression run
    dropped: list[Hit] = []
    for h in hits:
        if h.entry.kind != "item":
            continue
        # "senapan serbu dan granat": an item joined to an absent one is absent too.
        joined = bool(dropped) and _JOINED.fullmatch(text, dropped[-1].end, h.start) is not None
        if joined or _absent(text, h):
            dropped.append(h)
    return [h for h in hits if not any(h is d for d in dropped)]


def _absent(text: str, item: Hit) -> bool:
    """Whether the items are said to stay behind, or to be the kit a sent unit carries."""
    if _ABSENT_BEFORE.search(text, max(0, item.start - _WINDOW), item.start):
        return True
    carried = _CARRIED_BEFORE.search(text, max(0, item.start - _WINDOW), item.start)
    if carried is None:
        return False
    return (
        _PERSONNEL.search(text, max(0, carried.start() - _KIT_WINDOW), carried.start()) is not None
    )
