"""Choose what a mailbox's digest carries: new stories once, and stories that escalate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from pantau.digest.grouping import group_stories
from pantau.digest.model import (
    AlertRow,
    DigestPlan,
    LedgerEntry,
    LedgerRole,
    Reason,
    SentItem,
    Story,
)

DEFAULT_CAP = 25
"""Stories shown in one email; the rest are counted ("and N more") and carried over."""


def _fold(values: Sequence[str | None]) -> set[str]:
    return {v.strip().casefold() for v in values if v and v.strip()}


def escalation_reasons(story: Story, seen: Sequence[SentItem]) -> tuple[Reason, ...]:
    """Why a story the mailbox has already been shown deserves a second alert.

    A story escalates when, compared with the reports the mailbox was shown:
    - the number of outlets reporting it has at least doubled (1 -> 2, 2 -> 4, ...), or
    - it names a supplier or recipient not named before, or
    - it names an item (weapon, drone, munition) not named before.
    Anything else (one more outlet repeating known facts) is folded in silently.
    """
    if not seen:
        return ()
    reasons: list[Reason] = []
    shown_outlets = {s.source_id for s in seen}
    outlets = set(story.outlets) | shown_outlets
    if len(outlets) >= 2 * len(shown_outlets):
        reasons.append(Reason("outlets", str(len(outlets)), before=len(shown_outlets)))
    known_suppliers = _fold([s.supplier for s in seen])
    known_recipients = _fold([s.recipient for s in seen])
    known_items = _fold([i for s in seen for i in s.items])
    reasons.extend(
        Reason("supplier", s) for s in story.suppliers if s.casefold() not in known_suppliers
    )
    reasons.extend(
        Reason("recipient", r) for r in story.recipients if r.casefold() not in known_recipients
    )
    reasons.extend(Reason("item", i) for i in story.items if i.casefold() not in known_items)
    return tuple(reasons)


def _entries(story: Story, alerts: Sequence[AlertRow], role: LedgerRole) -> list[LedgerEntry]:
    return [
        LedgerEntry(
            story_key=story.key,
            article_id=a.article_id,
            source_id=a.source_id,
            role=role,
            supplier=a.supplier,
            recipient=a.recipient,
            items=a.items,
        )
        for a in alerts
    ]


def _order(story: Story) -> tuple[float, float, str]:
    return (-story.score, -story.latest.timestamp(), story.key)


def plan_digest(
    alerts: Sequence[AlertRow],
    sent: Sequence[SentItem],
    *,
    mailbox: str,
    now: datetime,
    cap: int = DEFAULT_CAP,
    digest_id: int = 0,
) -> DigestPlan:
    """Plan one mailbox's digest from every known alert and that mailbox's ledger.

    A story enters the digest when it has reports the mailbox has not been sent and it is
    either new to the mailbox or escalates (see `escalation_reasons`). Stories are ordered
    by score, then newest report. The first `cap` are shown; the rest stay unsent and come
    in a later digest. Reports folded into known stories are recorded without being shown.
    """
    accounted = {s.article_id for s in sent}
    shown_rows: dict[str, SentItem] = {s.article_id: s for s in sent if s.shown}
    current = [a for a in alerts if a.fetched_at <= now]

    candidates: list[Story] = []
    folded: list[LedgerEntry] = []
    for story in group_stories(current):
        unsent = [a for a in story.articles if a.article_id not in accounted]
        if not unsent:
            continue
        seen = [shown_rows[a.article_id] for a in story.articles if a.article_id in shown_rows]
        if not seen:
            candidates.append(story)
            continue
        reasons = escalation_reasons(story, seen)
        if reasons:
            candidates.append(replace(story, status="escalated", reasons=reasons))
        else:
            folded.extend(_entries(story, unsent, "folded"))

    candidates.sort(key=_order)
    shown, more = candidates[:cap], candidates[cap:]
    ledger = [
        entry
        for story in shown
        for entry in _entries(
            story, [a for a in story.articles if a.article_id not in shown_rows], "shown"
        )
    ]
    new_times = [
        a.fetched_at for s in candidates for a in s.articles if a.article_id not in accounted
    ]
    return DigestPlan(
        mailbox=mailbox,
        now=now,
        stories=tuple(shown),
        more=tuple(more),
        ledger=tuple(ledger + folded),
        window_start=min(new_times) if new_times else None,
        digest_id=digest_id,
    )
