"""Indonesian and English surface forms are generated from roots by rule."""

from __future__ import annotations

import pytest

from pantau.filter.morph import english_noun_forms, english_verb_forms, indonesian_forms, nasal


@pytest.mark.parametrize(
    ("root", "active"),
    [
        ("kirim", "mengirim"),
        ("pasok", "memasok"),
        ("tukar", "menukar"),
        ("jual", "menjual"),
        ("beli", "membeli"),
        ("terima", "menerima"),
        ("pakai", "memakai"),
        ("suplai", "menyuplai"),
        ("ekspor", "mengekspor"),
        ("hibah", "menghibah"),
        ("produksi", "memproduksi"),
        ("transfer", "mentransfer"),
        ("bom", "mengebom"),
        ("rakit", "merakit"),
    ],
)
def test_men_prefix_assimilates(root: str, active: str) -> None:
    assert nasal("me", root) == active
    assert indonesian_forms(root)[active] == "active"


def test_pasok_family_with_voices() -> None:
    forms = indonesian_forms("pasok")
    expected = {
        "memasok": "active",
        "dipasok": "passive",
        "pasokan": "noun",
        "pemasok": "agent",
        "pemasokan": "noun",
        "memasokkan": "active",
        "terpasok": "passive",
    }
    for form, voice in expected.items():
        assert forms[form] == voice, form


def test_kirim_family() -> None:
    forms = indonesian_forms("kirim")
    for form in (
        "mengirim",
        "dikirim",
        "pengiriman",
        "kiriman",
        "mengirimkan",
        "dikirimkan",
        "mengirimi",
        "pengirim",
        "kirim",
    ):
        assert form in forms, form
    assert forms["dikirimkan"] == "passive"
    assert forms["pengiriman"] == "noun"


def test_pe_an_nouns_follow_the_same_assimilation() -> None:
    assert "penjualan" in indonesian_forms("jual")
    assert "pembelian" in indonesian_forms("beli")
    assert "penerimaan" in indonesian_forms("terima")
    assert "pertukaran" in indonesian_forms("tukar")


def test_bare_false_drops_the_root_itself() -> None:
    forms = indonesian_forms("beri", bare=False)
    assert "beri" not in forms
    assert "memberikan" in forms


def test_english_inflections() -> None:
    assert set(english_verb_forms("supply")) == {"supply", "supplies", "supplying", "supplied"}
    assert english_verb_forms("ship")["shipped"] == "past"
    assert "delivering" in english_verb_forms("deliver")
    assert "purchasing" in english_verb_forms("purchase")
    assert english_verb_forms("sell", ["sold"])["sold"] == "past"
    assert english_noun_forms("delivery") == ["delivery", "deliveries"]
    assert english_noun_forms("drone") == ["drone", "drones"]
