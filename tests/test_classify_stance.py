"""The stance of each transfer: what the main verb says of it and who says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.errors import ConfigError
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist


def main_stance(wl: Watchlist, title: str, text: str = "") -> str:
    """The stance of the story's main transfer (the story must tell of one)."""
    v = classify(title, text, wl)
    assert v.arms_supply and v.transfers, v
    return v.transfers[0].stance


@pytest.mark.parametrize(
    "title",
    [
        "Dituduh Memasok Rudal ke Rusia, Pyongyang: 'Itu Rekayasa Barat'",  # the party rebuts
        "Dituding Kirim Drone ke Moskow, Teheran: 'Kami Tidak Memihak'",  # the party answers
        "Kemlu Iran: Tudingan Pasok Senjata ke Houthi Hanya Fitnah",
        "Belarus does not supply weapons to Russia, Minsk says",  # a negated transfer verb
        "Cek Fakta, Keliru: Tiongkok Kirim Jet Tempur ke Iran",
    ],
)
def test_denied(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "denied"


@pytest.mark.parametrize(
    "title",
    [
        "Intelijen Inggris: Iran Kirim Rudal Balistik ke Rusia",  # intelligence tells it
        "Washington says Iran sent attack drones to Russia",  # another state tells it
        "Korut Diduga Pasok Jutaan Peluru ke Rusia",  # a hedged verb
        "Rusia Kirim Jet Tempur ke Korut?",  # a question
        "Kiev Tuding Belarus Kirim Amunisi ke Rusia",  # an accuser's word
    ],
)
def test_claimed(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "claimed"


@pytest.mark.parametrize(
    "title",
    [
        "Iran Kirim Drone ke Rusia",
        "Drone Iran tiba di Rusia, kata kementerian pertahanan Rusia",  # a party's own word
        "Iran Akui Pernah Kirim Drone ke Rusia",  # an admission
        "Russia hands Iran first Su-35 fighter jets, Tehran media says",
    ],
)
def test_reported(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "reported"


def test_a_modal_elsewhere_in_the_sentence_plans_nothing(wl: Watchlist) -> None:
    title = "Rusia Terima Drone dari Iran"
    text = "Rusia, yang akan menggelar pemilu tahun ini, menerima ratusan drone dari Iran."
    assert main_stance(wl, "", text) == "reported"
    assert main_stance(wl, title, text) == "reported"
    planned = "Rusia akan menerima ratusan drone dari Iran, kata kementerian pertahanan Rusia."
    assert main_stance(wl, "", planned) == "planned"


def test_an_offer_or_talks_in_a_relative_clause_tell_nothing_of_the_transfer(wl: Watchlist) -> None:
    text = "Rusia, yang pekan lalu menawarkan perundingan damai, menerima drone dari Iran."
    assert main_stance(wl, "", text) == "reported"
    # Each transfer of the sentence is read in its own clause.
    both = "Rusia menawarkan drone kepada Myanmar, yang pekan lalu menerima jet dari China."
    told = {(t.supplier, t.recipient): t.stance for t in classify("", both, wl).transfers}
    assert told == {("RU", "MM"): "offered", ("CN", "MM"): "reported"}


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Akan Kirim Sistem S-400 ke Iran",  # a modal governing the verb
        "Indonesia Teken Kontrak Pembelian Drone dari Turki",  # a deal before the transfer
        "Russia to deliver Su-35 fighter jets to Iran, Tehran lawmaker says",
        "Intelijen Barat: Iran Siapkan Rudal untuk Dikirim ke Rusia",  # to be sent
        "Armenia accuses Russia of failing to deliver paid-for weapons",
    ],
)
def test_planned(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "planned"


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Tawarkan Jet Tempur Su-57 kepada Indonesia",
        "Iran siap menjual drone Shahed kepada Venezuela",
        "Moscow offers Myanmar new attack helicopters",
    ],
)
def test_offered(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "offered"


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("AL AS Sita Kiriman Senjata Iran untuk Houthi di Laut Arab", "intercepted"),
        ("Yemeni coast guard seizes Iranian missile parts bound for the Houthis", "intercepted"),
        ("Iranian rifles bound for the Houthis seized from a dhow off Oman", "intercepted"),
        # A seizure from the recipient or of papers is no seizure of the shipment.
        ("Weapons seized from Hamas traced to North Korea, Israeli army says", "claimed"),
        ("Dokumen yang Disita Ungkap Iran Kirim Roket ke Hamas", "claimed"),
    ],
)
def test_intercepted_needs_the_shipment_seized(wl: Watchlist, title: str, stance: str) -> None:
    assert main_stance(wl, title) == stance


def test_the_headline_tells_the_stance_of_its_transfer(wl: Watchlist) -> None:
    title = "Intelijen AS: Korut Kirim Rudal Balistik ke Rusia"
    text = "Korea Utara mengirim puluhan rudal balistik ke Rusia bulan lalu."
    assert main_stance(wl, "", text) == "reported"
    assert main_stance(wl, title, text) == "claimed"


def test_a_state_is_not_a_party_for_the_group_based_in_it(wl: Watchlist) -> None:
    # Kinshasa accusing Rwanda of arming M23 (based in Congo) is a claim, not a denial.
    text = "Kinshasa menuding Rwanda memasok drone dan senjata berat kepada pemberontak M23."
    assert main_stance(wl, "", text) == "claimed"


def test_a_denial_in_a_relative_aside_leaves_the_claim(wl: Watchlist) -> None:
    text = (
        "Kinshasa menuding Rwanda memasok drone kepada pemberontak M23, "
        "tuduhan yang selalu dibantah Kigali."
    )
    assert main_stance(wl, "", text) == "claimed"
    assert main_stance(wl, "", "Kigali membantah memasok drone kepada pemberontak M23.") == "denied"


def test_stance_word_classes_are_checked_on_load(tmp_path: Path) -> None:
    raw = default_watchlist_path().read_text(encoding="utf-8")
    path = tmp_path / "watchlist.toml"
    path.write_text(raw.replace("[stance]\n", '[stance]\nmaybe = ["mungkin"]\n'), "utf-8")
    with pytest.raises(ConfigError, match=r"stance.*unknown field 'maybe'"):
        load_watchlist(path)
