"""Readings beside a transfer: what is none of it (absent weapons, sanctioners), a deal's sides."""

from __future__ import annotations

from pantau.filter import absent, background, routes, sanctioner, wording
from pantau.filter.events import Event
from pantau.filter.matching import Hit


def in_story(
    title: str, text: str, title_hits: list[Hit], text_hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """The headline's and the body's hits without the bystanders each module reads."""
    kinds = {h.entry.kind for h in (*title_hits, *text_hits)}
    if "transfer" not in kinds or "item" not in kinds:
        return title_hits, text_hits  # no transfer of weapons told: nothing stands beside one
    return _without(title, title_hits), _without(text, text_hits)


def _without(text: str, hits: list[Hit]) -> list[Hit]:
    """One field's hits without absent items, sanctioners, currencies, routes' and epochs' names."""
    low = text.lower()  # once for every module's cheap check of its cue words
    if "$" in text:
        hits = [h for h in hits if not _currency(text, h)]
    hits = absent.without_absent(text, absent.without_unseen(text, hits, low), low)
    hits = sanctioner.without_sanctioners(text, hits, low)
    return routes.without_epochs(text, routes.without_route_names(text, hits, low), low)


def _currency(text: str, hit: Hit) -> bool:
    """ "US$400 million": a state's code before a currency sign names money, not a party."""
    return hit.entry.kind == "actor" and text.startswith("$", hit.end)


def backdrop(sentence: str) -> bool:
    """Whether a sentence frames its transfer as the news's backdrop ("amid accusations")."""
    return bool(wording.AMID.search(sentence) or background.BACKDROP.search(sentence))


def deal_sides(best: Event, main: tuple[str | None, str | None]) -> set[str]:
    """The other side of a two-party deal whose pair was read with one side open.

    "Vietnam and Russia sign deal on joint production of artillery shells": the vote names
    Vietnam only; Russia, the deal's other party, is a party to it too (and makes it watched).
    """
    if best.hit.entry.sub != "deal" or len(best.actors) != 2 or None not in main:
        return set()
    named = {side for side in main if side is not None}
    return set(best.actors) - named if named and named < best.actors else set()
