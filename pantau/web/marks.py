"""Split text into plain and marked runs, from stored mention spans or re-found terms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pantau.records import Mention


@dataclass(frozen=True, slots=True)
class Run:
    """A run of text; `kind` names the matched term's kind when it is marked."""

    text: str
    kind: str | None = None


def _merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(s for s in spans if s[0] < s[1]):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(end, last[1]), last[2])
        else:
            merged.append((start, end, kind))
    return merged


def runs(text: str, spans: Iterable[tuple[int, int, str]]) -> tuple[Run, ...]:
    """`text` cut at the spans (start, end, kind); spans outside it are ignored."""
    pieces: list[Run] = []
    cursor = 0
    for start, end, kind in _merge(s for s in spans if s[0] >= 0 and s[1] <= len(text)):
        if start > cursor:
            pieces.append(Run(text[cursor:start]))
        pieces.append(Run(text[start:end], kind))
        cursor = end
    if cursor < len(text):
        pieces.append(Run(text[cursor:]))
    return tuple(pieces)


def field_runs(text: str | None, mentions: Sequence[Mention], field: str) -> tuple[Run, ...]:
    """A title or text with every stored mention of that field marked."""
    return runs(text or "", ((m.start, m.end, m.kind) for m in mentions if m.field == field))


def term_runs(text: str | None, mentions: Sequence[Mention]) -> tuple[Run, ...]:
    """A sentence (the evidence) with the mentions' terms found again and marked."""
    body = text or ""
    terms: dict[str, str] = {}
    for m in mentions:
        if m.term.strip():
            terms.setdefault(m.term.casefold(), m.kind)
    found: list[tuple[int, int, str]] = []
    for term in sorted(terms, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        found.extend((*match.span(), terms[term]) for match in pattern.finditer(body))
    return runs(body, found)
