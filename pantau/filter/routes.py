"""Parties named only as a route or a date: "the Syrian route", "since the fall of Assad"."""

from __future__ import annotations

import re

from pantau.filter.cues import ends
from pantau.filter.matching import Hit

_ROUTE_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:land|sea|air|smuggling|supply|transit|overland)\s+)?"
    r"(?:route|routes|corridor|corridors|land\s+bridge|pipeline)\b",
    re.IGNORECASE,
)
"""Right after the party: "Syrian route", "Iraqi land corridor", "the Syrian supply route"."""
_ROUTE_BEFORE = re.compile(
    r"(?<!\w)(?:jalur|rute|koridor)\s+(?:(?:darat|laut|udara|pasokan|penyelundupan|transit)\s+)?",
    re.IGNORECASE,
)
"""Before it: "jalur Suriah", "rute darat Irak" (not "jalur melalui Suriah": a transit)."""
_KEYS = ("route", "corridor", "bridge", "pipeline", "jalur", "rute", "koridor")
_ROUTE_BEFORE_KEYS = ("jalur", "rute", "koridor")
_EPOCH_KEYS = (
    "fall", "collapse", "ouster", "overthrow", "toppl", "death", "outbreak", "end of", "start of",
    "jatuh", "runtuh", "tumbang", "lengser", "guling", "kematian", "berakhir",
)  # fmt: skip


def without_route_names(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without parties that only name a route, which supplies and receives nothing.

    "Iran has resumed sending rockets to Hezbollah ... since the fall of Assad cut the Syrian
    route": Syria is no second supplier beside Iran.
    """
    lowered = lowered or text.lower()
    if not any(key in lowered for key in _KEYS):
        return hits  # most texts: no route named, no reading per party
    before = ends(_ROUTE_BEFORE, text, lowered, _ROUTE_BEFORE_KEYS)
    return [
        h
        for h in hits
        if h.entry.kind != "actor" or not (h.start in before or _ROUTE_AFTER.match(text, h.end))
    ]


_EPOCH_BEFORE = re.compile(
    r"(?<!\w)(?:since|after|before|until|following)\s+(?:the\s+)?(?:fall|collapse|ouster|"
    r"overthrow|toppling|death|end|start|outbreak)\s+of\s+(?:the\s+)?(?:regime\s+of\s+)?|"
    r"(?<!\w)(?:sejak|setelah|sebelum|pasca|usai|seusai|hingga)\s+(?:jatuhnya|runtuhnya|"
    r"tumbangnya|lengsernya|tergulingnya|digulingkannya|kematian|berakhirnya|berakhir|"
    r"kejatuhan|keruntuhan)\s+(?:rezim\s+|pemerintahan\s+)?",
    re.IGNORECASE,
)
"""Right before a party that only dates the story: "since the fall of Assad", "sejak jatuhnya"."""


def without_epochs(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without parties that only date the story: a fallen regime is no supplier now.

    "Iran has resumed sending rockets to Hezbollah ... since the fall of Assad": Syria is no
    second supplier; "pasca-runtuhnya rezim Assad" likewise.
    """
    dated = ends(_EPOCH_BEFORE, text, lowered or text.lower(), _EPOCH_KEYS)
    if not dated:
        return hits  # most texts: no fall or end told
    return [h for h in hits if h.entry.kind != "actor" or h.start not in dated]
