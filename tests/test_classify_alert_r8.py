"""The alert decision, eighth round: each kind made to alert or not, beside a twin it must leave."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist


@pytest.fixture(scope="module")
def wl() -> Watchlist:
    return load_watchlist(default_watchlist_path())


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Filipina Teken Pembelian Kapal Patroli dari Jepang",
            "Manila sepakat membeli kapal patroli bersenjata, sebagai langkah mengurangi "
            "ketergantungan pada senjata Rusia.",
        ),
        ("Kazakhstan buys Turkish armoured vehicles as it shifts away from Moscow", ""),
        ("Mesir Beli Jet Tempur dari Prancis, Beralih dari Rusia", ""),
    ],
)
def test_a_watched_state_named_only_as_the_supplier_left_does_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """A deal between unwatched parties, told against the watched supplier a buyer leaves."""
    verdict = classify(title, text, wl)
    assert verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kazakhstan buys Russian armoured vehicles despite its shift toward Turkey", ("RU", "KZ")),
        ("Mesir Beli Jet Tempur dari Rusia, Tambah Ketergantungan", ("RU", "EG")),
    ],
)
def test_a_watched_supplier_of_the_deal_itself_still_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twin: the watched state sells the weapons of the deal told."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair
