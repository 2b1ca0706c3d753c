"""The alert decision, eighteenth round: headline and feed wordings from probes, each with twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Angkatan Udara Sudan Terima MiG-23 dari Moskow", "RU", "SD"),
        ("Russia hands six Su-30SMEs to Myanmar's junta", "RU", "MM"),
        ("Laos took delivery of Russian L-39 trainers", "RU", "LA"),
    ],
)
def test_aircraft_types_sold_on_are_goods(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "MiG-23 Sudan Jatuh di Darfur, Pilot Tewas",
        "Russian Su-30SME performs at Myanmar air show",
        "Museum in Laos shows an old L-39 trainer",
    ],
)
def test_aircraft_types_flown_or_shown_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Balistik Korut bagi Moskow", "KP", "RU"),
        ("Drone Serang Iran bagi Milisi Irak", "IR", "IQ"),
        ("Amunisi Pyongyang bagi Kremlin, Kata Seoul", "KP", "RU"),
    ],
)
def test_bagi_stands_for_a_verb_as_untuk_does(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Rudal Balistik Korut, Ancaman bagi Moskow",
        "Drone Serang Iran Jadi Pelajaran bagi Irak",
        "Kemenangan Diplomatik bagi Kremlin, Kata Seoul",
    ],
)
def test_bagi_after_a_judgement_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Howitzer Korut ke Moskow Lagi", "KP", "RU"),
        ("Dua Juta Peluru Pyongyang ke Kremlin", "KP", "RU"),
        ("More Iranian attack drones to Moscow", "IR", "RU"),
        ("Ribuan Drone Serang Iran kepada Milisi Irak", "IR", "IQ"),
    ],
)
def test_a_party_s_goods_to_another_stand_for_a_verb(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Rudal Balistik Korut ke Laut Jepang Lagi",
        "Rudal Balistik Iran ke Israel",
        "Dua Juta Turis Pyongyang ke Kremlin",
        "More attack drones to Moscow's factories",
        "Serangan Drone Rusia ke Polandia",
        "Rudal Balistik Korut ke Jepang Lagi",
        "Gelombang Ketiga Drone Rusia ke Polandia",
    ],
)
def test_goods_to_a_sea_a_foe_or_no_goods_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang's rockets keep Moscow's launchers busy", "KP", "RU"),
        ("Iranian missiles swell Houthi arsenal, envoy says", "IR", "YE"),
        ("Tehran's drones fuel Russia's war machine", "IR", "RU"),
        ("Amunisi Korut Isi Gudang Senjata Tentara Rusia", "KP", "RU"),
        ("Roket Iran Perkuat Arsenal Hizbullah", "IR", "LB"),
    ],
)
def test_one_party_s_weapons_keeping_another_s_guns_going_are_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Ukraine's rockets hit Moscow's launchers",
        "Iranian oil swells Houthi coffers, envoy says",
        "Russian drones fuel Russia's war machine",
        "Drone Ukraina Bakar Gudang Senjata Tentara Rusia",
        "Roket Israel Hantam Arsenal Hizbullah",
        "Drone Ukraina Bikin Gudang Senjata Rusia Terbakar",
    ],
)
def test_strikes_own_weapons_or_no_weapons_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang Penuhi Kebutuhan Amunisi Tentara Rusia", "KP", "RU"),
        ("Tehran meets Moscow's drone needs, Kyiv says", "IR", "RU"),
        ("Iran covers the Houthis' missile shortfall", "IR", "YE"),
    ],
)
def test_meeting_another_party_s_need_for_weapons_is_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang Penuhi Kebutuhan Pangan Tentara Rusia",
        "Tehran meets Moscow's gas needs, Kyiv says",
        "Kim Penuhi Kebutuhan Amunisi Sendiri",
    ],
)
def test_a_need_of_no_weapon_or_no_taker_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Laporan: Rudal Iran Ditemukan di Gudang Senjata Milisi Irak", "IR", "IQ"),
        ("North Korean shells now on Russia's front lines", "KP", "RU"),
    ],
)
def test_goods_held_in_a_party_s_depot_or_front_were_received(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Laporan: Rudal Iran Ditemukan di Gudang Senjata Iran",
        "North Korean shells now on Seoul's front pages",
    ],
)
def test_goods_in_their_own_depot_or_no_front_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rockets from Tehran fuel Hezbollah's arsenal", "IR", "LB"),
        ("Iranian drones flood Russia's front lines", "IR", "RU"),
        ("Tehran rushes cruise missiles to the Houthis", "IR", "YE"),
    ],
)
def test_goods_from_a_party_flooding_or_rushed_are_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Rockets from Gaza hit Israel's arsenal",
        "Ukrainian drones flood Russia's skies",
        "Tehran rushes aid to the Houthis",
    ],
)
def test_strikes_skies_or_aid_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Jelajah Houthi Didatangkan dari Teheran", "IR", "YE"),
        ("Peluru Artileri Rusia Didatangkan dari Korut, Kata Seoul", "KP", "RU"),
    ],
)
def test_weapons_brought_in_from_a_party_came_from_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Beras Houthi Didatangkan dari Teheran",
        "Pelatih Timnas Rusia Didatangkan dari Korut, Kata Seoul",
    ],
)
def test_goods_of_no_weapon_brought_in_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Tehran replenishes Hezbollah's rocket stocks", "IR", "LB"),
        ("Pyongyang Isi Ulang Gudang Amunisi Rusia", "KP", "RU"),
        ("Iran Perkuat Arsenal Houthi dengan Rudal Jelajah", "IR", "YE"),
    ],
)
def test_a_party_restocking_another_s_arsenal_gives_to_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Hezbollah replenishes its rocket stocks with Iranian help", "IR", "LB"),
        ("Rusia Isi Ulang Gudang Amunisi dengan Peluru Korut", "KP", "RU"),
    ],
)
def test_restocking_one_s_own_arsenal_with_another_s_goods_still_gets_them(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Tehran bombs Hezbollah's rocket stocks",
        "Israel Hantam Gudang Amunisi Hizbullah",
        "Iran Perkuat Arsenal Rudal Sendiri",
    ],
)
def test_striking_an_arsenal_or_filling_one_s_own_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pyongyang Ngirim Howitzer ke Moskow", "KP", "RU"),
        ("Teheran Kirimin Drone Serang ke Houthi", "IR", "YE"),
        ("Hizbullah Dikirimin Roket Iran Lewat Suriah", "IR", "LB"),
    ],
)
def test_colloquial_sending_is_sending(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang Ngirim Atlet ke Moskow",
        "Teheran Kirimin Ucapan Selamat ke Houthi",
        "Hizbullah Dikirimin Bantuan Pangan Lewat Suriah",
    ],
)
def test_colloquial_sending_of_no_weapon_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("North Korean howitzers find their way to Russia", "KP", "RU"),
        ("Iranian rockets made their way to Hezbollah, Israel says", "IR", "LB"),
        ("Drone Iran Berpindah Tangan ke Milisi Irak", "IR", "IQ"),
        ("Pyongyang Oper Amunisi ke Moskow", "KP", "RU"),
    ],
)
def test_goods_making_their_way_or_passed_on_to_a_party_reach_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "North Korean athletes find their way to Russia",
        "Iranian pistachios made their way to Hezbollah, Israel says",
        "Saham Kilang Iran Berpindah Tangan ke Milisi Irak",
        "Pemain Pyongyang Oper Bola ke Kiper",
    ],
)
def test_no_weapon_making_its_way_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Teheran Persenjatai Ulang Houthi", "IR", "YE"),
        ("Milisi Irak Dipersenjatai Ulang oleh Iran", "IR", "IQ"),
        ("Roket Iran Banjiri Gudang Senjata Hizbullah", "IR", "LB"),
    ],
)
def test_rearming_and_goods_flooding_another_s_depot_are_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Teheran Persenjatai Ulang Pasukannya Sendiri",
        "Air Bah Banjiri Gudang Senjata Hizbullah",
    ],
)
def test_rearming_oneself_or_a_flood_of_water_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        ("Peluru Korut Menumpuk di Gudang Amunisi Rusia", "", "KP", "RU"),
        (
            "Depots fill up",
            "Thousands of Iranian attack drones now sit in Russian depots, officials say.",
            "IR",
            "RU",
        ),
        (
            "Gudang Penuh",
            "Ribuan roket buatan Iran kini tersimpan di gudang senjata Hizbullah, kata Israel.",
            "IR",
            "LB",
        ),
    ],
)
def test_one_party_s_goods_stored_in_another_s_depots_were_supplied(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, text) == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Peluru Korut Menumpuk di Gudang Amunisi Korut", ""),
        (
            "Depots fill up",
            "Thousands of Russian attack drones now sit in Russian depots, officials say.",
        ),
        (
            "Gudang Penuh",
            "Ribuan karung beras dari Iran kini tersimpan di gudang Hizbullah, kata Israel.",
        ),
    ],
)
def test_own_goods_in_own_depots_or_no_weapon_stay_quiet(
    wl: Watchlist, title: str, text: str
) -> None:
    assert not classify(title, text, wl).alert


def test_a_party_opening_the_clause_props_up_another_s_war_with_weapons(wl: Watchlist) -> None:
    text = "Iran menopang mesin perang Rusia dengan ribuan drone Shahed, kata analis."
    assert alert_pair(wl, "Ekonomi Perang", text) == ("IR", "RU")


def test_a_party_owning_the_subject_noun_is_no_subject(wl: Watchlist) -> None:
    text = "Minyak Iran menopang mesin perang Rusia, sementara drone Shahed terus diluncurkan."
    assert not classify("Ekonomi Perang", text, wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Russian artillery units run on Pyongyang's rockets", "KP", "RU"),
        ("Houthis draw on Iranian cruise missiles", "IR", "YE"),
        ("North Korean rockets keep arriving in Russia", "KP", "RU"),
        ("Pyongyang's howitzers arm Russia's troops", "KP", "RU"),
        ("Tehran keeps the Houthis stocked with drones", "IR", "YE"),
        ("Kremlin Tambah Stok Rudal dari Pyongyang", "KP", "RU"),
    ],
)
def test_reliance_arrival_and_arming_worded_otherwise_are_a_supply(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Russian car plants run on Chinese parts",
        "Houthis draw on Iranian poetry",
        "North Korean workers keep arriving in Russia",
        "Ukraine's howitzers hit Russia's troops",
        "Tehran keeps the Houthis stocked with flour",
        "Kremlin Tambah Stok Gandum dari Kazakhstan",
    ],
)
def test_the_same_words_of_no_weapon_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert
