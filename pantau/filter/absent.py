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
