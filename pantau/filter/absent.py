"""Weapons or a transfer told as absent: "Dikirim ke Rusia Tanpa Senjata Berat", "no sign of"."""

from __future__ import annotations

import re

from pantau.filter.cues import ends
from pantau.filter.matching import Hit

_ABSENT = re.compile(
    r"(?<!\w)(?:tanpa|without|with\s+no|minus|sans)\s+"
    r"(?:(?:membawa|dibekali|disertai|dilengkapi|pasokan|kiriman|any|a|the|their|its|"
    r"carrying|bringing)\s+)?",
    re.IGNORECASE,
)
"""Right before items that do not go: 'tanpa', 'without', 'with no', 'without any'."""
_ABSENT_KEYS = ("tanpa", "without", "with no", "minus", "sans")
_CARRIED = re.compile(
    r"(?<!\w)(?:hanya\s+|only\s+)?(?:membawa|dibekali|bersenjatakan|menenteng|carrying|carry|"
    r"carried|armed\s+with|equipped\s+with)\s+(?:(?:their|own|personal|individual|"
    r"their\s+own)\s+)?",
    re.IGNORECASE,
)
"""Right before a sent unit's kit: "pasukan ... hanya membawa senjata perorangan"."""
_CARRIED_KEYS = ("membawa", "dibekali", "bersenjatakan", "menenteng", "carr", "armed", "equipped")
_PERSONNEL = re.compile(
    r"(?<!\w)(?:pasukan|tentara|prajurit|personel|serdadu|troops|soldiers|personnel)(?!\w)",
    re.IGNORECASE,
)
_UNITS = ("pasukan", "tentara", "prajurit", "personel", "serdadu", "troops", "soldiers")
_KIT_WINDOW = 80
_JOINED = re.compile(r"\s*(?:,|dan|and|or|atau|serta|maupun|,\s*and)?\s*", re.IGNORECASE)

_NO_SIGN = re.compile(
    r"(?<!\w)(?:(?:tak|tidak|belum)\s+(?:ada|terlihat|tampak)\s+(?:tanda(?:-tanda)?|indikasi)"
    r"(?:\s+(?:adanya|soal|akan))?|no\s+(?:sign|signs|indication|indications|hint)\s+of"
    r"(?:\s+(?:any|an?|the))?)\s+",
    re.IGNORECASE,
)
"""Right before a transfer said to show no sign: "Tak Ada Tanda Ekspor", "no sign of sales"."""
_NO_SIGN_KEYS = ("tanda", "indikasi", "sign", "indication", "hint")
_NO_BUYER = re.compile(r"(?<!\w)(?:(?:tak|tidak|belum)\s+ada\s+(?:satu\s+pun\s+)?|no\s+)$", re.I)
_BUYER_WORDS = frozenset({"pembeli", "pemesan", "buyer", "buyers", "customer", "customers"})
_BUYER_KEYS = ("pembeli", "pemesan", "buyer", "customer")


def without_unseen(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without transfer words said to show no sign, or a buyer said to be lacking.

    "Kim Tinjau Pabrik Rudal, Tak Ada Tanda Ekspor ke Rusia", "Rusia Pamerkan Drone di Pameran
    Dubai, Belum Ada Pembeli": no transfer is told. "No evidence" stays: a party's denial.
    """
    lowered = lowered or text.lower()
    unseen = set(ends(_NO_SIGN, text, lowered, _NO_SIGN_KEYS))
    if any(word in lowered for word in _BUYER_KEYS):
        unseen |= _unbought(text, hits)
    if not unseen:
        return hits
    return [h for h in hits if h.entry.kind != "transfer" or h.start not in unseen]


def _unbought(text: str, hits: list[Hit]) -> set[int]:
    """Where a buyer word is said to be lacking: "Belum Ada Pembeli", "no buyers"."""
    return {  # buyer words are rare: each is read in its own short window
        h.start
        for h in hits
        if h.entry.kind == "transfer"
        and h.text.lower() in _BUYER_WORDS
        and _NO_BUYER.search(text, max(0, h.start - 25), h.start)
    }


def without_absent(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without the items said not to go with what is sent; they are no goods of the story.

    "Pasukan Korut Dikirim ke Rusia Tanpa Senjata Berat", "troops sent without heavy weapons":
    personnel go, the weapons named are the ones they lack; "pasukan ... hanya membawa senjata
    perorangan": the weapons a unit carries are its kit, not goods. Items named elsewhere stay.
    """
    lowered = lowered or text.lower()
    gone = set(ends(_ABSENT, text, lowered, _ABSENT_KEYS))
    if any(unit in lowered for unit in _UNITS):
        for end, start in ends(_CARRIED, text, lowered, _CARRIED_KEYS).items():
            if _PERSONNEL.search(text, max(0, start - _KIT_WINDOW), start) is not None:
                gone.add(end)  # a unit named before the verb: the items are its kit
    if not gone:
        return hits  # most texts: no absence word and no unit's kit
    dropped: list[Hit] = []
    for h in hits:
        if h.entry.kind != "item":
            continue
        # "senapan serbu dan granat": an item joined to an absent one is absent too.
        joined = bool(dropped) and _JOINED.fullmatch(text, dropped[-1].end, h.start) is not None
        if joined or h.start in gone:
            dropped.append(h)
    return [h for h in hits if not any(h is d for d in dropped)]
