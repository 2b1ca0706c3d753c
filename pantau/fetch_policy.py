"""What a feed's history says about fetching it: validators to send, backoff, trust."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from pantau.settings import FetchSettings


@dataclass(frozen=True, slots=True)
class SourceState:
    """One feed's conditional-GET validators and health, as stored in `source_state`."""

    source_id: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    validators_trusted: bool = True
    consecutive_failures: int = 0
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_items: int | None = None  # items the feed listed at its last successful fetch
    newest_item_at: datetime | None = None
    challenged: bool = False  # the last attempt met a WAF or bot challenge


@dataclass(frozen=True, slots=True)
class FeedAnswer:
    """What one attempt at a feed produced, as far as its state is concerned."""

    ok: bool
    not_modified: bool = False
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    retry_after: float | None = None
    items: int | None = None
    newest_item_at: datetime | None = None
    challenged: bool = False


def body_hash(body: bytes) -> str:
    """SHA-256 of a feed body, to notice content changing under unchanged validators."""
    return hashlib.sha256(body).hexdigest()


def conditional_headers(state: SourceState | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a feed whose validators have not lied."""
    if state is None or not state.validators_trusted or state.body_hash is None:
        return {}
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def is_due(state: SourceState | None, now: datetime) -> bool:
    """False while a failing feed is backing off."""
    return state is None or state.next_attempt_at is None or state.next_attempt_at <= now


def backing_off_reason(state: SourceState) -> str:
    """One line saying why a feed is skipped this run."""
    when = f"{state.next_attempt_at:%Y-%m-%d %H:%M} UTC" if state.next_attempt_at else "later"
    return (
        f"skipped: backing off after {state.consecutive_failures} failed attempts"
        f" (next attempt {when}; last error: {state.last_error or 'unknown'})"
    )


def after_attempt(
    previous: SourceState | None,
    source_id: str,
    answer: FeedAnswer,
    now: datetime,
    settings: FetchSettings,
) -> SourceState:
    """The feed's state after `answer`: reset on success, backoff on failure, lies remembered."""
    state = previous or SourceState(source_id)
    if answer.not_modified:
        return replace(
            state,
            consecutive_failures=0,
            next_attempt_at=None,
            last_attempt_at=now,
            last_success_at=now,
            last_error=None,
        )
    if not answer.ok:
        failures = state.consecutive_failures + 1
        wait = 0.0
        if failures > 1:
            wait = min(
                settings.source_backoff_cap, settings.source_backoff_base * 2 ** (failures - 2)
            )
        wait = max(wait, answer.retry_after or 0.0)
        return replace(
            state,
            consecutive_failures=failures,
            next_attempt_at=now + timedelta(seconds=wait) if wait else None,
            last_attempt_at=now,
            last_error=answer.error,
            challenged=answer.challenged,
        )
    return replace(
        state,
        etag=answer.etag,
        last_modified=answer.last_modified,
        body_hash=answer.body_hash,
        validators_trusted=state.validators_trusted and not validators_lied(state, answer),
        consecutive_failures=0,
        next_attempt_at=None,
        last_attempt_at=now,
        last_success_at=now,
        last_error=None,
        last_items=answer.items,
        newest_item_at=answer.newest_item_at,
        challenged=False,
    )


def validators_lied(state: SourceState, answer: FeedAnswer) -> bool:
    """Same ETag (or, without one, same Last-Modified) as before, yet a different body."""
    if state.body_hash is None or answer.body_hash is None or answer.body_hash == state.body_hash:
        return False
    if answer.etag and state.etag:
        return answer.etag == state.etag
    if answer.last_modified and state.last_modified and not (answer.etag or state.etag):
        return answer.last_modified == state.last_modified
    return False
