"""Who supplies whom, tenth round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A give noun as the object of a receiving verb: the verb's subject receives, even
        # when the sources are several and so leave the supplier open.
        ("Rusia Dapat Kiriman Drone dari Iran dan Korut", (None, "RU")),
        ("Junta Myanmar Peroleh Pasokan Drone dari China dan Rusia", (None, "MM")),
        ("Sudan's army receives shipments of drones from Iran and Russia", (None, "SD")),
        # Twins: one source names the supplier; a give noun after a give verb keeps its
        # subject as the giver.
        ("Rusia Dapat Kiriman Drone dari Iran", ("IR", "RU")),
        ("Iran Kirim Pasokan Drone Baru ke Rusia", ("IR", "RU")),
    ],
)
def test_a_shipment_received(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A state that charges or seizes over a transfer is no party to it, nor is it the
        # sender of goods made in it: the persons charged sent them.
        (
            "Jaksa AS Dakwa Warga Iran atas Pengiriman Komponen Drone Buatan AS ke Iran",
            (None, "IR"),
        ),
        ("US charges Iranian nationals with smuggling US-made drone parts to Iran", (None, "IR")),
        (
            "Bea Cukai Jerman Sita Komponen Drone Buatan Jerman yang Hendak Dikirim ke Rusia",
            (None, "RU"),
        ),
        # Twins: the maker that sends its own goods, and a charged firm's state, still supply.
        ("AS Kirim Komponen Drone Buatan AS ke Ukraina", ("US", "UA")),
        ("US indicts Chinese firm for shipping drone parts to Russia", ("CN", "RU")),
    ],
)
def test_a_state_that_charges_or_seizes_is_no_sender(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A carrier's state carrying goods another party qualifies takes them home: the
        # goods' party sends them.
        ("Kapal Kargo Rusia Angkut Peluru Korut", ("KP", "RU")),
        ("Russian cargo ship carrying North Korean shells docks at Vostochny", ("KP", "RU")),
        # Twins: a carrier's own state's cargo, with no other party qualifying it, is sent by
        # that state.
        ("Kapal Iran Angkut Drone ke Rusia", ("IR", "RU")),
        ("Iranian cargo ship carries drones to Russia", ("IR", "RU")),
    ],
)
def test_a_carrier_of_another_partys_goods(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # An article or a fresh-word between the receiving verb and the give noun; range words
        # between a demonym and its weapons leave the demonym the weapons' source.
        (
            "",
            "Russia has received a shipment of Iranian close-range ballistic missiles.",
            ("IR", "RU"),
        ),
        ("Russia receives a new shipment of drones from Iran and Belarus", "", (None, "RU")),
        ("Russia receives Iranian long-range missiles", "", ("IR", "RU")),
        # Twin: a demonym before other words ("Iranian officials") qualifies no weapon.
        ("Iranian officials say Russia received missiles from Belarus", "", ("BY", "RU")),
    ],
)
def test_a_shipment_received_in_english(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


_SOLD = "Drone Laut Ukraina Dijual ke Luar Negeri"


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # The 'with' party of a sale's contract is the buyer, under a headline naming none.
        ("Ukraina menandatangani kontrak ekspor drone laut dengan Denmark.", ("UA", "DK")),
        ("Ukraine signed a sea drone export deal with Denmark on Monday.", ("UA", "DK")),
        # Twin: a goal outranks a contract's other side told in a later clause.
        (
            "Ukraina mengekspor drone laut ke Estonia, lalu meneken perjanjian dengan Denmark.",
            ("UA", "EE"),
        ),
    ],
)
def test_a_contracts_other_side_buys(
    wl: Watchlist, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, _SOLD, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A passive give word with a goal told, even one naming no party, leaves its subject
        # the sender: the goods' party, not their buyer.
        ("Drone Laut Ukraina Dijual ke Luar Negeri", ("UA", None)),
        # Twins: with no goal the passive's subject is supplied (by the model's maker); a
        # party goal names the buyer.
        ("Rusia Dipasok Drone Shahed", ("IR", "RU")),
        ("Drone Laut Ukraina Dijual ke Estonia", ("UA", "EE")),
    ],
)
def test_a_passive_sent_somewhere(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


_DOCKED = "Sebuah kapal kargo merapat di pelabuhan Astrakhan pada Senin."
_LANDED = "A cargo plane landed at a military airfield near Moscow on Tuesday."


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A sentence pointing back to the one before ("Kapal itu", "It", "Bantuan itu") makes
        # the goal or the place of arrival it names the goods' recipient.
        (
            "Kiriman Baru Tiba",
            _DOCKED + " Kapal itu membawa ratusan drone Shahed dari Iran, kata intelijen Ukraina.",
            ("IR", "RU"),
        ),
        (
            "A Secret Shipment",
            _LANDED + " It carried artillery shells from North Korea, flight data show.",
            ("KP", "RU"),
        ),
        (
            "Bantuan Militer",
            "Iran mengirim ratusan drone dan amunisi. Bantuan itu ditujukan bagi militer Sudan.",
            ("IR", "SD"),
        ),
        # Twins: a sentence with a subject of its own points back to nothing; a goal naming
        # no party leaves the recipient open.
        (
            "Kiriman Baru Tiba",
            _DOCKED + " Iran mengirim ratusan drone Shahed, kata intelijen Ukraina.",
            ("IR", None),
        ),
        (
            "Bantuan Militer",
            "Iran mengirim ratusan drone dan amunisi. Bantuan itu ditujukan bagi sekutunya.",
            ("IR", None),
        ),
    ],
)
def test_a_pointing_sentence_names_the_recipient(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A party of a conditional clause ("if Pyongyang keeps aiding Moscow") is another
        # clause's, weaker than the goal of the clause's own verb.
        ("South Korea may arm Ukraine if Pyongyang keeps aiding Moscow", ("KR", "UA")),
        ("Korsel Bisa Pasok Senjata ke Ukraina jika Korut Terus Bantu Rusia", ("KR", "UA")),
        # Twin: with no condition, the help verb's object is still the recipient.
        ("Korut Bantu Rusia dengan Kiriman Peluru Artileri", ("KP", "RU")),
    ],
)
def test_a_conditional_clauses_party(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A state that bans, or refuses to ban, firms supplying weapons regulates the
        # suppliers; firms doing the supplying are the doers of an English -ing form.
        ("Korsel Larang Perusahaan Pemasok Komponen Drone ke Rusia", (None, "RU")),
        ("South Korea bans firms supplying drone parts to Russia", (None, "RU")),
        ("Kazakhstan Tolak Larang Perusahaan Pemasok Suku Cadang Drone ke Rusia", (None, "RU")),
        # Twins: a ban on one's own exports leaves the state the supplier; firms qualified
        # by a state are that state's.
        ("Jerman Larang Ekspor Senjata ke Rusia", ("DE", "RU")),
        ("EU sanctions Chinese firms supplying drone parts to Russia", ("CN", "RU")),
    ],
)
def test_a_regulator_of_suppliers_is_none(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The owner of weapons named after a goal word receives what is sent for them:
        # "untuk Tank Israel", "for Iran's fighter jets".
        ("Penjualan Suku Cadang untuk Jet Tempur Iran", (None, "IR")),
        ("Sale of spare parts for Iran's fighter jets", (None, "IR")),
        ("North Korea ships shells for Russia's artillery", ("KP", "RU")),
        # Twins: an item's genitive with no goal word sells; a possessive before the goods
        # sent is their source.
        ("Penjualan Jet Tempur Iran ke Venezuela", ("IR", "VE")),
        ("Iran's drones sent to Russia", ("IR", "RU")),
    ],
)
def test_the_owner_of_a_goal_item_receives(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


_TECH = "Kerja Sama Rudal Moskow-Pyongyang Makin Erat, Rusia Diduga Transfer Teknologi Hulu Ledak"
_PAID = "Teknologi itu diduga diberikan sebagai balasan atas pasokan senjata dari Pyongyang."


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A headline naming two parties as a pair ("Moskow-Pyongyang", "Iran dan Rusia")
        # and a transfer by one of them: the other is its recipient, over a body that tells
        # the other leg of the trade.
        (_TECH, _PAID, ("RU", "KP")),
        ("Hubungan Iran dan Rusia Kian Erat, Teheran Kirim Rudal Balistik", "", ("IR", "RU")),
        # Twins: a pair at war is no partnership; a goal named outranks the partner.
        ("Perang Rusia-Ukraina: Rusia Kirim Drone", "", ("RU", None)),
        ("Rusia dan Korut Makin Mesra, Korut Pasok Rudal ke Suriah", "", ("KP", "SY")),
    ],
)
def test_a_headlines_pair_of_partners(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # No object across a comma: "deliveries, Iranian lawmaker says" names the speaker.
        ("Iran and Russia sign deal on Su-35 deliveries, Iranian lawmaker says", ("RU", "IR")),
        # 'ships' after a party is its verb, not a carrier it owns.
        ("Iran-Russia ties deepen as Tehran ships more drones", ("IR", "RU")),
        # 'both' between a goal word and its parties: the first listed receives.
        ("Iran sold drones to both Russia and Venezuela", ("IR", "RU")),
        # Twins: a carrier noun after its state; a speaker with no comma before the object.
        ("Iranian ships carry drones to Russia", ("IR", "RU")),
        ("Russia takes delivery of Iranian drones", ("IR", "RU")),
    ],
)
def test_an_object_in_its_own_stretch(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A list of workers' or citizens' states is persons throughout, no party.
        ("Buruh Korsel, Jepang dan Taiwan Blokir Pabrik Penjual Drone ke Rusia", (None, "RU")),
        ("Warga Iran, Rusia dan China Didakwa Selundupkan Komponen Drone ke Iran", (None, "IR")),
        # Twin: a list of recipients after a goal word stays the goal's.
        ("Rusia Pasok Drone ke Iran, Belarus dan Korut", ("RU", "IR")),
    ],
)
def test_a_list_of_persons_states(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A party linked to a goal noun of a transfer ("Jadi Tujuan Ekspor", "the main market
        # for") receives what is sent.
        ("Moskow Jadi Tujuan Ekspor Drone Iran", ("IR", "RU")),
        ("Russia becomes the main market for Iranian drone exports", ("IR", "RU")),
        # Twin: a party linked to a supplier noun supplies.
        ("Iran Jadi Pemasok Drone Rusia", ("IR", "RU")),
    ],
)
def test_a_destination_receives(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A bare agent right after a participle of saying ("Dituding AS", "Dituduh oleh
        # Ukraina") accuses; the accused before it does the transfer.
        ("Iran Dituding AS Kirim Rudal ke Rusia", ("IR", "RU")),
        ("Iran Dituduh oleh Ukraina Pasok Drone ke Rusia", ("IR", "RU")),
        # Twins: an accuser as the active subject; the participle with no agent.
        ("AS Tuding Iran Kirim Rudal ke Rusia", ("IR", "RU")),
        ("Korut Disebut Kirim Rudal ke Rusia", ("KP", "RU")),
    ],
)
def test_a_passive_accuser_is_no_party(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A 'to' after a coordinated verb phrase is that phrase's, not a buying verb's goal.
        (
            "Egypt's jet dilemma",
            "Egypt has shelved plans to buy Russian Su-35 fighters under US pressure and is "
            "instead talking to China about J-10C jets, sources said.",
            ("RU", "EG"),
        ),
        # Twin: a give verb's goal after its coordinated items.
        ("", "Iran sent drones and missiles to Russia, officials said.", ("IR", "RU")),
    ],
)
def test_a_coordinated_phrases_goal(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Agreeing to produce weapons together is making them together: in one partner's
        # land (its plant city named) the other partner supplies the know-how.
        ("Iran dan Venezuela Sepakat Produksi Drone Bersama di Maracay", ("IR", "VE")),
        ("Iran dan Tajikistan Sepakat Produksi Drone di Dushanbe", ("IR", "TJ")),
        # Twin: with no site and no maker, the pair stays open.
        ("Rusia dan Belarus Sepakat Produksi Drone", (None, None)),
    ],
)
def test_agreeing_to_produce_together(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main", "alert"),
    [
        # Several sources leave the supplier open, yet a receiving word still tells the
        # transfer, and a watched state among the sources makes it an alert.
        ("Houthi Disebut Dapat Rudal Hipersonik dari Rusia dan Iran", (None, "YE"), True),
        ("Myanmar Terima Pasokan Jet Tempur dari Rusia dan China", (None, "MM"), True),
        # Twin: sources none of them watched, with no drones, alert nobody.
        ("Armenia Terima Pasokan Meriam dari Prancis dan India", (None, "AM"), False),
    ],
)
def test_several_sources_of_a_received_transfer(
    wl: Watchlist, title: str, main: tuple[str | None, str | None], alert: bool
) -> None:
    assert transfer_pair(wl, title) == main
    assert classify(title, "", wl).alert is alert
