"""Transfer words whose weapons go unnamed: arming words, supply to an armed group, denials;
and a weapon named by a word the watchlist cannot list for its other sense (a singular "shell")."""

from __future__ import annotations

import re

from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.watchlist import Watchlist
from pantau.filter.wording import ACCUSED

ARMING = frozenset({"mempersenjatai", "arm", "re-arms"})  # transfer words that are weapons too
SUPPLY = frozenset({"pasok", "memasokan", "suplai", "mensuplai", "supply"})
"""Supply words that, from a party to an armed group, need no item word: "Iran Pasok Houthi"."""


def arms_unnamed(text: str, hit: Hit, hits: list[Hit], wl: Watchlist) -> bool:
    """A transfer word that names the weapons itself, or a supply to an armed group or one
    denied, whose goods are arms though unnamed."""
    return (
        arms_itself(text, hit)
        or supplies_group(text, hit, hits, wl)
        or denied_supply(text, hit, hits)
    )


def items_or_arms(text: str, hit: Hit, hits: list[Hit], wl: Watchlist) -> tuple[list[Hit], bool]:
    """The item words the sentence names, and whether the word supplies an armed group."""
    items = [h for h in hits if h.entry.kind == "item"]
    if not items and arms_itself(text, hit):
        items = [hit]  # "Iran denies arming Houthis": the word itself names the weapons
    to_group = not items and supplies_group(text, hit, hits, wl)
    if to_group or (not items and denied_supply(text, hit, hits)):
        items = [hit]  # "Tehran denies supplying Hezbollah", "Iran Bantah Pasok Rusia": arms
    return items, to_group


def arms_itself(text: str, hit: Hit) -> bool:
    """Whether an arming word names the weapons itself: not when words arm ("Pyongyang's slogans
    arm Russia's propagandists", "arms critics with leaked data"), which need no weapon."""
    if hit.entry.canonical not in ARMING:
        return False
    before = _NOT_WEAPONS_BEFORE.search(text, max(0, hit.start - _NEAR), hit.start)
    return before is None and _NOT_WEAPONS_AFTER.match(text, hit.end) is None


def supplies_group(text: str, hit: Hit, hits: list[Hit], wl: Watchlist) -> bool:
    """Whether a supply word's object is an armed group itself ("Pasok Houthi", "supplying Hamas").

    What is supplied goes unnamed only then: "Suplai Dana untuk Hamas" names money, not arms.
    """
    if hit.entry.kind != "transfer" or hit.entry.canonical not in SUPPLY:
        return False
    return any(
        h.entry.kind == "actor"
        and h.entry.canonical in wl.group_base
        and _GROUP_OBJECT.fullmatch(text[hit.end : h.start])
        and _OBJECT_ENDS.match(text, h.end) is not None
        for h in hits
        if h.start >= hit.end
    )


