"""Headlines as first-class input: terse styles, roundups, and feed items with no page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist
from pantau.pipeline import PageJob, process
from pantau.records import FeedEntry

# Headlines written for these tests in the styles the real items show (none is copied).


@pytest.mark.parametrize(
    ("title", "pair", "group"),
    [
        # "<party> Bantu <group>, ... Senjata ...": help, with the weapon later in the headline.
        ("Korut Bantu Hizbullah, Ini Jejak Roket Pyongyang di Lebanon", ("KP", "LB"), "Hezbollah"),
        # "Dituding <verb> Senjata ke <group>, <party>: <quote>": the accused after the comma.
        ("Dituding Kirim Rudal ke Houthi, Iran: Itu Fitnah Barat", ("IR", "YE"), "Houthis"),
        # A loanword verb.
        ("Iran Suplai Drone Kamikaze ke Milisi Irak", ("IR", "IQ"), "Iraqi militias"),
        # Weapons found to come from a country.
        ("Roket Hamas Ternyata Berasal dari Korea Utara", ("KP", "PS"), "Hamas"),
        ("Investigation: Houthi fighters using Iranian-made drones", ("IR", "YE"), "Houthis"),
        # A weapons factory set up in another party's country.
        ("Iran Bangun Pabrik Drone Shahed di Venezuela", ("IR", "VE"), None),
    ],
)
def test_terse_headlines_name_supplier_and_group(
    wl: Watchlist, title: str, pair: tuple[str, str], group: str | None
) -> None:
    v = classify(title, "", wl)
    assert v.alert, v
    assert (v.supplier, v.recipient) == pair
    assert group is None or group in (v.supplier_group, v.recipient_group)


@pytest.mark.parametrize(
    "title",
    [
        # Same verb, different act: the Houthis sending drones at Israel is an attack.
        "Houthi Kembali Kirim Drone ke Israel, Sirene Meraung di Eilat",
        # Using a maker country's weapons in combat is no finding of supply.
        "Rusia Menggunakan Drone Buatan Iran untuk Menyerang Kyiv",
        # Uranium "pasokan" is not arms.
        "Iran Tambah Pasokan Uranium, Siap Buat Senjata Nuklir?",
        # A roundup whose first item is not a transfer.
        "Harga Emas Turun; Korut Kirim Peluru ke Rusia; Jakarta Hujan Deras",
        # "Bantu <group> Lawan <enemy>": help in a fight, nothing handed over.
        "Kapal Perang Iran Berlayar ke Laut Merah, Bantu Houthi Lawan AS?",
        # A factory at home is no transfer.
        "Indonesia Bangun Pabrik Drone di Bandung",
        # "Bantu" is supply only between two parties.
        "Iran Bantu Korban Banjir dengan Drone Pengantar Logistik",
        # Drug smuggling with a civilian drone.
        "Drone Pembawa Sabu dari Malaysia Jatuh di Perbatasan Kalimantan",
    ],
)
def test_headlines_that_are_not_supply(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


def test_help_in_a_fight_with_a_handover_is_supply(wl: Watchlist) -> None:
    v = classify("Korut Bantu Rusia Lawan Ukraina, Kirim Jutaan Peluru", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU")


def test_roundup_led_by_a_transfer_is_judged_on_it(wl: Watchlist) -> None:
    v = classify("Korut Kirim Peluru ke Rusia; Harga Emas Turun; Jakarta Hujan Deras", "", wl)
    assert v.alert and (v.supplier, v.recipient) == ("KP", "RU")


def test_feed_item_whose_page_failed_is_judged_on_headline_and_summary(wl: Watchlist) -> None:
    entry = FeedEntry(
        "kabar",
        "https://kabar.example/berita/1",
        title="Pejabat AS: Pengiriman Baru Tiba di Pelabuhan Rusia",
        summary="Kapal itu membawa ribuan peluru artileri dari Korea Utara, kata pejabat AS.",
    )
    job = PageJob(entry, datetime(2026, 3, 3, tzinfo=UTC), fetch_error="HTTP 503")
    done = process(job, wl)
    assert done.article.extraction_method == "feed_summary"
    assert done.verdict.alert and done.verdict.supplier == "KP"
    bare = process(PageJob(FeedEntry("kabar", "https://kabar.example/2", title=entry.title),
                           job.fetched_at, fetch_error="HTTP 503"), wl)  # fmt: skip
    assert bare.article.text is None and not bare.verdict.alert  # the headline alone names no item
