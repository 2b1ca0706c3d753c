"""The alert decision, twelfth round: origin told as a predicate, technology redirected, twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Pakar PBB: Rudal Houthi Dipastikan Buatan Iran", "IR", "YE"),
        ("Senapan Hamas Terbukti Buatan Korut, Kata Militer Israel", "KP", "PS"),
        ("Amunisi yang Dipakai Rusia Dikonfirmasi Buatan Korea Utara", "KP", "RU"),
        ("Rusia Alihkan Teknologi Rudal ke Korut", "RU", "KP"),
        ("Iran Mengalihkan Pasokan Drone ke Rusia, Kata Intelijen Barat", "IR", "RU"),
    ],
)
def test_a_headline_telling_origin_or_redirected_supply_alerts(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Iran Alihkan Perhatian ke Program Nuklir",
        "Rusia Alihkan Ekspor Gandum ke Iran",
        "Rusia Alihkan Pasukan dari Suriah ke Ukraina",
        "Mobil Listrik Ini Disebut Buatan China",
        "Rusia Gelar Parade Drone Buatan Iran",
        "Korea Utara Uji Tembak Rudal Balistik",
        "Iran Kirim Bantuan Kemanusiaan ke Lebanon",
    ],
)
def test_their_twins_without_arms_handed_over_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "summary", "supplier", "recipient"),
    [
        (
            "Laporan Terbaru Panel PBB",
            "Panel ahli PBB menyebut rudal yang dipakai Houthi terbukti buatan Iran.",
            "IR",
            "YE",
        ),
        (
            "Diterpa Sanksi, Teheran Cari Jalan Lain",
            "Iran disebut mengalihkan pasokan drone Shahed ke Rusia lewat Laut Kaspia.",
            "IR",
            "RU",
        ),
    ],
)
def test_a_feed_item_whose_summary_alone_names_the_parties_alerts(
    wl: Watchlist, title: str, summary: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, summary) == (supplier, recipient)


def test_a_feed_item_redirecting_grain_stays_quiet(wl: Watchlist) -> None:
    summary = "Rusia disebut mengalihkan ekspor gandum ke Iran lewat Laut Kaspia."
    assert not classify("Diterpa Sanksi, Moskow Cari Jalan Lain", summary, wl).alert
