"""Put the same event reported by several outlets into one story."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import timedelta

from pantau.digest.model import AlertRow, Story

STORY_WINDOW = timedelta(hours=72)
"""Reports further apart than this are different events, however alike."""

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# Indonesian and English function words that make unrelated titles look alike.
_STOPWORD_TEXT = """
yang dan di ke dari untuk dengan pada dalam ini itu akan telah sudah bagi oleh atau juga
tak tidak soal usai jadi kata sebut ada para the a an of to in on for and with from by as
at is are was were be has have says said over after amid
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def title_tokens(title: str | None) -> frozenset[str]:
    """Lower-cased content words of a title (stopwords and one-letter tokens dropped)."""
    words = _TOKEN.findall((title or "").casefold())
    return frozenset(w for w in words if len(w) > 1 and w not in _STOPWORDS)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _norm(value: str | None) -> str:
    return (value or "").strip().casefold()


def same_event(a: AlertRow, b: AlertRow) -> bool:
    """Whether two alerts report one event.

    Same supplier and recipient, published within STORY_WINDOW, and either a shared item
    with somewhat similar titles (Jaccard of title words >= 0.15) or clearly similar
    titles (>= 0.5).
    """
    if abs(a.when - b.when) > STORY_WINDOW:
        return False
    if _norm(a.supplier) != _norm(b.supplier) or _norm(a.recipient) != _norm(b.recipient):
        return False
    similarity = _jaccard(title_tokens(a.title), title_tokens(b.title))
    shared = {_norm(i) for i in a.items} & {_norm(i) for i in b.items}
    return (bool(shared) and similarity >= 0.15) or similarity >= 0.5


def _lead_order(alert: AlertRow) -> tuple[float, float, str]:
    return (-alert.score, alert.when.timestamp(), alert.article_id)


def _story(key: str, members: Iterable[AlertRow]) -> Story:
    return Story(key=key, articles=tuple(sorted(members, key=_lead_order)))


def group_stories(alerts: Sequence[AlertRow]) -> list[Story]:
    """Group alerts into stories: near-copies by `story_id`, then the same event by `same_event`.

    `story_id` (from the warehouse's text clusters) joins syndicated copies; independent
    reports of one event by different outlets are then merged when any two of their
    articles are the same event. Clusters are visited by their earliest article, so a
    story keeps the key of its first report (its `story_id`, else its first article id)
    from one digest to the next.
    """
    seeds: dict[str, list[AlertRow]] = {}
    for alert in alerts:
        key = f"story:{alert.story_id}" if alert.story_id else f"article:{alert.article_id}"
        seeds.setdefault(key, []).append(alert)
    ordered = sorted(seeds.items(), key=lambda kv: min((a.when, a.article_id) for a in kv[1]))
    merged: list[tuple[str, list[AlertRow]]] = []
    for key, members in ordered:
        home = next(
            (m for _, m in merged if any(same_event(a, b) for a in members for b in m)), None
        )
        if home is None:
            merged.append((key, list(members)))
        else:
            home.extend(members)
    return [_story(key, members) for key, members in merged]
