"""Several suppliers at once leave the supplier open (round 16).

Each wording has a quiet twin, a near-identical sentence naming one party, that keeps it.
Several recipients at once keep the first listed (see pantau/filter/several.py). The
sentences are written for these tests, not taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from conftest import alert_pair, transfer_pair
from pantau.filter.watchlist import Watchlist

Pair = tuple[str | None, str | None]

SEVERAL_SUPPLIERS: list[tuple[str, Pair, str, Pair]] = [
    # Joined subjects of a giving verb.
    (
        "Korut dan Iran Pasok Rudal Balistik ke Rusia",
        (None, "RU"),
        "Korut Pasok Rudal Balistik ke Rusia",
        ("KP", "RU"),
    ),
    (
        "Latvia and Estonia deliver interceptor drones to Ukraine",
        (None, "UA"),
        "Latvia delivers interceptor drones to Ukraine",
        ("LV", "UA"),
    ),
    # Joined makers' adjectives of the goods.
    (
        "Hezbollah received Iranian missiles and North Korean rocket launchers",
        (None, "LB"),
        "Hezbollah received Iranian missiles and rocket launchers",
        ("IR", "LB"),
    ),
    (
        "Hizbullah terima rudal buatan Iran dan peluncur roket buatan Korut",
        (None, "LB"),
        "Hizbullah terima rudal buatan Iran dan peluncur roket",
        ("IR", "LB"),
    ),
]


@pytest.mark.parametrize(("title", "pair", "twin", "twin_pair"), SEVERAL_SUPPLIERS)
def test_several_suppliers_leave_the_supplier_open(
    wl: Watchlist, title: str, pair: Pair, twin: str, twin_pair: Pair
) -> None:
    """Two suppliers at once: the transfer alerts, its supplier open; one keeps it."""
    assert alert_pair(wl, title) == pair
    assert alert_pair(wl, twin) == twin_pair


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # A route through two states is no pair of suppliers.
        ("China ships attack drones to Sudan via Egypt and the UAE", ("CN", "SD")),
        # A list without 'and' is no run: the second name opens a clause of its own.
        ("Houthi, Hizbullah Terima Rudal Iran", ("IR", "LB")),
        # A recipient list cut by another transfer: Iran sends, it does not receive.
        ("Rusia Kirim Rudal ke Suriah dan Iran Kirim Drone ke Rusia", ("RU", "SY")),
        # Another clause's subject after a comma is no second supplier.
        ("Korut Kirim Peluru ke Rusia, Iran Kirim Drone", ("KP", "RU")),
    ],
)
def test_one_party_among_joined_names_is_kept(wl: Watchlist, title: str, pair: Pair) -> None:
    """Names joined around a transfer that are no run of one side keep the party."""
    assert transfer_pair(wl, title) == pair


def test_a_meeting_of_giver_and_taker_is_no_pair_of_suppliers(wl: Watchlist) -> None:
    """A run that holds the party named again as the recipient names the deal's two sides."""
    title = "Video Pertemuan Jokowi dan Erdogan untuk Memberi Indonesia 48 Jet Tempur"
    supplier, recipient = transfer_pair(wl, title)
    assert recipient == "ID"
    assert supplier != "ID"


def test_a_deal_between_two_parties_is_no_pair_of_suppliers(wl: Watchlist) -> None:
    """ "Iran dan Rusia Teken Kesepakatan Drone": the deal's two sides, no several suppliers."""
    v_pair = transfer_pair(wl, "Iran dan Rusia Sepakati Pengiriman Drone")
    assert v_pair == transfer_pair(wl, "Iran, Rusia Sepakati Pengiriman Drone")
