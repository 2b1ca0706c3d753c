"""The alert decision, fourteenth round: the kinds the new tuning part showed, each with twins."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist
from tests.conftest import alert_pair


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Roket Korut Ditemukan di Reruntuhan Gedung Odesa", "KP", "RU"),
        ("Peluru Artileri Korut Ditemukan di Zaporizhzhia", "KP", "RU"),
        ("Drone Iran ditemukan di Ukraina", "IR", "RU"),
        ("Iranian missiles found in Dnipro apartment block, police say", "IR", "RU"),
        ("North Korea's rockets found in Sumy after overnight barrage", "KP", "RU"),
    ],
)
def test_an_owners_weapons_found_in_a_war_it_does_not_fight_went_to_the_places_enemy(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Roket Rusia Ditemukan di Reruntuhan Gedung Odesa",  # the belligerent's own strike
        "Iranian missiles found in Haifa suburb after overnight barrage",
        "Drone Iran Ditemukan di Perbatasan Irak",  # no war there: wreckage, nobody received it
        "Russian drone found in a Moldovan field, police say",
        "Roket Ditemukan di Reruntuhan Gedung Odesa",  # no owner named
    ],
)
def test_their_twins_found_where_the_owner_fights_or_no_war_is_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Russian attack helicopters spotted in Mali, satellite images show", "RU", "ML"),
        ("Drone Kamikaze Iran Terlihat di Sudan, Kata Peneliti", "IR", "SD"),
        ("North Korea's rocket launchers seen in Myanmar, researchers say", "KP", "MM"),
    ],
)
def test_an_owners_weapons_seen_in_service_in_a_state_went_to_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Russian drones spotted in Romanian airspace overnight",  # an incursion
        "Drone Rusia Terlihat di Langit Polandia",
        "Russian officials spotted in Mali, satellite images show",  # no weapons
        "Attack helicopters spotted in Mali, satellite images show",  # no owner named
        "Russian attack helicopters spotted in Ukraine",  # its own war
    ],
)
def test_their_twins_seen_in_the_sky_or_naming_no_weapons_or_owner_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Belanda Kirim Baterai Patriot Tambahan ke Ukraina",
            "Belanda mengirim satu baterai Patriot tambahan ke Ukraina. Menurut Kyiv, sistem itu "
            "sudah menembak jatuh puluhan rudal dan drone sejak tiba.",
        ),
        (
            "Norway sends more NASAMS launchers to Ukraine",
            "Norway will send two more NASAMS launchers to Ukraine. Kyiv says the system has "
            "intercepted hundreds of cruise missiles and drones since it arrived.",
        ),
    ],
)
def test_drones_an_air_defence_handed_over_shoots_down_make_no_watched_item(
    wl: Watchlist, title: str, text: str
) -> None:
    verdict = classify(title, text, wl)
    assert verdict.arms_supply and not verdict.alert, verdict.rule


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Belanda Kirim Baterai Patriot Tambahan ke Ukraina",
            "Belanda mengirim satu baterai Patriot tambahan ke Ukraina bersama puluhan rudal dan "
            "drone pengintai.",
        ),
        (
            "Norway sends more NASAMS launchers to Ukraine",
            "Norway will send two more NASAMS launchers to Ukraine, along with hundreds of cruise "
            "missiles and drones.",
        ),
    ],
)
def test_their_twins_handing_the_drones_over_alert(wl: Watchlist, title: str, text: str) -> None:
    assert classify(title, text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Ekspor Senjata Turki Melonjak, Rusia Tertinggal",
        "Penjualan Jet Tempur Prancis Cetak Rekor, Rusia Tersalip",
        "French fighter jet sales hit a record, Russia falls behind",
    ],
)
def test_a_rival_trailing_beside_a_sellers_record_is_no_buyer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Ekspor Senjata Turki ke Rusia Melonjak, Ukraina Kecewa", "TR", "RU"),
        ("Prancis Jual Jet Tempur ke Rusia, Pesaing Tertinggal", "FR", "RU"),
    ],
)
def test_their_twins_naming_the_buyer_in_the_sale_alert(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Warga Kherson Dipenjara karena Kirim Koordinat ke Drone Rusia",
        "Man jailed for sending coordinates to Russian drone crews",
    ],
)
def test_coordinates_sent_for_drones_to_strike_are_no_weapons(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Warga Kherson Dipenjara karena Kirim Drone ke Rusia",
        "Man jailed for sending coordinates and drones to Russia",
    ],
)
def test_their_twins_sending_the_drones_alert(wl: Watchlist, title: str) -> None:
    assert classify(title, "", wl).alert


_VISIT_BODY = (
    "The Belarusian president met Vladimir Putin in Sochi on Monday. "
    "The two leaders discussed fuel prices and a new rail link. "
    "Minsk will buy more Russian gas under a ten-year contract. "
    "Officials also spoke about grain harvests and tourism. "
    "Kyiv has accused Russia of sending drones to Belarus, which Moscow denies. "
    "The leaders are due to meet again in the autumn."
)


@pytest.mark.parametrize(
    "title",
    [
        "Belarusian president visits Sochi, signs energy and transport deals",
        "Presiden Belarus ke Sochi, Teken Kesepakatan Energi dan Transportasi",
    ],
)
def test_a_civil_deal_headline_leaves_a_recalled_accusation_in_passing(
    wl: Watchlist, title: str
) -> None:
    verdict = classify(title, _VISIT_BODY, wl)
    assert not verdict.alert, verdict.rule


def test_its_twin_under_a_headline_on_the_drones_alerts(wl: Watchlist) -> None:
    title = "Belarusian president visits Sochi as Russia sends drones to Belarus"
    assert alert_pair(wl, title, _VISIT_BODY) == ("RU", "BY")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Peluru Korut Ditemukan di Belgorod", "KP", "RU"),
        ("Rudal Korut yang Ditemukan di Kharkiv Diperiksa Penyidik", "KP", "RU"),
    ],
)
def test_an_owners_weapons_found_in_a_war_went_to_its_watched_side(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


def test_their_twin_in_a_war_of_two_unwatched_sides_stays_quiet(wl: Watchlist) -> None:
    assert not classify("Drone Iran Ditemukan di Khartoum", "", wl).alert
