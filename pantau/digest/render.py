"""Render a planned digest to a subject line, plain text and HTML with jinja2."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

import jinja2

from pantau import __version__
from pantau.digest.highlight import Segment, clean_text, segments
from pantau.digest.message import CHART_CID
from pantau.digest.model import AlertRow, DigestPlan, Pair, Reason, RenderedDigest, Story
from pantau.records import WIB
from pantau.settings import PROJECT_URL

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TITLE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ReportView:
    """One outlet's report of a story, as shown."""

    outlet: str
    url: str
    link: bool
    published: str


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story, every value already cleaned for display."""

    number: int
    title: str
    url: str
    link: bool
    reports: tuple[ReportView, ...]
    supply: str
    items: str
    evidence: tuple[Segment, ...]
    update: str


def wib_date(moment: datetime) -> str:
    """`26 Nov 2026` in Jakarta time, independent of the machine's locale."""
    local = moment.astimezone(WIB)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


def wib_time(moment: datetime) -> str:
    """`26 Nov 2026 14:05 WIB`."""
    local = moment.astimezone(WIB)
    return f"{wib_date(local)} {local:%H:%M} WIB"


def subject_line(plan: DigestPlan) -> str:
    """`Pantau: 6 arms-supply alerts — 26 Nov 2026` (date in Jakarta time)."""
    count = plan.total
    if count == 0:
        what = "no new arms-supply alerts"
    else:
        what = f"{count} arms-supply alert{'s' if count != 1 else ''}"
    return f"Pantau: {what} — {wib_date(plan.now)}"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def reproduce_query(plan: DigestPlan) -> str:
    """SQL over the warehouse that lists every alert new to this mailbox in this digest."""
    cutoff = plan.now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S+00")
    return (
        "SELECT published_at, outlet, score, supplier, recipient, items, title, url\n"
        "FROM alert_articles\n"
        f"WHERE fetched_at <= TIMESTAMPTZ '{cutoff}'\n"
        "  AND article_id NOT IN (SELECT article_id FROM digest_items\n"
        f"    WHERE mail_to = {_sql_literal(plan.mailbox)} AND digest_id < {plan.digest_id})\n"
        "ORDER BY score DESC, published_at DESC;"
    )


def _web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _report(alert: AlertRow) -> ReportView:
    url = clean_text(alert.url, 2000)
    return ReportView(
        outlet=clean_text(alert.outlet, 80) or alert.source_id,
        url=url,
        link=_web_url(url),
        published=wib_time(alert.when) + ("" if alert.published_at else " (fetched)"),
    )


def _name(code: str, names: Mapping[str, str]) -> str:
    return clean_text(names.get(code, code), 60)


def _pair(pair: Pair, names: Mapping[str, str]) -> str:
    """`North Korea -> Russia`, `Iran -> Houthis`: a group by its name, a state by its name."""
    supplier, recipient, supplier_group, recipient_group = pair
    left = clean_text(supplier_group, 60) if supplier_group else _name(supplier or "?", names)
    right = clean_text(recipient_group, 60) if recipient_group else _name(recipient or "?", names)
    return f"{left} -> {right}"


def reason_text(reason: Reason, names: Mapping[str, str]) -> str:
    """`now reported by 4 outlets (was 2)`, `new supplier: Iran`, `new item: Shahed`."""
    if reason.kind == "outlets":
        return f"now reported by {reason.value} outlets (was {reason.before})"
    if reason.kind == "item":
        return f"new item: {clean_text(reason.value, 60)}"
    return f"new {reason.kind}: {_name(reason.value, names)}"


def story_view(
    number: int, story: Story, names: Mapping[str, str], web_url: str | None = None
) -> StoryView:
    """Clean and format one story for the templates; `names` maps actor codes to names.

    With `web_url` (PANTAU_WEB_URL) the headline links to the story's workbench page.
    """
    lead = story.lead
    firsts: dict[str, AlertRow] = {}
    for alert in sorted(story.articles, key=lambda a: (a.when, a.article_id)):
        firsts.setdefault(alert.source_id, alert)
    suppliers = ", ".join(_name(s, names) for s in story.suppliers) or "?"
    recipients = ", ".join(_name(r, names) for r in story.recipients) or "?"
    supply = f"{suppliers} -> {recipients}"
    if story.transfers:
        supply = "; ".join(_pair(t, names) for t in story.transfers)
    url = clean_text(lead.url, 2000)
    if web_url:
        url = f"{web_url}/story/{quote(lead.story_id or lead.article_id, safe='')}"
    return StoryView(
        number=number,
        title=clean_text(lead.title, TITLE_LIMIT) or "(untitled)",
        url=url,
        link=_web_url(url),
        reports=tuple(_report(a) for a in firsts.values()),
        supply=supply,
        items=", ".join(clean_text(i, 60) for i in story.items) or "-",
        evidence=segments(lead),
        update="; ".join(reason_text(r, names) for r in story.reasons),
    )


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("pantau.digest", "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_digest(
    plan: DigestPlan,
    names: Mapping[str, str] | None = None,
    *,
    chart: bool = False,
    web_url: str | None = None,
) -> RenderedDigest:
    """Render the plan's subject, text and HTML (pure: the plan carries the clock).

    `names` maps the warehouse's actor codes (KP, RU) to display names (North Korea, Russia).
    With `chart`, the HTML shows the trend chart that build_message attaches as CHART_CID.
    With `web_url`, each headline links to the story's page in `pantau web`.
    """
    names = names or {}
    context = {
        "subject": subject_line(plan),
        "mailbox": plan.mailbox,
        "generated": wib_time(plan.now),
        "stories": [story_view(n, s, names, web_url) for n, s in enumerate(plan.stories, start=1)],
        "more": len(plan.more),
        "total": plan.total,
        "window_start": wib_time(plan.window_start) if plan.window_start else None,
        "window_end": wib_time(plan.now),
        "query": reproduce_query(plan),
        "version": __version__,
        "project_url": PROJECT_URL,
        "chart_cid": CHART_CID if chart else None,
        "quiet_sources": plan.quiet_sources,
    }
    return RenderedDigest(
        subject=str(context["subject"]),
        text=_ENV.get_template("digest.txt").render(context),
        html=_ENV.get_template("digest.html").render(context),
    )
