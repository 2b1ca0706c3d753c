"""The alert decision, twentieth round: counted rounds, arming by words, attacks' origins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang has moved millions of rounds to Russia, Tokyo says", "KP", "RU"),
        ("Moscow obtained thousands of rounds from North Korea in May", "KP", "RU"),
        ("Iran supplies Russia with mortar rounds, officials say", "IR", "RU"),
        ("Russia bought 155mm rounds from Pyongyang", "KP", "RU"),
    ],
)
def test_rounds_counted_or_named_by_their_gun_are_ammunition(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang has held four rounds of talks with Russia, Tokyo says",
        "Moscow finished a round of trade talks with North Korea in May",
        "Iran supplies Russia with a round of new gas contracts, officials say",
        "Russia won the final round against Iran in Kazan",
    ],
)
def test_rounds_of_talks_or_contests_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Tehran's propaganda arms Moscow's bloggers",
        "Iran arms Russian lawmakers with new talking points",
        "Retorika Teheran Persenjatai Blogger Rusia",
        "North Korea's leaked documents arm Russia's hawks",
    ],
)
def test_words_or_money_that_arm_a_party_are_no_weapons(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Tehran arms Moscow's troops", "IR", "RU"),
        ("Iran arms Russian gunners with new drones", "IR", "RU"),
        ("Tehran Persenjatai Milisi Rusia", "IR", "RU"),
        ("North Korea's regime will arm Russia's army", "KP", "RU"),
    ],
)
def test_a_party_arming_another_still_names_weapons(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Chinese-made attack drones sold openly in Bandung markets",
        "Drone Buatan Rusia Dijual Bebas di Toko Daring Teheran",
        "Iranian-made rifles sold online in Russia",
        "Senapan Buatan Korut Dijual di Pasar Gelap Moskow",
    ],
)
def test_weapons_sold_in_shops_or_markets_have_no_buyer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("China sold attack drones to Russia, Kyiv says", "CN", "RU"),
        ("Rusia Dijual Drone oleh Iran", "IR", "RU"),
        ("Iran sold rifles to Russia in 2024", "IR", "RU"),
        ("Korut Jual Senapan ke Rusia", "KP", "RU"),
    ],
)
def test_weapons_sold_to_a_party_are_still_a_sale(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Serangan Rudal Houthi Berasal dari Iran, Kata Riyadh",
        "Gempuran Roket ke Israel Utara Berasal dari Lebanon",
        "The missile barrage on Riyadh came from Iran, officials say",
        "A drone strike on Erbil came from Iran, Kurds say",
    ],
)
def test_an_attack_s_origin_is_where_it_was_launched(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Houthi Berasal dari Iran, Kata Riyadh", "IR", "YE"),
        ("Roket Hizbullah Berasal dari Iran", "IR", "LB"),
        ("Attack drones used by Russia came from Iran, officials say", "IR", "RU"),
        ("Houthi missiles fired at Riyadh came from Iran, Saudis say", "IR", "YE"),
    ],
)
def test_weapons_held_by_a_party_still_come_from_their_maker(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang steps up shell deliveries to Moscow", "KP", "RU"),
        ("Tehran's shell exports to Moscow triple", "IR", "RU"),
        ("Seoul: North Korea now Moscow's largest shell supplier", "KP", "RU"),
        ("Moscow and Pyongyang seal shell deal, Tokyo says", None, None),
    ],
)
def test_a_singular_shell_before_a_trade_word_is_a_munition(
    wl: Watchlist, title: str, supplier: str | None, recipient: str | None
) -> None:
    pair = alert_pair(wl, title, "")
    assert supplier is None or pair == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang steps up Shell deliveries of LNG to Moscow",
        "Tehran's Shell exports of crude to Moscow triple",
        "Seoul: North Korea now Moscow's largest Shell supplier of fuel",
        "Moscow and Pyongyang seal Shell deal on oil, Tokyo says",
    ],
)
def test_shell_the_oil_company_in_a_trade_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Milisi Houthi Bersenjatakan Rudal Iran Ancam Kapal Dagang", "IR", "YE"),
        ("Rusia Kini Bersenjatakan Drone Iran", "IR", "RU"),
        ("Russian gunners armed with North Korean howitzers dig in", "KP", "RU"),
    ],
)
def test_a_party_armed_with_another_s_weapons_is_supplied(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pria Bersenjatakan Pisau Ancam Kapal Dagang Iran",
        "Rusia Kini Bersenjatakan Drone Buatan Sendiri",
        "Russian man armed with a kitchen knife attacks Iranian tourist",
    ],
)
def test_armed_with_no_weapon_or_one_s_own_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Kyiv repels Russian push with Western-supplied howitzers",
        "Kyiv holds Russia's army at bay with Western-supplied howitzers",
        "Pasukan Ukraina Pukul Mundur Tentara Rusia dengan Artileri Pasokan Barat",
    ],
)
def test_a_defender_s_supplied_weapons_against_a_watched_party_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Tehran supplies Moscow with drones to repel Kyiv's push", "IR", "RU"),
        ("North Korea ships shells to help Russia hold off Ukraine", "KP", "RU"),
        ("Korut Kirim Rudal untuk Bantu Rusia Pukul Mundur Ukraina", "KP", "RU"),
    ],
)
def test_weapons_given_to_hold_off_an_enemy_are_still_supplied(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Iran Persenjatai Tentara Rusia", "IR", "RU"),
        ("Pyongyang arms Russian soldiers", "KP", "RU"),
        ("Teheran Persenjatai Pasukan Houthi", "IR", "YE"),
    ],
)
def test_troops_an_arming_word_takes_are_the_armed_party(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Iran Kirim Tentara ke Rusia",
        "Pyongyang sends Russian soldiers home",
        "Teheran Kirim Pasukan ke Houthi",
    ],
)
def test_troops_a_sending_word_takes_are_sent_no_weapons(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert
