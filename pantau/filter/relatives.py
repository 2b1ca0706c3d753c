"""Transfers told in a relative clause set off by commas: an aside on a bystander party."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_OPENS = re.compile(r",\s+(?:which|who|whose|yang)\s", re.IGNORECASE)
_MAIN = re.compile(r",\s+(?:\w+\s+){0,2}\w+")  # the main clause going on after the aside


def parenthetical(text: str, span: tuple[int, int], hit: Hit) -> bool:
    """Whether hit sits in a ', which ...,' clause after which its sentence's main clause goes on.

    "Azerbaijan, which has bought drones from Turkey, has criticised the French deliveries":
    the purchase describes a bystander of the news; "Iran, yang memasok drone ke Rusia,
    membantah ..." likewise. A clause that closes the sentence is no aside of this kind.
    """
    start, end = span
    opens = [m for m in _OPENS.finditer(text, start, hit.start)]
    if not opens or "," in text[opens[-1].end() : hit.start]:
        return False
    closing = text.find(",", hit.end, end)
    return closing != -1 and _MAIN.match(text, closing, end) is not None
