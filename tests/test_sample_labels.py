"""The offline sample's own labels: the demo shows every labelled alert and nothing else."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist

CONTENT = Path(__file__).resolve().parents[1] / "seeds" / "sample" / "_content"


def _labelled() -> list[dict[str, Any]]:
    articles = []
    for path in sorted(CONTENT.glob("*.toml")):
        with path.open("rb") as f:
            articles += [a for a in tomllib.load(f).get("article", []) if "alert" in a]
    return articles


LABELLED = _labelled()


def test_the_sample_has_alerts_and_hard_negatives() -> None:
    alerts = sum(a["alert"] for a in LABELLED)
    assert alerts >= 8 and len(LABELLED) - alerts >= 15


@pytest.mark.parametrize("article", LABELLED, ids=[a["key"] for a in LABELLED])
def test_each_sample_article_gets_its_label(wl: Watchlist, article: dict[str, Any]) -> None:
    v = classify(article["title"], article["body"], wl)
    assert v.alert == article["alert"], (article["note"], v.rule, v.evidence)
    if article["alert"] and "supplier" in article:
        assert (v.supplier, v.recipient) == (article["supplier"], article["recipient"])


@pytest.mark.parametrize("article", LABELLED, ids=[a["key"] for a in LABELLED])
def test_line_breaks_and_edge_whitespace_never_change_a_verdict(
    wl: Watchlist, article: dict[str, Any]
) -> None:
    # Stored text comes from trafilatura with single line breaks and no trailing one.
    body = article["body"]
    as_stored = body.replace("\n\n", "\n").strip()
    padded = f"\n\n{body}\n\n"
    verdicts = {
        (v.alert, v.score, v.supplier, v.recipient, v.rule)
        for v in (classify(article["title"], text, wl) for text in (body, as_stored, padded))
    }
    assert len(verdicts) == 1, verdicts
