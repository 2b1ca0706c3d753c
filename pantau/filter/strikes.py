"""A strike beside a transfer: a supply taken as known, or what the weapons handed over are for."""

from __future__ import annotations

import re

from pantau.filter import direction_words as dw
from pantau.filter.matching import Hit
from pantau.filter.wording import STOPPED

_QUALIFIES = re.compile(
    r"\s*(?:(?:yang|that|which)(?:\s+(?:were|was|had\s+been|have\s+been|telah|sudah))?)?\s*",
    re.IGNORECASE,
)
"""Between items and a participle that qualifies them: "drones received", "yang diterima"."""
_MAKER_GAP = re.compile(rf"\s+(?:{dw.MAKER_PHRASE}\s+)?", re.IGNORECASE)
"""Between items and their maker: "Drone Iran", "Bom Buatan AS"."""
_FINDINGS = frozenset({"came from", "traced to", "components"})
"""Transfer words that tell a finding of origin (watchlist, pantau/filter/parts.py): told, not
taken as known."""


def presupposed(text: str, transfer: Hit, hits: list[Hit]) -> bool:
    """A supply that only qualifies a strike's weapons ("Iranian-supplied drones struck").

    The weapons are qualified by their supplier in a compound ("Iranian-supplied drones",
    "Drone Pasokan Iran") or by their receiver ("drones received by Russia were launched"),
    beside a combat cue that is no cargo stopped: the strike is told, the supply taken as
    known. A supplier named as the participle's agent ("missiles supplied by North Korea"),
    or the supply as the clause's verb ("Korut Pasok Rudal yang Hantam Kharkiv"), is told.
    """
    entry = transfer.entry
    hyphened = transfer.start > 0 and text[transfer.start - 1] == "-"
    if entry.sub not in ("give", "get") or entry.canonical in _FINDINGS:
        return False
    if entry.voice not in ("noun", "past", "passive"):
        return False
    if entry.voice != "noun" and entry.sub == "give" and not hyphened:
        return False  # "supplied by North Korea", "yang Dipasok Korut": the supply is stated
    if not any(
        h.entry.kind == "negative"
        and h.entry.canonical == "combat"
        and not h.text.lower().startswith(STOPPED)  # a cargo stopped is an interdiction
        for h in hits
    ):
        return False
    if any(h.entry.kind == "transfer" and h is not transfer for h in hits):
        return False  # "Russia used North Korean-supplied KN-23": another word tells the supply
    if hyphened:
        return any(h.entry.kind == "item" and h.start >= transfer.end for h in hits)
    before = [h for h in hits if h.end <= transfer.start]
    gap = before[-1].end if before else 0
    if (
        len(before) > 1
        and before[-1].entry.kind == "actor"
        and before[-2].entry.kind == "item"
        and _MAKER_GAP.fullmatch(text, before[-2].end, before[-1].start) is not None
    ):
        before = before[:-1]  # "Drone Iran yang Dipakai Rusia": the maker names the items
    return (
        bool(before)
        and before[-1].entry.kind == "item"
        and _QUALIFIES.fullmatch(text, gap, transfer.start) is not None
    )


_PURPOSE = re.compile(
    r"(?<!\w)(?<!response )(?<!due )(?<!respons )(?:untuk|guna|to|in\s+order\s+to)\s+"
    r"(?:(?:bisa|dapat|be|help|membantu|bantu)\s+)?(?:(?:mempertahankan|pertahankan|melanjutkan|"
    r"lanjutkan|meneruskan|menopang|memperkuat|mengintensifkan|sustain|continue|keep\s+up|"
    r"bolster|intensify|press|step\s+up)\s+(?:(?:its|their|the|his)\s+)?)?$",
    re.IGNORECASE,
)
_PLATFORMS = frozenset({"aircraft", "vessel"})  # sent with their crews, they are deployed


def purpose(text: str, cue: Hit) -> bool:
    """A combat word told as a purpose: "untuk Gempur Pemberontak", "to sustain its offensive"."""
    return _PURPOSE.search(text, max(0, cue.start - 30), cue.start) is not None


