"""The trend chart: alerted stories per supplier → recipient flow per week (matplotlib, Agg)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

ChartFormat = Literal["png", "svg"]
TOP_FLOWS = 6
# Colour-blind-safe (Okabe-Ito), in the order flows are ranked.
_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X")


Flow = tuple[str | None, str | None]
"""Supplier and recipient: ISO codes, or an armed group's name; None where a party is unclear."""


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Alerted stories of one supplier → recipient flow in one week (its Monday, WIB)."""

    week: date
    supplier: str | None
    recipient: str | None
    stories: int

    @property
    def flow(self) -> Flow:
        """The (supplier, recipient) pair counted."""
        return (self.supplier, self.recipient)


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """Weekly counts for the busiest flows, every week present (zeros filled in)."""

    weeks: tuple[date, ...]
    lines: tuple[tuple[Flow, tuple[int, ...]], ...]

    @property
    def empty(self) -> bool:
        """True when there is nothing to draw."""
        return not self.lines


def _days(weeks: Sequence[date]) -> np.ndarray:
    return np.array(weeks, dtype="datetime64[D]")


def monday(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def flow_label(flow: Flow, names: Mapping[str, str] | None = None) -> str:
    """The flow as text, e.g. North Korea → Russia; an unclear party shows as "?"."""
    names = names or {}
    supplier, recipient = (names.get(code, code) if code else "?" for code in flow)
    return f"{supplier} → {recipient}"


def trend_series(
    counts: Sequence[WeekCount], *, start: date | None = None, end: date | None = None,
    top: int = TOP_FLOWS,
) -> TrendSeries:  # fmt: skip
    """The `top` flows by total stories, one value per week from `start` to `end`."""
    if not counts:
        return TrendSeries((), ())
    first = monday(start or min(c.week for c in counts))
    last = monday(end or max(c.week for c in counts))
    weeks = tuple(first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1))
    totals: dict[Flow, int] = {}
    cells: dict[tuple[Flow, date], int] = {}
    for c in counts:
        totals[c.flow] = totals.get(c.flow, 0) + c.stories
        key = (c.flow, monday(c.week))
        cells[key] = cells.get(key, 0) + c.stories
    ranked = sorted(totals, key=lambda flow: (-totals[flow], flow_label(flow)))[:top]
    lines = tuple((flow, tuple(cells.get((flow, w), 0) for w in weeks)) for flow in ranked)
    return TrendSeries(weeks, lines)


def render_trend(
    series: TrendSeries,
    *,
    names: Mapping[str, str] | None = None,
    fmt: ChartFormat = "png",
    title: str = "Arms-supply stories per supplier → recipient, per week",
) -> bytes:
    """Draw the series as a line chart and return the PNG or SVG bytes."""
    names = names or {}
    figure = Figure(figsize=(8.4, 3.6), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=12, fontweight="bold")
    if series.empty:
        axes.text(0.5, 0.5, "No alerts in this period", ha="center", va="center", fontsize=12)
        axes.set_axis_off()
    else:
        dense = len(series.weeks) > 26
        for (flow, values), colour, marker in zip(series.lines, _COLOURS, _MARKERS, strict=False):
            total = sum(values)
            axes.plot(
                _days(series.weeks), values, label=f"{flow_label(flow, names)} ({total})",
                color=colour, linewidth=1.6 if dense else 2, marker=None if dense else marker,
                markersize=5, alpha=0.9,
            )  # fmt: skip
        axes.set_ylabel("stories per week")
        axes.set_ylim(bottom=0)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.grid(axis="y", color="#dddddd", linewidth=0.8)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(
            frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9,
            title="supplier → recipient (stories)", title_fontsize=9, alignment="left",
        )  # fmt: skip
        step = -(-len(series.weeks) // 8)
        ticks = series.weeks[::step]
        label = "%d %b" if len(series.weeks) <= 26 else "%b %Y"
        axes.set_xticks(_days(ticks), [f"{week:{label}}" for week in ticks])
        axes.set_xlabel(
            f"week starting Monday (WIB), {series.weeks[0]:%d %b %Y}"
            f" to {series.weeks[-1]:%d %b %Y}",
            fontsize=9,
        )
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()
