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


def lend_shell(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a munition lent where a singular "shell" heads a trade word ("Pyongyang's shell
    deliveries", "Kremlin: Shell deal with Pyongyang"), unless the field tells of oil or gas
    (Shell the company)."""
    lent: list[Hit] = []
    for hit in hits:
        entry = hit.entry
        if entry.kind != "transfer" or entry.canonical not in _TRADE or hit.start < len(_SHELL):
            continue
        start = hit.start - len(_SHELL)
        if text[start : hit.start].lower() != _SHELL or (start and text[start - 1].isalnum()):
            continue
        if not lent and _ENERGY.search(text):
            return hits
        end = hit.start - 1
        lent.append(Hit(hit.field, start, end, text[start:end], SHELL_ENTRY))
    return with_lent(hits, lent)
