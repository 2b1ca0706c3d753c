"""Transfer words that hand nothing over where they stand: a noun 'ships', thanks for a
courtesy, help to fight, a delegation arriving, weapons carried in a drill, a sale in shops, an
attack's origin."""

from __future__ import annotations

import re

from pantau.filter.deals import PLANTS
from pantau.filter.direction_words import THANKS_TO, words
from pantau.filter.event_roles import ORIGIN
from pantau.filter.matching import Hit

_SHIP_NOUNS = frozenset({"ships", "ship", "shipping"})
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|i)$", re.IGNORECASE)
"""A nationality adjective ("Russian", "North Korean", "Chinese"): a noun follows, no verb."""
_SHIPS_STRUCK = re.compile(
    r"(?<!\w)(?:target(?:s|ed|ing)?|attack(?:s|ed|ing)?|hit(?:s|ting)?|strikes?|struck|sink(?:s)?|"
    r"sank|sunk|board(?:s|ed)?|escort(?:s|ed)?|seiz(?:e|es|ed)|intercept(?:s|ed)?|harass(?:es|ed)?)"
    r"\s+$",
    re.IGNORECASE,
)
"""A verb whose object the ships are: "target ships with drones" fires at them, ships nothing."""

_THANKS = frozenset({"thanks", "thanked", "thanking"}) | THANKS_TO
_FOR = re.compile(r"[^.,;:!?]{0,40}?\s(?:for|atas)\s", re.IGNORECASE)
_THANKED_FOR = 4  # words after 'for' that may come before the weapons or their supply
_THANKS_END = words(
    "after over following amid during in at on as setelah di saat dalam usai seusai"
)
"""Where the thing thanked for ends: "for condolences after a missile blast"."""

_HELP = "bantu"  # the watchlist's help entry ("Bantu", "helps", "membantu")
_TO_FIGHT = re.compile(
    r"\s+(?:to\s+)?(?:serang|menyerang|gempur|menggempur|hantam|menghantam|tembak|menembak|"
    r"rebut|merebut|lawan|melawan|usir|mengusir|bom|mengebom|bombardir|membombardir|incar|"
    r"mengincar|strike|attack|hit|target|bomb|fight|repel|shoot\s+down|pound|"
    # Mending what was struck is help of another kind: "Bantu Ukraina Perbaiki Jaringan Listrik".
    r"perbaiki|memperbaiki|pulihkan|memulihkan|evakuasi|mengevakuasi|repair|restore|rebuild|"
    r"evacuate)(?!\w)",
    re.IGNORECASE,
)
"""A verb of fighting or mending after the party helped: the help is in that act."""

_HOSTS = frozenset({"host", "hosts", "hosted", "tuan rumah"})
_EVENT_HOSTED = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:expo|exhibitions?|pameran|summit|KTT|talks|pembicaraan|"
    r"perundingan|forum|conference|konferensi|drills?|latihan|exercises?|games|show|airshow|"
    r"visit|kunjungan|meeting|pertemuan)(?!\w)",
    re.IGNORECASE,
)
"""What a host holds that is no weapon: "hosts first defence expo", "Jadi Tuan Rumah Pameran"."""

_KEPT = re.compile(
    r"control\s+(?:remains?|stays?)\s+with|under\s+(?:the\s+)?[\w-]+\s+control|"
    r"(?:retains?|retained|keeps?|kept)\s+(?:full\s+|sole\s+)?control|"
    r"kendali\s+(?:tetap|masih)\s+(?:di\s+tangan|dipegang|berada)",
    re.IGNORECASE,
)
"""Weapons hosted whose owner keeps control: no handover ("control remains with Moscow")."""

_MAINTAIN = frozenset({"maintain", "maintains", "maintained", "maintaining"})
_ASSERTED = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:that|are|is|were|was|will|would|have|has|had|did|do|does)(?!\w)",
    re.IGNORECASE,
)
"""'maintains' before a finite verb asserts ("maintains Iranian drones are not used")."""

_VISITORS = re.compile(
    r"(?<!\w)(?:delegasi|delegations?|rombongan|utusan|envoys?|menteri|ministers?|menhan|menlu|"
    r"presiden|president|pejabat|officials?|diplomat|diplomats|pemimpin|leaders?|perdana\s+"
    r"menteri|prime\s+minister|kepala\s+staf|chief\s+of\s+staff)"
    r"(?:\s+[\w-]+){0,2}\s+$",
    re.IGNORECASE,
)
"""People told as arriving: "Delegasi Iran Tiba di Moskow", "North Korean delegation arrives"."""
_VISITOR_REACH = 40  # characters before the arrival word that may hold its people

_CARRY = frozenset({"carry", "transport", "angkut", "bawa"})
_IN_DRILL = re.compile(
    r"[^.;:!?]*?\s(?:in|during|at|dalam|saat|selama|ketika|pada)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drills?|exercises?|latihan|parades?|parade|war\s+games|manoeuvres|maneuvers|simulasi)(?!\w)",
    re.IGNORECASE,
)
"""A carrying word's clause going on to an exercise: "ships carry drones in naval drill"."""
_GOAL = re.compile(r"\s(?:to|into|for|ke|kepada|untuk|bagi|menuju)\s", re.IGNORECASE)


def without_misread(text: str, hits: list[Hit], story: str = "") -> list[Hit]:
    """Hits without the transfer words that tell of no handover in their construction; story is
    the rest of the story, where a host's weapons may be said to stay under their owner."""
    for h in hits:
        if h.entry.kind == "transfer":
            break
    else:
        return hits
    kept = [
        h
        for n, h in enumerate(hits)
        if h.entry.kind != "transfer" or not _misread(text, n, hits, story)
    ]
    return hits if len(kept) == len(hits) else kept


