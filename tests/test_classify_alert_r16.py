"""The alert decision, sixteenth round: headline wordings other outlets use, each with twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Iran untuk Pasukan Rusia", "IR", "RU"),
        ("Granat Korut untuk Tentara Rusia di Zaporizhzhia", "KP", "RU"),
        ("Iranian rockets for the Houthis", "IR", "YE"),
        ("Artillery rounds from Pyongyang for Russia", "KP", "RU"),
        ("Peluru Korut untuk Perang Rusia", "KP", "RU"),
    ],
)
def test_a_verbless_for_headline_names_its_taker_past_its_forces_or_war(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Rudal Iran Kabar Buruk untuk Pasukan Rusia",
        "Iranian rockets a headache for the Houthis",
        "Drone Iran Jadi Pelajaran untuk Rusia",
        "Korut Kirim Pasukan untuk Rusia",
    ],
)
def test_their_twins_judging_the_goods_or_sending_troops_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Hizbullah Pakai Roket Buatan Iran", "IR", "LB"),
        ("Tentara Rusia Pakai Senapan Buatan Korut", "KP", "RU"),
        ("Russian Army Fields Howitzers Made in North Korea", "KP", "RU"),
    ],
)
def test_a_headline_using_weapons_of_a_named_maker_claims_them_uncredited(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Hizbullah Pakai Roket Buatan Sendiri", ""),
        ("Russian Army Fields Its Own Howitzers", ""),
        ("Russian Army Fields North Korean Howitzers", ""),  # a design, its maker not named
        ("Hizbullah Pakai Roket Buatan Iran untuk Serang Haifa", ""),  # the use is a strike
        ("Hizbullah Pakai Roket Buatan Iran untuk Serang Haifa, Kata Israel", ""),
        (
            "Laporan Tahunan Militer",
            "Hizbullah memakai roket buatan Iran. Kelompok itu juga membuat roket sendiri. "
            "Israel menyerang gudang di Beirut.",
        ),
    ],
)
def test_their_twins_with_own_weapons_no_maker_or_the_use_in_a_body_stay_quiet(
    wl: Watchlist, title: str, text: str
) -> None:
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Iranian rockets pour into Lebanon for Hezbollah", "IR", "LB"),
        ("North Korean grenades pour into Russia", "KP", "RU"),
        ("Moscow turns to Pyongyang for artillery rounds", "KP", "RU"),
        ("Russia turned to Tehran and Minsk for drones", "IR", "RU"),
    ],
)
def test_an_english_phrase_after_the_goods_or_a_source_turned_to_alerts(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Tourists pour into Lebanon despite rocket fire",
        "Moscow turns to Pyongyang for talks on grain",
        "Russia turned to Tehran and Minsk for talks on grain",
    ],
)
def test_their_twins_with_no_goods_poured_or_sought_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Granat Korut di Garis Depan Rusia", "KP", "RU"),
        ("Mortir Korut di Parit Pasukan Rusia", "KP", "RU"),
        ("North Korean howitzers on Russia's front lines", "KP", "RU"),
        ("Tehran's missiles in Russia's arsenal", "IR", "RU"),
    ],
)
def test_goods_placed_at_the_takers_front_or_arsenal_alert_without_a_verb(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Granat Korut di Medan Perang Ukraina",
        "Drone Iran di Langit Ukraina",
        "North Korean troops on Russia's front lines",
        "Tehran's missiles at Russia's air show",
    ],
)
def test_their_twins_at_a_battlefield_a_sky_or_a_show_or_with_troops_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


def test_an_order_placed_with_the_bare_pesan_still_alerts(wl: Watchlist) -> None:
    assert alert_pair(wl, "Kremlin Pesan Peluru Artileri dari Pyongyang", "") == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Menlu Rusia Bawa Pesan Soal Peluru Artileri ke Pyongyang",
        "Teheran Sampaikan Pesan Tegas ke Moskow Soal Drone",
    ],
)
def test_a_message_carried_about_weapons_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang shared its cruise missile technology with Moscow", "KP", "RU"),
        ("Teheran Berbagi Desain Drone dengan Moskow", "IR", "RU"),
    ],
)
def test_weapons_know_how_shared_with_a_party_alerts(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang shared cruise missile footage with Moscow",
        "Teheran Berbagi Video Drone dengan Moskow",
        "Pyongyang shared intelligence with Moscow",
    ],
)
def test_a_share_of_footage_or_intelligence_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Jelajah untuk Houthi dari Iran", "IR", "YE"),
        ("Artillery rounds for Moscow from Pyongyang", "KP", "RU"),
    ],
)
def test_a_verbless_for_headline_may_name_the_source_last(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Ancaman Rudal Jelajah untuk Houthi dari Iran",
        "Bantuan Pangan untuk Houthi dari Iran",
    ],
)
def test_its_twins_telling_a_threat_or_food_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    ["Rudal Korut Senilai Rp2 Triliun untuk Rusia", "Rudal Korut Generasi Terbaru untuk Rusia"],
)
def test_the_goods_worth_or_generation_may_stand_before_for(wl: Watchlist, title: str) -> None:
    assert alert_pair(wl, title, "") == ("KP", "RU")


def test_its_twin_judging_the_goods_in_two_words_stays_quiet(wl: Watchlist) -> None:
    assert not classify("Rudal Korut Kabar Gembira untuk Rusia", "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Mortir Pyongyang Sampai ke Tangan Pasukan Rusia",
        "Drone Iran Tiba di Barak Tentara Rusia",
    ],
)
def test_an_arrival_names_its_taker_after_it_not_an_object(wl: Watchlist, title: str) -> None:
    assert alert_pair(wl, title, "")[1] == "RU"


@pytest.mark.parametrize(
    "title", ["Pasukan Pyongyang Sampai ke Tangan Rusia", "Tentara Korut Tiba di Barak Rusia"]
)
def test_its_twins_where_troops_arrive_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_renting_another_partys_weapons_alerts(wl: Watchlist) -> None:
    assert alert_pair(wl, "Moskow Sewa Kapal Perang Iran", "") == ("IR", "RU")


def test_renting_a_drone_for_a_wedding_stays_quiet(wl: Watchlist) -> None:
    assert not classify("Warga Moskow Sewa Drone untuk Pernikahan", "", wl).alert


def test_a_party_flooded_with_anothers_weapons_alerts(wl: Watchlist) -> None:
    assert alert_pair(wl, "Russian trenches awash with North Korean grenades", "") == ("KP", "RU")


def test_a_market_flooded_with_drones_stays_quiet(wl: Watchlist) -> None:
    assert not classify("Local market flooded with Chinese drones", "", wl).alert
