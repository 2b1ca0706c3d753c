"""Find the matched watchlist terms inside an alert's evidence sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pantau.digest.model import AlertRow

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of evidence text, highlighted when it is a matched term."""

    text: str
    hit: bool = False


def clean_text(value: str | None, limit: int) -> str:
    """Feed text made safe to show: no control characters, one line, at most `limit` chars."""
    flat = _SPACE.sub(" ", _CONTROL.sub(" ", value or "")).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def evidence_spans(alert: AlertRow) -> list[tuple[int, int]]:
    """Spans of matched terms within the evidence, from stored mentions or re-found terms.

    Stored `mentions` spans are used when the evidence is found verbatim in the field
    they point into; otherwise each matched term is searched again in the evidence.
    """
    evidence = alert.evidence or ""
    if not evidence:
        return []
    for field, body in (("text", alert.text), ("title", alert.title)):
        offset = (body or "").find(evidence)
        if offset < 0:
            continue
        end = offset + len(evidence)
        spans = [
            (m.start - offset, m.end - offset)
            for m in alert.mentions
            if m.field == field and offset <= m.start and m.end <= end
        ]
        if spans:
            return _merge(spans)
    terms = sorted({m.term for m in alert.mentions if m.term.strip()}, key=len, reverse=True)
    found: list[tuple[int, int]] = []
    for term in terms:
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        found.extend(match.span() for match in pattern.finditer(evidence))
    return _merge(found)


def segments(alert: AlertRow, limit: int = 600) -> tuple[Segment, ...]:
    """The evidence split into plain and highlighted runs, cleaned and cut at `limit`."""
    evidence = alert.evidence or ""
    pieces: list[Segment] = []
    cursor = 0
    for start, end in evidence_spans(alert):
        if start > cursor:
            pieces.append(Segment(evidence[cursor:start]))
        pieces.append(Segment(evidence[start:end], hit=True))
        cursor = end
    if cursor < len(evidence):
        pieces.append(Segment(evidence[cursor:]))

    out: list[Segment] = []
    budget = limit
    for index, piece in enumerate(pieces):
        text = _SPACE.sub(" ", _CONTROL.sub(" ", piece.text))
        if index == 0:
            text = text.lstrip()
        if index == len(pieces) - 1:
            text = text.rstrip()
        if len(text) > budget:
            out.append(Segment(text[:budget].rstrip() + "…", piece.hit))
            break
        budget -= len(text)
        if text:
            out.append(Segment(text, piece.hit))
    return tuple(out)