USE = "menggunakan"  # the watchlist's "weapons of a maker country in another's hands" entry


def received_for_use(transfer: Hit, items: list[Hit]) -> bool:
    """Whether weapons handed over for a purpose are the receiver's to use.

    "Rezim Assad Terima Drone Iran untuk Gempur Pemberontak", "Iran Kirim Rudal ke Houthi
    untuk Serang Kapal": the strike is what the weapons are for. Jets or warships sent to
    strike ("Kirim Pesawat Tempur ke Suriah untuk Serang ISIS") go with their crews.
    """
    if transfer.entry.canonical == USE:
        return False  # "Menggunakan Drone Iran untuk Menyerang Kyiv": the use is the strike
    if transfer.entry.sub == "get":
        return True
    return transfer.entry.sub == "give" and not any(i.entry.sub in _PLATFORMS for i in items)


def deployed(text: str, transfer: Hit, hits: list[Hit], items: list[Hit]) -> bool:
    """Jets or warships sent to strike, warships on a mission, a headline's missiles fired."""
    if not items:
        return False
    if launched(text, transfer, hits, items):
        return True  # "Korut Kirim Rudal Lagi, Jepang Siaga": fired, not handed over
    if not all(i.entry.sub in _PLATFORMS for i in items):
        return False
    if transfer.entry.sub == "give" and any(
        h.entry.kind == "negative"
        and h.entry.canonical == "combat"
        and h.start > transfer.end
        and purpose(text, h)
        for h in hits
    ):
        return True  # "Kirim Pesawat Tempur ke Suriah untuk Serang ISIS"
    return sails(text, transfer, hits, items)


_SAILS = re.compile(
    r"(?<!\w)(?:kirim|mengirim|mengirimkan|dikirim|dikirimkan|kerahkan|mengerahkan|dikerahkan|"
    r"sends?|sent|sending|dispatch(?:es|ed|ing)?|deploys?|deployed|deploying|tiba|sampai|arrives?|"
    r"arrived|arriving|reach(?:es|ed)?)(?!\w)",
    re.IGNORECASE,
)
"""Send and arrive words a navy's own ships take: no handover word ("serahkan", "jual")."""
_MISSION = re.compile(
    r"(?<!\w)(?:(?:untuk|guna|to|in\s+order\s+to)\s+(?:(?:ikut|turut|help)\s+)?(?:membalas|balas|"
    r"bantu|membantu|dukung|mendukung|bekingi|membekingi|kawal|mengawal|berpatroli|patroli|"
    r"lindungi|melindungi|retaliate|back|support|escort|patrol|protect|shore\s+up|bolster\s+"
    r"(?:the\s+)?(?:defen[cs]es?\s+of|presence))|(?:(?:di|ke|in|to|into)\s+)?(?:the\s+)?(?:timur\s+"
    r"tengah|middle\s+east|laut\s+\w+|perairan\s+\w+|red\s+sea|\w+\s+sea|kawasan|region))(?!\w)",
    re.IGNORECASE,
)
"""A mission or a sea named after warships sent: "untuk Membalas Israel", "di Timur Tengah"."""
_HANDED = re.compile(
    r"(?<!\w)(?:bekas|used|second-hand|decommissioned|retired|hibah|dihibahkan|grant|donat\w*|"
    r"sumbang\w*|eks-|ex-)",
    re.IGNORECASE,
)
"""Ships whose sending is a handover: used, retired, granted."""


def sails(text: str, transfer: Hit, hits: list[Hit], items: list[Hit]) -> bool:
    """Warships sent or arriving on a mission or at a sea, not handed over (a navy deploys)."""
    if not any(i.entry.sub == "vessel" for i in items):
        return False  # "Kapal Perang dan Pesawat Pengintai": with jets, the ships lead
    if not _SAILS.match(transfer.text):
        # "Kirim Kapal Perang untuk Bantu Iran": the help is the sending's mission.
        mission = _MISSION.search(text, max(0, transfer.start - 25), transfer.end)
        sent = [h for h in hits if h.entry.kind == "transfer" and h.end <= transfer.start]
        return (
            mission is not None
            and mission.end() == transfer.end
            and bool(sent)
            and _SAILS.match(sent[-1].text) is not None
            and sails(text, sent[-1], hits, items)
        )
    end = max([transfer.end, *(i.end for i in items)])
    mission = _MISSION.search(text, end, end + 80)
    if mission is None or any(
        h.entry.kind == "actor" and end <= h.start < mission.start() for h in hits
    ):
        return False  # "ke Filipina untuk Bantu Patroli": the ships go to a party first
    start = max(0, min(transfer.start, *(i.start for i in items)) - 60)
    return _HANDED.search(text, start, mission.end()) is None


