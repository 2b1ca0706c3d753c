"""The state that sanctions a supply is no party to it: "Sanksi Baru AS Sasar Jaringan Pemasok"."""

from __future__ import annotations

import re

from pantau.filter.cues import ends
from pantau.filter.matching import Hit

_SANCTION_BEFORE = re.compile(
    r"(?<!\w)(?:sanksi|embargo)\s+(?:(?:baru|terbaru|tambahan|lanjutan|keras|anyar)\s+)+"
    r"(?:(?:dari|oleh)\s+)?|(?<!\w)(?:sanctions?|embargo)\s+(?:(?:imposed|announced)\s+)?by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
"""Right before the sanctioner, past a qualifier: "Sanksi Baru AS", "sanctions imposed by"."""
_SANCTION_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:new|fresh|latest|further|expanded|sweeping|Treasury|State\s+Department|"
    r"Departemen\s+Keuangan|Kementerian\s+Keuangan|Kemenkeu)\s+)+"
    r"(?:sanctions|sanksi|blacklists?|embargo)\b",
    re.IGNORECASE,
)
"""Right after it: "US's new sanctions", "US Treasury sanctions", "AS Kemenkeu sanksi"."""
_BREAK = re.compile(r"[.!?;]\s")
_KEYS = ("sanksi", "sanction", "embargo", "blacklist")


def without_sanctioners(text: str, hits: list[Hit], lowered: str = "") -> list[Hit]:
    """Hits without the state that sanctions a supply told between two other parties.

    "Sanksi Baru AS Sasar Jaringan Pemasok Komponen Rudal Iran untuk Rusia": the US punishes an
    Iran-to-Russia supply. Kept when fewer than two other parties are named beside it, as the
    sanctioned party may itself be the supplier ("sanksi ... Iran atas pasokan ke Rusia").
    """
    lowered = lowered or text.lower()
    if not any(key in lowered for key in _KEYS):
        return hits  # most texts: no sanction told, no regular expression run
    before = ends(_SANCTION_BEFORE, text, lowered, _KEYS)
    dropped = [
        h
        for h in hits
        if h.entry.kind == "actor"
        and (h.start in before or _SANCTION_AFTER.match(text, h.end))
        and _beside_two(text, h, hits)
    ]
    return [h for h in hits if not any(h is d for d in dropped)]


def _beside_two(text: str, actor: Hit, hits: list[Hit]) -> bool:
    """Whether the sanction's maker has two other parties named in its sentence."""
    start = max((m.end() for m in _BREAK.finditer(text, 0, actor.start)), default=0)
    stop = _BREAK.search(text, actor.end)
    end = stop.start() if stop else len(text)
    others = {
        h.entry.canonical
        for h in hits
        if h.entry.kind == "actor"
        and start <= h.start < end
        and h.entry.canonical != actor.entry.canonical
    }
    return len(others) >= 2
