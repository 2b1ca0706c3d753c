"""A headline's speaker: not a party by speaking, but the maker of the weapons it calls ours."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit, with_lent

CREDIT = re.compile(r"[^:!?\"“”]{1,60}?:\s+")
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
    credit = CREDIT.match(title)
    if credit is None:
        return hits
    quote = [h for h in hits if h.start >= credit.end()]
    sent = next((h for h in quote if h.entry.kind == "transfer"), None)
    goal = next((h for h in quote if sent and h.entry.kind == "actor" and h.start > sent.end), None)
    if goal is None and sent is not None and sent.entry.sub == "get":
        # "Ukrainian intelligence: Russia buying rifles back from Africa": the buyer, told
        # before its buying word, is the side the speaker is at war with.
        goal = next((h for h in quote if h.entry.kind == "actor" and h.end <= sent.start), None)
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
    return with_lent(hits, lent)


def credit_last(title: str, hits: list[Hit], parties: tuple[str, ...]) -> tuple[str, ...]:
    """A headline's parties with its credit's own ones put after those its quote names.

    "Ukraina: Komponen Drone Rusia Kini Diproduksi di China": the speaker is told first but is
    no first-named party of the story; the quote's parties lead.
    """
    credit = CREDIT.match(title)
    if credit is None:
        return parties
    actors = [h for h in hits if h.entry.kind == "actor"]
    quoted = {h.entry.canonical for h in actors if h.start >= credit.end()}
    spoke = {h.entry.canonical for h in actors if h.end <= credit.end()} - quoted
    return tuple(p for p in parties if p not in spoke) + tuple(p for p in parties if p in spoke)
