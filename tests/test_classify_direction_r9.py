"""Who supplies whom, ninth round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A barter verb's subject trades its weapons for the other side's military help or
        # goods: the subject supplies the weapons.
        ("Rezim Kim Tukar Peluru dengan Teknologi Satelit Rusia", ("KP", "RU")),
        ("Pyongyang swaps shells for Russian satellite know-how", ("KP", "RU")),
        ("Korut Tukar Peluru dengan Gandum Rusia", ("KP", "RU")),
        # Twins: only the other side's goods are weapons, so the other side supplies; a price
        # of no known kind leaves the pair open.
        ("Rusia Tukar Gandum dengan Drone Iran", ("IR", "RU")),
        ("Korut Tukar Peluru dengan Dukungan Rusia", (None, None)),
    ],
)
def test_a_barters_weapons_for_help_or_goods(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A party that seizes, holds or foils a cargo sent it nowhere: no supplier of it.
        ("Bea Cukai Finlandia Tahan Kiriman Suku Cadang Drone ke Rusia", (None, "RU")),
        ("Polisi Georgia Sita Kiriman Drone Iran untuk Rusia", ("IR", "RU")),
        ("Korsel Cegat Kapal Pembawa Senjata Korut untuk Rusia", ("KP", "RU")),
        ("Shipment of drone parts to Russia seized by Finnish customs", (None, "RU")),
        ("Iranian missiles bound for Houthis intercepted by US Navy", ("IR", "YE")),
        ("Finnish customs detains shipment of drone parts bound for Russia", (None, "RU")),
        # Twins: a party that delays or withholds its own shipment still sends it.
        ("Belarus Tunda Kiriman Drone ke Rusia", ("BY", "RU")),
        ("Belarus Tahan Kiriman Drone ke Rusia", ("BY", "RU")),
    ],
)
def test_a_seizer_is_no_supplier(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


_HELD = "Petugas Finlandia menahan truk bermuatan motor listrik untuk drone militer di perbatasan."


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # A source placed in a state through a supplier noun: "dari pemasok di China".
        (f"{_HELD} Barang itu berasal dari pemasok di China dan dikirim ke Rusia.", ("CN", "RU")),
    ],
)
def test_a_supplier_placed_in_a_state(
    wl: Watchlist, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, "Kiriman Komponen Drone Ditahan di Perbatasan", text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A state named by a port, city or leader a desk uses for it.
        ("Kapal Kargo Iran Angkut Peluru ke Astrakhan", ("IR", "RU")),
        ("Iranian ships carry drones to Makhachkala", ("IR", "RU")),
        ("Korut Kirim Roket ke Rezim Assad", ("KP", "SY")),
        ("Iran Kirim Drone untuk Maduro", ("IR", "VE")),
    ],
)
def test_a_state_named_by_its_city_or_leader(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # "shipping" as a verb with weapons moves them like "ships" does.
        ("Iran shipping drones to Sudan's army via Red Sea, Western diplomats say", ("IR", "SD")),
        ("North Korea is shipping artillery shells to Russia by rail", ("KP", "RU")),
    ],
)
def test_shipping_weapons(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    "title",
    [
        # Twins: "shipping" the trade, threatened or attacked with drones, moves no weapon.
        "Houthis threaten shipping with drones",
        "Houthi drones attack Red Sea shipping",
        "Iranian drones target commercial shipping in Gulf",
    ],
)
def test_shipping_the_trade_is_no_transfer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).arms_supply


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The city of a fair where weapons are offered is a place, not the buyer.
        ("Iran Tawarkan Drone Mohajer-6 di Pameran Senjata Doha", ("IR", None)),
        # Twin: a buyer named at the fair still buys.
        ("Iran Tawarkan Drone ke Qatar di Pameran Senjata", ("IR", "QA")),
    ],
)
def test_a_fairs_city_is_no_buyer(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # "bahwa negaranya", "that it": the pronoun stands for the denier, not the accuser.
        (
            "PYONGYANG - Kementerian Luar Negeri Korea Utara membantah tudingan Amerika Serikat"
            " bahwa negaranya memasok rudal balistik kepada Rusia.",
            ("KP", "RU"),
        ),
        (
            "Iran's foreign ministry denied claims by Israel that it had supplied attack drones"
            " to the Sudanese army.",
            ("IR", "SD"),
        ),
        # After a claim noun too, where the party before it is the accuser.
        ("Beijing denies US claim it supplies Russia with drone parts.", ("CN", "RU")),
        # Twin: a supplier named after 'bahwa' is read as it stands.
        (
            "Kementerian Luar Negeri Iran membantah tudingan bahwa Korea Utara memasok rudal"
            " balistik kepada Rusia.",
            ("KP", "RU"),
        ),
    ],
)
def test_a_denier_speaking_of_itself(
    wl: Watchlist, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(
        wl, "“Kami Tidak Pernah Menjual Senjata kepada Pihak yang Berperang”", text
    ) == (main)


_MOU = "Iran dan Belarus menandatangani nota kesepahaman untuk memproduksi bersama drone serang"


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # A co-production's site is in its own stretch: in the other partner's land.
        (f"{_MOU} di Belarus.", ("IR", "BY")),
        # Twin: the place of whoever says so is no site ("kata pejabat di Teheran").
        (f"{_MOU}, kata pejabat di Teheran.", (None, None)),
    ],
)
def test_a_speakers_place_is_no_production_site(
    wl: Watchlist, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, "Iran, Belarus Bahas Kerja Sama Drone", text) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A deal's dash-joined pair beside its items, written source first, when no maker
        # names the seller: a guess the body may overrule.
        ("Fakta-fakta Kesepakatan Drone Iran-Rusia yang Bikin Barat Geram", "", ("IR", "RU")),
        ("Inside the Iran-Russia drone deal", "", ("IR", "RU")),
        (
            "Russia-Iran drone deal worries Kyiv",
            "Iran has agreed to send 2,000 Shahed drones to Russia under the deal, officials said.",
            ("IR", "RU"),
        ),
        # Twin: two parties joined by 'dan' before the deal name no seller.
        ("Rusia dan Iran Teken Kesepakatan Drone", "", (None, None)),
    ],
)
def test_a_deals_dashed_pair(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The backer of weapons, of their smuggling or of a smuggling ring sends them.
        ("Jordan foils Iran-backed weapons smuggling to West Bank", ("IR", "PS")),
        ("Iran-backed network smuggled rockets to Gaza, Israel says", ("IR", "PS")),
    ],
)
def test_the_backer_of_a_transfer_sends_it(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


def test_the_backer_of_a_group_is_no_party(wl: Watchlist) -> None:
    # Twin: a group's backer is no party to what the group gets from someone else.
    assert transfer_pair(wl, "Iran-backed Houthis receive drones from Russia") == ("RU", "YE")


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A party named by a bare noun placed in a state: "kepada junta di Naypyidaw".
        (
            "Sekutu Lama",
            "Moskow kembali memasok helikopter serang kepada junta di Naypyidaw, kata sumber.",
            ("RU", "MM"),
        ),
        # A plural by reduplication is the noun's own: "ke unit-unit Rusia".
        (
            "Pabrik di Minsk",
            "Pabrik-pabrik Belarus telah mengirim puluhan ribu peluru ke unit-unit Rusia sejak"
            " 2023, ungkap laporan.",
            ("BY", "RU"),
        ),
        # "show" is a verb here, no fair: the documents show who sent what.
        (
            "Secret cargo revealed",
            "Leaked documents show Tehran sent 200 missiles to Moscow in May, officials said.",
            ("IR", "RU"),
        ),
    ],
)
def test_parties_named_through_a_noun(
    wl: Watchlist, title: str, text: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title, text) == main


_EXPORTS = "Kyiv - Ukraina mulai menjual drone laut buatan dalam negeri."


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # The headline's kind of buyer, named in the body by a transfer word of its own that
        # names no weapon (so it tells no transfer event) or only weakly ("untuk uji coba").
        (
            "Ukraina Ekspor Drone Laut ke Sekutu Eropa",
            f"{_EXPORTS} Unit pertama sudah dikirim ke Estonia untuk uji coba.",
            ("UA", "EE"),
        ),
        # Twins: two buyers named leave it open; a negated sale names no buyer.
        (
            "Ukraina Ekspor Drone Laut ke Sekutu Eropa",
            f"{_EXPORTS} Unit pertama sudah dikirim ke Estonia untuk uji coba, sementara unit"
            " kedua diserahkan kepada Latvia untuk uji coba.",
            ("UA", None),
        ),
        (
            "Ukraina Ekspor Drone Laut ke Sekutu Eropa",
            f"{_EXPORTS} Unit itu tidak akan dikirim ke Moldova untuk uji coba.",
            ("UA", None),
        ),
    ],
)
def test_a_headlines_open_buyer_named_in_the_body(
    wl: Watchlist, title: str, text: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title, text) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The object of a transit verb is a route, not a party.
        ("Iranian drones transit Turkmenistan en route to Russia", ("IR", "RU")),
        ("Kapal Pembawa Drone Iran Melintasi Azerbaijan Menuju Rusia", ("IR", "RU")),
        # Twin: the route named by a preposition, as before.
        ("Iran Kirim Drone ke Rusia lewat Armenia", ("IR", "RU")),
    ],
)
def test_a_transit_verbs_object_is_a_route(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A headline's bare '-kan' forms of give words: "Berikan", "Selundupkan".
        ("Rusia Berikan Jet Tempur ke Iran", ("RU", "IR")),
        ("Begini Cara Iran Selundupkan Drone ke Rusia", ("IR", "RU")),
        # An offer's '-i' form takes its buyer as object, or as the passive's subject.
        ("Rusia Tawari Indonesia Jet Tempur Su-57", ("RU", "ID")),
        ("Indonesia Ditawari Su-57 oleh Rusia", ("RU", "ID")),
        ("Iran Peroleh Su-35 dari Rusia", ("RU", "IR")),
    ],
)
def test_a_headlines_bare_give_forms(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Demonyms and capitals of parties a desk names.
        ("Jordan foils Iranian arms shipment bound for Jordanian militants", ("IR", "JO")),
        ("Algerian air force receives Su-57 jets from Moscow", ("RU", "DZ")),
        ("Iran delivers Mohajer drones to Malian junta", ("IR", "ML")),
        ("Iran Kirim Rudal ke Sanaa", ("IR", "YE")),
        ("Russian cargo ship unloads weapons in Tartus", ("RU", "SY")),
    ],
)
def test_a_party_by_demonym_or_capital(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    "text",
    [
        # A goal passed over ("bukan ke China", "not to China") is no recipient.
        "Seoul - Korea Utara mengirim jutaan peluru artileri, kata intelijen Korea Selatan."
        " Pengiriman itu bukan ke China, melainkan ke Rusia.",
        "Seoul says North Korea shipped millions of shells, not to China but to Russia.",
    ],
)
def test_a_goal_passed_over(wl: Watchlist, text: str) -> None:
    assert transfer_pair(wl, "Korut Kirim Peluru", text) == ("KP", "RU")


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A possessive pronoun on a supplier noun: its party buys, the appositive sells.
        ("Russia and its drone supplier Iran face new sanctions", ("IR", "RU")),
        ("Rusia dan Pemasok Dronenya, Iran", ("IR", "RU")),
        # A place of making is the likely source of what a party receives.
        ("Sudan's army receives drones made in Iran", ("IR", "SD")),
    ],
)
def test_possessives_and_places_of_making(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


def test_a_linked_pronoun_points_elsewhere(wl: Watchlist) -> None:
    # Twin: "menjadi pemasoknya" — the -nya is a party told before, not the subject.
    text = "Rusia kehabisan drone pada 2022. Iran kemudian menjadi pemasoknya."
    assert transfer_pair(wl, "Iran Menjadi Pemasoknya", text)[0] == "IR"


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A summary's background sentence before the news ("since 2023") is not the news's
        # pair: the headline's transfer takes the pair of the sentence that tells it.
        (
            "Iran sends more drones",
            "Russia has relied on North Korean shells since 2023. On Tuesday, Iran delivered a"
            " new batch of Shahed drones to Moscow, officials said.",
            ("IR", "RU"),
        ),
        (
            "Iran Kirim Lagi Drone",
            "Rusia mengandalkan peluru Korea Utara sejak 2023. Pada Selasa, Iran mengirim"
            " gelombang baru drone Shahed ke Moskow, kata pejabat.",
            ("IR", "RU"),
        ),
        # Twin: a lead with no background word is the news.
        (
            "Iran sends more drones",
            "Iran delivered a new batch of Shahed drones to Moscow on Tuesday, officials said.",
            ("IR", "RU"),
        ),
    ],
)
def test_a_background_lead_is_not_the_news(
    wl: Watchlist, title: str, text: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title, text) == main


def test_a_citys_sky_is_a_place(wl: Watchlist) -> None:
    # "di Langit Kyiv": where the drones flew, no recipient the headline lends the body.
    text = (
        "Ukraina kembali diserang drone Shahed. Drone itu dirakit dengan lisensi dari Iran,"
        " kata intelijen Ukraina."
    )
    assert transfer_pair(wl, "Drone Shahed di Langit Kyiv", text)[1] != "UA"


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Parts found in a weapon the headline tells sent on: the weapon's transfer leads.
        ("Chinese parts in Iranian drones sent to Russia", ("IR", "RU")),
        # Twin: parts in a weapon with no onward transfer are the parts maker's supply.
        ("Rudal Rusia Pakai Komponen China", ("CN", "RU")),
    ],
)
def test_parts_in_a_weapon_sent_on(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A carrier's goods are their owner's, who sends them; the navy that stops the ship by a
        # bare passive agent ("Dicegat AL AS") is no party.
        ("Kapal Pembawa Senjata Iran untuk Houthi Dicegat AL AS", ("IR", "YE")),
        ("VIDEO: Detik-detik Kapal Pembawa Senjata Iran Dicegat AL AS di Laut Arab", ("IR", None)),
        # Twin: a supplier noun's genitive is still its customer.
        ("Rusia Tetap Jadi Pemasok Utama Alutsista Armenia", ("RU", "AM")),
    ],
)
def test_a_carriers_goods_are_their_owners(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main
