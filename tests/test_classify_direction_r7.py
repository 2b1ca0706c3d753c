"""Who supplies whom, seventh round: each kind the round fixed, beside a twin it must leave."""

from __future__ import annotations

import pytest

from conftest import transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The verb after a comma shares the first verb's subject, not its object.
        ("Iran Kecam AS, Tetap Kirim Drone ke Rusia", ("IR", "RU")),
        ("Korut Salahkan Korsel, Bantah Pasok Peluru ke Rusia", ("KP", "RU")),
        ("Iran slams Britain, keeps sending drones to Russia", ("IR", "RU")),
        ("TEHERAN - Iran Kecam AS, Tetap Kirim Drone ke Rusia", ("IR", "RU")),
        # Twins: a subject of its own after the comma, or two subjects joined, stay as told.
        ("Rusia Puji Korut, Sebut Korut Pasok Peluru ke Moskow", ("KP", "RU")),
        ("Iran Kirim Drone ke Rusia, Lalu Kirim Rudal", ("IR", "RU")),
        # A noun's giver too: "AS Kritik Israel ..., Tapi Tolak Hentikan Pasokan" (real).
        ("Iran Kecam AS, Tapi Tolak Hentikan Pasokan Drone ke Rusia", ("IR", "RU")),
    ],
)
def test_a_comma_verb_shares_the_first_subject(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # "sekutu X", "X's allies": X's ally or neighbour is another, unnamed party.
        ("Sekutu Rusia Kirim Drone ke Sudan", (None, "SD")),
        ("Belarus, Sekutu Dekat Rusia, Terima Drone dari Iran", ("IR", "BY")),
        ("Russia's allies buy drones from Iran", ("IR", None)),
        # Twins: the ally named beside its friend is the party; "sekutunya X" is X itself.
        ("Russia's ally Belarus buys drones from Iran", ("IR", "BY")),
        ("Iran Pasok Drone ke Sekutunya Rusia", ("IR", "RU")),
    ],
)
def test_an_ally_of_a_state_is_not_that_state(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A price in US dollars names no party, even after 'dari'/'from'.
        ("Jerman Setujui Ekspor Drone Lebih dari US$100 Juta ke Ukraina", ("DE", "UA")),
        ("Iran sold drones to Russia for more than US$1 billion", ("IR", "RU")),
        # Twin: the United States named as a party still is one.
        ("Ukraina Terima Drone dari AS Senilai US$100 Juta", ("US", "UA")),
    ],
)
def test_a_dollar_price_is_no_party(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # A purchase 'ke' a state buys from it: "beli senjata ke Rusia".
        ("Myanmar Borong Drone ke China", ("CN", "MM")),
        ("Junta Mali Beli Drone ke Turki", ("TR", "ML")),
        # Twins: an import 'ke' is its destination; a later clause's 'ke' is its own.
        ("Korut Impor Suku Cadang Drone ke Pyongyang dari China", ("CN", "KP")),
        ("Kairo Beli Jet Tempur dari Rusia, Pesawat Dialihkan ke Iran", ("RU", "IR")),
    ],
)
def test_a_purchase_ke_names_the_seller(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Who asks or urges others to send weapons gives none; asking for itself, it receives.
        ("Ukraina Desak Sekutu Kirim Lebih Banyak Drone", (None, "UA")),
        ("Ukraine calls on allies to send more drones", (None, "UA")),
        ("Arab Saudi Serukan Dunia Setop Kirim Drone ke Israel", (None, "IL")),
        ("Israel Minta Bantuan Militer ke AS untuk Tambah Drone", ("US", "IL")),
        # Twins: the party urged or asked is the giver; one merely asked about it still acts.
        ("Uni Eropa Desak Iran Setop Kirim Drone ke Rusia", ("IR", "RU")),
        ("Rusia Minta Korut Kirim Lebih Banyak Peluru", ("KP", "RU")),
        ("Iran, asked about the reports, denied sending drones to Russia", ("IR", "RU")),
        ("Rusia Minta Maaf, Tapi Tetap Kirim Drone ke Belarus", ("RU", "BY")),
        # A state's own body urging or urged speaks for that state's sales.
        ("Parlemen Inggris Desak Hentikan Ekspor Drone ke Israel", ("GB", "IL")),
        ("AS Desak Kongres Setujui Penjualan Drone ke Taiwan", ("US", "TW")),
    ],
)
def test_who_asks_for_weapons_gives_none(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


def test_raw_materials_name_no_capital(wl: Watchlist) -> None:
    # 'bahan baku' (raw materials) is no 'Baku': the maker's buyer stays the one named.
    title = "Pabrik Eropa Setop Kirim Bahan Baku Amunisi ke Israel"
    assert "AZ" not in classify(title, "", wl).actors
    assert transfer_pair(wl, title)[1] == "IL"


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Debris found in a city at war: the weapon struck there; its user is the other side.
        ("Puing Drone Buatan Iran Ditemukan di Odesa", ("IR", "RU")),
        ("Wreckage of North Korean-made missile found in Kharkiv", ("KP", "RU")),
        # Twin: weapons found in a party's hands went to that party.
        ("Drone Buatan Iran Ditemukan di Tangan Milisi Sudan", ("IR", "SD")),
    ],
)
def test_debris_found_in_a_city_at_war_went_to_its_enemy(
    wl: Watchlist, title: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title) == main


