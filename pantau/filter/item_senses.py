"""Item words the watchlist cannot list for their other sense: a singular "shell" in a trade."""

from __future__ import annotations

import re

from pantau.filter.matching import Entry, Hit, with_lent

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
