"""Barter and destinations: goods paid for weapons, and "to a Russian plant", in short sentences."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.direction import Clause
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    "title",
    [
        # The party that receives goods as payment for weapons supplies the weapons.
        "Pyongyang menerima minyak dari Moskow sebagai imbalan amunisi",
        "Korut mendapat gandum dari Rusia sebagai ganti peluru artileri",
        "Rusia memasok bahan bakar ke Korut sebagai imbalan amunisi",
        "Rusia mengirim beras ke Korut, yang ditukar dengan roket",
        "Pyongyang received fuel from Moscow in exchange for artillery shells",
        "Russia sent wheat to North Korea as payment for rockets",
        "North Korea receives oil from Russia in return for ammunition",
    ],
)
def test_goods_paid_for_weapons_reverse_the_flow(wl: Watchlist, title: str) -> None:
    assert alert_pair(wl, title) == ("KP", "RU")


def test_payment_phrase_names_its_own_side(wl: Watchlist) -> None:
    # "from Pyongyang" inside the payment phrase is where the shells come from.
    title = "Russia sent oil in exchange for shells from Pyongyang"
    assert alert_pair(wl, title) == ("KP", "RU")


def test_payment_before_the_goods(wl: Watchlist) -> None:
    text = "Korut mengirim amunisi. Sebagai imbalannya, Pyongyang menerima minyak dari Rusia."
    assert alert_pair(wl, "Korut dan Rusia bertukar barang", text) == ("KP", "RU")


def test_goods_sentence_next_to_a_payment_reverses(wl: Watchlist) -> None:
    text = (
        "Rusia memasok jutaan barel bahan bakar ke Korut tahun ini. Pasokan itu adalah "
        "bayaran atas amunisi yang dikirim Pyongyang."
    )
    assert alert_pair(wl, "Laporan panel sanksi", text) == ("KP", "RU")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # Weapons named as the word's own object keep their plain direction.
        ("Korut mengirim amunisi ke Rusia sebagai imbalan minyak", "KP", "RU"),
        ("Iran supplies drones to Russia in exchange for fighter jets", "IR", "RU"),
        # A pronoun object stands for weapons already named: no reversal.
        ("Korut siap menjualnya ke Rusia dengan imbalan kapal selam", "KP", "RU"),
    ],
)
def test_weapons_as_object_keep_direction(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title) == (supplier, recipient)


def test_payment_relative_clause_is_not_the_goods(wl: Watchlist) -> None:
    # "bayaran atas amunisi yang dikirim Pyongyang": the sender of the ammunition supplies.
    title = "Minyak Rusia adalah bayaran atas amunisi yang dikirim Pyongyang"
    assert alert_pair(wl, title)[0] == "KP"


def test_goods_for_weapons_is_not_penalised_as_trade(wl: Watchlist) -> None:
    plain = classify("Rusia memasok bahan bakar ke Korut", "Korut menjual senjata.", wl)
    paid = classify("Rusia memasok bahan bakar ke Korut sebagai imbalan senjata", "", wl)
    # Both may reach the top score under fitted weights; the goods cue marks only the trade.
    assert paid.score >= plain.score
    assert plain.transfers[0].rule.endswith(":goods")
    assert paid.rule is not None and paid.rule.startswith("barter:") and "goods" not in paid.rule


def test_goods_trade_without_weapons_is_no_alert(wl: Watchlist) -> None:
    v = classify("Rusia memasok gandum ke Korut sebagai imbalan batu bara", "", wl)
    assert not v.arms_supply


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iran ships drone engines to a Russian plant",
            "Iran has sent drone engines to a Russian plant.",
        ),
        ("Intelligence report on drone parts", "Iran shipped drone parts to a factory in Russia."),
        (
            "Intelligence report on drone parts",
            "Iran shipped drone parts to Russia's Alabuga plant.",
        ),
        ("Laporan intelijen soal drone", "Iran mengirim komponen drone ke pelabuhan Rusia."),
        ("Laporan intelijen soal drone", "Iran mengirim mesin drone ke pabrik di Rusia."),
    ],
)
def test_site_of_a_state_is_the_destination(wl: Watchlist, title: str, text: str) -> None:
    assert alert_pair(wl, title, text) == ("IR", "RU")


def test_site_after_from_is_the_source(wl: Watchlist) -> None:
    assert alert_pair(wl, "Drones shipped from an Iranian port reached Russia") == ("IR", "RU")


@pytest.mark.parametrize(
    "title",
    ["Drones were built at a Russian plant", "Drone dirakit di pelabuhan Rusia"],
)
def test_site_without_direction_stays_a_place(wl: Watchlist, title: str) -> None:
    clause = Clause(title, 0, len(title), wl.matcher.find(title, "title"))
    assert clause.parties() == ()
