"""The alert decision, eighth round: parties, deals and routes, each beside a twin it must leave."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Filipina Teken Pembelian Kapal Patroli dari Jepang",
            "Manila sepakat membeli kapal patroli bersenjata, sebagai langkah mengurangi "
            "ketergantungan pada senjata Rusia.",
        ),
        ("Kazakhstan buys Turkish armoured vehicles as it shifts away from Moscow", ""),
        ("Mesir Beli Jet Tempur dari Prancis, Beralih dari Rusia", ""),
        ("Vietnam diversifies from Russian arms with US helicopter deal", ""),
        ("Armenia Beli Artileri India, Bukan dari Rusia", ""),
        ("Egypt buys French fighter jets rather than Russian ones", ""),
        ("India signs deal for French Rafales, ending decades of reliance on Russian jets", ""),
    ],
)
def test_a_watched_state_named_only_as_the_supplier_left_does_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """A deal between unwatched parties, told against the watched supplier a buyer leaves."""
    verdict = classify(title, text, wl)
    assert verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kazakhstan buys Russian armoured vehicles despite its shift toward Turkey", ("RU", "KZ")),
        ("Mesir Beli Jet Tempur dari Rusia, Tambah Ketergantungan", ("RU", "EG")),
    ],
)
def test_a_watched_supplier_of_the_deal_itself_still_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twin: the watched state sells the weapons of the deal told."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Moskow-Minsk Sepakati Pengiriman Sistem Rudal Iskander",
        "Russia and Myanmar sign delivery of Yak-130 jets",
        "Iran dan Belarus Sepakat Produksi Drone Bersama di Minsk",
        "Russia, Belarus agree to produce attack drones together",
    ],
)
def test_two_parties_agreeing_on_a_delivery_or_on_making_weapons_alert(
    wl: Watchlist, title: str
) -> None:
    """A pair of parties agreeing on a delivery, or to make weapons together: a deal of both."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Rusia-Iran Sepakati Pengiriman Gandum",  # no weapon
        "Kemhan dan Pindad Sepakat Produksi Drone Bersama",  # one state's own industry
        "Russia agrees to produce more drones at home",  # one party
    ],
)
def test_agreements_on_goods_or_one_partys_own_production_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """The twins: no weapon, or only one party making its own."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Armenia Disebut Jadi Jalur Transit Komponen Drone ke Rusia",
        "Caspian port a transit hub for missile parts bound for Russia, report says",
    ],
)
def test_a_transit_route_of_weapons_to_a_party_alerts(wl: Watchlist, title: str) -> None:
    """Weapons or their parts passing through a third state to a party are a supply told."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Kazakhstan Jadi Jalur Transit Gandum ke Rusia",  # grain, no weapon
        "Jalur Transit Pengungsi dari Suriah ke Eropa Ditutup",  # people
    ],
)
def test_a_transit_route_of_other_goods_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: what passes is grain or people."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Pyongyang Tukar Roket dengan Minyak Mentah Rusia",
        "Teheran Barter Drone dengan Gandum dari Moskow",
    ],
)
def test_a_barter_between_two_named_parties_alerts(wl: Watchlist, title: str) -> None:
    """Weapons bartered by one named party with another: a transfer between the two."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Rusia dan Ukraina Tukar Tahanan Perang",  # prisoners, no weapon
        "Iran Tukar Minyak dengan Gandum Rusia",  # goods for goods
    ],
)
def test_a_swap_of_people_or_goods_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: what is swapped is no weapon."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Armenia Teken Kontrak Senjata dengan India, Rusia Kecewa",
        "Kazakhstan signs howitzer deal with Turkey; Moscow protests",
    ],
)
def test_a_watched_state_reacting_to_an_unwatched_deal_does_not_alert(
    wl: Watchlist, title: str
) -> None:
    """A state that reacts to a deal beside it is no party to the deal."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Kirim Rudal ke Armenia, Azerbaijan Protes",
        "Iran sends drones to Sudan; US condemns shipment",
    ],
)
def test_a_deal_of_a_watched_party_with_a_reaction_beside_it_still_alerts(
    wl: Watchlist, title: str
) -> None:
    """The twins: the watched party gives, another reacts."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Bea Cukai Sita 200 Drone Selundupan dari China di Batam",
        "Polisi Tangkap Penjual Drone Ilegal yang Dikirim dari Rusia",
    ],
)
def test_police_or_customs_seizing_contraband_for_no_party_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """Contraband seized at home, bound for no state or armed group: no transfer between parties."""
    assert not classify(title, "", wl).alert


def test_customs_seizing_weapons_bound_for_a_party_still_alert(wl: Watchlist) -> None:
    """The twin: an interdicted shipment with its recipient named."""
    assert classify("Italian customs seize Iranian drone parts bound for Russia", "", wl).alert


def test_a_headline_naming_weapons_of_no_kind_takes_the_leads_drones(wl: Watchlist) -> None:
    """'co-produce weapons' in the headline, drones in the lead: a watched (drone) transfer."""
    verdict = classify(
        "Poland, Lithuania to co-produce weapons on Polish soil",
        "WARSAW - Lithuanian firms will build attack drones in Poland under the new agreement, "
        "the two governments said.",
        wl,
    )
    assert verdict.alert


def test_a_headline_naming_weapons_of_no_kind_with_a_lead_on_other_items_stays_unwatched(
    wl: Watchlist,
) -> None:
    """The twin: the lead names howitzers, no drone and no watched party."""
    verdict = classify(
        "Poland, Lithuania to co-produce weapons on Polish soil",
        "WARSAW - Lithuanian firms will build howitzers in Poland under the new agreement, "
        "the two governments said.",
        wl,
    )
    assert verdict.arms_supply
    assert not verdict.alert