_NEAR = 40  # characters before the word where its subject's head noun stands
_NOT_WEAPONS = (
    r"(?:slogans?|rhetoric|retorika|propaganda|words?|kata-kata|data|leaks?|bocoran|money|uang|"
    r"dana|cash|funds?|arguments?|argumen|ideas?|ide|gagasan|ideology|ideologi|narratives?|"
    r"narasi|claims?|klaim|reports?|laporan|speech(?:es)?|pidato|statements?|pernyataan|"
    r"documents?|dokumen|information|informasi|talking\s+points|facts?|fakta|evidence|bukti)"
)
_NOT_WEAPONS_BEFORE = re.compile(
    rf"\b{_NOT_WEAPONS}\b(?:\s+[\w'’-]+)?\s+(?:(?:will|to|could|can|may|help|helps|also|akan|"
    rf"ikut|turut)\s+)?$",
    re.IGNORECASE,
)
"""A subject that is words or money right before the word (a party may stand between in
Indonesian: "Slogan Pyongyang Persenjatai ...")."""
_NOT_WEAPONS_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{1,4}}?\s+(?:with|dengan)\s+(?:(?:new|fresh|more|its|their|the|leaked|"
    rf"baru)\s+)*{_NOT_WEAPONS}\b",
    re.IGNORECASE,
)
_OBJECT_ENDS = re.compile(
    r"\s*(?:$|[,.;:?!'\"”’)]|(?:lewat|melalui|via|through|di|in|at|sejak|since|selama|kata|"
    r"says|said|amid|despite|meski|lagi|again|terus|secara|diam-diam|covertly|secretly)\b)",
    re.IGNORECASE,
)
"""Where the group ends its clause: nothing after it names what was supplied (cash, fuel, data)."""
_GROUP_OBJECT = re.compile(
    r"\s+(?:(?:ke|kepada|untuk|bagi|to|for)\s+)?(?:(?:kelompok|milisi|militan|the)\s+)?",
    re.IGNORECASE,
)


_STATE_OBJECT = re.compile(r"\s+(?:(?:ke|kepada|untuk|bagi|to|for)\s+)?(?:the\s+)?")
_SUPPLIER_OF = re.compile(r"'s\s+(?:(?:main|top|chief|biggest|key|new)\s+)?")
_UNNAMED_GOODS = re.compile(
    r"\s*(?:$|[,.;:?!'\"”’)]|(?:lewat|melalui|via|through|di|in|at|sejak|since|kata|says|said|"
    r"amid|despite|meski|lagi|again|secara|diam-diam|covertly|secretly|for\s+(?:the\s+)?war|"
    r"untuk\s+perang)(?!\w))",
    re.IGNORECASE,
)


_BUY = frozenset({"beli", "buy", "purchase"})
"""Buy words that, denied with the seller right after ("Bantah Beli dari Pyongyang"), are arms."""
_SOURCE_OBJECT = re.compile(r"\s+(?:(?:apa\s+pun|anything|any\s+weapons)\s+)?(?:dari|from)\s+")


def denied_supply(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A supply to a party denied or accused, its goods unnamed, is of arms ("Iran Bantah Pasok
    Rusia", "denies supplying Russia", "Bantah Jadi Pemasok Rusia", "Russia's supplier"), and so
    is a purchase from a party denied ("Moskow Bantah Beli dari Pyongyang")."""
    bought = hit.entry.canonical in _BUY and hit.entry.voice != "agent"
    if hit.entry.canonical not in SUPPLY and not bought:
        return False
    denied = any(h.entry.kind == "denial" for h in hits)
    if not denied and bought:
        return False  # a purchase needs its denial
    between = _SOURCE_OBJECT if bought else _STATE_OBJECT
    for party in (h for h in hits if h.entry.kind == "actor"):
        if (
            party.start >= hit.end
            and between.fullmatch(text, hit.end, party.start)
            and _UNNAMED_GOODS.match(text, party.end)
        ):
            return denied or ACCUSED.search(text) is not None  # searched last: costly
        if bought:
            continue
        if party.end <= hit.start and _SUPPLIER_OF.fullmatch(text, party.end, hit.start):
            return hit.entry.voice == "agent" and (denied or ACCUSED.search(text) is not None)
    return False


SHELL_ENTRY = Entry("item", "ammunition", "munition")
_SHELL = "shell "
_TRADE = frozenset(
    {
        "kesepakatan",
        "supply",
        "deliver",
        "shipped",
        "export",
        "import",
        "sell",
        "purchase",
        "transfer",
    }
)
"""Transfer words (their watchlist canonical) a munition names as "shell deal", "shell supplier"."""
_ENERGY = re.compile(
    r"\b(?:oil|gas|LNG|fuel|petrol|crude|refiner(?:y|ies)|energy|petroleum|plc|Gazprom|BP|Exxon|"
    r"Chevron|TotalEnergies|Aramco|Equinor|stations?|minyak|kilang|BBM|SPBU)\b",
    re.IGNORECASE,
)
"""Words of the oil trade: a "Shell deal" or "Shell supplier" beside them is the company's."""


def lend_shell(
    title: str, text: str, hits: tuple[list[Hit], list[Hit]], transfers: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """Title and text hits with a munition lent where a singular "shell" heads a trade word
    ("Pyongyang's shell deliveries", "Kremlin: Shell deal with Pyongyang"), unless its field
    tells of oil or gas (Shell the company); only the story's transfer words are looked at."""
    lent: tuple[list[Hit], list[Hit]] = ([], [])
    for hit in transfers:
        if hit.entry.canonical not in _TRADE or hit.start < len(_SHELL):
            continue
        field = title if hit.field == "title" else text
        start = hit.start - len(_SHELL)
        if field[start : hit.start].lower() != _SHELL or (start and field[start - 1].isalnum()):
            continue
        end = hit.start - 1
        lent[hit.field != "title"].append(Hit(hit.field, start, end, field[start:end], SHELL_ENTRY))
    return (
        hits[0] if not lent[0] or _ENERGY.search(title) else with_lent(hits[0], lent[0]),
        hits[1] if not lent[1] or _ENERGY.search(text) else with_lent(hits[1], lent[1]),
    )
