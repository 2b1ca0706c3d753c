"""Transfer words that tell of no supply between parties: sales in shops, an attack's origin."""

from __future__ import annotations

import re

from pantau.filter.event_roles import ORIGIN
from pantau.filter.matching import Hit

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