def _misread(text: str, n: int, hits: list[Hit], story: str) -> bool:
    """Whether the transfer word hits[n] is a noun, a courtesy, a fight or a visit here."""
    hit = hits[n]
    word = hit.text.lower()
    if word in _SHIP_NOUNS:
        return _ship_noun(text, n, hits)
    if word in _THANKS:
        return _thanked_for_no_weapon(text, n, hits)
    if word in _HOSTS:
        if _EVENT_HOSTED.match(text, hit.end) is not None or _hosts_plant(hits, n):
            return True
        return _KEPT.search(text) is not None or _KEPT.search(story) is not None
    if word in _MAINTAIN:
        return _ASSERTED.match(text, hit.end) is not None
    if hit.entry.canonical == _HELP:
        return _helped_to_fight(text, n, hits)
    if hit.entry.sub == "arrive":
        return _visitors_arrive(text, hit, hits)
    if hit.entry.canonical in _CARRY:
        return _carried_in_drill(text, hit)
    return False


def _ship_noun(text: str, n: int, hits: list[Hit]) -> bool:
    """'ships' right after a nationality adjective or a verb striking them is the noun."""
    hit = hits[n]
    # A lent 'ships' may stand beside the watchlist's own at the same span: look past both.
    before = next((h for h in reversed(hits[:n]) if h.start < hit.start), None)
    if _SHIPS_STRUCK.search(text, max(0, hit.start - 12), hit.start):
        return True
    return (
        before is not None
        and before.entry.kind == "actor"
        and not text[before.end : hit.start].strip()
        and _DEMONYM.search(before.text) is not None
    )


def _thanked_for_no_weapon(text: str, n: int, hits: list[Hit]) -> bool:
    """Thanks whose 'for' names no weapon or supply soon after: condolences, support."""
    hit = hits[n]
    found = _FOR.match(text, hit.end)
    if found is None:
        return False
    after = []
    for w in text[found.end() :].split(maxsplit=_THANKED_FOR)[:_THANKED_FOR]:
        if w.lower() in _THANKS_END:
            break
        after.append(w)
    reach = found.end() + sum(len(w) + 1 for w in after)
    return not any(
        h.entry.kind in ("item", "transfer") and found.end() <= h.start < reach
        for h in hits[n + 1 :]
    )


def _hosts_plant(hits: list[Hit], n: int) -> bool:
    """A host's first weapon is a plant ("to Host Russian Drone Assembly Line"): it makes them."""
    item = next((h for h in hits[n + 1 :] if h.entry.kind == "item"), None)
    return item is not None and item.entry.canonical in PLANTS


def _helped_to_fight(text: str, n: int, hits: list[Hit]) -> bool:
    """'Bantu Ukraina Serang Rusia dengan Drone': help given in a fight, not weapons handed."""
    party = hits[n + 1] if n + 1 < len(hits) else None
    if party is None or party.entry.kind != "actor":
        return False
    if text[hits[n].end : party.start].strip().lower() not in ("", "the"):
        return False
    return _TO_FIGHT.match(text, party.end) is not None


def _visitors_arrive(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """An arrival whose subject is people (a delegation, a minister): they come, not goods."""
    start = max(0, hit.start - _VISITOR_REACH)
    if _VISITORS.search(text[start : hit.start]) is None:
        return False
    return not any(h.entry.kind == "item" and start <= h.start < hit.start for h in hits)


def _carried_in_drill(text: str, hit: Hit) -> bool:
    """Weapons carried in a drill or parade with no goal told before it: shown, not sent."""
    drill = _IN_DRILL.match(text, hit.end)
    return drill is not None and _GOAL.search(text, hit.end, drill.end()) is None


_SELL = frozenset({"jual", "sell"})

_RETAIL = re.compile(
    r"\s+(?:(?:openly|freely|cheaply|widely|secara\s+bebas|bebas|murah)\s+)?"
    r"(?:(?:di|in|at|on)\s+(?:[\w'’-]+\s+){0,2}?(?:malls?|mal|markets?|marketplaces?|pasar|"
    r"bazaars?|shops?|stores?|toko|lapak|kios|kiosks?|supermarkets?|e-commerce|websites?|"
    r"situs)\b|online\b|daring\b)",
    re.IGNORECASE,
)
"""A sale told by where shoppers buy ("sold in Jakarta malls", "dijual di pasar Moskow",
"sold online"): retail, no party buys."""

_ATTACK_HEAD = re.compile(
    r"\W*(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:serangan|peluncuran|gempuran|serbuan)\b|"
    r"(?:attacks?|strikes?|launch(?:es)?|barrages?|salvos?|bombardments?)\b"
    r"(?!\s+(?:drones?|helicopters?|aircraft|jets?|submarines?|boats?|UAVs?)\b))",  # attack drones
    re.IGNORECASE,
)
"""A subject that is an attack: "Serangan Drone ke Israel Berasal dari Iran" tells where it was
fired from."""


def retail_sale(text: str, hit: Hit) -> bool:
    """Whether a sale word is told by the shops or market it happens in, no buyer named."""
    return hit.entry.canonical in _SELL and _RETAIL.match(text, hit.end) is not None


def attack_origin(text: str, start: int, hit: Hit) -> bool:
    """Whether an origin word ("berasal dari", "came from") tells where an attack came from."""
    if hit.entry.canonical != ORIGIN:
        return False
    # Weapons fired at a target may still come from their maker: "militia rockets fired at a
    # US base came from Iran"; an attack's subject tells only where it was launched from.
    return _ATTACK_HEAD.match(text, start, hit.start) is not None
