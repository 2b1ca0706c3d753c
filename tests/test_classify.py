"""The arms-supply filter on short sentences written for these tests."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        ("Korut Pasok Peluru Artileri ke Rusia", "", "KP", "RU"),
        ("Korea Utara memasok Rusia dengan rudal balistik", "", "KP", "RU"),
        ("Rusia Menerima Drone dari Iran", "", "IR", "RU"),
        ("Rudal-rudal itu dipasok oleh Pyongyang kepada Moskow", "", "KP", "RU"),
        ("Pengiriman amunisi dari Korut ke Rusia meningkat", "", "KP", "RU"),
        ("Russia bought hundreds of drones from Iran", "", "IR", "RU"),
        ("Iran has supplied Russia with Shahed drones", "", "IR", "RU"),
        ("Drones were shipped to Russia by Iran", "", "IR", "RU"),
        ("Pembelian senjata Rusia dari Korut disorot", "", "KP", "RU"),
        ("Moskow beli rudal dari Teheran", "", "IR", "RU"),
        ("North Korean shells delivered to Russian forces", "", "KP", "RU"),
        ("Kremlin took delivery of Iranian UAVs", "", "IR", "RU"),
    ],
)
def test_direction_from_voice_and_prepositions(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    v = classify(title, text, wl)
    assert v.alert and v.arms_supply and v.watched, v
    assert (v.supplier, v.recipient) == (supplier, recipient), v.rule


def test_clitics_and_affixes_are_matched(wl: Watchlist) -> None:
    v = classify("Pasokannya ke Rusia terus mengalir", "Amunisinya dikirimkan Korut ke Rusia.", wl)
    transfers = {m.term for m in v.mentions if m.kind == "transfer"}
    assert {"Pasokannya", "dikirimkan"} <= transfers
    assert any(m.term == "Amunisinya" and m.kind == "item" for m in v.mentions)


def test_korsel_is_not_korut(wl: Watchlist) -> None:
    v = classify("Korsel Beli Jet Tempur dari Amerika Serikat", "", wl)
    assert v.supplier == "US" and v.recipient == "KR"
    assert "KP" not in v.actors
    assert not v.watched and not v.alert and v.arms_supply


def test_drone_inside_another_word_is_not_a_drone(wl: Watchlist) -> None:
    v = classify("Iran jual Androne dan Dronex ke Rusia", "", wl)
    assert "drone" not in v.items
    assert not v.arms_supply


def test_short_capital_aliases_are_case_sensitive(wl: Watchlist) -> None:
    assert "US" in classify("AS kirim rudal ke Ukraina", "", wl).actors
    assert "US" not in classify("as the missiles were sold", "", wl).actors


def test_mention_spans_point_into_their_field(wl: Watchlist) -> None:
    title, text = "Iran bantah pasok drone", "Teheran membantah memasok drone ke Moskow."
    v = classify(title, text, wl)
    for m in v.mentions:
        source = title if m.field == "title" else text
        assert source[m.start : m.end] == m.term
    assert {m.kind for m in v.mentions} >= {"actor", "item", "transfer", "denial"}


def test_denials_count_as_arms_supply(wl: Watchlist) -> None:
    v = classify(
        "Iran Bantah Pasok Drone ke Rusia",
        "Teheran menepis tuduhan bahwa pihaknya mengirim drone kepada Moskow.",
        wl,
    )
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU")
    assert "denied" in (v.rule or "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Korut Uji Coba Rudal Balistik", "Korea Utara meluncurkan rudal balistik ke laut."),
        ("Rudal Iran Hantam Israel", "Iran menembakkan ratusan rudal dalam serangan semalam."),
        ("Rusia Kirim 300 Drone ke Ukraina", "Serangan drone Rusia menghantam Kyiv semalam."),
        (
            "Polisi Sita Senjata Api Ilegal",
            "Polisi menyita senjata api dan amunisi dari tersangka.",
        ),
        ("Petani Beli Drone Pertanian dari China", "Drone pertanian itu dipakai menyemprot sawah."),
        ("Rusia Ekspor Gandum ke Indonesia", "Rusia mengekspor gandum dan pupuk ke Indonesia."),
        ("Israel dan Iran sepakat gencatan senjata", "Gencatan senjata berlaku mulai hari ini."),
        ("Korut Kirim Pasukan ke Rusia", "Korea Utara mengirim ribuan tentara ke Rusia."),
        ("Iran and Israel trade missile strikes", "Iran launched missiles at Israel overnight."),
        ("Wedding photographers buy drones", "Couples hire drone pilots for their wedding videos."),
    ],
)
def test_negatives_do_not_alert(wl: Watchlist, title: str, text: str) -> None:
    v = classify(title, text, wl)
    assert not v.alert, (v.rule, v.evidence)


def test_clear_transfer_survives_a_negative_cue(wl: Watchlist) -> None:
    v = classify("Korut Pasok Rudal ke Rusia untuk Serangan di Ukraina", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU")


def test_drones_make_any_transfer_watched(wl: Watchlist) -> None:
    v = classify("Amerika Serikat Kirim Drone ke Ukraina", "", wl)
    assert v.alert and v.watched and (v.supplier, v.recipient) == ("US", "UA")
    w = classify("Prancis Jual Jet Tempur Rafale ke Indonesia", "", wl)
    assert w.arms_supply and not w.watched and not w.alert


def test_two_named_suppliers_leave_the_supplier_open(wl: Watchlist) -> None:
    v = classify("Rusia Impor Peluru dari Iran dan Korut", "", wl)
    assert v.alert and v.supplier is None and v.recipient == "RU"


def test_armed_group_stands_for_its_base_country_and_is_named(wl: Watchlist) -> None:
    v = classify("Iran Pasok Rudal ke Houthi", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "YE")
    assert (v.supplier_group, v.recipient_group) == (None, "Houthis")
    assert [(t.supplier, t.recipient, t.recipient_group) for t in v.transfers] == [
        ("IR", "YE", "Houthis")
    ]


def test_group_as_supplier_keeps_its_name(wl: Watchlist) -> None:
    v = classify("Wagner Terima Drone dari Iran", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("IR", "RU")
    assert v.recipient_group == "Wagner / Africa Corps"


def test_group_attacked_by_its_enemy_is_no_supply(wl: Watchlist) -> None:
    v = classify("Israel Kirim Drone ke Gaza, Hamas Klaim Tembak Jatuh", "", wl)
    assert not v.alert


def test_no_weapon_no_alert(wl: Watchlist) -> None:
    v = classify("Rusia Memasok Minyak ke India", "Rusia mengirim minyak mentah ke India.", wl)
    assert not v.arms_supply and v.score == 0.0 and v.rule
    assert "RU" in v.actors
