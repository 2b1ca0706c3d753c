"""Analysts' reviews of alerts: the record, its checks, and its development-set line."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pantau.errors import PantauError

Action = Literal["confirm", "dismiss", "correct", "missed_alert"]
Reason = Literal["not_arms_supply", "not_watched"]
ACTIONS: tuple[Action, ...] = ("confirm", "dismiss", "correct", "missed_alert")
REASONS: tuple[Reason, ...] = ("not_arms_supply", "not_watched")

_PARTY = re.compile(r"[A-Z]{2}|[a-z][a-z0-9_-]+")
_ITEM = re.compile(r"[\w][\w \-./]{0,59}")


class ReviewError(PantauError):
    """A review that cannot be recorded as given (an unknown action, a malformed party)."""


@dataclass(frozen=True, slots=True)
class Review:
    """One analyst's judgement of a story (or of one article, for a missed alert)."""

    story_id: str
    article_id: str
    action: Action
    reviewer: str
    reviewed_at: datetime
    reason: Reason | None = None
    supplier: str | None = None
    recipient: str | None = None
    items: tuple[str, ...] = ()
    note: str | None = None
    supplier_group: str | None = None
    recipient_group: str | None = None


Groups = Mapping[str, tuple[str, str]]
"""A watched armed group's id (houthi) -> its base country's code and its name (YE, Houthis)."""


@dataclass(frozen=True, slots=True)
class ReviewedArticle:
    """A standing review with the article it was made on, as the export needs it."""

    review: Review
    lang: str | None
    title: str
    text: str


def make_review(
    *,
    story_id: str,
    article_id: str,
    action: str,
    reviewer: str,
    reviewed_at: datetime,
    reason: str | None = None,
    supplier: str | None = None,
    recipient: str | None = None,
    items: str | tuple[str, ...] = (),
    note: str | None = None,
    groups: Groups | None = None,
) -> Review:
    """A checked Review from form or command-line strings; raises ReviewError."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r}: use one of {', '.join(ACTIONS)}")
    reason = (reason or "").strip() or None
    if action == "dismiss":
        reason = reason or "not_arms_supply"
        if reason not in REASONS:
            raise ReviewError(f"unknown dismiss reason {reason!r}: use {' or '.join(REASONS)}")
    else:
        reason = None
    (supplier, supplier_group), (recipient, recipient_group) = (
        _party(supplier, "supplier", groups or {}),
        _party(recipient, "recipient", groups or {}),
    )
    if isinstance(items, str):
        items = tuple(i.strip() for i in items.split(","))
    cleaned = tuple(dict.fromkeys(i.casefold() for i in items if i.strip()))
    for item in cleaned:
        if not _ITEM.fullmatch(item):
            raise ReviewError(f"item {item!r} is not a plain name (letters, digits, -./ space)")
    if not reviewer.strip():
        raise ReviewError("a review needs a reviewer name")
    keep = action != "dismiss"
    return Review(
        story_id=story_id,
        article_id=article_id,
        action=action,
        reviewer=reviewer.strip()[:80],
        reviewed_at=reviewed_at,
        reason=reason,
        supplier=supplier if keep else None,
        recipient=recipient if keep else None,
        supplier_group=supplier_group if keep else None,
        recipient_group=recipient_group if keep else None,
        items=cleaned if keep else (),
        note=(note or "").strip()[:2000] or None,
    )


def _party(value: str | None, name: str, groups: Groups) -> tuple[str | None, str | None]:
    """A party as the warehouse stores it: an ISO code, and a group's name for a group."""
    text = (value or "").strip()
    if not text:
        return None, None
    if len(text) == 2 and text.isalpha():
        return text.upper(), None
    wanted = text.casefold()
    for group_id, (base, group_name) in groups.items():
        if wanted in (group_id, group_name.casefold()):
            return base, group_name
    if not groups and _PARTY.fullmatch(text):
        return text, None
    raise ReviewError(
        f"{name} {value!r} is neither a two-letter country code (RU) nor a watched armed group"
        " (houthi, hezbollah, hamas, ...)"
    )


def devset_line(reviewed: ReviewedArticle) -> dict[str, Any]:
    """The review as one line of tests/data/arms_devset.jsonl (id, lang, title, text, ...)."""
    r = reviewed.review
    if r.action == "dismiss":
        arms_supply = r.reason == "not_watched"
        watched = False
    else:
        arms_supply = watched = True
    alert = arms_supply and watched
    said = f"{r.action.replace('_', ' ')}"
    if r.reason:
        said += f" ({r.reason.replace('_', ' ')})"
    said += f" by {r.reviewer} at {r.reviewed_at.isoformat(timespec='seconds')}"
    note = f"{r.note} [{said}]" if r.note else f"[{said}]"
    return {
        "id": r.article_id,
        "lang": reviewed.lang,
        "title": reviewed.title,
        "text": reviewed.text,
        "arms_supply": arms_supply,
        "watched": watched,
        "alert": alert,
        "supplier": r.supplier if alert else None,
        "recipient": r.recipient if alert else None,
        "supplier_group": r.supplier_group if alert else None,
        "recipient_group": r.recipient_group if alert else None,
        "note": note,
    }
