"""A headline's own weapons: "Drone Kami" in a party's own word is that party's make."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_OURS = re.compile(r"\s+(?:milik\s+)?(?:kami|kita)(?!\w)", re.IGNORECASE)
"""An owner pronoun after the items: "Drone Kami", "rudal milik kita"."""
_OWN_WORD = re.compile(
    r"(?<!\w)(?:bantah|membantah|tolak|menolak|sangkal|menyangkal|klaim|mengklaim|tegaskan|"
    r"menegaskan|tak\s+satu\s+pun|tidak\s+satu\s+pun)(?!\w)|:\s",
    re.IGNORECASE,
)
"""A party's own word about its weapons: a denial, a claim, or a credit before a quote."""


def lend_owner(title: str, hits: list[Hit]) -> list[Hit]:
    """Hits with the speaker lent as the maker of the weapons a headline calls "ours".

    "Iran: Drone Kami Tidak Dipakai Rusia", "Korut Bantah Rudal Kami Dipakai Rusia": one party
    speaks of its own weapons in another's hands, a denial of their supply. Only with one party
    before the items and its own word between; the pronoun stands where a maker would ("Drone
    Iran"). (The clitic "Rudalnya" and the English "its drones" are not read: the maker
    readings need a word of their own.)
    """
    lent: list[Hit] = []
    for item in (h for h in hits if h.entry.kind == "item"):
        before = [h for h in hits if h.entry.kind == "actor" and h.end <= item.start]
        ours = _OURS.match(title, item.end)
        if ours is None or len({h.entry.canonical for h in before}) != 1:
            continue
        if not _OWN_WORD.search(title, before[0].end, item.start):
            continue
        start = ours.end() - len(ours.group().split()[-1])
        lent.append(Hit(item.field, start, ours.end(), title[start : ours.end()], before[0].entry))
    return sorted([*hits, *lent], key=lambda h: h.start) if lent else hits
