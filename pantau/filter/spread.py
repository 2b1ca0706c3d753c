"""A transfer's other party named in the sentence beside it, of the same weapons."""

from __future__ import annotations

import re

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
_SAME = re.compile(
    r"(?<!\w)(?:itu|tersebut|ini|the|these|those|such|kiriman|muatan|cargo|shipment)(?!\w)",
    re.IGNORECASE,
)
"""Words that point back to weapons already told: "drone tersebut", "the shells"."""
_REACH = 40  # characters before a party looked at for its source or goal word
_POINTER = 15  # characters around an item looked at for a word pointing back


def _party_marked(text: str, hits: list[Hit], known: str | None, mark: re.Pattern[str]) -> bool:
    """Whether a party other than known follows a source or goal word in the sentence."""
    for h in hits:
        if h.entry.kind != "actor" or h.entry.canonical == known:
            continue
        if mark.search(text, max(0, h.start - _REACH), h.start) is not None:
            return True
    return False


def other_party(
    lacking: str, known: str | None, items: tuple[Hit, ...], beside: list[tuple[str, list[Hit]]]
) -> bool:
    """Whether the party a one-sided transfer lacks is named beside it, of the same weapons.

    "Militer Myanmar menerima dua jet tempur Su-30." + "Jet tersebut merupakan bagian dari
    kontrak dengan Rusia": the supplier lacking in one sentence is the source of the same
    items, pointed back to, in the next. A sentence of combat beside a delivery ("Drone
    Rusia menyerang Kyiv") tells of other weapons.
    """
    kinds = {i.entry.canonical for i in items if i.entry.kind == "item"}
    mark = _SOURCE if lacking == "supplier" else _GOAL
    for text, hits in beside:
        if any(h.entry.kind == "negative" and h.entry.canonical == "combat" for h in hits):
            continue
        same = [h for h in hits if h.entry.kind == "item" and h.entry.canonical in kinds]
        if not any(_SAME.search(text, max(0, h.start - _POINTER), h.end + _POINTER) for h in same):
            continue
        if _party_marked(text, hits, known, mark):
            return True
    return False
