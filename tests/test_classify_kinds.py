"""Kinds of error found on the third synthetic set, each checked on sentences written here."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "pair", "group"),
    [
        # Weapons found to be a country's make in a party's hands, told by a claim or finding.
        ("Militer Israel: Hamas Pakai Roket Buatan Iran", ("IR", "PS"), "Hamas"),
        ("Laporan PBB: Drone Houthi Ternyata Buatan Iran", ("IR", "YE"), "Houthis"),
        ("Pakar PBB: Rudal Houthi Identik dengan Buatan Iran", ("IR", "YE"), "Houthis"),
        # 'traced to' names the source, not the receiver.
        ("Hamas rockets traced to Iranian factories, report says", ("IR", "PS"), "Hamas"),
        # Cargo told by its load, stopped at sea: an interdiction, not combat.
        ("Kapal Bermuatan Drone Iran untuk Houthi Dicegat di Laut Merah", ("IR", "YE"), "Houthis"),
        # Docking at a port of the recipient.
        ("Kapal Korut Berlabuh di Novorossiysk, Diduga Angkut Peluru Artileri", ("KP", "RU"), None),
    ],
)
def test_supply_by_other_means_is_an_alert_with_its_pair(
    wl: Watchlist, title: str, pair: tuple[str, str], group: str | None
) -> None:
    v = classify(title, "", wl)
    assert v.alert, v
    assert (v.supplier, v.recipient) == pair, v
    assert group in (None, v.supplier_group, v.recipient_group), v


def test_an_armed_group_in_libya_is_a_party(wl: Watchlist) -> None:
    v = classify("Iran Kirim Drone untuk Pasukan Haftar di Libya", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "LY"), v


def test_the_sanctioning_state_is_no_party_to_a_deal(wl: Watchlist) -> None:
    text = (
        "Pemerintah Mesir menjajaki pembelian jet tempur Su-35 dari Rusia. Seorang analis "
        "menilai pembelian itu berisiko memicu sanksi Amerika Serikat."
    )
    v = classify("Mesir Jajaki Jet Tempur Rusia", text, wl)
    assert v.supplier == "RU" and "US" not in (v.supplier, v.recipient), v


def test_the_sanctioned_party_may_still_supply(wl: Watchlist) -> None:
    v = classify("EU sanctions Belarusian firms for supplying drones to the Russian army", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("BY", "RU"), v


def test_an_outlet_in_the_dateline_is_no_party(wl: Watchlist) -> None:
    text = (
        "SEOUL, CNN Indonesia - Ekspor senjata Korea Selatan naik tahun ini, termasuk tank dan "
        "howitzer yang dijual ke Polandia."
    )
    v = classify("Ekspor Senjata Korea Selatan Naik", text, wl)
    assert "ID" not in (v.supplier, v.recipient), v


@pytest.mark.parametrize(
    "title",
    [
        "Jepang Jual Drone Pertanian ke Vietnam, Petani Sambut Baik",
        "Startup Rusia Jual Delivery Drone ke Kazakhstan",
        "Malaysia Tetap Netral dan Tidak Memasok Senjata kepada Rusia",
    ],
)
def test_civilian_drones_and_neutrality_are_no_alerts(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_english_get_receives(wl: Watchlist) -> None:
    v = classify("Russia gets more Iranian drones through the Caspian Sea", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU"), v


def test_an_accused_party_claiming_neutrality_is_a_denial(wl: Watchlist) -> None:
    v = classify('Dituding Pasok Drone ke Rusia, Minsk: "Kami Netral"', "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("BY", "RU"), v


def test_the_user_of_supplied_weapons_received_them(wl: Watchlist) -> None:
    v = classify("Ukraina: Rusia Menggunakan Rudal yang Dipasok Korut di Kharkiv", "", wl)
    assert (v.supplier, v.recipient) == ("KP", "RU"), v


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Houthi Dapat Rudal Jelajah dari Iran", ("IR", "YE")),
        ("Peluru Korut Terus Mengalir ke Rusia", ("KP", "RU")),
    ],
)
def test_terse_headline_get_and_flow(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


def test_dapat_before_a_verb_is_can_not_get(wl: Watchlist) -> None:
    v = classify("Rusia dapat menggunakan drone Iran untuk menyerang Kyiv", "", wl)
    assert not v.alert, v


def test_a_recipient_listed_after_to_receives(wl: Watchlist) -> None:
    v = classify("Iran menjual drone ke sejumlah negara, termasuk Venezuela dan Sudan", "", wl)
    assert (v.supplier, v.recipient) == ("IR", "VE"), v


def test_a_cache_holding_another_makers_weapons_is_supply_when_told(wl: Watchlist) -> None:
    v = classify("Houthi arsenal contains Iranian cruise missiles, UN panel says", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "YE"), v
    assert not classify("The package included 20 tanks for Poland", "", wl).alert


def test_goods_beside_weapons_do_not_unmake_them(wl: Watchlist) -> None:
    v = classify("Iran kirim senjata dan bahan bakar ke Houthi", "", wl)
    assert v.alert and "goods" not in (v.rule or ""), v
    assert not classify("Rusia pasok uranium ke Iran", "", wl).alert
