"""Who supplies whom, eighth round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A deal word whose weapons carry their maker: the maker sells to who signs.
        ("Myanmar Teken Kesepakatan Drone Buatan Iran", ("IR", "MM")),
        ("Indonesia signs contract for 12 Turkish-made attack drones", ("TR", "ID")),
        # A deal's named source sells to who signs.
        ("Aljazair Sepakati Kontrak Drone dari Turki", ("TR", "DZ")),
        # The seller signing names its buyer after 'ke'.
        ("Turki Teken Kontrak Ekspor Drone ke Indonesia", ("TR", "ID")),
        # Twins: a deal with no maker named stays open; a maker in another clause is no seller.
        ("Myanmar Teken Kesepakatan Drone dengan Iran", (None, None)),
        ("Aljazair Teken Kontrak Drone, Dananya dari Bank Prancis", (None, None)),
        # Eyeing another's weapons is itself a purchase weighed (r13): its maker sells.
        ("Indonesia eyes Chinese drones after Turkish deal delay", ("CN", "ID")),
    ],
)
def test_a_deals_maker_sells_to_its_signer(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Making another's weapons together, with no site: the weapons' maker supplies.
        ("Iran to co-produce Russian attack helicopters", ("RU", "IR")),
        ("Serbia akan memproduksi bersama drone buatan China", ("CN", "RS")),
        # Twin: with a site named, the partner whose land it is not sends the know-how.
        ("Minsk, Moscow agree on joint production of drones in Belarus", ("RU", "BY")),
        ("Ukraine, Denmark to co-produce drones on Danish soil", ("UA", "DK")),
    ],
)
def test_co_production_of_one_partners_weapons(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Making weapons for a named party: the maker supplies it.
        ("Korut Siap Produksi Peluru Artileri untuk Rusia", ("KP", "RU")),
        ("North Korea to produce artillery shells for Russia", ("KP", "RU")),
        # Twin: making another party's weapons receives their design.
        ("Belarus Produksi Drone Rusia", ("RU", "BY")),
    ],
)
def test_making_weapons_for_a_party_supplies_it(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Two parties joined as a noun's one subject: the weapon's maker sells to the other.
        ("Rusia dan Iran Bahas Penjualan S-400", ("RU", "IR")),
        ("Russia and India discussed an S-400 sale", ("RU", "IN")),
        # Twin: with no maker known, the joined pair decides nothing new (the nearer is a guess).
        ("Russia, Iran discussed drone sale", ("IR", "RU")),
    ],
)
def test_a_joined_pair_leaves_the_sale_to_the_maker(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A state's port is a place goods pass, not their sender.
        ("Eritrea port used to smuggle Iranian arms to Sudan", ("IR", "SD")),
        ("Pelabuhan Eritrea Dipakai untuk Mengirim Drone Iran ke Sudan", ("IR", "SD")),
        ("Turkish straits used to move Russian weapons to Syria", ("RU", "SY")),
        # Twins: a port reached still names its state as receiver; a state acting still sends.
        ("Iranian drones arrive at Russian port", ("IR", "RU")),
        ("Iran Kirim Drone ke Rusia lewat Pelabuhan Kaspia", ("IR", "RU")),
    ],
)
def test_a_states_port_is_a_place(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A source placed in a state ("from brothers in Tehran") is that state's.
        (
            "Hezbollah fighters display rockets they say came from 'brothers in Tehran'",
            ("IR", "LB"),
        ),
        ("Milisi Irak Pamerkan Drone yang Disebut Berasal dari Kawan di Teheran", ("IR", "IQ")),
        # Twins: a named source then a place reached; evidence read from debris somewhere.
        ("Bantuan Drone dari Belanda Tiba di Kyiv", ("NL", "UA")),
        ("Pembelian Rudal Korut oleh Moskow Terungkap dari Puing di Kharkiv", ("KP", "RU")),
    ],
)
def test_a_source_placed_in_a_state(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # An arrival noun whose head is weapons: the source sends them to where they come.
        ("Kemhan Iran Konfirmasi Kedatangan Helikopter Serang dari Rusia", ("RU", "IR")),
        ("Belarus welcomes arrival of Russian Iskander missiles", ("RU", "BY")),
    ],
)
def test_weapons_arriving(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    "title",
    [
        # Twins: people arriving, weapons only beside them, tell of no transfer.
        "Keliru: Video Kedatangan Pengungsi yang Dikawal Jet Tempur Iran",
        "Belarus welcomes arrival of Russian officials to discuss missiles",
    ],
)
def test_people_arriving_are_no_transfer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).arms_supply


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A party one turns away from is a former supplier, not this sale's source.
        ("Armenia buys Indian howitzers as it pivots away from Moscow", ("IN", "AM")),
        ("Armenia Beli Meriam India, Beralih dari Rusia", ("IN", "AM")),
        # Twin: a plain 'from' still names the seller.
        ("Armenia buys howitzers from Moscow", ("RU", "AM")),
    ],
)
def test_a_party_left_behind_is_no_source(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A headline's kind of buyer ("ke Sekutu", "to partners") is one its body may name.
        (
            "Korut Ekspor Rudal ke Sekutu",
            "Intelijen Korsel menyebut Korea Utara telah mengirim rudal ke Rusia sejak 2023.",
            ("KP", "RU"),
        ),
        (
            "Russia ready to sell Su-35 jets to new partners",
            "Russia has offered Su-35 fighter jets to Algeria, diplomatic sources said.",
            ("RU", "DZ"),
        ),
        # Twins: an open buyer ("negara mana pun", "any nation") stays open, body aside or not.
        (
            "Iran Siap Jual Drone ke Negara Mana Pun",
            "Komandan Iran mengatakan siap menjual drone ke negara mana pun. Barat menuduh Iran "
            "memasok drone ke Rusia.",
            ("IR", None),
        ),
        (
            "Tehran ready to sell drones to any nation that asks",
            "A commander said Iran would export drones to any friendly state. Western capitals "
            "accuse Iran of supplying drones to Russia.",
            ("IR", None),
        ),
    ],
)
def test_a_kind_of_buyer_the_body_names(
    wl: Watchlist, title: str, text: str, main: tuple[str, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A state said to be a route is where weapons pass, not their sender.
        ("Georgia Jadi Jalur Pengiriman Drone ke Rusia", (None, "RU")),
        ("Armenia becomes arms route to Russia, officials say", (None, "RU")),
        # Twins: a route's owner named after it still sends; a sender beside a route still sends.
        ("Jalur Senjata Iran ke Houthi Terungkap", ("IR", "YE")),
        ("Iran Kirim Drone ke Rusia, Jalur Laut Kaspia Dipakai", ("IR", "RU")),
    ],
)
def test_a_state_said_to_be_a_route(
    wl: Watchlist, title: str, main: tuple[str | None, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The maker of a weapon's parts is not the weapon's supplier.
        ("Drone Iran Berkomponen Buatan AS Dipasok ke Rusia", ("IR", "RU")),
        ("Iranian drones with US-made chips sent to Russia", ("IR", "RU")),
        # Twins: parts that are the cargo themselves come from their maker.
        ("Suku Cadang Buatan China Dikirim ke Rusia untuk Drone", ("CN", "RU")),
        ("Chinese-made drone engines shipped to Russia", ("CN", "RU")),
    ],
)
def test_a_parts_maker_is_not_the_weapons_supplier(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The object of a sanctioning verb is the sanctioned party, who may be the supplier.
        ("Uni Eropa Sanksi Belarus karena Bantu Rusia dengan Amunisi", ("BY", "RU")),
        ("AS Sanksi Iran karena Pasok Drone ke Rusia", ("IR", "RU")),
        # Twin: the state after a sanctions noun imposes them and is no party.
        ("Iran Kirim Drone ke Rusia meski Ada Sanksi AS", ("IR", "RU")),
    ],
)
def test_the_sanctioned_may_supply(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main
