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
        "Tehran helps the Houthis target ships with drones",  # help in a fight; ships its object
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


@pytest.mark.parametrize(
    "title",
    [
        "Vietnam hosted its first international arms expo, Russian drones on show",
        "Belarus Jadi Tuan Rumah Latihan Bersama, Rusia Bawa Rudal",
    ],
)
def test_a_hosted_event_is_no_weapon_hosted(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_weapons_hosted_for_their_owner_are_a_receipt(wl: Watchlist) -> None:
    assert alert_pair(wl, "Minsk to host Russian Iskander launchers") == ("RU", "BY")


def test_weapons_hosted_under_their_owner_s_control_stay_quiet(wl: Watchlist) -> None:
    title = "Minsk to host Russian Iskander launchers"
    assert quiet(wl, title, "Moscow will keep full control over the launchers, officials said.")


# Upkeep of another party's weapons: a service place opened for them, or the weapons kept.


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rusia Buka Pusat Perawatan Helikopter di Laos", "RU", "LA"),
        ("Moscow opens maintenance hub for MiG-29 fighters in Algeria", "RU", "DZ"),
        ("Iran to overhaul Venezuela's Su-30 jets", "IR", "VE"),
    ],
)
def test_upkeep_of_another_party_s_weapons_is_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Maskapai Buka Pusat Perawatan Pesawat Penumpang di Laos",
        "Moscow opens maintenance hub for trucks in Algeria",
        "Russian army to overhaul its own Su-30 jets",
        "Iran maintains it has the region's best drones, Venezuela's army says",
    ],
)
def test_upkeep_of_no_weapon_or_of_one_s_own_stays_quiet(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)


def test_a_host_of_a_plant_makes_weapons_it_receives_none(wl: Watchlist) -> None:
    # The plant makes drones for its owner: hosting it is no receipt of weapons.
    assert quiet(wl, "Minsk to host Russian drone factory")
    assert alert_pair(wl, "Minsk to host Russian attack drones") == ("RU", "BY")


# Denials: weapons of a party told as used in a state at war, and items negated in phrases.


def main_stance(wl: Watchlist, title: str) -> str:
    """The stance of the headline's main transfer (it must raise an alert)."""
    v = classify(title, "", wl)
    assert v.alert and v.transfers, v.rule
    return v.transfers[0].stance


@pytest.mark.parametrize(
    ("title", "supplier"),
    [
        ("Jubir Iran: Tak Satu Pun Rudal Kami Dipakai di Ukraina", "IR"),
        ("Korut Bantah Amunisi Kami Digunakan di Ukraina", "KP"),
    ],
)
def test_weapons_used_in_a_state_at_war_are_its_enemy_s(
    wl: Watchlist, title: str, supplier: str
) -> None:
    assert alert_pair(wl, title) == (supplier, "RU")
    assert main_stance(wl, title) == "denied"


@pytest.mark.parametrize(
    "title",
    [
        "Drone Turki Dipakai di Ukraina",  # Kyiv's own drones: the maker is no watched state
        "Rudal Iran Dipakai di Israel",  # a state with several enemies names no one user
    ],
)
def test_a_theatre_with_no_one_enemy_or_a_maker_unwatched_stays_quiet(
    wl: Watchlist, title: str
) -> None:
    assert quiet(wl, title)


@pytest.mark.parametrize(
    "title",
    [
        "Korut: Tidak Satu Pun Peluru Kami Dikirim ke Rusia",
        "Tehran: none of our drones were sold to Moscow",
    ],
)
def test_items_negated_by_a_phrase_are_denied(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "denied"


def test_items_counted_without_negation_stay_reported(wl: Watchlist) -> None:
    assert main_stance(wl, "Korut: Satu Juta Peluru Kami Dikirim ke Rusia") != "denied"


# Interdictions: weapons between two named parties seized by a state, not by police.


def test_a_seizure_headline_over_an_interdicted_shipment_is_its_news(wl: Watchlist) -> None:
    title = "Gulf Seizure Stirs Questions"
    text = (
        "Sailors boarded a fishing boat bound for Yemen and seized anti-ship missile parts; "
        "investigators said the cargo matched earlier Iranian deliveries to the Houthis."
    )
    assert alert_pair(wl, title, text) == ("IR", "YE")
    assert classify(title, text, wl).transfers[0].stance == "intercepted"


def test_police_seizing_weapons_keep_the_seizure_cue(wl: Watchlist) -> None:
    title = "Gulf Seizure Stirs Questions"
    text = (
        "Police boarded a fishing boat bound for Yemen and seized rifles from a smuggling ring; "
        "investigators said the guns matched earlier Iranian deliveries to the Houthis."
    )
    assert quiet(wl, title, text)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Peti Kemas Berisi Rudal Iran Tujuan Yaman Disita", "IR", "YE"),
        ("Amunisi Korut dengan Tujuan Rusia Ditemukan di Kapal Kargo", "KP", "RU"),
    ],
)
def test_a_shipment_s_tujuan_is_where_its_weapons_go(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Rudal Korut Terbang dengan Tujuan Laut Jepang",  # a launch: no cargo, no seizure
        "Peti Kemas Berisi Gula Iran Tujuan Yaman Disita",  # goods, no weapon
    ],
)
def test_a_tujuan_with_no_shipped_weapon_stays_quiet(wl: Watchlist, title: str) -> None:
    assert quiet(wl, title)
