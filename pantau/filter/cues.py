"""Where a cue phrase ends right before a word, found only around its rare key words."""

from __future__ import annotations

import re

_BACK, _AHEAD = 40, 60  # characters around a key word the phrase may span


def ends(
    pattern: re.Pattern[str], text: str, lowered: str, keys: tuple[str, ...]
) -> dict[int, int]:
    """Each end of the phrase (where the next word starts) mapped to the phrase's start.

    The phrase is searched only near its key words, so a text without them costs a few
    substring scans: most texts name no fall of a regime, no route, no sanction.
    """
    found: dict[int, int] = {}
    for key in keys:
        at = lowered.find(key)
        while at >= 0:
            for m in pattern.finditer(text, max(0, at - _BACK), min(len(text), at + _AHEAD)):
                found.setdefault(m.end(), m.start())
            at = lowered.find(key, at + 1)
    return found
