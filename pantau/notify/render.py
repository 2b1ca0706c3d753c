"""Render planned stories as short chat messages: Markdown where rendered, else plain text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

from pantau.digest.highlight import clean_text
from pantau.digest.model import AlertRow, Story
from pantau.digest.render import reason_text, wib_date, wib_time
from pantau.notify.channels import Cadence

MESSAGE_CAP = 10
"""Stories in one chat message; past that, one more message only counts the rest."""
TITLE_LIMIT = 160
SEE_ALL_QUERY = 'pantau query "select outlet, title, supplier, recipient, url from alerts"'

# Characters that start inline markup mid-line (emphasis, code, links, raw HTML, tables);
# Python-Markdown and CommonMark honour a backslash before each. Untrusted text never starts
# a line here, so block markers (#, -, 1.) need no escape and stay readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message to one channel: a title and a body in Markdown or plain text."""

    title: str
    body: str
    markdown: bool


def escape_markdown(text: str) -> str:
    """Untrusted text made inert in Markdown: every special character backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _safe_link(url: str | None) -> str | None:
    """An http(s) URL with the characters that would end a Markdown link encoded; else None."""
    url = clean_text(url, 2000)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="/:?&=#%@!$'*+,;~-._")


def story_link(story: Story, web_url: str | None) -> str | None:
    """The story's workbench page when PANTAU_WEB_URL is set, else its lead article."""
    if web_url:
        story_id = story.lead.story_id or story.lead.article_id
        return _safe_link(f"{web_url}/story/{quote(story_id, safe='')}")
    return _safe_link(story.lead.url)


def _outlets(story: Story) -> list[str]:
    """Outlet names, the first to report first."""
    firsts: dict[str, AlertRow] = {}
    for alert in sorted(story.articles, key=lambda a: (a.when, a.article_id)):
        firsts.setdefault(alert.source_id, alert)
    return [clean_text(a.outlet, 60) or a.source_id for a in firsts.values()]


def _name(code: str, names: Mapping[str, str]) -> str:
    return clean_text(names.get(code, code), 60)


def _story_lines(
    number: int,
    story: Story,
    names: Mapping[str, str],
    web_url: str | None,
    markdown: bool,
    compact: bool,
) -> list[str]:
    esc = escape_markdown if markdown else (lambda text: text)
    title = clean_text(story.lead.title, TITLE_LIMIT) or "(untitled)"
    suppliers = ", ".join(_name(s, names) for s in story.suppliers) or "?"
    recipients = ", ".join(_name(r, names) for r in story.recipients) or "?"
    supply = f"{suppliers} → {recipients}"
    items = ", ".join(clean_text(i, 60) for i in story.items)
    outlets = ", ".join(_outlets(story))
    update = "; ".join(reason_text(r, names) for r in story.reasons)
    link = story_link(story, web_url)
    lines = []
    if markdown:
        head = f"[{esc(title)}]({link})" if link else esc(title)
        lines.append(f"**{number}. {head}**")
    else:
        lines.append(f"{number}. {title}")
    if update:
        lines.append(("_UPDATE: " + esc(update) + "_") if markdown else f"UPDATE: {update}")
    facts = esc(supply) + (f" · {esc(items)}" if items else "")
    if compact:  # the daily summary: one line of facts under each headline
        lines.append(f"{facts} · {esc(outlets)}")
    else:
        lines.extend([facts, esc(f"Reported by {outlets}")])
    if link and not markdown:
        lines.append(link)
    return lines


def _title(cadence: Cadence, count: int, now: datetime) -> str:
    plural = "y" if count == 1 else "ies"
    if cadence == "daily":
        return f"Pantau daily: {count} arms-supply stor{plural} — {wib_date(now)}"
    return f"Pantau: {count} new arms-supply stor{plural}"


def _more_message(more: int, web_url: str | None, markdown: bool, now: datetime) -> ChatMessage:
    noun = "story" if more == 1 else "stories"
    where = f"See them all at {web_url}" if web_url else f"See them all with: {SEE_ALL_QUERY}"
    if markdown:
        where = (
            f"See them all at {escape_markdown(web_url)}"
            if web_url
            else f"See them all with: `{SEE_ALL_QUERY}`"
        )
    body = f"…and {more} more arms-supply {noun} not shown here, as of {wib_time(now)}. {where}"
    return ChatMessage(f"Pantau: {more} more {noun}", body, markdown)


def render_messages(
    stories: Sequence[Story],
    *,
    more: int,
    cadence: Cadence,
    now: datetime,
    names: Mapping[str, str] | None = None,
    web_url: str | None = None,
    markdown: bool = True,
) -> list[ChatMessage]:
    """One message with up to MESSAGE_CAP stories, plus one counting `more`; [] if nothing."""
    names = names or {}
    if not stories:
        return []
    blocks = [
        "\n".join(_story_lines(n, s, names, web_url, markdown, cadence == "daily"))
        for n, s in enumerate(stories[:MESSAGE_CAP], start=1)
    ]
    more += max(0, len(stories) - MESSAGE_CAP)
    total = min(len(stories), MESSAGE_CAP) + more
    header = f"As of {wib_time(now)}" if cadence == "daily" else ""
    body = "\n\n".join(([header] if header else []) + blocks)
    messages = [ChatMessage(_title(cadence, total, now), body, markdown)]
    if more:
        messages.append(_more_message(more, web_url, markdown, now))
    return messages
