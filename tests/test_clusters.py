"""Story clusters: the pure MinHash core, the incremental warehouse pass, the quality gate.

Texts here are written for the tests; the gate reads real texts from ../shared only.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
from datasketch import MinHash  # type: ignore[import-untyped]

from conftest import require_corpus
from pantau.clusters import (
    NUM_PERM,
    SEED,
    cluster,
    minhash,
    normalise,
    shingles,
    signature,
    similarity,
)
from pantau.records import Article
from warehouse.db import connect
from warehouse.store import upsert_articles
from warehouse.stories import update_stories

REPO = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)

# Floors on 700 + 700 corpus pairs (measured P 0.990, R 0.990). Most of the 7 "false" merges
# are two outlets rewriting one press release or event. Never lower silently.
MIN_PRECISION = 0.98
MIN_RECALL = 0.98

WIRE = (
    "Kementerian Pertahanan Korea Selatan menyatakan pada Senin bahwa kapal kargo dari "
    "pelabuhan Rajin kembali berlayar menuju Vladivostok dengan muatan kontainer tertutup. "
    "Menurut juru bicara kementerian, citra satelit menunjukkan sedikitnya empat puluh "
    "kontainer dipindahkan ke kereta barang dalam dua hari terakhir. "
    "Pejabat di Seoul meyakini kontainer itu berisi peluru artileri kaliber 152 milimeter. "
    "Moskow belum menanggapi tuduhan tersebut, sementara Pyongyang menyebutnya fitnah. "
    "Para analis menilai pengiriman ini menandai babak baru kerja sama militer kedua negara."
)
OTHER = (
    "Harga cabai rawit di pasar induk Kramat Jati turun tajam setelah panen raya di Jawa "
    "Tengah. Pedagang mengatakan pasokan datang dua kali lebih banyak daripada pekan lalu, "
    "sehingga harga per kilogram kini separuh dari harga awal bulan. Dinas perdagangan "
    "memperkirakan harga akan stabil hingga menjelang bulan puasa."
)
SAME_TOPIC = (
    "Dinas intelijen Korea Selatan melaporkan latihan militer gabungan di perbatasan dan "
    "memperingatkan kemungkinan uji coba rudal baru oleh Pyongyang dalam beberapa pekan. "
    "Menteri pertahanan meminta warga tetap tenang dan menyebut kesiapan pasukan meningkat. "
    "Amerika Serikat dan Jepang menyatakan akan terus berkoordinasi dengan Seoul."
)


def _syndicated(text: str) -> str:
    """A republisher's copy: own dateline, a related-link line, an editor's credit."""
    sentences = text.split(". ")
    return "\n".join(
        [
            "SEOUL (Kantor Berita) - " + ". ".join(sentences[:2]) + ".",
            "Baca juga: Harga emas hari ini naik tipis",
            ". ".join(sentences[2:]),
            "Editor: Budi",
        ]
    )


def _trimmed(text: str) -> str:
    """A rewrite that drops the last two sentences and reorders the rest."""
    sentences = text.split(". ")[:-2]
    return ". ".join(sentences[2:] + sentences[:2]) + "."


def test_normalise_drops_boilerplate_lines_and_case() -> None:
    tokens = normalise("Baca juga: Apa saja\nKorut KIRIM peluru.\nADVERTISEMENT\nEditor: Budi")
    assert tokens == ["korut", "kirim", "peluru"]


def test_signature_is_deterministic_and_compares_copies_as_equal() -> None:
    a, b = signature(WIRE), signature(WIRE)
    assert a == b
    assert similarity(a, b).jaccard == 1.0
    assert similarity(a, signature(OTHER)).jaccard < 0.1


def test_minhash_is_datasketchs_affine32_minhash() -> None:
    """Stored signatures must not change: ours is pinned to what datasketch 2 computes."""
    for text in ("", "satu", "Korut kirim", WIRE, OTHER * 40):
        found = shingles(normalise(text))
        reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
        reference.update_batch(list(found))
        assert np.array_equal(minhash(found), np.asarray(reference.hashvalues, dtype=np.uint32))


def test_copies_and_rewrites_cluster_but_other_stories_do_not() -> None:
    stories = cluster(
        [
            ("wire", T0, WIRE),
            ("copy", T0 + timedelta(hours=2), _syndicated(WIRE)),
            ("rewrite", T0 + timedelta(hours=5), _trimmed(WIRE)),
            ("topic", T0 + timedelta(hours=1), SAME_TOPIC),
            ("other", T0 + timedelta(hours=3), OTHER),
        ]
    )
    assert stories["copy"] == stories["rewrite"] == stories["wire"] == "wire"
    assert stories["topic"] == "topic" and stories["other"] == "other"


def test_a_copy_long_after_the_story_is_a_new_story() -> None:
    stories = cluster([("old", T0, WIRE), ("late", T0 + timedelta(days=30), WIRE)])
    assert stories == {"old": "old", "late": "late"}


def test_short_texts_merge_only_when_identical() -> None:
    stories = cluster(
        [
            ("a", T0, "Video: drone jatuh di sawah"),
            ("b", T0, "Video: drone jatuh di sawah"),
            ("c", T0, "Video: drone jatuh di kebun"),
        ]
    )
    assert stories["a"] == stories["b"] != stories["c"]


def _article(aid: str, source: str, text: str, when: datetime) -> Article:
    return Article(
        article_id=aid,
        url=f"https://{source}.example/{aid}",
        source_id=source,
        fetched_at=when + timedelta(minutes=5),
        extraction_method="trafilatura",
        content_hash=aid,
        title=f"Judul {aid}",
        published_at=when,
        text=text,
    )


def _stories(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, story_id FROM articles").fetchall())


def test_update_stories_is_incremental(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    upsert_articles(
        con,
        [
            _article("a1", "antara", WIRE, T0),
            _article("a2", "kabar", _syndicated(WIRE), T0 + timedelta(hours=1)),
            _article("a3", "pasar", OTHER, T0),
        ],
    )
    assert update_stories(con) == 3
    first = _stories(con)
    assert first["a1"] == first["a2"] == "a1" and first["a3"] == "a3"
    hashed = con.execute("SELECT article_id, minhash FROM article_signatures").fetchall()

    upsert_articles(con, [_article("a4", "warta", _trimmed(WIRE), T0 + timedelta(hours=9))])
    assert update_stories(con) == 1
    assert update_stories(con) == 0
    assert _stories(con)["a4"] == "a1"
    again = con.execute("SELECT article_id, minhash FROM article_signatures").fetchall()
    assert set(hashed) < set(again)
    row = con.execute(
        "SELECT first_seen, articles, outlets, representative_id FROM stories WHERE story_id = 'a1'"
    ).fetchone()
    assert row == (T0, 3, ["antara", "kabar", "warta"], "a1")
    con.close()


def test_update_stories_places_by_the_signatures_it_is_given(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    copy = _article("a2", "kabar", _syndicated(WIRE), T0 + timedelta(hours=1))
    upsert_articles(con, [_article("a1", "antara", WIRE, T0), copy])
    # A signature made elsewhere wins over hashing the stored text again.
    assert update_stories(con, signed={"a2": signature(OTHER)}) == 2
    assert _stories(con) == {"a1": "a1", "a2": "a2"}
    con.close()


def test_an_earlier_copy_found_later_becomes_the_stories_first_report(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    upsert_articles(con, [_article("late", "kabar", _syndicated(WIRE), T0 + timedelta(hours=6))])
    update_stories(con)
    upsert_articles(con, [_article("early", "antara", WIRE, T0)])
    update_stories(con)
    assert _stories(con) == {"late": "late", "early": "late"}
    row = con.execute("SELECT first_seen, outlets, representative_id FROM stories").fetchone()
    assert row == (T0, ["antara", "kabar"], "early")
    con.close()


def _eval_module() -> Any:
    path = REPO / "bench" / "eval_clusters.py"
    spec = importlib.util.spec_from_file_location("eval_clusters", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_clusters"] = module
    spec.loader.exec_module(module)
    return module


def test_clustering_quality_on_real_outlet_texts() -> None:
    require_corpus()
    module = _eval_module()
    pairs = module.build_pairs(module.load_docs(), 700)
    scores = module.evaluate(pairs)
    assert scores.tp + scores.fn >= 700 and scores.fp + scores.tn >= 600
    assert scores.precision >= MIN_PRECISION, scores.merged
    assert scores.recall >= MIN_RECALL, scores.missed
