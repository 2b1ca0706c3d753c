"""Chat messages rendered from planned stories (pure: no warehouse, no network)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from test_digest_support import NAMES, NOW

from pantau.digest import AlertRow, Reason, Story
from pantau.notify import MESSAGE_CAP, render_messages


def _story(n: int, title: str = "Korut kirim rudal ke Rusia") -> Story:
    first = AlertRow(
        article_id=f"a{n}",
        url=f"https://warta.example/berita/{n}",
        source_id="warta",
        outlet="Warta Nusantara",
        fetched_at=NOW - timedelta(hours=2),
        published_at=NOW - timedelta(hours=3),
        score=0.9,
        title=title,
        supplier="KP",
        recipient="RU",
        items=("ballistic missile",),
        story_id=f"s{n}",
    )
    later = replace(
        first,
        article_id=f"b{n}",
        source_id="kabar",
        outlet="Kabar Pagi",
        published_at=NOW - timedelta(hours=1),
        score=0.95,
    )
    return Story(key=f"story:s{n}", articles=(later, first))  # lead: the higher score


def test_instant_message_in_markdown_names_parties_items_outlets_and_link() -> None:
    (message,) = render_messages(
        [_story(1)], more=0, cadence="instant", now=NOW, names=NAMES, markdown=True
    )
    assert message.title == "Pantau: 1 new arms-supply story"
    assert message.body.splitlines() == [
        "**1. [Korut kirim rudal ke Rusia](https://warta.example/berita/1)**",
        "North Korea → Russia · ballistic missile",
        "Reported by Warta Nusantara, Kabar Pagi",  # the first to report comes first
    ]


def test_daily_summary_in_plain_text_with_the_workbench_link_and_an_update() -> None:
    story = replace(_story(2, "Judul <i>miring</i> *tebal*"), reasons=(Reason("item", "Shahed"),))
    (message,) = render_messages(
        [story],
        more=0,
        cadence="daily",
        now=NOW,
        names=NAMES,
        web_url="https://pantau.example",
        markdown=False,
    )
    assert message.title == "Pantau daily: 1 arms-supply story — 26 Nov 2026"
    assert message.body.splitlines() == [
        "As of 26 Nov 2026 07:00 WIB",
        "",
        "1. Judul <i>miring</i> *tebal*",
        "UPDATE: new item: Shahed",
        "North Korea → Russia · ballistic missile · Warta Nusantara, Kabar Pagi",
        "https://pantau.example/story/s2",
    ]
    assert not message.markdown


def test_past_the_cap_one_more_message_counts_the_rest() -> None:
    stories = [_story(n, f"Cerita {n}") for n in range(MESSAGE_CAP + 2)]
    first, more = render_messages(stories, more=3, cadence="instant", now=NOW, markdown=True)
    assert first.body.count("\n**") == MESSAGE_CAP - 1
    assert first.title == f"Pantau: {MESSAGE_CAP + 5} new arms-supply stories"
    assert more.title == "Pantau: 5 more stories" and "…and 5 more" in more.body
    assert render_messages([], more=0, cadence="daily", now=NOW) == []
