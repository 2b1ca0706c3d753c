"""Offers, requests and shares: weapons offered at a show, asked for, or their know-how shared."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pantau.filter.matching import Entry, Hit, with_lent
from pantau.filter.roles import Roles
from pantau.filter.speakers import CREDIT

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


_ASKED = re.compile(r"(?<!\w)(?:asks?|asked|asking|requests?|requested|requesting)$", re.IGNORECASE)
_FOR = re.compile(r"\s+for\s+(?:(?:more|new|the|any|some|further|additional)\s+)?", re.IGNORECASE)
REQUEST_ENTRY = Entry(kind="transfer", canonical="request", sub="get", voice="active", strong=False)
"""A request for weapons from a party: the asker receives, the party asked supplies."""


def lend_request(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a transfer word lent to a request naming whom it asks for weapons.

    "We never asked Iran for missiles", "Moscow asked Pyongyang for more shells": the one asked
    supplies, the asker receives. A request with no party asked ("asked for calm") or no
    weapon right after "for" lends nothing.
    """
    lent = []
    for party, item in pairwise(h for h in hits if h.entry.kind in ("actor", "item")):
        if party.entry.kind != "actor" or item.entry.kind != "item":
            continue
        if _FOR.fullmatch(text, party.end, item.start) is None:
            continue
        verb = _ASKED.search(text, max(0, party.start - 12), party.start - 1)
        if verb is None or not text[verb.end() : party.start].isspace():
            continue
        lent.append(Hit(party.field, verb.start(), verb.end(), verb.group(), REQUEST_ENTRY))
        lent.extend(_asker(text, verb.start(), hits))
    return with_lent(hits, lent)


_WE = re.compile(
    r"(?<!\w)(?:we|i)\s+(?:(?:have|had|did|do|never|not|n't|didn't|haven't|hadn't|did\s+not|"
    r"have\s+not|also|already|once)\s+){0,3}$",
    re.IGNORECASE,
)
"""The quote's first person before the request: "We never asked", "I have not asked"."""


def _asker(text: str, verb: int, hits: list[Hit]) -> list[Hit]:
    """The credit's one party lent over the quote's "we" that asks: the speaker is the asker."""
    credit = CREDIT.match(text)
    if credit is None or credit.end() > verb:
        return []
    speakers = [h for h in hits if h.entry.kind == "actor" and h.end <= credit.end()]
    if len({h.entry.canonical for h in speakers}) != 1 or any(
        h.entry.kind == "actor" and credit.end() <= h.start < verb for h in hits
    ):
        return []
    we = _WE.search(text, credit.end(), verb)
    if we is None:
        return []
    end = we.start() + len(we.group().split()[0])
    return [Hit(speakers[0].field, we.start(), end, text[we.start() : end], speakers[0].entry)]


_TURNS_TO = "turns to"  # the watchlist's "turning to a supplier" entry
_FOR_GOODS = re.compile(r"(?:\s*(?:,|and)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*\s+for\s")


def source_turned_to(text: str, transfer: Hit, hits: list[Hit], roles: Roles) -> Roles:
    """ "Russia turns to North Korea for shells": the party turned to is the goods' source."""
    if transfer.entry.canonical != _TURNS_TO or roles.supplier is not None:
        return roles
    after = next((h for h in hits if h.start >= transfer.end), None)
    if after is None or after.entry.kind != "actor" or text[transfer.end : after.start].strip():
        return roles
    if not _FOR_GOODS.match(text, after.end):
        return roles  # "turned to Moscow after the war": no goods sought of it
    return replace(roles, supplier=after.entry.canonical, supplier_rank=2)


_SHARES = re.compile(
    r"(?<!\w)(shares|shared|sharing|share|berbagi|bagi|membagi|membagikan|bagikan)\s+"
    r"(?:(?:its|their|his|her|the|some|more|key|advanced|secret|sensitive|[\w-]+-fuel|cruise|"
    r"ballistic|hypersonic|anti-ship|long-range|attack|teknologi|desain|rahasia|keahlian)\s+){0,3}$",
    re.IGNORECASE,
)
_SHARED_WITH = re.compile(
    r"\s+(?:(?:know-how|technology|technologies|teknologi|expertise|keahlian|secrets|rahasia|"
    r"designs?|desain|blueprints?|data)\s+)?(?:with|dengan)\s+",
    re.IGNORECASE,
)
SHARE_ENTRY = Entry(kind="transfer", canonical="share", sub="give", voice="active", strong=False)
"""Weapons know-how shared with a party: the one sharing supplies, the one shared with receives."""


def lend_shared(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits with a give word lent to a share of weapons or their know-how with a party.

    "Russia shared missile technology with North Korea", "Moskow Berbagi Teknologi Rudal dengan
    Pyongyang": a share names the weapon right after it and its taker after "with"; a share of
    footage of a weapon ("shares drone footage with allies") names no weapon there.
    """
    lent = []
    for item, party in pairwise(h for h in hits if h.entry.kind in ("actor", "item")):
        if item.entry.kind != "item" or party.entry.kind != "actor":
            continue
        verb = _SHARES.search(text, max(0, item.start - 40), item.start)
        if verb is not None and _SHARED_WITH.fullmatch(text, item.end, party.start):
            lent.append(Hit(item.field, *verb.span(1), verb.group(1), SHARE_ENTRY))
    return with_lent(hits, lent)
