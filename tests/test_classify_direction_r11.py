"""Who supplies whom, eleventh round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A participle between a plain noun and 'in' modifies the noun ("chips used in ..."):
        # the weapons it names are their party's, who took the parts; the clause's subject
        # shipped them.
        ("Trade data show Chinese firms shipped chips used in Russian drones", ("CN", "RU")),
        ("Turkish traders sold components used in Iranian missiles, report says", ("TR", "IR")),
        ("Chinese firms supplied parts later used in Russian missiles", ("CN", "RU")),
        # Twins: a participle with its own object, or a verb after its subject, stays active.
        ("Iran shipped drones to Russia, officials say", ("IR", "RU")),
        ("Russia received Iranian drones used in strikes, officials say", ("IR", "RU")),
    ],
)
def test_parts_used_in_a_partys_weapons(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The sides of a fight ("X vs Y") are no counterpart for being named first: a sender
        # with no goal named stays without a recipient, unless enmity rules a side out.
        ("Hamas vs Israel Kian Panas, Inggris Kirim Kapal Perang dan Amunisi", ("GB", None)),
        # Twin: a goal named outright still stands.
        ("Hamas vs Israel: Iran Kirim Rudal ke Hamas", ("IR", "PS")),
    ],
)
def test_the_sides_of_a_fight(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A group and its base state are one side: a group asking others to send weapons to
        # its own land is no supplier to it.
        ("Pemimpin Hamas Minta Negara-negara Arab Kirim Senjata ke Gaza", (None, "PS")),
        # Twin: a state asking another to send is the recipient the headline implies.
        ("Rusia Minta Korut Kirim Lebih Banyak Peluru", ("KP", "RU")),
    ],
)
def test_a_group_is_no_counterpart_of_its_base(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The sea where goods were seized is a place, not the party they were bound for.
        (
            "Senapan yang disita di lepas pantai Somalia berasal dari Iran dan ditujukan untuk"
            " Houthi",
            ("IR", "YE"),
        ),
        (
            "Rifles seized in waters off Somalia came from Iran and were bound for the Houthis",
            ("IR", "YE"),
        ),
        # Twins: a coast guard is its state's force, which may receive.
        ("Penjaga Pantai Sudan Terima Drone dari Iran", ("IR", "SD")),
        ("Russian coast guard gets Iranian drones", ("IR", "RU")),
    ],
)
def test_a_sea_where_goods_were_seized(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A linking verb equates a party with a relative clause's head noun ("menjadi negara
        # pertama yang akan menerima"): that party is the receiving verb's subject, and names
        # the buyer a headline left open ("ke Negara Sahabat").
        (
            "Kyiv Tawarkan Drone Laut ke Negara Sahabat",
            "Ukraina membuka peluang ekspor drone laut buatan dalam negeri. Norwegia disebut"
            " menjadi salah satu negara pertama yang akan menerima drone Ukraina tersebut.",
            ("UA", "NO"),
        ),
        # Twin: a relative clause whose head is not the party ("kapal yang angkut") leaves it.
        ("Korsel Sanksi Kapal yang Angkut Senjata Korut ke Rusia", "", ("KP", "RU")),
    ],
)
def test_a_party_equated_with_a_relative_head(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A passive give word meant for sale ("ditawarkan untuk ekspor", "for export") tells
        # a goal, so its subject is the seller, not the one the goods are given to.
        ("Paviliun Iran menampilkan drone Shahed yang ditawarkan untuk ekspor", ("IR", None)),
        # Twins: a passive with no goal leaves its subject the receiver; with one, the sender.
        ("Iran Dikirimi Drone dari Rusia", ("RU", "IR")),
        ("Rudal Iran Dijual ke Rusia", ("IR", "RU")),
    ],
)
def test_goods_offered_for_export(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A carrier's voyage home with weapons: its state takes them from where it first went.
        ("Kapal Iran Antar Gandum ke Venezuela, Pulang Membawa Drone", ("VE", "IR")),
        (
            "Russian freighter delivered oil to North Korea and returned with artillery shells",
            ("KP", "RU"),
        ),
        # Twin: a voyage out with weapons goes to its goal.
        ("Kapal Rusia Angkut Peluru ke Suriah", ("RU", "SY")),
    ],
)
def test_a_voyage_home_with_weapons(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A named supplier's goods now made at another party's site went there (licensed
        # production): the site's state is the recipient.
        ("Drone yang Dipasok Teheran Kini Diproduksi di Rusia", ("IR", "RU")),
        ("Drones supplied by Iran are now produced in Russia", ("IR", "RU")),
        # Twins: "made in" right after the goods names their maker, not where they went.
        ("Iran supplies drones made in China to Russia", ("IR", "RU")),
        ("Iran supplies drones made in China", ("IR", None)),
    ],
)
def test_goods_now_made_at_another_site(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A carrier come to fetch goods ("mendarat ... untuk jemput", "arrived ... to collect")
        # takes them home from where it landed.
        ("Pesawat Rusia Mendarat di Teheran untuk Jemput Drone", ("IR", "RU")),
        ("Kapal Rusia Berlabuh di Rajin untuk Mengambil Peluru Korut", ("KP", "RU")),
        # Twins: a carrier that lands with goods brings them to where it landed.
        ("Pesawat Iran Mendarat di Moskow Bawa Drone", ("IR", "RU")),
        ("Amunisi dari Pyongyang Tiba di Pelabuhan Rusia", ("KP", "RU")),
    ],
)
def test_a_carrier_come_to_fetch(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The state whose accusation a denier rejects ("Bantah Tuduhan AS soal Kiriman") is
        # no party: the denier is the one accused of sending.
        ("China Bantah Tuduhan AS soal Kiriman Drone ke Rusia", ("CN", "RU")),
        ("Iran Bantah Tudingan Israel soal Pasokan Rudal ke Hizbullah", ("IR", "LB")),
        # Twins: a party right after the accusation word that does the verb is the accused.
        ("Tuduhan Iran Pasok Drone ke Rusia Tak Berdasar", ("IR", "RU")),
        ("Accusations Iran supplied drones to Russia grow", ("IR", "RU")),
    ],
)
def test_the_accuser_of_a_denier(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main
