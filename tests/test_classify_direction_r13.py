"""Who supplies whom, thirteenth round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.watchlist import Watchlist

_INDUCTS = "Venezuela's air force inducted a batch of new attack drones at a ceremony on Monday. "


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # "X has been one of the junta's main suppliers": an unnamed customer's possessive
        # among the copula's words still links X to the agent noun; the headline's other
        # party is the customer.
        ("Iran has been one of the government's main arms suppliers since 2015.", ("IR", "VE")),
        ("Iran remains the regime's largest drone supplier, analysts say.", ("IR", "VE")),
        # Twin: a verb of its own between the party and the noun links nothing.
        ("Iran has long criticised the government's main arms suppliers.", (None, None)),
    ],
)
def test_supplier_of_an_unnamed_customer(
    wl: Watchlist, text: str, main: tuple[str | None, str | None]
) -> None:
    assert (
        transfer_pair(wl, "Venezuela inducts new attack drones at ceremony", _INDUCTS + text)
        == main
    )


@pytest.mark.parametrize(
    ("source", "sea", "main"),
    [
        # A sea named after a state is a place: the headline's only other party, the
        # source, is the supplier of a body that names only the buyer.
        ("India", "Laut China Selatan", ("IN", "VN")),
        ("India", "Laut Tiongkok Selatan", ("IN", "VN")),
        # Twin: the state itself named as the source still supplies.
        ("China", "Laut China Selatan", ("CN", "VN")),
    ],
)
def test_a_sea_named_after_a_state_is_no_party(
    wl: Watchlist, source: str, sea: str, main: tuple[str | None, str | None]
) -> None:
    title = f"Vietnam Tambah Drone Pengintai dari {source} untuk Jaga {sea}"
    text = "Angkatan Laut Vietnam menerima empat drone pengintai baru pekan ini."
    assert transfer_pair(wl, title, text) == main


_ODESA = (
    "Penyelidik menyimpulkan drone yang jatuh di Odesa bulan lalu adalah buatan Iran. "
    "Sebagian besar cip di dalamnya ternyata buatan perusahaan Jepang."
)
_KYIV = (
    "Investigators said the drone downed near Kyiv was made in Iran. "
    "Most chips inside were made by British firms."
)


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # Parts found in a weapon that a sure body sentence tells its maker handed on: the
        # weapon's own transfer is the story's, not the parts' way into it.
        (
            "Drone Iran Jatuh di Odesa, Penyelidik Temukan Komponen Jepang",
            _ODESA + " Temuan itu menguatkan dugaan bahwa Rusia memakai drone pasokan Teheran.",
            ("IR", "RU"),
        ),
        (
            "Iranian drone downed near Kyiv held British parts, investigators say",
            _KYIV + " The finding adds to evidence that Russia launches drones supplied by Tehran.",
            ("IR", "RU"),
        ),
        # Twins: with no onward transfer told, the parts' way into the weapon stands.
        ("Drone Iran Jatuh di Odesa, Penyelidik Temukan Komponen Jepang", _ODESA, ("JP", "IR")),
        ("Iranian drone downed near Kyiv held British parts, experts say", _KYIV, ("GB", "IR")),
    ],
)
def test_parts_give_way_to_the_weapons_onward_transfer(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("place", "main"),
    [
        # A compass word before a state names a part of it: the joint plant's site is that
        # state, so the other partner supplies the know-how.
        ("at a plant in northern Egypt", ("RU", "EG")),
        ("at a plant in southern Russia", ("EG", "RU")),
        # Twins: a region of no state named, or no site at all, leaves the roles open.
        ("at a plant in the northern region", (None, None)),
        ("at a new plant", (None, None)),
    ],
)
def test_a_joint_plant_in_part_of_a_state(
    wl: Watchlist, place: str, main: tuple[str | None, str | None]
) -> None:
    title = "Egypt and Russia sign deal on joint production of drones"
    text = f"Egypt and Russia have agreed to jointly produce attack drones {place}, officials said."
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A party's war as the goods' goal ("untuk perang Rusia", "bagi mesin perang Moskow"):
        # the party whose war it is receives them.
        (
            "Belarus Kirim Amunisi Tua",
            "Belarus mengirim ribuan peti amunisi tua untuk perang Rusia di Ukraina, kata oposisi.",
            ("BY", "RU"),
        ),
        (
            "Iran Jadi Pemasok Utama",
            "Iran kini menjadi pemasok drone bagi mesin perang Moskow, menurut analis.",
            ("IR", "RU"),
        ),
        # Twins: the war told as a time, not a goal, names no recipient.
        (
            "Belarus Kirim Amunisi Tua",
            "Belarus mengirim ribuan peti amunisi tua sejak perang Rusia di Ukraina dimulai.",
            ("BY", None),
        ),
        (
            "Iran Jadi Pemasok Utama",
            "Iran kini menjadi pemasok drone sejak mesin perang Moskow kehabisan rudal.",
            ("IR", None),
        ),
    ],
)
def test_a_partys_war_as_the_goal(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main
