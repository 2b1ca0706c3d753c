"""The alert decision, fourth round: kinds of error on the tuning parts, on sentences here."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A buyer saying it will not buy tells of no transfer.
        ("Filipina Tidak Akan Membeli Rudal dari Rusia, Kata Menhan", ""),
        ("Vietnam says it has no plans to buy Iranian drones", ""),
        (
            "Menhan Malaysia Terima Dubes Iran",
            "Menhan Malaysia menerima kunjungan duta besar Iran. Ditanya soal pembelian drone "
            "dari Iran, juru bicara menyatakan tidak ada pembahasan pengadaan dalam pertemuan.",
        ),
        # Making one's own instead of importing.
        ("Turki Produksi Ribuan Drone Sendiri, Tak Lagi Andalkan Impor", ""),
        # Civilian drones: toys and light shows.
        ("Pengrajin Bandung Ekspor Drone Mainan ke Singapura", ""),
        ("China sends 500 drones to Dubai for a New Year light show", ""),
        # Criminal smuggling rings are police matters.
        ("Drone smuggling gang busted on the Myanmar border", ""),
        # Warships sent to a sea to escort or patrol are deployed, not handed over.
        ("Rusia Kirim Kapal Perang ke Laut Baltik untuk Kawal Tanker", ""),
    ],
)
def test_no_transfer_no_alert(wl: Watchlist, title: str, text: str) -> None:
    v = classify(title, text, wl)
    assert not v.alert, v


def test_a_refusal_to_buy_leaves_a_denied_sale_an_alert(wl: Watchlist) -> None:
    # The non-purchase reading is the buyer's; a supplier denying a sale is still a denial.
    v = classify("Korut Tidak Pernah Menjual Senjata ke Rusia, Kata Pyongyang", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU"), v


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # Items the watchlist lacked: trainer jets, air defence on its own.
        ("Myanmar Dikabarkan Terima Jet Latih Yak-130 Tambahan dari Rusia", ("RU", "MM")),
        ("Moscow ready to supply Serbia with air defence, envoy says", ("RU", "RS")),
        # A drone factory is drones, set up for the other party.
        ("Iran Bangun Pabrik Drone di Venezuela", ("IR", "VE")),
        # Weapons found where a party keeps them, by a finding.
        ("Tim PBB Temukan Drone Iran di Pangkalan Houthi", ("IR", "YE")),
        # Weapons seized from an armed group and traced to a country: a finding, not a police case.
        ("Rifles seized from Hezbollah traced to Iran, army says", ("IR", "LB")),
    ],
)
def test_supply_an_alert_with_its_pair(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


@pytest.mark.parametrize(
    "title",
    [
        # Making weapons together is a deal between the two parties.
        "Belarus and Russia to co-produce artillery shells in Minsk",
        "Iran dan Rusia Sepakati Produksi Bersama Drone Serang",
        # A route weapons travel by.
        "Israel Tuding Suriah Jadi Jalur Senjata Iran ke Hizbullah",
    ],
)
def test_supply_by_other_means_is_an_alert(wl: Watchlist, title: str) -> None:
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # 'arms' between two parties is the verb.
        ("Russia arms Myanmar junta with new fighter jets", ("RU", "MM")),
        ("Tehran arms Sudan army; gold prices rise; Bali hosts summit", ("IR", "SD")),
    ],
)
def test_arms_as_a_verb_is_a_transfer(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


def test_arms_as_weapons_between_parties_is_no_verb(wl: Watchlist) -> None:
    v = classify("US arms sales to Taiwan anger Beijing", "", wl)
    assert (v.supplier, v.recipient) != ("US", "CN"), v


def test_the_party_that_seizes_a_cargo_did_not_send_it(wl: Watchlist) -> None:
    v = classify("AS Sita Kapal Bermuatan Rudal Iran untuk Houthi", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "YE"), v


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A missile test with one background sentence recalling supply accusations.
        (
            "Korut Uji Rudal Jelajah Baru di Laut Kuning",
            "Korea Utara meluncurkan dua rudal jelajah dari pantai barat pada Rabu. Militer "
            "Korea Selatan menyebut rudal terbang sekitar 600 kilometer. Amerika Serikat "
            "menuduh Pyongyang mengirim rudal balistik ke Rusia. Tokyo memprotes peluncuran itu.",
        ),
        (
            "Iran test-fires a new ballistic missile",
            "Iran fired a new ballistic missile from a desert site on Monday, state television "
            "said. Western states accuse Tehran of supplying drones to Russia. The test drew "
            "condemnation from Europe.",
        ),
        # A strike story whose second sentence recalls where the drones came from.
        (
            "Russian drone strike hits power plant in Odesa",
            "A Russian drone attack damaged a power plant in Odesa overnight, officials said. "
            "The drones, which Kyiv says Russia obtained from Iran, were launched from Crimea. "
            "Power was restored by noon.",
        ),
    ],
)
def test_a_passing_mention_under_a_headline_about_something_else(
    wl: Watchlist, title: str, text: str
) -> None:
    v = classify(title, text, wl)
    assert not v.alert, v
    assert v.rule.startswith("passing_mention"), v


def test_a_strike_headline_over_a_supply_lead_stays_an_alert(wl: Watchlist) -> None:
    text = (
        "Pejabat Ukraina mengatakan Korea Utara telah mengirim puluhan rudal balistik ke Rusia. "
        "Rudal itu dipakai dalam serangan ke Kharkiv pekan lalu."
    )
    v = classify("Serangan Rudal di Kharkiv: Ukraina Tuding Korut", text, wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU"), v


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # Whoever holds the weapons found received them.
        ("Senjata Korut Ditemukan di Tangan Hamas, Kata Israel", ("KP", "PS")),
        ("UN panel finds Iranian drones in the hands of Sudan's army", ("IR", "SD")),
        # Backing with weapons, a bare order verb, a licence, help to build.
        ("Korut Dituding Sokong Rusia dengan Amunisi", ("KP", "RU")),
        ("Kremlin Pesan Rudal dari Pyongyang, Kata Seoul", ("KP", "RU")),
        ("Iran helps Russia build drone plant in Tatarstan", ("IR", "RU")),
    ],
)
def test_headline_wordings_of_supply(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


@pytest.mark.parametrize(
    "title",
    ["Pesan Putin untuk Kim: Rusia Tak Akan Lupa", "US helps Ukraine rebuild power grid"],
)
def test_help_and_message_without_weapons_are_no_transfer(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).arms_supply


@pytest.mark.parametrize(
    "title",
    [
        # Sent at a target, not to a receiver.
        "Russia sent 200 drones at Ukraine overnight, Kyiv says",
        "Houthi Kirim Drone ke Arah Kapal Kontainer di Teluk Aden",
        # A port call or joint drill by warships.
        "Kapal Perang Iran Berlabuh di Jakarta untuk Kunjungan Muhibah",
        # Decisive cues unmake even a clear headline transfer.
        "Thailand Tetap Netral dan Tidak Menjual Senjata kepada Rusia",
    ],
)
def test_combat_visits_and_neutrality_are_no_alerts(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_sent_to_a_party_is_still_a_supply(wl: Watchlist) -> None:
    v = classify("Iran sent 300 drones to Russia last month, Kyiv says", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU"), v


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # The loanword's other spellings and the passive of arming.
        ("Korut Mensuplai Roket ke Rusia, Kata Seoul", ("KP", "RU")),
        ("Rusia Disupply Drone oleh Iran", ("IR", "RU")),
        ("Milisi Irak Dipersenjatai Iran dengan Drone", ("IR", "IQ")),
    ],
)
def test_loanword_spellings_and_passive_arming(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Pyongyang's munitions flow to Russia unabated, Seoul says", ("KP", "RU")),
        ("Moscow relies on Tehran for attack drones", ("IR", "RU")),
        ("Belarus hands over Soviet-era artillery to Russia", ("BY", "RU")),
        ("Russian units fielding North Korean howitzers, analysts say", ("KP", "RU")),
    ],
)
def test_english_wordings_of_supply(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


def test_short_capitalised_aliases_match_whole_words_only(wl: Watchlist) -> None:
    hits = wl.matcher.find("Pasukan AS dan UK; senjata buatan ASnya; USAID, prius, Asia", "text")
    actors = [(h.text, h.entry.canonical) for h in hits if h.entry.kind == "actor"]
    assert ("AS", "US") in actors and ("ASnya", "US") in actors
    assert all(text not in ("as", "us", "USA") for text, _ in actors), actors


def test_a_headline_is_one_statement_for_its_cues(wl: Watchlist) -> None:
    v = classify("China sends 1,000 drones over Taipei? No, it was a light show", "", wl)
    assert not v.alert, v


def test_a_backdrop_of_accusations_is_a_passing_mention(wl: Watchlist) -> None:
    text = (
        "Menteri Pertahanan Rusia tiba di Teheran untuk kunjungan tiga hari. Kunjungan itu "
        "berlangsung di tengah tuduhan Barat bahwa Iran memasok rudal balistik ke Rusia. "
        "Kedua pihak membahas kerja sama pendidikan dan olahraga."
    )
    v = classify("Menhan Rusia Kunjungi Teheran", text, wl)
    assert not v.alert and v.rule.startswith("passing_mention"), v


def test_a_supply_lead_amid_a_war_is_no_backdrop(wl: Watchlist) -> None:
    text = (
        "Di tengah perang yang berlarut, Iran terus memasok drone ke Rusia, kata intelijen "
        "Inggris. Drone itu dikirim lewat Laut Kaspia."
    )
    v = classify("Dari Teheran ke Moskow", text, wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU"), v


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A factory inspection with speculation about exports.
        (
            "Kim Jong Un inspects shell factory, calls for more output",
            "Kim Jong Un toured an artillery shell factory, state media said. Analysts said the "
            "drive could be linked to exports to Russia. He also visited a tank plant.",
        ),
        # A headline naming the drones only by their civilian kind speaks of the body's drones.
        (
            "Drone Pertanian Makin Murah, Petani Sulsel Antusias",
            "Harga drone penyemprot turun tahun ini. Sebagian besar drone didatangkan dari "
            "China. Kelompok tani membeli secara patungan.",
        ),
    ],
)
def test_inspections_and_civilian_headlines_are_no_alerts(
    wl: Watchlist, title: str, text: str
) -> None:
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # Verbless headlines: one party's items 'for' another.
        ("Rudal Balistik Iran untuk Rusia", ("IR", "RU")),
        ("Pyongyang's rockets for Moscow: what satellite images show", ("KP", "RU")),
        ("Shahed untuk Moskow, Minyak untuk Teheran", ("IR", "RU")),
        ("Russian wheat for Pyongyang, North Korean shells for Moscow", ("KP", "RU")),
        # A roundup is judged on its first item, whatever its separator.
        ("Korut Kirim Peluru ke Rusia • Harga Cabai Naik • Banjir Jakarta", ("KP", "RU")),
    ],
)
def test_verbless_and_roundup_headlines(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


@pytest.mark.parametrize(
    "title",
    [
        "Ancaman Rudal Korut untuk Jepang Meningkat",
        "Harga Cabai Naik • Korut Kirim Peluru ke Rusia • Banjir Jakarta",
    ],
)
def test_a_threat_for_a_party_and_a_later_roundup_item_are_no_alerts(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        # Warships sent to a sea, or for drills, are deployed.
        "Rusia Kirim Dua Kapal Perang ke Laut Mediterania",
        "Iran sends warships into the Atlantic for the first time",
        "Rusia Kirim Kapal Selam ke Venezuela untuk Latihan",
    ],
)
def test_warships_sent_to_a_sea_or_a_drill_are_no_alerts(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_a_submarine_sold_to_a_party_is_still_an_alert(wl: Watchlist) -> None:
    v = classify("Rusia Kirim Kapal Selam Kilo Pesanan Vietnam", "", wl)
    w = classify("Russia delivers two submarines to Algeria", "", wl)
    assert w.alert and (w.supplier, w.recipient) == ("RU", "DZ"), w
    assert v.arms_supply, v


def test_denied_claims_about_a_party_s_weapons_are_a_denied_supply(wl: Watchlist) -> None:
    v = classify("Moscow calls Iranian missile claims 'fabricated', Kyiv insists", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU"), v


def test_claims_about_a_party_s_own_weapons_alone_are_no_supply(wl: Watchlist) -> None:
    assert not classify("North Korean missile claims grow", "", wl).alert


def test_a_drone_threat_does_not_make_counter_drone_gear_watched(wl: Watchlist) -> None:
    text = (
        "Kementerian Pertahanan Jerman menyetujui ekspor sistem penangkal drone ke Arab Saudi. "
        "Kesepakatan itu disebut sebagai respons atas ancaman drone Iran di kawasan Teluk."
    )
    v = classify("Jerman Setujui Ekspor Sistem Anti-Drone ke Arab Saudi", text, wl)
    assert v.arms_supply and not v.alert, v


def test_supply_told_inside_a_strike_sentence_under_a_strike_headline_is_an_aside(
    wl: Watchlist,
) -> None:
    text = (
        "Drones that Russia obtained from Iran struck a power station in Odesa overnight, "
        "killing two. Repairs began in the morning."
    )
    v = classify("Russian drone attack hits Odesa power station", text, wl)
    assert not v.alert and v.rule.startswith("passing_mention"), v


@pytest.mark.parametrize(
    "title",
    [
        # Space launchers, fireworks, fish bombs, air rifles are no weapons.
        "Rusia Bantu Korut Luncurkan Roket Pembawa Satelit",
        "Iran Kirim Roket ke Luar Angkasa",
        "Pedagang Jual Roket Kembang Api Impor dari China ke Rusia",
        "Nelayan Beli Bom Ikan dari Malaysia, Polisi Turun Tangan",
        "Kolektor Beli Senapan Angin dari Rusia Lewat Toko Online",
    ],
)
def test_rockets_and_guns_that_are_no_weapons(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kim Jong Un Janjikan Senjata untuk Putin", ("KP", "RU")),
        ("Iran Salurkan Drone ke Milisi Irak", ("IR", "IQ")),
        ("Rusia Pinjamkan Jet Tempur ke Belarus", ("RU", "BY")),
        ("North Korea promises Russia more artillery shells", ("KP", "RU")),
        ("Russia leases attack helicopters to Mali", ("RU", "ML")),
    ],
)
def test_promising_channelling_lending_weapons(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


def test_a_defence_treaty_is_no_promise_of_weapons(wl: Watchlist) -> None:
    v = classify("Rusia dan Korut Teken Perjanjian Pertahanan, Senjata Tak Disebut", "", wl)
    assert not v.alert, v


@pytest.mark.parametrize(
    "title",
    [
        "Iran Kirim Torpedo ke Rusia",
        "Korut Pasok Ranjau Darat ke Rusia",
        "Iran sells interceptors to Russia",
        "Russia delivers radars to Iran",
        "Iran Supplies Russia With Warheads",
        "Rusia Pasok Rantis ke Mali",
    ],
)
def test_items_the_watchlist_lacked(wl: Watchlist, title: str) -> None:
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Korut Kirim Penjinak Ranjau ke Rusia untuk Bersihkan Kursk",
        "Rusia Jual Radar Cuaca ke Iran untuk Prakiraan Banjir",
    ],
)
def test_deminers_and_weather_radars_are_no_weapons(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Pyongyang ships artillery shells to Moscow by rail", ("KP", "RU")),
        ("Iran ships drones to Russia across the Caspian", ("IR", "RU")),
    ],
)
def test_ships_as_a_verb(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    v = classify(title, "", wl)
    assert v.alert and (v.supplier, v.recipient) == pair, v


def test_ships_as_vessels_and_non_weapons_cargo_are_no_verb(wl: Watchlist) -> None:
    assert not classify("Iran ships oil to China despite sanctions", "", wl).alert
    assert not classify("Russian ships dock in Cam Ranh for a port call", "", wl).alert


def test_supply_recalled_as_a_time_mark_is_a_backdrop(wl: Watchlist) -> None:
    text = (
        "Russian and North Korean officials opened a new border bridge on Monday, a year after "
        "Pyongyang began sending artillery shells to Moscow. Trucks will cross from June."
    )
    v = classify("Russia, North Korea open road bridge", text, wl)
    assert not v.alert and v.rule.startswith("passing_mention"), v


def test_a_supply_chain_is_no_supply(wl: Watchlist) -> None:
    assert not classify("Turkish drone makers face a supply chain crunch", "", wl).alert
    assert not classify("Rantai Pasok Industri Drone Rusia Terganggu Sanksi", "", wl).alert
