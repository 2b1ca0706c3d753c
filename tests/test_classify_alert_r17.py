"""The alert decision, seventeenth round: transfer words the watchlist lacked, each with twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Hamas Kebagian Roket dari Teheran", "IR", "PS"),
        ("Rusia Kebagian Jutaan Peluru Artileri dari Korut", "KP", "RU"),
        ("Hizbullah Kebagian Rudal Iran", "IR", "LB"),
    ],
)
def test_a_share_of_weapons_handed_out_is_a_receipt(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Nelayan Kebagian Solar dari Pertamina",
        "Korut Kebagian Kritik Soal Rudal",
        "Penonton Rusia Kebagian Kursi di Tribun",
    ],
)
def test_a_share_of_no_weapon_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("North Korea's gift to Russia: thousands of rockets", "KP", "RU"),
        ("Roket Iran, Hadiah bagi Houthi", "IR", "YE"),
        ("Iran's gift to Moscow: a fleet of Shahed drones", "IR", "RU"),
    ],
)
def test_a_gift_of_weapons_is_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "North Korea's gift to Russia: a pair of hunting dogs",
        "Hadiah untuk Rusia: Kemenangan di Laga Persahabatan",
        "Iran's gift to Moscow: a carpet for the Kremlin",
    ],
)
def test_a_gift_of_no_weapon_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Korut Beri Rusia Peluncur Roket", "KP", "RU"),
        ("Iran Beri Houthi Rudal Jelajah", "IR", "YE"),
    ],
)
def test_a_bare_beri_headline_gives_weapons(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Korut Beri Rusia Ucapan Selamat Ulang Tahun",
        "AS Beri Sanksi Iran karena Drone",
        "Rusia Beri Selamat Korut atas Peluncuran Rudal",
        "Korut Beri Kritik Tajam Soal Rudal AS",
    ],
)
def test_a_bare_beri_of_greetings_sanctions_or_criticism_stays_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "recipient"),
    [
        ("Russia shops for rockets in Pyongyang", "RU"),
        ("Russia is shopping for drones in Tehran", "RU"),
    ],
)
def test_shopping_abroad_for_weapons_is_a_purchase(
    wl: Watchlist, title: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "")[1] == recipient


@pytest.mark.parametrize(
    "title",
    ["Russian tourists shop for souvenirs in Pyongyang", "Iran shops for wheat in Russia"],
)
def test_shopping_for_no_weapon_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Iran plans to ship ballistic missiles to Russia", "IR", "RU"),
        ("North Korea agreed to ship rocket launchers to Russia", "KP", "RU"),
        ("Russia fields rockets flown in from Iran", "IR", "RU"),
        ("Peluru Korut Diangkut Menuju Rusia Lewat Rajin", "KP", "RU"),
        ("Drone Iran Berakhir di Tangan Pasukan Rusia", "IR", "RU"),
    ],
)
def test_shipping_flying_in_and_carrying_towards_are_transfers(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Iran plans to ship crude oil to Syria",
        "Russia hosts diplomats flown in from Iran",
        "Rudal Korut Terbang Menuju Jepang",
        "Turis Rusia Dibawa Menuju Pyongyang dengan Kereta",
        "Kota Ukraina Berakhir di Tangan Rusia",
    ],
)
def test_their_twins_with_no_goods_or_a_launch_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Moscow thanks Pyongyang for rocket launchers", "KP", "RU"),
        ("Russia thanked Iran for its Shahed drones", "IR", "RU"),
    ],
)
def test_thanks_paid_for_weapons_name_their_giver(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Moscow thanks Pyongyang for its loyal support",
        "Thanks to Iranian drones, Russia pounds Odesa",
        "Russia thanked Iran for condolences after the crash",
    ],
)
def test_thanks_for_no_weapon_or_thanks_to_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Russia-bound North Korean rocket launchers loaded at Rajin", "KP", "RU"),
        ("Iran-bound Russian howitzers spotted in Caspian port", "RU", "IR"),
        ("Russia-bound Iranian drones seen on cargo ship", "IR", "RU"),
    ],
)
def test_weapons_bound_for_a_party_head_to_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Russia-bound students crowd North Korean station",
        "Russia-bound fertiliser ship leaves Iranian port",
        "Kharkiv-bound Russian drones shot down",
        "Poland-bound Russian missiles trigger NATO alert",
    ],
)
def test_bound_people_goods_or_fired_weapons_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Dari Teheran ke Sanaa: Jalur Rudal Houthi", "IR", "YE"),
        ("From Tehran to Moscow: the Shahed drone pipeline", "IR", "RU"),
        ("Dari Pyongyang ke Kursk: Rute Peluru Artileri", "KP", "RU"),
    ],
)
def test_a_route_headline_told_as_a_path_of_weapons_is_their_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Dari Teheran ke Sanaa: Jalur Penerbangan Kargo Baru",
        "From Tehran to Moscow: talks on a drone ban",
        "Dari Pyongyang ke Moskow: Rudal Jadi Bahan Obrolan",
    ],
)
def test_a_route_of_no_weapon_or_with_no_path_word_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Moscow restocks its arsenal with Iranian rockets", "IR", "RU"),
        ("Rusia Menimbun Rudal Korut di Belgorod", "KP", "RU"),
        ("Russia scooped up North Korean howitzers", "KP", "RU"),
        ("Korut Pinjami Rusia Peluncur Roket", "KP", "RU"),
    ],
)
def test_restocking_with_or_lent_another_partys_weapons_is_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Moscow restocks its reserves with Kazakh flour",
        "Rusia Menimbun Rudal Jelang Serangan Musim Dingin",
        "Korut Pinjami Rusia Dana untuk Jalan Tol",
    ],
)
def test_restocking_own_weapons_or_lending_money_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ratusan Kontainer dari Korut ke Rusia Terpantau Satelit",
            "Kontainer itu diduga berisi peluru artileri dan roket untuk pasukan Rusia.",
        ),
        (
            "Freight from North Korea to Russia surges",
            "The wagons carried artillery shells for Russian units, analysts said.",
        ),
    ],
)
def test_cargo_from_a_party_to_another_named_as_weapons_below_is_a_supply(
    wl: Watchlist, title: str, text: str
) -> None:
    assert alert_pair(wl, title, text) == ("KP", "RU")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ratusan Kontainer dari Korut ke Rusia Terpantau Satelit",
            "Kontainer itu diduga berisi batu bara dan pupuk untuk pabrik di Vladivostok.",
        ),
        (
            "Freight from North Korea to Russia surges",
            "The wagons carried coal and seafood for Russian ports, analysts said.",
        ),
    ],
)
def test_cargo_of_coal_or_grain_stays_quiet(wl: Watchlist, title: str, text: str) -> None:
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Teheran Dapat Gandum, Moskow Dapat Drone", "IR", "RU"),
        ("Pyongyang Dapat Minyak, Moskow Dapat Roket", "KP", "RU"),
    ],
)
def test_a_barter_headline_of_two_gains_names_the_weapons_giver(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Teheran Dapat Gandum, Moskow Dapat Pupuk",
        "Pyongyang Dapat Pujian, Moskow Dapat Kritik soal Rudal",
        "Moskow Dapat Menyerang, Teheran Dapat Menunggu Drone",
    ],
)
def test_two_gains_of_no_weapon_or_two_cans_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert
