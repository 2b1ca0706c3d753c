"""Who supplies whom: one short sentence per direction rule, Indonesian and English."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.direction import Clause
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        # The owner of the goods is the other side of a transfer.
        ("Rusia memasok suku cadang untuk jet tempur milik Korut", "", "RU", "KP"),
        ("Iran sold spare parts for drones owned by Venezuela", "", "IR", "VE"),
        # "beralih ke X" / "turned to X" is a change of course, not a recipient.
        ("Serbia hentikan pembelian jet tempur Rusia dan beralih ke Prancis", "", "RU", "RS"),
        # A genitive is never read across a comma.
        ("Russia received North Korean shells, Estonia said", "", "KP", "RU"),
        # di-...-nya: the clitic is the doer, i.e. the clause's subject.
        ("Belarus memamerkan drone yang dibelinya dari Iran", "", "IR", "BY"),
        # A linking verb carries the subject over an adverbial to an agent noun, whose
        # genitive is its customer.
        ("Rusia selama dua dekade menjadi pemasok utama alutsista Vietnam", "", "RU", "VN"),
        ("Russia has for decades been the main supplier of weapons to Vietnam", "", "RU", "VN"),
        # "produced in X" names a likely source.
        ("Drones produced in China were shipped to Russia", "", "CN", "RU"),
        ("Drone yang dibuat di Iran dikirim ke Rusia", "", "IR", "RU"),
        # An article makes a place name a modifier; a demonym may still act.
        ("Drones shown at a Jakarta forum were sold to Russia by Iran", "", "IR", "RU"),
        ("An Iranian company sold drones to Russia", "", "IR", "RU"),
        # A possessive on an item's imports or purchases is the buyer.
        ("Russia supplies much of India's weapons purchases", "", "RU", "IN"),
        ("Iran supplies a growing share of Venezuela's drone imports", "", "IR", "VE"),
        # An unmarked demonym after 'received' is the source of what was received.
        ("Pyongyang received Russian help with missiles", "", "RU", "KP"),
    ],
)
def test_role_rules(
    wl: Watchlist, title: str, text: str, supplier: str | None, recipient: str | None
) -> None:
    assert alert_pair(wl, title, text) == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        (
            "Kyrgyzstan opens factory for Turkish drones",
            "Turkey supplied the first drones.",
            "TR",
            "KG",
        ),
        ("Tajikistan Buka Pabrik Drone Iran", "Iran memasok drone dan suku cadangnya.", "IR", "TJ"),
        (
            "Kim hosts Russian minister",
            "Pyongyang has shipped millions of artillery shells.",
            "KP",
            "RU",
        ),
    ],
)
def test_headline_names_the_missing_side(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, text) == (supplier, recipient)


def test_headline_fill_skips_hostile_pairs_and_places(wl: Watchlist) -> None:
    assert alert_pair(wl, "Ukraina Temukan Drone Rusia", "Rusia memasok drone itu.")[1] is None
    assert alert_pair(wl, "Drone deal signed at Kazakhstan summit", "Iran will supply drones.") == (
        "IR",
        None,
    )


def test_headline_fill_does_not_override_competing_suppliers(wl: Watchlist) -> None:
    text = "Drones were sent by Britain. Drones were also sent by Denmark."
    assert alert_pair(wl, "Ukraine receives drones from partners, Latvia says", text) == (
        None,
        "UA",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Iran siap menjual drone ke 'negara sahabat'", "Iran dituduh memasok drone ke Rusia."),
        (
            "Belarus ready to sell drones to any friendly country",
            "Western officials say Belarus has already sent drones to Russia.",
        ),
    ],
)
def test_headline_recipient_naming_no_state_leaves_it_open(
    wl: Watchlist, title: str, text: str
) -> None:
    supplier, recipient = alert_pair(wl, title, text)
    assert supplier in ("IR", "BY") and recipient is None


def test_verb_object_needs_only_fillers_between(wl: Watchlist) -> None:
    assert alert_pair(wl, "Iran pasok drone", "Iran supplies drones, worrying Azerbaijan.") == (
        "IR",
        None,
    )
    assert alert_pair(wl, "Russia supplies the army of Belarus with drones") == ("RU", "BY")


def test_clause_parties_leave_out_places(wl: Watchlist) -> None:
    title = "Iran offers drones at a Jakarta fair in Kazakhstan"
    clause = Clause(title, 0, len(title), wl.matcher.find(title, "title"))
    assert clause.parties() == ("IR",)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Laporan intelijen soal drone",
            "Iran mengirim drone ke Rusia. Hal itu disampaikan pejabat intelijen. Pejabat itu "
            "tidak merinci jumlahnya. Ia berbicara kepada wartawan. Iran juga memasok drone ke "
            "Armenia.",
        ),
        (
            "Intelligence report on drones",
            "Iran sent drones to Russia. The claim came from intelligence officials. They gave "
            "no numbers. They spoke to reporters. Iran also supplies drones to Armenia.",
        ),
    ],
)
def test_lead_sentence_outweighs_a_later_aside(wl: Watchlist, title: str, text: str) -> None:
    assert alert_pair(wl, title, text) == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # Military help paid for with weapons is a transfer of its own, told first.
        ("Rusia Bantu Korut Kembangkan Satelit Mata-mata, Imbalan Pasokan Peluru", "RU", "KP"),
        (
            "Seoul says Pyongyang received Russian help on spy satellite in exchange for arms",
            "RU",
            "KP",
        ),
        # Goods paid for weapons still tell the weapons' way, reversed.
        ("Russia gives oil to North Korea in exchange for shells", "KP", "RU"),
    ],
)
def test_barter_of_military_help_keeps_its_direction(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Peluru Mortir Buatan Iran Ditemukan di Parit Rusia", "IR", "RU"),
        ("North Korean shells found in Russian trenches", "KP", "RU"),
        ("Senjata buatan Korut ditemukan di gudang Hamas", "KP", "PS"),
    ],
)
def test_weapons_found_where_a_party_holds_them(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


# A belligerent's own weapons found on its enemy's ground; the owner's weapons found in a war it
# does not fight ("Drone Iran ditemukan di Ukraina") went to the place's enemy: test r14.
@pytest.mark.parametrize(
    "title", ["Iranian drone wreckage found in Ukraine", "Drone Rusia ditemukan di Ukraina"]
)
def test_wreckage_found_in_a_country_is_no_transfer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_weapons_that_struck_a_target_went_to_its_enemy(wl: Watchlist) -> None:
    assert alert_pair(wl, "Rudal yang Hantam Kyiv Ternyata Buatan Korut") == ("KP", "RU")


def test_the_agent_of_a_passive_strike_is_no_target(wl: Watchlist) -> None:
    title = "Separuh peluru yang ditembakkan Rusia berasal dari Korut"
    assert alert_pair(wl, title) == ("KP", "RU")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Belarus Bakal Produksi Drone Rusia di Pabrik Minsk", "RU", "BY"),
        ("Venezuela Rakit Drone Iran di Maracay", "IR", "VE"),
        ("Russia assembles Iranian drones at Alabuga", "IR", "RU"),
    ],
)
def test_making_another_partys_weapons_is_supply_from_it(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title", ["Iran memproduksi drone Shahed", "Ukraina memproduksi drone untuk menyerang Rusia"]
)
def test_making_ones_own_weapons_is_no_transfer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_a_carriers_state_sends_its_cargo(wl: Watchlist) -> None:
    title = "Russian cargo ship unloads armoured vehicles for Haftar's forces in Libya"
    assert alert_pair(wl, title) == ("RU", "LY")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # The holder of items said to come from a named source received them.
        ("Kyiv: 'Half of Russian shells now come from North Korea'", "KP", "RU"),
        # A comma ends a carrier's phrase: the Houthis are not the ship's state.
        ("Iran Bantu Houthi, Kapal Pengangkut Senjata Dicegat di Laut Arab", "IR", "YE"),
        ("Israel accuses Iran of smuggling weapons to West Bank via Jordan", "IR", "PS"),
    ],
)
def test_holder_carrier_and_place_kinds(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Houthis send drones toward Israel as Red Sea tensions flare",
        "Houthi Kirim Drone ke Eilat, Israel Aktifkan Sirene",
    ],
)
def test_drones_sent_toward_an_enemy_city_are_an_attack(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Teheran membantah mempersenjatai Houthi", "IR", "YE"),
        ("Iran denies arming Houthis after US Navy seizure", "IR", "YE"),
        ("China denies supplying lethal aid to Russia", "CN", "RU"),
    ],
)
def test_arming_a_party_needs_no_other_weapon_word(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


def test_arming_ones_own_troops_is_no_transfer(wl: Watchlist) -> None:
    assert not classify("Rusia mempersenjatai pasukannya", "", wl).alert


def test_kemhan_is_indonesias_defence_ministry(wl: Watchlist) -> None:
    assert alert_pair(wl, "Kemhan Jajaki Pembelian Pesawat Tempur dari Rusia") == ("RU", "ID")


def test_a_coalition_led_by_a_state_is_no_single_supplier(wl: Watchlist) -> None:
    assert alert_pair(wl, "Latvia-led coalition to deliver 30,000 drones to Ukraine") == (
        None,
        "UA",
    )


@pytest.mark.parametrize(
    "title",
    [
        "North Korea has become Russia's main supplier of shells",
        "Drones for Iran, shells from Pyongyang: EU report maps Moscow's suppliers",
    ],
)
def test_a_possessive_on_a_supplier_is_its_customer(wl: Watchlist, title: str) -> None:
    assert alert_pair(wl, title) == ("KP", "RU")


def test_an_arming_word_is_told_as_weapons(wl: Watchlist) -> None:
    verdict = classify("Teheran membantah mempersenjatai Houthi", "", wl)
    assert [t.items for t in verdict.transfers] == [("weapons",)]
