"""An offer at a show: weapons displayed for buyers or for export are offered, not only shown."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_OFFERED = re.compile(
    r"(?<!\w)(?:(?:untuk|bagi|kepada|to|for|with)\s+(?:(?:para|calon|potential|prospective|"
    r"foreign|overseas|international|would-be)\s+){0,2}(?:pembeli|buyers?|customers?|klien|"
    r"clients?|importir|importers?)(?:\s+(?:asing|luar\s+negeri|internasional|potensial))?|"
    r"(?:untuk|for)\s+(?:di)?(?:ekspor|export|jual|sale)|(?:untuk|for)\s+(?:pasar|market)\s+"
    r"(?:ekspor|export|luar\s+negeri|overseas|foreign)|open\s+to\s+(?:discussing\s+)?(?:sales|"
    r"exports?|selling)|(?:siap|ready\s+to)\s+(?:di)?(?:jual|ekspor|sell|export)|on\s+offer|"
    r"export\s+(?:version|variant|model)s?|versi\s+ekspor)(?!\w)",
    re.IGNORECASE,
)
"""Weapons shown for buyers or export: "untuk Pembeli Asing", "for export", "open to sales"."""
_SHOW = frozenset({"fair", "test"})
"""Cue classes a show's display raises (watchlist [[negative]] cues): "pameran", "Pamerkan"."""
_STOP = re.compile(r"[.!?](?:\s|$)")


def offered_at_show(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits without a show's cues in sentences that offer the weapons shown for sale or export.

    "Iran Pamerkan Drone untuk Pembeli Asing di Doha", "displayed Lancet drones at the expo,
    saying it was open to discussing sales": an offer, which the definition counts, told at a
    show. A show with no buyer or export named ("Su-57 wows crowds at air show") keeps its cues.
    """
    if not any(h.entry.kind == "negative" and h.entry.canonical in _SHOW for h in hits):
        return hits
    spans = []
    for found in _OFFERED.finditer(text):
        start = max((m.end() for m in _STOP.finditer(text, 0, found.start())), default=0)
        stop = _STOP.search(text, found.end())
        end = stop.start() if stop else len(text)
        if any(h.entry.kind == "item" and start <= h.start < end for h in hits):
            spans.append((start, end))
    return [
        h
        for h in hits
        if not (
            h.entry.kind == "negative"
            and h.entry.canonical in _SHOW
            and any(start <= h.start < end for start, end in spans)
        )
    ]