def test_a_ukrainian_city_struck_is_an_attack(wl: Watchlist) -> None:
    # A city Kyiv holds stands for Ukraine: drones sent there from Russia are an attack.
    assert not classify("Rusia Kirim Ratusan Drone ke Kharkiv Semalam", "", wl).alert


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # Workers, unions or activists of a state are no state party.
        ("Serikat Buruh Pelabuhan Yunani Tolak Tangani Pengiriman Drone ke Israel", (None, "IL")),
        ("Pekerja Pelabuhan Spanyol Tolak Angkut Drone yang Dikirim ke Israel", (None, "IL")),
        # A person's origin ("tersangka asal Iran") is no state either.
        ("Tersangka asal Iran Jual Drone ke Pembeli di Jakarta", (None, None)),
        # Twin: the state itself, named after the activists' verb, still acts.
        ("Aktivis Iran Tuding Teheran Kirim Drone ke Rusia", ("IR", "RU")),
    ],
)
def test_workers_of_a_state_are_no_party(
    wl: Watchlist, title: str, main: tuple[str | None, str | None]
) -> None:
    assert transfer_pair(wl, title) == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # A 'from' before a saying word tells where the speaker is from, not the source.
        (
            "Seorang pejabat dari Seoul mengatakan drone serang buatan Iran telah dikirim ke "
            "Rusia tahun ini.",
            ("IR", "RU"),
        ),
        # Twin: a 'from' after the saying word is the reported transfer's source.
        (
            "Seorang pejabat di Seoul mengatakan Rusia telah menerima drone serang dari Iran "
            "tahun ini.",
            ("IR", "RU"),
        ),
    ],
)
def test_a_speakers_from_is_no_source(wl: Watchlist, text: str, main: tuple[str, str]) -> None:
    assert transfer_pair(wl, "Drone Serang Terus Mengalir", text) == main


def test_the_owner_of_what_is_sent_is_no_recipient(wl: Watchlist) -> None:
    # "kapal induk AS yang dikirim": the US qualifies the carrier sent, so it never receives.
    v = classify("Kapal Selam Nuklir dan Kapal Induk AS yang Dikirim ke Teluk", "", wl)
    assert v.recipient != "US"
    # Twin: the actor heading the relative is the one supplied.
    assert transfer_pair(wl, "Rusia yang Dipasok Drone oleh Iran Terus Menyerang") == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # Making weapons together in one partner's land: the other partner supplies.
        ("Tehran, Moscow agree on joint production of drones in Russia", "", ("IR", "RU")),
        (
            "Kerja Sama Drone Diperluas",
            "Minsk dan Moskow meneken perjanjian produksi bersama drone serang di wilayah Belarus.",
            ("RU", "BY"),
        ),
    ],
)
def test_co_production_in_a_partners_land_goes_to_that_partner(
    wl: Watchlist, title: str, text: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, title, text) == main


def test_co_production_with_no_place_names_no_direction(wl: Watchlist) -> None:
    # Twin: with no place named, who supplies whom is left open.
    assert transfer_pair(wl, "Iran dan Rusia Teken Kesepakatan Produksi Bersama Drone") == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # An aside set off by commas names neither the doer nor a barrier to it.
        ("Rusia, yang dikecam Ukraina, terus membeli drone dari Iran.", ("IR", "RU")),
        ("Belarus, which borders Ukraine, buys drones from Iran.", ("IR", "BY")),
        ("Korut, menurut Korsel, memasok peluru ke Rusia.", ("KP", "RU")),
        # Twin: an actor named after the closing comma is the doer.
        ("Menurut Korsel, Korut memasok peluru ke Rusia.", ("KP", "RU")),
    ],
)
def test_a_comma_aside_leaves_the_subject_before_it(
    wl: Watchlist, text: str, main: tuple[str, str]
) -> None:
    assert transfer_pair(wl, "Kabar Terbaru", text) == main
