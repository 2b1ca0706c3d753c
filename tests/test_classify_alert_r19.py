"""The alert decision, nineteenth round: stance-like kinds and known false alerts, with twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def quiet(wl: Watchlist, title: str, text: str = "") -> bool:
    """Whether the story raises no alert."""
    return not classify(title, text, wl).alert


# Known false alerts: a word that reads as a transfer in another construction.


@pytest.mark.parametrize(
    "title",
    [
        "Moscow thanked Tehran for sympathy after a drone crash",
        "Kremlin thanks Pyongyang for condolences over missile depot fire",
        "Tehran thanks Moscow for its support following rocket attack",
    ],
)
def test_thanks_for_a_courtesy_stays_quiet(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_thanks_for_the_weapons_themselves_is_still_a_receipt(wl: Watchlist) -> None:
    assert alert_pair(wl, "Moscow thanks Pyongyang for the artillery shells") == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Russian ships fire cruise missiles towards Odesa",
        "North Korean ships test-fire missiles in the Yellow Sea",
        "Russian ships launch drones at grain ports",
    ],
)
def test_ships_after_a_nationality_adjective_is_the_noun(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_ships_after_a_state_before_weapons_is_still_the_verb(wl: Watchlist) -> None:
    assert alert_pair(wl, "Tehran ships drones to Moscow") == ("IR", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "AS Bantu Ukraina Gempur Rusia dengan Drone",
        "US helps Ukraine hit Russian airfields with drones",
        "Iran Bantu Houthi Serang Kapal dengan Drone",
    ],
)
def test_help_in_a_fight_hands_no_weapon(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_help_with_the_weapons_is_still_a_supply(wl: Watchlist) -> None:
    assert alert_pair(wl, "Iran Bantu Houthi dengan Drone") == ("IR", "YE")


@pytest.mark.parametrize(
    "title",
    [
        "Delegasi Korut Tiba di Moskow untuk Bahas Rudal",
        "Iranian delegation arrives in Moscow to discuss drones",
        "Menhan Rusia Tiba di Teheran, Bahas Drone",
    ],
)
def test_a_delegation_arriving_to_discuss_weapons_stays_quiet(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_weapons_arriving_are_still_a_delivery(wl: Watchlist) -> None:
    assert alert_pair(wl, "Drone Iran Tiba di Moskow") == ("IR", "RU")
