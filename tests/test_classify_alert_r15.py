"""The alert decision, fifteenth round: the kinds the tuning part showed, each with twins."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist
from tests.conftest import transfer_pair


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Tehran quietly resupplies the Houthis with anti-ship missiles", "IR", "YE"),
        ("Moscow resupplied Syria with drones last winter, officials say", "RU", "SY"),
    ],
)
def test_supplying_again_between_two_named_sides_is_a_transfer(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert transfer_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Tehran quietly resupplies its navy with anti-ship missiles",
        "Moscow resupplied its forces with drones last winter, officials say",
        "Iran struggles to resupply its own army with spare parts",
    ],
)
def test_a_state_restocking_its_own_forces_is_no_transfer(wl: Watchlist, title: str) -> None:
    v = classify(title, "", wl)
    assert not v.alert, (v.rule, v.supplier, v.recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient", "stance"),
    [
        ("Moscow asked Pyongyang for more artillery shells, Seoul says", "KP", "RU", None),
        ("Kremlin: 'We have not asked North Korea for any shells'", "KP", "RU", "denied"),
        ("Tehran: 'We never asked Russia for fighter jets'", "RU", "IR", "denied"),
    ],
)
def test_a_request_for_weapons_names_the_one_asked_as_supplier(
    wl: Watchlist, title: str, supplier: str, recipient: str, stance: str | None
) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == (supplier, recipient), (v.rule, v.score)
    assert stance is None or v.transfers[0].stance == stance


@pytest.mark.parametrize(
    "title",
    [
        "Moscow asked Pyongyang for more time, Seoul says",
        "Kremlin: 'We have not asked North Korea for any talks'",
        "Tehran: 'We never thanked Russia for fighter jets'",
    ],
)
def test_a_request_for_no_weapon_or_no_request_lends_nothing(wl: Watchlist, title: str) -> None:
    v = classify(title, "", wl)
    assert not v.alert, (v.rule, v.supplier, v.recipient)


_WEIGHED_ABROAD = (
    "Pemerintah Serbia menimbang penjualan drone serang kepada negara sahabat, kata seorang "
    "menteri. Produsen lokal diminta tetap memasok drone untuk pasukan Serbia di perbatasan."
)
_WEIGHED_AT_HOME = (
    "Pemerintah Serbia menimbang pengiriman drone serang ke unit perbatasan, kata seorang "
    "menteri. Produsen lokal diminta tetap memasok drone untuk pasukan Serbia di perbatasan."
)


def test_a_sale_to_allies_left_unnamed_is_no_handover_at_home(wl: Watchlist) -> None:
    v = classify("Serbia Pertimbangkan Jual Drone ke Sekutu", _WEIGHED_ABROAD, wl)
    assert v.alert and v.supplier == "RS", (v.rule, v.supplier, v.recipient)


def test_a_handover_to_the_states_own_forces_stays_at_home(wl: Watchlist) -> None:
    v = classify("Serbia Pertimbangkan Kirim Drone ke Pasukannya", _WEIGHED_AT_HOME, wl)
    assert not v.alert, (v.rule, v.supplier, v.recipient)
