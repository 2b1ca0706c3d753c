"""Extraction: golden pages, charset decoding, timestamps, teaser rules, real-page quality floor."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import html as lxml_html

from conftest import FIXTURES, REPO, require_corpus
from pantau.extract import clean_text, decode_html, extract_page, parse_timestamp
from pantau.extract_tree import DROP_ATTR, mark_boilerplate

GOLDEN = FIXTURES / "extraction"
CASES = sorted(p.name.removesuffix(".html") for p in GOLDEN.glob("*.html"))
# The URL each page was "fetched" from and the charset its HTTP header gave.
INPUTS: dict[str, tuple[str, str | None]] = {
    "en_jsonld_date": ("https://harbourledger.example/maritime/tugboats?utm_source=rss", None),
    "br_paragraphs": ("http://arsip.example/ekonomi/2016/08/03/garam", None),
    "latin1_http": ("https://layartimur.example/film/festival", "iso-8859-1"),
}
# Mean token-F1 on ../shared/corpus/html; measured 0.955 (plain trafilatura: 0.893).
CORPUS_F1_FLOOR = 0.94
WIB = timezone(timedelta(hours=7))


def _normalised(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_golden_cases_cover_the_required_styles() -> None:
    assert {"id_article", "en_jsonld_date", "teasers", "empty_body", "cp1252_meta"} <= set(CASES)
    assert {"latin1_http", "comments"} <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden_page(case: str) -> None:
    url, charset = INPUTS.get(case, (f"https://{case.replace('_', '-')}.example/artikel", None))
    expected = json.loads((GOLDEN / f"{case}.expected.json").read_text(encoding="utf-8"))
    result = extract_page((GOLDEN / f"{case}.html").read_bytes(), url, charset)
    if expected is None:
        assert result is None
        return
    assert result is not None
    assert _normalised(result.text) == _normalised(expected["text"])
    published = result.published_at.isoformat() if result.published_at else None
    actual = {
        "title": result.title,
        "author": result.author,
        "canonical_url": result.canonical_url,
        "lang": result.lang,
        "site_name": result.site_name,
        "published_at": published,
    }
    assert actual == {key: expected[key] for key in actual}


def test_reader_comments_do_not_leak() -> None:
    result = extract_page((GOLDEN / "comments.html").read_bytes(), "https://x.example/a")
    assert result is not None
    for phrase in ("Syukurlah", "dirawat dengan baik", "kerja bakti", "Komentar lama", "budi_s"):
        assert phrase not in result.text


def test_teasers_and_boilerplate_are_gone_but_the_outlet_tag_stays() -> None:
    result = extract_page((GOLDEN / "teasers.html").read_bytes(), "https://x.example/a")
    assert result is not None
    lowered = result.text.lower()
    for phrase in ("baca juga", "simak juga", "lihat juga", "advertisement", "scroll to continue"):
        assert phrase not in lowered
    assert "google news" not in lowered
    assert result.text.endswith("(rzp/ant)")


def test_teaser_boxes_and_lines_are_marked_by_class_id_or_opening_words() -> None:
    prose = "<p>" + "Kapal kargo itu berlayar dari pelabuhan Rajin menuju Vladivostok. " * 4
    page = (
        f"<html><body><main><article>{prose}</p>"
        '<div class="box lihatjg"><a href="/a">Harga emas naik</a></div>'
        '<div id="Berita-Terkait"><a href="/b">Cuaca Jakarta</a></div>'
        '<p>READ ALSO: <a href="/c">Tugboats</a></p>'
        '<div class="breadcrumb-x"><a href="/d">Dunia</a></div>'
        f"{prose}</p></article></main></body></html>"
    )
    tree = lxml_html.fromstring(page)
    mark_boilerplate(tree)
    marked = {e.text_content() for e in tree.iter() if e.get(DROP_ATTR) == "teaser"}
    assert marked == {"Harga emas naik", "Cuaca Jakarta", "READ ALSO: Tugboats"}


def test_http_charset_beats_a_stale_meta_charset() -> None:
    body = '<meta charset="windows-1251"><p>Andrés</p>'.encode("iso-8859-1")
    assert "Andrés" in decode_html(body, "ISO-8859-1")
    assert "Andrés" not in decode_html(body)


def test_meta_charset_is_used_without_http_charset() -> None:
    body = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">“ok”'
    assert decode_html(body.encode("cp1252")).endswith("“ok”")


def test_decode_falls_back_to_utf8_then_cp1252() -> None:
    assert decode_html("<p>crème</p>".encode()) == "<p>crème</p>"
    assert decode_html("<p>crème “x”</p>".encode("cp1252")) == "<p>crème “x”</p>"
    assert decode_html("<p>é</p>".encode(), "no-such-charset") == "<p>é</p>"
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>", "cp1252") == "<p>é</p>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14T16:45:00+07:00", datetime(2024, 3, 14, 16, 45, tzinfo=WIB)),
        ("2024-03-14T09:45:00Z", datetime(2024, 3, 14, 9, 45, tzinfo=UTC)),
        ("2024-03-14T16:45:00+0700", datetime(2024, 3, 14, 16, 45, tzinfo=WIB)),
        ("2024-03-14 16:45:00", datetime(2024, 3, 14, 16, 45, tzinfo=WIB)),
        ("2024/03/14 16:45:00", datetime(2024, 3, 14, 16, 45, tzinfo=WIB)),
        ("2015-11-05 T10:08:58Z", datetime(2015, 11, 5, 10, 8, 58, tzinfo=UTC)),
        ("Thu, 14 Mar 2024 09:45:00 +0000", datetime(2024, 3, 14, 9, 45, tzinfo=UTC)),
        ("Thu, 14 Mar 2024 16:45:00 GMT", datetime(2024, 3, 14, 16, 45, tzinfo=UTC)),
        ("Kamis, 14/03/2024 16:45 WIB", datetime(2024, 3, 14, 16, 45, tzinfo=WIB)),
        (
            "14 Maret 2024 17:45 WITA",
            datetime(2024, 3, 14, 17, 45, tzinfo=timezone(timedelta(hours=8))),
        ),
        ("Kamis, 14 Agu 2024 | 08:05 WIB", datetime(2024, 8, 14, 8, 5, tzinfo=WIB)),
        ("2024-03-14", datetime(2024, 3, 14, tzinfo=WIB)),
    ],
)
def test_parse_timestamp(value: str, expected: datetime) -> None:
    parsed = parse_timestamp(value)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("value", ["", "kemarin sore", "31/02/2024 10:00", "1850-01-01T00:00:00Z"])
def test_parse_timestamp_rejects_nonsense(value: str) -> None:
    assert parse_timestamp(value) is None


def test_clean_text_rules() -> None:
    raw = "\n".join(
        [
            "Judul Berita Ini",
            "Paragraf pertama berita.",
            "Baca juga: Sesuatu yang lain",
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "- Kamis, 05/11/2015 09:25 WIB",
            "- 07",
            "Ikuti berita terkini dari Kabar di Google News",
            "Read also: Another story",
            "Baca juga kisah para nelayan yang tetap melaut, kata dia.",
            "Penulis : Seseorang",
            "Paragraf terakhir. (ant)",
        ]
    )
    assert (
        clean_text(raw, "Judul berita ini") == "Paragraf pertama berita.\nParagraf terakhir. (ant)"
    )


def test_body_lines_that_merely_mention_a_rule_word_stay() -> None:
    raw = (
        "Sengketa hak cipta lagu itu dibawa ke pengadilan.\nIklan rokok dilarang di dekat sekolah."
    )
    assert clean_text(raw) == raw


def test_real_pages_mean_token_f1_floor() -> None:
    require_corpus()
    sys.path.insert(0, str(REPO / "bench"))
    from eval_extraction import load_cases, pantau_text, score

    cases = load_cases()
    assert len(cases) >= 25
    scores = score(cases, pantau_text)
    mean = sum(scores) / len(scores)
    assert mean >= CORPUS_F1_FLOOR, f"mean token-F1 {mean:.4f} fell below {CORPUS_F1_FLOOR}"
