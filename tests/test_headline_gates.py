"""Headline gates taken before a regex pass every title the regex would read."""

from __future__ import annotations

import pytest

from pantau.filter.headline import _LABEL, _may_label, lead_item, roundup_lead


@pytest.mark.parametrize(
    "title",
    [
        "Rangkuman Sepekan: Kapal Baru, Jembatan Runtuh, Harga Beras",
        "NEWS WRAP: fuel prices, a new bridge, the cup final",
        "Ferry sinks, bridge opens, rice climbs: Asia in Brief",
        "Kılas: Kapal Baru, Jembatan Runtuh, Harga Beras",  # dotless i: re.IGNORECASE reads it as i
        "Dıgest: ships, bridges, rice",
        "ROUND-UP of the week: ships, bridges, rice",
    ],
)
def test_gate_passes_labelled_titles(title: str) -> None:
    assert _LABEL.search(title) is not None
    assert _may_label(title)


def test_gate_keeps_unlabelled_colon_titles() -> None:
    title = "Iran Kirim Drone: Rusia Bayar Emas, Korut Kirim Peluru, Cina Diam"
    assert not _may_label(title)
    assert roundup_lead(title) == title


def test_labelled_roundup_still_reads_first_item() -> None:
    title = "Kilas Sepekan: Kapal Baru Tiba, Jembatan Runtuh, Harga Beras Naik"
    assert roundup_lead(title) == "Kapal Baru Tiba"


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Kapal Baru Tiba; Jembatan Runtuh", "Kapal Baru Tiba"),
        ("[POPULER] Kapal Baru Tiba | Jembatan Runtuh", "[POPULER] Kapal Baru Tiba"),
        ("Kapal Baru Tiba • Jembatan Runtuh", "Kapal Baru Tiba"),
        ("Kapal Baru Tiba, Jembatan Runtuh", "Kapal Baru Tiba, Jembatan Runtuh"),
        ("Kapal “Baru” Tiba, Jembatan Runtuh", "Kapal “Baru” Tiba, Jembatan Runtuh"),
    ],
)
def test_roundup_marks_in_and_outside_ascii(title: str, lead: str) -> None:
    assert lead_item(title) == lead
