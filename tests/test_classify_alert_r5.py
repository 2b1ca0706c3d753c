"""The alert decision, fifth round: kinds of error on the tuning parts, on sentences here."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        # Military helicopters by model or by kind are weapons.
        ("Moscow Delivers Mi-35 Gunships to Niger's Junta", "", "RU", "NE"),
        ("Rusia Serahkan Helikopter Tempur ke Junta Mali", "", "RU", "ML"),
        # Rearming with a supplier's weapons is getting them.
        ("Houthis rearming with Iranian missiles smuggled by sea, officials say", "", "IR", "YE"),
        # Weapons that reached a party's hands arrived there.
        ("Rudal Buatan Iran Sampai ke Tangan Houthi Lewat Laut", "", "IR", "YE"),
        # Moving weapons by sea, air or a hidden channel, and bringing bought ones home.
        ("Tehran ferried missiles to the Houthis, UN panel says", "", "IR", "YE"),
        ("Iran funnelled drones to Russia via the Caspian", "", "IR", "RU"),
        ("Myanmar Memboyong Jet Tempur Su-30 dari Rusia", "", "RU", "MM"),
        # Weapons got as a reward are what is got, from whom they come.
        ("Teheran Dapat Imbalan Jet Tempur Su-35 dari Moskow", "", "RU", "IR"),
        ("Pyongyang receives in return air defence systems from Moscow", "", "RU", "KP"),
    ],
)
def test_transfer_alerts(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    v = classify(title, text, wl)
    assert v.alert, v
    assert (v.supplier, v.recipient) == (supplier, recipient), v


@pytest.mark.parametrize(
    ("title", "supplier"),
    [
        # Weapons found with their maker named tell of that maker's supply.
        ("Granat Asal Korut Ditemukan di Medan Perang Donetsk", "KP"),
        ("Serpihan Drone Buatan Iran Ditemukan di Odesa", "IR"),
        ("Iranian-made rockets found on the battlefield near Bakhmut", "IR"),
    ],
)
def test_maker_found_alerts(wl: Watchlist, title: str, supplier: str) -> None:
    v = classify(title, "", wl)
    assert v.alert, v
    assert v.supplier == supplier, v


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A civilian helicopter is no weapon.
        ("Russia delivers two rescue helicopters to Laos for flood relief", ""),
        # Rearming one's own forces from home factories names no supplier.
        ("Russia rearming its army with new tanks from Urals plants", ""),
        # A reward in goods is no weapon.
        ("Korut Dapat Imbalan Minyak dari Rusia", ""),
        # Ferries and airlifted aid carry no weapons.
        ("Ferry carrying tourists capsizes off Bali", ""),
        ("Iran airlifts aid to Lebanon after the strikes", ""),
        # Wreckage with no maker named, and old weapons found with no party, tell of no supply.
        ("Puing Drone Ditemukan di Ladang Warga Moldova", ""),
        ("Old rifles found in a jungle hideout, police say", ""),
        # Talks after which the buyer says no purchase is planned.
        ("Vietnam, Russia discuss drone cooperation, Hanoi says no purchase planned", ""),
        ("Malaysia dan Iran Bahas Kerja Sama Drone, Tidak Ada Pembelian yang Direncanakan", ""),
        # A headline's question answered "no" is about its answer.
        (
            "Malaysia Beli Drone dari Iran? Bukan, Kali Ini Fregat dari Prancis",
            "Kementerian Pertahanan memastikan dua fregat dari Prancis akan tiba tahun depan.",
        ),
        # Trade statistics tell of a market, not of a transfer.
        (
            "Laporan Tahunan Lembaga Riset",
            "Pangsa Rusia dalam pasar ekspor senjata global turun menjadi 5 persen, menurut data "
            "lembaga riset di Stockholm.",
        ),
    ],
)
def test_no_alert(wl: Watchlist, title: str, text: str) -> None:
    v = classify(title, text, wl)
    assert not v.alert, v