_LAUNCH_SEND = re.compile(r"(?:kirim|mengirim|mengirimkan)$", re.IGNORECASE)
"""A headline's bare send word, which for missiles is also a launch ("Korut Kirim Rudal Lagi")."""
_GOAL = re.compile(r"(?<!\w)(?:ke|kepada|untuk|bagi|buat|menuju)(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[-–—]\s")
_PARTNERSHIP = re.compile(
    r"(?<!\w)(?:hubungan|kerja\s*sama|kemitraan|mesra|erat|aliansi|poros|pakta|ties|alliance"
    r"|partnership|axis)(?!\w)",
    re.IGNORECASE,
)
"""Two parties told as partners before the verb: "Hubungan Iran dan Rusia Kian Erat, ..."."""


def launched(text: str, transfer: Hit, hits: list[Hit], items: list[Hit]) -> bool:
    """A headline's missiles sent to no goal and no party: a launch ("Kirim Rudal Lagi").

    "Iran Kirim Rudal Sampai 3 Kali", "..., Tapi Kirim Rudal Lagi": a headline's 'kirim' with
    missiles, no goal word in its clause and no party named after it tells of firing them;
    "Korut Kirim Rudal ke Rusia" names where they go.
    """
    if transfer.field != "title" or not _LAUNCH_SEND.fullmatch(transfer.text):
        return False
    if not all(i.entry.sub == "missile" for i in items):
        return False
    stop = _CLAUSE_END.search(text, transfer.end)
    end = stop.start() if stop else len(text)
    if _GOAL.search(text, transfer.end, end):
        return False
    before = {
        h.entry.canonical for h in hits if h.entry.kind == "actor" and h.end <= transfer.start
    }
    if len(before) > 1 and _PARTNERSHIP.search(text, 0, transfer.start):
        return False  # "Hubungan Iran dan Rusia Kian Erat, Teheran Kirim Rudal": to the partner
    # "Iran Kirim Rudal Fath-360, Rusia Siap Pakai": a party named later may be the receiver.
    return not any(h.entry.kind == "actor" and h.start >= transfer.end for h in hits)


_INTERCEPTS = re.compile(
    r"(?<!\w)(?:mencegat|menghalau|menembak\s+jatuh|tembak\s+jatuh|menjatuhkan|intercepts?|"
    r"intercepted|intercepting|shot\s+down|shoots?\s+down|shooting\s+down|downed)\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"(?:(?:\d[\d.,]*|ratusan|puluhan|ribuan|belasan|hundreds|dozens|thousands|scores|of|"
    r"lebih|dari|more|than|over|sekitar|about|some|dan|and|serta|,)\s+)*$",
    re.IGNORECASE,
)
"""Counts and joins before an intercepted item: "ratusan rudal dan drone", "dozens of"."""


def intercepted(text: str, item: Hit, items: list[Hit]) -> bool:
    """ "IRIS-T telah mencegat ratusan rudal dan drone": weapons intercepted met the defence.

    They are what the air defence handed over shoots down, not goods of the transfer: the
    items listed right after an interception word, with only counts and joins between.
    """
    start = item.start
    before = sorted((i for i in items if i.field == item.field), key=lambda i: i.start)
    while True:
        counted = _COUNTED.search(text, max(0, start - 60), start)
        start = counted.start() if counted else start
        listed = [i for i in before if i.end <= start and not text[i.end : start].strip(" ,")]
        if not listed:
            break
        start = listed[-1].start
    return _INTERCEPTS.search(text, max(0, start - 30), start) is not None
