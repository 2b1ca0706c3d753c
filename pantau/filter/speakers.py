"""A headline's speaker: the party whose words a headline quotes is not, by speaking, a party."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_SPEAKER = re.compile(r"[^:!?\"“”]{1,60}?:\s+")
"""A headline's credit before its quote: "Presiden Ukraina: ", "Zelensky: "."""


def without_hostile_speaker(
    title: str, hits: list[Hit], hostile: frozenset[tuple[str, str]], groups: dict[str, str]
) -> list[Hit]:
    """Hits without a headline's speaker at war with the party its quoted transfer goes to.

    "Presiden Ukraina: Hentikan Pengiriman Senjata ke Rusia!": Ukraine calls for a stop to
    arms for its enemy; it neither sends them nor is their target. A speaker at peace with
    that party ("Iran: Kami Tak Pernah Kirim Drone ke Rusia", "Kemlu Korut: Tuduhan Pasok
    Senjata ke Rusia Hanya Rekayasa AS") may be the supplier denying, and stays.
    """
    credit = _SPEAKER.match(title)
    if credit is None:
        return hits
    quote = [h for h in hits if h.start >= credit.end()]
    sent = next((h for h in quote if h.entry.kind == "transfer"), None)
    goal = next((h for h in quote if sent and h.entry.kind == "actor" and h.start > sent.end), None)
    if goal is None:
        return hits
    aim = groups.get(goal.entry.canonical, goal.entry.canonical)
    at_war = [
        s
        for s in hits
        if s.entry.kind == "actor"
        and s.end <= credit.end()
        and (groups.get(s.entry.canonical, s.entry.canonical), aim) in hostile
    ]
    if not at_war:
        return hits
    return [h for h in hits if h not in at_war]
